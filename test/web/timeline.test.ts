// The map on a date, and today versus the plan, by the analysis engine's own rule.
import { describe, expect, it } from 'vitest';
import { planDiff, stateOn } from '../../web/src/graph/timeline.ts';
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
