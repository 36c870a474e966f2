// The aggregates on the seeded Västerbotten store, each checked against what
// the lists themselves say: a group's count is the total of the list filtered
// to that group; a rank is the forums an actor's participations name; a sum is
// the sum of the estimates the target groups list. On the store under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: seedStore });
});
afterAll(() => h.close());

async function ask<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await h.gql<T>(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const swedish = new Intl.Collator('sv');

// ---- counts by group ------------------------------------------------------------

/** Each list, what it can be counted by, and the filter field that keeps one group. */
const LISTS = {
  actors: { type: 'Actor', by: { KIND: 'kind', PRINCIPAL: 'principal', COUNTY_PART: 'countyPart', MUNICIPALITY: 'municipality', CARE_LEVEL: 'careLevel' } },
  careLevels: { type: 'CareLevel', by: { KIND: 'kind', PRINCIPAL: 'principal' } },
  forums: { type: 'Forum', by: { KIND: 'kind', STATUS: 'status', SYSTEM_LEVEL: 'systemLevel', MANDATE: 'mandate', COUNTY_PART: 'countyPart', MUNICIPALITY: 'municipality', CARE_LEVEL: 'careLevel', TARGET_GROUP: 'targetGroup' } },
  targetGroups: { type: 'TargetGroup', by: { COUNTY_PART: 'countyPart', MUNICIPALITY: 'municipality' } },
  initiatives: { type: 'Initiative', by: { KIND: 'kind', STATUS: 'status', COUNTY_PART: 'countyPart', MUNICIPALITY: 'municipality', CARE_LEVEL: 'careLevel', TARGET_GROUP: 'targetGroup' } },
  gaps: { type: 'Gap', by: { KIND: 'kind', SEVERITY: 'severity', STATUS: 'status', COUNTY_PART: 'countyPart', MUNICIPALITY: 'municipality', CARE_LEVEL: 'careLevel', TARGET_GROUP: 'targetGroup' } },
} as const;
/** Filter fields that take a list of values (the others take one id). */
const LIST_FILTERS = new Set(['kind', 'principal', 'status', 'systemLevel', 'mandate', 'severity']);

interface Group { key: string | null; count: number; node: { id: string; name: string } | null }

async function groups(list: keyof typeof LISTS, by: string, filter: Record<string, unknown> = {}) {
  const data = await ask(`query($filter: ${LISTS[list].type}Filter) { ${list}(filter: $filter, first: 0) { totalCount groupCounts(by: ${by}) { key count node { id name } } } }`, { filter });
  return data[list] as { totalCount: number; groupCounts: Group[] };
}
const total = async (list: keyof typeof LISTS, filter: Record<string, unknown>) =>
  (await ask(`query($filter: ${LISTS[list].type}Filter) { ${list}(filter: $filter, first: 0) { totalCount } }`, { filter }))[list].totalCount as number;

describe('groupCounts: every list counted by group', () => {
  for (const [list, { by }] of Object.entries(LISTS) as Array<[keyof typeof LISTS, (typeof LISTS)[keyof typeof LISTS]]>) {
    for (const [group, field] of Object.entries(by)) {
      it(`${list} by ${group}: each group holds what the list filtered to it holds`, async () => {
        const { totalCount, groupCounts } = await groups(list, group);
        expect(groupCounts.length).toBeGreaterThan(0);
        for (const g of groupCounts.filter((x) => x.key !== null)) {
          expect(await total(list, { [field]: LIST_FILTERS.has(field) ? [g.key] : g.key }), `${list} ${field} = ${g.key}`).toBe(g.count);
        }
        if (LIST_FILTERS.has(field)) {
          // a property has one value or none: its groups add up to the whole list
          expect(groupCounts.reduce((sum, g) => sum + g.count, 0)).toBe(totalCount);
        } else {
          // a relationship group is the node it is, by name
          for (const g of groupCounts.filter((x) => x.key !== null)) expect(g.node!.id).toBe(g.key);
          const named = groupCounts.filter((x) => x.key !== null).map((g) => g.node!.name);
          expect(named).toEqual([...named].sort(swedish.compare));
        }
      });
    }
  }

  it('counts only what the list\'s filter keeps: forums in Umeå county part matching a text, by status', async () => {
    const filter = { countyPart: 'lansdel-umea', text: 'samverkan' };
    const { totalCount, groupCounts } = await groups('forums', 'STATUS', filter);
    expect(totalCount).toBeGreaterThan(0);
    expect(totalCount).toBeLessThan(await total('forums', {}));
    for (const g of groupCounts) expect(await total('forums', { ...filter, status: [g.key] })).toBe(g.count);
    expect(groupCounts.reduce((sum, g) => sum + g.count, 0)).toBe(totalCount);
  });

  it('lists every value of a property in its enum\'s order, empty ones too', async () => {
    const { groupCounts } = await groups('forums', 'STATUS');
    expect(groupCounts.map((g) => g.key)).toEqual(['PLANNED', 'ACTIVE', 'PAUSED', 'ENDED']);
    // forums without a mandate are a group of their own
    const mandates = await groups('forums', 'MANDATE', { kind: ['WORKING_GROUP'] });
    expect(mandates.groupCounts.map((g) => g.key).slice(0, 4)).toEqual(['DECIDES', 'ADVISES', 'COORDINATES', 'INFORMS']);
  });

  it('follows a write at once', async () => {
    const before = (await groups('forums', 'STATUS')).groupCounts.find((g) => g.key === 'PAUSED')!.count;
    await ask('mutation { createForum(input: { id: "forum-pausad-test", name: "Pausat testforum", kind: TEAM, systemLevel: MICRO, status: PAUSED }) { id } }');
    try {
      expect((await groups('forums', 'STATUS')).groupCounts.find((g) => g.key === 'PAUSED')!.count).toBe(before + 1);
    } finally {
      await ask('mutation { deleteForum(id: "forum-pausad-test") { deleted } }');
    }
  });
});

// ---- who sits in the most forums ------------------------------------------------------

interface Participating { id: string; name: string; kind: string; principal: string; participations: Array<{ role: string; forum: { id: string; status: string } }> }

describe('topParticipants: actors ranked by the forums they take part in', () => {
  let actors: Participating[];
  beforeAll(async () => {
    actors = (await ask('{ actors(first: 500) { nodes { id name kind principal participations { role forum { id status } } } } }')).actors.nodes;
  });

  /** What the ranking must be, from the actors' own participations. */
  function expected(keep: (a: Participating) => boolean, counts: (p: Participating['participations'][number]) => boolean) {
    return actors.filter(keep)
      .map((a) => ({ id: a.id, name: a.name, forumCount: a.participations.filter(counts).length }))
      .filter((a) => a.forumCount > 0)
      .sort((a, b) => b.forumCount - a.forumCount || swedish.compare(a.name, b.name));
  }

  it('ranks every actor by its number of forums, most first, ties by name, sharing a place', async () => {
    const { topParticipants } = await ask('{ topParticipants(first: 8) { rank forumCount actor { id name } forums { id } } }');
    const want = expected(() => true, () => true).slice(0, 8);
    expect(topParticipants.map((r: { actor: { id: string } }) => r.actor.id)).toEqual(want.map((a) => a.id));
    expect(topParticipants.map((r: { forumCount: number }) => r.forumCount)).toEqual(want.map((a) => a.forumCount));
    for (const r of topParticipants) {
      const own = actors.find((a) => a.id === r.actor.id)!;
      expect(r.forums.map((f: { id: string }) => f.id).sort()).toEqual(own.participations.map((p) => p.forum.id).sort());
      expect(r.rank).toBe(want.findIndex((a) => a.forumCount === r.forumCount) + 1);
    }
  });

  it('filters the actors (kind, principal) and the forums that count (status), and the roles', async () => {
    const { topParticipants } = await ask(`{ topParticipants(first: 5, filter: { kind: [MUNICIPALITY], principal: [MUNICIPALITY] }, forumFilter: { status: [ACTIVE] }) {
      rank forumCount actor { id kind }
    } }`);
    const want = expected((a) => a.kind === 'MUNICIPALITY' && a.principal === 'MUNICIPALITY', (p) => p.forum.status === 'ACTIVE').slice(0, 5);
    expect(topParticipants.map((r: { actor: { id: string }; forumCount: number }) => [r.actor.id, r.forumCount])).toEqual(want.map((a) => [a.id, a.forumCount]));
    const chairs = await ask('{ topParticipants(first: 500, roles: [CHAIR]) { forumCount actor { id } } }');
    const wantChairs = expected(() => true, (p) => p.role === 'CHAIR');
    expect(chairs.topParticipants.map((r: { actor: { id: string }; forumCount: number }) => [r.actor.id, r.forumCount])).toEqual(wantChairs.map((a) => [a.id, a.forumCount]));
  });

  it('refuses a size outside 1–500 with BAD_USER_INPUT at `first`', async () => {
    const r = await h.gql('{ topParticipants(first: 0) { rank } }');
    expect(r.errors![0]).toMatchObject({ path: ['topParticipants'], extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['first'] }] } });
  });
});

