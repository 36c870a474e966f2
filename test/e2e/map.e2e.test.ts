// What a project lead does with the map, in a real browser against the real
// server and the Västerbotten dataset: open the map, filter to a
// municipality, open a forum, change its status and see the map change,
// record a gap (a refused one first, with the message at the field), undo,
// look at gaps, coverage and the plan, switch language, export PNG.
// Each step leaves a screenshot in test-results/e2e/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, RESULTS, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];
const dialogs: string[] = [];

type MapHooks = {
  pagePosition(id: string): { x: number; y: number } | null;
  classes(id: string): string[];
  text(id: string): string | undefined;
  shown(): number;
  modelPosition(id: string): { x: number; y: number } | null;
};
const shown = () => page.evaluate(() => (window as unknown as { __skMap: MapHooks }).__skMap.shown());
const modelPosition = (id: string) => page.evaluate((i) => (window as unknown as { __skMap: MapHooks }).__skMap.modelPosition(i), id);
const mapClasses = (id: string) => page.evaluate((i) => (window as unknown as { __skMap: MapHooks }).__skMap.classes(i), id);
const mapText = (id: string) => page.evaluate((i) => (window as unknown as { __skMap: MapHooks }).__skMap.text(i), id);

async function clickNode(id: string) {
  const where = () => page.evaluate((i) => (window as unknown as { __skMap: MapHooks }).__skMap.pagePosition(i), id);
  let p = await where();
  expect(p, `node ${id} on the map`).not.toBeNull();
  // out of view (the map zoomed in on an element elsewhere): pan it into view first, as a person would
  const box = (await page.locator('#cy').boundingBox())!;
  if (p!.x < box.x + 20 || p!.x > box.x + box.width - 20 || p!.y < box.y + 60 || p!.y > box.y + box.height - 20) {
    const [dx, dy] = [box.x + box.width / 2 - p!.x, box.y + box.height / 2 - p!.y];
    await page.evaluate(([x, y]) => (window as unknown as { __skMap: { panBy(x: number, y: number): void } }).__skMap.panBy(x!, y!), [dx, dy]);
    p = await where();
  }
  await page.mouse.click(p!.x, p!.y);
}

