// Findings are ordered by key in the collator's order; the analysis compares
// keys mapped to plain strings instead (keyOrder). Held to the collator here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyOrder } from '../../server/analysis/rules/index.ts';
import { AsOfView, RULE_IDS, ReadModel, detectFindings, mergeOptions } from '../../server/analysis/index.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { seedStore } from '../../seed/load.ts';

const collator = new Intl.Collator();
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const keyChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-|~');
const key = fc.array(keyChar, { maxLength: 24 }).map((cs) => cs.join(''));

describe('keyOrder', () => {
  it('orders keys as the collator does', () => {
    fc.assert(fc.property(key, key, (a, b) => {
      const [x, y] = [keyOrder(a)!, keyOrder(b)!];
      expect(sign(x < y ? -1 : x > y ? 1 : 0)).toBe(sign(collator.compare(a, b)));
    }), { numRuns: 20_000 });
  });

  it('orders real finding keys as the collator does', () => {
    const keys = ['near-duplicate-forums|f-10|f-9', 'near-duplicate-forums|f-1|f-10', 'handover-uncovered|kommun-umea|EMERGENCY~PRIMARY_CARE',
      'handover-uncovered|kommun-umea|EMERGENCY~SOCIAL_CARE', 'handover-uncovered|kommun-umea|emergency~primary_care', 'handover-uncovered|kommun-umea-2|EMERGENCY~PRIMARY_CARE',
      'municipality-level-uncovered|kommun-a.b|MESO', 'municipality-level-uncovered|kommun-a.b|MACRO', 'forum-orphan|forum:x_y', 'forum-orphan|forum-x_y', 'forum-orphan|forum.x'];
    const mapped = [...keys].sort((a, b) => (keyOrder(a)! < keyOrder(b)! ? -1 : 1));
    expect(mapped).toEqual([...keys].sort(collator.compare));
  });

  it('gives null for a key holding another character (the analysis then sorts with the collator)', () => {
    expect(keyOrder('forum-orphan|forum-å')).toBeNull();
    expect(keyOrder('forum-orphan|forum x')).toBeNull();
  });
});

describe('detectFindings', () => {
  it('orders the Västerbotten findings by severity, rule and key (in the collator order)', async () => {
    const store = new SqliteStore(':memory:');
    await store.init();
    await seedStore(store);
    const snap = new ReadModel(await store.subgraph({}), 1);
    await store.close();
    const findings = detectFindings(new AsOfView(snap, '2027-12-31', '2026-06-01'), mergeOptions());
    expect(findings.length).toBeGreaterThan(50);
    expect(findings.some((f) => /[A-Z~]/.test(f.key))).toBe(true);
    const severity = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
    const expected = [...findings].sort((a, b) => severity.indexOf(a.severity) - severity.indexOf(b.severity)
      || RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId) || collator.compare(a.key, b.key));
    expect(findings.map((f) => f.key)).toEqual(expected.map((f) => f.key));
  });
});
