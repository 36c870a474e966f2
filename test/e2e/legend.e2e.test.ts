// The legend on the Västerbotten map (#16): open when the page opens, beside
// the map rather than over it, with an entry drawn as an SVG for every rule of
// the stylesheet that carries meaning (graph/legend.ts), in both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legendEntries } from '../../web/src/graph/legend.ts';
import { en } from '../../web/src/i18n/en.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

const shown = () => page.$$eval('details.legend .legend-entry', (els) => els.map((e) => ({
  selector: e.getAttribute('data-selector'),
  text: e.querySelector(':scope > span')?.textContent?.trim() ?? '',
  svg: (() => {
    const s = e.querySelector('svg');
    const r = s?.getBoundingClientRect();
    return !!s && !!r && r.width > 0 && r.height > 0 && s.querySelector('ellipse, rect, polygon, path, line, text') !== null;
  })(),
})));

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  problems = watch(page);
  await page.goto(server.url);
  await mapReady(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the legend on the Västerbotten map', () => {
  it('is open when the page opens, beside the map, with every entry drawn', async () => {
    expect(await page.evaluate(() => (document.querySelector('details.legend') as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('details.legend .legend-body').isVisible()).toBe(true);
    const entries = await shown();
    const want = legendEntries(sv);
    expect(entries.map((e) => e.selector)).toEqual(want.map((e) => e.selector));
    expect(entries.map((e) => e.text)).toEqual(want.map((e) => e.text));
    expect(entries.every((e) => e.svg)).toBe(true);
    // it covers none of the map: its box and the map's do not meet
    const [legend, map] = await Promise.all([page.locator('details.legend').boundingBox(), page.locator('#cy').boundingBox()]);
    const apart = legend!.x >= map!.x + map!.width || legend!.x + legend!.width <= map!.x || legend!.y >= map!.y + map!.height || legend!.y + legend!.height <= map!.y;
    expect(apart).toBe(true);
    expect(legend!.height).toBeGreaterThan(150);
    await shot(page, '40-legend-open.png');
  });

  it('has the headings of its groups and the element types, principals, states and lines of the stylesheet', async () => {
    const text = await page.textContent('details.legend');
    // every group but the overview's (its areas are drawn only on a map of LARGE elements or more: overview.e2e.test.ts)
    for (const [g, h] of Object.entries(sv.legend.groups)) {
      if (g === 'overview') expect(text).not.toContain(h);
      else expect(text).toContain(h);
    }
    for (const w of ['Forum', 'Aktör', 'Vårdnivå', 'Målgrupp', 'Initiativ', 'Mellanrum', '[K] Kommun', '[R] Region', 'Rapporterar till', 'Deltar i', 'Planerat']) expect(text).toContain(w);
  });

  it('folds away and opens again, from the keyboard too, leaving the map as it was', async () => {
    const before = await page.locator('#cy').boundingBox();
    await page.click('details.legend summary');
    expect(await page.locator('details.legend .legend-body').isVisible()).toBe(false);
    await page.focus('details.legend summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.legend .legend-body').isVisible()).toBe(true);
    expect(await page.locator('#cy').boundingBox()).toEqual(before);
  });

  it('speaks English when the page does', async () => {
    await page.click('#lang-switch');
    await expect.poll(() => page.locator('#tab-map').textContent()).toBe('Map');
    const entries = await shown();
    expect(entries.map((e) => e.text)).toEqual(legendEntries(en).map((e) => e.text));
    await page.click('#lang-switch');
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
