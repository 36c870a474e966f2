// The map on a date, and today versus the plan, by the analysis engine's own rule.
import { describe, expect, it } from 'vitest';
import { byName, dateIndex, dateLabel, dateWhen, planDiff, stateOn, timelineDates } from '../../web/src/graph/timeline.ts';
import type { MapNode } from '../../web/src/graph/types.ts';

const forum = (id: string, p: Partial<MapNode>): MapNode => ({
  id, label: 'Forum', name: id, kind: 'TEAM', principal: null, status: 'ACTIVE', systemLevel: 'MESO', severity: null,
  plannedStart: null, startDate: null, endDate: null, countyPart: null, ...p,
});
const TODAY = '2026-06-01';

describe('stateOn', () => {
  it('keeps elements without a life span active', () => {
    expect(stateOn({ ...forum('a', {}), label: 'Actor', status: null }, '1990-01-01', TODAY)).toBe('active');
  });

  it('shows an active forum before its start as planned and after its end as ended', () => {
    const f = forum('f', { startDate: '2024-01-01', endDate: '2026-12-31' });
    expect(stateOn(f, '2023-06-01', TODAY)).toBe('planned');
    expect(stateOn(f, TODAY, TODAY)).toBe('active');
    expect(stateOn(f, '2027-01-01', TODAY)).toBe('ended');
  });

  it('projects a planned forum as expected after its planned start, only on future dates', () => {
    const f = forum('p', { status: 'PLANNED', plannedStart: '2026-09-01' });
    expect(stateOn(f, TODAY, TODAY)).toBe('planned');
    expect(stateOn(f, '2026-08-31', TODAY)).toBe('planned');
    expect(stateOn(f, '2026-09-01', TODAY)).toBe('expected');
    // overdue today: still planned (the analysis reports it as overdue)
    expect(stateOn(forum('o', { status: 'PLANNED', plannedStart: '2026-01-01' }), TODAY, TODAY)).toBe('planned');
  });

  it('keeps a paused forum paused, and an ended one running within its dates', () => {
    expect(stateOn(forum('x', { status: 'PAUSED' }), '2030-01-01', TODAY)).toBe('paused');
    const e = forum('e', { status: 'ENDED', startDate: '2020-01-01', endDate: '2025-12-31' });
    expect(stateOn(e, '2022-01-01', TODAY)).toBe('active');
    expect(stateOn(e, TODAY, TODAY)).toBe('ended');
  });
});

describe('planDiff', () => {
  const nodes = [
    forum('planned-soon', { status: 'PLANNED', plannedStart: '2026-09-01' }),
    forum('planned-late', { status: 'PLANNED', plannedStart: '2028-01-01' }),
    forum('planned-undated', { status: 'PLANNED' }),
    forum('ending-soon', { startDate: '2020-01-01', endDate: '2026-10-31' }),
    forum('ending-late', { endDate: '2029-12-31' }),
    forum('stays', {}),
    { ...forum('actor', {}), label: 'Actor' as const },
  ];

  it('up to a horizon: what the plan adds and what ends by then', () => {
    const d = planDiff(nodes, TODAY, '2027-01-01');
    expect([...d.added]).toEqual(['planned-soon']);
    expect([...d.ending]).toEqual(['ending-soon']);
  });

  it('without a horizon: the whole plan', () => {
    const d = planDiff(nodes, TODAY, null);
    expect([...d.added].sort()).toEqual(['planned-late', 'planned-soon', 'planned-undated']);
    expect([...d.ending].sort()).toEqual(['ending-late', 'ending-soon']);
  });
});

describe('the time slider', () => {
  const nodes = [
    forum('a', { startDate: '2024-01-01', endDate: '2026-12-31' }),
    forum('b', { status: 'PLANNED', plannedStart: '2027-04-01' }),
    forum('c', { startDate: '2024-01-01T00:00:00Z' }),
    { ...forum('i', { startDate: '2022-09-01' }), label: 'Initiative' as const },
    { ...forum('actor', { startDate: '1999-01-01' }), label: 'Actor' as const },
    forum('bad', { endDate: 'snart' }),
  ];

  it('steps over the distinct dates of forums and initiatives, and today, in order', () => {
    expect(timelineDates(nodes, TODAY)).toEqual(['2022-09-01', '2024-01-01', TODAY, '2026-12-31', '2027-04-01']);
    expect(timelineDates([], TODAY)).toEqual([TODAY]);
  });

  it('takes in the date chosen in the date field, so the slider stands on it', () => {
    expect(timelineDates(nodes, TODAY, '2025-05-05')).toEqual(['2022-09-01', '2024-01-01', '2025-05-05', TODAY, '2026-12-31', '2027-04-01']);
    expect(timelineDates(nodes, TODAY, TODAY)).toHaveLength(5);
    expect(timelineDates(nodes, TODAY, 'x')).toHaveLength(5);
  });

  it('finds a date\'s position, or the last date before it', () => {
    const dates = timelineDates(nodes, TODAY);
    expect(dateIndex(dates, '2022-09-01')).toBe(0);
    expect(dateIndex(dates, TODAY)).toBe(2);
    expect(dateIndex(dates, '2027-04-01')).toBe(4);
    expect(dateIndex(dates, '2025-01-01')).toBe(1);
    expect(dateIndex(dates, '1990-01-01')).toBe(0);
    expect(dateIndex(dates, '2099-01-01')).toBe(4);
  });

  it('says whether a date is past, today or planned', () => {
    const words = { past: (d: string) => `Som det såg ut ${d}`, today: (d: string) => `I dag, ${d}`, planned: (d: string) => `Enligt planen ${d}` };
    expect(dateWhen('2024-01-01', TODAY)).toBe('past');
    expect(dateLabel('2024-01-01', TODAY, words)).toBe('Som det såg ut 2024-01-01');
    expect(dateLabel(TODAY, TODAY, words)).toBe(`I dag, ${TODAY}`);
    expect(dateLabel('2027-04-01', TODAY, words)).toBe('Enligt planen 2027-04-01');
  });
});

describe('today vs plan by name', () => {
  const named = (id: string, name: string) => forum(id, { name });
  const nodes = [named('o', 'Östra teamet'), named('a2', 'anhörigforum'), named('z', 'Zeta'), named('aa', 'Ängelholm'), named('a', 'Anhörigforum'), named('x', 'Xylo')];

  it('lists the elements in Swedish order, å ä ö after z, only those in the set', () => {
    const list = byName(nodes, new Set(['o', 'a2', 'z', 'aa', 'a', 'gone']));
    expect(list.map((n) => n.name)).toEqual(['Anhörigforum', 'anhörigforum', 'Zeta', 'Ängelholm', 'Östra teamet'].sort(new Intl.Collator('sv-SE').compare));
    expect(list.map((n) => n.name).slice(-3)).toEqual(['Zeta', 'Ängelholm', 'Östra teamet']);
    expect(list.map((n) => n.id)).not.toContain('gone');
    expect(list.map((n) => n.id)).not.toContain('x');
  });
});
