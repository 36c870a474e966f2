// Stored map positions and saved views: what the web map keeps beside the
// graph, through the store's documents. The app here is the GraphQL plugin with
// the map-docs resolvers, on a real embedded store (as buildApp registers them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_USER } from '../../server/auth/accounts.ts';
import { loadConfig } from '../../server/config.ts';
import type { Services } from '../../server/graphql/context.ts';
import { registerGraphql } from '../../server/graphql/index.ts';
import { LAYOUT_NS, VIEW_NS } from '../../server/graphql/map-docs.ts';
import { gqlRequest } from './harness.ts';
import { freshStore } from '../store/test-store.ts';
import type { GraphStore } from '../../server/store/port.ts';

let app: FastifyInstance;
let store: GraphStore;
let dir: string;
const gql = <T = Record<string, any>>(q: string, v?: Record<string, unknown>) => gqlRequest<T>(app, q, v);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-mapdocs-'));
  store = await freshStore(join(dir, 'test.db'));
  const config = loadConfig({ DATA_DIR: dir });
  app = Fastify();
  // the map documents need only the store and an identity (the loopback mode's local user); the other services stay out of this test
  app.decorateRequest('identity', null);
  app.addHook('onRequest', async (req) => {
    req.identity = LOCAL_USER;
  });
  await registerGraphql(app, { store, config } as unknown as Services);
});

afterEach(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const SAVE = `mutation($key: ID, $p: [NodePositionInput!]!, $replace: Boolean) {
  saveMapLayout(key: $key, positions: $p, replace: $replace) { key positions { id x y } updatedBy }
}`;
const LAYOUT = `query($key: ID) { mapLayout(key: $key) { key positions { id x y } updatedAt } }`;

describe('map layout', () => {
  it('is empty until saved, then holds the positions for everyone', async () => {
    expect(await gql(LAYOUT)).toEqual({ status: 200, data: { mapLayout: { key: 'main', positions: [], updatedAt: null } } });
    const saved = await gql(SAVE, { p: [{ id: 'actor-umea', x: 10.04, y: -20.5 }, { id: 'forum-x', x: 0, y: 3 }] });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveMapLayout).toEqual({ key: 'main', positions: [{ id: 'actor-umea', x: 10, y: -20.5 }, { id: 'forum-x', x: 0, y: 3 }], updatedBy: 'local' });
    const read = await gql(LAYOUT);
    expect(read.data!.mapLayout.positions).toHaveLength(2);
    expect(read.data!.mapLayout.updatedAt).toMatch(/^\d{4}-/);
  });

  it('merges a dragged node into the stored set, and replaces the set on a re-layout', async () => {
    await gql(SAVE, { p: [{ id: 'a', x: 1, y: 1 }, { id: 'b', x: 2, y: 2 }] });
    await gql(SAVE, { p: [{ id: 'b', x: 5, y: 5 }] });
    expect((await gql(LAYOUT)).data!.mapLayout.positions).toEqual([{ id: 'a', x: 1, y: 1 }, { id: 'b', x: 5, y: 5 }]);
    await gql(SAVE, { p: [{ id: 'c', x: 9, y: 9 }], replace: true });
    expect((await gql(LAYOUT)).data!.mapLayout.positions).toEqual([{ id: 'c', x: 9, y: 9 }]);
  });

  it('keeps every move when many people drag at once (none overwrites another\'s)', async () => {
    await gql(SAVE, { p: [{ id: 'start', x: 0, y: 0 }] });
    // reads that take a moment, as over a network to Neo4j: the saves overlap between their read and their write
    const read = store.getDoc.bind(store);
    store.getDoc = async (ns, key) => {
      const doc = await read(ns, key);
      await new Promise((r) => setTimeout(r, 5));
      return doc;
    };
    const moves = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, x: i, y: -i }));
    const answers = await Promise.all(moves.map((m) => gql(SAVE, { p: [m] })));
    store.getDoc = read;
    expect(answers.map((a) => a.errors)).toEqual(moves.map(() => undefined));
    const stored = (await gql(LAYOUT)).data!.mapLayout.positions as Array<{ id: string }>;
    expect(stored.map((p) => p.id).sort()).toEqual(['start', ...moves.map((m) => m.id)].sort());
  });

  it('keeps one layout per key and forgets one on reset', async () => {
    await gql(SAVE, { key: 'countypart', p: [{ id: 'a', x: 1, y: 1 }] });
    expect((await gql(LAYOUT)).data!.mapLayout.positions).toEqual([]);
    expect((await gql(LAYOUT, { key: 'countypart' })).data!.mapLayout.positions).toHaveLength(1);
    expect((await gql(`mutation { resetMapLayout(key: "countypart") }`)).data).toEqual({ resetMapLayout: true });
    expect(await store.getDoc(LAYOUT_NS, 'countypart')).toBeNull();
  });

  it('refuses bad keys, ids and coordinates at the field, in Swedish too', async () => {
    const r = await gql(SAVE, { key: 'Bad Key', p: [{ id: 'OK?', x: 1, y: 1e9 }] });
    expect(r.data).toBeNull();
    expect(r.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0]!.extensions.fields!;
    expect(fields.map((f) => f.path.join('.'))).toEqual(['key', 'positions.0.id', 'positions.0.y']);
    expect(fields[0]!.messageSv).toBe('måste vara 1–40 tecken: gemener, siffror och - (inte först)');
    expect(fields.every((f) => typeof f.messageSv === 'string' && f.messageSv.length > 0)).toBe(true);
  });

  it('stores ten thousand positions in one document', async () => {
    const p = Array.from({ length: 10_000 }, (_, i) => ({ id: `syn-${i}`, x: i, y: -i }));
    const r = await gql(`mutation($p: [NodePositionInput!]!) { saveMapLayout(positions: $p) { key } }`, { p });
    expect(r.errors).toBeUndefined();
    const doc = await store.getDoc(LAYOUT_NS, 'main');
    expect(Object.keys((doc!.value as { positions: object }).positions)).toHaveLength(10_000);
  });
});