// ---- estimates summed over an area's parts --------------------------------------------------

interface Estimate { count: number; year: number; source: string; area: { id: string } }
interface Total { targetGroup: { id: string }; year: number; count: number | null; parts: Estimate[]; stated: Estimate | null }

describe('estimateTotals: target-group estimates summed over an area', () => {
  const TOTALS = `query($area: ID!, $targetGroup: ID, $year: Int) { estimateTotals(area: $area, targetGroup: $targetGroup, year: $year) {
    targetGroup { id } year count parts { count year source area { id } } stated { count year source area { id } }
  } }`;
  const totals = async (area: string, more: Record<string, unknown> = {}) => (await ask(TOTALS, { area, ...more })).estimateTotals as Total[];
  let estimates: Map<string, Estimate[]>;
  let umeaParts: Set<string>;
  beforeAll(async () => {
    const data = await ask(`{
      targetGroups(first: 500) { nodes { id estimates { count year source area { id } } } }
      actors(filter: { countyPart: "lansdel-umea" }, first: 500) { nodes { id } }
    }`);
    estimates = new Map(data.targetGroups.nodes.map((t: { id: string; estimates: Estimate[] }) => [t.id, t.estimates]));
    umeaParts = new Set(data.actors.nodes.map((a: { id: string }) => a.id));
  });

  it('sums a county part\'s municipalities per target group and year, beside the county part\'s own stated estimate', async () => {
    const rows = await totals('lansdel-umea');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const own = estimates.get(row.targetGroup.id)!.filter((e) => e.year === row.year);
      const inParts = own.filter((e) => umeaParts.has(e.area.id));
      expect(row.parts.map((e) => e.area.id).sort()).toEqual(inParts.map((e) => e.area.id).sort());
      expect(row.count).toBe(inParts.length ? inParts.reduce((sum, e) => sum + e.count, 0) : null);
      expect(row.stated).toEqual(own.find((e) => e.area.id === 'lansdel-umea') ?? null);
    }
    // the mobile team: the municipalities' figures add up to the total the slides state
    const mobile = rows.find((r) => r.targetGroup.id === 'tg-mobilt-team')!;
    expect(mobile.count).toBe(mobile.stated!.count);
  });

  it('keeps a stated total apart from the sum where a part is missing, and a stated total alone gives no sum', async () => {
    const rows = await totals('lansdel-umea');
    // fast vårdkontakt: one municipality of the county part has no figure, so the sum falls short of the stated total
    const fast = rows.find((r) => r.targetGroup.id === 'tg-fast-vardkontakt')!;
    const municipalities = (await ask('{ actors(filter: { countyPart: "lansdel-umea", kind: [MUNICIPALITY] }, first: 100) { nodes { id } } }')).actors.nodes.map((a: { id: string }) => a.id);
    expect(fast.parts.length).toBeLessThan(municipalities.length);
    expect(fast.count!).toBeLessThan(fast.stated!.count);
    // the county part's own estimates with no municipal figures: no sum, the stated estimate only
    for (const row of rows.filter((r) => !r.parts.length)) {
      expect(row.count).toBeNull();
      expect(row.stated!.area.id).toBe('lansdel-umea');
    }
  });

  it('sums the region over the most detailed estimates on each branch: municipalities where there are, else the county part\'s', async () => {
    const [region, umea] = await Promise.all([totals('region-vasterbotten'), totals('lansdel-umea')]);
    for (const row of region) {
      const part = umea.find((r) => r.targetGroup.id === row.targetGroup.id && r.year === row.year)!;
      expect(row.count).toBe(part.count ?? part.stated!.count);
      expect(row.parts).toEqual(part.count === null ? [part.stated] : part.parts);
      expect(row.stated).toBeNull();
    }
  });

  it('filters by target group and year, and moves with a new estimate', async () => {
    const [fast] = await totals('lansdel-umea', { targetGroup: 'tg-fast-vardkontakt', year: 2022 });
    expect(await totals('lansdel-umea', { targetGroup: 'tg-fast-vardkontakt', year: 1999 })).toEqual([]);
    const missing = [...umeaParts].find((id) => id.startsWith('kommun-') && !fast!.parts.some((e) => e.area.id === id))!;
    await ask(`mutation { link(input: { type: ESTIMATE, from: "tg-fast-vardkontakt", to: "${missing}", count: 234, year: 2022, source: "illustrative" }) { id } }`);
    try {
      const [after] = await totals('lansdel-umea', { targetGroup: 'tg-fast-vardkontakt' });
      expect(after!.count).toBe(fast!.count! + 234);
      expect(after!.parts).toContainEqual({ count: 234, year: 2022, source: 'illustrative', area: { id: missing } });
    } finally {
      await ask(`mutation { unlink(input: { type: ESTIMATE, from: "tg-fast-vardkontakt", to: "${missing}", year: 2022 }) { unlinked } }`);
    }
  });

  it('answers an unknown area with NOT_FOUND', async () => {
    const r = await h.gql(TOTALS, { area: 'nowhere' });
    expect(r.errors![0]).toMatchObject({ path: ['estimateTotals'], extensions: { code: 'NOT_FOUND' } });
  });
});
