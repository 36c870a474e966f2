// A change to a few elements' properties taken into the map the page holds,
// without reading the whole map again: at national scale a live update or an
// edit would otherwise fetch and redraw 130 000 elements for one new name.
// Only a change of properties qualifies: a created, deleted, linked or
// unlinked element can move others (their county part, what an area holds),
// so those read the whole map. Pure.
import type { Graph, MapNode } from './types.ts';
import type { ChangeInput } from './undo.ts';

/** The most nodes read this way (the API's `mapNodes` takes at most 500 ids); more read the whole map. */
export const MAX_PATCHED = 500;

const few = (ids: string[]): string[] | null => {
  const unique = [...new Set(ids)];
  return unique.length && unique.length <= MAX_PATCHED ? unique : null;
};

/** The nodes a batch of the page's own changes updates, or null when it does anything else. */
export function updatedNodeIds(changes: readonly ChangeInput[]): string[] | null {
  const ids: string[] = [];
  for (const c of changes) {
    const entries = Object.entries(c).filter(([, v]) => v != null);
    const [key, value] = entries[0] ?? [];
    if (entries.length !== 1 || !key!.startsWith('update')) return null;
    ids.push((value as { id: string }).id);
  }
  return few(ids);
}

/** The nodes a live event's changes update, or null when any change does anything else. */
export function changedNodeIds(changes: ReadonlyArray<{ op: string; id: string; label: string | null }>): string[] | null {
  if (changes.some((c) => c.op !== 'update' || !c.label)) return null;
  return few(changes.map((c) => c.id));
}

/**
 * The map with these nodes as they stand now (`mapNodes`' answer), at
 * `version`; null when one is gone (deleted since) or has changed what
 * places it (its label, kind or county part): read the whole map then.
 * Relationships (the same array) and every other node stay as they were.
 */
export function patchNodes(graph: Graph, fresh: ReadonlyArray<MapNode | null>, version: number): Graph | null {
  if (fresh.some((n) => !n)) return null;
  const byId = new Map(fresh.map((n) => [n!.id, n!]));
  let found = 0;
  let moved = false;
  const nodes = graph.nodes.map((n) => {
    const next = byId.get(n.id);
    if (!next) return n;
    found++;
    // what places a node in its area stays: the map's structure is the same (aggregate.ts reuses its area index)
    if (next.label !== n.label || next.kind !== n.kind || next.countyPart !== n.countyPart) moved = true;
    return next;
  });
  // one the page does not hold was created meanwhile, or one moved: read the whole map
  if (found !== byId.size || moved) return null;
  return { nodes, edges: graph.edges, version: Math.max(graph.version, version) };
}
