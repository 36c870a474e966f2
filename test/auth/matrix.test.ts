// The whole matrix: role × scope × mutation, on the Västerbotten map, through
// GraphQL with API tokens. A refused mutation answers FORBIDDEN and changes
// nothing. The guard wraps the port (server/auth/scope.ts), so this one code
// path is the same whichever store runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { seedStore } from '../../seed/load.ts';
import { DISMISSALS } from '../../server/analysis/recorded.ts';
import { LAYOUT_NS, VIEW_NS } from '../../server/graphql/map-docs.ts';
import { SHARE_NS } from '../../server/auth/share-links.ts';
import { PRESENTATION_NS } from '../../server/graphql/presentations.ts';
import { openHarness, type Harness } from '../api/harness.ts';

interface Principal { name: string; role: 'VIEWER' | 'EDITOR' | 'ADMIN'; scopes: string[] }
const PRINCIPALS: Principal[] = [
  { name: 'viewer', role: 'VIEWER', scopes: ['region'] },
  { name: 'editor-region', role: 'EDITOR', scopes: ['region'] },
  { name: 'editor-umea-lansdel', role: 'EDITOR', scopes: ['lansdel-umea'] },
  { name: 'editor-vindeln', role: 'EDITOR', scopes: ['kommun-vindeln'] },
  { name: 'admin', role: 'ADMIN', scopes: ['region'] },
];

/** Areas to act in: Vindeln lies in Umeå county part; Skellefteå does not. */
const AREAS = { vindeln: 'kommun-vindeln', skelleftea: 'kommun-skelleftea' } as const;
type Area = keyof typeof AREAS;

/** Which county parts each area is in (for the scope rule). */
const COUNTY_PART: Record<Area, string> = { vindeln: 'lansdel-umea', skelleftea: 'lansdel-skelleftea' };

let h: Harness;
const tokens = new Map<string, string>();
let n = 0;
const uniq = (s: string) => `${s}-${++n}`;

beforeAll(async () => {
  h = await openHarness({ data: seedStore });
  await h.store.putDoc(VIEW_NS, 'view-matrix-base', { name: 'Matrisens vy', state: { m: 'kommun-vindeln' } }, system);
  const accounts = new Accounts(h.store);
  for (const p of PRINCIPALS) {
    await accounts.createUser({ id: p.name, role: p.role, scopes: p.scopes });
    tokens.set(p.name, (await accounts.createToken(p.name, 'matrix', 1)).token);
  }
});
afterAll(() => h.close());

interface Case {
  name: string;
  /** Area-bound cases run in each area; the rest once. */
  kind: 'area' | 'unplaced' | 'reference' | 'document';
  /** Prepares what the mutation acts on (as the system, unguarded), returns the GraphQL request. */
  run(store: GraphStore, area: Area): Promise<{ query: string; variables?: Record<string, unknown> }>;
  /** Puts back what an allowed run changed that later rows rely on. */
  undo?(store: GraphStore, area: Area): Promise<void>;
}

const system = { by: 'matrix-setup' };
const kommun = (a: Area) => AREAS[a];

