// Every Cypher statement the Neo4j adapter can send, in one place. Each is a
// fixed text with named parameters; the few that vary do so only by a node
// label or a relationship type taken from the schema's enums (never from
// input), and `allStatements()` enumerates every variant so that the test
// suite can lint each one with Neo4j's own linter.
//
// A statement's `params` maps each parameter name to an example value: the
// executor refuses to send a statement with other parameters than these, and
// the linter is told about exactly these.
import { FILTERABLE, NodeLabel, RelType, type NodeOrderField } from '../../../schema/domain.ts';
import { SEARCH_FIELDS, termScoreCases, type SearchField, type SearchTerm } from '../shared.ts';

export interface Cypher {
  /** What it does, for transaction metadata and test output. */
  readonly name: string;
  readonly text: string;
  /** Parameter name → an example value (for the linter). */
  readonly params: Readonly<Record<string, unknown>>;
}

/** The label every domain node carries beside its own. */
export const NODE = 'Node';
/** The singleton holding the version counter and the change-log sequence. */
export const META = 'Meta';
export const CHANGE = 'Change';
export const DOC = 'Doc';
/**
 * Where a node keeps the folded copy of each searched field (shared.ts,
 * searchCopy), and the format of the copies: a node whose `searchVersion` is
 * older gets new copies at start.
 */
export const SEARCH_COPY: Record<SearchField, string> = { name: 'searchName', description: 'searchText', evidence: 'searchEvidence' };
export const SEARCH_VERSION = 2;
/** Text indexes (trigram, for CONTAINS) over the search copies, by copy. */
export const SEARCH_INDEXES: Record<SearchField, string> = { name: 'node_search_name', description: 'node_search_text', evidence: 'node_search_evidence' };
/**
 * Earlier full-text indexes a migration drops: `node_text` analysed with
 * `standard-folding`, which drops English stop words (för → for, än → an, by,
 * in, åt → at); `node_search`, which found words only by their start.
 */
export const OLD_FULLTEXT_INDEXES = ['node_text', 'node_search'] as const;

/**
 * Where a node keeps its Swedish sort key (shared.ts, sortKey), and the
 * format of the keys: a node whose `sortVersion` is older gets a new key at start.
 */
export const SORT_KEY = 'sortKey';
export const SORT_VERSION = 1;
/** The property each order of a list reads (passed as `$orderKey`, never user text); DEFAULT: the name key. */
export const ORDER_PROPERTY: Record<NodeOrderField | 'DEFAULT', string> = {
  DEFAULT: 'nameKey', NAME: SORT_KEY, CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt',
};

/** Property keys the adapter uses beyond the domain's own (Meta, Change, Doc, the folded search copies, the sort key). */
export const OWN_PROPERTY_KEYS = ['key', 'version', 'seq', 'writes', 'at', 'by', 'op', 'target', 'before', 'after', 'nodes', 'ns', 'value', 'updatedAt', 'updatedBy', ...Object.values(SEARCH_COPY), 'searchVersion', SORT_KEY, 'sortVersion'];
/**
 * Keys of the parameter maps a statement reads (`UNWIND $rows AS row`, a
 * search term `w IN $terms`) that are not property keys. The linter cannot
 * tell such a map from a node, so it must be told these names (they are never stored).
 */
export const ROW_KEYS = ['from', 'to', 'whole', 'start', 'inside'];

const stmt = (name: string, text: string, params: Record<string, unknown> = {}): Cypher => ({ name, text: text.trim(), params });

/** A label or type may only be one of the schema's own: checked again here, at the last moment. */
function label(l: NodeLabel): NodeLabel {
  if (!NodeLabel.options.includes(l)) throw new Error(`Not a node label: ${String(l)}`);
  return l;
}
function relType(t: RelType): RelType {
  if (!RelType.options.includes(t)) throw new Error(`Not a relationship type: ${String(t)}`);
  return t;
}
const snake = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

// ---- projections: what comes back is always a plain map -----------------------

/** A node as a map: its properties and its domain label. */
const nodeMap = (v: string) => `${v} {.*, label: head([l IN labels(${v}) WHERE l <> '${NODE}'])}`;
/** A relationship as a map: its properties, type and (stored) ends. */
const edgeMap = (v: string) => `${v} {.*, type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id}`;

// ---- migration --------------------------------------------------------------

