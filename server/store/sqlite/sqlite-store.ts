// The embedded adapter: one SQLite file through better-sqlite3, WAL mode.
// better-sqlite3 is synchronous; every multi-step write runs in one
// transaction, so a thrown error leaves the file as it was.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Database } from './driver.ts';
import {
  nameKey, type Batch, type Change, type EdgeProps, type GraphEdge, type GraphNode, type NodeLabel, type NodeOrderField, type RelType,
} from '../../../schema/domain.ts';
import { DomainError, notFound } from '../../errors.ts';
import type {
  ApplyResult, ChangeEntry, Direction, Doc, GraphStore, NodeQuery, Page, Related, SearchHit, StoreInfo, Subgraph, WriteContext,
} from '../port.ts';
import { MAX_CHANGES, MAX_DEPTH, MAX_PAGE, type ChangeQuery } from '../port.ts';
import {
  checkDocExpected, checkEndpoints, checkExpected, checkInvariants, cleanProps, nextStamp, sameProps, nodesOfTarget, decodeCursor, edgeKey, edgeProps, encodeCursor, idConflict, mergeProps, nameConflict, nowIso, relatedRows, breadthFirst, propsOf, edgePropsOf,
  SEARCH_FIELDS, searchCopies, searchTerms, sortKey, termScoreCases, type SearchTerm,
} from '../shared.ts';
import { MIGRATIONS } from './migrations.ts';

interface NodeRow {
  id: string;
  label: string;
  name_key: string;
  sort_key: string;
  props: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}
interface EdgeRow {
  id: string;
  type: string;
  from_id: string;
  to_id: string;
  props: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

// The parsed properties get the row's fields set on them: the same keys, in the
// same order, as spreading them into a new object, without the copy.
const toNode = (r: NodeRow): GraphNode => {
  const n = JSON.parse(r.props) as Record<string, unknown>;
  n.id = r.id;
  n.label = r.label;
  n.createdAt = r.created_at;
  n.createdBy = r.created_by;
  n.updatedAt = r.updated_at;
  n.updatedBy = r.updated_by;
  return n as unknown as GraphNode;
};

const toEdge = (r: EdgeRow): GraphEdge => {
  const e = JSON.parse(r.props) as Record<string, unknown>;
  e.id = r.id;
  e.type = r.type as RelType;
  e.from = r.from_id;
  e.to = r.to_id;
  e.createdAt = r.created_at;
  e.createdBy = r.created_by;
  e.updatedAt = r.updated_at;
  e.updatedBy = r.updated_by;
  return e as unknown as GraphEdge;
};

// ---- search (the rule: shared.ts) -------------------------------------------------
// `nodes_search` holds the folded copies (its columns are the searched fields),
// `@terms` the query's needles as JSON, one json_each row `w` per word.

const needle = (k: keyof SearchTerm) => `json_extract(w.value, '$.${k}')`;
/** Every term found somewhere in the copies of `s`. */
const ALL_TERMS_FOUND = `NOT EXISTS (SELECT 1 FROM json_each(@terms) w WHERE ${SEARCH_FIELDS.map(({ field }) => `instr(s.${field}, ${needle('inside')}) = 0`).join(' AND ')})`;
/** Per term the best of its fields and match kinds, summed. */
const SCORE = `(SELECT sum(max(${SEARCH_FIELDS.map(({ field }) =>
  `CASE ${termScoreCases(field).map((c) => `WHEN instr(s.${field}, ${needle(c.needle)}) > 0 THEN ${c.score}`).join(' ')} ELSE 0 END`).join(', ')})) FROM json_each(@terms) w)`;

/**
 * The query as the filter on `nodes_search s` and its parameters; null when it
 * has no words. The trigram index narrows by every needle of three characters
 * or more (an FTS5 phrase is found as a substring); instr() decides.
 */
export function searchFilter(text: string): { where: string; params: Record<string, string> } | null {
  const terms = searchTerms(text);
  if (!terms.length) return null;
  // needles are letters, digits and spaces only: safe inside an FTS5 phrase
  const phrases = terms.map((t) => t.inside).filter((n) => [...n].length >= 3).map((n) => `"${n}"`);
  return {
    where: `${phrases.length ? 's.nodes_search MATCH @match AND ' : ''}${ALL_TERMS_FOUND}`,
    params: { terms: JSON.stringify(terms), ...(phrases.length ? { match: phrases.join(' ') } : {}) },
  };
}

const json = (v: readonly unknown[]) => JSON.stringify(v);

const INSERT_EDGE = 'INSERT INTO edges (id, type, from_id, to_id, props, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
const INSERT_NEW_EDGE = `${INSERT_EDGE} ON CONFLICT (id) DO NOTHING`;

/** The column each order of a list reads (never user text); DEFAULT: the name key. */
const ORDER_COLUMN: Record<NodeOrderField | 'DEFAULT', string> = {
  DEFAULT: 'n.name_key', NAME: 'n.sort_key', CREATED_AT: 'n.created_at', UPDATED_AT: 'n.updated_at',
};

export class SqliteStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  private db!: Database.Database;
  /** Prepared statements by their SQL: preparing costs more than running (the dynamic filters give a few dozen variants at most). */
  private readonly statements = new Map<string, Database.Statement>();

