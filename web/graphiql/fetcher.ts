// How GraphiQL talks to the API: a POST to this origin's /graphql with the
// browser's own session cookie, a JSON body (which, with the
// `x-requested-with` header, is what the server's CSRF check asks of a page
// of its own: checkCrossSite in server/auth/plugin.ts), and an answer that is
// always a GraphQL result, so GraphiQL shows a refusal instead of failing to
// parse it. Kept free of React so the unit tests can run it.

/** Where the API is: the same origin as the page. */
export const GRAPHQL_URL = '/graphql';

/** The header a page of our own sends (CSRF_HEADER in server/auth/plugin.ts). */
export const CSRF_HEADER = 'x-requested-with';

/** What GraphiQL passes to a fetcher (the parts we use). */
export interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

/** GraphiQL's second argument: the headers typed into its headers editor. */
export interface FetcherOptions {
  headers?: Record<string, unknown>;
}

export type GraphQLResult = { data?: unknown; errors?: Array<{ message: string; [k: string]: unknown }>; [k: string]: unknown };

export function createFetcher(opts: { url?: string; fetch?: typeof fetch } = {}) {
  const url = opts.url ?? GRAPHQL_URL;
  const send = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return async (params: GraphQLParams, fetcherOpts?: FetcherOptions): Promise<GraphQLResult> => {
    const typed: Record<string, string> = {};
    for (const [k, v] of Object.entries(fetcherOpts?.headers ?? {})) if (v !== undefined && v !== null) typed[k] = String(v);
    const res = await send(url, {
      method: 'POST',
      // the session cookie of the map's sign-in (sameSite strict: same origin only)
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        [CSRF_HEADER]: 'graphiql',
        ...typed,
      },
      body: JSON.stringify(params),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as GraphQLResult;
    } catch {
      // a proxy's error page or an empty answer: shown as an error, not a parse failure
      return { errors: [{ message: `HTTP ${res.status} ${res.statusText}: ${text.slice(0, 500) || '(empty answer)'}` }] };
    }
  };
}

/** The query GraphiQL opens with when the browser has none saved (lines short enough for the editor beside the docs). */
export const DEFAULT_QUERY = `# Samverkanskartan's GraphQL API.
# Ctrl+Enter runs the query. The book icon
# (top left) opens the docs: every type,
# field and argument, described.
# If the server asks you to sign in, sign
# in on the map (/) first: this page uses
# the same session.
#
# The active collaboration forums
# (samverkansforum) in Umeå county part
# (Umeå länsdel): their system level,
# mandate, and who takes part in what role.
query ForumsInUmeaCountyPart {
  forums(
    filter: {
      countyPart: "lansdel-umea"
      status: [ACTIVE]
    }
    first: 10
  ) {
    totalCount
    nodes {
      name
      systemLevel
      mandate
      participants {
        role
        actor { name principal }
      }
    }
  }
}
`;
