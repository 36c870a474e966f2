// The Swedish sort key both stores order names by (shared.ts, sortKey):
// comparing keys byte by byte gives the order of Swedish collation, as
// `Intl.Collator('sv')` (ICU, CLDR's Swedish rules) gives it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortKey } from '../../server/store/shared.ts';

const swedish = new Intl.Collator('sv');
const lettersOnly = new Intl.Collator('sv', { sensitivity: 'base' });
const sign = (n: number) => Math.sign(n);
const byKey = (a: string, b: string) => {
  const [ka, kb] = [sortKey(a), sortKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
/** The first level only: the letters, without accents and case. */
const byLetters = (a: string, b: string) => {
  const [ka, kb] = [sortKey(a).split(' ')[0]!, sortKey(b).split(' ')[0]!];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('the Swedish sort key', () => {
  it('puts å, ä, ö after z, in that order, and sorts é with e, ü with y, æ with ä, ø with ö', () => {
    const names = ['Öst', 'Zeta', 'Åsele', 'Ärla', 'Ängel', 'Ödemark', 'Ærø', 'Über', 'Yvonne', 'Ystad', 'Éva', 'Eva', 'Evert', 'Vera', 'Wera', 'zoo'];
    expect([...names].sort(byKey)).toEqual(['Eva', 'Éva', 'Evert', 'Vera', 'Wera', 'Über', 'Ystad', 'Yvonne', 'Zeta', 'zoo', 'Åsele', 'Ängel', 'Ärla', 'Ærø', 'Ödemark', 'Öst']);
  });

  it('ignores case and accents unless the letters tie; then accents, then case (lower first)', () => {
    expect(['Cafe', 'café', 'cafe', 'CAFÉ', 'Cafeteria'].sort(byKey)).toEqual(['cafe', 'Cafe', 'café', 'CAFÉ', 'Cafeteria']);
    expect(byLetters('Éva', 'eva')).toBe(0);
    expect(byLetters('UMEÅ', 'umeå')).toBe(0);
    expect(byLetters('Umeå', 'Umea')).toBe(1);
  });

  it('orders spaces before punctuation before digits before letters, and reads spacing as one space', () => {
    expect(['Lokalsamverkan', 'Lokal-samverkan', 'Lokal samverkan', 'Lokal 2', 'Lokal2'].sort(byKey))
      .toEqual(['Lokal 2', 'Lokal samverkan', 'Lokal-samverkan', 'Lokal2', 'Lokalsamverkan']);
    expect(sortKey('  Lokal \t samverkan ')).toBe(sortKey('Lokal samverkan'));
  });

  it('is plain ASCII, so every store compares it the same way', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
      expect(sortKey(s)).toMatch(/^[\x20-\x7e]*$/);
    }));
    expect(sortKey('Ψυχιατρική')).toMatch(/^~/);
  });

  // names from letters Swedish names use, accents, case, spaces, hyphens and digits; trimmed and
  // single-spaced, as names are compared (two names that differ only in spacing are one name: nameKey)
  const name = fc.array(fc.constantFrom(...'aeouvwyzAEOÅÄÖåäöéèüÉÜæø -1'), { maxLength: 8 }).map((cs) => cs.join('').trim().replace(/ +/g, ' '));

  it('orders as Swedish collation does, at the level of letters', () => {
    fc.assert(fc.property(name, name, (a, b) => {
      expect(sign(byLetters(a, b))).toBe(sign(lettersOnly.compare(a, b)));
    }), { numRuns: 2000 });
  });

  it('orders as Swedish collation does, accents and case included, where it tells two names apart', () => {
    fc.assert(fc.property(name, name, (a, b) => {
      const icu = swedish.compare(a, b);
      if (icu !== 0) expect(sign(byKey(a, b))).toBe(sign(icu));
    }), { numRuns: 2000 });
  });
});
