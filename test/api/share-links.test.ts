// Read-only links prove their limits: a link shows exactly its saved view's
// elements (the view's filter over the whole map) and not one more; its token
// is no credential anywhere else; no URL reaches another view; only editors
// make them; revoked and expired links stop at once with one answer; uses
// are counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { maskShareToken } from '../../server/shared-view.ts';
import { seedStore } from '../../seed/load.ts';
import { spellings } from '../auth/spellings.ts';
import { openHarness, type Harness } from './harness.ts';

const SAVE_VIEW = `mutation($input: SavedViewInput!) { saveView(input: $input) { id } }`;
const CREATE = `mutation($viewId: ID!, $expiresAt: DateTime) { createShareLink(viewId: $viewId, expiresAt: $expiresAt) { token path link { id viewId view { name } createdBy expiresAt revokedAt uses } } }`;
const LIST = `{ shareLinks { id viewId uses lastUsedAt revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeShareLink(id: $id) { id revokedAt } }`;

let h: Harness;
const tokens: Record<'admin' | 'editor' | 'viewer', string> = { admin: '', editor: '', viewer: '' };
let link: { token: string; id: string };
let other: { token: string; id: string };

type Shared = { view: { name: string; state: Record<string, unknown> }; nodes: Array<{ id: string }>; edges: Array<{ id: string; source: string; target: string }>; positions: Record<string, [number, number]> };
const open = (token: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url: `/api/shared/${token}`, headers });

async function createLink(viewId: string, expiresAt: string | null = null, as: keyof typeof tokens = 'editor') {
  const r = await h.gqlAs<{ createShareLink: { token: string; path: string; link: { id: string } } }>(tokens[as], CREATE, { viewId, expiresAt });
  expect(r.errors).toBeUndefined();
  return { token: r.data!.createShareLink.token, id: r.data!.createShareLink.link.id, path: r.data!.createShareLink.path };
}

beforeAll(async () => {
  // hundreds of spellings of a token below: the per-address limit (share-link-limits.test.ts) is not what this file tests
  h = await openHarness({ data: seedStore, env: { AUTH: 'required', SHARE_LINK_RATE: '100000' } });
  const accounts = new Accounts(h.store);
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    await accounts.createUser({ id: role, role: role.toUpperCase() as 'ADMIN' });
    tokens[role] = (await accounts.createToken(role, 'share', 1)).token;
  }
  for (const [name, m] of [['Vindeln', 'kommun-vindeln'], ['Umeå', 'kommun-umea']] as const) {
    const r = await h.gqlAs(tokens.editor, SAVE_VIEW, { input: { id: `view-${m}`, name, state: { m } } });
    expect(r.errors).toBeUndefined();
  }
  link = await createLink('view-kommun-vindeln');
  other = await createLink('view-kommun-umea');
}, 120_000);
afterAll(() => h.close());

describe('what a read-only link shows', () => {
  it('is exactly the view’s filter applied to the whole map, without signing in, and not one element more', async () => {
    const expected = await h.gqlAs<{ graph: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } }>(tokens.admin, `{ graph(filter: { municipality: "kommun-vindeln" }) { nodes { id } edges { id } } }`);
    const whole = await h.gqlAs<{ graph: { nodes: Array<{ id: string }> } }>(tokens.admin, `{ graph { nodes { id } } }`);
    const r = await open(link.token);
    expect(r.statusCode).toBe(200);
    const body = r.json() as Shared;
    expect(body.view).toEqual({ name: 'Vindeln', state: { m: 'kommun-vindeln' } });
    const ids = body.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(expected.data!.graph.nodes.map((n) => n.id).sort());
    expect(body.edges.map((e) => e.id).sort()).toEqual(expected.data!.graph.edges.map((e) => e.id).sort());
    // a real subset: the municipality and what touches it, far from the whole county
    expect(ids).toContain('kommun-vindeln');
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.length).toBeLessThan(whole.data!.graph.nodes.length / 2);
    // no element outside the view is named anywhere in the answer (not as an edge end, a county part or a position)
    const inView = new Set(ids);
    const outside = whole.data!.graph.nodes.map((n) => n.id).filter((id) => !inView.has(id));
    for (const id of outside) expect(r.body.includes(`"${id}"`), id).toBe(false);
    for (const e of body.edges) expect(inView.has(e.source) && inView.has(e.target)).toBe(true);
  });

  it('applies the view’s date and ended filter as the page does', async () => {
    // a date before any forum began: the ended and not-yet-started ones drop out with `ended=0` and a status filter
    const save = await h.gqlAs(tokens.editor, SAVE_VIEW, { input: { id: 'view-vindeln-active', name: 'Vindeln aktiva', state: { m: 'kommun-vindeln', st: 'ACTIVE', ended: '0' } } });
    expect(save.errors).toBeUndefined();
    const l = await createLink('view-vindeln-active');
    const all = (await open(link.token)).json() as Shared;
    const active = (await open(l.token)).json() as Shared;
    const forums = await h.gqlAs<{ forums: { nodes: Array<{ id: string; status: string }> } }>(tokens.admin, `{ forums(first: 500) { nodes { id status } } }`);
    const notActive = new Set(forums.data!.forums.nodes.filter((f) => f.status !== 'ACTIVE').map((f) => f.id));
    const activeIds = active.nodes.map((n) => n.id);
    expect(activeIds.length).toBeLessThan(all.nodes.length);
    for (const id of activeIds) expect(notActive.has(id), id).toBe(false);
    for (const id of activeIds) expect(all.nodes.some((n) => n.id === id)).toBe(true);
  });

  it('gives stored positions of the view’s elements only', async () => {
    const saved = await h.gqlAs(tokens.admin, `mutation { saveMapLayout(key: "main", positions: [{ id: "kommun-vindeln", x: 10, y: 20 }, { id: "kommun-umea", x: 30, y: 40 }]) { key } }`);
    expect(saved.errors).toBeUndefined();
    const body = (await open(link.token)).json() as Shared;
    expect(body.positions).toEqual({ 'kommun-vindeln': [10, 20] });
  });
});

