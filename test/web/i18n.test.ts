// Every UI string in both languages, and a word for every value of every enum.
import { describe, expect, it } from 'vitest';
import * as enums from '../../schema/enums.ts';
import { EN_WORDS, SV_WORDS } from '../../schema/vocabulary.ts';
import { en } from '../../web/src/i18n/en.ts';
import { enumLabel, setLang, t } from '../../web/src/i18n/index.ts';
import { sv } from '../../web/src/i18n/sv.ts';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('i18n', () => {
  it('has the same keys in Swedish and English, and no empty string', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    for (const m of [sv, en]) for (const k of keys(m)) {
      const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m);
      if (typeof v === 'string') expect(v.trim(), k).not.toBe('');
    }
  });

  it('names every value of every domain enum in both languages', () => {
    for (const m of [sv, en]) {
      for (const name of ['Principal', 'ActorKind', 'CareLevelKind', 'SystemLevel', 'Status', 'ForumKind', 'Mandate', 'MeetingFrequency', 'ParticipationRole', 'InitiativeKind', 'GapKind', 'Severity', 'GapStatus', 'RelType', 'NodeLabel'] as const) {
        const values = (enums as unknown as Record<string, { options: string[] }>)[name]!.options;
        expect(Object.keys(m.enums[name]).sort(), `${m.code} ${name}`).toEqual([...values].sort());
      }
    }
  });

  it('has one word for each value in each language: the page\'s and the spreadsheets\' (schema/vocabulary.ts) are the same', () => {
    expect(Object.keys(EN_WORDS).sort()).toEqual(Object.keys(SV_WORDS).sort());
    for (const [table, words] of Object.entries(EN_WORDS)) {
      expect(en.enums[table as keyof typeof en.enums], `en ${table}`).toEqual(words);
      expect(sv.enums[table as keyof typeof sv.enums], `sv ${table}`).toEqual(SV_WORDS[table as keyof typeof SV_WORDS]);
    }
  });

  it('switches language for every reader at once', () => {
    setLang('en');
    expect(t().tabs.map).toBe('Map');
    expect(enumLabel('Status', 'PLANNED')).toBe('Planned');
    setLang('sv');
    expect(enumLabel('Status', 'PLANNED')).toBe('Planerat');
    expect(enumLabel('Status', 'UNKNOWN')).toBe('UNKNOWN');
  });
});