const SAVE_VIEW = `mutation($input: SavedViewInput!) { saveView(input: $input) { id name state updatedBy } }`;

describe('saved views', () => {
  it('saves a view under a key from its name, lists and reads it', async () => {
    const r = await gql(SAVE_VIEW, { input: { name: 'Vindeln – planerat', state: { m: 'actor-vindeln', asOf: '2026-01-01' } } });
    expect(r).toEqual({ status: 200, data: { saveView: { id: 'view-vindeln-planerat', name: 'Vindeln – planerat', state: { m: 'actor-vindeln', asOf: '2026-01-01' }, updatedBy: 'local' } } });
    await gql(SAVE_VIEW, { input: { name: 'Alla forum', state: {} } });
    const list = await gql(`{ savedViews { id name } }`);
    expect(list.data!.savedViews).toEqual([{ id: 'view-alla-forum', name: 'Alla forum' }, { id: 'view-vindeln-planerat', name: 'Vindeln – planerat' }]);
    expect((await gql(`{ savedView(id: "view-vindeln-planerat") { state } }`)).data).toEqual({ savedView: { state: { m: 'actor-vindeln', asOf: '2026-01-01' } } });
    expect((await gql(`{ savedView(id: "view-none") { id } }`)).data).toEqual({ savedView: null });
  });

  it('replaces a view saved again under the same id', async () => {
    await gql(SAVE_VIEW, { input: { id: 'v1', name: 'A', state: { a: 1 } } });
    await gql(SAVE_VIEW, { input: { id: 'v1', name: 'B', state: { b: 2 } } });
    expect((await store.listDocs(VIEW_NS)).map((d) => d.value)).toEqual([{ name: 'B', state: { b: 2 } }]);
  });

  it('keeps a name with markup as plain text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const r = await gql(SAVE_VIEW, { input: { name, state: {} } });
    expect(r.data!.saveView.name).toBe(name);
    expect(r.data!.saveView.id).toBe('view-img-src-x-onerror-alert-1');
  });

  it('refuses an empty name, a state that is not an object, or one too large', async () => {
    const r = await gql(SAVE_VIEW, { input: { name: '  ', state: 'x' } });
    expect(r.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions.fields!.map((f) => f.path.join('.'))).toEqual(['input.name', 'input.state']);
    expect(r.errors![0]!.extensions.fields![0]!.messageSv).toBe('får inte vara tom');
    const big = await gql(SAVE_VIEW, { input: { name: 'Stor', state: { s: 'x'.repeat(20_000) } } });
    expect(big.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ path: ['input', 'state'], messageSv: 'får vara högst 16384 byte som JSON' })]);
  });

  it('deletes a view, and says NOT_FOUND for one that is not there', async () => {
    await gql(SAVE_VIEW, { input: { id: 'v1', name: 'A', state: {} } });
    expect((await gql(`mutation { deleteView(id: "v1") { id deleted } }`)).data).toEqual({ deleteView: { id: 'v1', deleted: true } });
    const again = await gql(`mutation { deleteView(id: "v1") { id deleted } }`);
    expect(again.errors![0]!.extensions.code).toBe('NOT_FOUND');
  });
});