/** A schema command, with the name of the index or constraint it creates. */
export interface SchemaCypher extends Cypher {
  readonly creates: string;
}
const schema = (creates: string, text: string): SchemaCypher => ({ ...stmt(`migrate ${creates}`, text), creates });

/**
 * Constraints and indexes, each idempotent (`IF NOT EXISTS`). At start the
 * adapter lists the indexes there are (SCHEMA_NAMES; a constraint's backing
 * index has the constraint's name) and runs only the missing ones, one per
 * transaction (schema commands cannot share one).
 */
export const MIGRATION: readonly SchemaCypher[] = [
  schema('node_id', `CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:${NODE}) REQUIRE n.id IS UNIQUE`),
  ...NodeLabel.options.map((l) =>
    schema(`${snake(l)}_name_key`, `CREATE CONSTRAINT ${snake(l)}_name_key IF NOT EXISTS FOR (n:${l}) REQUIRE n.nameKey IS UNIQUE`)),
  ...RelType.options.map((t) =>
    schema(`${t.toLowerCase()}_id`, `CREATE CONSTRAINT ${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`)),
  schema('meta_key', `CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:${META}) REQUIRE m.key IS UNIQUE`),
  schema('change_seq', `CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:${CHANGE}) REQUIRE c.seq IS UNIQUE`),
  schema('doc_ns_key', `CREATE CONSTRAINT doc_ns_key IF NOT EXISTS FOR (d:${DOC}) REQUIRE (d.ns, d.key) IS UNIQUE`),
  // ordering by name key across labels (subgraph), and the change log by target
  schema('node_name_key', `CREATE INDEX node_name_key IF NOT EXISTS FOR (n:${NODE}) ON (n.nameKey)`),
  schema('change_target', `CREATE INDEX change_target IF NOT EXISTS FOR (c:${CHANGE}) ON (c.target)`),
  // Search: the copies of name, description and evidence the adapter folds itself (lower case, no
  // diacritics: "Umea" finds "Umeå"), each in a text index, whose trigrams answer CONTAINS
  // ("covid" in " postcovidmottagning ").
  ...SEARCH_FIELDS.map(({ field }) => schema(SEARCH_INDEXES[field], `CREATE TEXT INDEX ${SEARCH_INDEXES[field]} IF NOT EXISTS FOR (n:${NODE}) ON (n.${SEARCH_COPY[field]})`)),
];

/** Drops a full-text index of an earlier version (names from OLD_FULLTEXT_INDEXES only). */
export const dropOldIndex = (name: (typeof OLD_FULLTEXT_INDEXES)[number]) => {
  if (!OLD_FULLTEXT_INDEXES.includes(name)) throw new Error(`Not an old index: ${String(name)}`);
  return stmt(`drop index ${name}`, `DROP INDEX ${name} IF EXISTS`);
};

/** Nodes whose search copies are missing or of an older format (a migration writes them anew, in batches). */
export const UNFOLDED = stmt('unfolded nodes', `
MATCH (n:${NODE})
WHERE coalesce(n.searchVersion, 0) < $version
RETURN n.id AS id, ${SEARCH_FIELDS.map(({ field }) => `n.${field} AS ${field}`).join(', ')}
LIMIT $limit`, { version: SEARCH_VERSION, limit: 1000 });
/** Nodes whose sort key is missing or of an older format (a migration writes it anew, in batches). */
export const UNSORTED = stmt('unsorted nodes', `
MATCH (n:${NODE})
WHERE coalesce(n.sortVersion, 0) < $version
RETURN n.id AS id, n.name AS name
LIMIT $limit`, { version: SORT_VERSION, limit: 1000 });
export const SET_SORT_KEYS = stmt('set sort keys', `
UNWIND $rows AS row
MATCH (n:${NODE} {id: row.id})
SET n.${SORT_KEY} = row.${SORT_KEY}, n.sortVersion = $version`, { rows: [{ id: 'a', [SORT_KEY]: 'a' }], version: SORT_VERSION });
export const SET_FOLDED = stmt('set folded', `
UNWIND $rows AS row
MATCH (n:${NODE} {id: row.id})
SET ${SEARCH_FIELDS.map(({ field }) => `n.${SEARCH_COPY[field]} = row.${SEARCH_COPY[field]}`).join(', ')}, n.searchVersion = $version`,
{ rows: [{ id: 'a', ...Object.fromEntries(Object.values(SEARCH_COPY).map((k) => [k, ''])) }], version: SEARCH_VERSION });

