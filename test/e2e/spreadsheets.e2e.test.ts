// #17 in a real browser against the real server and the Västerbotten
// dataset: spreadsheets of what is on screen (the forums selected on the map,
// the filtered view, the coverage tab; CSV for Swedish Excel and XLSX, each
// download parsed).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

type MapHooks = {
  pagePosition(id: string): { x: number; y: number } | null;
  panBy(x: number, y: number): void;
  shownIds(): string[];
  cy(): { $(sel: string): { map<T>(f: (n: { id(): string }) => T): T[]; unselect(): void } };
};
const selectedOnMap = () => page.evaluate(() => (window as unknown as { __skMap: MapHooks }).__skMap.cy().$('node:selected').map((n) => n.id()).sort());
const shownIds = () => page.evaluate(() => (window as unknown as { __skMap: MapHooks }).__skMap.shownIds());

/** Clicks an element on the map (panned into view first, as a person would), with Shift to add it to the selection. */
async function clickNode(id: string, opts: { shift?: boolean } = {}) {
  const where = () => page.evaluate((i) => (window as unknown as { __skMap: MapHooks }).__skMap.pagePosition(i), id);
  let p = await where();
  expect(p, `node ${id} on the map`).not.toBeNull();
  const box = (await page.locator('#cy').boundingBox())!;
  if (p!.x < box.x + 20 || p!.x > box.x + box.width - 20 || p!.y < box.y + 60 || p!.y > box.y + box.height - 20) {
    const [dx, dy] = [box.x + box.width / 2 - p!.x, box.y + box.height / 2 - p!.y];
    await page.evaluate(([x, y]) => (window as unknown as { __skMap: MapHooks }).__skMap.panBy(x!, y!), [dx, dy]);
    p = await where();
  }
  if (opts.shift) await page.keyboard.down('Shift');
  await page.mouse.click(p!.x, p!.y);
  if (opts.shift) await page.keyboard.up('Shift');
}

async function gql<T>(query: string, variables?: object): Promise<T> {
  const r = await fetch(new URL('/graphql', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Chooses an export in the menu and returns its download. */
async function exportAs(id: 'export-csv' | 'export-xlsx'): Promise<Download> {
  await page.click('#export-menu summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  return download;
}

async function workbookOf(download: Download) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return wb;
}
/** A sheet's rows as arrays of cell values (header first). */
const rowsOf = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));

let forums: Array<{ id: string; name: string; status: string }>;
const pair = () => [forums[0]!.id, forums[1]!.id].sort();

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  problems = watch(page);
  await page.goto(server.url);
  await mapReady(page);
  const g = await gql<{ graph: { nodes: Array<{ id: string; label: string; name: string; status: string | null }> } }>(`{ graph { nodes { id label name status } } }`);
  // three active forums of Vindeln's local collaboration, in the county's data
  const wanted = ['forum-lokal-samverkan-vindeln', 'forum-samverkansteam-vindeln', 'forum-lokal-samverkan-robertsfors'];
  const active = g.graph.nodes.filter((n) => n.label === 'Forum' && n.status === 'ACTIVE');
  forums = [...active.filter((n) => wanted.includes(n.id)), ...active.filter((n) => !wanted.includes(n.id))].slice(0, 3).map((n) => ({ id: n.id, name: n.name, status: n.status! }));
  expect(forums).toHaveLength(3);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('spreadsheets of what is on screen', () => {
  it('exports the two forums selected on the map as CSV for Swedish Excel: exactly those, BOM, semicolons, Swedish letters', async () => {
    await clickNode(forums[0]!.id);
    await clickNode(forums[1]!.id, { shift: true });
    expect(await selectedOnMap()).toEqual(pair());
    const download = await exportAs('export-csv');
    expect(download.suggestedFilename()).toMatch(/^samverkanskartan-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^Id;Typ;Namn;Sort;Huvudman;Status;Systemnivå;/);
    expect(lines.slice(1).map((l) => l.split(';')[0]).sort()).toEqual(pair());
    for (const l of lines.slice(1)) expect(l.split(';').slice(1, 3)).toEqual(['Forum', forums.find((f) => l.startsWith(`${f.id};`))!.name]);
    // the menu closed with the choice; the selection stands
    expect(await page.evaluate(() => (document.querySelector('#export-menu') as HTMLDetailsElement).open)).toBe(false);
    expect(await selectedOnMap()).toEqual(pair());
  });

  it('exports the same selection as XLSX: exactly those elements, and their participations with roles', async () => {
    const download = await exportAs('export-xlsx');
    expect(download.suggestedFilename()).toMatch(/^samverkanskartan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await workbookOf(download);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Element', 'Deltagande', 'Relationer']);
    expect(rowsOf(wb.getWorksheet('Element')!).slice(1).map((r) => r[0]).sort()).toEqual(pair());
    const api = await gql<{ nodes: Array<{ id: string; participants: Array<{ role: string; actor: { id: string } }> }> }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Forum { participants { role actor { id } } } } }`, { ids: pair() });
    const expected = api.nodes.flatMap((f) => f.participants.map((p) => `${f.id} ${p.actor.id}`)).sort();
    const parts = rowsOf(wb.getWorksheet('Deltagande')!);
    expect(parts[0]).toEqual(['Forum-id', 'Forum', 'Aktör-id', 'Aktör', 'Huvudman', 'Roll', 'Källa']);
    expect(parts.slice(1).map((r) => `${r[0]} ${r[2]}`).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(parts.slice(1).every((r) => typeof r[5] === 'string' && r[5].length > 0)).toBe(true);
  });

  it('exports the filtered view as XLSX: the elements the map shows, the relationships among them, and the coverage tab as shown', async () => {
    // nothing selected (Escape on the map): the export is the view
    await page.focus('#cy');
    await page.keyboard.press('Escape');
    await expect.poll(selectedOnMap).toEqual([]);
    await page.selectOption('#f-municipality', { label: 'Vindelns kommun' });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=kommun-vindeln');
    const shown = (await shownIds()).sort();
    const all = await gql<{ graph: { nodes: unknown[] } }>(`{ graph { nodes { id } } }`);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.length).toBeLessThan(all.graph.nodes.length);
    const wb = await workbookOf(await exportAs('export-xlsx'));
    expect(rowsOf(wb.getWorksheet('Element')!).slice(1).map((r) => String(r[0])).sort()).toEqual(shown);
    const rels = rowsOf(wb.getWorksheet('Relationer')!).slice(1);
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) expect([shown.includes(String(r[1])), shown.includes(String(r[3]))]).toEqual([true, true]);

    // on the coverage tab the workbook carries the matrix, with the rows the area filter leaves
    await page.click('#tab-coverage');
    await page.locator('sk-coverage table').waitFor();
    const withCoverage = await workbookOf(await exportAs('export-xlsx'));
    expect(withCoverage.worksheets.map((w) => w.name)).toEqual(['Element', 'Deltagande', 'Relationer', expect.stringMatching(/^Täckning \d{4}-\d{2}-\d{2}$/)]);
    const coverage = rowsOf(withCoverage.worksheets[3]!);
    expect(coverage[0]).toEqual(['Kommun', 'Makro', 'Meso', 'Mikro']);
    expect(coverage.slice(1).map((r) => r[0])).toEqual(['Vindelns kommun']);
    await page.click('#tab-map');
    await page.selectOption('#f-municipality', { value: '' });
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('m=kommun-vindeln');
  });
});

describe('on the way', () => {
  it('reported no error', () => {
    expect(problems).toEqual([]);
  });
});
