// Whole answers of read-only queries, kept per store version
// (server/graphql/response-cache.ts): the same query at the same version is
// answered with the same bytes without reaching the store; a write, another
// caller's own data, documents, errors and mutations are never served stale.
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { cacheableDocument } from '../../server/graphql/response-cache.ts';
import { countingStore, openHarness, type Harness } from './harness.ts';

const ANALYST = '{ forums(first: 100) { nodes { id name participants { role actor { id name } } careLevels { id name } } } }';

let h: Harness;
afterEach(() => h?.close());

const post = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query, variables } });

describe('the response cache', () => {
  it('answers a repeated query with the same bytes without reaching the store, and reads a write at once', async () => {
    let counter!: ReturnType<typeof countingStore>;
    h = await openHarness({ data: 'fixture', wrap: (s) => (counter = countingStore(s)).store });
    const first = await post(ANALYST);
    expect(first.statusCode).toBe(200);
    counter.reset();
    const again = await post(ANALYST);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    // only the version, to know the kept answer still holds
    expect(Object.fromEntries(counter.calls)).toEqual({ version: 1 });

    const forum = (first.json() as { data: { forums: { nodes: Array<{ id: string; name: string }> } } }).data.forums.nodes[0]!;
    const renamed = await h.gql(`mutation($id: ID!) { updateForum(id: $id, patch: { name: "Omdöpt forum" }) { name } }`, { id: forum.id });
    expect(renamed.errors).toBeUndefined();
    const after = await post(ANALYST);
    expect(after.json().data.forums.nodes.map((f: { name: string }) => f.name)).toContain('Omdöpt forum');
    expect(after.rawPayload.equals(first.rawPayload)).toBe(false);
  });

  it('keeps answers apart by their variables and operation', async () => {
    h = await openHarness({ data: 'fixture' });
    const q = 'query One($n: Int) { forums(first: $n) { nodes { id } } } query Two { actors(first: 1) { nodes { id } } }';
    const one = async (n: number) => (await h.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: q, operationName: 'One', variables: { n } } })).json();
    expect((await one(1)).data.forums.nodes).toHaveLength(1);
    expect((await one(2)).data.forums.nodes).toHaveLength(2);
    expect((await one(1)).data.forums.nodes).toHaveLength(1);
    const two = await h.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: q, operationName: 'Two' } });
    expect(Object.keys(two.json().data)).toEqual(['actors']);
  });

  it('never keeps an answer with errors', async () => {
    let counter!: ReturnType<typeof countingStore>;
    h = await openHarness({ data: 'fixture', wrap: (s) => (counter = countingStore(s)).store });
    const bad = '{ forums(first: 100) { nodes { id } } node(id: "no-such") { id } nodes(ids: ["x"]) { id } forumsTooMany: forums(first: 100000) { totalCount } }';
    const first = await post(bad);
    expect(first.json().errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    counter.reset();
    await post(bad);
    expect(counter.calls.get('listNodes') ?? 0).toBeGreaterThan(0);
  });

  it('keeps nothing that reads documents, the caller’s own account or the audit trail', async () => {
    h = await openHarness({ data: 'fixture' });
    for (const q of [
      '{ me { user { id } } }', '{ savedViews { id } }', '{ mapLayout { key } }', '{ gapAnalysis { total } }',
      '{ coverage(rows: MUNICIPALITIES, columns: SYSTEM_LEVELS) { version } }', '{ history(id: "x") { seq } }', '{ forums { totalCount } me { user { id } } }',
      'mutation { saveView(input: { name: "v", state: {} }) { id } }', 'subscription { mapChanged { version } }',
      'query { ...F } fragment F on Query { me { user { id } } }',
    ]) expect(cacheableDocument(parse(q), null), q).toBe(false);
    for (const q of ['{ forums { totalCount } }', 'query { ...F } fragment F on Query { node(id: "x") { id } graph { version } }', '{ __typename search(text: "x") { score } }']) {
      expect(cacheableDocument(parse(q), null), q).toBe(true);
    }
    // a layout saved between two identical reads is read again
    const read = async () => (await post('{ mapLayout { positions { id x y } } }')).json().data.mapLayout.positions as unknown[];
    const before = await read();
    const saved = await h.gql('mutation { saveMapLayout(positions: [{ id: "f1", x: 1, y: 2 }]) { key } }');
    expect(saved.errors).toBeUndefined();
    expect((await read()).length).toBeGreaterThan(before.length);
  });

  it('gives a caller without an identity no kept answer', async () => {
    h = await openHarness({ data: 'fixture', env: { AUTH: 'required', ADMIN_USER: 'admin', ADMIN_PASSWORD: 'ett-långt-lösenord' } });
    const signedOut = await post(ANALYST);
    expect(signedOut.statusCode).toBe(401);
    const again = await post(ANALYST);
    expect(again.statusCode).toBe(401);
    expect(again.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