const CASES: Case[] = [
  { name: 'createActor placed in the area (applyChanges)', kind: 'area', run: async (_s, a) => {
    const id = uniq('actor-matrix');
    return { query: `mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version } }`, variables: { c: [
      { createActor: { id, name: id, kind: 'TEAM', principal: 'MUNICIPALITY' } },
      { link: { type: 'PART_OF', from: id, to: kommun(a) } },
    ] } };
  } },
  { name: 'updateActor', kind: 'area', run: async (_s, a) => ({ query: `mutation { updateActor(id: "hemsjukvard-${a}", patch: { description: "${uniq('text')}" }) { id } }` }) },
  { name: 'deleteActor', kind: 'area', run: async (s, a) => {
    const id = uniq('actor-doomed');
    await s.apply([{ op: 'create', label: 'Actor', id, props: { name: id, kind: 'TEAM', principal: 'MUNICIPALITY', source: 'illustrative' } },
      { op: 'link', type: 'PART_OF', from: id, to: kommun(a), props: { source: 'illustrative' } }], system);
    return { query: `mutation { deleteActor(id: "${id}") { id } }` };
  } },
  { name: 'createForum placed in the area (applyChanges)', kind: 'area', run: async (_s, a) => {
    const id = uniq('forum-matrix');
    return { query: `mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version } }`, variables: { c: [
      { createForum: { id, name: id, kind: 'TEAM', systemLevel: 'MICRO', status: 'PLANNED' } },
      { link: { type: 'COVERS', from: id, to: kommun(a) } },
    ] } };
  } },
  { name: 'updateForum', kind: 'area', run: async (_s, a) => ({ query: `mutation { updateForum(id: "forum-lokal-samverkan-${a}", patch: { description: "${uniq('text')}" }) { id } }` }) },
  { name: 'deleteForum', kind: 'area', run: async (s, a) => {
    const id = uniq('forum-doomed');
    await s.apply([{ op: 'create', label: 'Forum', id, props: { name: id, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', source: 'illustrative' } },
      { op: 'link', type: 'COVERS', from: id, to: kommun(a), props: { source: 'illustrative' } }], system);
    return { query: `mutation { deleteForum(id: "${id}") { id } }` };
  } },
  { name: 'link a region participant to the area’s forum', kind: 'area', run: async (s, a) => {
    await s.apply([{ op: 'unlink', type: 'PARTICIPATES_IN', from: 'hsn', to: `forum-lokal-samverkan-${a}` }], system).catch(() => undefined);
    return { query: `mutation { link(input: { type: PARTICIPATES_IN, from: "hsn", to: "forum-lokal-samverkan-${a}", role: ADJUNCT }) { id } }` };
  } },
  { name: 'unlink a participant from the area’s forum', kind: 'area', run: async (s, a) => {
    await s.apply([{ op: 'link', type: 'PARTICIPATES_IN', from: 'hsf', to: `forum-lokal-samverkan-${a}`, props: { source: 'illustrative', role: 'ADJUNCT' } }], system);
    return { query: `mutation { unlink(input: { type: PARTICIPATES_IN, from: "hsf", to: "forum-lokal-samverkan-${a}" }) { unlinked } }` };
  } },
  { name: 'record a population estimate in the area', kind: 'area', run: async (_s, a) => ({
    query: `mutation { link(input: { type: ESTIMATE, from: "tg-lss", to: "${kommun(a)}", count: ${1000 + n}, year: ${2030 + (++n % 50)}, source: "illustrative" }) { id } }`,
  }) },
  { name: 'createInitiative placed in the area (applyChanges)', kind: 'area', run: async (_s, a) => {
    const id = uniq('initiative-matrix');
    return { query: `mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version } }`, variables: { c: [
      { createInitiative: { id, name: id, kind: 'PROJECT', status: 'PLANNED' } },
      { link: { type: 'COVERS', from: id, to: kommun(a) } },
    ] } };
  } },
  { name: 'record a gap between the region and the area', kind: 'area', run: async (_s, a) => {
    const id = uniq('gap-matrix');
    return { query: `mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version } }`, variables: { c: [
      { createGap: { id, name: id, kind: 'HANDOVER', severity: 'MEDIUM' } },
      { link: { type: 'BETWEEN', from: id, to: kommun(a) } },
      { link: { type: 'BETWEEN', from: id, to: 'vn-primarvard' } },
    ] } };
  } },
  { name: 'transitionGap of a gap in the area', kind: 'area', run: async (s, a) => {
    const id = uniq('gap-moving');
    await s.apply([{ op: 'create', label: 'Gap', id, props: { name: id, kind: 'INFORMATION', severity: 'LOW', status: 'IDENTIFIED', source: 'illustrative' } },
      { op: 'link', type: 'BETWEEN', from: id, to: kommun(a), props: { source: 'illustrative' } }], system);
    return { query: `mutation { transitionGap(id: "${id}", status: ANALYSED) { status } }` };
  } },
  { name: 'createForum left unplaced', kind: 'unplaced', run: async () => {
    const id = uniq('forum-unplaced');
    return { query: `mutation { createForum(input: { id: "${id}", name: "${id}", kind: TEAM, systemLevel: MICRO, status: PLANNED }) { id } }` };
  } },
  { name: 'createCareLevel', kind: 'reference', run: async () => {
    const id = uniq('vn-matrix');
    return { query: `mutation { createCareLevel(input: { id: "${id}", name: "${id}", kind: SOCIAL_CARE, principal: MUNICIPALITY }) { id } }` };
  } },
  { name: 'updateTargetGroup', kind: 'reference', run: async () => ({ query: `mutation { updateTargetGroup(id: "tg-lss", patch: { description: "${uniq('text')}" }) { id } }` }) },
  { name: 'dismissFinding about the area’s forum', kind: 'area', run: async (s, a) => {
    await s.deleteDoc(DISMISSALS, `forum-without-convener|forum-lokal-samverkan-${a}`);
    return { query: `mutation { dismissFinding(key: "forum-without-convener|forum-lokal-samverkan-${a}", reason: "matrix") { key } }` };
  } },
  { name: 'dismissFinding about the area and another county part', kind: 'reference', run: async () => ({
    query: `mutation { dismissFinding(key: "single-point-of-connection|lansdel-skelleftea|kommun-vindeln", reason: "${uniq('matrix')}") { key } }`,
  }) },
  { name: 'dismissFinding about nothing placed', kind: 'reference', run: async () => ({ query: `mutation { dismissFinding(key: "forum-without-convener|forum|${uniq('forum-x')}", reason: "matrix") { key } }` }) },
  { name: 'saveMapLayout: move the area’s forum', kind: 'area', run: async (_s, a) => ({
    query: `mutation { saveMapLayout(positions: [{ id: "forum-lokal-samverkan-${a}", x: ${++n}, y: 1 }]) { key } }`,
  }) },
  { name: 'saveMapLayout: move a region-wide care level', kind: 'reference', run: async () => ({
    query: `mutation { saveMapLayout(positions: [{ id: "vn-primarvard", x: ${++n}, y: 2 }]) { key } }`,
  }) },
  { name: 'saveMapLayout replace: overwrite the shared layout', kind: 'reference', run: async (s) => {
    await s.putDoc(LAYOUT_NS, 'main', { positions: { 'kommun-skelleftea': [1, 1], 'kommun-vindeln': [2, 2] } }, system);
    return { query: `mutation { saveMapLayout(positions: [{ id: "kommun-vindeln", x: 3, y: 3 }], replace: true) { key } }` };
  } },
  { name: 'resetMapLayout', kind: 'reference', run: async (s) => {
    await s.putDoc(LAYOUT_NS, 'main', { positions: { 'kommun-vindeln': [2, 2] } }, system);
    return { query: `mutation { resetMapLayout }` };
  } },
  { name: 'move the area into another county part', kind: 'reference', run: async (_s, a) => ({
    query: `mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version } }`, variables: { c: [
      { unlink: { type: 'PART_OF', from: kommun(a), to: COUNTY_PART[a] } },
      { link: { type: 'PART_OF', from: kommun(a), to: 'lansdel-sodra-lappland' } },
    ] },
  }), undo: async (s, a) => {
    await s.apply([{ op: 'unlink', type: 'PART_OF', from: kommun(a), to: 'lansdel-sodra-lappland' }, { op: 'link', type: 'PART_OF', from: kommun(a), to: COUNTY_PART[a], props: { source: 'illustrative' } }], system);
  } },
  { name: 'detach the area from its county part', kind: 'reference', run: async (_s, a) => ({
    query: `mutation { unlink(input: { type: PART_OF, from: "${kommun(a)}", to: "${COUNTY_PART[a]}" }) { unlinked } }`,
  }), undo: async (s, a) => {
    await s.apply([{ op: 'link', type: 'PART_OF', from: kommun(a), to: COUNTY_PART[a], props: { source: 'illustrative' } }], system);
  } },
  { name: 'delete a unit of the area that takes part in a forum elsewhere', kind: 'reference', run: async (s, a) => {
    const id = uniq('actor-reaching');
    const other = a === 'vindeln' ? 'skelleftea' : 'vindeln';
    await s.apply([{ op: 'create', label: 'Actor', id, props: { name: id, kind: 'TEAM', principal: 'MUNICIPALITY', source: 'illustrative' } },
      { op: 'link', type: 'PART_OF', from: id, to: kommun(a), props: { source: 'illustrative' } },
      { op: 'link', type: 'PARTICIPATES_IN', from: id, to: `forum-lokal-samverkan-${other}`, props: { source: 'illustrative', role: 'MEMBER' } }], system);
    return { query: `mutation { deleteActor(id: "${id}") { id } }` };
  } },
  { name: 'saveView', kind: 'document', run: async () => ({ query: `mutation { saveView(input: { name: "${uniq("vy")}", state: { filters: {} } }) { id } }` }) },
  { name: 'createShareLink to a saved view', kind: 'document', run: async (s) => {
    const id = uniq('view-shared');
    await s.putDoc(VIEW_NS, id, { name: id, state: { m: 'kommun-vindeln' } }, system);
    return { query: `mutation { createShareLink(viewId: "${id}") { link { id } } }` };
  } },
  { name: 'createShareLink to a saved view of the area', kind: 'area', run: async (s, a) => {
    const id = uniq('view-area');
    await s.putDoc(VIEW_NS, id, { name: id, state: { m: kommun(a) } }, system);
    return { query: `mutation { createShareLink(viewId: "${id}") { link { id } } }` };
  } },
  { name: 'createShareLink to a presentation of the area', kind: 'area', run: async (s, a) => {
    const id = uniq('view-area');
    await s.putDoc(VIEW_NS, id, { name: id, state: { m: kommun(a) } }, system);
    const pres = uniq('pres-area');
    await s.putDoc(PRESENTATION_NS, pres, { name: pres, slides: [{ viewId: id, caption: 'Steg' }] }, system);
    return { query: `mutation { createShareLink(presentationId: "${pres}") { link { id } } }` };
  } },
  { name: 'createPresentation', kind: 'document', run: async (s) => {
    const id = uniq('view-pres');
    await s.putDoc(VIEW_NS, id, { name: id, state: { m: 'kommun-skelleftea' } }, system);
    return { query: `mutation { createPresentation(input: { name: "${uniq('Presentation')}", slides: [{ viewId: "${id}", caption: "Steg" }] }) { id } }` };
  } },
  { name: 'updatePresentation', kind: 'document', run: async (s) => {
    const id = uniq('pres');
    await s.putDoc(PRESENTATION_NS, id, { name: id, slides: [{ viewId: 'view-matrix-base', caption: 'Steg' }] }, system);
    return { query: `mutation { updatePresentation(id: "${id}", input: { name: "Ny", slides: [{ viewId: "view-matrix-base", caption: "Nytt steg" }] }) { id } }` };
  } },
  { name: 'deletePresentation', kind: 'document', run: async (s) => {
    const id = uniq('pres');
    await s.putDoc(PRESENTATION_NS, id, { name: id, slides: [{ viewId: 'view-matrix-base', caption: 'Steg' }] }, system);
    return { query: `mutation { deletePresentation(id: "${id}") { deleted } }` };
  } },
];

function allowed(p: Principal, c: Case, area: Area): boolean {
  if (p.role === 'ADMIN') return true;
  if (p.role === 'VIEWER') return false;
  if (p.scopes.includes('region') || c.kind === 'document') return true;
  if (c.kind !== 'area') return false;
  return p.scopes.includes(kommun(area)) || p.scopes.includes(COUNTY_PART[area]);
}

const rows = PRINCIPALS.flatMap((p) => CASES.flatMap((c) => (c.kind === 'area' || c.undo ? (Object.keys(AREAS) as Area[]) : ['vindeln' as Area]).map((area) => ({ p, c, area }))));
/** Every stored document an allowed write could have changed. */
const documents = async (s: GraphStore) => JSON.stringify(await Promise.all([DISMISSALS, VIEW_NS, LAYOUT_NS, SHARE_NS, PRESENTATION_NS].map((ns) => s.listDocs(ns).then((ds) => ds.map((d) => [d.key, d.value])))));

describe('role × scope × mutation', () => {
  it.each(rows.map((r) => [`${r.p.name} · ${r.c.name}${r.c.kind === 'area' ? ` · ${r.area}` : ''} → ${allowed(r.p, r.c, r.area) ? 'allowed' : 'FORBIDDEN'}`, r] as const))('%s', async (_title, { p, c, area }) => {
    const req = await c.run(h.store, area);
    const before = await h.store.version();
    const docsBefore = await documents(h.store);
    const r = await h.gqlAs(tokens.get(p.name)!, req.query, req.variables);
    if (allowed(p, c, area)) {
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      await c.undo?.(h.store, area);
    } else {
      expect(r.data).toBeNull();
      expect(r.errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect(await h.store.version()).toBe(before);
      expect(await documents(h.store)).toBe(docsBefore);
    }
  });

  it('covers every mutation the API has', async () => {
    const r = await h.gql('{ __schema { mutationType { fields { name } } } }');
    const all: string[] = r.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    // each mutation is exercised above, or shares its code path with one that is:
    // every graph write goes through the guarded store's apply, every document write through its putDoc/deleteDoc
    const families: Record<string, RegExp> = {
      nodes: /^(create|update|delete)(Actor|CareLevel|Forum|TargetGroup|Initiative|Gap)$/,
      relationships: /^(link|unlink|applyChanges|restore|promoteFinding|transitionGap)$/,
      documents: /^(dismissFinding|undismissFinding|saveMapLayout|resetMapLayout|saveView|deleteView|createShareLink|revokeShareLink|createPresentation|updatePresentation|deletePresentation)$/,
      people: /^(createUser|updateUser|createApiToken|revokeApiToken)$/,
    };
    const unmatched = all.filter((m) => !Object.values(families).some((re) => re.test(m)));
    expect(unmatched).toEqual([]);
  });
});

describe('admin-only mutations', () => {
  it.each(PRINCIPALS.map((p) => [p.name, p] as const))('%s: createUser and updateUser only as ADMIN', async (_n, p) => {
    const id = uniq('user');
    const r = await h.gqlAs(tokens.get(p.name)!, `mutation { createUser(input: { id: "${id}", role: VIEWER, scopes: ["kommun-vindeln"] }) { id scopes } }`);
    if (p.role === 'ADMIN') expect(r.data!.createUser).toEqual({ id, scopes: ['kommun-vindeln'] });
    else expect(r.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a scope that is not a county part or municipality', async () => {
    const r = await h.gqlAs(tokens.get('admin')!, `mutation { createUser(input: { id: "${uniq('user')}", role: EDITOR, scopes: ["forum-lanssamverkansgrupp"] }) { id } }`);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'scopes'] }] });
  });
});

