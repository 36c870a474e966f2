// Every fact ../shared/domain.md lists under "Facts in the seeds", asked
// through the GraphQL API on the seeded Västerbotten store: one test per
// fact, asserting the value the source document gives and that the dataset
// cites that document (a figure's own source where the API exposes it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from './harness.ts';

/** Uppdragsdirektiv 2024 (Region Västerbotten). */
const D000 = '000_dc0fee95e907e220';
/** SKR: stöd för plan för gemensam primärvård. */
const D001 = '001_0d39a9b0a025af05';
/** Nära vård i Region Västerbotten 2022 (OCR'd slides). */
const D002 = '002_3be67d7d3a733685';
/** Hälsoval primärvård och tandvård 2023. */
const D004 = '004_5207004faf90fc97';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: seedStore });
});
afterAll(() => h.close());

/** Runs a query that must succeed; its data. */
async function ask(query: string): Promise<Record<string, any>> {
  const r = await h.gql(query);
  expect(r.errors).toBeUndefined();
  return r.data!;
}
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();

const UMEA_PART = ['kommun-bjurholm', 'kommun-nordmaling', 'kommun-robertsfors', 'kommun-umea', 'kommun-vannas', 'kommun-vindeln'];

describe('the region, its municipalities and county parts', () => {
  it('Region Västerbotten is the region (000)', async () => {
    const { node } = await ask('{ node(id: "region-vasterbotten") { name source ... on Actor { kind principal shortName } } }');
    expect(node).toEqual({ name: 'Region Västerbotten', source: D000, kind: 'REGION', principal: 'REGION', shortName: 'RV' });
  });

  it('the county has 15 municipalities, each with the municipality as principal (000: "länets 15 kommuner")', async () => {
    const { actors } = await ask('{ actors(filter: { kind: [MUNICIPALITY] }) { totalCount nodes { principal sourceNote partOf { kind } } } }');
    expect(actors.totalCount).toBe(15);
    for (const k of actors.nodes) {
      expect(k.principal).toBe('MUNICIPALITY');
      expect(k.sourceNote).toContain('000');
      expect(k.partOf.filter((p: { kind: string }) => p.kind === 'COUNTY_PART')).toHaveLength(1);
    }
  });

  it.each([
    ['lansdel-umea', 'Umeå länsdel', D002, UMEA_PART],
    ['lansdel-skelleftea', 'Skellefteå länsdel', D001, ['kommun-norsjo', 'kommun-skelleftea']],
    ['lansdel-sodra-lappland', 'Södra Lappland', D002, ['kommun-asele', 'kommun-dorotea', 'kommun-lycksele', 'kommun-mala', 'kommun-sorsele', 'kommun-storuman', 'kommun-vilhelmina']],
  ])('the county part %s (%s) is part of the region, with its municipalities', async (id, name, source, municipalities) => {
    const { node } = await ask(`{ node(id: "${id}") { name source ... on Actor { kind partOf { id } parts { id kind } } } }`);
    expect(node).toMatchObject({ name, source, kind: 'COUNTY_PART', partOf: [{ id: 'region-vasterbotten' }] });
    expect(ids(node.parts.filter((p: { kind: string }) => p.kind === 'MUNICIPALITY'))).toEqual(municipalities);
  });
});