async function gql<T>(query: string, variables?: object): Promise<T> {
  const r = await fetch(new URL('/graphql', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return ((await r.json()) as { data: T }).data;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  problems = watch(page);
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    // a confirm() the test expects is accepted; an alert() would be an injected script
    await (d.type() === 'confirm' ? d.accept() : d.dismiss());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a project lead at the map', () => {
  it('opens the map: every element of the county, in the structured layout computed in the page, saved for no one', async () => {
    await page.goto(server.url);
    await mapReady(page);
    const graph = await gql<{ graph: { nodes: unknown[] } }>(`{ graph { nodes { id } } }`);
    await expect.poll(shown).toBe(graph.graph.nodes.length);
    await expect.poll(() => page.locator('.shown').textContent()).toContain(`${graph.graph.nodes.length} av ${graph.graph.nodes.length}`);
    // opening the map never saves the shared layout: only an editor's "Ordna om" or drag does (test/e2e/shared-layout.e2e.test.ts)
    await page.waitForTimeout(500);
    const layout = await gql<{ mapLayout: { positions: unknown[]; updatedAt: string | null } }>(`{ mapLayout { positions { id } updatedAt } }`);
    expect(layout.mapLayout).toEqual({ positions: [], updatedAt: null });
    await shot(page, '01-map.png');
  });

  it('opens the same map again in the same places (the structured layout is deterministic)', async () => {
    const before = await modelPosition('kommun-vindeln');
    await page.reload();
    await mapReady(page);
    await page.waitForTimeout(300);
    expect(await page.getByText('Layouten är sparad.').count()).toBe(0);
    const after = await modelPosition('kommun-vindeln');
    // stored to a tenth of a pixel
    expect(after!.x).toBeCloseTo(before!.x, 0);
    expect(after!.y).toBeCloseTo(before!.y, 0);
  });

  it('filters to a municipality', async () => {
    await page.selectOption('#f-municipality', { label: 'Vindelns kommun' });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=kommun-vindeln');
    // the map shows exactly what the API's own filter keeps
    const api = await gql<{ graph: { nodes: { id: string }[] } }>(`{ graph(filter: { municipality: "kommun-vindeln" }) { nodes { id } } }`);
    const ids = await page.evaluate(() => (window as unknown as { __skMap: { shownIds(): string[] } }).__skMap.shownIds());
    expect(ids.sort()).toEqual(api.graph.nodes.map((n) => n.id).sort());
    expect(ids.length).toBeLessThan(181);
    expect(await mapClasses('forum-lokal-samverkan-vindeln')).not.toContain('hidden');
    await page.click('text=Visa allt');
    await page.waitForTimeout(400);
    await shot(page, '02-filter-municipality.png');
  });

  it('opens a forum from the map and sees its participants, reporting line and source', async () => {
    await clickNode('forum-lokal-samverkan-vindeln');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Lokal samverkan Vindeln');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=forum-lokal-samverkan-vindeln');
    const details = page.locator('sk-details');
    await expect.poll(() => details.textContent()).toContain('Deltagare och roller');
    await expect.poll(() => details.textContent()).toContain('Rapporterar till');
    await expect.poll(() => details.textContent()).toContain('Källa');
    await shot(page, '03-forum-details.png');
  });

  it('changes the forum’s status and sees the map change', async () => {
    expect(await mapClasses('forum-lokal-samverkan-vindeln')).toContain('s-active');
    await page.click('#edit-button');
    await page.selectOption('#field-status', 'PAUSED');
    await page.click('#form-save');
    await page.getByText('”Lokal samverkan Vindeln” sparades.').first().waitFor();
    await expect.poll(() => mapClasses('forum-lokal-samverkan-vindeln')).toContain('s-paused');
    expect(await mapText('forum-lokal-samverkan-vindeln')).toContain('(pausat)');
    await expect.poll(() => page.locator('sk-details dl.props').textContent()).toContain('Pausat');
    await shot(page, '04-status-changed.png');
  });

  it('undoes the status change', async () => {
    await page.click('#undo');
    await page.getByText('Ändringen ångrades.').first().waitFor();
    await expect.poll(() => mapClasses('forum-lokal-samverkan-vindeln')).toContain('s-active');
    const r = await gql<{ node: { status: string } }>(`{ node(id: "forum-lokal-samverkan-vindeln") { ... on Forum { status } } }`);
    expect(r.node.status).toBe('ACTIVE');
  });

  it('records a gap at the municipality: a refused name is explained at the field, in Swedish', async () => {
    await clickNode('kommun-vindeln');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Vindelns kommun');
    await page.click('#create-gap');
    await page.selectOption('#field-kind', 'HANDOVER');
    await page.selectOption('#field-severity', 'HIGH');
    await page.click('#form-save');
    const error = page.locator('#field-name-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('får inte vara tom');
    expect(await page.locator('#field-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-name');
    await shot(page, '05-field-error.png');
  });

  it('records the gap with a name full of markup, and the name stays text', async () => {
    const name = '<img src=x onerror=alert(1)> Utskrivning utan mottagare';
    await page.fill('#field-name', name);
    await page.fill('#field-evidence', 'Två fall i höstas där hemsjukvården inte fick besked.');
    await page.click('#form-save');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(name);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs.filter((d) => d.startsWith('alert'))).toEqual([]);
    const id = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'));
    expect(id).toMatch(/^gap-/);
    // it lies between the municipality it was recorded at
    const r = await gql<{ node: { between: { id: string }[] } }>(`query($id: ID!) { node(id: $id) { ... on Gap { between { id } } } }`, { id });
    expect(r.node.between.map((b) => b.id)).toEqual(['kommun-vindeln']);
    await expect.poll(() => mapClasses(id!)).toContain('t-gap');
    expect(await mapText(id!)).toContain(name);
    await page.click('#side-gaps');
    await expect.poll(() => page.locator('sk-gaps').textContent()).toContain(name);
    await shot(page, '06-gap-recorded.png');
  });

  it('selects a detected gap beside the map: its evidence is highlighted and explained', async () => {
    const finding = page.locator('sk-gaps li.finding button.gap-title').first();
    await finding.waitFor({ timeout: 30_000 });
    await finding.click();
    await expect.poll(() => page.locator('sk-gaps li.finding.selected .gap-body').textContent()).toContain('Förklaring');
    await expect.poll(async () => (await mapClasses('forum-lokal-samverkan-vindeln')).some((c) => c === 'faded' || c === 'evidence')).toBe(true);
    await shot(page, '07-gap-evidence.png');
    await page.click('#side-details');
  });

  it('looks at the coverage matrix and drills into the map', async () => {
    await page.click('#tab-coverage');
    const table = page.locator('table.coverage');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.textContent()).toMatch(/[✓✗◐]/);
    await shot(page, '08-coverage.png');
    // the same matrix by care-level hand-over: one column per configured pair (five by default)
    await page.selectOption('sk-coverage select', 'HANDOVERS');
    await expect.poll(() => page.locator('table.coverage thead th').count()).toBe(6);
    await expect.poll(() => page.locator('sk-coverage h2').textContent()).toContain('överlämning');
    await shot(page, '08b-coverage-handovers.png');
    await table.locator('tbody td.cell button').first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('tab=coverage');
    await page.click('#tab-map');
  });

  it('compares today with the plan', async () => {
    await page.click('text=Rensa filter');
    await page.check('#f-compare');
    await expect.poll(() => page.locator('.diff-summary').textContent()).toContain('Tillkommer enligt plan');
    await expect.poll(() => mapClasses('forum-samarbetsteam-vindeln')).toContain('d-added');
    await page.click('text=Visa allt');
    await page.waitForTimeout(400);
    await shot(page, '09-today-vs-plan.png');
    await page.uncheck('#f-compare');
  });

  it('saves the view by name for everyone, and opens it from the list', async () => {
    await page.selectOption('#f-municipality', { label: 'Vindelns kommun' });
    await page.click('#side-views');
    await page.fill('#view-name', 'Vindeln – lokal samverkan');
    await page.click('sk-views form button[type=submit]');
    await page.getByText('Vyn ”Vindeln – lokal samverkan” sparades.').first().waitFor();
    const views = await gql<{ savedViews: { id: string; state: Record<string, string> }[] }>(`{ savedViews { id state } }`);
    expect(views.savedViews).toEqual([{ id: 'view-vindeln-lokal-samverkan', state: expect.objectContaining({ m: 'kommun-vindeln' }) }]);
    expect(await page.inputValue('#view-link')).toContain('m=kommun-vindeln');
    await page.click('text=Rensa filter');
    await page.click('sk-views ul.views button.ref');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=kommun-vindeln');
    await shot(page, '10-saved-view.png');
    await page.click('text=Rensa filter');
    await page.click('#side-details');
  });

  it('switches to English and back', async () => {
    await page.click('#lang-switch');
    await expect.poll(() => page.locator('#tab-map').textContent()).toBe('Map');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await mapText('kommun-vindeln')).toBe('[M] Vindelns kommun');
    await shot(page, '11-english.png');
    await page.click('#lang-switch');
    await expect.poll(() => page.locator('#tab-map').textContent()).toBe('Karta');
  });

  it('exports the view as PNG', async () => {
    await page.click('#export-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toMatch(/^samverkanskartan-\d{4}-\d{2}-\d{2}\.png$/);
    const path = join(RESULTS, 'export.png');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(20_000);
    await shot(page, '12-export.png');
  });

  it('exports the selection as CSV and the view as SVG', async () => {
    // the menu closes once a choice is made (test/e2e/menu-legend.e2e.test.ts): open it for each, as a person does
    const openMenu = () => page.click('#export-menu summary');
    await openMenu();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.split('\r\n')[0]).toContain('Id;Typ;Namn');
    await openMenu();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('<svg');
    writeFileSync(join(RESULTS, 'export.svg'), svgText);
  });

  it('reported no error on the way', () => {
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
