// Two flows of #17 in a real browser against the real server and the
// Västerbotten dataset: spreadsheets of what is on screen (the forums selected
// on the map, the filtered view, the coverage tab; CSV for Swedish Excel and
// XLSX, each download parsed), and several forums changed in one step by
// keyboard (one atomic applyChanges; a forum changed meanwhile refuses all).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, serious } from './axe.ts';
import { launch, mapReady, shot, watch } from './browser.ts';
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
  // axe's script is added past the page's CSP (test/e2e/axe.ts)
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
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

  it('keeps a box selection (shift-drag on the map) and exports exactly what it holds', async () => {
    await page.focus('#cy');
    await page.keyboard.press('Escape');
    await expect.poll(selectedOnMap).toEqual([]);
    const at = (id: string) => page.evaluate((i) => (window as unknown as { __skMap: MapHooks }).__skMap.pagePosition(i), id);
    const [a, b] = [(await at(forums[0]!.id))!, (await at(forums[1]!.id))!];
    // the drag starts and ends on the background, not on an element (which it would move)
    const others = await page.evaluate(() => {
      const hooks = (window as unknown as { __skMap: MapHooks }).__skMap;
      return hooks.shownIds().map((id) => hooks.pagePosition(id)!);
    });
    const free = (x: number, y: number) => others.every((p) => Math.hypot(p.x - x, p.y - y) > 30);
    let pad = 20;
    while (pad < 120 && !(free(Math.min(a.x, b.x) - pad, Math.min(a.y, b.y) - pad) && free(Math.max(a.x, b.x) + pad, Math.max(a.y, b.y) + pad))) pad += 10;
    await page.keyboard.down('Shift');
    await page.mouse.move(Math.min(a.x, b.x) - pad, Math.min(a.y, b.y) - pad);
    await page.mouse.down();
    await page.mouse.move(Math.max(a.x, b.x) + pad, Math.max(a.y, b.y) + pad, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await selectedOnMap()).length).toBeGreaterThan(1);
    const boxed = await selectedOnMap();
    expect(boxed).toEqual(expect.arrayContaining(pair()));
    // the page takes one of them as its selected element (its details open); the box stands
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=');
    expect(await selectedOnMap()).toEqual(boxed);
    const lines = readFileSync((await (await exportAs('export-csv')).path())!).subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines.slice(1).map((l) => l.split(';')[0]).sort()).toEqual(boxed);
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

describe('several forums changed in one step', () => {
  const version = async () => (await gql<{ graph: { version: number } }>(`{ graph { version } }`)).graph.version;
  const statuses = async () =>
    (await gql<{ nodes: Array<{ id: string; status: string }> }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Forum { status } } }`, { ids: forums.map((f) => f.id) })).nodes.map((n) => n.status);
  const ticked = () => page.$$eval('#bulk-edit input[name=forum]:checked', (els) => els.map((e) => (e as HTMLInputElement).value).sort());

  /** Opens the dialog from its header button by keyboard and waits until the ticked forums are read. */
  async function openByKeyboard() {
    await page.focus('#bulk-edit-open');
    await page.keyboard.press('Enter');
    await page.locator('#bulk-edit[open]').waitFor();
    await expect.poll(() => page.getAttribute('#bulk-edit form', 'aria-busy')).toBe('false');
  }

  /** Picks a status in the form's list with the arrow keys. */
  async function chooseStatus(value: string) {
    await page.focus('#bulk-status');
    for (let i = 0; i < 6 && (await page.inputValue('#bulk-status')) !== value; i++) await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#bulk-status')).toBe(value);
  }

  it('changes the status of three forums selected on the map, by keyboard, as one change with one undo entry', async () => {
    await clickNode(forums[0]!.id);
    await clickNode(forums[1]!.id, { shift: true });
    await clickNode(forums[2]!.id, { shift: true });
    expect(await selectedOnMap()).toEqual(forums.map((f) => f.id).sort());
    const before = await version();

    await openByKeyboard();
    expect(await ticked()).toEqual(forums.map((f) => f.id).sort());
    expect(await page.textContent('#bulk-apply')).toBe('Ändra 3 forum');
    await chooseStatus('PAUSED');
    await page.focus('#bulk-apply');
    await page.keyboard.press('Enter');

    await page.locator('#bulk-edit').waitFor({ state: 'detached' });
    expect(await statuses()).toEqual(['PAUSED', 'PAUSED', 'PAUSED']);
    // one applyChanges: the store's version moved on by exactly one
    expect(await version()).toBe(before + 1);
    const log = await gql<{ changes: Array<{ op: string; at: string; target: string }> }>(`{ changes(first: 3) { op at target } }`);
    expect(log.changes.map((c) => c.op)).toEqual(['update', 'update', 'update']);
    expect(new Set(log.changes.map((c) => c.target))).toEqual(new Set(forums.map((f) => f.id)));
    await expect.poll(() => page.textContent('#undo')).toContain('Ändrade status för 3 forum');
    // the focus is back on the button that opened the dialog
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bulk-edit-open');
    await shot(page, 'bulk-edit-done.png');
  });

  it('has no critical or serious axe finding on the bulk-edit form', async () => {
    await openByKeyboard();
    expect(serious(await axe(page))).toEqual([]);
    await shot(page, 'bulk-edit-form.png');
    await page.keyboard.press('Escape');
    await page.locator('#bulk-edit').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bulk-edit-open');
  });

  it('refuses all three when one changed meanwhile (CONFLICT), and says so in Swedish', async () => {
    expect(await selectedOnMap()).toEqual(forums.map((f) => f.id).sort());
    await openByKeyboard();
    // someone else changes one of them after it was read
    const current = await gql<{ node: { updatedAt: string } }>(`query($id: ID!) { node(id: $id) { updatedAt } }`, { id: forums[1]!.id });
    await gql(`mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version } }`, {
      c: [{ updateForum: { id: forums[1]!.id, patch: { description: 'Ändrad av någon annan' }, expectedVersion: current.node.updatedAt } }],
    });
    const before = await version();

    await chooseStatus('ENDED');
    await page.focus('#bulk-apply');
    await page.keyboard.press('Enter');

    const problem = page.locator('#bulk-problem');
    await problem.waitFor({ state: 'visible' });
    expect(await problem.textContent()).toContain('har ändrats av någon annan');
    expect(await problem.textContent()).toContain('Ingenting ändrades');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bulk-problem');
    expect(await statuses()).toEqual(['PAUSED', 'PAUSED', 'PAUSED']);
    expect(await version()).toBe(before);
    await shot(page, 'bulk-edit-conflict.png');
    await page.keyboard.press('Escape');
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