/** The names of the indexes there are (constraints' backing indexes included). */
export const SCHEMA_NAMES = stmt('schema names', 'SHOW INDEXES YIELD name RETURN collect(name) AS names');

/**
 * The indexes not yet online (a new full-text index populates in the
 * background, for minutes on a large graph): start-up asks again in short
 * transactions until none is left, instead of waiting inside one transaction
 * that its own time limit would end.
 */
export const INDEXES_NOT_ONLINE = stmt('indexes not online', `
SHOW INDEXES YIELD name, state
WHERE state <> 'ONLINE'
RETURN collect(name) AS pending, [n IN collect(CASE WHEN state = 'FAILED' THEN name END) WHERE n IS NOT NULL] AS failed`);

/** The version counter and change-log sequence, created once. */
export const INIT_META = stmt('init meta', `
MERGE (m:${META} {key: 'graph'})
ON CREATE SET m.version = 0, m.seq = 0`);

// ---- reads ------------------------------------------------------------------

/**
 * Taken first by every graph write: one writer at a time, as in the embedded
 * store, so what a write reads (does the id exist? which sequence number is
 * next?) cannot change under it before it commits.
 */
export const LOCK_GRAPH = stmt('lock graph', `
MATCH (m:${META} {key: 'graph'})
SET m.writes = coalesce(m.writes, 0) + 1`);

export const VERSION = stmt('version', `MATCH (m:${META} {key: 'graph'}) RETURN m.version AS version`);

export const GET_NODES = stmt('get nodes', `
MATCH (n:${NODE})
WHERE n.id IN $ids
RETURN ${nodeMap('n')} AS node`, { ids: ['a'] });

export const NODE_LABELS = stmt('node labels', `
MATCH (n:${NODE})
WHERE n.id IN $ids
RETURN n.id AS id, head([l IN labels(n) WHERE l <> '${NODE}']) AS label`, { ids: ['a'] });

export const nodesByName = (l: NodeLabel) => stmt(`nodes by name: ${label(l)}`, `
MATCH (n:${NODE}:${l})
WHERE n.nameKey IN $keys
RETURN ${nodeMap('n')} AS node`, { keys: ['a'] });

/** Parameters every listNodes variant takes (null: that filter is off). */
const LIST_PARAMS: Record<string, unknown> = {
  ...Object.fromEntries(FILTERABLE.map((p) => [`w_${p}`, ['A']])),
  related: [{ ids: ['a'], types: ['PART_OF'], direction: 'both' }],
};

// ---- search (the rule: shared.ts) -----------------------------------------------

const copy = (v: string, field: SearchField) => `${v}.${SEARCH_COPY[field]}`;
/** Some copy of `v` contains the needle. */
const inSomeCopy = (v: string, needle: string) => `(${SEARCH_FIELDS.map(({ field }) => `${copy(v, field)} CONTAINS ${needle}`).join(' OR ')})`;
/** Every term of `$terms` found somewhere in `v`'s copies. */
const allTermsFound = (v: string) => `all(w IN $terms WHERE ${inSomeCopy(v, 'w.inside')})`;
/** Per term the best of its fields and match kinds, summed. */
const searchScore = (v: string) => `reduce(score = 0, w IN $terms | score + reduce(best = 0, s IN [
    ${SEARCH_FIELDS.map(({ field }) => `CASE ${termScoreCases(field).map((c) => `WHEN ${copy(v, field)} CONTAINS w.${c.needle} THEN ${c.score}`).join(' ')} ELSE 0 END`).join(',\n    ')}
  ] | CASE WHEN s > best THEN s ELSE best END))`;
const TERMS_EXAMPLE: SearchTerm[] = [{ whole: ' vard ', start: ' vard', inside: 'vard' }];

/**
 * The nodes listNodes selects: of one label, every property filter and every
 * relationship filter holding, and with `text` every search term found.
 */
function listSource(l: NodeLabel, text: boolean): string {
  const props = FILTERABLE.map((p) => `($w_${p} IS NULL OR n.${p} IN $w_${p})`);
  const related = `all(rel IN $related WHERE EXISTS {
    MATCH (n)-[r]-(m:${NODE})
    WHERE m.id IN rel.ids
      AND (rel.types IS NULL OR type(r) IN rel.types)
      AND CASE rel.direction WHEN 'out' THEN startNode(r) = n WHEN 'in' THEN endNode(r) = n ELSE true END
  })`;
  const conds = [...(text ? [allTermsFound('n')] : []), ...props, related];
  return `MATCH (n:${NODE}:${l})\nWHERE ${conds.join('\n  AND ')}`;
}

