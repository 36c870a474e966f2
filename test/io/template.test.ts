// The template follows the schema: no property can be left without a column.
import { describe, expect, it } from 'vitest';
import { NodeLabel, RELATIONSHIPS, RelType, nodeProps, sdlEnums } from '../../schema/domain.ts';
import { protectCell, unprotectCell } from '../../server/io/cells.ts';
import {
  ENUM_SV, INFO_SHEETS, PROPERTY_TEXT, SHEETS, headerAliases, looseKey, matchColumn, matchSheet, sheetOfLabel, sheetOfType,
} from '../../server/io/template.ts';

describe('the template', () => {
  it('has a column for every property of every label, with Swedish and English headers', () => {
    for (const label of NodeLabel.options) {
      const sheet = sheetOfLabel(label);
      const keys = sheet.columns.map((c) => c.key);
      for (const key of Object.keys(nodeProps[label].shape)) {
        expect(keys, `${label}.${key}`).toContain(key);
        expect(PROPERTY_TEXT[key], `a header for ${label}.${key}`).toBeDefined();
      }
      expect(keys[0]).toBe('id');
    }
  });

  it('has a column for every property of every relationship type, on the sheet that carries it', () => {
    for (const type of RelType.options) {
      const sheet = sheetOfType(type);
      expect(sheet, type).toBeDefined();
      const keys = sheet.columns.map((c) => c.key);
      expect(keys).toEqual(expect.arrayContaining(['from', 'to']));
      for (const key of Object.keys(RELATIONSHIPS[type].props.shape)) {
        expect(keys, `${type}.${key}`).toContain(key);
        expect(PROPERTY_TEXT[key], `a header for ${type}.${key}`).toBeDefined();
      }
      if (sheet.types!.length > 1) expect(sheet.columns.find((c) => c.key === 'type')!.values).toContain(type);
    }
  });

  it('names each header "Svenska / English", and no two columns of a sheet answer to the same header', () => {
    for (const sheet of SHEETS) {
      const seen = new Map<string, string>();
      for (const c of sheet.columns) {
        expect(c.header).toBe(`${c.sv} / ${c.en}`);
        for (const alias of headerAliases(c)) {
          expect(seen.get(alias), `${sheet.name}: ${alias}`).toBeUndefined();
          seen.set(alias, c.key);
        }
        expect(matchColumn(sheet, c.header)).toBe(c);
        expect(matchColumn(sheet, c.sv.toUpperCase())).toBe(c);
        expect(matchColumn(sheet, c.en)).toBe(c);
      }
    }
  });

  it('names sheets within Excel\'s rules, and every name and alias finds its own sheet', () => {
    for (const sheet of SHEETS) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[\\/?*[\]:]/);
      for (const n of [sheet.name, sheet.file, sheet.sv, sheet.en, ...sheet.aliases]) expect(matchSheet(n), n).toBe(sheet);
    }
    expect(matchSheet('befolkningsskattningar.csv')).toBe(SHEETS.find((s) => s.key === 'estimates'));
    expect(matchSheet('data/Aktörer - Actors.csv')).toBe(SHEETS.find((s) => s.key === 'actors'));
    expect(matchSheet(INFO_SHEETS.values.name)).toBe('info');
    expect(matchSheet('Blad1')).toBeNull();
  });

  it('has a Swedish word for every value of every list, none twice in one list', () => {
    for (const sheet of SHEETS) {
      for (const c of sheet.columns.filter((x) => x.enumName)) {
        const words = ENUM_SV[c.enumName!];
        expect(words, c.enumName).toBeDefined();
        const all = sdlEnums[c.enumName as keyof typeof sdlEnums].options as readonly string[];
        for (const v of all) expect(words![v], `${c.enumName}.${v}`).toBeTruthy();
        const keys = all.map((v) => looseKey(words![v]!));
        expect(new Set(keys).size, c.enumName).toBe(keys.length);
      }
    }
  });
});

describe('formula-injection protection', () => {
  it('prefixes an apostrophe to text starting with = + - @ tab or CR, and the importer strips exactly that', () => {
    const cases = ['=1+1', '+46', '-x', '@a', '\tx', '\rx', "'=x", "''+x", "'x", 'x=1', '', "'", 'plain'];
    for (const c of cases) expect(unprotectCell(protectCell(c))).toBe(c);
    expect(protectCell('=1+1')).toBe("'=1+1");
    expect(protectCell("'=1")).toBe("''=1");
    expect(protectCell("'x")).toBe("'x");
    expect(protectCell('x=1')).toBe('x=1');
    expect(unprotectCell("'x")).toBe("'x");
  });
});
