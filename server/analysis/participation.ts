// The actor–forum participation graph on a date: every actor, every forum
// active on the date, and an edge where an actor takes part (PARTICIPATES_IN).
// Paths between actors and the single points of connection are read from it.
import type { AsOfView } from './view.ts';

/**
 * An undirected graph in compact form: each node's neighbours are one slice
 * of one Int32Array. At national scale a general graph library's objects
 * (graphology's, before) cost more than every question asked of the graph.
 * Each node's neighbours are in the order its relationships were added, as
 * graphology keeps them, so every search visits them in the same order.
 */
export class ParticipationGraph {
  private readonly index = new Map<string, number>();
  /** Node ids by number. */
  readonly ids: readonly string[];
  /** Node i's neighbours are adj[start[i]] … adj[start[i + 1] - 1]. */
  readonly start: Int32Array;
  readonly adj: Int32Array;

  /** `pairs` are relationships between nodes; one naming an unknown node, a loop or a repeat is left out. */
  constructor(nodes: readonly string[], pairs: Iterable<readonly [string, string]>) {
    this.ids = nodes;
    nodes.forEach((id, i) => this.index.set(id, i));
    const n = nodes.length;
    const ends: number[] = [];
    for (const [a, b] of pairs) {
      const i = this.index.get(a);
      const j = this.index.get(b);
      if (i === undefined || j === undefined || i === j) continue;
      ends.push(i, j);
    }
    const start = new Int32Array(n + 1);
    for (const i of ends) start[i + 1]!++;
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const all = new Int32Array(ends.length);
    const fill = start.slice(0, n);
    for (let k = 0; k < ends.length; k += 2) {
      const a = ends[k]!;
      const b = ends[k + 1]!;
      all[fill[a]!++] = b;
      all[fill[b]!++] = a;
    }
    // a repeated relationship keeps its first place at both ends (each list is in the order added)
    const last = new Int32Array(n).fill(-1);
    const adj = new Int32Array(ends.length);
    let m = 0;
    for (let v = 0; v < n; v++) {
      const from = start[v]!;
      const to = start[v + 1]!;
      start[v] = m;
      for (let k = from; k < to; k++) {
        const w = all[k]!;
        if (last[w] === v) continue;
        last[w] = v;
        adj[m++] = w;
      }
    }
    start[n] = m;
    this.start = start;
    this.adj = m === adj.length ? adj : adj.slice(0, m);
  }

  /** A node's number, or undefined when it is not in the graph. */
  numberOf(id: string): number | undefined {
    return this.index.get(id);
  }

  hasNode(id: string): boolean {
    return this.index.has(id);
  }

  degree(id: string): number {
    const i = this.index.get(id);
    return i === undefined ? 0 : this.start[i + 1]! - this.start[i]!;
  }

  forEachNeighbor(id: string, visit: (neighbour: string) => void): void {
    const i = this.index.get(id);
    if (i === undefined) return;
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) visit(this.ids[this.adj[k]!]!);
  }
}

/**
 * A shortest path between two nodes, or null when there is none: a
 * breadth-first search from both ends, each step growing the smaller fringe
 * (graphology-shortest-path's `bidirectional`, on the compact graph, visiting
 * in the same order, so it finds the same path).
 */
export function shortestPath(g: ParticipationGraph, from: string, to: string): string[] | null {
  const [s, t] = [g.numberOf(from), g.numberOf(to)];
  if (s === undefined || t === undefined) return null;
  if (s === t) return [from];
  const { start, adj, ids } = g;
  const NONE = -2;
  const pred = new Int32Array(ids.length).fill(NONE);
  const succ = new Int32Array(ids.length).fill(NONE);
  pred[s] = -1;
  succ[t] = -1;
  let forward = [s];
  let reverse = [t];
  let meet = -1;
  outer: while (forward.length && reverse.length) {
    const grow = forward.length <= reverse.length;
    const [fringe, mine, theirs] = grow ? [forward, pred, succ] : [reverse, succ, pred];
    const next: number[] = [];
    for (const v of fringe) {
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = adj[k]!;
        if (mine[w] === NONE) {
          next.push(w);
          mine[w] = v;
        }
        if (theirs[w] !== NONE) {
          meet = w;
          break outer;
        }
      }
    }
    if (grow) forward = next;
    else reverse = next;
  }
  if (meet < 0) return null;
  const path: number[] = [];
  for (let v = meet; v >= 0; v = pred[v]!) path.unshift(v);
  for (let v = succ[path[path.length - 1]!]!; v >= 0; v = succ[v]!) path.push(v);
  return path.map((i) => ids[i]!);
}

export function participationGraph(view: AsOfView): ParticipationGraph {
  return view.snap.cached(`participation|${view.date}|${view.today}`, () => {
    const active = view.forums().filter((f) => view.isActive(f.id));
    const pairs: Array<[string, string]> = [];
    for (const f of active) for (const p of view.participants(f.id)) pairs.push([p, f.id]);
    return new ParticipationGraph([...view.snap.nodes('Actor').map((a) => a.id), ...active.map((f) => f.id)], pairs);
  });
}

/**
 * A shortest path from any of `sources` to any of `targets` that avoids
 * `removed`, or null when there is none (breadth-first, so fewest steps).
 */
export function pathBetweenSets(g: Pick<ParticipationGraph, 'hasNode' | 'forEachNeighbor'>, sources: Iterable<string>, targets: ReadonlySet<string>, removed?: string): string[] | null {
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
  const { ids, start, adj } = g;
  const n = ids.length;

  // ---- breadth-first, as pathBetweenSets without `removed` ----
  const order = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  const roots: number[] = [];
  for (const s of sources) {
    const i = g.numberOf(s);
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
        const i = g.numberOf(t);
        if (i !== undefined && order[i]! >= 0 && (best < 0 || order[i]! < order[best]!)) best = i;
      }
      if (best < 0) return null;
      const path: string[] = [];
      for (let v = best; v >= 0; v = parent[v]!) path.push(ids[v]!);
      return path.reverse();
    },
    separates(x, targets) {
      const xi = g.numberOf(x);
      for (const t of targets) {
        if (t === x) continue;
        const ti = g.numberOf(t);
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
