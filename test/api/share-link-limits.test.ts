// Read-only links' limits beyond what they show: a HEAD is no use; each
// address may try only so many tokens a window (RATE_LIMITED, in Swedish too),
// while another address is unaffected; an editor scoped to an area may share
// only views filtered to that area, and may not widen a view a link shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from './harness.ts';

const SAVE_VIEW = `mutation($input: SavedViewInput!) { saveView(input: $input) { id } }`;
const CREATE = `mutation($viewId: ID!) { createShareLink(viewId: $viewId) { token link { id } } }`;
const LIST = `{ shareLinks { id uses } }`;
const RATE = 5;

let h: Harness;
const tokens = { admin: '', vindeln: '' };
const WRONG = `svl_${'0'.repeat(16)}_${'A'.repeat(43)}`;
const open = (token: string, remoteAddress = '127.0.0.1', method: 'GET' | 'HEAD' = 'GET', base = '/api/shared/') => h.app.inject({ method, url: `${base}${token}`, remoteAddress });

async function createLink(viewId: string, as: keyof typeof tokens = 'admin') {
  const r = await h.gqlAs<{ createShareLink: { token: string; link: { id: string } } }>(tokens[as], CREATE, { viewId });
  expect(r.errors).toBeUndefined();
  return { token: r.data!.createShareLink.token, id: r.data!.createShareLink.link.id };
}

beforeAll(async () => {
  h = await openHarness({ data: seedStore, env: { AUTH: 'required', SHARE_LINK_RATE: String(RATE), SHARE_LINK_RATE_WINDOW_S: '600' } });
  const accounts = new Accounts(h.store);
  await accounts.createUser({ id: 'admin', role: 'ADMIN' });
  await accounts.createUser({ id: 'vindeln', role: 'EDITOR', scopes: ['kommun-vindeln'] });
  for (const id of ['admin', 'vindeln'] as const) tokens[id] = (await accounts.createToken(id, 'share', 1)).token;
  for (const [id, state] of [
    ['view-vindeln', { m: 'kommun-vindeln' }],
    ['view-umea', { m: 'kommun-umea' }],
    ['view-whole', {}],
    ['view-umea-part', { cp: 'lansdel-umea' }],
    ['view-vindeln-in-part', { cp: 'lansdel-umea', m: 'kommun-vindeln' }],
  ] as const) {
    const r = await h.gqlAs(tokens.admin, SAVE_VIEW, { input: { id, name: id, state } });
    expect(r.errors).toBeUndefined();
  }
}, 120_000);
afterAll(() => h.close());

describe('a HEAD request to a read-only link', () => {
  it('answers as a GET does, without a body, and is not counted as a use', async () => {
    const l = await createLink('view-vindeln');
    const head = await open(l.token, '10.0.0.1', 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    const uses = async () => (await h.gqlAs<{ shareLinks: Array<{ id: string; uses: number }> }>(tokens.admin, LIST)).data!.shareLinks.find((x) => x.id === l.id)!.uses;
    expect(await uses()).toBe(0);
    expect((await open(l.token, '10.0.0.1')).statusCode).toBe(200);
    expect(await uses()).toBe(1);
  });
});

describe('the rate limit on read-only links', () => {
  it('answers 429 RATE_LIMITED, in Swedish too, after SHARE_LINK_RATE attempts from one address, and lets another address open a valid link', async () => {
    const l = await createLink('view-vindeln');
    const codes: number[] = [];
    for (let i = 0; i < RATE + 2; i++) codes.push((await open(WRONG, '10.0.0.2')).statusCode);
    expect(codes).toEqual([...Array<number>(RATE).fill(404), 429, 429]);
    const limited = await open(WRONG, '10.0.0.2');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', messageSv: expect.stringMatching(/läslänkar/) });
    // the right token does not get past the limit from the same address either
    expect((await open(l.token, '10.0.0.2')).statusCode).toBe(429);
    // another address is not affected
    const elsewhere = await open(l.token, '10.0.0.3');
    expect(elsewhere.statusCode).toBe(200);
    expect((elsewhere.json() as { view: { name: string } }).view.name).toBe('view-vindeln');
  });

  it('covers the link’s page at /v/:token too', async () => {
    const codes: number[] = [];
    for (let i = 0; i < RATE + 1; i++) codes.push((await open(WRONG, '10.0.0.4', 'GET', '/v/')).statusCode);
    // the page (200), or 503 where the web page is not built: either way the route, and its limit
    const served = (c: number | undefined) => c === 200 || c === 503;
    expect(codes.slice(0, RATE).every(served), String(codes)).toBe(true);
    expect(codes[RATE]).toBe(429);
    expect(served((await open(WRONG, '10.0.0.5', 'GET', '/v/')).statusCode)).toBe(true);
  });
});

describe('links made by an editor scoped to one municipality', () => {
  it('may show views filtered to a municipality or county part in scope, and nothing wider or elsewhere', async () => {
    const before = (await h.store.listDocs('share-links')).length;
    const ok = await createLink('view-vindeln', 'vindeln');
    expect((await open(ok.token, '10.0.1.1')).statusCode).toBe(200);
    await createLink('view-vindeln-in-part', 'vindeln');
    for (const viewId of ['view-umea', 'view-whole', 'view-umea-part']) {
      const r = await h.gqlAs(tokens.vindeln, CREATE, { viewId });
      expect(r.errors?.[0]?.extensions.code, viewId).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.extensions.messageSv).toMatch(/Läslänkar får bara visa vyer/);
      expect(r.data).toBeNull();
    }
    expect((await h.store.listDocs('share-links')).length).toBe(before + 2);
    // a region-wide admin may share any of them
    await createLink('view-whole', 'admin');
  });

  it('may not widen a view a working link shows, but may change it within scope, and any view no link shows', async () => {
    await createLink('view-vindeln', 'vindeln');
    const widen = await h.gqlAs(tokens.vindeln, SAVE_VIEW, { input: { id: 'view-vindeln', name: 'view-vindeln', state: {} } });
    expect(widen.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(((await h.store.getDoc('map-view', 'view-vindeln'))!.value as { state: unknown }).state).toEqual({ m: 'kommun-vindeln' });
    const narrow = await h.gqlAs(tokens.vindeln, SAVE_VIEW, { input: { id: 'view-vindeln', name: 'view-vindeln', state: { m: 'kommun-vindeln', st: 'ACTIVE' } } });
    expect(narrow.errors).toBeUndefined();
    const unlinked = await h.gqlAs(tokens.vindeln, SAVE_VIEW, { input: { id: 'view-free', name: 'view-free', state: { m: 'kommun-umea' } } });
    expect(unlinked.errors).toBeUndefined();
  });
});
