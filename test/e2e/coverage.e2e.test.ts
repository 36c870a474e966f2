// The coverage tab as a project lead and a keyboard user meet it: its
// columns changed while it is still computing (the latest choice wins, an
// error ends the wait), a drill-down into the map and back (the tab says it
// follows the map's area filter, and Σ counts the rows it shows), and the
// grid: one Tab stop, arrow keys between cells, Enter to drill down.
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

/** Coverage requests held back by the test, so it decides when (and how) each is answered. */
const held: Array<{ columns: string; route: Route }> = [];
let holding = false;

async function nextHeld(columns: string): Promise<Route> {
  await expect.poll(() => held.some((h) => h.columns === columns), { message: `a coverage request for ${columns}` }).toBe(true);
  return held.splice(held.findIndex((h) => h.columns === columns), 1)[0]!.route;
}

/** Opens a view by its URL, as a shared link would (through the map first, so the coverage tab starts afresh). */
async function show(hash: string) {
  await page.evaluate(() => (location.hash = 'tab=map'));
  await page.evaluate((h) => (location.hash = h), hash);
}

const coverage = () => page.locator('sk-coverage');
const table = () => page.locator('sk-coverage table.coverage');
const loadingText = () => coverage().getByText('Analyserar …');

/** Σ as the table's last row says it: covered, planned only, none. */
async function sigma(): Promise<number[]> {
  const text = (await table().locator('tfoot').textContent()) ?? '';
  return [/✓\s*(\d+)/, /◐\s*(\d+)/, /✗\s*(\d+)/].map((re) => Number(re.exec(text)?.[1] ?? NaN));
}

/** The same three counts from the cells the table shows. */
async function cellsShown(): Promise<number[]> {
  return Promise.all(['covered', 'planned_only', 'none'].map((s) => table().locator(`tbody td.cell-${s}`).count()));
}

const activeCell = () => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  const cell = el?.closest('td');
  const row = cell?.closest('tr');
  return cell && row ? { row: row.querySelector('th')?.textContent?.trim(), col: cell.cellIndex, label: el!.getAttribute('aria-label') } : null;
});

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  problems = watch(page);
  await page.route('**/graphql', (route) => {
    const body = route.request().postDataJSON() as { query?: string; variables?: { columns?: string } } | null;
    if (holding && body?.query?.includes('query Coverage')) held.push({ columns: body.variables?.columns ?? '', route });
    else void route.fallback();
  });
  await page.goto(server.url);
  await mapReady(page);
});

