// Hostile and broken files: each is refused with a clear message, and the
// store is left exactly as it was (graph with provenance, and version).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { ImportOptions, ImportReport } from '../../server/io/import.ts';
import { exportToFile, importPaths, storeState, tempStore, writeText, writeWorkbook, type TempStore } from './helpers.ts';

let t: TempStore;
let valid: string;

beforeAll(async () => {
  t = await tempStore('fixture');
  valid = await exportToFile(t.store, 'xlsx', t.dir, 'valid.xlsx');
});
afterAll(() => t.close());

/** Imports for real (not a dry run) and proves nothing changed. */
async function refused(paths: string[], opts: Partial<ImportOptions> = {}): Promise<ImportReport> {
  const before = await storeState(t.store);
  const r = await importPaths(t.store, paths, opts);
  expect(r.ok).toBe(false);
  expect(r.applied).toBe(false);
  expect(r.changed).toBeNull();
  expect(r.message).toMatch(/nothing was imported/);
  expect(r.messageSv).toMatch(/inget importerades/);
  expect(await storeState(t.store)).toEqual(before);
  return r;
}

/** Copies a zip, letting `edit` change entries (or drop them by returning null). */
async function rezip(from: string, to: string, edit: (name: string, data: Buffer) => Buffer | null): Promise<string> {
  const zip = await yauzl.openPromise(from);
  const out = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    const chunks: Buffer[] = [];
    out.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
      writeFileSync(to, Buffer.concat(chunks));
      resolve();
    }).on('error', reject);
  });
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const data = edit(entry.fileName, Buffer.concat(chunks));
    if (data) out.addBuffer(data, entry.fileName);
  }
  out.end();
  await done;
  return to;
}