  /** `file` is a path (its folder is created) or `:memory:`. */
  constructor(private readonly file: string) {}

  async init(): Promise<void> {
    if (this.file !== ':memory:') mkdirSync(dirname(this.file), { recursive: true });
    // init again (a re-migration) starts from a fresh connection
    if (this.db?.open && this.file !== ':memory:') this.db.close();
    this.statements.clear();
    if (!this.db?.open) this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a transaction acknowledged to a client survives a crash or power loss.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        const m = MIGRATIONS[v]!;
        if (typeof m === 'string') this.db.exec(m);
        else m(this.db);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      if (this.statements.size >= 500) this.statements.clear();
      this.statements.set(text, st);
    }
    return st;
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.db?.open) this.db.close();
  }

  async ping(): Promise<StoreInfo> {
    try {
      const row = this.sql('SELECT sqlite_version() AS v').get() as { v: string };
      return { store: 'sqlite', version: row.v };
    } catch (e) {
      throw new DomainError('STORE_UNAVAILABLE', 'The embedded store does not answer', { cause: e });
    }
  }

  async version(): Promise<number> {
    return this.currentVersion();
  }

  private currentVersion(): number {
    return Number((this.sql("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value);
  }

  private bumpVersion(): number {
    this.sql("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'version'").run();
    return this.currentVersion();
  }

  // ---- reads ---------------------------------------------------------------

  private nodeRows(ids: readonly string[]): Map<string, GraphNode> {
    const rows = this.sql('SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each(?))').all(json(ids)) as NodeRow[];
    return new Map(rows.map((r) => [r.id, toNode(r)]));
  }

  async getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    const found = this.nodeRows(ids);
    return ids.map((id) => found.get(id) ?? null);
  }

  async nodeLabels(ids: readonly string[]): Promise<Array<NodeLabel | null>> {
    const rows = this.sql('SELECT id, label FROM nodes WHERE id IN (SELECT value FROM json_each(?))').all(json(ids)) as Array<{ id: string; label: NodeLabel }>;
    const found = new Map(rows.map((r) => [r.id, r.label]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async getNodesByName(label: NodeLabel, names: readonly string[]): Promise<Array<GraphNode | null>> {
    const keys = names.map(nameKey);
    const rows = this.sql('SELECT * FROM nodes WHERE label = ? AND name_key IN (SELECT value FROM json_each(?))')
      .all(label, json(keys)) as NodeRow[];
    const byKey = new Map(rows.map((r) => [r.name_key, toNode(r)]));
    return keys.map((k) => byKey.get(k) ?? null);
  }

  async listNodes(q: NodeQuery): Promise<Page<GraphNode>> {
    const where: string[] = ['n.label = @label'];
    const params: Record<string, unknown> = { label: q.label };
    for (const [prop, values] of Object.entries(q.where ?? {})) {
      if (!values) continue;
      // `prop` is one of FILTERABLE (typed), never user text.
      where.push(`json_extract(n.props, '$.${prop}') IN (SELECT value FROM json_each(@w_${prop}))`);
      params[`w_${prop}`] = json(values);
    }
    (q.related ?? []).forEach((r, i) => {
      const types = r.types?.length ? `e.type IN (SELECT value FROM json_each(@rt${i})) AND ` : '';
      const ends: string[] = [];
      if (r.direction !== 'in') ends.push(`(e.from_id = n.id AND e.to_id IN (SELECT value FROM json_each(@ri${i})))`);
      if (r.direction !== 'out') ends.push(`(e.to_id = n.id AND e.from_id IN (SELECT value FROM json_each(@ri${i})))`);
      where.push(`EXISTS (SELECT 1 FROM edges e WHERE ${types}(${ends.join(' OR ')}))`);
      params[`ri${i}`] = json(r.ids);
      if (r.types?.length) params[`rt${i}`] = json(r.types);
    });
    if (q.text !== undefined) {
      const text = searchFilter(q.text);
      if (text === null) return { items: [], totalCount: 0, hasNextPage: false, endCursor: null };
      where.push(`n.rowid IN (SELECT s.rowid FROM nodes_search s WHERE ${text.where})`);
      Object.assign(params, text.params);
    }
    const filter = where.join(' AND ');
    const total = (this.sql(`SELECT count(*) AS c FROM nodes n WHERE ${filter}`).get(params) as { c: number }).c;
    let page = filter;
    const key = ORDER_COLUMN[q.orderBy?.field ?? 'DEFAULT'];
    const desc = q.orderBy?.direction === 'DESC';
    if (q.after) {
      const [ck, cid] = decodeCursor(q.after, q.orderBy);
      page += ` AND (${key}, n.id) ${desc ? '<' : '>'} (@ck, @cid)`;
      params.ck = ck;
      params.cid = cid;
    }
    const first = Math.max(0, Math.min(q.first, MAX_PAGE));
    params.limit = first + 1;
    const dir = desc ? 'DESC' : 'ASC';
    const rows = this.sql(`SELECT n.* FROM nodes n WHERE ${page} ORDER BY ${key} ${dir}, n.id ${dir} LIMIT @limit`).all(params) as NodeRow[];
    const items = rows.slice(0, first).map(toNode);
    const last = items.at(-1);
    return { items, totalCount: total, hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last, q.orderBy) : null };
  }

  private edgesTouching(ids: readonly string[], types: readonly RelType[] | undefined, direction: Direction): EdgeRow[] {
    const typeFilter = types?.length ? ' AND type IN (SELECT value FROM json_each(@types))' : '';
    const parts: string[] = [];
    if (direction !== 'in') parts.push(`SELECT * FROM edges WHERE from_id IN (SELECT value FROM json_each(@ids))${typeFilter}`);
    if (direction !== 'out') parts.push(`SELECT * FROM edges WHERE to_id IN (SELECT value FROM json_each(@ids))${typeFilter}`);
    const params: Record<string, string> = { ids: json(ids) };
    if (types?.length) params.types = json(types);
    return this.sql(parts.join(' UNION ') + ' ORDER BY type, id').all(params) as EdgeRow[];
  }

  async related(ids: readonly string[], opts: { types?: readonly RelType[]; direction: Direction }): Promise<Related[]> {
    const asked = new Set(ids);
    const edges = this.edgesTouching(ids, opts.types, opts.direction).map(toEdge);
    const others = this.nodeRows([...new Set(edges.flatMap((e) => [e.from, e.to]))]);
    return relatedRows(asked, edges, others, opts.direction);
  }

  async search(text: string, opts: { labels?: readonly NodeLabel[]; limit: number }): Promise<SearchHit[]> {
    const filter = searchFilter(text);
    if (filter === null) return [];
    const labelFilter = opts.labels?.length ? ' AND n.label IN (SELECT value FROM json_each(@labels))' : '';
    const rows = this.sql(`SELECT n.*, ${SCORE} AS score FROM nodes_search s JOIN nodes n ON n.rowid = s.rowid
        WHERE ${filter.where}${labelFilter} ORDER BY score DESC, n.name_key, n.id LIMIT @limit`)
      .all({ ...filter.params, limit: Math.max(0, Math.min(opts.limit, MAX_PAGE)), ...(opts.labels?.length ? { labels: json(opts.labels) } : {}) }) as Array<NodeRow & { score: number }>;
    return rows.map((r) => ({ node: toNode(r), score: r.score }));
  }

  private induced(ids: readonly string[], types?: readonly RelType[]): GraphEdge[] {
    const typeFilter = types?.length ? ' AND type IN (SELECT value FROM json_each(@types))' : '';
    return (this.sql(`SELECT * FROM edges WHERE from_id IN (SELECT value FROM json_each(@ids)) AND to_id IN (SELECT value FROM json_each(@ids))${typeFilter} ORDER BY id`)
      .all({ ids: json(ids), ...(types?.length ? { types: json(types) } : {}) }) as EdgeRow[]).map(toEdge);
  }

  async neighbourhood(id: string, depth: number, opts: { types?: readonly RelType[]; limit?: number } = {}): Promise<Subgraph> {
    if (!this.nodeRows([id]).size) throw notFound(id);
    const ids = await breadthFirst(id, Math.min(depth, MAX_DEPTH), opts.limit ?? 5000, (frontier) =>
      this.edgesTouching(frontier, opts.types, 'both').map((e) => [e.from_id, e.to_id] as const));
    const nodes = this.nodeRows(ids);
    return { nodes: ids.map((i) => nodes.get(i)!), edges: this.induced(ids, opts.types) };
  }

  async subgraph(filter: { labels?: readonly NodeLabel[]; ids?: readonly string[] }): Promise<Subgraph> {
    const conds: string[] = [];
    const params: Record<string, string> = {};
    if (filter.labels) {
      conds.push('label IN (SELECT value FROM json_each(@labels))');
      params.labels = json(filter.labels);
    }
    if (filter.ids) {
      conds.push('id IN (SELECT value FROM json_each(@ids))');
      params.ids = json(filter.ids);
    }
    const sel = `SELECT id FROM nodes${conds.length ? ` WHERE ${conds.join(' OR ')}` : ''}`;
    const nodes = (this.sql(`SELECT * FROM nodes WHERE id IN (${sel}) ORDER BY label, name_key, id`).all(params) as NodeRow[]).map(toNode);
    const edges = conds.length
      ? (this.sql(`SELECT * FROM edges WHERE from_id IN (${sel}) AND to_id IN (${sel}) ORDER BY id`).all(params) as EdgeRow[]).map(toEdge)
      : (this.sql('SELECT * FROM edges ORDER BY id').all() as EdgeRow[]).map(toEdge);
    return { nodes, edges };
  }

  // ---- writes --------------------------------------------------------------

  /** One change-log entry; `a`, `b`: the nodes it is about when the caller knows them (else read from the target). */
  private log(at: string, by: string, op: ChangeEntry['op'], target: string, before: unknown, after: unknown, ...ends: [] | [string, string]): void {
    const [a, b] = ends.length ? ends : nodesOfTarget(target);
    this.sql('INSERT INTO changes (at, by, op, target, before, after, node_a, node_b) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(at, by, op, target, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), a, b ?? null);
  }

  private node(id: string): GraphNode | null {
    const r = this.sql('SELECT * FROM nodes WHERE id = ?').get(id) as NodeRow | undefined;
    return r ? toNode(r) : null;
  }

  private edge(id: string): GraphEdge | null {
    const r = this.sql('SELECT * FROM edges WHERE id = ?').get(id) as EdgeRow | undefined;
    return r ? toEdge(r) : null;
  }

  private assertNameFree(label: NodeLabel, name: string, self: string): void {
    const r = this.sql('SELECT id FROM nodes WHERE label = ? AND name_key = ?').get(label, nameKey(name)) as { id: string } | undefined;
    if (r && r.id !== self) throw nameConflict(label, name);
  }

  private insertNode(id: string, label: NodeLabel, props: Record<string, unknown>, at: string, by: string): GraphNode {
    const { lastInsertRowid } = this.sql('INSERT INTO nodes (id, label, name_key, sort_key, props, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, label, nameKey(String(props.name)), sortKey(String(props.name)), JSON.stringify(props), at, by, at, by);
    const c = searchCopies(props);
    this.sql('INSERT INTO nodes_search (rowid, name, description, evidence) VALUES (?, ?, ?, ?)').run(lastInsertRowid, c.name, c.description, c.evidence);
    // what was written, as toNode would read it back
    const node = { ...props, id, label, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by } as GraphNode;
    this.log(at, by, 'create', id, null, node);
    return node;
  }

  private replaceNodeProps(before: GraphNode, props: Record<string, unknown>, now: string, by: string): GraphNode {
    const at = nextStamp(now, before.updatedAt);
    this.sql('UPDATE nodes SET name_key = ?, sort_key = ?, props = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(nameKey(String(props.name)), sortKey(String(props.name)), JSON.stringify(props), at, by, before.id);
    const c = searchCopies(props);
    this.sql('UPDATE nodes_search SET name = ?, description = ?, evidence = ? WHERE rowid = (SELECT rowid FROM nodes WHERE id = ?)').run(c.name, c.description, c.evidence, before.id);
    const node = { ...props, id: before.id, label: before.label, createdAt: before.createdAt, createdBy: before.createdBy, updatedAt: at, updatedBy: by } as GraphNode;
    this.log(at, by, 'update', before.id, before, node);
    return node;
  }

  private labelOf(id: string): NodeLabel | undefined {
    return (this.sql('SELECT label FROM nodes WHERE id = ?').get(id) as { label: NodeLabel } | undefined)?.label;
  }

  /**
   * Creates or updates one relationship. A bulk write passes what it already
   * knows (endpoint labels, the stored relationships it read in batches) to
   * spare a query per row.
   */
  private upsertEdge(
    type: RelType, from: string, to: string, props: EdgeProps, at: string, by: string,
    known: { labelOf: (id: string) => NodeLabel | undefined; insertFirst?: boolean } = { labelOf: (id) => this.labelOf(id) },
  ): { edge: GraphEdge; changed: boolean } {
    checkEndpoints(type, from, to, known.labelOf(from), known.labelOf(to));
    const key = edgeKey(type, from, to, props);
    const stored = edgeProps(type, props);
    const text = JSON.stringify(stored);
    // insertFirst: try the insert, which does nothing when the id is stored (one index lookup either way); read the stored one only then
    const inserted = known.insertFirst
      && this.sql(INSERT_NEW_EDGE).run(key.id, type, key.from, key.to, text, at, by, at, by).changes > 0;
    const before = inserted ? null : this.edge(key.id);
    if (before) {
      if (sameProps(edgePropsOf(before), stored)) return { edge: before, changed: false };
      this.sql('UPDATE edges SET props = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(text, at, by, key.id);
    } else if (!inserted) {
      this.sql(INSERT_EDGE).run(key.id, type, key.from, key.to, text, at, by, at, by);
    }
    const edge = {
      ...stored, id: key.id, type, from: key.from, to: key.to,
      createdAt: before?.createdAt ?? at, createdBy: before?.createdBy ?? by, updatedAt: at, updatedBy: by,
    } as GraphEdge;
    this.log(at, by, 'link', key.id, before, edge, key.from, key.to);
    return { edge, changed: true };
  }

  private applyOne(c: Change, at: string, by: string): ApplyResult['results'][number] {
    switch (c.op) {
      case 'create': {
        if (this.labelOf(c.id)) throw idConflict(c.id);
        const props = cleanProps(c.props);
        checkInvariants(props);
        this.assertNameFree(c.label, String(props.name), c.id);
        return { node: this.insertNode(c.id, c.label, props, at, by) };
      }
      case 'update': {
        const before = this.node(c.id);
        if (!before || (c.label && before.label !== c.label)) throw notFound(c.id, c.label);
        checkExpected(before, c.expected);
        const props = cleanProps(mergeProps(propsOf(before), c.props, c.unset));
        checkInvariants(props, before);
        this.assertNameFree(before.label, String(props.name), c.id);
        if (sameProps(props, propsOf(before))) return { node: before };
        return { node: this.replaceNodeProps(before, props, at, by) };
      }
      case 'delete': {
        const before = this.node(c.id);
        if (!before || (c.label && before.label !== c.label)) throw notFound(c.id, c.label);
        checkExpected(before, c.expected);
        for (const e of this.edgesTouching([c.id], undefined, 'both').map(toEdge)) this.log(at, by, 'unlink', e.id, e, null);
        this.sql('DELETE FROM nodes_search WHERE rowid = (SELECT rowid FROM nodes WHERE id = ?)').run(c.id);
        this.sql('DELETE FROM nodes WHERE id = ?').run(c.id);
        this.log(at, by, 'delete', c.id, before, null);
        return { node: null };
      }
      case 'link':
        return { edge: this.upsertEdge(c.type, c.from, c.to, c.props, at, by).edge };
      case 'unlink': {
        const { id, from, to } = edgeKey(c.type, c.from, c.to, { source: '', year: c.year });
        const rows = (c.type === 'ESTIMATE' && c.year === undefined
          ? this.sql('SELECT * FROM edges WHERE type = ? AND from_id = ? AND to_id = ?').all(c.type, from, to)
          : this.sql('SELECT * FROM edges WHERE id = ?').all(id)) as EdgeRow[];
        if (!rows.length) throw notFound(id, 'relationship');
        for (const r of rows) {
          this.sql('DELETE FROM edges WHERE id = ?').run(r.id);
          this.log(at, by, 'unlink', r.id, toEdge(r), null);
        }
        return { edge: null };
      }
    }
  }

  private write<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      throw mapSqliteError(e);
    }
  }

  async apply(changes: readonly Change[], ctx: WriteContext): Promise<ApplyResult> {
    const at = ctx.at ?? nowIso();
    return this.write(() => {
      const results = changes.map((c) => this.applyOne(c, at, ctx.by));
      return { results, version: changes.length ? this.bumpVersion() : this.currentVersion() };
    });
  }

  async bulkUpsert(batch: Batch, ctx: WriteContext): Promise<{ nodes: number; edges: number; version: number }> {
    const at = ctx.at ?? nowIso();
    return this.write(() => {
      let nodes = 0;
      let edges = 0;
      for (const n of batch.nodes) {
        const props = cleanProps(n.props);
        const before = this.node(n.id);
        checkInvariants(props, before?.label === n.label ? before : null);
        this.assertNameFree(n.label, String(props.name), n.id);
        if (!before) {
          this.insertNode(n.id, n.label, props, at, ctx.by);
          nodes++;
        } else {
          if (before.label !== n.label) throw idConflict(n.id);
          if (!sameProps(props, propsOf(before))) {
            this.replaceNodeProps(before, props, at, ctx.by);
            nodes++;
          }
        }
      }
      // endpoint labels read once per chunk instead of once per row (after the nodes above are written)
      const labels = new Map<string, NodeLabel | undefined>(batch.nodes.map((n) => [n.id, n.label]));
      const ask = new Set<string>();
      for (const e of batch.edges) {
        if (!labels.has(e.from)) ask.add(e.from);
        if (!labels.has(e.to)) ask.add(e.to);
      }
      const asked = [...ask];
      for (let i = 0; i < asked.length; i += 500) {
        const part = asked.slice(i, i + 500);
        for (const id of part) labels.set(id, undefined);
        for (const r of this.sql('SELECT id, label FROM nodes WHERE id IN (SELECT value FROM json_each(?))').all(json(part)) as Array<{ id: string; label: NodeLabel }>) labels.set(r.id, r.label);
      }
      const labelOf = (id: string) => labels.get(id);
      // a new relationship is inserted at once; only one already stored is read (and compared) before its update
      for (const e of batch.edges) if (this.upsertEdge(e.type, e.from, e.to, e.props, at, ctx.by, { labelOf, insertFirst: true }).changed) edges++;
      const version = nodes + edges ? this.bumpVersion() : this.currentVersion();
      return { nodes, edges, version };
    });
  }

  async changes(q: ChangeQuery): Promise<ChangeEntry[]> {
    const where = ['seq > @since'];
    if (q.node !== undefined) where.push('(node_a = @node OR node_b = @node)');
    if (q.by !== undefined) where.push('by = @by');
    if (q.from !== undefined) where.push('at >= @from');
    if (q.until !== undefined) where.push('at <= @until');
    const rows = this.sql(`SELECT seq, at, by, op, target, before, after FROM changes WHERE ${where.join(' AND ')} ORDER BY seq ${q.newestFirst ? 'DESC' : 'ASC'} LIMIT @limit`)
      .all({ since: q.since ?? 0, node: q.node, by: q.by, from: q.from, until: q.until, limit: Math.max(0, Math.min(q.limit, MAX_CHANGES)) }) as Array<{ seq: number; at: string; by: string; op: ChangeEntry['op']; target: string; before: string | null; after: string | null }>;
    return rows.map((r) => ({
      ...r,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }));
  }

  // ---- documents -----------------------------------------------------------

  async getDoc(ns: string, key: string): Promise<Doc | null> {
    const r = this.sql('SELECT * FROM docs WHERE ns = ? AND key = ?').get(ns, key) as DocRow | undefined;
    return r ? toDoc(r) : null;
  }

  async listDocs(ns: string): Promise<Doc[]> {
    return (this.sql('SELECT * FROM docs WHERE ns = ? ORDER BY key').all(ns) as DocRow[]).map(toDoc);
  }

  async putDoc(ns: string, key: string, value: unknown, ctx: WriteContext, expected?: string | null): Promise<Doc> {
    const read = () => (this.sql('SELECT * FROM docs WHERE ns = ? AND key = ?').get(ns, key) as DocRow | undefined) ?? null;
    return this.write(() => {
      const before = read();
      checkDocExpected(ns, key, before && { updatedAt: before.updated_at }, expected);
      const at = nextStamp(ctx.at ?? nowIso(), before?.updated_at ?? '');
      this.sql(`INSERT INTO docs (ns, key, value, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
        .run(ns, key, JSON.stringify(value ?? null), at, ctx.by);
      return toDoc(read()!);
    });
  }

  async deleteDoc(ns: string, key: string, expected?: string): Promise<boolean> {
    return this.write(() => {
      if (expected !== undefined) {
        const before = this.sql('SELECT updated_at FROM docs WHERE ns = ? AND key = ?').get(ns, key) as { updated_at: string } | undefined;
        checkDocExpected(ns, key, before ? { updatedAt: before.updated_at } : null, expected);
      }
      return this.sql('DELETE FROM docs WHERE ns = ? AND key = ?').run(ns, key).changes > 0;
    });
  }
}

interface DocRow {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string;
}
const toDoc = (r: DocRow): Doc => ({ key: r.key, value: JSON.parse(r.value), updatedAt: r.updated_at, updatedBy: r.updated_by });

function mapSqliteError(e: unknown): unknown {
  if (e instanceof DomainError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT')) return new DomainError('CONFLICT', 'The change conflicts with data already stored', { cause: e });
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new DomainError('STORE_UNAVAILABLE', 'The embedded store is busy; try again', { cause: e });
  return e;
}