afterEach(async () => {
  holding = false;
  for (const h of held.splice(0)) await h.route.fallback().catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the coverage tab', () => {
  it('shows the latest choice of columns when an earlier answer comes last, and ends the wait on an error', async () => {
    holding = true;
    await page.click('#tab-coverage');
    const first = await nextHeld('SYSTEM_LEVELS');
    await loadingText().waitFor();
    // the columns can be chosen again while it computes
    await expect.poll(() => coverage().getByLabel('Kolumner').count(), { message: 'the Kolumner choice while the coverage loads', timeout: 3000 }).toBe(1);
    await coverage().getByLabel('Kolumner').selectOption('HANDOVERS');
    const second = await nextHeld('HANDOVERS');
    await second.continue();
    await expect.poll(() => table().locator('thead th').count()).toBe(6);
    // the answer to the first choice arrives last: it is ignored
    const stale = page.waitForResponse((r) => r.request() === first.request());
    await first.continue();
    await stale;
    await page.waitForTimeout(300);
    expect(await table().locator('thead th').count()).toBe(6);
    expect(await coverage().locator('h2').textContent()).toContain('överlämning');
    expect(await loadingText().count()).toBe(0);
    await shot(page, 'coverage-01-latest-choice.png');

    // a refused request ends the wait with a message, and another choice (or a retry) still works
    await coverage().getByLabel('Kolumner').selectOption('TARGET_GROUPS');
    const failing = await nextHeld('TARGET_GROUPS');
    await loadingText().waitFor();
    await failing.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: null, errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }] }) });
    await expect.poll(() => loadingText().count(), { message: 'the coverage still says it is computing after an error' }).toBe(0);
    await expect.poll(() => coverage().getByRole('alert').textContent()).toContain('Något gick fel');
    await shot(page, 'coverage-02-error.png');
    await coverage().getByRole('button', { name: 'Försök igen' }).click();
    await (await nextHeld('TARGET_GROUPS')).continue();
    await expect.poll(() => coverage().locator('h2').textContent()).toContain('målgrupp');
    await table().waitFor();
    expect(await coverage().getByRole('alert').count()).toBe(0);
    holding = false;
    await coverage().getByLabel('Kolumner').selectOption('SYSTEM_LEVELS');
    await expect.poll(() => table().locator('thead th').count()).toBe(4);
  });

  it('is one Tab stop: a grid whose cells the arrow keys, Home and End move between, and Enter drills into', async () => {
    await show('tab=coverage');
    await table().waitFor();
    expect(await table().locator('tbody td').count()).toBe(45);
    // Tab from the choice of columns lands on the first cell, and the next Tab leaves the grid
    await coverage().getByLabel('Kolumner').focus();
    await page.keyboard.press('Tab');
    expect(await activeCell()).toMatchObject({ row: 'Bjurholms kommun', col: 1 });
    await page.keyboard.press('Tab');
    expect(await activeCell(), 'a second Tab leaves the grid').toBeNull();
    // a grid named by its heading, with row and column headers
    expect(await page.getByRole('grid', { name: /Täckning/ }).count()).toBe(1);
    expect(await table().getByRole('rowheader').count()).toBe(16);
    expect(await table().getByRole('columnheader').count()).toBe(4);
    expect(await table().getByRole('gridcell').count()).toBe(46);
    await page.keyboard.press('Shift+Tab');
    expect(await activeCell()).toMatchObject({ row: 'Bjurholms kommun', col: 1 });
    await page.keyboard.press('ArrowRight');
    expect(await activeCell()).toMatchObject({ row: 'Bjurholms kommun', col: 2 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await activeCell()).toMatchObject({ row: 'Lycksele kommun', col: 2 });
    await page.keyboard.press('End');
    expect(await activeCell()).toMatchObject({ row: 'Lycksele kommun', col: 3, label: 'Endast planerat (1). Visa forum för Lycksele kommun, Mikro i kartan' });
    await page.keyboard.press('ArrowRight');
    expect(await activeCell(), 'the right edge holds').toMatchObject({ row: 'Lycksele kommun', col: 3 });
    await page.keyboard.press('Home');
    expect(await activeCell()).toMatchObject({ row: 'Lycksele kommun', col: 1 });
    await page.keyboard.press('Control+End');
    expect(await activeCell()).toMatchObject({ row: 'Åsele kommun', col: 3 });
    await page.keyboard.press('ArrowDown');
    expect(await activeCell(), 'the bottom edge holds').toMatchObject({ row: 'Åsele kommun', col: 3 });
    await page.keyboard.press('Control+Home');
    expect(await activeCell()).toMatchObject({ row: 'Bjurholms kommun', col: 1 });
    // one cell in the tab order, wherever the arrows left it
    await page.keyboard.press('ArrowDown');
    expect(await table().locator('[tabindex="0"]').count()).toBe(1);
    expect(await table().locator('tbody button:not([tabindex="-1"])').count()).toBe(1);
    await shot(page, 'coverage-03-grid-focus.png');
    // Enter opens the cell on the map
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=kommun-dorotea');
    await expect.poll(() => page.locator('#tab-map').getAttribute('aria-selected')).toBe('true');
  });

  it('after a drill-down, says it is filtered to the municipality and counts Σ over the rows it shows', async () => {
    await show('tab=coverage');
    await table().waitFor();
    expect(await table().locator('tbody tr').count()).toBe(15);
    expect(await sigma()).toEqual(await cellsShown());
    await table().locator('tbody tr', { hasText: 'Dorotea kommun' }).locator('td button').last().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=kommun-dorotea');
    await page.click('#tab-coverage');
    await table().waitFor();
    expect(await table().locator('tbody tr').count()).toBe(1);
    expect(await sigma(), 'Σ counts the row shown').toEqual(await cellsShown());
    const note = coverage().locator('.coverage-filter');
    await expect.poll(() => note.textContent()).toContain('Dorotea kommun');
    expect(await note.textContent()).toContain('1 av 15 kommuner');
    await shot(page, 'coverage-04-filtered.png');
    await note.getByRole('button', { name: 'Visa alla kommuner' }).click();
    await expect.poll(() => table().locator('tbody tr').count()).toBe(15);
    expect(page.url()).not.toContain('m=');
    expect(await sigma()).toEqual(await cellsShown());
    expect(await note.count()).toBe(0);
  });

  it('follows the county-part filter the same way', async () => {
    await show('tab=coverage');
    await table().waitFor();
    await page.selectOption('#f-countypart', { label: 'Södra Lappland' });
    await expect.poll(() => table().locator('tbody tr').count()).toBeLessThan(15);
    const rows = await table().locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await sigma()).toEqual(await cellsShown());
    expect(await coverage().locator('.coverage-filter').textContent()).toContain(`${rows} av 15 kommuner`);
    await page.click('text=Rensa filter');
    await expect.poll(() => table().locator('tbody tr').count()).toBe(15);
  });

  it('speaks English in English', async () => {
    await show('tab=coverage');
    await page.click('#lang-switch');
    const grid = page.getByRole('grid', { name: /Coverage/ });
    await grid.waitFor();
    expect(await grid.locator('tbody button').first().getAttribute('aria-label')).toMatch(/^Covered \(\d+\)\. Show forums for Bjurholms kommun, Macro on the map$/);
    await coverage().getByLabel('Columns').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await shot(page, 'coverage-05-english.png');
    await page.click('#lang-switch');
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
