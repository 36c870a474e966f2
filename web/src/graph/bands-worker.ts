// The bands' headings of a large map, worked out off the page's main thread:
// the structured layout of a country (13 000 elements) takes a task of 100-250
// ms, which would freeze the page just after its first frame
// (components/map-view.ts findBands; graph/structured-layout.ts structuredBands).
import { structuredBands } from './structured-layout.ts';
import type { Grouping } from './elements.ts';
import type { Graph, Positions } from './types.ts';

export interface BandsRequest {
  n: number;
  graph: Graph;
  positions: Positions;
  grouping: Grouping;
}

self.onmessage = (e: MessageEvent<BandsRequest>) => {
  const { n, graph, positions, grouping } = e.data;
  self.postMessage({ n, bands: structuredBands(graph, positions, grouping) });
};
