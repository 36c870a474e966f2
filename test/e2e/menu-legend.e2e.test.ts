// Two defects found in a walkthrough (#17): the export menu stayed open
// (Escape, a click outside and a choice left it there), and the legend drew
// the care level's shape as a character some fonts lack (a missing-glyph box).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

const menuOpen = () => page.evaluate(() => (document.querySelector('#export-menu') as HTMLDetailsElement).open);
const focusedIsMenuButton = () => page.evaluate(() => document.activeElement === document.querySelector('#export-menu summary'));

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  problems = watch(page);
  await page.goto(server.url);
  await mapReady(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the export menu', () => {
  it('closes on Escape, with the focus back on its button', async () => {
    await page.focus('#export-menu summary');
    await page.keyboard.press('Enter');
    expect(await menuOpen()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menuOpen()).toBe(false);
    expect(await focusedIsMenuButton()).toBe(true);
  });

  it('closes on a click outside it', async () => {
    await page.click('#export-menu summary');
    expect(await menuOpen()).toBe(true);
    await page.click('header .brand h1');
    expect(await menuOpen()).toBe(false);
  });

  it('closes once a choice is made, and the choice runs', async () => {
    await page.click('#export-menu summary');
    const download = page.waitForEvent('download');
    await page.click('#export-json');
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    expect(await menuOpen()).toBe(false);
    expect(problems).toEqual([]);
  });
});

describe('the legend', () => {
  it('draws every element type’s shape, with no character a font may lack', async () => {
    await page.click('details.legend summary');
    const shapes = await page.$$eval('details.legend .legend-shape', (els) => els.map((e) => ({ label: e.getAttribute('data-label'), drawn: !!e.querySelector('svg') })));
    expect(shapes.map((x) => x.label).sort()).toEqual(['Actor', 'CareLevel', 'Forum', 'Gap', 'Initiative', 'TargetGroup']);
    expect(shapes.every((x) => x.drawn)).toBe(true);
    const text = await page.textContent('details.legend');
    expect(text).not.toMatch(/[⬭⬠●▭◆▲]/u);
    await shot(page, '30-legend.png');
  });
});