describe('a read-only link’s token', () => {
  const routes = [
    { method: 'POST' as const, url: '/graphql', payload: { query: '{ savedViews { id name } }' } },
    { method: 'GET' as const, url: '/graphql?query=%7B%20savedViews%20%7B%20id%20%7D%20%7D', headers: { 'mercurius-require-preflight': '1' } },
    { method: 'GET' as const, url: '/api/export?format=json' },
    { method: 'GET' as const, url: '/api/map' },
    { method: 'GET' as const, url: '/api/template.xlsx' },
    { method: 'GET' as const, url: '/auth/me' },
  ];
  const carriers = (t: string): Array<Record<string, string>> => [
    { authorization: `Bearer ${t}` },
    { authorization: t },
    { cookie: `svk_session=${t}` },
    { cookie: `share=${t}; token=${t}` },
    { 'x-share-token': t, 'x-api-key': t, 'x-auth-token': t, 'x-token': t },
    { referer: `http://localhost/v/${t}` },
  ];

  it('is no credential: /graphql, /api/export, /api/map and the rest answer 401 however it is sent', async () => {
    for (const r of routes) {
      for (const headers of carriers(link.token)) {
        const res = await h.app.inject({ method: r.method, url: r.url, headers: { 'content-type': 'application/json', ...r.headers, ...headers }, ...(r.payload ? { payload: r.payload } : {}) });
        if (r.url === '/auth/me') {
          // public, and says nobody is signed in
          if (res.statusCode === 200) expect(res.json()).toEqual({ authRequired: true, user: null });
          else expect(res.statusCode).toBe(401);
          continue;
        }
        expect(res.statusCode, `${r.method} ${r.url} ${JSON.stringify(Object.keys(headers))}`).toBe(401);
        expect(res.body).not.toMatch(/Vindeln|kommun-|savedViews"\s*:\s*\[/);
      }
    }
  });

  it('writes nothing: a mutation sent with it is refused and the store is unchanged', async () => {
    const before = await h.store.version();
    const docs = JSON.stringify(await h.store.listDocs('map-view'));
    for (const headers of carriers(link.token)) {
      const res = await h.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query: `mutation { deleteView(id: "view-kommun-vindeln") { deleted } createForum(input: { id: "forum-via-link", name: "Via länk", kind: TEAM, systemLevel: MICRO, status: PLANNED }) { id } }` } });
      expect(res.statusCode).toBe(401);
    }
    expect(await h.store.version()).toBe(before);
    expect(JSON.stringify(await h.store.listDocs('map-view'))).toBe(docs);
  });

  it('reads no other view by changing the URL', async () => {
    const umea = (await open(other.token)).json() as Shared;
    expect(umea.view.name).toBe('Umeå');
    const [, id, secret] = /^svl_([0-9a-f]+)_(.+)$/.exec(link.token)!;
    const [, otherId, otherSecret] = /^svl_([0-9a-f]+)_(.+)$/.exec(other.token)!;
    const attempts = [
      'view-kommun-umea', 'view-kommun-vindeln', id!, other.id, `svl_${otherId}_${secret}`, `svl_${id}_${otherSecret}`,
      `${link.token}/../view-kommun-umea`, `${link.token}/../${other.id}`, `${link.token}%2f..%2fview-kommun-umea`, `${link.token}?view=view-kommun-umea`,
      `${link.token}x`, link.token.slice(0, -1), link.token.toUpperCase(), `${link.token}%00`, '', '..', '%2e%2e', '*',
    ];
    for (const a of attempts) {
      const res = await h.app.inject({ method: 'GET', url: `/api/shared/${a}` });
      if (res.statusCode === 200) {
        // only a spelling of this very token, showing this very view
        expect((res.json() as Shared).view.name, a).toBe('Vindeln');
      } else {
        expect([400, 401, 404], `${a} → ${res.statusCode}`).toContain(res.statusCode);
        expect(res.body).not.toMatch(/Umeå|kommun-umea"|"nodes"/);
      }
    }
    let routed = 0;
    for (const url of spellings(`/api/shared/${link.token}`)) {
      for (const method of ['GET', 'HEAD', 'OPTIONS'] as const) {
        const res = await h.app.inject({ method, url });
        if (res.statusCode < 300 && method === 'GET') {
          routed++;
          expect((res.json() as Shared).view.name, url).toBe('Vindeln');
        } else {
          expect(res.body, url).not.toMatch(/Umeå|"nodes"/);
        }
      }
    }
    expect(routed).toBeGreaterThan(0);
  });

  it('makes nothing else public: the routes anyone may reach are the listed ones', async () => {
    expect((await h.app.inject({ method: 'POST', url: `/api/shared/${link.token}`, headers: { 'x-requested-with': 't', 'content-type': 'application/json' }, payload: {} })).statusCode).toBeGreaterThanOrEqual(400);
    expect((await h.app.inject({ method: 'GET', url: `/api/shared` })).statusCode).toBe(404);
    expect(maskShareToken(`/api/shared/${link.token}?x=1`)).toBe('/api/shared/…?x=1');
    expect(maskShareToken(`/v/${link.token}`)).toBe('/v/…');
  });
});

