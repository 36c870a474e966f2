// A small keep-alive HTTP client for 127.0.0.1: one request at a time, the
// whole body read, so a measured request is the server's work plus the wire.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export async function request(url: string, opts: { method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string>; ownSocket?: boolean } = {}): Promise<HttpResult> {
  try {
    return await requestOnce(url, opts);
  } catch (e) {
    // A kept-alive socket the server closed (idle past its keepAliveTimeout, 5 s: a slow
    // floor or a write ran in between) just as the request went out: Node's documented
    // case for sending it again, on a new socket.
    if ((e as { reusedSocket?: boolean }).reusedSocket && (e as NodeJS.ErrnoException).code === 'ECONNRESET') return requestOnce(url, opts);
    throw e;
  }
}

function requestOnce(url: string, opts: { method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string>; ownSocket?: boolean }): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: opts.method ?? 'GET',
      // a request of its own, beside the one kept-alive socket (which stays free for others)
      agent: opts.ownSocket ? false : agent,
      headers: { ...(opts.body !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(opts.body) } : {}), ...opts.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', (e) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })));
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** POSTs a GraphQL query; throws unless the answer is 200 without errors. `ownSocket`: on a connection of its own. */
export async function graphql(base: string, query: string, variables?: Record<string, unknown>, opts: { ownSocket?: boolean } = {}): Promise<Buffer> {
  const r = await request(`${base}/graphql`, { method: 'POST', body: JSON.stringify({ query, ...(variables ? { variables } : {}) }), ...opts });
  if (r.status !== 200) throw new Error(`GraphQL answered ${r.status}: ${r.body.toString('utf8', 0, 500)}`);
  // `errors` sits at the start (no data) or the end (partial data): a check that needs no parse of a 20 MB body
  if (r.body.subarray(0, 200).includes('"errors"') || r.body.subarray(-4000).includes('"errors"')) {
    throw new Error(`GraphQL errors: ${r.body.toString('utf8', 0, 300)} … ${r.body.toString('utf8', Math.max(0, r.body.length - 1500))}`);
  }
  return r.body;
}

/** GETs a bench route; throws unless 200. */
export async function getOk(url: string): Promise<Buffer> {
  const r = await request(url);
  if (r.status !== 200) throw new Error(`GET ${url} answered ${r.status}: ${r.body.toString('utf8', 0, 300)}`);
  return r.body;
}

export function closeAgent(): void {
  agent.destroy();
}
