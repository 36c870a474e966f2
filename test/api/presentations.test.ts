// Presentations: saved views in order with a caption each, kept as documents.
// Created, changed and deleted by editors and admins (viewers read them);
// every input checked at the edge; a stale expectedVersion is refused with
// CONFLICT and the current presentation. A read-only link to a presentation
// shows its steps' views and nothing outside them; an editor scoped to a
// municipality shares only presentations of views within it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from './harness.ts';

const SAVE_VIEW = `mutation($input: SavedViewInput!) { saveView(input: $input) { id } }`;
const FIELDS = `id name updatedAt updatedBy slides { viewId caption view { id name } }`;
const CREATE = `mutation($input: PresentationInput!) { createPresentation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: PresentationInput!, $v: DateTime) { updatePresentation(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: DateTime) { deletePresentation(id: $id, expectedVersion: $v) { id deleted } }`;
const LIST = `{ presentations { ${FIELDS} } }`;
const GET = `query($id: ID!) { presentation(id: $id) { ${FIELDS} } }`;
const LINK = `mutation($viewId: ID, $presentationId: ID) { createShareLink(viewId: $viewId, presentationId: $presentationId) { token link { id viewId presentationId presentation { name slides { caption } } } } }`;

type Pres = { id: string; name: string; updatedAt: string; updatedBy: string; slides: Array<{ viewId: string; caption: string; view: { id: string; name: string } | null }> };
type SharedPres = { presentation: { name: string; slides: Array<{ caption: string; view: { name: string; state: Record<string, unknown> }; nodes: Array<{ id: string }>; edges: Array<{ id: string; source: string; target: string }>; positions: Record<string, unknown> }> } };

let h: Harness;
const tokens = { admin: '', editor: '', viewer: '', vindeln: '' };
const twoSlides = { name: 'Till nämnden', slides: [{ viewId: 'view-vindeln', caption: 'Vindeln i dag' }, { viewId: 'view-vindeln-active', caption: 'Bara det som är aktivt' }] };

