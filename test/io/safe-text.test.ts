// Text that every export can carry: refused at the input edge when no export
// could carry it, quoted in CSV wherever a reader could split it, and
// protected against formula injection on the cell text as the file holds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { Name, Source, Text, nodeProps, type Change } from '../../schema/domain.ts';
import { isDomainError } from '../../server/errors.ts';
import { exportGraph } from '../../server/io/export.ts';
import { protectCell, unprotectCell } from '../../server/io/cells.ts';
import { SHEETS } from '../../server/io/template.ts';
import { createChange } from '../../server/graphql/inputs.ts';
import { exportToFile, reimport, tempStore, type TempStore } from './helpers.ts';

const open: TempStore[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

/**
 * A store holding target groups with these descriptions: `raw`, written as
 * they are (data stored before the input edge refused anything), else through
 * the API's validation.
 */
async function storeWith(descriptions: string[], how: 'raw' | 'validated' = 'raw'): Promise<TempStore> {
  const t = await tempStore(async (s) => {
    const changes: Change[] = descriptions.map((d, i) => (how === 'raw'
      ? { op: 'create', label: 'TargetGroup', id: `tg-${i}`, props: { name: `Grupp ${i}`, description: d, source: 'illustrative' } }
      : createChange('TargetGroup', { id: `tg-${i}`, name: `Grupp ${i}`, description: d })));
    await s.apply(changes, { by: 'test' });
  });
  open.push(t);
  return t;
}

const TARGET_GROUPS = SHEETS.find((s) => s.label === 'TargetGroup')!;

/** A reader that ends a record at any line break outside quotes (as Excel, LibreOffice and Python's csv do). */
const readCsv = (text: string): string[][] => parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });

async function targetGroupCsv(t: TempStore): Promise<string> {
  const r = await exportGraph(t.store, { format: 'csv', sheet: TARGET_GROUPS });
  return r.body as string;
}

async function xlsxCells(path: string, sheet: string, header: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  const col = (ws.getRow(1).values as unknown[]).indexOf(header);
  return ws.getColumn(col).values.slice(2);
}

