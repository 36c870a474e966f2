// The production adapter: Neo4j 5 through neo4j-driver, every statement from
// cypher.ts, every unit of work through the executor (one managed transaction
// each). Semantics follow the embedded store exactly; the rules they share
// live in ../shared.ts.
//
// Model: `(:Node:<Label> {id, nameKey, sortKey, ...props, ...provenance, search copies})`, relationships
// `[:<TYPE> {id, ...props, ...provenance}]`, the version counter and the
// change-log sequence on `(:Meta {key: 'graph'})`, the change log as
// `(:Change {seq, at, by, op, target, before, after})` (JSON strings), and
// documents as `(:Doc {ns, key, value, updatedAt, updatedBy})`.
import neo4j from 'neo4j-driver';
import {
  FILTERABLE, nameKey, type Batch, type Change, type EdgeProps, type GraphEdge, type GraphNode, type NodeLabel, type RelType,
} from '../../../schema/domain.ts';
import { DomainError, notFound } from '../../errors.ts';
import type {
  ApplyResult, ChangeEntry, ChangeQuery, Direction, Doc, GraphStore, NodeQuery, Page, Related, SearchHit, StoreInfo, Subgraph, WriteContext,
} from '../port.ts';
import { MAX_CHANGES, MAX_DEPTH, MAX_PAGE } from '../port.ts';
import {
  checkDocExpected, checkEndpoints, checkExpected, checkInvariants, cleanProps, nextStamp, decodeCursor, edgeKey, edgeProps, encodeCursor, idConflict, mergeProps, nameConflict, nodesOfTarget, nowIso, relatedRows, breadthFirst, propsOf, edgePropsOf, sameProps,
  SEARCH_FIELDS, searchCopies, searchProbe, searchTerms, sortKey,
} from '../shared.ts';
import {
  ALL_EDGES, CHANGES, CHANGES_NEWEST_FIRST, DELETE_DOC, DELETE_EDGES_BY_KEYS, DELETE_NODE, EDGES_BY_KEYS, ESTIMATES_BETWEEN, GET_DOC, GET_NODES, NODE_LABELS,
  INDEXES_NOT_ONLINE, INDUCED_EDGES, INIT_META, LIST_DOCS, LOCK_GRAPH, LOG_AND_BUMP, MIGRATION, OLD_FULLTEXT_INDEXES, ORDER_PROPERTY, PUT_DOC, SCHEMA_NAMES, SEARCH, SEARCH_COPY, SEARCH_VERSION,
  SET_FOLDED, SET_SORT_KEYS, SORT_KEY, SORT_VERSION, SUBGRAPH_NODES, UNFOLDED, UNSORTED, VERSION,
  bulkUpsertEdges, bulkUpsertNodes, createNode, dropOldIndex, edgesTouching, listCount, listPage, nodesByName, upsertEdge, upsertNode,
} from './cypher.ts';
import { DriverExecutor, type Executor, type Neo4jSettings, type Row, type Tx } from './executor.ts';

/** Rows per UNWIND statement: one round trip each. */
export const BATCH_ROWS = 1000;

// ---- conversions at the boundary ----------------------------------------------

/** Values as Neo4j should store them: whole numbers as INTEGER (not FLOAT), nothing undefined or null. */
export function neoValues(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v;
  }
  return out;
}

/** The adapter's own properties of a stored node, never returned. */
const OWN_NODE_KEYS = new Set(['nameKey', ...Object.values(SEARCH_COPY), 'searchVersion', SORT_KEY, 'sortVersion']);
const toNode = (m: unknown): GraphNode =>
  Object.fromEntries(Object.entries(m as Record<string, unknown>).filter(([k]) => !OWN_NODE_KEYS.has(k))) as unknown as GraphNode;
const toEdge = (m: unknown): GraphEdge => m as GraphEdge;
const nodesOf = (rows: Row[]) => rows.map((r) => toNode(r.node));
const edgesOf = (rows: Row[]) => rows.map((r) => toEdge(r.edge));


