// The app's read model: every node and relationship of the store held in
// memory with typed indexes. The map, the scope guard, the resolvers and the
// analysis all read it. It is loaded once through the port (`subgraph({})`)
// and then kept up to date from the store's change log (`apply`), so a write
// costs the read model what the write touched, not a reload.
import { nameKey, type GapNode, type GraphEdge, type GraphNode, type NodeLabel, type NodeOf, type RelType } from '../../schema/domain.ts';
import type { ChangeEntry, Direction, Related, Subgraph } from '../store/port.ts';
import { mapGraph, mapNode, type GraphFilterInput, type MapLookup } from '../../schema/map-graph.ts';
import { canonicalJson } from '../store/shared.ts';

const EMPTY: readonly GraphEdge[] = Object.freeze([]);

/**
 * One copy of each short string the elements repeat (their ends' ids, who and
 * when, sources, enum values): a store hands each row its own copies, and at
 * national scale those copies are most of the model's memory.
 */
class Strings {
  private readonly seen = new Map<string, string>();
  one(v: string): string {
    if (v.length > 96) return v;
    const had = this.seen.get(v);
    if (had !== undefined) return had;
    // bounded: past this many, start again (shared copies stay shared; only new ones are not)
    if (this.seen.size >= 500_000) this.seen.clear();
    this.seen.set(v, v);
    return v;
  }
  /** The element with its short string values (and those in string lists) shared. */
  of<T extends object>(element: T): T {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(element)) {
      // an element's own id is its alone (the ends of relationships are what repeat)
      out[k] = k === 'id' || typeof v !== 'string' ? (Array.isArray(v) ? v.map((x: unknown) => (typeof x === 'string' ? this.one(x) : x)) : v) : this.one(v);
    }
    return out as T;
  }
}
const NO_IDS: readonly string[] = Object.freeze([]);

/** The relationships of one type at one end of a node (in relationship-id order), and their far ends' ids, made on first use. */
interface Adjacent {
  edges: GraphEdge[];
  ids: readonly string[] | null;
}
type AdjacencyIndex = Map<string, Map<RelType, Adjacent>>;

export class ReadModel {
  private readonly nodeById = new Map<string, GraphNode>();
  private readonly edgeById = new Map<string, GraphEdge>();
  /** Nodes per label; a label whose list is missing here is re-sorted on next read. */
  private readonly byLabel = new Map<NodeLabel, GraphNode[]>();
  private readonly outIdx: AdjacencyIndex = new Map();
  private readonly inIdx: AdjacencyIndex = new Map();
  private readonly gapsByKey = new Map<string, GapNode>();
  /** Results computed from this state (by analysis and arguments); dropped on every change. */
  private readonly memo = new Map<string, unknown>();
  private sorted: Subgraph | null = null;
  private readonly strings = new Strings();

  constructor(
    data: Subgraph,
    /** The store version the data was read at. */
    public version: number,
    /** The change-log position the data includes (every entry up to it is in the data). */
    public seq = 0,
  ) {
    this.add(data);
  }

  /** Takes in more of the store's elements as they are (a load in parts: every node before the relationships that end at it). */
  add(data: Subgraph): void {
    for (const node of data.nodes) this.putNode(node);
    for (const edge of [...data.edges].sort((a, b) => cmp(a.id, b.id))) this.putEdge(edge);
    this.memo.clear();
    this.sorted = null;
  }

  /** Every node and relationship in one fixed order whatever the store returned, so both stores give identical answers:
   * nodes by label, then name (case and spacing ignored, code point by code point), then id; relationships by id. */
  get data(): Subgraph {
    if (!this.sorted) {
      const nodes = [...this.nodeById.values()].map((n) => ({ n, k: nameKey(n.name) })).sort((a, b) => cmp(a.n.label, b.n.label) || cmp(a.k, b.k) || cmp(a.n.id, b.n.id)).map((x) => x.n);
      const edges = [...this.edgeById.values()].sort((a, b) => cmp(a.id, b.id));
      this.sorted = { nodes, edges };
    }
    return this.sorted;
  }