export const listCount = (l: NodeLabel, text: boolean) => stmt(`list count: ${label(l)}${text ? ' (text)' : ''}`, `
${listSource(l, text)}
RETURN count(n) AS total`, { ...LIST_PARAMS, ...(text ? { terms: TERMS_EXAMPLE } : {}) });

/**
 * A page of a list, after the cursor, in the order of `$orderKey` (one of
 * ORDER_PROPERTY's values) then id, ascending or (`descending`) descending.
 */
export const listPage = (l: NodeLabel, text: boolean, descending = false) => {
  const [after, dir] = descending ? ['<', ' DESC'] : ['>', ''];
  return stmt(`list page: ${label(l)}${text ? ' (text)' : ''}${descending ? ' (descending)' : ''}`, `
${listSource(l, text)}
  AND ($afterKey IS NULL OR n[$orderKey] ${after} $afterKey OR (n[$orderKey] = $afterKey AND n.id ${after} $afterId))
RETURN ${nodeMap('n')} AS node
ORDER BY n[$orderKey]${dir}, n.id${dir}
LIMIT $limit`, { ...LIST_PARAMS, ...(text ? { terms: TERMS_EXAMPLE } : {}), orderKey: ORDER_PROPERTY.NAME, afterKey: 'a', afterId: 'a', limit: 11 });
};

export type Direction = 'out' | 'in' | 'both';
const ARROWS: Record<Direction, string> = { out: `(x:${NODE})-[r]->(:${NODE})`, in: `(x:${NODE})<-[r]-(:${NODE})`, both: `(x:${NODE})-[r]-(:${NODE})` };

/** The relationships of some nodes in one direction, of some types (null: all), by type then id. */
export const edgesTouching = (d: Direction) => stmt(`edges touching: ${d}`, `
MATCH ${ARROWS[d]}
WHERE x.id IN $ids AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN ${edgeMap('r')} AS edge
ORDER BY edge.type, edge.id`, { ids: ['a'], types: ['PART_OF'] });

/** The relationships among some nodes, of some types (null: all). */
export const INDUCED_EDGES = stmt('induced edges', `
MATCH (a:${NODE})-[r]->(b:${NODE})
WHERE a.id IN $ids AND b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
RETURN ${edgeMap('r')} AS edge
ORDER BY edge.id`, { ids: ['a'], types: ['PART_OF'] });

export const ALL_EDGES = stmt('all edges', `
MATCH (:${NODE})-[r]->(:${NODE})
RETURN ${edgeMap('r')} AS edge
ORDER BY edge.id`);

/** Nodes with one of `labels` or one of `ids` (both null: every node), by label, name key, id. */
export const SUBGRAPH_NODES = stmt('subgraph nodes', `
MATCH (n:${NODE})
WHERE ($labels IS NULL AND $ids IS NULL)
   OR ($labels IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels))
   OR ($ids IS NOT NULL AND n.id IN $ids)
RETURN ${nodeMap('n')} AS node
ORDER BY node.label, n.nameKey, n.id`, { labels: ['Actor'], ids: ['a'] });

/**
 * Search: `$probe` (the longest needle every hit contains) lets the text
 * indexes narrow the nodes; then every term must be found, and the hits are
 * scored and ordered as in the embedded store.
 */
export const SEARCH = stmt('search', `
MATCH (n:${NODE})
WHERE ${inSomeCopy('n', '$probe')}
  AND ${allTermsFound('n')}
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH n, ${searchScore('n')} AS score
RETURN ${nodeMap('n')} AS node, score
ORDER BY score DESC, n.nameKey, n.id
LIMIT $limit`, { probe: 'vard', terms: TERMS_EXAMPLE, labels: ['Actor'], limit: 10 });

