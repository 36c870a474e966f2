// The questions the core issue says GraphQL alone must answer, on the seeded
// Västerbotten store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: seedStore });
});
afterAll(() => h.close());

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

describe('the Västerbotten map answers', () => {
  it('which 15 municipalities and 3 county parts exist, and which municipalities each county part has', async () => {
    const r = await h.gql(`{
      municipalities: actors(filter: { kind: [MUNICIPALITY] }) { totalCount nodes { name } }
      countyParts: actors(filter: { kind: [COUNTY_PART] }) { totalCount nodes { name parts { kind name } } }
    }`);
    expect(r.data!.municipalities.totalCount).toBe(15);
    expect(r.data!.municipalities.nodes.map((n: { name: string }) => n.name)).toContain('Vännäs kommun');
    expect(r.data!.countyParts.totalCount).toBe(3);
    const umea = r.data!.countyParts.nodes.find((c: { name: string }) => /Umeå/.test(c.name));
    expect(umea.parts.filter((p: { kind: string }) => p.kind === 'MUNICIPALITY')).toHaveLength(6);
  });

  it('which forums the mobile collaboration system in Umeå county part has', async () => {
    const r = await h.gql(`{ node(id: "init-mobilt-samverkanssystem") { name ... on Initiative { members { __typename id } owners { id } } } }`);
    const forums = r.data!.node.members.filter((m: { __typename: string }) => m.__typename === 'Forum');
    expect(ids(forums)).toEqual(expect.arrayContaining(['forum-mobilt-styrgrupp', 'forum-mobilt-arbetsgrupp-1', 'forum-mobilt-arbetsgrupp-2']));
    expect(ids(r.data!.node.owners)).toEqual(['forum-mobilt-styrgrupp']);
  });

  it('how many individuals need a mobile team in Vännäs (195, from the 2022 slides)', async () => {
    const r = await h.gql(`{ targetGroups(filter: { municipality: "kommun-vannas", text: "mobilt team" }) { nodes { name estimates { count year source area { name } } } } }`);
    const [tg] = r.data!.targetGroups.nodes;
    const vannas = tg.estimates.find((e: { area: { name: string } }) => e.area.name.startsWith('Vännäs'));
    expect(vannas).toEqual({ count: 195, year: 2022, source: '002_3be67d7d3a733685', area: { name: 'Vännäs kommun' } });
  });

  it('which committee orders primary care and which runs it', async () => {
    const r = await h.gql(`{ careLevels(filter: { kind: [PRIMARY_CARE] }) { nodes { orderedBy { shortName } providers { shortName kind } } } }`);
    const [pc] = r.data!.careLevels.nodes;
    expect(pc.orderedBy).toEqual([{ shortName: 'RS' }]);
    expect(pc.providers.filter((p: { kind: string }) => p.kind === 'COMMITTEE')).toEqual([{ shortName: 'HSN', kind: 'COMMITTEE' }]);
  });

  it('seeding again changes nothing', async () => {
    const v = await h.store.version();
    expect(await seedStore(h.store)).toEqual({ nodes: 0, edges: 0, version: v });
  });
});

describe('the map filtered to a municipality', () => {
  it('keeps its own forums with their participants, and the regional forums it attends without pulling in every other municipality', async () => {
    const r = await h.gql(`{ graph(filter: { municipality: "kommun-vindeln" }) { nodes { id } } }`);
    const ids = new Set(r.data!.graph.nodes.map((n: { id: string }) => n.id));
    expect(ids.has('forum-lokal-samverkan-vindeln')).toBe(true);
    expect(ids.has('hemsjukvard-vindeln')).toBe(true);
    const attended = await h.gql(`{ node(id: "kommun-vindeln") { ... on Actor { participations { forum { id areas { id } } } } } }`);
    const regional = attended.data!.node.participations.map((p: { forum: { id: string } }) => p.forum.id).filter((id: string) => id !== 'forum-lokal-samverkan-vindeln');
    expect(regional.length).toBeGreaterThan(0);
    for (const id of regional) expect(ids.has(id)).toBe(true);
    expect(ids.has('kommun-skelleftea')).toBe(false);
    expect(ids.has('forum-lokal-samverkan-skelleftea')).toBe(false);
  });
});
