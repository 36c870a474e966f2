// The Cypher and parameters the Neo4j adapter sends for representative
// operations, checked without a server (in the manner of @neo4j/graphql's TCK
// tests). The adapter runs against an executor that records each statement
// and answers from a small table. This is not a contract test: the contract
// suite runs the real adapter against a live Neo4j (neo4j-harness.ts).
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { DomainError } from '../../server/errors.ts';
import { encodeCursor, fold, searchCopy, searchProbe, searchTerms, sortKey } from '../../server/store/shared.ts';
import { BATCH_ROWS, Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { checkParams, DriverExecutor, mapNeo4jError, toPlain, type Executor, type Row, type Tx } from '../../server/store/neo4j/executor.ts';
import { GET_NODES, MIGRATION, type Cypher } from '../../server/store/neo4j/cypher.ts';

interface Call { mode: 'read' | 'write'; op: string; name: string; text: string; params: Record<string, unknown> }

/** Records every statement; answers by statement name. */
class RecordingExecutor implements Executor {
  readonly calls: Call[] = [];
  constructor(private readonly answer: (name: string, params: Record<string, unknown>) => Row[] = () => []) {}
  private tx(mode: Call['mode'], op: string): Tx {
    return {
      run: async (s: Cypher, params: Record<string, unknown> = {}) => {
        checkParams(s, params);
        this.calls.push({ mode, op, name: s.name, text: s.text, params });
        return this.answer(s.name, params);
      },
    };
  }
  read<T>(op: string, work: (tx: Tx) => Promise<T>) { return work(this.tx('read', op)); }
  write<T>(op: string, work: (tx: Tx) => Promise<T>) { return work(this.tx('write', op)); }
  async serverVersion() { return 'Neo4j/5.26.0'; }
  async close() {}
  named(name: string) { return this.calls.filter((c) => c.name === name); }
}

const at = '2025-03-01T10:00:00.000Z';
const ctx = { by: 'anna', at };
const NODE_MAP = "n {.*, label: head([l IN labels(n) WHERE l <> 'Node'])}";
const EDGE_MAP = 'r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}';

/** The node map Neo4j returns for a stored property map. */
const asReturned = (label: string, props: Record<string, unknown>) => toPlain({ ...props, label }) as Row;

const lsg = {
  id: 'forum-lsg', label: 'Forum', name: 'Länssamverkansgrupp', kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', status: 'ACTIVE',
  mandate: 'DECIDES', crossesBoundary: true, topLevel: true, source: 'illustrative',
  createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'seed', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'seed',
};
const hc = {
  id: 'actor-hc', label: 'Actor', name: 'Hälsocentral Vindeln', kind: 'HEALTH_CENTRE', principal: 'REGION', source: 'illustrative',
  createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'seed', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'seed',
};
const stored = new Map<string, Record<string, unknown>>([[lsg.id, lsg], [hc.id, hc]]);

/** Answers like a database holding `lsg` and `hc` and nothing else. */
function answer(name: string, p: Record<string, unknown>): Row[] {
  if (name === 'get nodes') return (p.ids as string[]).flatMap((id) => (stored.has(id) ? [{ node: { ...stored.get(id), nameKey: 'x' } }] : []));
  if (name.startsWith('upsert node: ')) return [{ node: asReturned(name.slice('upsert node: '.length), p.props as Record<string, unknown>) }];
  if (name.startsWith('create node: ')) return [{ node: asReturned(name.slice('create node: '.length), p.props as Record<string, unknown>) }];
  if (name.startsWith('upsert edge: ')) {
    return [{ edge: toPlain({ ...(p.props as object), type: name.slice('upsert edge: '.length), from: p.from, to: p.to }) as Row }];
  }
  if (name === 'log and bump') return [{ version: 8 }];
  if (name === 'version') return [{ version: 7 }];
  if (name.startsWith('list count: ')) return [{ total: 4 }];
  return [];
}

describe('Neo4j adapter: the Cypher it sends', () => {
  it('init: creates only the missing constraints and indexes, one transaction each, drops the old full-text indexes, waits, then writes the search copies and sort keys of older nodes', async () => {
    const there = MIGRATION.filter((m) => m.creates !== 'node_search_evidence' && m.creates !== 'doc_ns_key').map((m) => m.creates);
    let unfoldedAsked = 0;
    let unsortedAsked = 0;
    const x = new RecordingExecutor((name): Row[] => (name === 'schema names' ? [{ names: [...there, 'node_text', 'node_search', 'someone_elses_index'] }]
      : name === 'unfolded nodes' && ++unfoldedAsked === 1 ? [{ id: 'actor-hc', name: 'Hälsocentral Vindeln', description: 'Vård för äldre', evidence: null }]
        : name === 'unsorted nodes' && ++unsortedAsked === 1 ? [{ id: 'actor-hc', name: 'Hälsocentral Vindeln' }] : []));
    await new Neo4jStore(x).init();
    expect(x.calls.map((c) => [c.mode, c.op, c.name])).toEqual([
      ['write', 'migrate: schema names', 'schema names'],
      ['write', 'migrate doc_ns_key', 'migrate doc_ns_key'],
      ['write', 'migrate node_search_evidence', 'migrate node_search_evidence'],
      ['write', 'migrate: drop node_text', 'drop index node_text'],
      ['write', 'migrate: drop node_search', 'drop index node_search'],
      ['write', 'migrate: indexes online', 'indexes not online'],
      ['write', 'migrate: init meta', 'init meta'],
      ['write', 'migrate: fold search copies', 'unfolded nodes'],
      ['write', 'migrate: fold search copies', 'set folded'],
      ['write', 'migrate: sort keys', 'unsorted nodes'],
      ['write', 'migrate: sort keys', 'set sort keys'],
    ]);
    expect(x.calls[0]!.text).toBe('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    expect(x.calls[1]!.text).toBe('CREATE CONSTRAINT doc_ns_key IF NOT EXISTS FOR (d:Doc) REQUIRE (d.ns, d.key) IS UNIQUE');
    expect(x.calls[2]!.text).toBe('CREATE TEXT INDEX node_search_evidence IF NOT EXISTS FOR (n:Node) ON (n.searchEvidence)');
    expect(x.calls[3]!.text).toBe('DROP INDEX node_text IF EXISTS');
    expect(x.calls[4]!.text).toBe('DROP INDEX node_search IF EXISTS');
    expect(x.calls[5]!.text).toBe(`SHOW INDEXES YIELD name, state
WHERE state <> 'ONLINE'
RETURN collect(name) AS pending, [n IN collect(CASE WHEN state = 'FAILED' THEN name END) WHERE n IS NOT NULL] AS failed`);
    expect(x.calls[6]!.text).toBe(`MERGE (m:Meta {key: 'graph'})
ON CREATE SET m.version = 0, m.seq = 0`);
    // older copies too: a node whose copies are of an earlier format gets them anew
    expect(x.calls[7]!.text).toBe(`MATCH (n:Node)
WHERE coalesce(n.searchVersion, 0) < $version
RETURN n.id AS id, n.name AS name, n.description AS description, n.evidence AS evidence
LIMIT $limit`);
    expect(x.calls[8]!.params).toEqual({ version: neo4j.int(2), rows: [{ id: 'actor-hc', searchName: ' halsocentral vindeln ', searchText: ' vard for aldre ', searchEvidence: '' }] });
    // likewise a node without a Swedish sort key, or with one of an earlier format
    expect(x.calls[9]!.text).toBe(`MATCH (n:Node)
WHERE coalesce(n.sortVersion, 0) < $version
RETURN n.id AS id, n.name AS name
LIMIT $limit`);
    expect(x.calls[10]!.params).toEqual({ version: neo4j.int(1), rows: [{ id: 'actor-hc', sortKey: sortKey('Hälsocentral Vindeln') }] });
  });

  it('init waits for indexes in short transactions, not one long wait inside a transaction its time limit would end', async () => {
    let asked = 0;
    const x = new RecordingExecutor((name): Row[] => (name === 'schema names' ? [{ names: MIGRATION.map((m) => m.creates) }]
      : name === 'indexes not online' ? [{ pending: ++asked < 3 ? ['node_search_text'] : [], failed: [] }] : []));
    await new Neo4jStore(x).init();
    expect(x.named('indexes not online')).toHaveLength(3);
    expect(x.calls.some((c) => /awaitIndexes/.test(c.text))).toBe(false);
  });

  it('init stops with a coded error when an index failed, or is still populating at the deadline', async () => {
    const failed = new RecordingExecutor((name): Row[] => (name === 'indexes not online' ? [{ pending: ['node_search_text'], failed: ['node_search_text'] }] : name === 'schema names' ? [{ names: [] }] : []));
    const e1 = await new Neo4jStore(failed).init().catch((e: unknown) => e);
    expect(e1).toMatchObject({ code: 'STORE_MISCONFIGURED', message: expect.stringMatching(/node_search_text/) });
    const slow = new RecordingExecutor((name): Row[] => (name === 'indexes not online' ? [{ pending: ['node_search_text'], failed: [] }] : name === 'schema names' ? [{ names: [] }] : []));
    const e2 = await new Neo4jStore(slow, 1200).init().catch((e: unknown) => e);
    expect(e2).toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringMatching(/node_search_text are still being built after 1 s/) });
  });

  it('init on an empty database creates every constraint and index: ids and names unique per label, relationship ids per type', async () => {
    const x = new RecordingExecutor((name) => (name === 'schema names' ? [{ names: [] }] : []));
    await new Neo4jStore(x).init();
    const texts = x.calls.filter((c) => c.op.startsWith('migrate ')).map((c) => c.text);
    expect(texts).toHaveLength(MIGRATION.length);
    expect(texts).toContain('CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE');
    expect(texts).toContain('CREATE CONSTRAINT care_level_name_key IF NOT EXISTS FOR (n:CareLevel) REQUIRE n.nameKey IS UNIQUE');
    expect(texts).toContain('CREATE CONSTRAINT paired_with_id IF NOT EXISTS FOR ()-[r:PAIRED_WITH]-() REQUIRE r.id IS UNIQUE');
    expect(texts.every((t) => /\sIF NOT EXISTS\s/.test(t))).toBe(true);
  });

  it('create: takes the graph lock, checks the id and the name, CREATEs the node with its labels, logs and bumps in one statement', async () => {
    const x = new RecordingExecutor(answer);
    const store = new Neo4jStore(x);
    const r = await store.apply([{
      op: 'create', label: 'Forum', id: 'forum-ny', props: { name: ' Ny  Arbetsgrupp ', kind: 'WORKING_GROUP', systemLevel: 'MICRO', status: 'PLANNED', source: 'illustrative', mandate: undefined },
    }], ctx);

    expect(x.calls.map((c) => [c.mode, c.op, c.name])).toEqual([
      ['write', 'apply', 'lock graph'],
      ['write', 'apply', 'get nodes'],
      ['write', 'apply', 'nodes by name: Forum'],
      ['write', 'apply', 'create node: Forum'],
      ['write', 'apply', 'log and bump'],
    ]);
    const [lock, , byName, create, log] = x.calls;
    expect(lock!.text).toBe(`MATCH (m:Meta {key: 'graph'})
SET m.writes = coalesce(m.writes, 0) + 1`);
    expect(byName!.params).toEqual({ keys: ['ny arbetsgrupp'] });
    expect(create!.text).toBe(`CREATE (n:Node:Forum)
SET n = $props
RETURN ${NODE_MAP} AS node`);
    expect(create!.params).toEqual({
      props: {
        id: 'forum-ny', nameKey: 'ny arbetsgrupp', name: ' Ny  Arbetsgrupp ', kind: 'WORKING_GROUP', systemLevel: 'MICRO', status: 'PLANNED', source: 'illustrative',
        createdAt: at, createdBy: 'anna', updatedAt: at, updatedBy: 'anna', searchName: ' ny arbetsgrupp ', searchText: '', searchEvidence: '', searchVersion: neo4j.int(2),
        sortKey: sortKey('Ny Arbetsgrupp'), sortVersion: neo4j.int(1),
      },
    });
    // the sequence moves under the lock before it is read: concurrent writers never share a number
    expect(log!.text).toBe(`MATCH (m:Meta {key: 'graph'})
SET m.seq = m.seq + size($entries), m.version = m.version + $bump
WITH m, m.seq - size($entries) AS base
FOREACH (i IN range(0, size($entries) - 1) |
  CREATE (c:Change {seq: base + i + 1})
  SET c.at = $at, c.by = $by, c.op = $entries[i].op, c.target = $entries[i].target,
      c.before = $entries[i].before, c.after = $entries[i].after, c.nodes = $entries[i].nodes)
RETURN m.version AS version`);
    expect(log!.params).toMatchObject({ bump: neo4j.int(1), at, by: 'anna', entries: [{ op: 'create', target: 'forum-ny', before: null, nodes: ['forum-ny'] }] });
    expect(JSON.parse((log!.params.entries as Array<{ after: string }>)[0]!.after)).toMatchObject({ id: 'forum-ny', label: 'Forum', createdBy: 'anna' });
    expect(r).toMatchObject({ version: 8, results: [{ node: { id: 'forum-ny', label: 'Forum', status: 'PLANNED' } }] });
    expect(r.results[0]!.node).not.toHaveProperty('nameKey');
    expect(r.results[0]!.node).not.toHaveProperty('searchName');
    expect(r.results[0]!.node).not.toHaveProperty('searchVersion');
    expect(r.results[0]!.node).not.toHaveProperty('sortKey');
  });

  it('update: replaces the whole property map, keeping creation provenance, without the unset keys', async () => {
    const x = new RecordingExecutor(answer);
    await new Neo4jStore(x).apply([{ op: 'update', id: 'forum-lsg', props: { status: 'PAUSED' }, unset: ['mandate'] }], ctx);
    expect(x.calls.map((c) => c.name)).toEqual(['lock graph', 'get nodes', 'nodes by name: Forum', 'upsert node: Forum', 'log and bump']);
    expect(x.named('upsert node: Forum')[0]!.params).toEqual({
      id: 'forum-lsg',
      props: {
        id: 'forum-lsg', nameKey: 'länssamverkansgrupp', name: 'Länssamverkansgrupp', kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', status: 'PAUSED',
        crossesBoundary: true, topLevel: true, source: 'illustrative',
        createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'seed', updatedAt: at, updatedBy: 'anna', searchName: ' lanssamverkansgrupp ', searchText: '', searchEvidence: '', searchVersion: neo4j.int(2),
        sortKey: sortKey('Länssamverkansgrupp'), sortVersion: neo4j.int(1),
      },
    });
    const [entry] = x.named('log and bump')[0]!.params.entries as Array<{ op: string; before: string; after: string }>;
    expect(entry!.op).toBe('update');
    expect(JSON.parse(entry!.before)).toMatchObject({ mandate: 'DECIDES', status: 'ACTIVE' });
    expect(JSON.parse(entry!.after)).not.toHaveProperty('mandate');
  });

  it('update that changes nothing: no write but the version still moves (as the embedded store)', async () => {
    const x = new RecordingExecutor(answer);
    await new Neo4jStore(x).apply([{ op: 'update', id: 'forum-lsg', props: { status: 'ACTIVE' } }], ctx);
    expect(x.calls.map((c) => c.name)).toEqual(['lock graph', 'get nodes', 'nodes by name: Forum', 'log and bump']);
    expect(x.named('log and bump')[0]!.params).toMatchObject({ entries: [], bump: neo4j.int(1) });
  });

  it('link with a role: checks both ends, reads the relationship by key, MERGEs it by id with its type', async () => {
    const x = new RecordingExecutor(answer);
    await new Neo4jStore(x).apply([{ op: 'link', type: 'PARTICIPATES_IN', from: 'actor-hc', to: 'forum-lsg', props: { source: 'illustrative', role: 'CO_CHAIR' } }], ctx);
    expect(x.calls.map((c) => c.name)).toEqual(['lock graph', 'get nodes', 'edges by keys', 'upsert edge: PARTICIPATES_IN', 'log and bump']);
    expect(x.calls[1]!.params).toEqual({ ids: ['actor-hc', 'forum-lsg'] });
    const id = 'actor-hc|PARTICIPATES_IN|forum-lsg';
    expect(x.calls[2]!.params).toEqual({ keys: [{ id, from: 'actor-hc', to: 'forum-lsg' }] });
    const upsert = x.calls[3]!;
    expect(upsert.text).toBe(`MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MERGE (a)-[r:PARTICIPATES_IN {id: $id}]->(b)
SET r = $props
RETURN ${EDGE_MAP} AS edge`);
    expect(upsert.params).toEqual({
      from: 'actor-hc', to: 'forum-lsg', id,
      props: { id, source: 'illustrative', role: 'CO_CHAIR', createdAt: at, createdBy: 'anna', updatedAt: at, updatedBy: 'anna' },
    });
  });

  it('link with the wrong end refuses before writing anything', async () => {
    const x = new RecordingExecutor(answer);
    const err = await new Neo4jStore(x).apply([{ op: 'link', type: 'REPORTS_TO', from: 'actor-hc', to: 'forum-lsg', props: { source: 'illustrative' } }], ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('BAD_USER_INPUT');
    expect(x.calls.map((c) => c.name)).toEqual(['lock graph', 'get nodes']);
  });

  it('an estimate stores count and year as integers', async () => {
    const x = new RecordingExecutor((name, p) => (name === 'get nodes'
      ? [{ node: { id: 'tg', label: 'TargetGroup', name: 'Äldre' } }, { node: { id: 'kommun', label: 'Actor', name: 'Kommun' } }].filter((r) => (p.ids as string[]).includes(r.node.id))
      : answer(name, p)));
    await new Neo4jStore(x).apply([{ op: 'link', type: 'ESTIMATE', from: 'tg', to: 'kommun', props: { source: 'scb', count: 156, year: 2022 } }], ctx);
    expect(x.named('upsert edge: ESTIMATE')[0]!.params.props).toMatchObject({ id: 'tg|ESTIMATE|kommun|2022', count: neo4j.int(156), year: neo4j.int(2022) });
  });

  it('listNodes with property, relationship and text filters and a cursor: a count and a page, in one read transaction', async () => {
    const x = new RecordingExecutor(answer);
    const after = encodeCursor({ name: 'Lokal samverkan Vindeln', id: 'forum-local' });
    const page = await new Neo4jStore(x).listNodes({
      label: 'Forum',
      where: { kind: ['COLLABORATION_GROUP'], status: ['ACTIVE', 'PLANNED'] },
      related: [{ ids: ['actor-vindeln'], types: ['COVERS'] }, { ids: ['forum-lsg'], types: ['REPORTS_TO'], direction: 'out' }, { ids: ['x'], types: [] }],
      text: 'samverkan Umeå',
      after,
      first: 2,
    });
    expect(x.calls.map((c) => [c.mode, c.op, c.name])).toEqual([
      ['read', 'listNodes', 'list count: Forum (text)'],
      ['read', 'listNodes', 'list page: Forum (text)'],
    ]);
    const filter = `MATCH (n:Node:Forum)
WHERE all(w IN $terms WHERE (n.searchName CONTAINS w.inside OR n.searchText CONTAINS w.inside OR n.searchEvidence CONTAINS w.inside))
  AND ($w_kind IS NULL OR n.kind IN $w_kind)
  AND ($w_principal IS NULL OR n.principal IN $w_principal)
  AND ($w_status IS NULL OR n.status IN $w_status)
  AND ($w_systemLevel IS NULL OR n.systemLevel IN $w_systemLevel)
  AND ($w_severity IS NULL OR n.severity IN $w_severity)
  AND ($w_mandate IS NULL OR n.mandate IN $w_mandate)
  AND all(rel IN $related WHERE EXISTS {
    MATCH (n)-[r]-(m:Node)
    WHERE m.id IN rel.ids
      AND (rel.types IS NULL OR type(r) IN rel.types)
      AND CASE rel.direction WHEN 'out' THEN startNode(r) = n WHEN 'in' THEN endNode(r) = n ELSE true END
  })`;
    const [count, pageCall] = x.calls;
    expect(count!.text).toBe(`${filter}\nRETURN count(n) AS total`);
    expect(pageCall!.text).toBe(`${filter}
  AND ($afterKey IS NULL OR n[$orderKey] > $afterKey OR (n[$orderKey] = $afterKey AND n.id > $afterId))
RETURN ${NODE_MAP} AS node
ORDER BY n[$orderKey], n.id
LIMIT $limit`);
    const filterParams = {
      terms: [{ whole: ' samverkan ', start: ' samverkan', inside: 'samverkan' }, { whole: ' umea ', start: ' umea', inside: 'umea' }],
      w_kind: ['COLLABORATION_GROUP'], w_principal: null, w_status: ['ACTIVE', 'PLANNED'], w_systemLevel: null, w_severity: null, w_mandate: null,
      related: [
        { ids: ['actor-vindeln'], types: ['COVERS'], direction: 'both' },
        { ids: ['forum-lsg'], types: ['REPORTS_TO'], direction: 'out' },
        { ids: ['x'], types: null, direction: 'both' },
      ],
    };
    expect(count!.params).toEqual(filterParams);
    // without orderBy: the name key, as ever
    expect(pageCall!.params).toEqual({ ...filterParams, orderKey: 'nameKey', afterKey: 'lokal samverkan vindeln', afterId: 'forum-local', limit: neo4j.int(3) });
    expect(page).toEqual({ items: [], totalCount: 4, hasNextPage: false, endCursor: null });
  });

  it('listNodes in an order: the property it reads comes from a whitelist, the direction picks the statement, the cursor holds the order', async () => {
    const x = new RecordingExecutor(answer);
    const store = new Neo4jStore(x);
    const order = { field: 'NAME', direction: 'DESC' } as const;
    await store.listNodes({ label: 'Actor', orderBy: order, first: 2, after: encodeCursor({ name: 'Åsele kommun', id: 'kommun-asele' }, order) });
    const [, desc] = x.calls;
    expect(desc!.name).toBe('list page: Actor (descending)');
    expect(desc!.text).toMatch(/\n {2}AND \(\$afterKey IS NULL OR n\[\$orderKey\] < \$afterKey OR \(n\[\$orderKey\] = \$afterKey AND n\.id < \$afterId\)\)\nRETURN .* AS node\nORDER BY n\[\$orderKey\] DESC, n\.id DESC\nLIMIT \$limit$/);
    expect(desc!.params).toMatchObject({ orderKey: 'sortKey', afterKey: sortKey('Åsele kommun'), afterId: 'kommun-asele' });
    await store.listNodes({ label: 'Actor', orderBy: { field: 'UPDATED_AT', direction: 'ASC' }, first: 2 });
    expect(x.calls[3]).toMatchObject({ name: 'list page: Actor', params: { orderKey: 'updatedAt', afterKey: null } });
    await expect(store.listNodes({ label: 'Actor', orderBy: { field: 'NAME', direction: 'ASC' }, first: 2, after: encodeCursor({ name: 'x', id: 'x' }, order) })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('listNodes with text that has no words sends nothing', async () => {
    const x = new RecordingExecutor(answer);
    expect(await new Neo4jStore(x).listNodes({ label: 'Actor', text: ' -*" ', first: 5 })).toMatchObject({ totalCount: 0, items: [] });
    expect(x.calls).toEqual([]);
  });

  it('bulkUpsert: reads first, then one UNWIND per label and per type (and per BATCH_ROWS rows), never one per item', async () => {
    const x = new RecordingExecutor(answer);
    const n = BATCH_ROWS + 5;
    const actors = Array.from({ length: n }, (_, i) => ({ id: `actor-${i}`, label: 'Actor' as const, props: { name: `Aktör ${i}`, kind: 'TEAM', principal: 'REGION', source: 'illustrative' } }));
    const result = await new Neo4jStore(x).bulkUpsert({
      nodes: [...actors, { id: 'forum-b', label: 'Forum', props: { name: 'Bulkforum', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', source: 'illustrative' } }],
      edges: [
        { type: 'PARTICIPATES_IN', from: 'actor-0', to: 'forum-b', props: { source: 'illustrative', role: 'MEMBER' } },
        { type: 'PARTICIPATES_IN', from: 'actor-1', to: 'forum-b', props: { source: 'illustrative' } },
        { type: 'PAIRED_WITH', from: 'actor-2', to: 'actor-10', props: { source: 'illustrative' } },
      ],
    }, ctx);
    expect(result).toEqual({ nodes: n + 1, edges: 3, version: 8 });
    expect(x.calls.every((c) => c.mode === 'write' && c.op === 'bulkUpsert')).toBe(true);
    expect(x.calls.map((c) => c.name)).toEqual([
      'lock graph', 'get nodes', 'nodes by name: Actor', 'nodes by name: Forum', 'edges by keys',
      'bulk upsert nodes: Actor', 'bulk upsert nodes: Actor', 'bulk upsert nodes: Forum',
      'bulk upsert edges: PARTICIPATES_IN', 'bulk upsert edges: PAIRED_WITH',
      'log and bump', 'log and bump',
    ]);
    const [firstActors, restActors] = x.named('bulk upsert nodes: Actor');
    expect(firstActors!.text).toBe(`UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n:Actor
SET n = row.props`);
    expect((firstActors!.params.rows as unknown[]).length).toBe(BATCH_ROWS);
    expect((restActors!.params.rows as unknown[]).length).toBe(5);
    expect((firstActors!.params.rows as unknown[])[0]).toEqual({
      id: 'actor-0',
      props: {
        id: 'actor-0', nameKey: 'aktör 0', name: 'Aktör 0', kind: 'TEAM', principal: 'REGION', source: 'illustrative', createdAt: at, createdBy: 'anna', updatedAt: at, updatedBy: 'anna',
        searchName: ' aktor 0 ', searchText: '', searchEvidence: '', searchVersion: neo4j.int(2), sortKey: sortKey('Aktör 0'), sortVersion: neo4j.int(1),
      },
    });
    const edges = x.named('bulk upsert edges: PARTICIPATES_IN')[0]!;
    expect(edges.text).toBe(`UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:PARTICIPATES_IN {id: row.id}]->(b)
SET r = row.props`);
    expect(edges.params.rows).toEqual([
      { id: 'actor-0|PARTICIPATES_IN|forum-b', from: 'actor-0', to: 'forum-b', props: { id: 'actor-0|PARTICIPATES_IN|forum-b', source: 'illustrative', role: 'MEMBER', createdAt: at, createdBy: 'anna', updatedAt: at, updatedBy: 'anna' } },
      { id: 'actor-1|PARTICIPATES_IN|forum-b', from: 'actor-1', to: 'forum-b', props: { id: 'actor-1|PARTICIPATES_IN|forum-b', source: 'illustrative', role: 'MEMBER', createdAt: at, createdBy: 'anna', updatedAt: at, updatedBy: 'anna' } },
    ]);
    // a symmetric pair is stored the one way, whichever way it came
    expect(x.named('bulk upsert edges: PAIRED_WITH')[0]!.params.rows).toEqual([expect.objectContaining({ id: 'actor-10|PAIRED_WITH|actor-2', from: 'actor-10', to: 'actor-2' })]);
    const logs = x.named('log and bump');
    expect(logs.map((l) => [(l.params.entries as unknown[]).length, l.params.bump])).toEqual([[BATCH_ROWS, neo4j.int(1)], [n + 1 + 3 - BATCH_ROWS, neo4j.int(0)]]);
  });

  it('bulkUpsert refuses a missing end before writing anything', async () => {
    const x = new RecordingExecutor(answer);
    const err = await new Neo4jStore(x).bulkUpsert({
      nodes: [{ id: 'forum-b', label: 'Forum', props: { name: 'Bulkforum', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', source: 'illustrative' } }],
      edges: [{ type: 'COVERS', from: 'forum-b', to: 'actor-nope', props: { source: 'illustrative' } }],
    }, ctx).catch((e: unknown) => e);
    expect((err as DomainError).code).toBe('NOT_FOUND');
    expect(x.calls.some((c) => c.name.startsWith('bulk upsert') || c.name === 'log and bump')).toBe(false);
  });

  it('bulkUpsert of what is already stored writes nothing and keeps the version', async () => {
    const x = new RecordingExecutor(answer);
    const { id, label, createdAt: _a, createdBy: _b, updatedAt: _c, updatedBy: _d, ...props } = hc;
    const r = await new Neo4jStore(x).bulkUpsert({ nodes: [{ id, label: label as 'Actor', props }], edges: [] }, ctx);
    expect(r).toEqual({ nodes: 0, edges: 0, version: 7 });
    expect(x.calls.map((c) => c.name)).toEqual(['lock graph', 'get nodes', 'nodes by name: Actor', 'version']);
  });
});

describe('Neo4j adapter: at the boundary', () => {
  it('gives every session one bookmark manager, so a read sees this process\'s writes on a cluster or Aura', async () => {
    const configs: Array<Record<string, unknown>> = [];
    const driver = {
      session(config: Record<string, unknown>) {
        configs.push(config);
        return { executeRead: async () => 'r', executeWrite: async () => 'w', close: async () => undefined };
      },
    };
    const exec = new DriverExecutor(driver as never, 'neo4j');
    await exec.write('w', async () => 1);
    await exec.read('r', async () => 1);
    await new DriverExecutor(driver as never, 'neo4j').read('other', async () => 1);
    expect(configs).toHaveLength(3);
    expect(configs[0]!.bookmarkManager).toBeDefined();
    expect(configs[1]!.bookmarkManager).toBe(configs[0]!.bookmarkManager);
    expect(configs[0]).toMatchObject({ database: 'neo4j' });
  });

  it('refuses a statement sent with other parameters than it declares', () => {
    expect(() => checkParams(GET_NODES, {})).toThrow(/takes parameters \[ids\]/);
    expect(() => checkParams(GET_NODES, { ids: [], extra: 1 })).toThrow();
    expect(() => checkParams(GET_NODES, { ids: [] })).not.toThrow();
  });

  it('turns Neo4j integers into numbers (strings beyond 2^53)', () => {
    expect(toPlain({ a: neo4j.int(5), b: [neo4j.int(1)], c: 'x', d: neo4j.Integer.fromString('9007199254740993') })).toEqual({ a: 5, b: [1], c: 'x', d: '9007199254740993' });
  });

  it('maps Neo4j errors to the domain errors the embedded store gives', () => {
    const code = (e: unknown) => (mapNeo4jError(e) as DomainError).code;
    expect(code(new neo4j.Neo4jError('Node(1) already exists with label `Actor` and property `nameKey` = \'x\'', 'Neo.ClientError.Schema.ConstraintValidationFailed' as never, '22N79', 'error'))).toBe('CONFLICT');
    expect(code(new neo4j.Neo4jError('Could not connect', neo4j.error.SERVICE_UNAVAILABLE as never, '08000', 'error'))).toBe('STORE_UNAVAILABLE');
    expect(code(new neo4j.Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected' as never, '50N00', 'error'))).toBe('STORE_UNAVAILABLE');
    expect(code(new neo4j.Neo4jError('no such database', 'Neo.ClientError.Database.DatabaseNotFound' as never, '22000', 'error'))).toBe('STORE_MISCONFIGURED');
    expect(code(new neo4j.Neo4jError('wrong password', 'Neo.ClientError.Security.Unauthorized' as never, '42NFF', 'error'))).toBe('STORE_MISCONFIGURED');
    expect(code(new neo4j.Neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' as never, '25N06', 'error'))).toBe('STORE_TIMEOUT');
    expect(code(new neo4j.Neo4jError('terminated', 'Neo.TransientError.Transaction.Terminated' as never, '25N05', 'error'))).toBe('STORE_TERMINATED');
    expect(code(new neo4j.Neo4jError('memory', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' as never, '53000', 'error'))).toBe('STORE_OUT_OF_MEMORY');
    expect(code(new neo4j.Neo4jError('gone', 'Neo.ClientError.Statement.EntityNotFound' as never, '22N00', 'error'))).toBe('CONFLICT');
    const syntax = new neo4j.Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError' as never, '42001', 'error');
    expect(mapNeo4jError(syntax)).toBe(syntax);
    const domain = new DomainError('NOT_FOUND', 'x');
    expect(mapNeo4jError(domain)).toBe(domain);
  });

  it('turns the query into words only, folded, each once, as the needles both stores look for (short words only at a word\'s start)', () => {
    expect(searchTerms('Umeå  "primär*vård" umea')).toEqual([
      { whole: ' umea ', start: ' umea', inside: 'umea' },
      { whole: ' primar ', start: ' primar', inside: 'primar' },
      { whole: ' vard ', start: ' vard', inside: 'vard' },
    ]);
    expect(searchTerms('name:x OR y~').map((t) => t.inside)).toEqual(['name', ' x', ' or', ' y']);
    expect(searchTerms(' -*" ')).toEqual([]);
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' '))).toHaveLength(20);
    expect(searchProbe(searchTerms('in vårddokumentation covid'))).toBe('varddokumentation');
    expect(fold('Sjöström-Ærø')).toBe('sjostrom-aero');
  });

  it('writes each searched field as its folded words between single spaces, within what a text index takes', () => {
    expect(searchCopy(' Lokal  samverkan, Vindeln! ')).toBe(' lokal samverkan vindeln ');
    expect(searchCopy('Postcovid-mottagning (NUS)')).toBe(' postcovid mottagning nus ');
    expect(searchCopy('–')).toBe('');
    expect(searchCopy(undefined)).toBe('');
    // Hangul folds back to its syllables; the longest field (10 000 characters) stays under Neo4j's 32 766 bytes
    expect(searchCopy('한국어 문서')).toBe(' 한국어 문서 ');
    const widest = searchCopy('한'.repeat(10_000));
    expect(Buffer.byteLength(widest)).toBeLessThanOrEqual(30_002);
    const huge = searchCopy('ordet '.repeat(10_000));
    expect(Buffer.byteLength(huge)).toBeLessThanOrEqual(32_000);
    expect(huge.startsWith(' ordet ordet ') && huge.endsWith(' ordet ')).toBe(true);
  });

  it('search: the text indexes narrow by the longest needle, every term must be found, scored and ordered as the embedded store does', async () => {
    const x = new RecordingExecutor(() => [{ node: asReturned('Initiative', { id: 'i', name: 'Postcovidmottagning', searchName: ' postcovidmottagning ', searchText: '', searchEvidence: '', searchVersion: 2 }), score: 4 }]);
    const hits = await new Neo4jStore(x).search('covid po', { labels: ['Initiative'], limit: 5 });
    expect(hits).toEqual([{ node: { id: 'i', name: 'Postcovidmottagning', label: 'Initiative' }, score: 4 }]);
    const [call] = x.calls;
    expect(call!.params).toEqual({
      probe: 'covid',
      terms: [{ whole: ' covid ', start: ' covid', inside: 'covid' }, { whole: ' po ', start: ' po', inside: ' po' }],
      labels: ['Initiative'],
      limit: neo4j.int(5),
    });
    expect(call!.text).toBe(`MATCH (n:Node)
WHERE (n.searchName CONTAINS $probe OR n.searchText CONTAINS $probe OR n.searchEvidence CONTAINS $probe)
  AND all(w IN $terms WHERE (n.searchName CONTAINS w.inside OR n.searchText CONTAINS w.inside OR n.searchEvidence CONTAINS w.inside))
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH n, reduce(score = 0, w IN $terms | score + reduce(best = 0, s IN [
    CASE WHEN n.searchName CONTAINS w.whole THEN 12 WHEN n.searchName CONTAINS w.start THEN 8 WHEN n.searchName CONTAINS w.inside THEN 4 ELSE 0 END,
    CASE WHEN n.searchText CONTAINS w.whole THEN 3 WHEN n.searchText CONTAINS w.start THEN 2 WHEN n.searchText CONTAINS w.inside THEN 1 ELSE 0 END,
    CASE WHEN n.searchEvidence CONTAINS w.whole THEN 3 WHEN n.searchEvidence CONTAINS w.start THEN 2 WHEN n.searchEvidence CONTAINS w.inside THEN 1 ELSE 0 END
  ] | CASE WHEN s > best THEN s ELSE best END)) AS score
RETURN ${NODE_MAP} AS node, score
ORDER BY score DESC, n.nameKey, n.id
LIMIT $limit`);
    expect(await new Neo4jStore(x).search(' -*" ', { limit: 5 })).toEqual([]);
    expect(x.calls).toHaveLength(1);
  });
});
