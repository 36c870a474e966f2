// Level of detail and layout options by graph size, as data. The thresholds
// come from measuring the seed map and a synthetic 10 000-element graph in
// headless Chromium (test/e2e/scale.e2e.test.ts; numbers in its output).
import { MIN_LABEL_PX } from './labels.ts';
import type { StyleOptions } from './style.ts';

export interface RenderOptions {
  style: StyleOptions;
  /** Cytoscape core/renderer options. */
  renderer: {
    /** Hide edges while panning and zooming: the biggest saving on large graphs. */
    hideEdgesOnViewport: boolean;
    /** Pan and zoom a bitmap of the graph instead of redrawing every frame. */
    textureOnViewport: boolean;
    /** Cytoscape's WebGL renderer (3.31+); off unless asked for with `?renderer=webgl`, see the measurement. */
    webgl: boolean;
    /** Above the device's own ratio a large graph costs more than it shows. */
    pixelRatio: number | 'auto';
  };
}

/** Graphs from this many elements count as large. */
export const LARGE = 2000;

export function renderOptions(elementCount: number, opts: { webgl?: boolean } = {}): RenderOptions {
  const large = elementCount >= LARGE;
  return {
    style: {
      // labels under MIN_LABEL_PX on screen are never drawn (graph/labels.ts chooses among the rest); a large graph a little sooner
      minZoomedFontSize: large ? MIN_LABEL_PX + 0.5 : MIN_LABEL_PX,
      // haystack edges skip arrow and endpoint geometry
      haystackEdges: large,
    },
    renderer: {
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      webgl: !!opts.webgl,
      pixelRatio: large ? 1 : 'auto',
    },
  };
}

/** fCoSE options for a re-layout (cytoscape-fcose README: each option's meaning). */
export function fcoseOptions(nodeCount: number): Record<string, unknown> {
  const large = nodeCount >= LARGE;
  return {
    name: 'fcose',
    // 'draft' is the spectral layout only: seconds instead of minutes on 10 000 nodes;
    // 'proof' cools slowly and is the only quality that counts labels in node sizes
    quality: large ? 'draft' : 'proof',
    // start from random positions so a re-layout is a fresh start
    randomize: true,
    // no animation: the layout is saved at once and drawn once
    animate: false,
    fit: true,
    padding: 40,
    // labels are wide: count them, so names do not sit on each other
    nodeDimensionsIncludeLabels: !large,
    nodeSeparation: 160,
    nodeRepulsion: () => (large ? 4500 : 60000),
    idealEdgeLength: () => (large ? 60 : 160),
    edgeElasticity: () => 0.2,
    // compound groups stay compact
    nestingFactor: 0.12,
    gravity: 0.15,
    gravityRange: 5,
    gravityCompound: 1.2,
    // unconnected elements are tiled in rows instead of scattered
    tile: true,
    tilingPaddingVertical: 30,
    tilingPaddingHorizontal: 30,
    numIter: large ? 600 : 5000,
    // without cytoscape-layout-utilities there is nothing to pack with
    packComponents: false,
  };
}

/**
 * Zooming opens an area (Kumu/Bloom-like): once a person's zoom in (wheel,
 * pinch, the zoom buttons or keys) has rested this long, an aggregate under
 * the zoom's centre whose drawn size is more than ZOOM_OPEN_SHARE of the
 * map's smaller side opens, as a click would.
 */
export const ZOOM_OPEN_REST_MS = 250;
export const ZOOM_OPEN_SHARE = 1 / 3;