describe('committees, management and administration (000)', () => {
  it('RS, the regional board, orders primary care', async () => {
    const { node } = await ask('{ node(id: "rs") { name source ... on Actor { kind shortName orders { id } partOf { id } } } }');
    expect(node).toEqual({ name: 'Regionstyrelsen', source: D000, kind: 'COMMITTEE', shortName: 'RS', orders: [{ id: 'vn-primarvard' }], partOf: [{ id: 'region-vasterbotten' }] });
  });

  it('HSN, the health-care committee, runs primary care', async () => {
    const { node } = await ask('{ node(id: "hsn") { name source ... on Actor { kind shortName provides { id } partOf { id } } } }');
    expect(node).toEqual({ name: 'Hälso- och sjukvårdsnämnden', source: D000, kind: 'COMMITTEE', shortName: 'HSN', provides: [{ id: 'vn-primarvard' }], partOf: [{ id: 'region-vasterbotten' }] });
  });

  it('RUN, the regional development committee', async () => {
    const { node } = await ask('{ node(id: "run") { name source ... on Actor { kind shortName partOf { id } } } }');
    expect(node).toEqual({ name: 'Regionala utvecklingsnämnden', source: D000, kind: 'COMMITTEE', shortName: 'RUN', partOf: [{ id: 'region-vasterbotten' }] });
  });

  it('CLG, the central management group', async () => {
    const { node } = await ask('{ node(id: "clg") { name source ... on Actor { kind shortName partOf { id } } } }');
    expect(node).toEqual({ name: 'Centrala ledningsgruppen', source: D000, kind: 'MANAGEMENT_GROUP', shortName: 'CLG', partOf: [{ id: 'region-vasterbotten' }] });
  });

  it('HSF, the health-care administration', async () => {
    const { node } = await ask('{ node(id: "hsf") { name source ... on Actor { kind shortName partOf { id } } } }');
    expect(node).toEqual({ name: 'Hälsa- och sjukvårdsförvaltningen', source: D000, kind: 'ADMINISTRATION', shortName: 'HSF', partOf: [{ id: 'region-vasterbotten' }] });
  });
});

describe('primary care under Hälsoval (004)', () => {
  it('33 regional health centres, 7 of them sjukstugor', async () => {
    const { actors } = await ask('{ actors(filter: { kind: [HEALTH_CENTRE, COTTAGE_HOSPITAL], principal: [REGION] }, first: 100) { totalCount nodes { kind source provides { id } } } }');
    expect(actors.totalCount).toBe(33);
    expect(actors.nodes.filter((n: { kind: string }) => n.kind === 'COTTAGE_HOSPITAL')).toHaveLength(7);
    for (const n of actors.nodes) {
      expect(n.source).toBe(D004);
      expect(ids(n.provides)).toContain('vn-primarvard');
    }
  });

  it('5 private health centres', async () => {
    const { actors } = await ask('{ actors(filter: { kind: [HEALTH_CENTRE, COTTAGE_HOSPITAL], principal: [PRIVATE] }) { totalCount nodes { kind source } } }');
    expect(actors.totalCount).toBe(5);
    expect(actors.nodes.every((n: { kind: string; source: string }) => n.kind === 'HEALTH_CENTRE' && n.source === D004)).toBe(true);
  });

  it('about 19 % of the population is listed at a private health centre', async () => {
    const { careLevels } = await ask('{ careLevels(filter: { kind: [PRIMARY_CARE] }) { nodes { id description source sourceNote } } }');
    expect(careLevels.nodes).toHaveLength(1);
    const [pc] = careLevels.nodes;
    expect(pc).toMatchObject({ id: 'vn-primarvard', source: D004 });
    expect(pc.description).toContain('Ca 19 % av befolkningen är listade vid en privat hälsocentral');
    expect(pc.sourceNote).toContain('"Listade vid privat hälsocentral, ca 19 % av befolkningen"');
  });
});