interface Provenance { createdAt: string; createdBy: string; updatedAt: string; updatedBy: string }

/** The node as stored and as returned. */
function buildNode(id: string, label: NodeLabel, props: Record<string, unknown>, prov: Provenance): GraphNode {
  return { ...props, id, label, ...prov } as unknown as GraphNode;
}
/** The whole property map of a stored node. */
function nodeRecord(node: GraphNode): Record<string, unknown> {
  const { label: _l, ...rest } = node as unknown as Record<string, unknown>;
  return neoValues({ ...rest, nameKey: nameKey(node.name), ...searchProps(node), [SORT_KEY]: sortKey(node.name), sortVersion: SORT_VERSION });
}
/** What the text indexes read: the searched fields folded here (shared.ts), as the query's words are, and the format they are in. */
function searchProps(n: Record<string, unknown> | GraphNode): Record<string, string | number> {
  const copies = searchCopies(n);
  return { ...Object.fromEntries(SEARCH_FIELDS.map(({ field }) => [SEARCH_COPY[field], copies[field]])), searchVersion: SEARCH_VERSION };
}
function buildEdge(type: RelType, key: { id: string; from: string; to: string }, stored: Record<string, unknown>, prov: Provenance): GraphEdge {
  const props = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== undefined));
  return { ...props, id: key.id, type, from: key.from, to: key.to, ...prov } as GraphEdge;
}
function edgeRecord(edge: GraphEdge): Record<string, unknown> {
  const { type: _t, from: _f, to: _to, ...rest } = edge as unknown as Record<string, unknown>;
  return neoValues(rest);
}

interface LogEntry { op: ChangeEntry['op']; target: string; before: unknown; after: unknown }
const logRow = (e: LogEntry) => ({
  op: e.op,
  target: e.target,
  nodes: nodesOfTarget(e.target),
  before: e.before === null ? null : JSON.stringify(e.before),
  after: e.after === null ? null : JSON.stringify(e.after),
});

const chunks = <T>(xs: readonly T[], n = BATCH_ROWS): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

