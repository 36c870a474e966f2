// The coverage matrix: areas × system levels, hand-overs or target groups,
// each cell a state, a count and the forums and initiatives behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisEngine } from '../../server/analysis/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { county, engineFor } from './build.ts';

let store: GraphStore;
let engine: AnalysisEngine;

beforeAll(async () => {
  ({ store, engine } = await engineFor(county()
    .careLevel('slutenvard', 'SPECIALISED_INPATIENT')
    .careLevel('kpv', 'MUNICIPAL_PRIMARY_CARE', 'MUNICIPALITY')
    .careLevel('pv', 'PRIMARY_CARE')
    // macro: the county collaboration group, shared with both municipalities
    .forum('lsg', { systemLevel: 'MACRO' }).members('lsg', 'region', 'umea', 'vindeln').covers('lsg', 'region')
    // meso: Vindeln's local group; Umeå's is planned
    .forum('local-vindeln', { systemLevel: 'MESO' }).members('local-vindeln', 'hc', 'vindeln').covers('local-vindeln', 'vindeln')
      .link('SPANS', 'local-vindeln', 'pv').link('SPANS', 'local-vindeln', 'kpv')
    .forum('local-umea', { systemLevel: 'MESO', status: 'PLANNED', plannedStart: '2026-01-01' }).covers('local-umea', 'umea')
    // micro: a region-only team in Umeå (one side only)
    .forum('team-umea', { systemLevel: 'MICRO' }).members('team-umea', 'hc').covers('team-umea', 'umea')
    // an initiative spanning the discharge hand-over in the county part
    .node('Initiative', 'utskrivning', { name: 'Trygg utskrivning', kind: 'FLOW_IMPROVEMENT', status: 'ACTIVE' }).covers('utskrivning', 'lansdel')
      .link('SPANS', 'utskrivning', 'slutenvard').link('SPANS', 'utskrivning', 'kpv')
    .node('TargetGroup', 'tg', { name: 'Mest sjuka äldre' })
      .link('ESTIMATE', 'tg', 'umea', { count: 2311, year: 2023, source: '002_3be67d7d3a733685' })
      .link('ESTIMATE', 'tg', 'vindeln', { count: 156, year: 2023, source: '002_3be67d7d3a733685' })
      .link('SERVES', 'local-vindeln', 'tg')));
});
afterAll(async () => {
  await store.close();
});

describe('municipalities × system levels', () => {
  it('states per cell whether an active shared forum covers it, only a planned one, or none', async () => {
    const m = await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'SYSTEM_LEVELS' });
    expect(m.columns.map((c) => [c.key, c.label.sv])).toEqual([['MACRO', 'Makro'], ['MESO', 'Meso'], ['MICRO', 'Mikro']]);
    const grid = Object.fromEntries(m.rows.map((r) => [r.areaId, r.cells.map((c) => `${c.state}:${c.count}`)]));
    expect(grid).toEqual({
      umea: ['COVERED:1', 'PLANNED_ONLY:0', 'NONE:0'],
      vindeln: ['COVERED:1', 'COVERED:1', 'NONE:0'],
    });
    expect(m.totals).toEqual({ COVERED: 3, PLANNED_ONLY: 1, NONE: 2 });
  });

  it('lets a person drill down from a cell to the forums behind it and its finding', async () => {
    const m = await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'SYSTEM_LEVELS' });
    const umea = m.rows.find((r) => r.areaId === 'umea')!.cells;
    expect(umea[0]).toMatchObject({ state: 'COVERED', active: ['lsg'], planned: [], findingKey: null, text: { sv: 'Täckt (1)', en: 'Covered (1)' } });
    expect(umea[1]).toMatchObject({ state: 'PLANNED_ONLY', active: [], planned: ['local-umea'], findingKey: 'municipality-level-uncovered|umea|MESO', text: { sv: 'Endast planerat (1)', en: 'Planned only (1)' } });
    expect(umea[2]).toMatchObject({ state: 'NONE', related: ['team-umea'], findingKey: 'municipality-level-uncovered|umea|MICRO', text: { sv: 'Saknas', en: 'None' } });
  });

  it('agrees with the rule on every cell', async () => {
    const m = await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'SYSTEM_LEVELS' });
    const a = await engine.gapAnalysis({ rules: { onlyRules: ['municipality-level-uncovered'] } });
    const uncovered = m.rows.flatMap((r) => r.cells.filter((c) => c.state !== 'COVERED').map((c) => c.findingKey));
    expect(uncovered.sort()).toEqual(a.findings.map((f) => f.key).sort());
  });

  it('projects planned forums on a later date', async () => {
    const m = await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'SYSTEM_LEVELS', asOf: '2026-06-01' });
    // planned, and now running, but nobody is registered to take part: not shared yet
    expect(m.rows.find((r) => r.areaId === 'umea')!.cells[1]).toMatchObject({ state: 'NONE', related: ['local-umea'] });
  });
});

