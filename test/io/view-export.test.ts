// Spreadsheets of what is on screen (POST /api/export/view): the elements the
// page names, their participations with roles, the relationships among them
// and the coverage tab; XLSX read back with exceljs, CSV as Swedish Excel
// opens it (BOM, semicolons, decimal comma).
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvNumber, viewCsv } from '../../server/io/view-export.ts';
import { openHarness, type Harness } from '../api/harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await openHarness({ data: 'fixture' });
});
afterEach(() => h.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url: '/api/export/view', payload: body as object, headers: { 'content-type': 'application/json', ...headers } });

async function workbook(payload: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));

describe('POST /api/export/view as XLSX', () => {
  it('holds exactly the elements named, their participations with roles and the relationships among them', async () => {
    const res = await post({ format: 'xlsx', ids: ['local', 'vindeln', 'pc', 'no-such-id'], lang: 'sv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="samverkanskartan-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Element', 'Deltagande', 'Relationer']);

    const elements = rowsOf(wb.getWorksheet('Element')!);
    expect(elements[0]!.slice(0, 7)).toEqual(['Id', 'Typ', 'Namn', 'Sort', 'Huvudman', 'Status', 'Systemnivå']);
    // sorted by name, Swedish words for the codes; the unknown id is left out
    expect(elements.slice(1).map((r) => r[0])).toEqual(['local', 'pc', 'vindeln']);
    expect(elements[1]!.slice(0, 8)).toEqual(['local', 'Forum', 'Lokal samverkan Vindeln', 'Samverkansgrupp', undefined, 'Aktivt', 'Meso (taktisk)', 'Samordnar verksamhet']);
    expect(elements[1]![11]).toBe('2020-01-01');
    expect(elements[3]!.slice(0, 5)).toEqual(['vindeln', 'Aktör', 'Vindelns kommun', 'Kommun', 'Kommun']);

    // both of the forum's participations, the chair's role included, though the health centre is not named
    const parts = rowsOf(wb.getWorksheet('Deltagande')!);
    expect(parts[0]).toEqual(['Forum-id', 'Forum', 'Aktör-id', 'Aktör', 'Huvudman', 'Roll', 'Källa']);
    expect(parts.slice(1)).toEqual([
      ['local', 'Lokal samverkan Vindeln', 'hc', 'Hälsocentral Vindeln', 'Region', 'Ordförande', 'illustrative'],
      ['local', 'Lokal samverkan Vindeln', 'vindeln', 'Vindelns kommun', 'Kommun', 'Ledamot', 'illustrative'],
    ]);

    // the other relationships with both ends named: SPANS local→pc and COVERS local→vindeln, not SPANS local→mpc
    const rels = rowsOf(wb.getWorksheet('Relationer')!);
    expect(rels.slice(1).map((r) => `${r[0]} ${r[1]}→${r[3]}`).sort()).toEqual(['Spänner över local→pc', 'Täcker local→vindeln']);
  });

  it('adds the coverage tab as shown, and writes English headers and English words for every value (no codes)', async () => {
    const res = await post({ format: 'xlsx', ids: ['local'], lang: 'en', coverage: { columns: 'SYSTEM_LEVELS', asOf: '2026-06-01' } });
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Elements', 'Participations', 'Relationships', 'Coverage 2026-06-01']);
    expect(rowsOf(wb.worksheets[0]!)[1]!.slice(0, 6)).toEqual(['local', 'Forum', 'Lokal samverkan Vindeln', 'Collaboration group', undefined, 'Active']);
    // level, mandate, meeting frequency; principals and roles; relationship types: English words (schema/vocabulary.ts EN_WORDS)
    expect(rowsOf(wb.worksheets[0]!)[1]!.slice(6, 8)).toEqual(['Meso (tactical)', 'Coordinates operations']);
    expect(rowsOf(wb.worksheets[1]!).slice(1).map((r) => r.slice(4, 6))).toEqual([['Region', 'Chair'], ['Municipality', 'Member']]);
    const three = await workbook((await post({ format: 'xlsx', ids: ['local', 'hc', 'vindeln'], lang: 'en' })).rawPayload);
    expect(new Set(rowsOf(three.worksheets[2]!).slice(1).map((r) => r[0]))).toEqual(new Set(['Covers']));
    const codes = /^[A-Z][A-Z_]+$/;
    for (const ws of [...wb.worksheets.slice(0, 3), ...three.worksheets]) for (const row of rowsOf(ws).slice(1)) for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(codes);
    const coverage = rowsOf(wb.worksheets[3]!);
    expect(coverage[0]).toEqual(['Municipality', 'Macro', 'Meso', 'Micro']);
    const vindeln = coverage.find((r) => r[0] === 'Vindelns kommun');
    expect(vindeln).toEqual(['Vindelns kommun', 'None', 'Covered (1)', 'None']);
  });

  it('refuses what is not a view: a bad format, too many fields, a cross-site form post', async () => {
    const bad = await post({ format: 'pdf', ids: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await post({ format: 'csv', ids: [], extra: 1 })).statusCode).toBe(400);
    const form = await h.app.inject({ method: 'POST', url: '/api/export/view', payload: 'format=csv', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBeGreaterThanOrEqual(400);
    expect((await post({ format: 'csv', ids: ['local'], sheet: 'coverage' })).json()).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('POST /api/export/view as CSV for Swedish Excel', () => {
  it('is UTF-8 with a BOM, semicolon-separated, CR LF, Swedish characters intact', async () => {
    const res = await post({ format: 'csv', ids: ['vindeln', 'hc', 'gap'], lang: 'sv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/samverkanskartan-\d{4}-\d{2}-\d{2}-elements\.csv"$/);
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Id;Typ;Namn;Sort;Huvudman;Status;Systemnivå;Mandat;Mötesfrekvens;Allvarlighet;Planerad start;Startdatum;Slutdatum;Beskrivning;Källa');
    expect(lines.slice(1, 4).map((l) => l.split(';').slice(0, 3).join(';'))).toEqual([
      'hc;Aktör;Hälsocentral Vindeln',
      'gap;Mellanrum;Journalsystemen försvårar patientkontrakt',
      'vindeln;Aktör;Vindelns kommun',
    ]);
    expect(lines[2]!.split(';')[9]).toBe('Hög');
    expect(lines[4]).toBe('');
  });

  it('gives one sheet at a time: participations with roles', async () => {
    const res = await post({ format: 'csv', ids: ['local'], sheet: 'participations' });
    const lines = res.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'Forum-id;Forum;Aktör-id;Aktör;Huvudman;Roll;Källa',
      'local;Lokal samverkan Vindeln;hc;Hälsocentral Vindeln;Region;Ordförande;illustrative',
      'local;Lokal samverkan Vindeln;vindeln;Vindelns kommun;Kommun;Ledamot;illustrative',
    ]);
  });

  it('writes a decimal comma, quotes a field holding a semicolon, and keeps a formula as text', () => {
    expect(csvNumber(2311)).toBe('2311');
    expect(csvNumber(12.5)).toBe('12,5');
    const csv = viewCsv({ sheet: 'elements', title: 'Element', headers: ['Namn', 'Andel'], rows: [['Äldre; sköra', 0.25], ['=SUMMA(A1)', 3]] });
    expect(csv).toBe('\uFEFFNamn;Andel\r\n"Äldre; sköra";0,25\r\n\'=SUMMA(A1);3\r\n');
  });
});