const changesWhere = `MATCH (c:${CHANGE})
WHERE c.seq > $since
  AND ($node IS NULL OR $node IN c.nodes)
  AND ($by IS NULL OR c.by = $by)
  AND ($from IS NULL OR c.at >= $from)
  AND ($until IS NULL OR c.at <= $until)
RETURN c {.*} AS change`;
const changesParams = { since: 0, node: 'a', by: 'x', from: '2024-01-01T00:00:00.000Z', until: '2024-12-31T00:00:00.000Z', limit: 10 };
export const CHANGES = stmt('changes', `${changesWhere}
ORDER BY c.seq
LIMIT $limit`, changesParams);
export const CHANGES_NEWEST_FIRST = stmt('changes newest first', `${changesWhere}
ORDER BY c.seq DESC
LIMIT $limit`, changesParams);

// ---- writes -----------------------------------------------------------------

/**
 * Creates or replaces a node by id. `props` is the whole stored map (id,
 * nameKey, domain properties, provenance): what is not in it is removed.
 */
export const createNode = (l: NodeLabel) => stmt(`create node: ${label(l)}`, `
CREATE (n:${NODE}:${l})
SET n = $props
RETURN ${nodeMap('n')} AS node`, { props: { id: 'a' } });

export const upsertNode = (l: NodeLabel) => stmt(`upsert node: ${label(l)}`, `
MERGE (n:${NODE} {id: $id})
ON CREATE SET n:${l}
SET n = $props
RETURN ${nodeMap('n')} AS node`, { id: 'a', props: { id: 'a' } });

/** The same for a batch: `rows` are `{id, props}`. */
export const bulkUpsertNodes = (l: NodeLabel) => stmt(`bulk upsert nodes: ${label(l)}`, `
UNWIND $rows AS row
MERGE (n:${NODE} {id: row.id})
ON CREATE SET n:${l}
SET n = row.props`, { rows: [{ id: 'a', props: { id: 'a' } }] });

export const DELETE_NODE = stmt('delete node', `
MATCH (n:${NODE} {id: $id})
DETACH DELETE n`, { id: 'a' });

/** Relationships by their key `{id, from, to}` (from/to as stored), of any type. */
export const EDGES_BY_KEYS = stmt('edges by keys', `
UNWIND $keys AS k
MATCH (:${NODE} {id: k.from})-[r]->(:${NODE} {id: k.to})
WHERE r.id = k.id
RETURN ${edgeMap('r')} AS edge`, { keys: [{ id: 'a|PART_OF|b', from: 'a', to: 'b' }] });

export const DELETE_EDGES_BY_KEYS = stmt('delete edges by keys', `
UNWIND $keys AS k
MATCH (:${NODE} {id: k.from})-[r]->(:${NODE} {id: k.to})
WHERE r.id = k.id
DELETE r`, { keys: [{ id: 'a|PART_OF|b', from: 'a', to: 'b' }] });

/** Every estimate from one node to another, all years, by id. */
export const ESTIMATES_BETWEEN = stmt('estimates between', `
MATCH (:${NODE} {id: $from})-[r:ESTIMATE]->(:${NODE} {id: $to})
RETURN ${edgeMap('r')} AS edge
ORDER BY edge.id`, { from: 'a', to: 'b' });

/** Creates or replaces a relationship by id; `props` is the whole stored map. */
export const upsertEdge = (t: RelType) => stmt(`upsert edge: ${relType(t)}`, `
MATCH (a:${NODE} {id: $from})
MATCH (b:${NODE} {id: $to})
MERGE (a)-[r:${t} {id: $id}]->(b)
SET r = $props
RETURN ${edgeMap('r')} AS edge`, { from: 'a', to: 'b', id: 'a|PART_OF|b', props: { id: 'a|PART_OF|b' } });

/** The same for a batch: `rows` are `{id, from, to, props}`. */
export const bulkUpsertEdges = (t: RelType) => stmt(`bulk upsert edges: ${relType(t)}`, `
UNWIND $rows AS row
MATCH (a:${NODE} {id: row.from})
MATCH (b:${NODE} {id: row.to})
MERGE (a)-[r:${t} {id: row.id}]->(b)
SET r = row.props`, { rows: [{ id: 'a|PART_OF|b', from: 'a', to: 'b', props: { id: 'a|PART_OF|b' } }] });

/**
 * Ends every write: appends the change-log entries (`{op, target, before,
 * after}`, before/after as JSON strings or null) with the next sequence
 * numbers, and adds `bump` (0 or 1) to the version. One round trip.
 */
