// The in-memory graph every analysis reads: the whole store, loaded through
// the port (`subgraph({})`) into a graphology multigraph, with typed indexes.
// It is rebuilt only when the store's version counter moves, so both stores
// feed the engine the same picture and a read-heavy UI costs one load per write.
import { MultiDirectedGraph } from 'graphology';
import { nameKey, type GapNode, type GraphEdge, type GraphNode, type NodeLabel, type NodeOf, type RelType } from '../../schema/domain.ts';
import type { GraphStore, Subgraph } from '../store/port.ts';

export interface NodeAttributes {
  node: GraphNode;
}
export interface EdgeAttributes {
  edge: GraphEdge;
}

const EMPTY: readonly GraphEdge[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);

export class Snapshot {
  /** Every node and relationship, keyed by their ids; edge direction as stored. */
  readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly byLabel = new Map<NodeLabel, GraphNode[]>();
  private readonly outIdx = new Map<string, Map<RelType, GraphEdge[]>>();
  private readonly inIdx = new Map<string, Map<RelType, GraphEdge[]>>();
  private readonly gapsByKey = new Map<string, GapNode>();
  /** The far ends of each relationship list in outIdx/inIdx, made on first use (`targets`, `sources`). */
  private readonly ends = new WeakMap<readonly GraphEdge[], readonly string[]>();
  /** Results computed from this snapshot (by analysis and arguments); dropped with it. */
  readonly memo = new Map<string, unknown>();
  /** Every node and relationship, in the snapshot's fixed order (for whole-map readers). */
  readonly data: Subgraph;

  constructor(
    data: Subgraph,
    /** The store version the data was read at. */
    readonly version: number,
  ) {
    // One order whatever the store returned, so both stores give identical answers:
    // label, then name (case and spacing ignored, code point by code point), then id.
    const nodes = data.nodes.map((n) => ({ n, k: nameKey(n.name) })).sort((a, b) => cmp(a.n.label, b.n.label) || cmp(a.k, b.k) || cmp(a.n.id, b.n.id)).map((x) => x.n);
    const edges = [...data.edges].sort((a, b) => cmp(a.id, b.id));
    this.data = { nodes, edges };
    for (const node of nodes) {
      this.graph.addNode(node.id, { node });
      const list = this.byLabel.get(node.label) ?? [];
      list.push(node);
      this.byLabel.set(node.label, list);
      if (node.label === 'Gap' && node.findingKey) this.gapsByKey.set(node.findingKey, node);
    }
    for (const edge of edges) {
      if (!this.graph.hasNode(edge.from) || !this.graph.hasNode(edge.to)) continue;
      this.graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, { edge });
      push(this.outIdx, edge.from, edge);
      push(this.inIdx, edge.to, edge);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'node') : undefined;
  }

  /** The node when it has this label. */
  nodeOf<L extends NodeLabel>(label: L, id: string): NodeOf<L> | undefined {
    const n = this.node(id);
    return n?.label === label ? (n as NodeOf<L>) : undefined;
  }

  /** All nodes of a label, ordered by name then id. */
  nodes<L extends NodeLabel>(label: L): readonly NodeOf<L>[] {
    return (this.byLabel.get(label) ?? []) as NodeOf<L>[];
  }

  /** Relationships of a type leaving `id`. */
  out(id: string, type: RelType): readonly GraphEdge[] {
    return this.outIdx.get(id)?.get(type) ?? EMPTY;
  }

  /** Relationships of a type arriving at `id`. */
  in(id: string, type: RelType): readonly GraphEdge[] {
    return this.inIdx.get(id)?.get(type) ?? EMPTY;
  }

  /** The ids at the far end of the relationships of a type leaving `id` (one shared array per list: do not change it). */
  targets(id: string, type: RelType): readonly string[] {
    const edges = this.out(id, type);
    if (edges === EMPTY) return NO_IDS;
    let ids = this.ends.get(edges);
    if (!ids) this.ends.set(edges, (ids = Object.freeze(edges.map((e) => e.to))));
    return ids;
  }

  /** The ids at the near end of the relationships of a type arriving at `id` (shared, like `targets`). */
  sources(id: string, type: RelType): readonly string[] {
    const edges = this.in(id, type);
    if (edges === EMPTY) return NO_IDS;
    let ids = this.ends.get(edges);
    if (!ids) this.ends.set(edges, (ids = Object.freeze(edges.map((e) => e.from))));
    return ids;
  }

  /** The recorded gap promoted from a finding, if any. */
  gapForFinding(key: string): GapNode | undefined {
    return this.gapsByKey.get(key);
  }

  /** Memoizes a computation on this snapshot (the 64 most recently used; a hit counts as a use, so indexes every view reads stay). */
  cached<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) {
      const hit = this.memo.get(key) as T;
      this.memo.delete(key);
      this.memo.set(key, hit);
      return hit;
    }
    const value = compute();
    if (this.memo.size >= 64) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, value);
    return value;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push(index: Map<string, Map<RelType, GraphEdge[]>>, id: string, edge: GraphEdge): void {
  let byType = index.get(id);
  if (!byType) index.set(id, (byType = new Map()));
  const list = byType.get(edge.type);
  if (list) list.push(edge);
  else byType.set(edge.type, [edge]);
}

/**
 * Loads the snapshot on first use and again only after the store's version
 * has changed. Concurrent callers share one load.
 */
export class SnapshotCache {
  private current: Snapshot | null = null;
  private loading: { version: number; promise: Promise<Snapshot> } | null = null;

  constructor(private readonly store: GraphStore) {}

  async get(): Promise<Snapshot> {
    const version = await this.store.version();
    if (this.current?.version === version) return this.current;
    if (this.loading?.version === version) return this.loading.promise;
    // The version is read before the data: a write racing the load leaves the
    // snapshot labelled older than it is, so the next call simply reloads.
    const promise = this.store.subgraph({}).then((data) => {
      const snap = new Snapshot(data, version);
      if (!this.current || this.current.version <= version) this.current = snap;
      return snap;
    });
    this.loading = { version, promise };
    try {
      return await promise;
    } finally {
      if (this.loading?.promise === promise) this.loading = null;
    }
  }

  /** Forgets the snapshot (the next read reloads). */
  clear(): void {
    this.current = null;
  }
}