describe('imports go through the same guard', () => {
  const upload = (token: string, files: Record<string, string>, dryRun = false) => {
    const boundary = '----matrix-boundary';
    const parts = Object.entries(files).map(([name, content]) => Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`),
      Buffer.from(content), Buffer.from('\r\n'),
    ]));
    return h.app.inject({
      method: 'POST', url: `/api/import?dryRun=${dryRun}`,
      payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${token}` },
    });
  };
  const forumIn = (name: string, municipality: string) => ({
    'forums.csv': `Id / Id;Namn / Name;Typ / Kind;Systemnivå / System level;Status / Status\n${name};${name};Team;Mikro;Planerad\n`,
    'links.csv': `Relation / Relationship;Från / From;Till / To\nCOVERS;${name};${municipality}\n`,
  });

  it('lets a Vindeln editor import a forum placed in Vindeln, attributed to them', async () => {
    const res = await upload(tokens.get('editor-vindeln')!, forumIn('forum-import-vindeln', 'kommun-vindeln'));
    expect(res.statusCode, res.body).toBe(200);
    expect((await h.store.changes({ node: 'forum-import-vindeln', limit: 1 }))[0]).toMatchObject({ op: 'create', by: 'editor-vindeln' });
  });

  it('refuses a Vindeln editor’s import of a Skellefteå forum, and a viewer’s import, changing nothing', async () => {
    const v0 = await h.store.version();
    const outside = await upload(tokens.get('editor-vindeln')!, forumIn('forum-import-skelleftea', 'kommun-skelleftea'));
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ code: 'FORBIDDEN' });
    const viewer = await upload(tokens.get('viewer')!, forumIn('forum-import-viewer', 'kommun-vindeln'));
    expect(viewer.statusCode).toBe(403);
    expect(await h.store.version()).toBe(v0);
  });
});
