// The filter panel offers each map filter as FILTERS describes it: a new
// filter is one entry there (and its strings), not an edit in the panel.
import { describe, expect, it } from 'vitest';
import { choiceOptions, FILTER_KEYS, FILTERS } from '../../web/src/graph/filters.ts';
import { LANGS } from '../../web/src/i18n/index.ts';
import { fixtureGraph } from './graph-fixture.ts';

describe('the filter controls', () => {
  it('each have their heading in both languages, and a flag stands in a group of ticks', () => {
    for (const k of FILTER_KEYS) {
      const c = FILTERS[k].control;
      for (const m of Object.values(LANGS)) expect(typeof m.filters[c.text], `${k} in ${m.locale}`).toBe('string');
      if (c.kind === 'flag' && c.within) expect(FILTERS[c.within].control.kind).toBe('checks');
      if (c.kind === 'checks') expect(c.values.length).toBeGreaterThan(0);
    }
  });

  it('offer as choices the elements of their type and kind, by name', () => {
    const g = fixtureGraph();
    const municipalities = choiceOptions(g, { of: 'Actor', nodeKind: 'MUNICIPALITY' });
    expect(municipalities.length).toBeGreaterThan(0);
    expect(municipalities.every((n) => n.label === 'Actor' && n.kind === 'MUNICIPALITY')).toBe(true);
    const names = choiceOptions(g, { of: 'CareLevel' }).map((n) => n.name);
    expect(names).toEqual(g.nodes.filter((n) => n.label === 'CareLevel').map((n) => n.name).sort((a, b) => a.localeCompare(b, 'sv')));
  });
});
