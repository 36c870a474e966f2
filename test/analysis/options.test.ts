// The memo key of rule options: every option is in it (a changed option never
// serves findings computed under another), and set-like lists in any order
// give the same key.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, mergeOptions, type AnalysisOptions } from '../../server/analysis/index.ts';
import { optionsKey } from '../../server/analysis/options.ts';

/** One change per option; the type makes a new option need its line here. */
const CHANGED: { [K in keyof AnalysisOptions]: Pick<AnalysisOptions, K> } = {
  onlyRules: { onlyRules: ['forum-orphan'] },
  disabledRules: { disabledRules: ['forum-orphan'] },
  severities: { severities: { 'forum-orphan': 'CRITICAL' } },
  systemLevels: { systemLevels: ['MACRO'] },
  handoverPairs: { handoverPairs: [{ a: 'EMERGENCY', b: 'PRIMARY_CARE' }] },
  handoverArea: { handoverArea: 'COUNTY_PARTS' },
  nearDuplicateThreshold: { nearDuplicateThreshold: 0.5 },
  nearDuplicateMinShared: { nearDuplicateMinShared: 3 },
};

describe('optionsKey', () => {
  it('changes with every option', () => {
    const base = optionsKey(mergeOptions());
    expect(Object.keys(CHANGED).sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
    for (const change of Object.values(CHANGED)) expect(optionsKey(mergeOptions(change as Partial<AnalysisOptions>)), JSON.stringify(change)).not.toBe(base);
  });

  it('is the same for set-like lists in another order', () => {
    const a = mergeOptions({ disabledRules: ['forum-orphan', 'reporting-cycle'], systemLevels: ['MICRO', 'MACRO'], handoverPairs: [{ a: 'PRIMARY_CARE', b: 'EMERGENCY' }, { a: 'AMBULANCE', b: 'PRIMARY_CARE' }] });
    const b = mergeOptions({ disabledRules: ['reporting-cycle', 'forum-orphan'], systemLevels: ['MACRO', 'MICRO'], handoverPairs: [{ a: 'PRIMARY_CARE', b: 'AMBULANCE' }, { a: 'EMERGENCY', b: 'PRIMARY_CARE' }] });
    expect(optionsKey(a)).toBe(optionsKey(b));
  });
});