  /** Every node and relationship, unordered (copies of the lists; the elements are never changed in place). */
  elements(): Subgraph {
    return { nodes: [...this.nodeById.values()], edges: [...this.edgeById.values()] };
  }

  /** How many nodes and relationships it holds. */
  get size(): { nodes: number; edges: number } {
    return { nodes: this.nodeById.size, edges: this.edgeById.size };
  }

  node(id: string): GraphNode | undefined {
    return this.nodeById.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    return this.edgeById.get(id);
  }

  /** The node when it has this label. */
  nodeOf<L extends NodeLabel>(label: L, id: string): NodeOf<L> | undefined {
    const n = this.nodeById.get(id);
    return n?.label === label ? (n as NodeOf<L>) : undefined;
  }

  /** All nodes of a label, ordered by name then id. */
  nodes<L extends NodeLabel>(label: L): readonly NodeOf<L>[] {
    let list = this.byLabel.get(label);
    if (!list) {
      list = [];
      for (const n of this.nodeById.values()) if (n.label === label) list.push(n);
      const keys = new Map(list.map((n) => [n, nameKey(n.name)]));
      list.sort((a, b) => cmp(keys.get(a)!, keys.get(b)!) || cmp(a.id, b.id));
      this.byLabel.set(label, list);
    }
    return list as NodeOf<L>[];
  }

  /** Relationships of a type leaving `id`. */
  out(id: string, type: RelType): readonly GraphEdge[] {
    return this.outIdx.get(id)?.get(type)?.edges ?? EMPTY;
  }

  /** Relationships of a type arriving at `id`. */
  in(id: string, type: RelType): readonly GraphEdge[] {
    return this.inIdx.get(id)?.get(type)?.edges ?? EMPTY;
  }

  /** What the store port's `related` answers for one relationship type, from memory: per asked id, each relationship and the node at its other end. */
  related(ids: readonly string[], type: RelType, direction: Direction): Related[] {
    const rows: Related[] = [];
    for (const id of new Set(ids)) {
      if (direction !== 'in') for (const edge of this.out(id, type)) rows.push({ origin: id, edge, node: this.nodeById.get(edge.to)! });
      if (direction !== 'out') for (const edge of this.in(id, type)) rows.push({ origin: id, edge, node: this.nodeById.get(edge.from)! });
    }
    return rows;
  }

  /** The ids at the far end of the relationships of a type leaving `id` (one shared array per list: do not change it). */
  targets(id: string, type: RelType): readonly string[] {
    const adj = this.outIdx.get(id)?.get(type);
    return adj ? (adj.ids ??= Object.freeze(adj.edges.map((e) => e.to))) : NO_IDS;
  }

  /** The ids at the near end of the relationships of a type arriving at `id` (shared, like `targets`). */
  sources(id: string, type: RelType): readonly string[] {
    const adj = this.inIdx.get(id)?.get(type);
    return adj ? (adj.ids ??= Object.freeze(adj.edges.map((e) => e.from))) : NO_IDS;
  }

  /** These nodes as the map draws them (the API's `mapNodes`): null where an id has none. Costs what the ids touch, not the whole map. */
  mapNodes(ids: readonly string[]): Array<ReturnType<typeof mapNode> | null> {
    const lookup: MapLookup = {
      node: (id) => this.nodeById.get(id),
      targets: (id, types) => types.flatMap((t) => this.targets(id, t)),
    };
    return ids.map((id) => {
      const n = this.nodeById.get(id);
      return n ? mapNode(lookup, n) : null;
    });
  }

  /** The map as the API's `graph(filter)` answers it, computed once per version and filter. */
  mapGraph(filter: GraphFilterInput | null): ReturnType<typeof mapGraph> {
    return this.cached(`map-graph:${canonicalJson(filter ?? null)}`, () => mapGraph(this.data, this.version, filter));
  }

  /** The recorded gap promoted from a finding, if any. */
  gapForFinding(key: string): GapNode | undefined {
    return this.gapsByKey.get(key);
  }

  /** Whether `cached(key, …)` would answer without computing. */
  isCached(key: string): boolean {
    return this.memo.has(key);
  }

