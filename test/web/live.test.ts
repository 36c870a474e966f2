// The live updates' rules, headless: which changes of an event this page made
// itself, what the live region says about the rest, and how long the page
// waits before opening a dropped socket again.
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { describeChanges, othersChanges, retryDelay, type ChangeSummary, type MapChange } from '../../web/src/live.ts';

const change = (c: Partial<ChangeSummary>): ChangeSummary =>
  ({ seq: 1, at: '2026-11-30T10:00:00.000Z', by: 'anna', op: 'update', id: 'local', label: 'Forum', type: null, name: 'Lokal samverkan Vindeln', from: null, to: null, ...c }) as ChangeSummary;
const event = (changes: ChangeSummary[], extra: Partial<MapChange> = {}): MapChange => {
  const by = [...new Set(changes.map((c) => c.by))];
  const names: Record<string, string> = { anna: 'Anna Lind', bo: 'Bo Berg' };
  return { version: 7, count: changes.length, by, byNames: by.map((b) => names[b] ?? b), missed: false, changes, ...extra } as MapChange;
};
const names: Record<string, string> = { vindeln: 'Vindelns kommun', local: 'Lokal samverkan Vindeln' };
const nameOf = (id: string) => names[id];

describe('live updates on the page', () => {
  it('counts a change as this page\'s own only when this page has just written and it is the same person\'s', () => {
    const e = event([change({ by: 'anna' }), change({ by: 'bo', seq: 2 })]);
    expect(othersChanges(e, 'anna', true).map((c) => c.by)).toEqual(['bo']);
    // the same person in another tab: this page wrote nothing lately
    expect(othersChanges(e, 'anna', false)).toHaveLength(2);
    // a server without sign-in: only this page's recent write tells
    expect(othersChanges(e, null, true)).toEqual([]);
  });

  it('says who changed what, in Swedish and English', () => {
    const e = event([change({})]);
    expect(describeChanges(e, e.changes, sv, nameOf)).toBe('Anna Lind ändrade ”Lokal samverkan Vindeln”');
    expect(describeChanges(e, e.changes, en, nameOf)).toBe('Anna Lind changed “Lokal samverkan Vindeln”');
    const many = event([change({ op: 'create', id: 'f2', name: 'Nytt forum' }), change({ op: 'link', id: 'r1', name: null, label: null, type: 'COVERS', from: 'f2', to: 'vindeln' }), change({ by: 'bo', op: 'delete' })]);
    expect(describeChanges(many, many.changes, sv, nameOf)).toBe('Anna Lind skapade ”Nytt forum” och 1 ändring till. Bo Berg tog bort ”Lokal samverkan Vindeln”');
    const link = event([change({ op: 'unlink', id: 'r1', name: null, label: null, type: 'COVERS', from: 'local', to: 'vindeln' })]);
    expect(describeChanges(link, link.changes, sv, nameOf)).toBe('Anna Lind tog bort kopplingen mellan ”Lokal samverkan Vindeln” och ”Vindelns kommun”');
  });

  it('says how many changes each made when the event lists none, and nothing about this page\'s own', () => {
    const bulk = event([], { by: ['anna', 'bo'], byNames: ['Anna Lind', 'Bo Berg'], count: 250 });
    expect(describeChanges(bulk, [], sv, nameOf, ['anna', 'bo'])).toBe('Anna Lind och Bo Berg gjorde 250 ändringar i kartan');
    const own = event([change({})]);
    expect(describeChanges(own, othersChanges(own, 'anna', true), sv, nameOf)).toBe('');
  });

  it('waits longer after each failed attempt, up to half a minute, never all pages in step', () => {
    expect([0, 1, 2, 3].map((n) => retryDelay(n, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(retryDelay(20, () => 0)).toBe(30_000);
    expect(retryDelay(1, () => 1)).toBe(1_500);
  });
});
