// As-of evaluation: how a forum stands on a date, and what changes between two dates.
import { afterEach, describe, expect, it } from 'vitest';
import { statusOn } from '../../server/analysis/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { TODAY, county, engineFor } from './build.ts';

describe('statusOn', () => {
  const cases: Array<[string, Parameters<typeof statusOn>[0], string, string]> = [
    ['a paused forum never counts as active', { status: 'PAUSED', startDate: '2020-01-01' }, '2024-01-01', 'PAUSED'],
    ['a planned forum stays planned today even past its planned start', { status: 'PLANNED', plannedStart: '2025-01-01' }, TODAY, 'PLANNED'],
    ['a planned forum stays planned on a past date', { status: 'PLANNED', plannedStart: '2020-01-01' }, '2024-01-01', 'PLANNED'],
    ['a planned forum is projected active on a later date from its planned start', { status: 'PLANNED', plannedStart: '2026-01-01' }, '2026-01-01', 'ACTIVE'],
    ['… and not before it', { status: 'PLANNED', plannedStart: '2026-01-01' }, '2025-12-31', 'PLANNED'],
    ['… from its start date when it has one', { status: 'PLANNED', plannedStart: '2027-01-01', startDate: '2026-03-01' }, '2026-06-01', 'ACTIVE'],
    ['… ended after a known end date', { status: 'PLANNED', plannedStart: '2026-01-01', endDate: '2026-06-30' }, '2026-07-01', 'ENDED'],
    ['a planned forum without any start date stays planned', { status: 'PLANNED' }, '2030-01-01', 'PLANNED'],
    ['an active forum is active from its start', { status: 'ACTIVE', startDate: '2020-01-01' }, '2020-01-01', 'ACTIVE'],
    ['an active forum had not started before its start date', { status: 'ACTIVE', startDate: '2020-01-01' }, '2019-12-31', 'PLANNED'],
    ['an active forum runs through its end date', { status: 'ACTIVE', endDate: '2025-12-31' }, '2025-12-31', 'ACTIVE'],
    ['an active forum with an end date before the date counts as ended', { status: 'ACTIVE', endDate: '2025-12-31' }, '2026-01-01', 'ENDED'],
    ['an ended forum counts until its end date', { status: 'ENDED', startDate: '2020-01-01', endDate: '2024-12-31' }, '2024-12-31', 'ACTIVE'],
    ['… and as ended after it', { status: 'ENDED', startDate: '2020-01-01', endDate: '2024-12-31' }, '2025-01-01', 'ENDED'],
    ['an ended forum without an end date is ended', { status: 'ENDED' }, '2000-01-01', 'ENDED'],
  ];
  it.each(cases)('%s', (_name, item, date, expected) => {
    expect(statusOn(item, date, TODAY)).toBe(expected);
  });
});

describe('gap analysis as of a date and compared with another', () => {
  const stores: GraphStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  // Vindeln: a meso forum running until the end of 2025; a planned micro team from 2026.
  const b = () => county()
    .forum('local', { name: 'Lokal samverkan Vindeln', systemLevel: 'MESO', endDate: '2025-12-31' }).members('local', 'hc', 'vindeln').covers('local', 'vindeln')
    .forum('team', { name: 'Samarbetsteam Vindeln', systemLevel: 'MICRO', status: 'PLANNED', plannedStart: '2026-01-01' }).members('team', 'hc', 'hemsjukvard').covers('team', 'vindeln');
  const rules = { onlyRules: ['municipality-level-uncovered' as const], systemLevels: ['MESO' as const, 'MICRO' as const] };

  it('evaluates the structure as it stands on the date', async () => {
    const { store, engine } = await engineFor(b());
    stores.push(store);
    const now = await engine.gapAnalysis({ scope: 'vindeln', rules });
    expect(now.asOf).toBe(TODAY);
    expect(now.findings.map((f) => f.key)).toEqual(['municipality-level-uncovered|vindeln|MICRO']);
    const later = await engine.gapAnalysis({ scope: 'vindeln', asOf: '2026-06-01', rules });
    expect(later.findings.map((f) => f.key)).toEqual(['municipality-level-uncovered|vindeln|MESO']);
  });

  it('lists which findings planned forums close and which open when forums end', async () => {
    const { store, engine } = await engineFor(b());
    stores.push(store);
    const a = await engine.gapAnalysis({ scope: 'vindeln', compareTo: '2026-06-01', rules });
    const c = a.comparison!;
    expect(c.from).toBe(TODAY);
    expect(c.to).toBe('2026-06-01');
    expect(c.closed.map((f) => f.key)).toEqual(['municipality-level-uncovered|vindeln|MICRO']);
    expect(c.opened.map((f) => f.key)).toEqual(['municipality-level-uncovered|vindeln|MESO']);
    expect(c.unchanged).toEqual([]);
    expect(c.starting).toEqual(['team']);
    expect(c.ending).toEqual(['local']);
  });

  it('keeps findings that persist in both dates as unchanged', async () => {
    const { store, engine } = await engineFor(b());
    stores.push(store);
    const a = await engine.gapAnalysis({ scope: 'umea', compareTo: '2026-06-01', rules });
    expect(a.comparison!.unchanged.map((f) => f.key)).toEqual(['municipality-level-uncovered|umea|MESO', 'municipality-level-uncovered|umea|MICRO']);
    expect(a.comparison!.opened).toEqual([]);
    expect(a.comparison!.closed).toEqual([]);
  });
});