  /** Memoizes a computation on the current state (the 64 most recently used; a hit counts as a use, so indexes every view reads stay). */
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

  /**
   * Brings the model forward by change-log entries (in `seq` order), taking
   * each element's state after the entry. Entries at or before `this.seq` are
   * skipped; replaying entries the data already holds changes nothing, so a
   * load that raced a write converges once the entries after it are applied.
   */
  apply(entries: readonly ChangeEntry[], version: number): void {
    let changed = false;
    for (const e of entries) {
      if (e.seq <= this.seq) continue;
      this.seq = e.seq;
      changed = true;
      switch (e.op) {
        case 'create':
        case 'update':
          this.putNode(e.after as GraphNode);
          break;
        case 'delete':
          for (const idx of [this.outIdx, this.inIdx]) for (const adj of idx.get(e.target)?.values() ?? []) for (const edge of [...adj.edges]) this.dropEdge(edge.id);
          this.dropNode(e.target);
          break;
        case 'link':
          this.dropEdge(e.target);
          this.putEdge(e.after as GraphEdge);
          break;
        case 'unlink':
          this.dropEdge(e.target);
          break;
      }
    }
    if (changed) {
      this.memo.clear();
      this.sorted = null;
    }
    this.version = version;
  }

  /** Takes in a node, new or changed. A changed node keeping its label and its name's sort key keeps its place in its label's list (a new list, so one handed out earlier stays as it was); any other change sorts the list again on its next read. */
  private putNode(stored: GraphNode): void {
    const node = this.strings.of(stored);
    const before = this.nodeById.get(node.id);
    const list = before && before.label === node.label && nameKey(before.name) === nameKey(node.name) ? this.byLabel.get(node.label) : undefined;
    const at = list ? list.indexOf(before!) : -1;
    if (before) this.dropNode(before.id);
    this.nodeById.set(node.id, node);
    if (list && at >= 0) {
      const replaced = list.slice();
      replaced[at] = node;
      this.byLabel.set(node.label, replaced);
    } else {
      this.byLabel.delete(node.label);
    }
    if (node.label === 'Gap' && node.findingKey) this.gapsByKey.set(node.findingKey, node);
  }

  private dropNode(id: string): void {
    const node = this.nodeById.get(id);
    if (!node) return;
    this.nodeById.delete(id);
    this.byLabel.delete(node.label);
    if (node.label === 'Gap' && node.findingKey && this.gapsByKey.get(node.findingKey) === node) this.gapsByKey.delete(node.findingKey);
  }

  /** Indexes a relationship; one whose ends are not both present is left out, as a consistent store never has one. */
  private putEdge(stored: GraphEdge): void {
    if (!this.nodeById.has(stored.from) || !this.nodeById.has(stored.to)) return;
    const edge = this.strings.of(stored);
    this.edgeById.set(edge.id, edge);
    this.index(this.outIdx, edge.from, edge, true);
    this.index(this.inIdx, edge.to, edge, true);
  }

  private dropEdge(id: string): void {
    const edge = this.edgeById.get(id);
    if (!edge) return;
    this.edgeById.delete(id);
    this.index(this.outIdx, edge.from, edge, false);
    this.index(this.inIdx, edge.to, edge, false);
  }

  private index(index: AdjacencyIndex, id: string, edge: GraphEdge, add: boolean): void {
    let byType = index.get(id);
    if (!byType) {
      if (!add) return;
      index.set(id, (byType = new Map()));
    }
    const adj = byType.get(edge.type);
    if (add) {
      if (!adj) return void byType.set(edge.type, { edges: [edge], ids: null });
      const list = adj.edges;
      // keep each list in relationship-id order, as a fresh load has it
      let i = list.length;
      while (i > 0 && list[i - 1]!.id > edge.id) i--;
      list.splice(i, 0, edge);
      adj.ids = null;
    } else if (adj) {
      const i = adj.edges.indexOf(edge);
      if (i >= 0) adj.edges.splice(i, 1);
      adj.ids = null;
      if (!adj.edges.length) byType.delete(edge.type);
      if (!byType.size) index.delete(id);
    }
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
