// The REST routes: template download, multipart import (dry run, real,
// NDJSON progress), exports, and their errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { SHEETS, INFO_SHEETS } from '../../server/io/template.ts';
import { openHarness, type Harness } from '../api/harness.ts';
import { storeState } from './helpers.ts';

let h: Harness;

/** The app as production builds it; IMPORT_MAX_BYTES reaches the routes through the config. */
async function open(maxBytes?: number) {
  return openHarness({ data: 'fixture', ...(maxBytes ? { env: { IMPORT_MAX_BYTES: String(maxBytes) } } : {}) });
}

beforeEach(async () => {
  h = await open();
});
afterEach(() => h.close());

function multipart(files: Array<{ filename: string; content: Buffer | string; type?: string }>) {
  const boundary = '----samverkan-test-boundary';
  const parts = files.map((f) => Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.filename}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`),
    Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
    Buffer.from('\r\n'),
  ]));
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-requested-with': 'test' },
  };
}

const FORUM_CSV = 'Namn / Name;Typ / Kind;Systemnivå / System level;Status / Status\nNytt forum;Team;Mikro;Planerad\n';
const PARTICIPATION_CSV = 'Aktör / Actor,Forum / Forum,Roll / Role\nVindelns kommun,Nytt forum,Ordförande\n';

describe('GET /api/template.xlsx', () => {
  it('is a workbook with the instructions, one sheet per element and relationship type, and the values', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="samverkanskartan-mall.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([INFO_SHEETS.instructions.name, ...SHEETS.map((s) => s.name), INFO_SHEETS.values.name]);
    const actors = wb.getWorksheet('Aktörer - Actors')!;
    expect((actors.getRow(1).values as unknown[]).slice(1)).toEqual(SHEETS[0]!.columns.map((c) => c.header));
    expect(actors.rowCount).toBe(1);
    expect(actors.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Värden - Values'!$B$2:$B$19"] });
  });
});

describe('POST /api/import', () => {
  it('dry run: a JSON report, nothing written', async () => {
    const before = await storeState(h.store);
    const res = await h.app.inject({ method: 'POST', url: '/api/import?dryRun=true', ...multipart([{ filename: 'Forum.csv', content: FORUM_CSV }, { filename: 'Deltagande.csv', content: PARTICIPATION_CSV }]) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, dryRun: true, applied: false, rows: 2, elements: { nodes: 1, edges: 1 }, problems: [] });
    expect(await storeState(h.store)).toEqual(before);
  });

  it('imports CSV files named by sheet, attributing the change to the importer', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/import', ...multipart([{ filename: 'Forum.csv', content: FORUM_CSV }, { filename: 'Deltagande.csv', content: PARTICIPATION_CSV }]) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, applied: true, changed: { nodes: 1, edges: 1 } });
    const [forum] = await h.store.getNodes(['forum-nytt-forum']);
    expect(forum).toMatchObject({ name: 'Nytt forum', kind: 'TEAM', status: 'PLANNED', createdBy: 'local' }); // the local user, on loopback
  });

  it('refuses a bad file with 422 and the report', async () => {
    const before = await storeState(h.store);
    const res = await h.app.inject({ method: 'POST', url: '/api/import', ...multipart([{ filename: 'x.xlsx', content: 'not a workbook' }]) });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ ok: false, applied: false, problemCount: 1, problems: [{ code: 'NOT_A_WORKBOOK' }] });
    expect(await storeState(h.store)).toEqual(before);
  });

  it('streams NDJSON progress lines, then the report, when asked', async () => {
    const body = multipart([{ filename: 'Forum.csv', content: FORUM_CSV }]);
    const res = await h.app.inject({ method: 'POST', url: '/api/import?dryRun=true', payload: body.payload, headers: { ...body.headers, accept: 'application/x-ndjson' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = res.payload.trim().split('\n').map((l) => JSON.parse(l) as { type: string; phase?: string });
    expect(lines.filter((l) => l.type === 'progress').map((l) => l.phase)).toEqual(expect.arrayContaining(['check', 'read', 'resolve', 'done']));
    expect(lines.at(-1)).toMatchObject({ type: 'report', ok: true, dryRun: true });
  });

  it('answers a wrong request with a coded error', async () => {
    const notMultipart = await h.app.inject({ method: 'POST', url: '/api/import', payload: { a: 1 } });
    expect(notMultipart.statusCode).toBe(415);
    expect(notMultipart.json()).toMatchObject({ code: 'BAD_USER_INPUT', messageSv: 'Skicka filen som multipart/form-data (ett fält av typen fil)' });
    const badQuery = await h.app.inject({ method: 'POST', url: '/api/import?dryRun=kanske', ...multipart([{ filename: 'Forum.csv', content: FORUM_CSV }]) });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['dryRun'] }] });
    const none = await h.app.inject({ method: 'POST', url: '/api/import', ...multipart([]) });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: 'No file was sent' });
  });

  it('refuses an upload larger than the limit with 413, writing nothing', async () => {
    await h.close();
    h = await open(1024);
    const before = await storeState(h.store);
    const res = await h.app.inject({ method: 'POST', url: '/api/import', ...multipart([{ filename: 'Forum.csv', content: FORUM_CSV + 'x'.repeat(2000) }]) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'The file is larger than 1024 bytes; nothing was imported (IMPORT_MAX_BYTES)' });
    expect(await storeState(h.store)).toEqual(before);
  });
});

describe('GET /api/export', () => {
  it('XLSX: the template filled in, which imports back as the same graph', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/export?format=xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="samverkanskartan-\d{4}-\d\d-\d\d\.xlsx"$/);
    const back = await h.app.inject({ method: 'POST', url: '/api/import', ...multipart([{ filename: 'export.xlsx', content: res.rawPayload }]) });
    expect(back.json()).toMatchObject({ ok: true, changed: { nodes: 0, edges: 0 } });
  });

  it('CSV: a zip of one file per sheet, or one sheet with &sheet=, with a chosen delimiter', async () => {
    const zip = await h.app.inject({ method: 'GET', url: '/api/export?format=csv' });
    expect(zip.headers['content-type']).toBe('application/zip');
    const path = join(h.dir, 'export.zip');
    writeFileSync(path, zip.rawPayload);
    const names: string[] = [];
    const z = await yauzl.openPromise(path);
    for await (const e of z.eachEntry()) names.push(e.fileName);
    expect(names).toEqual(SHEETS.map((s) => s.file));

    const one = await h.app.inject({ method: 'GET', url: '/api/export?format=csv&sheet=Deltagande&delimiter=semicolon' });
    expect(one.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(one.payload).toBe('\uFEFFAktör / Actor;Forum / Forum;Roll / Role;Källa / Source;Källhänvisning / Source note\r\nhc;local;CHAIR;illustrative;\r\nvindeln;local;MEMBER;illustrative;\r\n');
  });

  it('JSON, GraphML and GEXF', async () => {
    const json = await h.app.inject({ method: 'GET', url: '/api/export?format=json' });
    expect(json.json()).toMatchObject({ format: 'samverkanskartan', version: 1 });
    const graphml = await h.app.inject({ method: 'GET', url: '/api/export?format=graphml' });
    expect(graphml.headers['content-type']).toBe('application/graphml+xml; charset=utf-8');
    expect(graphml.payload).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    const gexf = await h.app.inject({ method: 'GET', url: '/api/export?format=gexf' });
    expect(parseGexf(MultiDirectedGraph, gexf.payload).order).toBe(13);
  });

  it('answers a bad query with 400 and the field', async () => {
    const bad = await h.app.inject({ method: 'GET', url: '/api/export?format=pdf' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'BAD_USER_INPUT', messageSv: 'Uppgifterna är inte giltiga.',
      fields: [{ path: ['format'], message: 'must be one of: xlsx, csv, json, graphml, gexf', messageSv: 'måste vara en av: xlsx, csv, json, graphml, gexf' }],
    });
    const sheet = await h.app.inject({ method: 'GET', url: '/api/export?format=csv&sheet=Blad1' });
    expect(sheet.statusCode).toBe(400);
    expect(sheet.json()).toMatchObject({ fields: [{ path: ['sheet'] }] });
  });
});

