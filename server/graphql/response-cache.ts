// Whole answers of read-only queries kept per store version: an analyst's
// query repeated at the same version is answered with the bytes the first
// answer sent, without running it again (graphql-js resolving every field of
// a hundred forums costs tens of milliseconds; `npm run bench`'s analyst row).
//
// What may be kept is decided once per document: a query (never a mutation or
// a subscription) whose every root field reads only the graph — the elements,
// their relationships and what the read model derives from them, all of which
// move on with the store version. Whatever reads documents (layouts, views,
// dismissals, links), the audit trail, the caller's own account, or the date
// (the gap analysis and coverage default to today) is not kept. The key is the
// store version, today's date, the caller's role, the media type asked for,
// and the request's query, operation and variables; an answer with errors is
// never kept. Entries of an older version are dropped as soon as a newer one
// is seen, and the whole is bounded in bytes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { todayInSweden } from '../../schema/time.ts';
import type { GraphStore } from '../store/port.ts';

/** Root fields that read only versioned graph data, the same for every signed-in reader. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'node', 'nodes', 'actors', 'careLevels', 'forums', 'targetGroups', 'initiatives', 'gaps',
  'neighbourhood', 'graph', 'mapNodes', 'search', 'topParticipants', 'estimateTotals', 'sources', '__typename',
]);

/** The largest answer kept: a bigger one (the whole country's map) is served from its own document, GET /api/map. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
/** Documents whose cacheability is remembered (by their text). */
const MAX_DOCUMENTS = 500;

interface Body {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

interface Entry {
  bytes: Buffer;
  contentType: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The key a read-only query's answer is kept under once it is known to be clean. */
    responseCacheKey?: string;
  }
}

/** Whether every root field of the operation to run reads only the graph (fragments at the root followed). */
export function cacheableDocument(doc: DocumentNode, operationName: string | null): boolean {
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!op || op.operation !== 'query') return false;
  const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  const seen = new Set<string>();
  const rootOk = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return CACHEABLE_ROOT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return rootOk(s.selectionSet);
      const name = s.name.value;
      if (seen.has(name)) return true;
      seen.add(name);
      const f = fragments.get(name);
      return !!f && rootOk(f);
    });
  return rootOk(op.selectionSet);
}

/** An answer with data and without errors (a partial answer with errors is never kept). */
function cleanAnswer(payload: string): boolean {
  try {
    const parsed = JSON.parse(payload) as unknown;
    return !!parsed && typeof parsed === 'object' && !('errors' in parsed) && 'data' in parsed;
  } catch {
    return false;
  }
}

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private version = -1;
  private documents = new Map<string, boolean>();

  constructor(private readonly maxBytes: number) {}

  /** Whether the document (by its text) may be kept; unparsable text is left to GraphQL to refuse. */
  cacheable(query: string, operationName: string | null): boolean {
    const id = `${operationName ?? ''}\u0000${query}`;
    let ok = this.documents.get(id);
    if (ok === undefined) {
      try {
        ok = cacheableDocument(parse(query), operationName);
      } catch {
        ok = false;
      }
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(id, ok);
    }
    return ok;
  }

  /** The key at a version; moving to a newer version drops every older answer. */
  key(version: number, parts: readonly string[]): string {
    if (version > this.version) {
      this.clear();
      this.version = version;
    }
    return `${version}\u0000${parts.join('\u0000')}`;
  }

  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    // least recently used goes first
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  set(key: string, entry: Entry): void {
    if (!key.startsWith(`${this.version}\u0000`) || entry.bytes.length > MAX_ENTRY_BYTES || entry.bytes.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.bytes.length;
    this.entries.set(key, entry);
    this.bytes += entry.bytes.length;
    while (this.bytes > this.maxBytes) {
      const [k, e] = this.entries.entries().next().value!;
      this.entries.delete(k);
      this.bytes -= e.bytes.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * The cache's two hooks on POST /graphql: before the handler, a kept answer is
 * sent as it is; after it, a clean answer is kept. Only JSON bodies (which a
 * browser cannot send cross-site without a preflight) take part; the auth
 * plugin has identified the caller before either runs.
 */
export function responseCache(app: FastifyInstance, store: GraphStore, opts: { maxBytes: number }): void {
  if (opts.maxBytes <= 0) return;
  const cache = new ResponseCache(opts.maxBytes);
  const isQuery = (request: FastifyRequest) =>
    request.method === 'POST' && request.routeOptions.url === '/graphql' && String(request.headers['content-type'] ?? '').startsWith('application/json');

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isQuery(request) || !request.identity) return;
    const body = request.body as Body | null;
    if (!body || typeof body !== 'object' || typeof body.query !== 'string') return;
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    if (!cache.cacheable(body.query, operationName)) return;
    const key = cache.key(await store.version(), [
      todayInSweden(), request.identity.role, String(request.headers.accept ?? ''), operationName ?? '', body.query, JSON.stringify(body.variables ?? null),
    ]);
    const hit = cache.get(key);
    if (hit) return reply.header('content-type', hit.contentType).send(hit.bytes);
    request.responseCacheKey = key;
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const key = request.responseCacheKey;
    if (!key || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (cleanAnswer(payload)) cache.set(key, { bytes: Buffer.from(payload), contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8') });
    return payload;
  });
}
