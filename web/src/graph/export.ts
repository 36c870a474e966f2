// Export of the current selection as JSON (elements with the relationships
// among them). Spreadsheets (XLSX, CSV) are written by the server
// (server/io/view-export.ts, POST /api/export/view), in one place.
import type { DayState } from './timeline.ts';
import type { MapEdge, MapNode } from './types.ts';

/** The elements and the relationships among them, with each element's state on the map's date. */
export function toJson(nodes: readonly MapNode[], edges: readonly MapEdge[], meta: { date: string; states?: ReadonlyMap<string, DayState>; version: number }): string {
  const ids = new Set(nodes.map((n) => n.id));
  return JSON.stringify(
    {
      exportedFrom: 'Samverkanskartan',
      asOf: meta.date,
      storeVersion: meta.version,
      nodes: nodes.map((n) => ({ ...n, ...(meta.states?.has(n.id) ? { stateOnDate: meta.states.get(n.id) } : {}) })),
      edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    },
    null,
    2,
  );
}

/** A file name with the date: `samverkanskartan-2026-05-01.csv`. */
export const fileName = (base: string, date: string, ext: string) => `${base}-${date}.${ext}`;
