// Undo and redo kept across a reload (#17): the steps as applied, the redo
// based on the versions the undo left, and the stored history per person and
// server, dropped for another (older) store.
import { describe, expect, it } from 'vitest';
import { appliedSteps, historyKey, loadHistory, redoOf, saveHistory, undoOf, type Step } from '../../web/src/history.ts';

const V1 = '2026-11-30T10:00:00.000Z';
const V2 = '2026-11-30T10:05:00.000Z';
const V3 = '2026-11-30T10:07:00.000Z';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

describe('undo and redo history', () => {
  const update: Step = { change: { updateForum: { id: 'f', patch: { status: 'PAUSED' }, expectedVersion: V1 } }, before: { node: { id: 'f', label: 'Forum', props: { status: 'ACTIVE' } } } };
  const create: Step = { change: { createGap: { name: 'G' } } };
  const link: Step = { change: { link: { type: 'ADDRESSES', from: 'f', to: 'gap-g' } } };

  it('undo is based on the versions the step produced; redo on the versions the undo left, with the created id', () => {
    const steps = appliedSteps([update, create, link], [{ node: { id: 'f', updatedAt: V2 } }, { node: { id: 'gap-g', updatedAt: V2 } }, { node: null }]);
    const undo = undoOf(steps);
    expect(undo).toEqual([
      { unlink: { type: 'ADDRESSES', from: 'f', to: 'gap-g' } },
      { deleteExpected: { id: 'gap-g', expectedVersion: V2 } },
      { updateForum: { id: 'f', patch: { status: 'ACTIVE' }, expectedVersion: V2 } },
    ]);
    const redo = redoOf(steps, undo, [{ node: null }, { node: null }, { node: { id: 'f', updatedAt: V3 } }]);
    expect(redo.map((s) => s.change)).toEqual([
      { updateForum: { id: 'f', patch: { status: 'PAUSED' }, expectedVersion: V3 } },
      { createGap: { name: 'G', id: 'gap-g' } },
      { link: { type: 'ADDRESSES', from: 'f', to: 'gap-g' } },
    ]);
    // undone again after the redo: back to what stood before the first step
    const again = appliedSteps(redo, [{ node: { id: 'f', updatedAt: '2026-11-30T10:09:00.000Z' } }, { node: { id: 'gap-g', updatedAt: '2026-11-30T10:09:00.000Z' } }, { node: null }]);
    expect(undoOf(again)[2]).toEqual({ updateForum: { id: 'f', patch: { status: 'ACTIVE' }, expectedVersion: '2026-11-30T10:09:00.000Z' } });
  });

  it('is kept per person and server, and dropped for a store older than its last step', () => {
    const s = memory();
    const key = historyKey('http://127.0.0.1:4321', 'anna');
    expect(key).not.toBe(historyKey('http://127.0.0.1:4321', 'bo'));
    expect(key).not.toBe(historyKey('http://other:4321', 'anna'));
    const h = { version: 12, undo: [{ names: { sv: 'Ändrade', en: 'Changed' }, changes: undoOf([update]), steps: [update] }], redo: [] };
    saveHistory(s, key, h);
    expect(loadHistory(s, key, 12)).toEqual(h);
    expect(loadHistory(s, key, 40)).toEqual(h);
    expect(loadHistory(s, key, 3)).toEqual({ version: 3, undo: [], redo: [] });
    expect(loadHistory(s, historyKey('http://127.0.0.1:4321', 'bo'), 12).undo).toEqual([]);
    s.setItem(key, '{not json');
    expect(loadHistory(s, key, 12).undo).toEqual([]);
    saveHistory(s, key, { version: 12, undo: [], redo: [] });
    expect(s.m.has(key)).toBe(false);
  });
});
