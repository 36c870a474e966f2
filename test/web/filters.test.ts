// What the map shows: the server's own area semantics, the state on the
// date, the status filter and the neighbourhood focus.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, FILTERS, isFiltered, neighbourhood, visibleNodes, type FilterState } from '../../web/src/graph/filters.ts';
import { decodeState, DEFAULT_STATE, encodeState, filterOf } from '../../web/src/state.ts';
import { fixtureGraph } from './graph-fixture.ts';

const TODAY = '2026-06-01';
const ids = (s: Set<string>) => [...s].sort();

describe('visibleNodes', () => {
  const g = fixtureGraph({ nodes: [{ id: 'forum-old', label: 'Forum', name: 'Gammal', kind: 'TEAM', systemLevel: 'MICRO', status: 'ENDED', endDate: '2024-01-01' }] });

  it('shows everything without filters', () => {
    expect(visibleNodes(g, EMPTY_FILTER, { date: TODAY, today: TODAY }).ids.size).toBe(g.nodes.length);
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
  });

  it('filters to a municipality as the API does: its forums, their participants and care levels', () => {
    const v = visibleNodes(g, { ...EMPTY_FILTER, municipality: 'vindeln' }, { date: TODAY, today: TODAY });
    expect(ids(v.ids)).toEqual(['hc', 'local', 'mpc', 'pc', 'tg', 'vindeln']);
  });

  it('filters by element type and system level', () => {
    expect(ids(visibleNodes(g, { ...EMPTY_FILTER, labels: ['Forum'] }, { date: TODAY, today: TODAY }).ids)).toEqual(['forum-old', 'local', 'lsg', 'planned']);
    expect(ids(visibleNodes(g, { ...EMPTY_FILTER, labels: ['Forum'], systemLevel: ['MACRO'] }, { date: TODAY, today: TODAY }).ids)).toEqual(['lsg']);
  });

  it('filters by status as it stands on the date, and can hide the ended', () => {
    const planned = visibleNodes(g, { ...EMPTY_FILTER, labels: ['Forum'], status: ['PLANNED'] }, { date: TODAY, today: TODAY });
    expect(ids(planned.ids)).toEqual(['planned']);
    // on a date after its planned start the planned team is projected, and still answers to PLANNED
    const later = visibleNodes(g, { ...EMPTY_FILTER, labels: ['Forum'], status: ['PLANNED'] }, { date: '2027-06-01', today: TODAY });
    expect(later.states.get('planned')).toBe('expected');
    expect(ids(later.ids)).toEqual(['planned']);
    const noEnded = visibleNodes(g, { ...EMPTY_FILTER, labels: ['Forum'], showEnded: false }, { date: TODAY, today: TODAY });
    expect(noEnded.ids.has('forum-old')).toBe(false);
    // before its end the old forum ran
    expect(visibleNodes(g, { ...EMPTY_FILTER, showEnded: false }, { date: '2023-01-01', today: TODAY }).ids.has('forum-old')).toBe(true);
  });

  it('focuses on what lies within N steps of an element, through what is shown', () => {
    const one = visibleNodes(g, EMPTY_FILTER, { date: TODAY, today: TODAY, focus: { id: 'local', depth: 1 } });
    expect(ids(one.ids)).toEqual(['hc', 'local', 'lsg', 'mobile', 'mpc', 'pc', 'vindeln']);
    const two = visibleNodes(g, EMPTY_FILTER, { date: TODAY, today: TODAY, focus: { id: 'local', depth: 2 } });
    expect(two.ids.has('gap')).toBe(true);
    expect(two.ids.has('lansdel')).toBe(true);
  });
});

describe('neighbourhood', () => {
  it('is empty when the start is not shown', () => {
    expect(neighbourhood(fixtureGraph(), new Set(['a']), 'local', 2).size).toBe(0);
  });
});

describe('the FILTERS table', () => {
  /** A set value per filter; the type makes a new filter need its line here. */
  const SET: { [K in keyof FilterState]: FilterState[K] } = {
    labels: ['Forum'], countyPart: 'lansdel-umea', municipality: 'kommun-vindeln', systemLevel: ['MESO'], status: ['PLANNED'],
    careLevel: 'vardniva-primarvard', targetGroup: 'malgrupp-aldre', showEnded: false,
  };

  it('gives every filter an empty value, a URL key of its own, and a round trip through the URL', () => {
    expect(Object.keys(FILTERS).sort()).toEqual(Object.keys(SET).sort());
    const urls = Object.values(FILTERS).map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    for (const k of Object.keys(SET) as Array<keyof FilterState>) {
      const state = { ...DEFAULT_STATE, [k]: SET[k] };
      expect(isFiltered(filterOf(state)), k).toBe(true);
      expect(decodeState(encodeState(state))[k], k).toEqual(SET[k]);
    }
  });
});
