// The read side of the API, on the small fixture: lists, filters, pages,
// lookups, search, neighbourhood and the map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { STORE_UNDER_TEST } from '../store/test-store.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: 'fixture' });
});
afterAll(() => h.close());

describe('lists with filters', () => {
  it('lists actors by kind, ordered by name', async () => {
    const r = await h.gql(`{ actors(filter: { kind: [MUNICIPALITY] }) { totalCount nodes { id name principal } } }`);
    expect(r).toEqual({
      status: 200,
      data: { actors: { totalCount: 2, nodes: [
        { id: 'umea', name: 'Umeå kommun', principal: 'MUNICIPALITY' },
        { id: 'vindeln', name: 'Vindelns kommun', principal: 'MUNICIPALITY' },
      ] } },
    });
  });

  it('lists the actors of a county part', async () => {
    const r = await h.gql(`{ actors(filter: { countyPart: "lansdel" }) { nodes { id } } }`);
    expect(r.data!.actors.nodes.map((n: { id: string }) => n.id)).toEqual(['umea', 'vindeln']);
  });

  it('lists forums by status, system level, municipality, care level and participant', async () => {
    const q = (filter: string) => h.gql(`{ forums(filter: ${filter}) { nodes { id } } }`).then((r) => r.data!.forums.nodes.map((n: { id: string }) => n.id));
    // ordered by name, code point by code point (the same on both stores): "Lokal…" before "Läns…"
    expect(await q('{ status: [ACTIVE] }')).toEqual(['local', 'lsg']);
    expect(await q('{ status: [PLANNED] }')).toEqual(['planned']);
    expect(await q('{ systemLevel: [MACRO] }')).toEqual(['lsg']);
    expect(await q('{ municipality: "vindeln" }')).toEqual(['local']);
    expect(await q('{ countyPart: "lansdel" }')).toEqual(['local']);
    expect(await q('{ careLevel: "mpc" }')).toEqual(['local']);
    expect(await q('{ participant: "hc" }')).toEqual(['local']);
    expect(await q('{ municipality: "umea" }')).toEqual([]);
  });

  it('lists target groups with an estimate in a municipality, and gaps by kind', async () => {
    const tg = await h.gql(`{ targetGroups(filter: { municipality: "vindeln" }) { nodes { id } } }`);
    expect(tg.data!.targetGroups.nodes).toEqual([{ id: 'tg' }]);
    const gaps = await h.gql(`{ gaps(filter: { kind: [INFORMATION], status: [IDENTIFIED] }) { nodes { id severity } } }`);
    expect(gaps.data!.gaps.nodes).toEqual([{ id: 'gap', severity: 'HIGH' }]);
  });

  it('pages with first and after', async () => {
    const p1 = await h.gql(`{ actors(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`);
    expect(p1.data!.actors.totalCount).toBe(5);
    expect(p1.data!.actors.pageInfo.hasNextPage).toBe(true);
    const p2 = await h.gql(`query($after: String) { actors(first: 10, after: $after) { nodes { id } pageInfo { hasNextPage } } }`, { after: p1.data!.actors.pageInfo.endCursor });
    const all = await h.gql(`{ actors { nodes { id } } }`);
    expect([...p1.data!.actors.nodes, ...p2.data!.actors.nodes]).toEqual(all.data!.actors.nodes);
    expect(p2.data!.actors.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page size over the limit with BAD_USER_INPUT at `first`', async () => {
    const r = await h.gql(`{ actors(first: 100000) { totalCount } }`);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['first'] }] });
  });
});

describe('relationship fields', () => {
  it('follows participation with roles, reporting lines, areas and estimates', async () => {
    const r = await h.gql(`{ node(id: "local") { ... on Forum {
      participants { role actor { id } }
      reportsTo { id }
      careLevels { kind }
      areas { id estimates { count year source targetGroup { name } } }
      initiatives { id addresses { id } }
    } } }`);
    expect(r.data!.node).toEqual({
      participants: [{ role: 'CHAIR', actor: { id: 'hc' } }, { role: 'MEMBER', actor: { id: 'vindeln' } }],
      reportsTo: [{ id: 'lsg' }],
      careLevels: [{ kind: 'MUNICIPAL_PRIMARY_CARE' }, { kind: 'PRIMARY_CARE' }],
      areas: [{ id: 'vindeln', estimates: [{ count: 156, year: 2022, source: '002_3be67d7d3a733685', targetGroup: { name: 'Mest sjuka äldre' } }] }],
      initiatives: [{ id: 'mobile', addresses: [{ id: 'gap' }] }],
    });
  });

  it('resolves interface lists to their concrete types', async () => {
    const r = await h.gql(`{ node(id: "mobile") { ... on Initiative { members { __typename id } } } }`);
    expect(r.data!.node.members).toEqual([{ __typename: 'Forum', id: 'local' }]);
  });

  it('answers null for an unknown id, and nodes() keeps the order asked', async () => {
    const r = await h.gql(`{ node(id: "nope") { id } nodes(ids: ["umea", "nope", "pc"]) { id label } }`);
    expect(r.data).toEqual({ node: null, nodes: [{ id: 'umea', label: 'Actor' }, null, { id: 'pc', label: 'CareLevel' }] });
  });
});

