// The area report (/rapport/<id>) on the seeded Västerbotten store: the
// documents the page sends pass the API's limits and answer, and the report
// made from them holds what the list queries say of the area, on either store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { AREA_REPORT, REPORT_AREA, REPORT_MORE, type ResultOf } from '../../web/src/queries.ts';
import { forumsFromAbove, reportModel, type ReportModel } from '../../web/src/report/model.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: seedStore });
});
afterAll(() => h.close());

/** What the page does (web/src/report/page.ts): the area, its report, and the plan's comparison when the plan reaches ahead. */
async function reportOf(id: string): Promise<ReportModel> {
  const a = await h.gql(REPORT_AREA, { id });
  expect(a.errors).toBeUndefined();
  const node = a.data!.node;
  const area = { id: node.id, name: node.name, kind: node.actorKind, partOf: node.partOf[0]?.name ?? null };
  const r = await h.gql(AREA_REPORT, {
    area: id,
    municipality: area.kind === 'MUNICIPALITY' ? id : null,
    countyPart: area.kind === 'COUNTY_PART' ? id : null,
    rows: area.kind === 'MUNICIPALITY' ? 'MUNICIPALITIES' : 'COUNTY_PARTS',
  });
  expect(r.errors).toBeUndefined();
  const answer = r.data as ResultOf<typeof AREA_REPORT>;
  const first = reportModel(area, answer);
  const more = await h.gql(REPORT_MORE, { area: id, ids: forumsFromAbove(id, answer), compareTo: first.horizon });
  expect(more.errors).toBeUndefined();
  return reportModel(area, answer, more.data as ResultOf<typeof REPORT_MORE>);
}

describe('the area report', () => {
  it('lists every forum covering a municipality once, under its own system level, with its participants', async () => {
    const report = await reportOf('kommun-vindeln');
    expect(report.area).toMatchObject({ id: 'kommun-vindeln', kind: 'MUNICIPALITY' });
    const listed = report.levels.flatMap((l) => l.forums.map((f) => ({ id: f.id, level: l.level, n: f.participants.length })));
    expect(new Set(listed.map((f) => f.id)).size).toBe(listed.length);
    const r = await h.gql(`{ forums(filter: { municipality: "kommun-vindeln" }, first: 500) { nodes { id systemLevel participants { actor { id } } } } }`);
    const own = r.data!.forums.nodes.map((f: { id: string; systemLevel: string; participants: unknown[] }) => ({ id: f.id, level: f.systemLevel, n: f.participants.length }));
    expect(own.length).toBeGreaterThan(0);
    expect(listed).toEqual(expect.arrayContaining(own));
    expect(report.counts.forums).toBe(listed.length);
    expect(report.counts.running + report.counts.planned).toBeLessThanOrEqual(report.counts.forums);
    expect(report.levels.map((l) => l.level)).toEqual(['MACRO', 'MESO', 'MICRO']);
  });

  it('lists every forum its coverage counts, those from further up saying what they cover', async () => {
    const report = await reportOf('kommun-vindeln');
    const r = await h.gql(`{
      levels: coverage(rows: MUNICIPALITIES, columns: SYSTEM_LEVELS) { rows { area { id } cells { active { id label } planned { id label } } } }
      handovers: coverage(rows: MUNICIPALITIES, columns: HANDOVERS) { rows { area { id } cells { active { id label } planned { id label } } } }
      own: forums(filter: { municipality: "kommun-vindeln" }, first: 500) { nodes { id } } }`);
    type Row = { area: { id: string }; cells: { active: { id: string; label: string }[]; planned: { id: string; label: string }[] }[] };
    const counted = new Set([r.data!.levels, r.data!.handovers].flatMap((m: { rows: Row[] }) =>
      m.rows.find((x) => x.area.id === 'kommun-vindeln')!.cells.flatMap((c) => [...c.active, ...c.planned]).filter((n) => n.label === 'Forum').map((n) => n.id)));
    const own = new Set(r.data!.own.nodes.map((f: { id: string }) => f.id));
    const forums = report.levels.flatMap((l) => l.forums);
    const fromAbove = [...counted].filter((id) => !own.has(id));
    // the seed's region-wide forums cover Vindeln from above: without them the makro level would read empty beside a covered cell
    expect(fromAbove.length).toBeGreaterThan(0);
    for (const id of counted) expect(forums.map((f) => f.id)).toContain(id);
    for (const f of forums) expect(f.coversFrom === null).toBe(own.has(f.id));
    expect(forums.filter((f) => f.coversFrom).every((f) => f.coversFrom!.length > 0)).toBe(true);
  });

  it('carries the area’s own row of coverage, a cell for every system level and hand-over', async () => {
    const report = await reportOf('kommun-vindeln');
    const r = await h.gql(`{
      levels: coverage(rows: MUNICIPALITIES, columns: SYSTEM_LEVELS) { columns { key } rows { area { id } cells { column state } } }
      handovers: coverage(rows: MUNICIPALITIES, columns: HANDOVERS) { columns { key } rows { area { id } cells { column state } } }
    }`);
    const own = [r.data!.levels, r.data!.handovers].flatMap((m: { rows: { area: { id: string }; cells: { column: string; state: string }[] }[] }) =>
      m.rows.find((x) => x.area.id === 'kommun-vindeln')!.cells.map((c) => ({ key: c.column, state: c.state })));
    expect(report.coverage.map((c) => ({ key: c.key, state: c.state }))).toEqual(own);
    expect(report.coverage.filter((c) => ['MACRO', 'MESO', 'MICRO'].includes(c.key))).toHaveLength(3);
  });

  it('names the recorded gaps and the detected findings of the area as the gap queries do', async () => {
    const report = await reportOf('kommun-vindeln');
    const r = await h.gql(`{
      gaps(filter: { municipality: "kommun-vindeln" }, first: 500) { nodes { id } }
      gapAnalysis(scope: "kommun-vindeln") { total findings { key } }
    }`);
    expect(report.gaps.map((g) => g.id).sort()).toEqual(r.data!.gaps.nodes.map((g: { id: string }) => g.id).sort());
    expect(report.findings.map((f) => f.key).sort()).toEqual(r.data!.gapAnalysis.findings.map((f: { key: string }) => f.key).sort());
    expect(report.counts.findings).toBe(r.data!.gapAnalysis.total);
  });

  it('reports a county part with the forums of every area in it, and what its plan adds', async () => {
    const parts = await h.gql(`{ actors(filter: { kind: [COUNTY_PART] }) { nodes { id } } }`);
    for (const { id } of parts.data!.actors.nodes as { id: string }[]) {
      const report = await reportOf(id);
      expect(report.area.kind).toBe('COUNTY_PART');
      const r = await h.gql(`query($id: ID) { forums(filter: { countyPart: $id }, first: 500) { totalCount nodes { id name status } } }`, { id });
      const listed = report.levels.flatMap((l) => l.forums.map((f) => f.id));
      expect(listed).toEqual(expect.arrayContaining(r.data!.forums.nodes.map((f: { id: string }) => f.id)));
      // every planned forum of the part is among what the plan starts
      const planned = r.data!.forums.nodes.filter((f: { status: string }) => f.status === 'PLANNED').map((f: { name: string }) => f.name);
      expect(report.plan.starting).toEqual(expect.arrayContaining(planned));
    }
  });
});
