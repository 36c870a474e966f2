// Limits that are on from the start, health and readiness, and durability
// across a restart.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { gqlRequest, openHarness, type Harness } from './harness.ts';
import { reopenStore, STORE_UNDER_TEST } from '../store/test-store.ts';

let h: Harness;
afterEach(() => h?.close());

describe('limits', () => {
  it('refuses a query deeper than QUERY_DEPTH with QUERY_TOO_COMPLEX', async () => {
    h = await openHarness({ data: 'fixture', env: { QUERY_DEPTH: '4' } });
    const ok = await h.gql(`{ actors { nodes { partOf { name } } } }`);
    expect(ok.errors).toBeUndefined();
    const deep = await h.gql(`{ actors { nodes { partOf { partOf { partOf { partOf { name } } } } } } }`);
    expect(deep.data).toBeNull();
    expect(deep.errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a body over BODY_LIMIT with 413 and stores nothing', async () => {
    h = await openHarness({ data: 'fixture', env: { BODY_LIMIT: '2048' } });
    const v0 = await h.store.version();
    const res = await h.app.inject({
      method: 'POST', url: '/graphql',
      payload: { query: 'mutation($d: String) { createActor(input: { name: "X", kind: TEAM, principal: REGION, description: $d }) { id } }', variables: { d: 'x'.repeat(5000) } },
    });
    expect(res.statusCode).toBe(413);
    expect(await h.store.version()).toBe(v0);
  });
});

describe('health and readiness', () => {
  it('says alive on /health and ready with the store on /ready', async () => {
    h = await openHarness({ data: 'fixture' });
    expect((await h.app.inject('/health')).json()).toEqual({ status: 'ok' });
    expect((await h.app.inject('/ready')).json()).toMatchObject({ status: 'ready', store: STORE_UNDER_TEST });
  });

  it('answers 503 on /ready when the store is gone', async () => {
    h = await openHarness({ data: 'fixture' });
    await h.store.close();
    const res = await h.app.inject('/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', code: 'STORE_UNAVAILABLE' });
  });
});

describe('restart', () => {
  it('keeps every change made through the API', async () => {
    h = await openHarness({ data: 'fixture' });
    const file = join(h.dir, 'test.db');
    await h.gql(`mutation { updateForum(id: "local", patch: { status: ENDED, endDate: "2026-06-30" }) { id } }`);
    await h.gql(`mutation { link(input: { type: PARTICIPATES_IN, from: "umea", to: "lsg", role: SECRETARY }) { id } }`);
    await h.app.close();
    await h.store.close();

    const store = await reopenStore(file);
    const app = await buildApp({ config: loadConfig({ DATA_DIR: h.dir }), store });
    try {
      const r = await gqlRequest<Record<string, any>>(app, `{ node(id: "local") { ... on Forum { status endDate } } lsg: node(id: "lsg") { ... on Forum { participants { role actor { id } } } } }`);
      expect(r.data).toEqual({ node: { status: 'ENDED', endDate: '2026-06-30' }, lsg: { participants: [{ role: 'SECRETARY', actor: { id: 'umea' } }] } });
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('errors outside GraphQL', () => {
  it('answer a failing route with a code and a generic message, never the error itself', async () => {
    h = await openHarness({ data: 'fixture' });
    h.app.get('/api/boom', async () => {
      throw new Error('secret path /etc/samverkan and a stack');
    });
    const res = await h.app.inject('/api/boom');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'INTERNAL', message: 'Internal error', messageSv: 'Något gick fel. Försök igen.' });
  });
});