describe('the county collaboration structure (002, 000)', () => {
  const FORUM = 'name source ... on Forum { kind systemLevel status reportsTo { id } areas { id } participants { actor { id } } }';

  it('the leadership seminar: the top of the county structure, the region and every municipality take part', async () => {
    const { node } = await ask(`{ node(id: "forum-ledningsseminarium") { ${FORUM} } }`);
    expect(node).toMatchObject({ name: 'Ledningsseminarium', source: D002, kind: 'LEADERSHIP_SEMINAR', systemLevel: 'MACRO', status: 'ACTIVE', reportsTo: [], areas: [{ id: 'region-vasterbotten' }] });
    const who = ids(node.participants.map((p: { actor: { id: string } }) => p.actor));
    expect(who).toContain('region-vasterbotten');
    expect(who.filter((id) => id.startsWith('kommun-'))).toHaveLength(15);
  });

  it('vård och omsorg, below the leadership seminar', async () => {
    const { node } = await ask(`{ node(id: "forum-vard-och-omsorg") { ${FORUM} } }`);
    expect(node).toMatchObject({ name: 'Vård och omsorg', source: D002, systemLevel: 'MACRO', status: 'ACTIVE', reportsTo: [{ id: 'forum-ledningsseminarium' }], areas: [{ id: 'region-vasterbotten' }] });
  });

  it('the länssamverkansgrupp, below vård och omsorg', async () => {
    const { node } = await ask(`{ node(id: "forum-lanssamverkansgrupp") { ${FORUM} } }`);
    expect(node).toMatchObject({ name: 'Länssamverkansgrupp', source: D002, kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', status: 'ACTIVE', reportsTo: [{ id: 'forum-vard-och-omsorg' }] });
    expect(ids(node.participants.map((p: { actor: { id: string } }) => p.actor)).filter((id) => id.startsWith('kommun-'))).toHaveLength(15);
  });

  it('local collaboration in each of the 15 municipalities, reporting to the länssamverkansgrupp', async () => {
    const { actors } = await ask(`{ actors(filter: { kind: [MUNICIPALITY] }) { nodes { id shortName coveredBy { id ${FORUM} } } } }`);
    expect(actors.nodes).toHaveLength(15);
    for (const k of actors.nodes) {
      const local = k.coveredBy.find((f: { name: string }) => f.name === `Lokal samverkan ${k.shortName}`);
      expect(local, k.id).toMatchObject({ source: D002, kind: 'COLLABORATION_GROUP', status: 'ACTIVE', reportsTo: [{ id: 'forum-lanssamverkansgrupp' }], areas: [{ id: k.id }] });
    }
  });

  it('a collaboration team between each municipality with a sjukstuga and the sjukstuga', async () => {
    const { actors } = await ask(`{ actors(filter: { kind: [COTTAGE_HOSPITAL] }) { nodes { id partOf { id } participations { forum { id ${FORUM} } } } } }`);
    expect(actors.nodes).toHaveLength(7);
    for (const s of actors.nodes) {
      const municipality = s.partOf.find((p: { id: string }) => p.id.startsWith('kommun-')).id as string;
      const teams = s.participations.map((p: { forum: Record<string, any> }) => p.forum).filter((f: { kind: string }) => f.kind === 'TEAM');
      expect(teams, s.id).toHaveLength(1);
      const [team] = teams;
      expect(team, s.id).toMatchObject({ source: D002, status: 'ACTIVE', areas: [{ id: municipality }] });
      // the municipality's side of the team: its home care
      expect(ids(team.participants.map((p: { actor: { id: string } }) => p.actor)), s.id).toContain(municipality.replace('kommun-', 'hemsjukvard-'));
    }
  });

  it('LSG and its preparation groups (000: "LSG och beredningsgrupper")', async () => {
    const { node } = await ask(`{ node(id: "forum-beredningsgrupp-lsg") { ${FORUM} } }`);
    expect(node).toMatchObject({ source: D000, kind: 'PREPARATION_GROUP', status: 'ACTIVE', reportsTo: [{ id: 'forum-lanssamverkansgrupp' }] });
  });
});

describe('the mobile collaboration system in Umeå county part (002)', () => {
  it('the initiative covers Umeå county part', async () => {
    const { node } = await ask('{ node(id: "init-mobilt-samverkanssystem") { name source ... on Initiative { status startDate areas { id } } } }');
    expect(node).toEqual({ name: 'Mobilt samverkanssystem Umeå länsdel', source: D002, status: 'ACTIVE', startDate: '2023-03-01', areas: [{ id: 'lansdel-umea' }] });
  });

  it('its steering group owns it', async () => {
    const { node } = await ask('{ node(id: "forum-mobilt-styrgrupp") { name source ... on Forum { kind owns { id } initiatives { id } } } }');
    expect(node).toEqual({ name: 'Styrgrupp mobilt samverkanssystem', source: D002, kind: 'STEERING_GROUP', owns: [{ id: 'init-mobilt-samverkanssystem' }], initiatives: [{ id: 'init-mobilt-samverkanssystem' }] });
  });

  it('working group 1: target groups and needs, staffing and capacity, reporting to the steering group', async () => {
    const { node } = await ask('{ node(id: "forum-mobilt-arbetsgrupp-1") { name source ... on Forum { kind startDate reportsTo { id } initiatives { id } } } }');
    expect(node).toEqual({
      name: 'Arbetsgrupp 1 – målgrupper och behov, bemanning och kapacitet', source: D002, kind: 'WORKING_GROUP', startDate: '2023-03-16',
      reportsTo: [{ id: 'forum-mobilt-styrgrupp' }], initiatives: [{ id: 'init-mobilt-samverkanssystem' }],
    });
  });

  it('working group 2: joint leadership, reporting to the steering group', async () => {
    const { node } = await ask('{ node(id: "forum-mobilt-arbetsgrupp-2") { name source ... on Forum { kind startDate reportsTo { id } initiatives { id } } } }');
    expect(node).toEqual({
      name: 'Arbetsgrupp 2 – gemensam ledning', source: D002, kind: 'WORKING_GROUP', startDate: '2023-03-16',
      reportsTo: [{ id: 'forum-mobilt-styrgrupp' }], initiatives: [{ id: 'init-mobilt-samverkanssystem' }],
    });
  });

  it('the pilot municipalities: the six of Umeå county part take part in the initiative', async () => {
    const { node } = await ask('{ node(id: "init-mobilt-samverkanssystem") { ... on Initiative { members { __typename id } } } }');
    expect(ids(node.members.filter((m: { __typename: string }) => m.__typename === 'Actor'))).toEqual(UMEA_PART);
  });

  const estimates = async (tg: string) => {
    const { node } = await ask(`{ node(id: "${tg}") { ... on TargetGroup { estimates { area { id } count year source } } } }`);
    return node.estimates as Array<{ area: { id: string }; count: number; year: number; source: string }>;
  };

  it.each([
    ['kommun-nordmaling', 204], ['kommun-bjurholm', 70], ['kommun-vindeln', 156],
    ['kommun-robertsfors', 187], ['kommun-vannas', 195], ['kommun-umea', 2311],
  ])('individuals needing a mobile team in %s: %i', async (area, count) => {
    expect((await estimates('tg-mobilt-team')).filter((e) => e.area.id === area)).toEqual([{ area: { id: area }, count, year: 2022, source: D002 }]);
  });

  it.each([
    ['kommun-nordmaling', 306], ['kommun-bjurholm', 105], ['kommun-robertsfors', 281], ['kommun-vannas', 292], ['kommun-umea', 3466],
  ])('individuals needing a fast vårdkontakt in %s: %i', async (area, count) => {
    expect((await estimates('tg-fast-vardkontakt')).filter((e) => e.area.id === area)).toEqual([{ area: { id: area }, count, year: 2022, source: D002 }]);
  });

  it.each([
    ['tg-mobilt-team', 3123], ['tg-fast-vardkontakt', 4684],
  ])('the county-part total of %s: %i, as the document states it', async (tg, count) => {
    expect((await estimates(tg)).filter((e) => e.area.id === 'lansdel-umea')).toEqual([{ area: { id: 'lansdel-umea' }, count, year: 2022, source: D002 }]);
  });
});

describe('examples of ongoing work (002)', () => {
  const INITIATIVE = 'id name source ... on Initiative { status careLevels { kind } targetGroups { id } members { id } owners { id } }';
  const initiative = async (id: string) => (await ask(`{ node(id: "${id}") { ${INITIATIVE} } }`)).node;

  it('a coordination team for frequent ED visitors, spanning emergency care', async () => {
    const node = await initiative('init-samordningsteam-mangbesokare');
    expect(node).toMatchObject({ name: 'Projekt samordningsteam för mångbesökare vid akuten', source: D002, targetGroups: [{ id: 'tg-mangbesokare' }] });
    expect(node.careLevels.map((c: { kind: string }) => c.kind)).toContain('EMERGENCY');
    expect(ids(node.members)).toContain('forum-samordningsteam-mangbesokare');
  });

  it('the PRIMO team for adults within LSS', async () => {
    const node = await initiative('init-primo');
    expect(node).toMatchObject({ name: 'PRIMO – team för vuxna inom LSS', source: D002, targetGroups: [{ id: 'tg-lss' }] });
  });

  it('a digital youth clinic', async () => {
    expect(await initiative('init-digital-ungdomsmottagning')).toMatchObject({ name: 'Digital ungdomsmottagning', source: D002, status: 'ACTIVE' });
  });

  it('a contact centre for children and young people', async () => {
    expect(await initiative('init-kontaktcenter-barn-unga')).toMatchObject({ name: 'Kontaktcenter barn och unga', source: D002, targetGroups: [{ id: 'tg-barn-unga-psykisk-ohalsa' }] });
  });

  it('a post-covid clinic shared between the infectious-disease clinic and primary care', async () => {
    const node = await initiative('init-postcovidmottagning');
    expect(node).toMatchObject({ name: 'Postcovidmottagning', source: D002 });
    expect(node.careLevels.map((c: { kind: string }) => c.kind).sort()).toEqual(['PRIMARY_CARE', 'SPECIALISED_OUTPATIENT']);
    expect(ids(node.members)).toContain('klinik-infektion-nus');
  });

  it('physician participation in municipal elderly care', async () => {
    const node = await initiative('init-lakarmedverkan-aldreomsorg');
    expect(node).toMatchObject({ name: 'Läkarmedverkan i kommunal äldreomsorg', source: D002 });
    expect(node.careLevels.map((c: { kind: string }) => c.kind)).toEqual(expect.arrayContaining(['PRIMARY_CARE', 'SOCIAL_CARE']));
  });

  it('a joint assistive-devices strategy, decided in the county collaboration', async () => {
    const node = await initiative('init-hjalpmedelsstrategi');
    expect(node).toMatchObject({ name: 'Gemensam hjälpmedelsstrategi', source: D002, owners: [{ id: 'forum-lanssamverkansgrupp' }] });
  });

  it('seniortorg meeting places', async () => {
    const node = await initiative('init-seniortorg');
    expect(node).toMatchObject({ name: 'Seniortorg', source: D002, status: 'ACTIVE' });
  });
});

describe('recorded gaps named in the seeds', () => {
  const GAP = 'name source ... on Gap { kind status evidence between { id } addressedBy { id } }';

  it('the documentation systems make patient contracts hard to introduce (002)', async () => {
    const { node } = await ask(`{ node(id: "gap-journalsystem-patientkontrakt") { ${GAP} } }`);
    expect(node).toMatchObject({ source: D002, kind: 'INFORMATION', addressedBy: [{ id: 'init-patientkontrakt' }] });
    expect(node.evidence).toContain('"Nuvarande system för vårddokumentation gör det svårt att införa patientkontrakt"');
  });

  it('the outlying municipalities and Umeå municipality have different needs (002)', async () => {
    const { node } = await ask(`{ node(id: "gap-kranskommuner-umea-olika-behov") { ${GAP} } }`);
    expect(node).toMatchObject({ source: D002, kind: 'AMBITION' });
    expect(node.evidence).toContain('"Två helt olika behov kranskommunerna och Umeå kommun"');
    expect(ids(node.between)).toEqual(UMEA_PART);
    expect(ids(node.addressedBy)).toContain('init-mobilt-samverkanssystem');
  });

  it('prevention gives way to the urgent (000 and 004)', async () => {
    const { node } = await ask(`{ node(id: "gap-forebyggande-far-sta-tillbaka") { ${GAP} } }`);
    expect(node).toMatchObject({ source: D000, kind: 'AMBITION' });
    expect(node.evidence).toContain('000, 1. Bakgrund: "Det hälsofrämjande och förebyggande perspektivet får i stor utsträckning ge vika för det mer brådskande (och uppdämda)."');
    expect(node.evidence).toContain('004, Genomlysning av beställning och drift av primärvård: uppföljningen visar "att förebyggande perspektiv får ge vika för mer brådskande och uppdämda behov"');
  });
});