describe('county parts × hand-overs', () => {
  it('has a column per configured hand-over and lists initiatives spanning it without counting them', async () => {
    const m = await engine.coverage({ rows: 'COUNTY_PARTS', columns: 'HANDOVERS' });
    expect(m.columns.map((c) => c.key)).toEqual([
      'MUNICIPAL_PRIMARY_CARE~SPECIALISED_INPATIENT', 'MUNICIPAL_PRIMARY_CARE~PRIMARY_CARE', 'EMERGENCY~PRIMARY_CARE',
      'AMBULANCE~PRIMARY_CARE', 'PRIMARY_CARE~SPECIALISED_OUTPATIENT',
    ]);
    expect(m.columns[0]!.label).toEqual({ sv: 'Specialiserad slutenvård ↔ kommunal primärvård', en: 'Specialised inpatient care ↔ municipal primary care' });
    expect(m.rows.map((r) => r.areaId)).toEqual(['lansdel']);
    const [discharge, pcMpc] = m.rows[0]!.cells;
    expect(discharge).toMatchObject({ state: 'NONE', count: 0, related: ['utskrivning'] });
    // Vindeln's group spans the pair but covers only Vindeln, not the whole county part
    expect(pcMpc).toMatchObject({ state: 'NONE', active: [] });
  });

  it('counts a municipality covered by a forum spanning the pair there', async () => {
    const m = await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'HANDOVERS' });
    const vindeln = m.rows.find((r) => r.areaId === 'vindeln')!.cells;
    expect(vindeln[1]).toMatchObject({ state: 'COVERED', count: 1, active: ['local-vindeln'], findingKey: null });
    expect(vindeln[0]).toMatchObject({ state: 'NONE', findingKey: 'handover-uncovered|vindeln|MUNICIPAL_PRIMARY_CARE~SPECIALISED_INPATIENT' });
  });
});

describe('municipalities × target groups', () => {
  it('shows the estimate in each cell, in words too', async () => {
    const m = await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'TARGET_GROUPS' });
    expect(m.columns).toEqual([{ key: 'tg', label: { sv: 'Mest sjuka äldre', en: 'Mest sjuka äldre' }, targetGroupId: 'tg' }]);
    const [umea] = m.rows.find((r) => r.areaId === 'umea')!.cells;
    const [vindeln] = m.rows.find((r) => r.areaId === 'vindeln')!.cells;
    expect(umea).toMatchObject({
      state: 'NONE', count: 0, estimate: { count: 2311, year: 2023 }, findingKey: 'target-group-unserved|umea|tg',
      text: { sv: 'Saknas · 2 311 individer', en: 'None · 2,311 individuals' },
    });
    expect(vindeln).toMatchObject({ state: 'COVERED', count: 1, active: ['local-vindeln'], text: { sv: 'Täckt (1) · 156 individer', en: 'Covered (1) · 156 individuals' } });
  });
});