/** Text cells must not open with a formula character, also not after leading blank or invisible characters. */
const looksLikeFormula = (cell: string) => /^[\t\r]/.test(cell) || /^[\s\p{Cc}\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(cell);

describe('the CSV export', () => {
  it('quotes a field holding a line break, so a reader that ends rows at any line break still sees one row', async () => {
    const hostile = ['första punkten\n=HYPERLINK("http://evil","klick")', 'rad\r=1+1', 'rad\r\n@SUM(A1)'];
    const t = await storeWith(hostile);
    const records = readCsv(await targetGroupCsv(t));
    expect(records.length).toBe(1 + hostile.length);
    const width = TARGET_GROUPS.columns.length;
    for (const r of records) expect(r.length).toBe(width);
    const desc = TARGET_GROUPS.columns.findIndex((c) => c.key === 'description');
    expect(records.slice(1).map((r) => r[desc]).sort()).toEqual([...hostile].sort());
    for (const cell of records.flat()) expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(false);
  });

  it('protects a formula behind a control character (stored before the input edge refused it)', async () => {
    const t = await storeWith(['\u0007=cmd', '\u0000+1', '\u0085-1', '\uD800=1']);
    for (const cell of readCsv(await targetGroupCsv(t)).flat()) expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(false);
  });

  it('protects a formula behind leading invisible characters, and the import takes the protection off again', async () => {
    const hostile = ['\u200B=1+1', '\u200B\uFEFF@SUM(A1)', '\u2060-2+3', '\u200D\u00A0+46 90 00', '\u0301=x', '\u3164@x'];
    const t = await storeWith(hostile, 'validated');
    const records = readCsv(await targetGroupCsv(t));
    for (const cell of records.flat()) expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(false);
    const { want, results: [r] } = await reimport(t, { csv: 'invisible.zip' });
    expect(r!.report.problems).toEqual([]);
    expect(r!.got).toEqual(want);
  });
});

describe('the XLSX export', () => {
  it('protects a formula that follows a NUL, which the file cannot carry', async () => {
    const t = await storeWith(['\u0000=HYPERLINK("http://evil","klick")', '\u0001\u007F+1', '\u0008@x', '\uDC00-1']);
    const file = await exportToFile(t.store, 'xlsx', t.dir, 'nul.xlsx');
    const cells = await xlsxCells(file, TARGET_GROUPS.name, 'Beskrivning / Description');
    expect(cells).toHaveLength(4);
    for (const cell of cells) {
      expect(typeof cell).toBe('string');
      expect(looksLikeFormula(cell as string), JSON.stringify(cell)).toBe(false);
    }
  });

  it('protects a formula behind leading invisible characters, and the import takes the protection off again', async () => {
    const hostile = ['\u200B=1+1', '\u200B\uFEFF@SUM(A1)', '\u2060-2+3', '\u200D\u00A0+46 90 00', '\u00AD\u200E=x', '_x003D_1+1', '_x0000_=x', 'a_x005F_b'];
    const t = await storeWith(hostile, 'validated');
    const { want, results: [r] } = await reimport(t, { xlsx: 'invisible.xlsx' });
    const cells = await xlsxCells(r!.file, TARGET_GROUPS.name, 'Beskrivning / Description');
    for (const cell of cells) expect(looksLikeFormula(cell as string), JSON.stringify(cell)).toBe(false);
    expect(r!.report.problems).toEqual([]);
    expect(r!.got).toEqual(want);
  });
});

describe('formula protection', () => {
  it('is undone exactly by the import, whatever the text starts with', () => {
    for (const v of ['- första punkten', '=1', "'=1", "''+x", "'plain", 'plain', '\u200B-x', "'\u200B=x", '\t=x', '\rx', '', "'", '＝1']) {
      expect(unprotectCell(protectCell(v))).toBe(v);
    }
  });
});

describe('text the exports could not carry is refused at the input edge', () => {
  const refusal = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } }, v: string) => {
    const r = schema.safeParse(v);
    return r.success ? null : r.error!.issues.map((i) => i.message);
  };

  it('a name made only of control characters', () => {
    expect(refusal(Name, '\u0001\u0002\u0003')).toEqual(['must not contain line breaks, tabs or other control characters']);
    expect(refusal(Name, '\u0085\u009F')).toEqual(['must not contain line breaks, tabs or other control characters']);
    expect(refusal(Name, '\u007F')).toEqual(['must not contain line breaks, tabs or other control characters']);
  });

  it('a name with a NUL', () => {
    expect(refusal(Name, 'Umeå\u0000 kommun')).toEqual(['must not contain a NUL character']);
    expect(refusal(Source, '\u0000')).toEqual(['must not contain a NUL character']);
    expect(refusal(Text, 'rad\u0000')).toEqual(['must not contain a NUL character']);
  });

  it('a name with a lone surrogate', () => {
    expect(refusal(Name, 'Umeå \uD83D kommun')).toEqual(['must be valid Unicode text (it has a lone surrogate)']);
    expect(refusal(Name, '\uDE00abc')).toEqual(['must be valid Unicode text (it has a lone surrogate)']);
    expect(refusal(Text, 'x\uDBFF')).toEqual(['must be valid Unicode text (it has a lone surrogate)']);
  });

  it('a name made only of blank or invisible characters, as empty', () => {
    for (const v of ['   ', '\u200B', '\u00A0\u2060\uFEFF', '\u200D\u200C', '\u3164', '\u00AD ']) {
      expect(refusal(Name, v), JSON.stringify(v)).toEqual(['must not be empty']);
    }
    expect(refusal(Source, '\u200B\u200B')).toEqual(['must not be empty']);
  });

  it('a line break or tab in a name or a short field, but not in long text', () => {
    expect(refusal(Name, 'rad ett\nrad två')).toEqual(['must not contain line breaks, tabs or other control characters']);
    expect(refusal(Name, 'a\tb')).toEqual(['must not contain line breaks, tabs or other control characters']);
    expect(nodeProps.Actor.shape.shortName.safeParse('R\nS').success).toBe(false);
    expect(nodeProps.Actor.shape.code.safeParse('24\t80').success).toBe(false);
    expect(refusal(Text, 'rad ett\n\trad två')).toBeNull();
    expect(refusal(Text, 'DEL\u007F')).toEqual(['must not contain control characters (other than tab and line breaks)']);
    expect(refusal(Text, '\u0085next line')).toEqual(['must not contain control characters (other than tab and line breaks)']);
  });

  it('a noncharacter', () => {
    expect(refusal(Name, 'a\uFFFE')).toEqual(['must not contain Unicode noncharacters']);
    expect(refusal(Text, 'a\u{10FFFF}')).toEqual(['must not contain Unicode noncharacters']);
  });

  it('through the API: BAD_USER_INPUT naming the field', () => {
    try {
      createChange('Forum', { name: '\u0001\u0002', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE' });
      expect.unreachable('accepted a name of control characters');
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('BAD_USER_INPUT');
      expect(isDomainError(e) && e.fields).toEqual([expect.objectContaining({ path: ['input', 'name'], message: 'must not contain line breaks, tabs or other control characters' })]);
    }
  });

  it('normalises to NFC and keeps line breaks as LF', () => {
    expect(Name.parse('Cafe\u0301 Umea\u030A')).toBe('Café Umeå');
    expect(Text.parse(' rad ett\r\nrad två\rrad tre ')).toBe('rad ett\nrad två\nrad tre');
  });

  it('an optional text that is empty once trimmed', () => {
    expect(refusal(nodeProps.Actor.shape.description, '   ')).toEqual(['must not be empty (leave it out instead)']);
    expect(refusal(nodeProps.Actor.shape.shortName, ' ')).toEqual(['must not be empty (leave it out instead)']);
    expect(refusal(nodeProps.Gap.shape.findingKey, '  ')).toEqual(['must not be empty (leave it out instead)']);
  });
});

describe('an accepted text round-trips through the spreadsheet formats', () => {
  it('a description that starts with a dash or an equals sign', async () => {
    const values = ['- första punkten\n- andra punkten', '= lika med', '+ plus', '@ vid', "'citerad", '\u200B- osynlig'];
    const t = await tempStore(async (s) => {
      const changes = values.map((d, i) => createChange('TargetGroup', { id: `tg-${i}`, name: `Grupp ${i}`, description: d, definition: d }));
      await s.apply(changes, { by: 'test' });
    });
    open.push(t);
    const { want, results } = await reimport(t, { xlsx: 'dash.xlsx', csv: 'dash.zip' });
    for (const r of results) {
      expect(r.report.problems).toEqual([]);
      expect(r.got).toEqual(want);
    }
    // the CSV zip holds protected cells
    const zip = await yauzl.openPromise(join(t.dir, 'dash.zip'));
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
      for (const cell of readCsv(Buffer.concat(chunks).toString('utf8')).flat()) expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(false);
    }
    expect(readFileSync(join(t.dir, 'dash.xlsx')).length).toBeGreaterThan(0);
  });
});