describe('search, neighbourhood, map', () => {
  it('searches names and descriptions, diacritics folded', async () => {
    const r = await h.gql(`{ search(text: "umea", labels: [Actor]) { node { id } score } }`);
    // a match in the name ranks above one in the description only (Vindeln's mentions Umeå länsdel)
    expect(r.data!.search.map((x: { node: { id: string } }) => x.node.id)).toEqual(['umea', 'lansdel', 'vindeln']);
  });

  it('returns a neighbourhood to the depth asked', async () => {
    const one = await h.gql(`{ neighbourhood(id: "vindeln", depth: 1) { nodes { id } edges { type source target } } }`);
    expect(one.data!.neighbourhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['lansdel', 'local', 'tg', 'vindeln']);
    const two = await h.gql(`{ neighbourhood(id: "vindeln", depth: 2) { nodes { id } } }`);
    expect(two.data!.neighbourhood.nodes.length).toBeGreaterThan(4);
  });

  it('refuses a depth outside 1–5, and an unknown id with NOT_FOUND', async () => {
    const deep = await h.gql(`{ neighbourhood(id: "vindeln", depth: 9) { nodes { id } } }`);
    expect(deep.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['depth'] }] });
    const unknown = await h.gql(`{ neighbourhood(id: "nope") { nodes { id } } }`);
    expect(unknown.errors![0]).toMatchObject({ path: ['neighbourhood'], extensions: { code: 'NOT_FOUND', id: 'nope' } });
  });

  it('gives the whole map with county parts for grouping', async () => {
    const r = await h.gql(`{ graph { version nodes { id label countyPart } edges { id type source target role } } }`);
    const g = r.data!.graph;
    expect(g.nodes).toHaveLength(13);
    expect(g.edges).toHaveLength(12);
    expect(g.nodes.find((n: { id: string }) => n.id === 'vindeln').countyPart).toBe('lansdel');
    expect(g.nodes.find((n: { id: string }) => n.id === 'local').countyPart).toBe('lansdel');
    expect(g.nodes.find((n: { id: string }) => n.id === 'pc').countyPart).toBeNull();
    expect(g.edges).toContainEqual({ id: 'hc|PARTICIPATES_IN|local', type: 'PARTICIPATES_IN', source: 'hc', target: 'local', role: 'CHAIR' });
    expect(g.version).toBeGreaterThan(0);
  });

  it('filters the map to a municipality with who takes part there', async () => {
    const r = await h.gql(`{ graph(filter: { municipality: "vindeln" }) { nodes { id } edges { source target } } }`);
    const ids = r.data!.graph.nodes.map((n: { id: string }) => n.id).sort();
    expect(ids).toEqual(['hc', 'local', 'mpc', 'pc', 'tg', 'vindeln']);
    for (const e of r.data!.graph.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
  });

  it('filters the map by label and status', async () => {
    const r = await h.gql(`{ graph(filter: { labels: [Forum], status: [PLANNED] }) { nodes { id status plannedStart } } }`);
    expect(r.data!.graph.nodes).toEqual([{ id: 'planned', status: 'PLANNED', plannedStart: '2027-03-01' }]);
  });

  it('reports the store it runs on', async () => {
    const r = await h.gql(`{ storeStatus { kind engineVersion version } }`);
    expect(r.data!.storeStatus).toMatchObject({ kind: STORE_UNDER_TEST, engineVersion: expect.stringMatching(STORE_UNDER_TEST === 'sqlite' ? /^3\./ : /^Neo4j\/5\.26\./) });
  });
});

describe('clear names', () => {
  it('Actor.participatesIn lists the forums the actor takes part in; coveredBy (and the deprecated forums) the forums covering its area', async () => {
    const h = await openHarness({ data: 'fixture' });
    try {
      const r = await h.gql<{ node: { participatesIn: Array<{ id: string }>; coveredBy: Array<{ id: string }>; forums: Array<{ id: string }> } }>('{ node(id: "hc") { ... on Actor { participatesIn { id } coveredBy { id } forums { id } } } }');
      expect(r.errors).toBeUndefined();
      const participations = await h.store.related(['hc'], { types: ['PARTICIPATES_IN'], direction: 'out' });
      expect(r.data!.node.participatesIn.map((f) => f.id).sort()).toEqual(participations.map((x) => x.node.id).sort());
      expect(r.data!.node.participatesIn.length).toBeGreaterThan(0);
      expect(r.data!.node.forums).toEqual(r.data!.node.coveredBy);
      const schema = await h.gql<{ __type: { fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> } }>('{ __type(name: "Actor") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
      expect(schema.data!.__type.fields.find((f) => f.name === 'forums')).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringMatching(/participatesIn/) });
    } finally {
      await h.close();
    }
  });
});
