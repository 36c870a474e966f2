// The actor–forum participation graph on a date: every actor, every forum
// active on the date, and an edge where an actor takes part (PARTICIPATES_IN).
// Paths between actors and the single points of connection are read from it.
import { UndirectedGraph } from 'graphology';
import type { NodeLabel } from '../../schema/domain.ts';
import type { AsOfView } from './view.ts';

export type ParticipationGraph = UndirectedGraph<{ label: NodeLabel }>;

export function participationGraph(view: AsOfView): ParticipationGraph {
  return view.snap.cached(`participation|${view.date}|${view.today}`, () => {
    const g: ParticipationGraph = new UndirectedGraph();
    for (const a of view.snap.nodes('Actor')) g.addNode(a.id, { label: 'Actor' });
    for (const f of view.forums()) {
      if (!view.isActive(f.id)) continue;
      g.addNode(f.id, { label: 'Forum' });
      for (const p of view.participants(f.id)) if (g.hasNode(p) && !g.hasEdge(p, f.id)) g.addEdge(p, f.id);
    }
    return g;
  });
}

/**
 * A shortest path from any of `sources` to any of `targets` that avoids
 * `removed`, or null when there is none (breadth-first, so fewest steps).
 */
export function pathBetweenSets(g: ParticipationGraph, sources: Iterable<string>, targets: ReadonlySet<string>, removed?: string): string[] | null {
  const parent = new Map<string, string | null>();
  let frontier: string[] = [];
  for (const s of sources) {
    if (s === removed || !g.hasNode(s) || parent.has(s)) continue;
    parent.set(s, null);
    frontier.push(s);
  }
  while (frontier.length) {
    const next: string[] = [];
    for (const v of frontier) {
      if (targets.has(v)) {
        const path = [v];
        for (let p = parent.get(v); p; p = parent.get(p)) path.push(p);
        return path.reverse();
      }
      g.forEachNeighbor(v, (w) => {
        if (w === removed || parent.has(w)) return;
        parent.set(w, v);
        next.push(w);
      });
    }
    frontier = next;
  }
  return null;
}