describe('who may make links', () => {
  it('refuses a viewer (FORBIDDEN) and anonymous callers (401), and stores nothing', async () => {
    const before = (await h.store.listDocs('share-links')).length;
    for (const [q, v] of [[CREATE, { viewId: 'view-kommun-vindeln' }], [LIST, {}], [REVOKE, { id: link.id }]] as const) {
      const r = await h.gqlAs(tokens.viewer, q, v);
      expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
      const anon = await h.gql(q, v);
      expect(anon.status).toBe(401);
    }
    expect((await h.store.listDocs('share-links')).length).toBe(before);
    expect((await open(link.token)).statusCode).toBe(200);
  });

  it('refuses a link to a view that does not exist, and a past expiry', async () => {
    const missing = await h.gqlAs(tokens.editor, CREATE, { viewId: 'view-nothing' });
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const past = await h.gqlAs(tokens.editor, CREATE, { viewId: 'view-kommun-vindeln', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('stores only a digest: the token is in no document', async () => {
    const docs = await h.store.listDocs('share-links');
    const all = JSON.stringify(docs);
    // The secret is base64url and may itself contain '_': all after the id.
    const secret = /^svl_[0-9a-f]{16}_(.+)$/.exec(link.token)![1]!;
    expect(secret).toHaveLength(43);
    expect(all).not.toContain(secret);
    expect(all).not.toContain(link.token);
  });
});

describe('revoked and expired links', () => {
  it('answer 404 with one coded error at once, as an unknown token does', async () => {
    const l = await createLink('view-kommun-vindeln');
    expect((await open(l.token)).statusCode).toBe(200);
    const unknown = await open(`svl_${'0'.repeat(16)}_${'A'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    const revoked = await h.gqlAs<{ revokeShareLink: { id: string; revokedAt: string } }>(tokens.editor, REVOKE, { id: l.id });
    expect(revoked.data!.revokeShareLink.revokedAt).toBeTruthy();
    const after = await open(l.token);
    expect(after.statusCode).toBe(404);
    expect(after.json()).toEqual(unknown.json());
    expect(after.body).toContain('"NOT_FOUND"');
    expect(after.body).not.toContain('Vindeln');
  });

  it('show nothing once their view is deleted, answering as an unknown token does', async () => {
    const save = await h.gqlAs(tokens.editor, SAVE_VIEW, { input: { id: 'view-short-lived', name: 'Kortlivad', state: { m: 'kommun-vindeln' } } });
    expect(save.errors).toBeUndefined();
    const l = await createLink('view-short-lived');
    expect((await open(l.token)).statusCode).toBe(200);
    expect((await h.gqlAs(tokens.editor, `mutation { deleteView(id: "view-short-lived") { deleted } }`)).errors).toBeUndefined();
    const res = await open(l.token);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual((await open(`svl_${'0'.repeat(16)}_${'A'.repeat(43)}`)).json());
  });

  it('stop working when they expire', async () => {
    const l = await createLink('view-kommun-vindeln', new Date(Date.now() + 1500).toISOString());
    expect((await open(l.token)).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1700));
    const res = await open(l.token);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual((await open(`svl_${'0'.repeat(16)}_${'A'.repeat(43)}`)).json());
  });
});

describe('uses', () => {
  it('are counted on the link, each successful open once, refused ones not at all', async () => {
    const l = await createLink('view-kommun-vindeln');
    await Promise.all([open(l.token), open(l.token), open(l.token)]);
    await open(`${l.token.slice(0, -1)}x`);
    const list = await h.gqlAs<{ shareLinks: Array<{ id: string; uses: number; lastUsedAt: string | null }> }>(tokens.editor, LIST);
    const mine = list.data!.shareLinks.find((x) => x.id === l.id)!;
    expect(mine.uses).toBe(3);
    expect(mine.lastUsedAt).toMatch(/^\d{4}-/);
  });
});