describe('a hostile file is refused, with a clear message, and changes nothing', () => {
  it('wrong types in cells', async () => {
    const file = await writeWorkbook(join(t.dir, 'types.xlsx'), {
      'Skattningar - Estimates': [
        ['Målgrupp / Target group', 'Område / Area', 'År / Year', 'Antal / Count', 'Källa / Source'],
        ['Mest sjuka äldre', 'Vindelns kommun', 'tjugotjugotvå', new Date('2022-01-01'), 'x'],
        ['Mest sjuka äldre', 'Umeå kommun', 2022.5, 12, 'x'],
      ],
      'Aktörer - Actors': [
        ['Namn / Name', 'Typ / Kind', 'Huvudman / Principal'],
        ['Ny aktör', true, 'Kommun'],
      ],
    });
    const r = await refused([file]);
    expect(r.problems.map((p) => `${p.sheet}!${p.column}${p.row}: ${p.message}`).sort()).toEqual([
      'Aktörer - Actors!B2: "true" is not one of: REGION, MUNICIPALITY, COMMITTEE, MANAGEMENT_GROUP, ADMINISTRATION, COUNTY_PART, HEALTH_CENTRE, COTTAGE_HOSPITAL, HOSPITAL, CLINIC, HOME_CARE, SOCIAL_SERVICES, SCHOOL, PRIVATE_PROVIDER, PATIENT_ORGANISATION, TEAM, ROLE, OTHER',
      'Skattningar - Estimates!C2: "tjugotjugotvå" is not a whole number',
      'Skattningar - Estimates!C3: "2022.5" is not a whole number',
      expect.stringMatching(/^Skattningar - Estimates!D2: "\w{3} \w{3} \d\d 2022 .*" is not a whole number$/),
    ]);
  });

  it('a workbook without any sheet of the template', async () => {
    const file = await writeWorkbook(join(t.dir, 'nosheets.xlsx'), { Blad1: [['Namn', 'Typ'], ['Något', 'Annat']] });
    const r = await refused([file]);
    expect(r.problems).toEqual([expect.objectContaining({ sheet: 'Blad1', code: 'UNKNOWN_SHEET', message: expect.stringContaining('"Blad1" is not a sheet of the template; rename it to one of: Aktörer - Actors') })]);
    const empty = await writeWorkbook(join(t.dir, 'empty.xlsx'), { Blad1: [] });
    const r2 = await refused([empty]);
    expect(r2.problems).toEqual([expect.objectContaining({ code: 'NO_SHEETS', messageSv: expect.stringContaining('Filen har inget av mallens blad') })]);
  });

  it('a sheet without its key column', async () => {
    const file = await writeWorkbook(join(t.dir, 'nokey.xlsx'), { 'Forum - Forums': [['Typ / Kind', 'Status'], ['TEAM', 'ACTIVE']] });
    const r = await refused([file]);
    expect(r.problems).toEqual([expect.objectContaining({ sheet: 'Forum - Forums', row: 1, header: 'Namn / Name', code: 'MISSING_COLUMN', message: 'The sheet has no "Namn / Name" column (the header must be in the first row); its rows were not read' })]);
  });

  it('a truncated zip', async () => {
    const bytes = readFileSync(valid);
    const file = writeText(t.dir, 'truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = await refused([file]);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'CORRUPT_FILE', row: null, message: expect.stringMatching(/^"truncated.xlsx" is damaged or incomplete \(.+\); nothing was imported$/) })]);
  });

  it('a corrupt zip (damaged bytes inside an entry)', async () => {
    const bytes = Buffer.from(readFileSync(valid));
    // damage the compressed data of the first worksheet, past its local header
    const at = bytes.indexOf('xl/worksheets/sheet2.xml') + 200;
    for (let i = at; i < at + 40; i++) bytes[i] = bytes[i]! ^ 0x5a;
    const file = writeText(t.dir, 'corrupt.xlsx', bytes);
    const r = await refused([file]);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'CORRUPT_FILE', message: expect.stringContaining('"corrupt.xlsx" is damaged or incomplete') })]);
  });

  it('a worksheet whose XML is broken, in a sound zip', async () => {
    const file = await rezip(valid, join(t.dir, 'badxml.xlsx'), (name, data) => (name === 'xl/worksheets/sheet2.xml' ? Buffer.from(data.toString('utf8').replace('<sheetData>', '<sheetData><row r="2"><c r="A2" t="s"><v>')) : data));
    const r = await refused([file]);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'CORRUPT_FILE', message: expect.stringContaining('"badxml.xlsx" could not be read as a workbook') })]);
  });

  it('a non-workbook renamed .xlsx', async () => {
    const text = writeText(t.dir, 'notes.xlsx', 'Namn,Typ\nNågot,Annat\n');
    const r = await refused([text]);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'NOT_A_WORKBOOK', message: '"notes.xlsx" is not an XLSX workbook (it is not a zip file, whatever its name says)', messageSv: '"notes.xlsx" är inte en XLSX-arbetsbok (den är ingen zip-fil, vad namnet än säger)' })]);
    const zipOfCsv = await exportToFile(t.store, 'csv', t.dir, 'csvs-renamed.xlsx');
    const r2 = await refused([zipOfCsv]);
    expect(r2.problems).toEqual([expect.objectContaining({ code: 'NOT_A_WORKBOOK', message: '"csvs-renamed.xlsx" is a zip file but not an XLSX workbook (it has no xl/workbook.xml)' })]);
    const ole = writeText(t.dir, 'old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const r3 = await refused([ole]);
    expect(r3.problems[0]).toMatchObject({ code: 'NOT_A_WORKBOOK', message: expect.stringContaining('old-format (.xls) or password-protected') });
  });

  it('formulas: refused, never evaluated, and their cached results not taken', async () => {
    const file = await writeWorkbook(join(t.dir, 'formula.xlsx'), {
      'Aktörer - Actors': [
        ['Namn / Name', 'Typ / Kind', 'Huvudman / Principal', 'Beskrivning / Description'],
        ['Formelaktör', 'Kommun', 'Kommun', { formula: 'CONCAT("a","b")', result: 'ab' }],
        ['Andra aktören', 'Kommun', 'Kommun', { sharedFormula: 'D2', result: 'ab' }],
        ['Tredje aktören', 'Kommun', 'Kommun', { error: '#DIV/0!' }],
      ],
    });
    const r = await refused([file]);
    expect(r.problems.map((p) => [p.column, p.row, p.code])).toEqual([['D', 2, 'FORMULA'], ['D', 3, 'FORMULA'], ['D', 4, 'CELL_ERROR']]);
    expect(r.problems[0]).toMatchObject({
      message: 'The cell holds a formula; formulas are not imported (enter the value itself, or paste as values)',
      messageSv: 'Cellen innehåller en formel; formler importeras inte (skriv in själva värdet, eller klistra in som värden)',
    });
  });

  it('enormous cells', async () => {
    const big = 'x'.repeat(40_000);
    const file = await writeWorkbook(join(t.dir, 'bigcell.xlsx'), {
      'Aktörer - Actors': [['Namn / Name', 'Typ / Kind', 'Huvudman / Principal', 'Beskrivning / Description'], ['Stor aktör', 'Kommun', 'Kommun', big]],
    });
    const r = await refused([file]);
    expect(r.problems).toEqual([expect.objectContaining({ sheet: 'Aktörer - Actors', row: 2, column: 'D', code: 'CELL_TOO_LONG', message: 'The cell has 40000 characters; at most 32767 are allowed' })]);
    // just under the cell limit, still over what the schema allows for a description
    const long = await writeWorkbook(join(t.dir, 'longcell.xlsx'), {
      'Aktörer - Actors': [['Namn / Name', 'Typ / Kind', 'Huvudman / Principal', 'Beskrivning / Description'], ['Stor aktör', 'Kommun', 'Kommun', 'y'.repeat(10_001)]],
    });
    const r2 = await refused([long]);
    expect(r2.problems).toEqual([expect.objectContaining({ column: 'D', code: 'INVALID_VALUE', message: 'is too long: at most 10000 characters', messageSv: 'är för lång: högst 10000 tecken' })]);
    // a CSV record larger than any row may be stops the reading at once
    const csv = writeText(t.dir, 'actors.csv', `Namn / Name,Beskrivning / Description\n"Stor","${'z'.repeat(3_000_000)}"\n`);
    const r3 = await refused([csv]);
    expect(r3.problems).toEqual([expect.objectContaining({ code: 'ROW_TOO_LARGE', message: expect.stringContaining('"actors.csv" row 2 is larger than') })]);
  });

  it('too many rows', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`Aktör ${i}`, 'Kommun', 'Kommun']);
    const file = await writeWorkbook(join(t.dir, 'rows.xlsx'), { 'Aktörer - Actors': [['Namn / Name', 'Typ / Kind', 'Huvudman / Principal'], ...rows] });
    const r = await refused([file], { limits: { maxRows: 5 } });
    expect(r.problems).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS', message: 'The file has more than 5 rows; split it, or raise the limit (IMPORT_MAX_ROWS)', messageSv: 'Filen har fler än 5 rader; dela upp den, eller höj gränsen (IMPORT_MAX_ROWS)' })]);
  });

  it('a zip that unpacks to more than allowed (a zip bomb)', async () => {
    const r = await refused([valid], { limits: { maxUnzippedBytes: 10_000 } });
    expect(r.problems).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE', message: '"valid.xlsx" unpacks to more than 10000 bytes; refused' })]);
  });

  it('a file larger than allowed', async () => {
    const r = await refused([valid], { limits: { maxBytes: 1000 } });
    expect(r.problems).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE', message: expect.stringMatching(/^"valid.xlsx" has \d+ bytes; at most 1000 are accepted$/) })]);
  });

  it('a CSV file that is not UTF-8, or not text at all', async () => {
    const latin1 = writeText(t.dir, 'Aktörer.csv', Buffer.from('Namn / Name;Typ / Kind;Huvudman / Principal\nUmeå kommun;Kommun;Kommun\n', 'latin1'));
    const r = await refused([latin1]);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'NOT_UTF8', message: '"Aktörer.csv" is not UTF-8 text; save it as "CSV UTF-8 (comma delimited)"' })]);
    const binary = writeText(t.dir, 'forums.csv', Buffer.from([0x4e, 0x61, 0x6d, 0x6e, 0x0a, 0x00, 0x01, 0x02, 0x0a]));
    const r2 = await refused([binary]);
    expect(r2.problems).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_FILE', message: '"forums.csv" is not a text file' })]);
  });

  it('an unknown column, a duplicated column, and values under no header', async () => {
    const file = await writeWorkbook(join(t.dir, 'columns.xlsx'), {
      'Aktörer - Actors': [
        ['Namn / Name', 'Typ / Kind', 'Huvudman / Principal', 'Färg', 'Namn'],
        ['Ny aktör', 'Kommun', 'Kommun', 'blå', 'Ny aktör', '', 'lost'],
      ],
    });
    const r = await refused([file]);
    expect(r.problems.map((p) => `${p.column}${p.row} ${p.code}`)).toEqual(['D1 UNKNOWN_COLUMN', 'E1 DUPLICATE_COLUMN', 'G2 VALUE_WITHOUT_HEADER']);
    expect(r.problems[0]!.message).toMatch(/^"Färg" is not a column of this sheet; its columns are: Id \/ Id, Namn \/ Name/);
  });
});

describe('text starting with = + - @', () => {
  it('is kept as text, never evaluated', async () => {
    const s = await tempStore('fixture');
    try {
      const csv = writeText(s.dir, 'Målgrupper.csv', [
        'Namn / Name,Avgränsning / Definition,Beskrivning / Description',
        '"=1+1","+46 90 10 00 00","-5 % av 65+"',
        '"@SUM(A1:A2)","\'=2+2","=HYPERLINK(""http://evil"",""klick"")"',
      ].join('\n'));
      const dry = await importPaths(s.store, [csv], { dryRun: true });
      expect(dry.ok).toBe(true);
      const r = await importPaths(s.store, [csv]);
      expect(r.problems).toEqual([]);
      const [a, b] = await s.store.getNodesByName('TargetGroup', ['=1+1', '@SUM(A1:A2)']);
      expect(a).toMatchObject({ name: '=1+1', definition: '+46 90 10 00 00', description: '-5 % av 65+' });
      expect(b).toMatchObject({ name: '@SUM(A1:A2)', definition: '=2+2', description: '=HYPERLINK("http://evil","klick")' });
    } finally {
      await s.close();
    }
  });
});