const isExecutor = (x: unknown): x is Executor => typeof (x as Executor)?.read === 'function' && typeof (x as Executor)?.write === 'function';

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private exec: Executor | null;

  /** Connection settings (the driver is made at `init`), or an executor (tests); how long start-up waits for indexes to come online. */
  constructor(private readonly source: Neo4jSettings | Executor, private readonly indexWaitMs = 600_000) {
    this.exec = isExecutor(source) ? source : null;
  }

  private get x(): Executor {
    if (!this.exec) throw new Error('Neo4jStore: call init() first');
    return this.exec;
  }

  async init(): Promise<void> {
    this.exec ??= DriverExecutor.connect(this.source as Neo4jSettings);
    // a write transaction: SHOW INDEXES needs more than read access (it cannot run in a READ-mode procedure)
    const [row] = await this.x.write('migrate: schema names', (tx) => tx.run(SCHEMA_NAMES));
    const there = new Set(row?.names as string[] | undefined);
    // schema commands cannot share a transaction with each other or with data writes: one each
    for (const s of MIGRATION.filter((m) => !there.has(m.creates))) {
      await this.x.write(s.name, (tx) => tx.run(s)).catch((e: unknown) => {
        // another instance starting at the same moment created it first
        if (!/^Neo\.ClientError\.Schema\.\w*AlreadyExists$/.test((e as { code?: string }).code ?? '')) throw e;
        return [];
      });
    }
    for (const old of OLD_FULLTEXT_INDEXES) if (there.has(old)) await this.x.write(`migrate: drop ${old}`, (tx) => tx.run(dropOldIndex(old)));
    await this.awaitIndexes();
    await this.x.write('migrate: init meta', (tx) => tx.run(INIT_META));
    // nodes written before the search copies existed, or in an older format, get them anew, a batch per transaction
    const version = neo4j.int(SEARCH_VERSION);
    for (;;) {
      const done = await this.x.write('migrate: fold search copies', async (tx) => {
        const rows = await tx.run(UNFOLDED, { version, limit: neo4j.int(BATCH_ROWS) });
        if (rows.length) {
          await tx.run(SET_FOLDED, { version, rows: rows.map((r) => {
            const { searchVersion: _v, ...copies } = searchProps(r);
            return { id: r.id, ...copies };
          }) });
        }
        return rows.length < BATCH_ROWS;
      });
      if (done) break;
    }
    // and their Swedish sort keys (shared.ts, sortKey), a batch per transaction
    const sortVersion = neo4j.int(SORT_VERSION);
    for (;;) {
      const done = await this.x.write('migrate: sort keys', async (tx) => {
        const rows = await tx.run(UNSORTED, { version: sortVersion, limit: neo4j.int(BATCH_ROWS) });
        if (rows.length) await tx.run(SET_SORT_KEYS, { version: sortVersion, rows: rows.map((r) => ({ id: r.id, [SORT_KEY]: sortKey(String(r.name)) })) });
        return rows.length < BATCH_ROWS;
      });
      if (done) break;
    }
  }

  /** Waits, in short transactions, until every index is online; a failed index or one still populating at the deadline stops the start. */
  private async awaitIndexes(): Promise<void> {
    const deadline = Date.now() + this.indexWaitMs;
    for (;;) {
      // a write transaction, as for SCHEMA_NAMES: SHOW INDEXES cannot run in a READ-mode session
      const [row] = await this.x.write('migrate: indexes online', (tx) => tx.run(INDEXES_NOT_ONLINE));
      const pending = (row?.pending ?? []) as string[];
      const failed = (row?.failed ?? []) as string[];
      if (failed.length) throw new DomainError('STORE_MISCONFIGURED', `Neo4j could not build the index(es) ${failed.join(', ')}: see its debug.log, drop them and restart`);
      if (!pending.length) return;
      if (Date.now() >= deadline) {
        throw new DomainError('STORE_UNAVAILABLE', `Neo4j's index(es) ${pending.join(', ')} are still being built after ${Math.round(this.indexWaitMs / 1000)} s; start again when they are online (SHOW INDEXES)`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async close(): Promise<void> {
    await this.exec?.close();
    if (!isExecutor(this.source)) this.exec = null;
  }

  async ping(): Promise<StoreInfo> {
    if (!this.exec) throw new DomainError('STORE_UNAVAILABLE', 'The Neo4j store is not connected');
    return { store: 'neo4j', version: await this.exec.serverVersion() };
  }

  async version(): Promise<number> {
    return this.x.read('version', (tx) => this.currentVersion(tx));
  }

  private async currentVersion(tx: Tx): Promise<number> {
    const [row] = await tx.run(VERSION);
    return row ? Number(row.version) : 0;
  }

  // ---- reads ---------------------------------------------------------------

  private async nodesById(tx: Tx, ids: readonly string[]): Promise<Map<string, GraphNode>> {
    const out = new Map<string, GraphNode>();
    for (const part of chunks([...new Set(ids)], 10 * BATCH_ROWS)) {
      for (const n of nodesOf(await tx.run(GET_NODES, { ids: part }))) out.set(n.id, n);
    }
    return out;
  }

  async getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    if (!ids.length) return [];
    const found = await this.x.read('getNodes', (tx) => this.nodesById(tx, ids));
    return ids.map((id) => found.get(id) ?? null);
  }

  async nodeLabels(ids: readonly string[]): Promise<Array<NodeLabel | null>> {
    if (!ids.length) return [];
    const found = await this.x.read('nodeLabels', async (tx) => {
      const out = new Map<string, NodeLabel>();
      for (const part of chunks([...new Set(ids)], 10 * BATCH_ROWS)) {
        for (const r of await tx.run(NODE_LABELS, { ids: part })) out.set(r.id as string, r.label as NodeLabel);
      }
      return out;
    });
    return ids.map((id) => found.get(id) ?? null);
  }

  async getNodesByName(label: NodeLabel, names: readonly string[]): Promise<Array<GraphNode | null>> {
    const keys = names.map(nameKey);
    if (!keys.length) return [];
    const rows = await this.x.read('getNodesByName', (tx) => tx.run(nodesByName(label), { keys }));
    const byKey = new Map(nodesOf(rows).map((n) => [nameKey(n.name), n]));
    return keys.map((k) => byKey.get(k) ?? null);
  }

  async listNodes(q: NodeQuery): Promise<Page<GraphNode>> {
    const empty = { items: [], totalCount: 0, hasNextPage: false, endCursor: null };
    const terms = q.text === undefined ? undefined : searchTerms(q.text);
    if (terms?.length === 0) return empty;
    const filter: Record<string, unknown> = {
      ...Object.fromEntries(FILTERABLE.map((p) => [`w_${p}`, q.where?.[p] ? [...q.where[p]] : null])),
      related: (q.related ?? []).map((r) => ({ ids: [...r.ids], types: r.types?.length ? [...r.types] : null, direction: r.direction ?? 'both' })),
      ...(terms === undefined ? {} : { terms }),
    };
    const [afterKey, afterId] = q.after ? decodeCursor(q.after, q.orderBy) : [null, null];
    const first = Math.max(0, Math.min(q.first, MAX_PAGE));
    const withText = terms !== undefined;
    const orderKey = ORDER_PROPERTY[q.orderBy?.field ?? 'DEFAULT'];
    return this.x.read('listNodes', async (tx) => {
      const [count] = await tx.run(listCount(q.label, withText), filter);
      const rows = await tx.run(listPage(q.label, withText, q.orderBy?.direction === 'DESC'), { ...filter, orderKey, afterKey, afterId, limit: neo4j.int(first + 1) });
      const items = nodesOf(rows).slice(0, first);
      const last = items.at(-1);
      return { items, totalCount: Number(count?.total ?? 0), hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last, q.orderBy) : null };
    });
  }

  private async edgesTouching(tx: Tx, ids: readonly string[], types: readonly RelType[] | undefined, direction: Direction): Promise<GraphEdge[]> {
    return edgesOf(await tx.run(edgesTouching(direction), { ids: [...ids], types: types?.length ? [...types] : null }));
  }

  async related(ids: readonly string[], opts: { types?: readonly RelType[]; direction: Direction }): Promise<Related[]> {
    const asked = new Set(ids);
    const { edges, others } = await this.x.read('related', async (tx) => {
      const edges = await this.edgesTouching(tx, ids, opts.types, opts.direction);
      return { edges, others: await this.nodesById(tx, edges.flatMap((e) => [e.from, e.to])) };
    });
    return relatedRows(asked, edges, others, opts.direction);
  }

  async search(text: string, opts: { labels?: readonly NodeLabel[]; limit: number }): Promise<SearchHit[]> {
    const terms = searchTerms(text);
    if (!terms.length) return [];
    const rows = await this.x.read('search', (tx) => tx.run(SEARCH, {
      probe: searchProbe(terms),
      terms,
      labels: opts.labels?.length ? [...opts.labels] : null,
      limit: neo4j.int(Math.max(0, Math.min(opts.limit, MAX_PAGE))),
    }));
    return rows.map((r) => ({ node: toNode(r.node), score: Number(r.score) }));
  }

  private async induced(tx: Tx, ids: readonly string[], types?: readonly RelType[]): Promise<GraphEdge[]> {
    return edgesOf(await tx.run(INDUCED_EDGES, { ids: [...ids], types: types?.length ? [...types] : null }));
  }

  async neighbourhood(id: string, depth: number, opts: { types?: readonly RelType[]; limit?: number } = {}): Promise<Subgraph> {
    return this.x.read('neighbourhood', async (tx) => {
      if (!(await this.nodesById(tx, [id])).size) throw notFound(id);
      const ids = await breadthFirst(id, Math.min(depth, MAX_DEPTH), opts.limit ?? 5000, async (frontier) =>
        (await this.edgesTouching(tx, frontier, opts.types, 'both')).map((e) => [e.from, e.to] as const));
      const nodes = await this.nodesById(tx, ids);
      return { nodes: ids.map((i) => nodes.get(i)!), edges: await this.induced(tx, ids, opts.types) };
    });
  }

  async subgraph(filter: { labels?: readonly NodeLabel[]; ids?: readonly string[] }): Promise<Subgraph> {
    return this.x.read('subgraph', async (tx) => {
      const nodes = nodesOf(await tx.run(SUBGRAPH_NODES, {
        labels: filter.labels ? [...filter.labels] : null,
        ids: filter.ids ? [...filter.ids] : null,
      }));
      const edges = filter.labels || filter.ids
        ? await this.induced(tx, nodes.map((n) => n.id))
        : edgesOf(await tx.run(ALL_EDGES));
      return { nodes, edges };
    });
  }

  // ---- writes --------------------------------------------------------------

  private async assertNameFree(tx: Tx, label: NodeLabel, name: string, self: string): Promise<void> {
    const [holder] = nodesOf(await tx.run(nodesByName(label), { keys: [nameKey(name)] }));
    if (holder && holder.id !== self) throw nameConflict(label, name);
  }

  private async writeNode(tx: Tx, node: GraphNode): Promise<GraphNode> {
    const [row] = await tx.run(upsertNode(node.label), { id: node.id, props: nodeRecord(node) });
    return toNode(row!.node);
  }

  private async link(tx: Tx, type: RelType, from: string, to: string, props: EdgeProps, at: string, by: string, log: LogEntry[]): Promise<GraphEdge> {
    const labels = await this.nodesById(tx, [from, to]);
    checkEndpoints(type, from, to, labels.get(from)?.label, labels.get(to)?.label);
    const key = edgeKey(type, from, to, props);
    const stored = edgeProps(type, props);
    const [found] = edgesOf(await tx.run(EDGES_BY_KEYS, { keys: [key] }));
    const before = found ?? null;
    if (before && sameProps(edgePropsOf(before), stored)) return before;
    const next = buildEdge(type, key, stored, {
      createdAt: before?.createdAt ?? at, createdBy: before?.createdBy ?? by, updatedAt: at, updatedBy: by,
    });
    const [row] = await tx.run(upsertEdge(type), { from: key.from, to: key.to, id: key.id, props: edgeRecord(next) });
    const edge = toEdge(row!.edge);
    log.push({ op: 'link', target: key.id, before, after: edge });
    return edge;
  }

  private async applyOne(tx: Tx, c: Change, at: string, by: string, log: LogEntry[]): Promise<ApplyResult['results'][number]> {
    switch (c.op) {
      case 'create': {
        if ((await this.nodesById(tx, [c.id])).size) throw idConflict(c.id);
        const props = cleanProps(c.props);
        checkInvariants(props);
        await this.assertNameFree(tx, c.label, String(props.name), c.id);
        // CREATE, not MERGE: should another writer have made this id meanwhile, the constraint refuses it (CONFLICT)
        const [row] = await tx.run(createNode(c.label), { props: nodeRecord(buildNode(c.id, c.label, props, { createdAt: at, createdBy: by, updatedAt: at, updatedBy: by })) });
        const node = toNode(row!.node);
        log.push({ op: 'create', target: c.id, before: null, after: node });
        return { node };
      }
      case 'update': {
        const before = (await this.nodesById(tx, [c.id])).get(c.id);
        if (!before || (c.label && before.label !== c.label)) throw notFound(c.id, c.label);
        checkExpected(before, c.expected);
        const props = cleanProps(mergeProps(propsOf(before), c.props, c.unset));
        checkInvariants(props, before);
        await this.assertNameFree(tx, before.label, String(props.name), c.id);
        if (sameProps(props, propsOf(before))) return { node: before };
        const node = await this.writeNode(tx, buildNode(c.id, before.label, props, {
          createdAt: before.createdAt, createdBy: before.createdBy, updatedAt: nextStamp(at, before.updatedAt), updatedBy: by,
        }));
        log.push({ op: 'update', target: c.id, before, after: node });
        return { node };
      }
      case 'delete': {
        const before = (await this.nodesById(tx, [c.id])).get(c.id);
        if (!before || (c.label && before.label !== c.label)) throw notFound(c.id, c.label);
        checkExpected(before, c.expected);
        for (const e of await this.edgesTouching(tx, [c.id], undefined, 'both')) log.push({ op: 'unlink', target: e.id, before: e, after: null });
        await tx.run(DELETE_NODE, { id: c.id });
        log.push({ op: 'delete', target: c.id, before, after: null });
        return { node: null };
      }
      case 'link':
        return { edge: await this.link(tx, c.type, c.from, c.to, c.props, at, by, log) };
      case 'unlink': {
        const key = edgeKey(c.type, c.from, c.to, { source: '', year: c.year });
        const edges = c.type === 'ESTIMATE' && c.year === undefined
          ? edgesOf(await tx.run(ESTIMATES_BETWEEN, { from: key.from, to: key.to }))
          : edgesOf(await tx.run(EDGES_BY_KEYS, { keys: [key] }));
        if (!edges.length) throw notFound(key.id, 'relationship');
        await tx.run(DELETE_EDGES_BY_KEYS, { keys: edges.map((e) => ({ id: e.id, from: e.from, to: e.to })) });
        for (const e of edges) log.push({ op: 'unlink', target: e.id, before: e, after: null });
        return { edge: null };
      }
    }
  }

  /** Writes the change log and moves the version on; returns the version. */
  private async finish(tx: Tx, log: readonly LogEntry[], bump: boolean, at: string, by: string): Promise<number> {
    if (!log.length && !bump) return this.currentVersion(tx);
    let version = 0;
    const parts = log.length ? chunks(log) : [[]];
    for (const [i, part] of parts.entries()) {
      const [row] = await tx.run(LOG_AND_BUMP, { entries: part.map(logRow), bump: neo4j.int(bump && i === 0 ? 1 : 0), at, by });
      if (!row) throw new Error('Neo4jStore: the graph has no (:Meta {key: "graph"}) node; run init()');
      version = Number(row.version);
    }
    return version;
  }

  async apply(changes: readonly Change[], ctx: WriteContext): Promise<ApplyResult> {
    if (!changes.length) return { results: [], version: await this.version() };
    const at = ctx.at ?? nowIso();
    // One transaction, the changes in order; the first DomainError thrown rolls all of it back.
    return this.x.write('apply', async (tx) => {
      await tx.run(LOCK_GRAPH);
      const log: LogEntry[] = [];
      const results: ApplyResult['results'] = [];
      for (const c of changes) results.push(await this.applyOne(tx, c, at, ctx.by, log));
      return { results, version: await this.finish(tx, log, true, at, ctx.by) };
    });
  }

  /**
   * Reads what the batch touches, decides every row in order by the embedded
   * store's rules (so counts, errors and the change log agree), then writes
   * the final state with UNWIND batches: nodes per label, relationships per
   * type, the log. One transaction; MERGE on ids, so a retry cannot duplicate.
   */
  async bulkUpsert(batch: Batch, ctx: WriteContext): Promise<{ nodes: number; edges: number; version: number }> {
    const at = ctx.at ?? nowIso();
    const by = ctx.by;
    return this.x.write('bulkUpsert', async (tx) => {
      await tx.run(LOCK_GRAPH);
      // ---- read
      const nodes = await this.nodesById(tx, [...batch.nodes.map((n) => n.id), ...batch.edges.flatMap((e) => [e.from, e.to])]);
      const byName = new Map<string, string>();
      const nameSlot = (label: string, key: string) => `${label}\u0000${key}`;
      const keysByLabel = new Map<NodeLabel, Set<string>>();
      for (const n of batch.nodes) {
        const name = cleanProps(n.props).name;
        if (typeof name === 'string') keysByLabel.set(n.label, (keysByLabel.get(n.label) ?? new Set()).add(nameKey(name)));
      }
      for (const [label, keys] of keysByLabel) {
        for (const part of chunks([...keys], 10 * BATCH_ROWS)) {
          for (const n of nodesOf(await tx.run(nodesByName(label), { keys: part }))) byName.set(nameSlot(label, nameKey(n.name)), n.id);
        }
      }
      const keys = batch.edges.map((e) => ({ ...edgeKey(e.type, e.from, e.to, e.props) }));
      const edges = new Map<string, GraphEdge>();
      for (const part of chunks([...new Map(keys.map((k) => [k.id, k])).values()])) {
        for (const e of edgesOf(await tx.run(EDGES_BY_KEYS, { keys: part }))) edges.set(e.id, e);
      }

      // ---- decide, row by row
      const log: LogEntry[] = [];
      const nodeWrites = new Map<string, GraphNode>();
      let nodeCount = 0;
      for (const n of batch.nodes) {
        const props = cleanProps(n.props);
        const before = nodes.get(n.id);
        checkInvariants(props, before?.label === n.label ? before : null);
        const name = String(props.name);
        const holder = byName.get(nameSlot(n.label, nameKey(name)));
        if (holder !== undefined && holder !== n.id) throw nameConflict(n.label, name);
        let node: GraphNode;
        if (!before) {
          node = buildNode(n.id, n.label, props, { createdAt: at, createdBy: by, updatedAt: at, updatedBy: by });
          log.push({ op: 'create', target: n.id, before: null, after: node });
        } else {
          if (before.label !== n.label) throw idConflict(n.id);
          if (sameProps(props, propsOf(before))) continue;
          node = buildNode(n.id, n.label, props, { createdAt: before.createdAt, createdBy: before.createdBy, updatedAt: nextStamp(at, before.updatedAt), updatedBy: by });
          log.push({ op: 'update', target: n.id, before, after: node });
          byName.delete(nameSlot(before.label, nameKey(before.name)));
        }
        nodeCount++;
        byName.set(nameSlot(n.label, nameKey(name)), n.id);
        nodes.set(n.id, node);
        // in the order of last write, so a name given up earlier in the batch is free when it is taken
        nodeWrites.delete(n.id);
        nodeWrites.set(n.id, node);
      }
      const edgeWrites = new Map<string, GraphEdge>();
      let edgeCount = 0;
      batch.edges.forEach((e, i) => {
        checkEndpoints(e.type, e.from, e.to, nodes.get(e.from)?.label, nodes.get(e.to)?.label);
        const key = keys[i]!;
        const stored = edgeProps(e.type, e.props);
        const before = edges.get(key.id) ?? null;
        if (before && sameProps(edgePropsOf(before), stored)) return;
        const edge = buildEdge(e.type, key, stored, {
          createdAt: before?.createdAt ?? at, createdBy: before?.createdBy ?? by, updatedAt: at, updatedBy: by,
        });
        log.push({ op: 'link', target: key.id, before, after: edge });
        edgeCount++;
        edges.set(key.id, edge);
        edgeWrites.set(key.id, edge);
      });

      // ---- write: one round trip per label or type and BATCH_ROWS rows
      const perLabel = new Map<NodeLabel, GraphNode[]>();
      // grouped by pushing (copying the group for every row made a 60 000-row import quadratic)
      for (const n of nodeWrites.values()) (perLabel.get(n.label) ?? perLabel.set(n.label, []).get(n.label)!).push(n);
      for (const [label, rows] of perLabel) {
        for (const part of chunks(rows)) await tx.run(bulkUpsertNodes(label), { rows: part.map((n) => ({ id: n.id, props: nodeRecord(n) })) });
      }
      const perType = new Map<RelType, GraphEdge[]>();
      for (const e of edgeWrites.values()) (perType.get(e.type) ?? perType.set(e.type, []).get(e.type)!).push(e);
      for (const [type, rows] of perType) {
        for (const part of chunks(rows)) {
          await tx.run(bulkUpsertEdges(type), { rows: part.map((e) => ({ id: e.id, from: e.from, to: e.to, props: edgeRecord(e) })) });
        }
      }
      const version = await this.finish(tx, log, nodeCount + edgeCount > 0, at, by);
      return { nodes: nodeCount, edges: edgeCount, version };
    });
  }

  async changes(q: ChangeQuery): Promise<ChangeEntry[]> {
    const rows = await this.x.read('changes', (tx) => tx.run(q.newestFirst ? CHANGES_NEWEST_FIRST : CHANGES, {
      since: neo4j.int(q.since ?? 0),
      node: q.node ?? null,
      by: q.by ?? null,
      from: q.from ?? null,
      until: q.until ?? null,
      limit: neo4j.int(Math.max(0, Math.min(q.limit, MAX_CHANGES))),
    }));
    return rows.map((r) => {
      const c = r.change as Record<string, unknown>;
      return {
        seq: Number(c.seq),
        at: String(c.at),
        by: String(c.by),
        op: c.op as ChangeEntry['op'],
        target: String(c.target),
        before: typeof c.before === 'string' ? JSON.parse(c.before) : null,
        after: typeof c.after === 'string' ? JSON.parse(c.after) : null,
      };
    });
  }

  // ---- documents -----------------------------------------------------------

  async getDoc(ns: string, key: string): Promise<Doc | null> {
    const [row] = await this.x.read('getDoc', (tx) => tx.run(GET_DOC, { ns, key }));
    return row ? toDoc(row.doc) : null;
  }

  async listDocs(ns: string): Promise<Doc[]> {
    return (await this.x.read('listDocs', (tx) => tx.run(LIST_DOCS, { ns }))).map((r) => toDoc(r.doc));
  }

  async putDoc(ns: string, key: string, value: unknown, ctx: WriteContext, expected?: string | null): Promise<Doc> {
    const [row] = await this.x.write('putDoc', async (tx) => {
      // one writer at a time, as for the graph: what is read below cannot change before this commits
      await tx.run(LOCK_GRAPH);
      const [had] = await tx.run(GET_DOC, { ns, key });
      const before = had ? toDoc(had.doc) : null;
      checkDocExpected(ns, key, before, expected);
      const at = nextStamp(ctx.at ?? nowIso(), before?.updatedAt ?? '');
      return tx.run(PUT_DOC, { ns, key, body: JSON.stringify({ value: value ?? null, updatedAt: at, updatedBy: ctx.by }) });
    });
    return toDoc(row!.doc);
  }

  async deleteDoc(ns: string, key: string, expected?: string): Promise<boolean> {
    const [row] = await this.x.write('deleteDoc', async (tx) => {
      if (expected !== undefined) {
        // as putDoc: one writer at a time, so the version read is the one deleted
        await tx.run(LOCK_GRAPH);
        const [had] = await tx.run(GET_DOC, { ns, key });
        checkDocExpected(ns, key, had ? toDoc(had.doc) : null, expected);
      }
      return tx.run(DELETE_DOC, { ns, key });
    });
    return Number(row?.deleted ?? 0) > 0;
  }
}

const toDoc = (m: unknown): Doc => {
  const d = m as { key: string; body: string | null; value: string; updatedAt: string; updatedBy: string };
  if (d.body === null) return { key: d.key, value: JSON.parse(d.value), updatedAt: d.updatedAt, updatedBy: d.updatedBy };
  const { value, updatedAt, updatedBy } = JSON.parse(d.body) as Omit<Doc, 'key'>;
  return { key: d.key, value, updatedAt, updatedBy };
};
