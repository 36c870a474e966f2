// What a project lead doing the region-wide mapping would expect the gap
// analysis to say about the Västerbotten dataset (seed/vasterbotten.ts), each
// expectation with its reason. The present is pinned so the dataset's planned
// dates (teams from 2027, a management group due 2025-09-01) read the same
// whenever the suite runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { createAnalysisEngine, type AnalysisEngine, type FindingView, type RuleId } from '../../server/analysis/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { freshStore } from '../store/test-store.ts';

const TODAY = '2026-06-01';
let store: GraphStore;
let engine: AnalysisEngine;
let findings: FindingView[];

beforeAll(async () => {
  store = await freshStore();
  await seedStore(store);
  engine = createAnalysisEngine(store, { today: () => TODAY });
  findings = (await engine.gapAnalysis()).findings;
});
afterAll(() => store.close());

const of = (rule: RuleId) => findings.filter((f) => f.ruleId === rule);
/** The municipality slugs (`kommun-<slug>`) a rule fires for, with a qualifier (level or hand-over pair). */
const municipalities = (rule: RuleId, qualifier: string) =>
  of(rule).filter((f) => f.key.endsWith(`|${qualifier}`)).map((f) => f.scope.ids[0]!.replace(/^kommun-/, '')).sort();

const ALL_15 = ['asele', 'bjurholm', 'dorotea', 'lycksele', 'mala', 'nordmaling', 'norsjo', 'robertsfors', 'skelleftea', 'sorsele', 'storuman', 'umea', 'vannas', 'vilhelmina', 'vindeln'];

describe('shared forums per system level', () => {
  it('finds no macro or meso gap: the county collaboration structure takes in all 15 municipalities and each has its local collaboration group', () => {
    expect(municipalities('municipality-level-uncovered', 'MACRO')).toEqual([]);
    expect(municipalities('municipality-level-uncovered', 'MESO')).toEqual([]);
  });

  it('finds a micro-level gap exactly in the six municipalities with neither a sjukstuga team nor another operational forum shared with the region', () => {
    expect(municipalities('municipality-level-uncovered', 'MICRO')).toEqual(['bjurholm', 'lycksele', 'nordmaling', 'robertsfors', 'vannas', 'vindeln']);
  });

  it('shows that the planned collaboration teams close the micro gap in Lycksele, Vindeln and Robertsfors by the end of 2027, and nothing else closes it', async () => {
    const c = (await engine.gapAnalysis({ compareTo: '2027-12-31', rules: { onlyRules: ['municipality-level-uncovered'] } })).comparison!;
    expect(c.closed.map((f) => f.key).sort()).toEqual([
      'municipality-level-uncovered|kommun-lycksele|MICRO',
      'municipality-level-uncovered|kommun-robertsfors|MICRO',
      'municipality-level-uncovered|kommun-vindeln|MICRO',
    ]);
    expect(c.unchanged.map((f) => f.scope.ids[0]).sort()).toEqual(['kommun-bjurholm', 'kommun-nordmaling', 'kommun-vannas']);
    expect(c.opened).toEqual([]);
    expect(c.starting).toEqual(expect.arrayContaining(['forum-samarbetsteam-lycksele', 'forum-samarbetsteam-robertsfors', 'forum-samarbetsteam-vindeln']));
  });

  it('names the planned team as the remedy in the finding itself', () => {
    const vindeln = findings.find((f) => f.key === 'municipality-level-uncovered|kommun-vindeln|MICRO')!;
    expect(vindeln.remedies).toEqual(['forum-samarbetsteam-vindeln']);
    expect(vindeln.explanation.sv).toContain('Samarbetsteam Vindeln – hälsocentralen');
  });
});

describe('hand-overs between care levels', () => {
  it('finds discharge and primary ↔ municipal primary care spanned everywhere: the county collaboration group spans both for the whole region', () => {
    expect(municipalities('handover-uncovered', 'MUNICIPAL_PRIMARY_CARE~SPECIALISED_INPATIENT')).toEqual([]);
    expect(municipalities('handover-uncovered', 'MUNICIPAL_PRIMARY_CARE~PRIMARY_CARE')).toEqual([]);
  });

  it('finds frequent ED visitors coordinated only in Umeå: the emergency ↔ primary care hand-over is open in the other 14 municipalities', () => {
    expect(municipalities('handover-uncovered', 'EMERGENCY~PRIMARY_CARE')).toEqual(ALL_15.filter((m) => m !== 'umea'));
  });

  it('finds no forum anywhere for ambulance ↔ primary care or outpatient ↔ primary care (the post-covid clinic is an initiative, not a forum)', () => {
    expect(municipalities('handover-uncovered', 'AMBULANCE~PRIMARY_CARE')).toEqual(ALL_15);
    expect(municipalities('handover-uncovered', 'PRIMARY_CARE~SPECIALISED_OUTPATIENT')).toEqual(ALL_15);
  });
});

