// GraphQL over HTTP as the spec (graphql.github.io/graphql-over-http) says it,
// on top of Mercurius: `extensions: null` is no extensions; a client that asks
// for `application/graphql-response+json` gets it; a request GraphQL could not
// run (parse, validation, variables) answers 200 with `application/json` (the
// legacy media type, where status codes carry nothing) and 4xx without `data`
// with `application/graphql-response+json`. Errors of the HTTP request itself
// (bad JSON, too large, no identity, CSRF) keep their status either way.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

/** The media type to answer with: graphql-response+json when the client asks for it before (or without) JSON. */
export function responseMediaType(accept: string | undefined): typeof GRAPHQL_RESPONSE | typeof JSON_TYPE {
  if (!accept) return JSON_TYPE;
  const types = accept.split(',').map((part) => {
    const [type, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { type: type!.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
  }).filter((t) => t.q > 0);
  const rank = (t: string) => types.find((x) => x.type === t)?.q ?? -1;
  const gr = rank(GRAPHQL_RESPONSE);
  const json = Math.max(rank(JSON_TYPE), rank('application/*'), rank('*/*'));
  return gr >= 0 && gr >= json ? GRAPHQL_RESPONSE : JSON_TYPE;
}

/** Codes of a request GraphQL received but could not run: the document or its variables were wrong. */
const REQUEST_ERRORS = new Set(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);

type Result = { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
function parseResult(payload: string): Result | null {
  try {
    return JSON.parse(payload) as Result;
  } catch {
    return null;
  }
}

function isGraphql(request: FastifyRequest) {
  return request.routeOptions.url === '/graphql';
}

export function graphqlOverHttp(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!isGraphql(request)) return;
    const body = request.body as Record<string, unknown> | null | undefined;
    if (body && typeof body === 'object' && !Array.isArray(body) && body.extensions === null) delete body.extensions;
    const query = request.query as Record<string, unknown> | undefined;
    if (query && (query.extensions === 'null' || query.extensions === '')) delete query.extensions;
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!isGraphql(request) || typeof payload !== 'string') return payload;
    const media = responseMediaType(request.headers.accept);
    if (reply.statusCode === 400) {
      const body = parseResult(payload);
      const requestError = !!body?.errors?.length && body.errors.every((e) => REQUEST_ERRORS.has(e.extensions?.code ?? ''));
      if (body && requestError) {
        reply.header('content-type', `${media}; charset=utf-8`);
        if (media === JSON_TYPE) {
          reply.code(200);
          return payload;
        }
        const { data: _data, ...rest } = body;
        return JSON.stringify(rest);
      }
    }
    if (media === GRAPHQL_RESPONSE && String(reply.getHeader('content-type') ?? '').startsWith(JSON_TYPE)) {
      reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    }
    return payload;
  });
}
