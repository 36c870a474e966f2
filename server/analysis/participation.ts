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

/**
 * Reachability from one fixed set of sources (the region side) in the
 * participation graph, computed once so that many target sets can be asked
 * about in time proportional to their size:
 *
 * - `pathTo(targets)` is exactly the path `pathBetweenSets(g, sources, targets)`
 *   returns. That search is breadth-first from the same sources whatever the
 *   targets, and stops at the first dequeued target, so one full search
 *   (same neighbour order) records the dequeue order and the parents: the
 *   answer is the target dequeued first and its parent chain.
 * - `separates(x, targets)` is true exactly when
 *   `pathBetweenSets(g, sources, targets, x)` is null. Add a root joined to
 *   every source: a path from the sources to the targets avoiding x exists
 *   when some target other than x stays linked to the root once x is gone.
 *   One depth-first search from the root (iterative, with low points, after
 *   Hopcroft and Tarjan) answers that for any x and target t: removing x
 *   cuts t off from the root exactly when t is unreachable anyway, or x is
 *   a proper ancestor of t whose child c on the way to t has
 *   low(c) >= disc(x) (no edge from c's subtree climbs above x).
 */
export interface Reach {
  /** The sources, as given (those in the graph). */
  readonly sources: readonly string[];
  pathTo(targets: ReadonlySet<string>): string[] | null;
  separates(x: string, targets: ReadonlySet<string>): boolean;
}

export function reachFrom(g: ParticipationGraph, sources: readonly string[]): Reach {
  const ids = g.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  // adjacency in graphology's neighbour order (the order pathBetweenSets visits)
  const start = new Int32Array(n + 1);
  const adj: number[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = adj.length;
    g.forEachNeighbor(ids[i]!, (w) => { adj.push(index.get(w)!); });
  }
  start[n] = adj.length;

  // ---- breadth-first, as pathBetweenSets without `removed` ----
  const order = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  const roots: number[] = [];
  for (const s of sources) {
    const i = index.get(s);
    if (i === undefined || order[i]! >= 0) continue;
    order[i] = tail;
    queue[tail++] = i;
    roots.push(i);
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const w = adj[k]!;
      if (order[w]! >= 0) continue;
      order[w] = tail;
      parent[w] = v;
      queue[tail++] = w;
    }
  }

  // ---- depth-first from a root (index n) joined to every source ----
  const root = n;
  const isRoot = new Uint8Array(n);
  for (const r of roots) isRoot[r] = 1;
  const disc = new Int32Array(n + 1).fill(-1);
  const low = new Int32Array(n + 1);
  const done = new Int32Array(n + 1); // one past the last discovery time in the subtree
  const up = new Int32Array(n + 1).fill(-1); // parent in the depth-first tree
  const next = new Int32Array(n + 1); // the next neighbour to look at (n's: into `roots`; others: adj, then the root)
  const preorder: number[] = [];
  let time = 0;
  const stack: number[] = [root];
  disc[root] = low[root] = time++;
  preorder.push(root);
  while (stack.length) {
    const v = stack[stack.length - 1]!;
    let w = -1;
    if (v === root) {
      if (next[v]! < roots.length) w = roots[next[v]!++]!;
    } else {
      const k = start[v]! + next[v]!;
      if (k < start[v + 1]!) {
        w = adj[k]!;
        next[v]!++;
      } else if (k === start[v + 1]! && isRoot[v]) {
        w = root;
        next[v]!++;
      }
    }
    if (w < 0) {
      stack.pop();
      done[v] = time;
      const p = up[v]!;
      if (p >= 0 && low[v]! < low[p]!) low[p] = low[v]!;
      continue;
    }
    if (w === up[v]) continue; // the tree edge back (the graph is simple)
    if (disc[w]! < 0) {
      up[w] = v;
      disc[w] = low[w] = time++;
      preorder.push(w);
      stack.push(w);
    } else if (disc[w]! < low[v]!) low[v] = disc[w]!;
  }
  // children of each vertex in discovery order (for finding the child on the way to a descendant)
  const childStart = new Int32Array(n + 2);
  for (const v of preorder) if (up[v]! >= 0) childStart[up[v]! + 1]!++;
  for (let i = 0; i <= n; i++) childStart[i + 1]! += childStart[i]!;
  const children = new Int32Array(preorder.length);
  const fill = childStart.slice(0, n + 1);
  for (const v of preorder) if (up[v]! >= 0) children[fill[up[v]!]!++] = v;

  const childToward = (x: number, t: number): number => {
    // the last child of x discovered no later than t
    let lo = childStart[x]!;
    let hi = childStart[x + 1]! - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (disc[children[mid]!]! <= disc[t]!) lo = mid;
      else hi = mid - 1;
    }
    return children[lo]!;
  };

  return {
    sources: roots.map((i) => ids[i]!),
    pathTo(targets) {
      let best = -1;
      for (const t of targets) {
        const i = index.get(t);
        if (i !== undefined && order[i]! >= 0 && (best < 0 || order[i]! < order[best]!)) best = i;
      }
      if (best < 0) return null;
      const path: string[] = [];
      for (let v = best; v >= 0; v = parent[v]!) path.push(ids[v]!);
      return path.reverse();
    },
    separates(x, targets) {
      const xi = index.get(x);
      for (const t of targets) {
        if (t === x) continue;
        const ti = index.get(t);
        if (ti === undefined || disc[ti]! < 0) continue; // never linked to the sources
        if (xi === undefined || disc[xi]! < 0) return false; // x is not on any of its paths
        // t stays linked unless it lies below x, behind a child whose subtree does not climb above x
        if (!(disc[xi]! < disc[ti]! && disc[ti]! < done[xi]!)) return false;
        if (low[childToward(xi, ti)]! < disc[xi]!) return false;
      }
      return true;
    },
  };
}