export const LOG_AND_BUMP = stmt('log and bump', `
MATCH (m:${META} {key: 'graph'})
SET m.seq = m.seq + size($entries), m.version = m.version + $bump
WITH m, m.seq - size($entries) AS base
FOREACH (i IN range(0, size($entries) - 1) |
  CREATE (c:${CHANGE} {seq: base + i + 1})
  SET c.at = $at, c.by = $by, c.op = $entries[i].op, c.target = $entries[i].target,
      c.before = $entries[i].before, c.after = $entries[i].after, c.nodes = $entries[i].nodes)
RETURN m.version AS version`, { entries: [{ op: 'create', target: 'a', before: null, after: '{}', nodes: ['a'] }], bump: 1, at: '2024-01-01T00:00:00.000Z', by: 'x' });

// ---- documents --------------------------------------------------------------

// A document is one property, `body`: its value, version and writer as one JSON
// text. Neo4j reads a node's properties one at a time without a lock (read
// committed), so a value and a version kept in properties of their own could be
// read from two different writes, and a compare-and-set on that version would
// write over a change its writer never saw. (`value`, `updatedAt`, `updatedBy`:
// how versions before this one kept it; the next write replaces them.)
const docMap = (v: string) => `${v} {.key, .body, .value, .updatedAt, .updatedBy}`;

export const GET_DOC = stmt('get doc', `
MATCH (d:${DOC} {ns: $ns, key: $key})
RETURN ${docMap('d')} AS doc`, { ns: 'a', key: 'a' });

export const LIST_DOCS = stmt('list docs', `
MATCH (d:${DOC} {ns: $ns})
RETURN ${docMap('d')} AS doc
ORDER BY d.key`, { ns: 'a' });

export const PUT_DOC = stmt('put doc', `
MERGE (d:${DOC} {ns: $ns, key: $key})
SET d.body = $body
REMOVE d.value, d.updatedAt, d.updatedBy
RETURN ${docMap('d')} AS doc`, { ns: 'a', key: 'a', body: '{"value":{},"updatedAt":"2024-01-01T00:00:00.000Z","updatedBy":"x"}' });

export const DELETE_DOC = stmt('delete doc', `
MATCH (d:${DOC} {ns: $ns, key: $key})
DELETE d
RETURN count(*) AS deleted`, { ns: 'a', key: 'a' });

// ---- test isolation (the live contract harness) -----------------------------------

/** Removes nodes by id with their relationships, the documents of some namespaces, and the change-log entries about those ids. */
export const CLEANUP: readonly Cypher[] = [
  stmt('cleanup changes', `
UNWIND $ids AS id
MATCH (c:${CHANGE})
WHERE c.target STARTS WITH id
WITH DISTINCT c
DELETE c`, { ids: ['a'] }),
  stmt('cleanup nodes', `
MATCH (n:${NODE})
WHERE n.id IN $ids
DETACH DELETE n`, { ids: ['a'] }),
  stmt('cleanup docs', `
MATCH (d:${DOC})
WHERE d.ns IN $namespaces
DELETE d`, { namespaces: ['a'] }),
];

/** Every statement the adapter (and its live-test harness) can send, every variant. */
export function allStatements(): Cypher[] {
  const labels = NodeLabel.options;
  const types = RelType.options;
  const dirs: Direction[] = ['out', 'in', 'both'];
  return [
    SCHEMA_NAMES, ...MIGRATION, ...OLD_FULLTEXT_INDEXES.map(dropOldIndex), UNFOLDED, SET_FOLDED, UNSORTED, SET_SORT_KEYS, INDEXES_NOT_ONLINE, INIT_META, LOCK_GRAPH,
    VERSION, GET_NODES, NODE_LABELS, ...labels.map(nodesByName),
    ...labels.flatMap((l) => [false, true].flatMap((t) => [listCount(l, t), listPage(l, t), listPage(l, t, true)])),
    ...dirs.map(edgesTouching), INDUCED_EDGES, ALL_EDGES, SUBGRAPH_NODES, SEARCH, CHANGES, CHANGES_NEWEST_FIRST,
    ...labels.flatMap((l) => [createNode(l), upsertNode(l), bulkUpsertNodes(l)]), DELETE_NODE,
    EDGES_BY_KEYS, DELETE_EDGES_BY_KEYS, ESTIMATES_BETWEEN, ...types.flatMap((t) => [upsertEdge(t), bulkUpsertEdges(t)]),
    LOG_AND_BUMP,
    GET_DOC, LIST_DOCS, PUT_DOC, DELETE_DOC,
    ...CLEANUP,
  ];
}
