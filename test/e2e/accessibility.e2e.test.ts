// axe-core on every main view of the map, as a person reaches it: the map,
// the list, the coverage grid, an element's details and its edit form, the
// gap list, the saved views, and the map in English. Any critical or serious
// finding fails the view's test; what axe rates moderate or minor is logged.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, serious } from './axe.ts';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

/** axe on the page as it stands; returns the critical and serious findings, and keeps the rest for the log. */
async function check(view: string): Promise<string[]> {
  const found = await axe(page);
  const rest = found.filter((v) => v.impact !== 'critical' && v.impact !== 'serious');
  if (rest.length) console.log(`axe on ${view}, moderate and minor: ${rest.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`).join(', ')}`);
  await shot(page, `a11y-${view}.png`);
  return serious(found);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  // the page's content security policy allows scripts of its own origin only: axe is added past it, in this test's page alone
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  problems = watch(page);
  await page.goto(server.url);
  await mapReady(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe finds nothing critical or serious', () => {
  it('on the map', async () => {
    expect(await check('map')).toEqual([]);
  });

  it('on the list', async () => {
    await page.click('#tab-list');
    await page.locator('table.element-list').waitFor();
    expect(await check('list')).toEqual([]);
  });

  it('on the coverage grid', async () => {
    await page.click('#tab-coverage');
    await page.locator('sk-coverage table').waitFor();
    expect(await check('coverage')).toEqual([]);
    await page.click('#tab-map');
  });

  it('on an element’s details', async () => {
    await page.fill('#search-input', 'Lokal samverkan Vindeln');
    await page.locator('sk-search [role=option]', { hasText: 'Lokal samverkan Vindeln' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Lokal samverkan Vindeln');
    expect(await check('details')).toEqual([]);
  });

  it('on the edit form', async () => {
    await page.click('#edit-button');
    await page.locator('form.node-form').waitFor();
    expect(await check('edit-form')).toEqual([]);
    await page.click('form.node-form button[type=button]');
  });

  it('on the gap list', async () => {
    await page.click('#side-gaps');
    await page.locator('sk-gaps li.finding').first().waitFor({ timeout: 30_000 });
    await page.locator('sk-gaps li.finding button.gap-title').first().click();
    await page.locator('sk-gaps li.finding.selected .gap-body').waitFor();
    expect(await check('gaps')).toEqual([]);
  });

  it('on the saved views', async () => {
    await page.click('#side-views');
    await page.locator('#view-name').waitFor();
    expect(await check('views')).toEqual([]);
  });

  it('in English', async () => {
    await page.click('#lang-switch');
    await page.click('#tab-coverage');
    await page.locator('sk-coverage table').waitFor();
    expect(await check('coverage-en')).toEqual([]);
    await page.click('#lang-switch');
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
