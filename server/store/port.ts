// The GraphStore port: the one seam between the product and its data.
// The GraphQL layer, the analysis engine, import/export and the seed know this
// interface and nothing below it. Both adapters (sqlite/, neo4j/) pass the same
// contract suite (test/store/contract.ts).
import type {
  Batch, Change, Filterable, GraphEdge, GraphNode, NodeLabel, NodeOrderField, OrderDirection, RelType,
} from '../../schema/domain.ts';

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  /** Opaque; pass as `after` for the next page. Null when the page is empty. */
  endCursor: string | null;
}

export interface NodeQuery {
  label: NodeLabel;
  /** Property filters: a node matches when the property is one of the values. */
  where?: Partial<Record<Filterable, readonly string[]>>;
  /**
   * Relationship filters, all of which must hold: the node has a relationship
   * (of one of `types`, when given) to one of `ids`, in `direction` as seen
   * from the node (`out`: node → id; default `both`).
   */
  related?: ReadonlyArray<{ ids: readonly string[]; types?: readonly RelType[]; direction?: Direction }>;
  /** Text match on name, description and evidence: every word found as `search` finds it. */
  text?: string;
  /**
   * The order, then id in the same direction: NAME is Swedish collation (the
   * sort key both stores keep, shared.ts). Without it: by the name key (lower
   * case, code point by code point), then id.
   */
  orderBy?: ListOrder;
  /** A cursor this list gave out, for the same order. */
  after?: string | null;
  first: number;
}

export interface ListOrder {
  field: NodeOrderField;
  direction: OrderDirection;
}

export type Direction = 'out' | 'in' | 'both';

/** A relationship seen from one of its ends (`origin`), with the node at the other end. */
export interface Related {
  origin: string;
  edge: GraphEdge;
  node: GraphNode;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  node: GraphNode;
  /** Higher is better: per word, the best place it is found, summed (the same on both stores). */
  score: number;
}

export interface WriteContext {
  /** Who makes the change (a user id, `seed`, `import`, `local`). */
  by: string;
  /** When; defaults to now. */
  at?: string;
}

export interface ChangeEntry {
  seq: number;
  at: string;
  by: string;
  op: 'create' | 'update' | 'delete' | 'link' | 'unlink';
  /** The node id or edge id changed. */
  target: string;
  before: unknown;
  after: unknown;
}

export interface ChangeQuery {
  /** Only entries after this seq. */
  since?: number;
  /** Only entries about this node: the node itself, or a relationship it is an end of. */
  node?: string;
  /** Only entries made by this user. */
  by?: string;
  /** Only entries at or after this time (ISO 8601). */
  from?: string;
  /** Only entries at or before this time (ISO 8601). */
  until?: string;
  newestFirst?: boolean;
  limit: number;
}

export const MAX_CHANGES = 10_000;

export interface ApplyResult {
  /** The store version after the change. */
  version: number;
  /** One per change, in order: the node or edge as it stands after it (null when deleted). */
  results: Array<{ node?: GraphNode | null; edge?: GraphEdge | null }>;
}

export interface Doc {
  key: string;
  value: unknown;
  updatedAt: string;
  updatedBy: string;
}

export interface StoreInfo {
  store: 'sqlite' | 'neo4j';
  /** The engine's own version string. */
  version: string;
}

export interface GraphStore {
  readonly kind: 'sqlite' | 'neo4j';

  /** Creates or migrates the schema; safe to call on every start. */
  init(): Promise<void>;
  /** Releases the connection; nothing acknowledged is lost. */
  close(): Promise<void>;
  /** Proves the store answers; throws STORE_UNAVAILABLE otherwise. */
  ping(): Promise<StoreInfo>;
  /** A counter that changes on every write to the graph. */
  version(): Promise<number>;

  /** Nodes by id, in the order asked, null where there is none. */
  getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>>;
  /** The label of each node asked for, in the order asked, null where there is none (what an import needs of the elements its relationships name, without reading them whole). */
  nodeLabels(ids: readonly string[]): Promise<Array<NodeLabel | null>>;
  /** Nodes of one label by name (case and spacing ignored), in the order asked. */
  getNodesByName(label: NodeLabel, names: readonly string[]): Promise<Array<GraphNode | null>>;
  /** Nodes of one label, filtered, ordered (by name key then id unless `orderBy` says), cursor-paginated. */
  listNodes(query: NodeQuery): Promise<Page<GraphNode>>;
  /** The relationships of many nodes at once, with the node at the other end. */
  related(ids: readonly string[], opts: { types?: readonly RelType[]; direction: Direction }): Promise<Related[]>;
  /**
   * Search over names, descriptions and gaps' evidence, diacritics folded:
   * every word must be found, a word of three letters or more also inside a
   * longer word ("covid" in "postcovid"); best first, a whole word above the
   * start of a word above the inside of one, the name above the text. Both
   * stores find and score the same (the rule: shared.ts).
   */
  search(text: string, opts: { labels?: readonly NodeLabel[]; limit: number }): Promise<SearchHit[]>;
  /** Everything within `depth` steps of a node (any direction), with the relationships among it. */
  neighbourhood(id: string, depth: number, opts?: { types?: readonly RelType[]; limit?: number }): Promise<Subgraph>;
  /** Nodes with one of `labels` (all when absent) or one of `ids`, with every relationship among them. */
  subgraph(filter: { labels?: readonly NodeLabel[]; ids?: readonly string[] }): Promise<Subgraph>;

  /**
   * Applies changes in order, atomically: all of them, or (on the first error,
   * which is thrown) none. Endpoints must exist and fit the relationship type;
   * deleting a node removes its relationships.
   */
  apply(changes: readonly Change[], ctx: WriteContext): Promise<ApplyResult>;
  /** Creates or updates nodes and relationships by key, atomically; idempotent. */
  bulkUpsert(batch: Batch, ctx: WriteContext): Promise<{ nodes: number; edges: number; version: number }>;
  /** The change log, filtered; oldest first (newest first with `newestFirst`). */
  changes(query: ChangeQuery): Promise<ChangeEntry[]>;

  /** Small documents beside the graph (positions, saved views, dismissals, settings), by namespace and key. */
  getDoc(ns: string, key: string): Promise<Doc | null>;
  listDocs(ns: string): Promise<Doc[]>;
  /**
   * Writes a document. With `expected` (its `updatedAt` as read, or null for
   * "not there yet") the write is a compare-and-set: refused with CONFLICT
   * when the document has changed since, so a read-merge-write loses nothing.
   */
  putDoc(ns: string, key: string, value: unknown, ctx: WriteContext, expected?: string | null): Promise<Doc>;
  /**
   * True when there was one to delete. With `expected` (its `updatedAt` as
   * read) the delete is a compare-and-set, as `putDoc`'s write is: refused
   * with CONFLICT, nothing deleted, when the document has changed since.
   */
  deleteDoc(ns: string, key: string, expected?: string): Promise<boolean>;
}

export const MAX_DEPTH = 5;
export const MAX_PAGE = 500;