describe('target groups', () => {
  it('finds every estimated group in Umeå county part served: the mobile collaboration system covers the county part and serves them', () => {
    expect(of('target-group-unserved')).toEqual([]);
  });

  it('shows the estimates in the coverage matrix, readable without colour', async () => {
    const m = await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'TARGET_GROUPS' });
    const umea = m.rows.find((r) => r.areaId === 'kommun-umea')!.cells.find((c) => c.column === 'tg-mobilt-team')!;
    expect(umea).toMatchObject({ state: 'COVERED', estimate: { count: 2311, year: 2022 } });
    expect(umea.text.sv).toMatch(/^Täckt \(\d+\) · 2 311 individer$/);
    expect(umea.active).toContain('init-mobilt-samverkanssystem');
  });

  it('opens a gap for 2 311 individuals in Umeå needing a mobile team if the mobile system and its forums end this year', async () => {
    const own = new SqliteStore(':memory:');
    await own.init();
    await seedStore(own);
    const ending = ['init-mobilt-samverkanssystem', 'forum-mobilt-styrgrupp', 'forum-mobilt-arbetsgrupp-1', 'forum-mobilt-arbetsgrupp-2'];
    await own.apply(ending.map((id) => ({ op: 'update' as const, id, props: { endDate: '2026-12-31' } })), { by: 'test' });
    const c = (await createAnalysisEngine(own, { today: () => TODAY }).gapAnalysis({ compareTo: '2027-06-01', rules: { onlyRules: ['target-group-unserved'] } })).comparison!;
    await own.close();
    expect(c.ending.sort()).toEqual([...ending].sort());
    const umea = c.opened.find((f) => f.key === 'target-group-unserved|kommun-umea|tg-mobilt-team')!;
    expect(umea.explanation.sv).toContain('2 311 individer i Umeå');
    expect(umea.explanation.en).toContain('2,311 individuals in Umeå');
    // every municipality of the county part with an estimate is left without
    expect(c.opened.filter((f) => f.estimate?.targetGroupId === 'tg-mobilt-team').map((f) => f.estimate!.count).sort((x, y) => x - y)).toEqual([70, 156, 187, 195, 204, 2311]);
  });
});

describe('the structure itself', () => {
  it('flags the management group with mandate for the mobile system: planned to start 2025-09-01 and still planned', () => {
    expect(of('planned-forum-overdue').map((f) => f.scope.ids[0])).toEqual(['forum-mobilt-ledningsgrupp']);
  });

  it('offers the proposed management group and the mobile system\'s steering group as candidates for consolidation: same level, same county part, nearly the same members', () => {
    expect(of('near-duplicate-forums').map((f) => f.key)).toContain('near-duplicate-forums|forum-mobilt-ledningsgrupp|forum-mobilt-styrgrupp');
  });

  it('finds no municipality hanging on a single actor or forum: the county-wide forums give each a second path to the region', () => {
    expect(of('single-point-of-connection')).toEqual([]);
  });

  it('does not flag the region\'s internal management forums for lacking a municipal counterpart: they are not meant to cross the boundary', () => {
    expect(of('boundary-forum-one-principal')).toEqual([]);
  });

  it('finds every forum reporting somewhere or at the top, with no reporting line in a circle', () => {
    expect(of('forum-orphan')).toEqual([]);
    expect(of('reporting-cycle')).toEqual([]);
    expect(of('forum-without-participants')).toEqual([]);
    expect(of('forum-without-mandate')).toEqual([]);
  });

  it('links a health centre in Vindeln to Bjurholm\'s municipality through two forums', async () => {
    const p = await engine.collaborationPath('hc-vindeln', 'kommun-bjurholm');
    expect(p).toMatchObject({ found: true, forumCount: 2 });
    expect(p.path[0]).toBe('hc-vindeln');
    expect(p.path.at(-1)).toBe('kommun-bjurholm');
  });
});
