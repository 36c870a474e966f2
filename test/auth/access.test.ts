// Deny by default, decided on the route the router matched: no spelling of a
// protected path reaches it without an identity; no state-changing route takes
// a request another site could have sent; a password reset ends every way in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { PUBLIC_ROUTES } from '../../server/auth/plugin.ts';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from '../api/harness.ts';
import { spellings } from './spellings.ts';

interface Route {
  method: 'GET' | 'POST';
  path: string;
  query?: string;
  headers?: Record<string, string>;
  payload?: string | Buffer | Record<string, unknown>;
}

const BOUNDARY = '----access-boundary';
const CSV = 'Id / Id;Namn / Name;Typ / Kind;Systemnivå / System level;Status / Status\nforum-access;Forum access;Team;Mikro;Planerad\n';
const multipart = (content = CSV) => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="forums.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`);

/** Every route that needs an identity, with a request that succeeds when it has one. */
const PROTECTED: Route[] = [
  { method: 'POST', path: '/graphql', payload: { query: '{ users { id } }' } },
  { method: 'GET', path: '/graphql', query: `query=${encodeURIComponent('{ me { via } }')}`, headers: { 'mercurius-require-preflight': '1' } },
  { method: 'GET', path: '/api/export', query: 'format=json' },
  { method: 'GET', path: '/api/template.xlsx' },
  { method: 'POST', path: '/api/import', query: 'dryRun=true', payload: multipart(), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'x-requested-with': 'test' } },
  { method: 'POST', path: '/auth/logout', headers: { 'x-requested-with': 'test' } },
];

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await openHarness({ data: seedStore, env: { AUTH: 'required' } });
  const accounts = new Accounts(h.store);
  await accounts.createUser({ id: 'admin', role: 'ADMIN' });
  token = (await accounts.createToken('admin', 'access', 1)).token;
});
afterAll(() => h.close());

const send = (r: Route, url: string, method: string, extra: Record<string, string> = {}) =>
  h.app.inject({ method: method as 'GET', url: r.query ? `${url}${url.includes('?') ? '&' : '?'}${r.query}` : url, headers: { ...r.headers, ...extra }, ...(r.payload !== undefined && method === 'POST' ? { payload: r.payload } : {}) });

