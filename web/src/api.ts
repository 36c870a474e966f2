// The GraphQL client (graphql-request) and the API's errors as the page shows
// them: a code, a Swedish and an English message, and problems per field.
import { ClientError, GraphQLClient } from 'graphql-request';
import type { Graph } from './graph/types.ts';
import { CAPABILITIES, type GRAPH, type Operation, type ResultOf, type VariablesArg } from './queries.ts';

export interface FieldError {
  /** The input path the server names, e.g. ['input', 'name'] or ['changes', 0, 'createForum', 'name']. */
  path: (string | number)[];
  message: string;
  messageSv?: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageSv: string | undefined,
    readonly fields: FieldError[] = [],
    /** The rest of the error's extensions, e.g. a CONFLICT's `reason` and `current` element. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The problems keyed by the last name in their path (the form field). */
  byField(): Map<string, FieldError> {
    const out = new Map<string, FieldError>();
    for (const f of this.fields) {
      const key = [...f.path].reverse().find((p): p is string => typeof p === 'string');
      if (key && !out.has(key)) out.set(key, f);
    }
    return out;
  }
}

interface GqlErrorShape {
  message: string;
  extensions?: { code?: string; messageSv?: string; fields?: FieldError[] } & Record<string, unknown>;
}

/** The first error of a failed request as an ApiError (network failures are code NETWORK). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof ClientError) {
    const errors = (e.response.errors ?? []) as GqlErrorShape[];
    const first = errors[0];
    if (first) {
      // every field problem of every error, so a form can mark them all at once
      const fields = errors.flatMap((x) => x.extensions?.fields ?? []);
      return new ApiError(first.extensions?.code ?? 'INTERNAL', first.message, first.extensions?.messageSv, fields, first.extensions ?? {});
    }
    return new ApiError('INTERNAL', `HTTP ${e.response.status}`, undefined);
  }
  return new ApiError('NETWORK', e instanceof Error ? e.message : String(e), undefined);
}

const endpoint = typeof location !== 'undefined' ? new URL('/graphql', location.href).toString() : 'http://127.0.0.1/graphql';
const client = new GraphQLClient(endpoint, { headers: { 'content-type': 'application/json' } });

/**
 * Sends a document of the page (web/src/queries.ts): its result and variables are the types
 * generated from it and the SDL (npm run codegen), and variables it requires must be given.
 */
export function gql<Doc extends Operation<unknown, unknown>>(query: Doc, ...variables: VariablesArg<Doc>): Promise<ResultOf<Doc>>;
/**
 * With a result type written by the caller, and variables unchecked.
 * @deprecated Give no type argument: `gql(DOC, variables)` takes both from the generated types (`ResultOf<typeof DOC>` names the result).
 */
export function gql<Result>(query: string, variables?: Record<string, unknown>): Promise<Result>;
export async function gql(query: string, ...[variables]: unknown[]): Promise<unknown> {
  const write = /^\s*mutation\b/.test(query);
  if (write) ownWrites.inFlight++;
  try {
    return await client.request(query, variables as Record<string, unknown> | undefined);
  } catch (e) {
    throw toApiError(e);
  } finally {
    if (write) {
      ownWrites.inFlight--;
      ownWrites.lastAt = Date.now();
    }
  }
}

/**
 * This page's own writes: how many are under way and when the last one ended.
 * The live updates (live.ts) tell a change this page made from one made by
 * the same person elsewhere by it.
 */
export const ownWrites = { inFlight: 0, lastAt: 0 };

/**
 * The whole map (GET /api/map): what the GraphQL `graph` field gives, as one
 * compressed document per store version. The browser keeps it and asks again
 * with its ETag, so an unchanged map costs a 304.
 */
export async function fetchMap(): Promise<Graph> {
  let r: Response;
  try {
    r = await fetch('/api/map', { headers: { accept: 'application/json' }, cache: 'no-cache' });
  } catch (e) {
    throw toApiError(e);
  }
  const body = (await r.json().catch(() => null)) as { data?: ResultOf<typeof GRAPH>; code?: string; message?: string; messageSv?: string } | null;
  if (!r.ok || !body?.data) throw new ApiError(body?.code ?? 'INTERNAL', body?.message ?? `HTTP ${r.status}`, body?.messageSv);
  return body.data.graph;
}

/** Which optional parts of the API this server has (the analysis engine is added separately). */
export interface Capabilities {
  queries: Set<string>;
  mutations: Set<string>;
}

export async function capabilities(): Promise<Capabilities> {
  const r = await gql(CAPABILITIES);
  return {
    queries: new Set((r.__schema.queryType.fields ?? []).map((f) => f.name)),
    mutations: new Set((r.__schema.mutationType?.fields ?? []).map((f) => f.name)),
  };
}
