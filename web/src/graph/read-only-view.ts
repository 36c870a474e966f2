// One saved view drawn read-only: what a read-only link's page shows, and each
// step of a presentation (in the app and through a link). Nothing is dragged,
// selected or changed.
import cytoscape from 'cytoscape';
import { savedViewScope, stateOn } from '../../../schema/map-view.ts';
import type { Messages } from '../i18n/sv.ts';
import { buildElements, placeAll } from './elements.ts';
import { nodeClasses, nodeText, stylesheet } from './style.ts';
import { todayIso } from './timeline.ts';
import type { Graph, MapNode, Positions } from './types.ts';

/** A saved view as a read-only link answers it: its name and state, the elements it shows, their relationships and positions. */
export interface ShownView {
  view: { name: string; state: Record<string, unknown> };
  version: number;
  nodes: MapNode[];
  edges: Graph['edges'];
  positions: Record<string, [number, number]>;
}

/** Draws the view into `container` (replacing what `previous` drew); returns the new map. */
export function drawReadOnly(container: HTMLElement, shown: ShownView, messages: Messages, previous: cytoscape.Core | null): cytoscape.Core {
  const scope = savedViewScope(shown.view.state);
  const today = todayIso();
  const date = scope.asOf ?? today;
  const graph: Graph = { nodes: shown.nodes, edges: shown.edges, version: shown.version };
  const stored: Positions = Object.fromEntries(Object.entries(shown.positions).map(([id, [x, y]]) => [id, { x, y }]));
  const { positions } = placeAll(graph, stored);
  const elements = buildElements(graph, {
    grouping: scope.grouping, positions, messages,
    look: (n) => {
      const s = stateOn(n, date, today);
      return { classes: nodeClasses(n, s).join(' '), text: nodeText(n, s, messages) };
    },
  });
  previous?.destroy();
  const cy = cytoscape({
    container,
    elements,
    style: stylesheet() as never,
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    // read-only: nothing is dragged, selected or changed
    autoungrabify: true,
    autounselectify: true,
    boxSelectionEnabled: false,
  });
  cy.fit(undefined, 30);
  return cy;
}

/** The keys that step through a presentation: → and PageDown forward, ← and PageUp back, Home and End to the ends, Esc leaves. */
export function stepKey(key: string): 'next' | 'previous' | 'first' | 'last' | 'leave' | null {
  switch (key) {
    case 'ArrowRight': case 'PageDown': return 'next';
    case 'ArrowLeft': case 'PageUp': return 'previous';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'Escape': return 'leave';
    default: return null;
  }
}