describe('an anonymous caller with AUTH=required', () => {
  it.each(PROTECTED.map((r) => [`${r.method} ${r.path}`, r] as const))('reaches %s under no spelling, method or HEAD/OPTIONS', async (_name, r) => {
    const paths = spellings(r.path);
    expect(paths.length).toBeGreaterThanOrEqual(40);
    let routed = 0;
    for (const url of paths) {
      for (const method of [r.method, 'HEAD', 'OPTIONS']) {
        const anonymous = await send(r, url, method);
        const signedIn = await send(r, url, method, { authorization: `Bearer ${token}` });
        // never a success, and never the data
        expect([401, 400, 404, 405], `${method} ${url} → ${anonymous.statusCode}`).toContain(anonymous.statusCode);
        // eslint-disable-next-line no-control-regex -- PK\u0003\u0004 opens a zip file (an export): its bytes are the point
        expect(anonymous.body).not.toMatch(/"users"|"samverkanskartan"|PK\u0003\u0004|"me"|signedOut/);
        // where the spelling reaches the route for a signed-in caller, the anonymous one was refused for want of an identity
        if (signedIn.statusCode < 300) {
          routed++;
          expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
        }
      }
    }
    // the spellings are not vacuous: the router decodes some of them to the route itself
    expect(routed).toBeGreaterThanOrEqual(r.path.replace(/\//g, '').length);
    expect(await h.store.getNodes(['forum-access'])).toEqual([null]);
  });

  it('still reaches the public routes, and nothing else is public', async () => {
    expect((await h.app.inject('/health')).statusCode).toBe(200);
    expect((await h.app.inject('/auth/me')).json()).toEqual({ authRequired: true, user: null });
    expect([...PUBLIC_ROUTES].sort()).toEqual(['/', '/*', '/api/shared/:token', '/auth/login', '/auth/me', '/graphiql', '/graphiql/config.js', '/graphiql/main.js', '/graphiql/sw.js', '/health', '/index.html', '/rapport/:area', '/ready', '/v/:token']);
    const routes = h.app.printRoutes({ commonPrefix: false });
    for (const r of PROTECTED) expect(routes).toContain(r.path.split('/').pop()!);
  });
});

describe('a password reset or a disabled account', () => {
  it('ends the user’s sessions and API tokens', async () => {
    const accounts = new Accounts(h.store);
    const password = 'ett-langt-losenord-1';
    for (const id of ['reset-me', 'disable-me']) {
      await accounts.createUser({ id, role: 'EDITOR', password });
    }
    const access = async (id: string) => {
      const login = await h.app.inject({ method: 'POST', url: '/auth/login', payload: { username: id, password } });
      const cookie = `svk_session=${login.cookies.find((c) => c.name === 'svk_session')!.value}`;
      const { token: t } = await accounts.createToken(id, 'cli', 30);
      return { cookie, token: t };
    };
    const reaches = async (a: { cookie: string; token: string }) => [
      (await h.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ me { via } }' }, headers: { cookie: a.cookie } })).statusCode,
      (await h.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ me { via } }' }, headers: { authorization: `Bearer ${a.token}` } })).statusCode,
    ];
    const reset = await access('reset-me');
    const disabled = await access('disable-me');
    expect(await reaches(reset)).toEqual([200, 200]);
    expect(await reaches(disabled)).toEqual([200, 200]);

    const r1 = await h.gqlAs(token, 'mutation { updateUser(id: "reset-me", patch: { password: "ett-annat-losenord-2" }) { id } }');
    expect(r1.errors).toBeUndefined();
    expect(await reaches(reset)).toEqual([401, 401]);

    await h.gqlAs(token, 'mutation { updateUser(id: "disable-me", patch: { disabled: true }) { id } }');
    await h.gqlAs(token, 'mutation { updateUser(id: "disable-me", patch: { disabled: false }) { id } }');
    // enabled again, the old session and token stay ended
    expect(await reaches(disabled)).toEqual([401, 401]);
    expect((await accounts.listTokens('disable-me')).every((t) => t.revokedAt)).toBe(true);
  });
});

describe('an editor whose change reaches outside its scope', () => {
  it('cannot delete its own municipality, and is told what lies outside', async () => {
    const accounts = new Accounts(h.store);
    await accounts.createUser({ id: 'vindeln-editor', role: 'EDITOR', scopes: ['kommun-vindeln'] });
    const t = (await accounts.createToken('vindeln-editor', 'scope', 1)).token;
    const v0 = await h.store.version();
    const r = await h.gqlAs(t, 'mutation { deleteActor(id: "kommun-vindeln") { id } }');
    expect(r.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/reaches .*lies outside your scope \(kommun-vindeln\)/);
    expect(await h.store.version()).toBe(v0);
  });
});

// last: on Neo4j the loopback-mode store below is the same database emptied
describe('cross-site requests, in the loopback mode whose local user needs no sign-in', () => {
  let local: Harness;
  beforeAll(async () => {
    local = await openHarness({ data: seedStore });
  });
  afterAll(() => local.close());

  const WRITES: Array<Route & { simpleType: string | null }> = [
    { method: 'POST', path: '/graphql', payload: JSON.stringify({ query: 'mutation { deleteActor(id: "kommun-vindeln") { id } }' }), headers: { 'content-type': 'application/json' }, simpleType: 'text/plain' },
    { method: 'POST', path: '/api/import', payload: multipart(), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, simpleType: `multipart/form-data; boundary=${BOUNDARY}` },
    { method: 'POST', path: '/auth/logout', simpleType: null },
    { method: 'POST', path: '/auth/login', payload: JSON.stringify({ username: 'x', password: 'y' }), headers: { 'content-type': 'application/json' }, simpleType: 'text/plain' },
  ];

  it.each(WRITES.map((r) => [r.path, r] as const))('refuses %s from another site, or without the header a form cannot send', async (_p, r) => {
    const v0 = await local.store.version();
    const go = (headers: Record<string, string | undefined>) =>
      local.app.inject({ method: 'POST', url: r.path, headers: Object.fromEntries(Object.entries({ ...r.headers, ...headers }).filter(([, v]) => v !== undefined)) as Record<string, string>, ...(r.payload !== undefined ? { payload: r.payload } : {}) });
    const evilOrigin = await go({ origin: 'https://evil.example', host: 'localhost:4000', 'x-requested-with': 'x' });
    expect(evilOrigin.statusCode).toBe(403);
    expect(evilOrigin.body).toMatch(/FORBIDDEN/);
    const fetchMeta = await go({ 'sec-fetch-site': 'cross-site', 'x-requested-with': 'x' });
    expect(fetchMeta.statusCode).toBe(403);
    const sameSite = await go({ 'sec-fetch-site': 'same-site', 'x-requested-with': 'x' });
    expect(sameSite.statusCode).toBe(403);
    const nullOrigin = await go({ origin: 'null', 'x-requested-with': 'x' });
    expect(nullOrigin.statusCode).toBe(403);
    const simple = await go({ 'content-type': r.simpleType ?? undefined });
    expect(simple.statusCode).toBe(400);
    expect(simple.body).toMatch(/BAD_REQUEST/);
    expect(await local.store.version()).toBe(v0);
    expect((await local.store.getNodes(['kommun-vindeln', 'forum-access'])).map((n) => n?.id ?? null)).toEqual(['kommun-vindeln', null]);
  });

  it('takes the same import from the page itself, which sends the header', async () => {
    const res = await local.app.inject({
      method: 'POST', url: '/api/import', payload: multipart(),
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'x-requested-with': 'samverkanskartan', 'sec-fetch-site': 'same-origin', origin: 'http://localhost:4000', host: 'localhost:4000' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await local.store.getNodes(['forum-access']))[0]?.name).toBe('Forum access');
  });
});
