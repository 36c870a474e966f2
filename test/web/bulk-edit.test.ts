// Several forums in one step: the changes of one applyChanges, each update
// with the version it was read at, and the undo that puts every forum back.
import { describe, expect, it } from 'vitest';
import { bulkPlan, type ReadForum } from '../../web/src/graph/bulk-edit.ts';
import { inverseOfAll } from '../../web/src/graph/undo.ts';

const forum = (id: string, over: Partial<ReadForum> = {}): ReadForum => ({
  id, name: id, updatedAt: `2026-11-01T00:00:00.00${id.length}Z`, status: 'ACTIVE', plannedStart: null, startDate: '2020-01-01', endDate: null, careLevels: [], ...over,
});

describe('bulkPlan', () => {
  it('changes the status of every forum that differs, each with its version, and names what it did', () => {
    const plan = bulkPlan([forum('a'), forum('bb', { status: 'PAUSED' }), forum('ccc', { status: 'ENDED' })], { status: 'ENDED' });
    expect(plan.forums).toBe(2);
    expect(plan.what).toEqual(['status']);
    expect(plan.changes.map((c) => c.change)).toEqual([
      { updateForum: { id: 'a', patch: { status: 'ENDED' }, expectedVersion: '2026-11-01T00:00:00.001Z' } },
      { updateForum: { id: 'bb', patch: { status: 'ENDED' }, expectedVersion: '2026-11-01T00:00:00.002Z' } },
    ]);
    // undo puts each back as it was read
    expect(inverseOfAll(plan.changes)).toEqual([
      { updateForum: { id: 'bb', patch: { status: 'PAUSED' } } },
      { updateForum: { id: 'a', patch: { status: 'ACTIVE' } } },
    ]);
  });

  it('sets dates, and a date a forum had not is removed again on undo', () => {
    const plan = bulkPlan([forum('a'), forum('b', { endDate: '2025-12-31' })], { dates: { endDate: '2026-12-31', startDate: '2020-01-01' } });
    expect(plan.what).toEqual(['endDate']);
    expect(plan.changes.map((c) => c.change.updateForum?.patch)).toEqual([{ endDate: '2026-12-31' }, { endDate: '2026-12-31' }]);
    expect(inverseOfAll(plan.changes).map((c) => c.updateForum?.patch)).toEqual([{ endDate: '2025-12-31' }, { endDate: null }]);
  });

  it('clears a date (null) in every forum that has one, and undo puts each one\'s date back', () => {
    const plan = bulkPlan([forum('a', { plannedStart: '2026-03-01' }), forum('b'), forum('c', { plannedStart: '2027-01-01' })], { dates: { plannedStart: null } });
    expect(plan.forums).toBe(2);
    expect(plan.what).toEqual(['plannedStart']);
    expect(plan.changes.map((c) => [c.change.updateForum?.id, c.change.updateForum?.patch])).toEqual([['a', { plannedStart: null }], ['c', { plannedStart: null }]]);
    expect(inverseOfAll(plan.changes).map((c) => c.updateForum?.patch)).toEqual([{ plannedStart: '2027-01-01' }, { plannedStart: '2026-03-01' }]);
  });

  it('adds and removes care levels as SPANS links, with the forum’s version checked though its own fields stay', () => {
    const plan = bulkPlan([forum('a', { careLevels: ['pc'] }), forum('b', { careLevels: ['mpc'] })], { addCareLevels: ['pc'], removeCareLevels: ['mpc'] });
    expect(plan.what).toEqual(['careLevels']);
    expect(plan.changes.map((c) => c.change)).toEqual([
      { updateForum: { id: 'b', patch: {}, expectedVersion: '2026-11-01T00:00:00.001Z' } },
      { link: { type: 'SPANS', from: 'b', to: 'pc' } },
      { unlink: { type: 'SPANS', from: 'b', to: 'mpc' } },
    ]);
    expect(plan.forums).toBe(1);
    expect(inverseOfAll(plan.changes)).toEqual([
      { link: { type: 'SPANS', from: 'b', to: 'mpc' } },
      { unlink: { type: 'SPANS', from: 'b', to: 'pc' } },
      { updateForum: { id: 'b', patch: {} } },
    ]);
  });

  it('has nothing to send when nothing would change', () => {
    expect(bulkPlan([forum('a')], { status: 'ACTIVE' }).changes).toEqual([]);
    expect(bulkPlan([forum('a')], {}).what).toEqual([]);
  });
});