async function create(input: unknown, as: keyof typeof tokens = 'editor'): Promise<Pres> {
  const r = await h.gqlAs<{ createPresentation: Pres }>(tokens[as], CREATE, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.createPresentation;
}

beforeAll(async () => {
  h = await openHarness({ data: seedStore, env: { AUTH: 'required' } });
  const accounts = new Accounts(h.store);
  await accounts.createUser({ id: 'vindeln', role: 'EDITOR', scopes: ['kommun-vindeln'] });
  for (const role of ['admin', 'editor', 'viewer'] as const) await accounts.createUser({ id: role, role: role.toUpperCase() as 'ADMIN' });
  for (const id of Object.keys(tokens) as Array<keyof typeof tokens>) tokens[id] = (await accounts.createToken(id, 'pres', 1)).token;
  for (const [id, name, state] of [
    ['view-vindeln', 'Vindeln', { m: 'kommun-vindeln' }],
    ['view-vindeln-active', 'Vindeln aktiva', { m: 'kommun-vindeln', st: 'ACTIVE', ended: '0' }],
    ['view-umea', 'Utanför presentationen', { m: 'kommun-umea' }],
  ] as const) {
    expect((await h.gqlAs(tokens.admin, SAVE_VIEW, { input: { id, name, state } })).errors).toBeUndefined();
  }
}, 120_000);
afterAll(() => h.close());

describe('presentation documents', () => {
  it('are created, listed, read, updated and deleted by an editor, each step with its view', async () => {
    const p = await create(twoSlides);
    expect(p).toMatchObject({ name: 'Till nämnden', updatedBy: 'editor', slides: [
      { viewId: 'view-vindeln', caption: 'Vindeln i dag', view: { id: 'view-vindeln', name: 'Vindeln' } },
      { viewId: 'view-vindeln-active', caption: 'Bara det som är aktivt', view: { id: 'view-vindeln-active', name: 'Vindeln aktiva' } },
    ] });
    expect(p.id).toMatch(/^pres-[0-9a-f]{12}$/);
    const list = await h.gqlAs<{ presentations: Pres[] }>(tokens.viewer, LIST);
    expect(list.data!.presentations.find((x) => x.id === p.id)).toEqual(p);
    expect((await h.gqlAs<{ presentation: Pres }>(tokens.viewer, GET, { id: p.id })).data!.presentation).toEqual(p);

    const updated = await h.gqlAs<{ updatePresentation: Pres }>(tokens.editor, UPDATE, { id: p.id, v: p.updatedAt, input: { name: 'Omvänd ordning', slides: [...twoSlides.slides].reverse() } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePresentation.slides.map((s) => s.viewId)).toEqual(['view-vindeln-active', 'view-vindeln']);
    expect(updated.data!.updatePresentation.updatedAt > p.updatedAt).toBe(true);

    const del = await h.gqlAs<{ deletePresentation: { id: string; deleted: boolean } }>(tokens.editor, DELETE, { id: p.id, v: updated.data!.updatePresentation.updatedAt });
    expect(del.data!.deletePresentation).toEqual({ id: p.id, deleted: true });
    expect((await h.gqlAs<{ presentation: Pres | null }>(tokens.viewer, GET, { id: p.id })).data!.presentation).toBeNull();
    expect((await h.gqlAs(tokens.editor, DELETE, { id: p.id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await h.gqlAs(tokens.editor, UPDATE, { id: p.id, input: twoSlides })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuse a stale expectedVersion with CONFLICT and the current presentation, writing nothing', async () => {
    const p = await create(twoSlides);
    const other = await h.gqlAs<{ updatePresentation: Pres }>(tokens.admin, UPDATE, { id: p.id, v: p.updatedAt, input: { ...twoSlides, name: 'Någon annans namn' } });
    expect(other.errors).toBeUndefined();
    const stale = await h.gqlAs(tokens.editor, UPDATE, { id: p.id, v: p.updatedAt, input: { ...twoSlides, name: 'Mitt namn' } });
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', expected: p.updatedAt, current: { id: p.id, name: 'Någon annans namn', updatedBy: 'admin' } });
    expect(stale.errors?.[0]?.extensions.messageSv).toMatch(/har ändrats av någon annan/);
    const staleDelete = await h.gqlAs(tokens.editor, DELETE, { id: p.id, v: p.updatedAt });
    expect(staleDelete.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const now = (await h.gqlAs<{ presentation: Pres }>(tokens.viewer, GET, { id: p.id })).data!.presentation;
    expect(now.name).toBe('Någon annans namn');
    expect(now.updatedAt).toBe(other.data!.updatePresentation.updatedAt);
  });

  it('check every input at the edge: name, one to fifty steps, captions, views that exist, no unknown fields', async () => {
    const before = (await h.store.listDocs('presentations')).length;
    const bad: Array<[unknown, (string | number)[]]> = [
      [{ ...twoSlides, name: '   ' }, ['input', 'name']],
      [{ ...twoSlides, name: 'x'.repeat(201) }, ['input', 'name']],
      [{ name: 'Tom', slides: [] }, ['input', 'slides']],
      [{ name: 'För lång', slides: Array.from({ length: 51 }, () => twoSlides.slides[0]) }, ['input', 'slides']],
      [{ name: 'Utan text', slides: [{ viewId: 'view-vindeln', caption: ' ' }] }, ['input', 'slides', 0, 'caption']],
      [{ name: 'Lång text', slides: [{ viewId: 'view-vindeln', caption: 'x'.repeat(501) }] }, ['input', 'slides', 0, 'caption']],
      [{ name: 'Saknad vy', slides: [twoSlides.slides[0], { viewId: 'view-finns-inte', caption: 'Borta' }] }, ['input', 'slides', 1, 'viewId']],
      [{ name: 'Fel id', slides: [{ viewId: 'Inte ett id!', caption: 'x' }] }, ['input', 'slides', 0, 'viewId']],
    ];
    for (const [input, path] of bad) {
      const r = await h.gqlAs(tokens.editor, CREATE, { input });
      expect(r.errors?.[0]?.extensions.code, JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions.fields?.map((f) => f.path)).toContainEqual(path);
      expect(r.errors?.[0]?.extensions.fields?.every((f) => typeof f.messageSv === 'string' && f.messageSv.length > 0)).toBe(true);
    }
    // an unknown field in the input is refused by the schema itself
    expect((await h.gqlAs(tokens.editor, CREATE, { input: { ...twoSlides, extra: 1 } })).errors?.[0]?.extensions.code).toBeTruthy();
    expect((await h.store.listDocs('presentations')).length).toBe(before);
  });

  it('are written by editors and admins only: a viewer gets FORBIDDEN, an anonymous caller 401, and nothing changes', async () => {
    const p = await create(twoSlides);
    const before = JSON.stringify(await h.store.listDocs('presentations'));
    for (const [q, v] of [[CREATE, { input: twoSlides }], [UPDATE, { id: p.id, input: twoSlides }], [DELETE, { id: p.id }]] as const) {
      const r = await h.gqlAs(tokens.viewer, q, v);
      expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
      expect((await h.gql(q, v)).status).toBe(401);
    }
    expect((await h.gql(LIST)).status).toBe(401);
    expect(JSON.stringify(await h.store.listDocs('presentations'))).toBe(before);
    // an editor scoped to one municipality makes and changes presentations, like saved views
    const own = await create({ name: 'Vindelns egen', slides: [twoSlides.slides[0]] }, 'vindeln');
    expect(own.updatedBy).toBe('vindeln');
  });
});

describe('a read-only link to a presentation', () => {
  it('steps through exactly its views, each as the view’s own link would show it, and nothing outside them', async () => {
    const p = await create(twoSlides);
    const link = await h.gqlAs<{ createShareLink: { token: string; link: { viewId: string | null; presentationId: string; presentation: { name: string; slides: Array<{ caption: string }> } } } }>(tokens.editor, LINK, { presentationId: p.id });
    expect(link.errors).toBeUndefined();
    expect(link.data!.createShareLink.link).toMatchObject({ viewId: null, presentationId: p.id, presentation: { name: 'Till nämnden', slides: [{ caption: 'Vindeln i dag' }, { caption: 'Bara det som är aktivt' }] } });
    const token = link.data!.createShareLink.token;
    const res = await h.app.inject({ method: 'GET', url: `/api/shared/${token}` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as SharedPres;
    expect(body.presentation.name).toBe('Till nämnden');
    expect(body.presentation.slides.map((s) => [s.caption, s.view.name])).toEqual([['Vindeln i dag', 'Vindeln'], ['Bara det som är aktivt', 'Vindeln aktiva']]);
    // each step shows what a link to that one view shows
    for (const [i, viewId] of ['view-vindeln', 'view-vindeln-active'].entries()) {
      const single = await h.gqlAs<{ createShareLink: { token: string } }>(tokens.editor, LINK, { viewId });
      const alone = (await h.app.inject({ method: 'GET', url: `/api/shared/${single.data!.createShareLink.token}` })).json() as SharedPres['presentation']['slides'][number];
      expect(body.presentation.slides[i]!.nodes.map((n) => n.id).sort()).toEqual(alone.nodes.map((n) => n.id).sort());
      expect(body.presentation.slides[i]!.edges.map((e) => e.id).sort()).toEqual(alone.edges.map((e) => e.id).sort());
    }
    // nothing of the view outside it: not its name, not an element only it shows
    const umea = await h.gqlAs<{ graph: { nodes: Array<{ id: string }> } }>(tokens.admin, `{ graph(filter: { municipality: "kommun-umea" }) { nodes { id } } }`);
    const shown = new Set(body.presentation.slides.flatMap((s) => s.nodes.map((n) => n.id)));
    const onlyUmea = umea.data!.graph.nodes.map((n) => n.id).filter((id) => !shown.has(id));
    expect(onlyUmea).toContain('kommun-umea');
    expect(res.body).not.toContain('Utanför presentationen');
    for (const id of onlyUmea) expect(res.body.includes(`"${id}"`), id).toBe(false);
    // no change to the URL reaches another view or presentation
    for (const url of [`/api/shared/${token}?view=view-umea`, `/api/shared/${token}?slide=view-umea`, `/api/shared/${token}/view-umea`, `/api/shared/${token}/2`, `/api/shared/view-umea`, `/api/shared/${p.id}`]) {
      const r = await h.app.inject({ method: 'GET', url });
      if (r.statusCode === 200) expect((r.json() as SharedPres).presentation.name, url).toBe('Till nämnden');
      else expect([400, 404], url).toContain(r.statusCode);
      expect(r.body, url).not.toContain('Utanför presentationen');
    }
  });

  it('leaves out a step whose view is deleted, and shows nothing once the presentation is deleted', async () => {
    expect((await h.gqlAs(tokens.admin, SAVE_VIEW, { input: { id: 'view-kort', name: 'Kortlivad', state: { m: 'kommun-vindeln' } } })).errors).toBeUndefined();
    const p = await create({ name: 'Med en kortlivad vy', slides: [twoSlides.slides[0], { viewId: 'view-kort', caption: 'Snart borta' }] });
    const token = (await h.gqlAs<{ createShareLink: { token: string } }>(tokens.editor, LINK, { presentationId: p.id })).data!.createShareLink.token;
    expect(((await h.app.inject({ method: 'GET', url: `/api/shared/${token}` })).json() as SharedPres).presentation.slides).toHaveLength(2);
    expect((await h.gqlAs(tokens.admin, `mutation { deleteView(id: "view-kort") { deleted } }`)).errors).toBeUndefined();
    expect(((await h.app.inject({ method: 'GET', url: `/api/shared/${token}` })).json() as SharedPres).presentation.slides.map((s) => s.caption)).toEqual(['Vindeln i dag']);
    expect((await h.gqlAs(tokens.editor, DELETE, { id: p.id })).errors).toBeUndefined();
    const gone = await h.app.inject({ method: 'GET', url: `/api/shared/${token}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('needs exactly one of viewId and presentationId, and a presentation that exists', async () => {
    const p = await create(twoSlides);
    expect((await h.gqlAs(tokens.editor, LINK, { viewId: 'view-vindeln', presentationId: p.id })).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await h.gqlAs(tokens.editor, LINK, {})).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await h.gqlAs(tokens.editor, LINK, { presentationId: 'pres-finns-inte' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await h.gqlAs(tokens.viewer, LINK, { presentationId: p.id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('is made by an editor scoped to a municipality only when every view lies within it, and the presentation may not then be widened', async () => {
    const inside = await create({ name: 'Vindeln två steg', slides: twoSlides.slides }, 'vindeln');
    expect((await h.gqlAs(tokens.vindeln, LINK, { presentationId: inside.id })).errors).toBeUndefined();
    const mixed = await create({ name: 'Med Umeå', slides: [...twoSlides.slides, { viewId: 'view-umea', caption: 'Umeå' }] }, 'vindeln');
    const refused = await h.gqlAs(tokens.vindeln, LINK, { presentationId: mixed.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', ids: ['view-umea'] });
    // the linked one may be changed within the scope, but may not gain a view outside it
    const widen = await h.gqlAs(tokens.vindeln, UPDATE, { id: inside.id, input: { name: 'Vindeln två steg', slides: [...twoSlides.slides, { viewId: 'view-umea', caption: 'Umeå' }] } });
    expect(widen.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const reorder = await h.gqlAs(tokens.vindeln, UPDATE, { id: inside.id, input: { name: 'Vindeln omvänt', slides: [...twoSlides.slides].reverse() } });
    expect(reorder.errors).toBeUndefined();
    // a region-wide editor may share the mixed one
    expect((await h.gqlAs(tokens.editor, LINK, { presentationId: mixed.id })).errors).toBeUndefined();
  });
});
