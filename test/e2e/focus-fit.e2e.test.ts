// Focus centres and fits its neighbourhood (#16): with the map zoomed in and
// panned away, turning on focus around an element brings the element to the
// middle of the map and every element of its neighbourhood onto the screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

interface Geometry { w: number; h: number; shown: number; outside: string[]; centre: { x: number; y: number }; moving: boolean }

/** Where the focused element and its neighbourhood are on the map, from Cytoscape's rendered boxes. */
const geometry = (id: string) => page.evaluate((focused) => {
  type Box = { x1: number; x2: number; y1: number; y2: number };
  type Ele = { id(): string; renderedBoundingBox(o: object): Box; renderedPosition(): { x: number; y: number } };
  const api = (window as unknown as { __skMap: { shownIds(): string[]; cy(): { width(): number; height(): number; animated(): boolean; getElementById(id: string): Ele } } }).__skMap;
  const cy = api.cy();
  const w = cy.width(), h = cy.height();
  const outside: string[] = [];
  const ids = api.shownIds();
  for (const id of ids) {
    const b = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
    if (b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h) outside.push(id);
  }
  return { w, h, shown: ids.length, outside, centre: cy.getElementById(focused).renderedPosition(), moving: cy.animated() };
}, id) as Promise<Geometry>;

/** Zoomed in and panned far away: the element is off the screen. */
async function lookElsewhere() {
  await page.evaluate(() => {
    const api = (window as unknown as { __skMap: { zoomTo(z: number): void; panBy(x: number, y: number): void } }).__skMap;
    api.zoomTo(3);
    api.panBy(4000, -3000);
  });
}

async function focusOn(id: string, steps: number) {
  await page.evaluate(([sel, n]) => { location.hash = `sel=${sel}&n=${n}`; }, [id, steps] as const);
}

async function expectFitted(id: string) {
  await expect.poll(async () => {
    const g = await geometry(id);
    return !g.moving && g.outside.length === 0 && Math.abs(g.centre.x - g.w / 2) < g.w * 0.1 && Math.abs(g.centre.y - g.h / 2) < g.h * 0.1;
  }, { timeout: 5000 }).toBe(true);
  const g = await geometry(id);
  expect(g.outside).toEqual([]);
  expect(Math.abs(g.centre.x - g.w / 2)).toBeLessThan(g.w * 0.1);
  expect(Math.abs(g.centre.y - g.h / 2)).toBeLessThan(g.h * 0.1);
  return g;
}

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

describe('focus', () => {
  it('centres a municipality and fits its neighbourhood, one step out', async () => {
    await lookElsewhere();
    const before = await geometry('kommun-vindeln');
    expect(before.outside.length).toBeGreaterThan(0);
    await focusOn('kommun-vindeln', 1);
    const g = await expectFitted('kommun-vindeln');
    expect(g.shown).toBeGreaterThan(3);
    await shot(page, '41-focus-vindeln.png');
  });

  it('centres a forum and fits its neighbourhood two steps out', async () => {
    await lookElsewhere();
    await focusOn('forum-lanssamverkansgrupp', 2);
    const g = await expectFitted('forum-lanssamverkansgrupp');
    expect(g.shown).toBeGreaterThan(10);
    await shot(page, '42-focus-lsg.png');
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
