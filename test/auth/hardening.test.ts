// OWASP GraphQL cheat-sheet items, each with a request that only the
// protection stops. (Depth and body limits: test/api/limits-and-restart.test.ts;
// no stack traces: test/api/mutations.test.ts.)
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { ensureWebBuild } from '../../server/web.ts';
import { fixture } from '../store/fixture.ts';
import { openHarness, type Harness } from '../api/harness.ts';
import { freshStore } from '../store/test-store.ts';

let h: Harness;
afterEach(() => h?.close());

describe('query limits', () => {
  it('refuses more aliases than MAX_ALIASES', async () => {
    h = await openHarness({ data: 'fixture', env: { MAX_ALIASES: '3' } });
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node(id: "umea") { id }`).join(' ')} }`;
    expect((await h.gql(aliases(3))).errors).toBeUndefined();
    const r = await h.gql(aliases(4));
    expect(r).toMatchObject({ data: null, errors: [{ message: 'More than 3 aliases in one request', extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
  });

  it('refuses a query whose estimated cost is over MAX_COST', async () => {
    h = await openHarness({ data: 'fixture', env: { MAX_COST: '1000' } });
    expect((await h.gql('{ forums(first: 10) { nodes { name participants { role } } } }')).errors).toBeUndefined();
    const r = await h.gql('{ forums(first: 500) { nodes { participants { actor { partOf { parts { name } } } } } } }');
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(r.errors![0]!.message).toMatch(/estimated cost \d+ is over the limit of 1000/);
  });

  it('counts fragments in the cost, and a variable page size as the largest page', async () => {
    h = await openHarness({ data: 'fixture', env: { MAX_COST: '1000' } });
    const r = await h.gql('query($n: Int) { forums(first: $n) { ...F } } fragment F on ForumConnection { nodes { participants { actor { name } } } }', { n: 1 });
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });

  it('refuses batched queries', async () => {
    h = await openHarness({ data: 'fixture' });
    const res = await h.app.inject({ method: 'POST', url: '/graphql', payload: [{ query: '{ me { via } }' }, { query: '{ me { via } }' }] });
    expect(res.statusCode).toBe(400);
  });

  it('can switch introspection off', async () => {
    h = await openHarness({ data: 'fixture', env: { INTROSPECTION: 'false' } });
    const r = await h.gql('{ __schema { types { name } } }');
    expect(r.errors![0]!.message).toMatch(/introspection/i);
    expect((await h.gql('{ me { via } }')).errors).toBeUndefined();
  });

  it('serves GraphiQL by default and can switch it off', { timeout: 300_000 }, async () => {
    // GraphiQL's page is part of the web build (web/graphiql)
    await ensureWebBuild();
    h = await openHarness({ data: 'fixture' });
    expect((await h.app.inject('/graphiql')).statusCode).toBe(200);
    await h.close();
    h = await openHarness({ data: 'fixture', env: { GRAPHIQL: 'false' } });
    expect((await h.app.inject('/graphiql')).statusCode).toBe(404);
  });
});

describe('request protection', () => {
  it('refuses a GraphQL request a browser could send cross-site without a preflight (CSRF)', async () => {
    h = await openHarness({ data: 'fixture' });
    // a simple GET (an <img> or a link elsewhere could send it) is refused …
    const simple = await h.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{ me { user { id } } }')}` });
    expect(simple.statusCode).toBe(400);
    expect(simple.body).toMatch(/CSRF/i);
    // … and answered when it carries a header only a same-origin script can add
    const preflighted = await h.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{ me { user { id } } }')}`, headers: { 'mercurius-require-preflight': '1' } });
    expect(preflighted.statusCode).toBe(200);
    const plain = await h.app.inject({ method: 'POST', url: '/graphql', payload: JSON.stringify({ query: 'mutation { deleteActor(id: "umea") { id } }' }), headers: { 'content-type': 'text/plain' } });
    expect(plain.statusCode).toBe(400);
    expect((await h.store.getNodes(['umea']))[0]).not.toBeNull();
  });

  it('limits mutations per user per minute', async () => {
    h = await openHarness({ data: 'fixture', env: { MUTATION_RATE: '2' } });
    const m = 'mutation { updateActor(id: "umea", patch: { code: "2480" }) { id } }';
    expect((await h.gql(m)).errors).toBeUndefined();
    expect((await h.gql(m)).errors).toBeUndefined();
    const third = await h.gql(m);
    expect(third.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect((await h.gql('{ node(id: "umea") { id } }')).errors).toBeUndefined();
  });

  it('limits sign-in attempts per address', async () => {
    h = await openHarness({ data: 'fixture', env: { AUTH: 'required', LOGIN_RATE: '3' } });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await h.app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
  });

  it('sets a request timeout from REQUEST_TIMEOUT_MS', async () => {
    h = await openHarness({ data: 'fixture', env: { REQUEST_TIMEOUT_MS: '1234' } });
    expect((h.app.initialConfig as { requestTimeout?: number }).requestTimeout).toBe(1234);
  });
});

describe('headers and logs', () => {
  it('sends security headers with a content security policy the page works under', async () => {
    h = await openHarness({ data: 'fixture' });
    const res = await h.app.inject('/health');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unpkg/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });

  it('lets GraphiQL load its code from this origin only (bundled, no CDN)', async () => {
    h = await openHarness({ data: 'fixture' });
    const csp = (await h.app.inject('/graphiql')).headers['content-security-policy'] as string;
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/unpkg|https?:/);
    expect(csp).not.toMatch(/'unsafe-eval'/);
  });

  it('never writes credentials to the log', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const store = await freshStore();
    await store.apply(fixture('').changes, { by: 'test' });
    await new Accounts(store).createUser({ id: 'anna', role: 'VIEWER' });
    const { token } = await new Accounts(store).createToken('anna', 't', 5);
    const app = await buildApp({ config: loadConfig({ HOST: '0.0.0.0' }), store, logger: { level: 'info', stream } as never });
    try {
      await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ me { via } }' }, headers: { authorization: `Bearer ${token}`, cookie: 'svk_session=hemlig' } });
      const log = lines.join('');
      expect(log).toMatch(/"url":"\/graphql"/);
      expect(log).not.toContain(token);
      expect(log).not.toContain('hemlig');
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('introspection within the default limits', () => {
  it('answers the standard introspection query of GraphiQL and graphql-js, with every option, under the default limits', async () => {
    h = await openHarness({ data: 'fixture' });
    const { getIntrospectionQuery } = await import('graphql');
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    const r = await h.gql(query);
    expect(r.errors).toBeUndefined();
    expect((r.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it('still refuses an introspection query that walks types through their fields again and again', async () => {
    h = await openHarness({ data: 'fixture' });
    const r = await h.gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(r.errors![0]!.message).toMatch(/nesting more than 3 lists/);
  });

  it('counts depth through fragments, so a fragment cannot hide a deep query', async () => {
    h = await openHarness({ data: 'fixture', env: { QUERY_DEPTH: '4' } });
    const r = await h.gql('{ actors { ...A } } fragment A on ActorConnection { nodes { partOf { partOf { partOf { name } } } } }');
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });
});
