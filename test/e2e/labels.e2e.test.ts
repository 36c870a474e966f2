// Labels a committee can read, measured from Cytoscape's own geometry on the
// Västerbotten map: at the default zoom (and after zooming, grouping and
// switching language) every label drawn is at least 11 px on screen and no
// two drawn labels overlap; the names of the region, its county parts and all
// fifteen municipalities are among them, whole on the screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

interface Drawn {
  id: string;
  px: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every label Cytoscape draws now, with its on-screen font size and box: an
 * element shown, with text, not transparent, and at least the stylesheet's
 * min-zoomed-font-size on screen (below it Cytoscape skips the label).
 */
async function drawnLabels(): Promise<{ labels: Drawn[]; width: number; height: number; zoom: number }> {
  // the map says when its label pass has run; a map without one is measured a second after it settles
  await page.waitForFunction(() => (window as unknown as { __skMap?: { labelsSettled?(): boolean } }).__skMap?.labelsSettled?.() ?? true, null, { timeout: 10_000 });
  if (!(await page.evaluate(() => !!(window as unknown as { __skMap?: { labelsSettled?(): boolean } }).__skMap?.labelsSettled))) await page.waitForTimeout(1000);
  return page.evaluate(() => {
    type Style = { strValue: string; pfValue: number; value: unknown };
    type Ele = {
      id(): string; visible(): boolean; pstyle(k: string): Style; effectiveOpacity(): number;
      boundingBox(o: object): { x1: number; y1: number; x2: number; y2: number; w: number };
    };
    type Core = { zoom(): number; pan(): { x: number; y: number }; width(): number; height(): number; elements(): { forEach(f: (e: Ele) => void): void } };
    // the map's own hook, or where Cytoscape registers itself on its container
    const hook = (window as unknown as { __skMap: { cy?(): Core } }).__skMap.cy;
    const cy = hook ? hook() : (document.querySelector('#cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const zoom = cy.zoom(), pan = cy.pan();
    const labels: Drawn[] = [];
    cy.elements().forEach((e) => {
      if (!e.visible() || !e.pstyle('label').strValue) return;
      if (Number(e.pstyle('text-opacity').value) === 0 || e.effectiveOpacity() === 0) return;
      const px = e.pstyle('font-size').pfValue * zoom;
      if (px < e.pstyle('min-zoomed-font-size').pfValue) return;
      const b = e.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
      if (!(b.w > 0)) return;
      const box = { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y };
      // off the screen nothing is drawn
      if (box.x2 < 0 || box.y2 < 0 || box.x1 > cy.width() || box.y1 > cy.height()) return;
      labels.push({ id: e.id(), px, ...box });
    });
    return { labels, width: cy.width(), height: cy.height(), zoom };
  });
}

/** The pairs of drawn labels whose boxes overlap. */
function overlaps(labels: Drawn[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!, b = labels[j]!;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

const AREAS = [
  'region-vasterbotten', 'lansdel-umea', 'lansdel-skelleftea', 'lansdel-sodra-lappland',
  'kommun-bjurholm', 'kommun-dorotea', 'kommun-lycksele', 'kommun-mala', 'kommun-nordmaling', 'kommun-norsjo', 'kommun-robertsfors',
  'kommun-skelleftea', 'kommun-sorsele', 'kommun-storuman', 'kommun-umea', 'kommun-vilhelmina', 'kommun-vindeln', 'kommun-vannas', 'kommun-asele',
];

function expectReadable(d: Awaited<ReturnType<typeof drawnLabels>>) {
  const small = d.labels.filter((l) => l.px < 11).map((l) => `${l.id}: ${l.px.toFixed(1)} px`);
  expect(small, 'labels drawn under 11 px').toEqual([]);
  expect(overlaps(d.labels), 'drawn labels that overlap').toEqual([]);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  problems = watch(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the labels of the Västerbotten map', () => {
  it('at the default zoom: all drawn at least 11 px, none overlapping, every area named and whole on screen', async () => {
    await page.goto(server.url);
    await mapReady(page);
    const d = await drawnLabels();
    expectReadable(d);
    const drawn = new Map(d.labels.map((l) => [l.id, l]));
    expect(AREAS.filter((id) => !drawn.has(id)), 'areas without a drawn name').toEqual([]);
    for (const id of AREAS) {
      const l = drawn.get(id)!;
      expect(l.x1 >= 0 && l.y1 >= 0 && l.x2 <= d.width && l.y2 <= d.height, `${id}'s name whole on screen`).toBe(true);
    }
    await shot(page, 'labels-default.png');
  });

  it('zoomed in: the forums named too, still readable and apart', async () => {
    await page.locator('#cy').focus();
    // to about the zoom at which an ordinary label (11 in the stylesheet) reads at 11 px
    for (let i = 0; i < 12 && (await page.evaluate(() => (window as unknown as { __skMap: { zoom(): number } }).__skMap.zoom())) < 1; i++) await page.keyboard.press('+');
    const d = await drawnLabels();
    expectReadable(d);
    expect(d.zoom).toBeGreaterThanOrEqual(1);
    expect(d.labels.length).toBeGreaterThanOrEqual(4);
    // close up, the forums' names are drawn too
    expect(d.labels.some((l) => l.id.startsWith('forum-'))).toBe(true);
    await shot(page, 'labels-zoomed.png');
    await page.keyboard.press('0');
  });

  it('grouped by county part, and in English: still readable and apart', async () => {
    await page.selectOption('#f-group', 'countyPart');
    await page.waitForTimeout(600);
    const grouped = await drawnLabels();
    expectReadable(grouped);
    // the areas are named still, and the county parts' groups are titled
    const names = new Set(grouped.labels.map((l) => l.id));
    expect([...AREAS, 'group:lansdel-umea', 'group:lansdel-skelleftea', 'group:lansdel-sodra-lappland'].filter((id) => !names.has(id)), 'without a drawn name').toEqual([]);
    await shot(page, 'labels-countypart.png');
    await page.selectOption('#f-group', 'none');
    await page.click('#lang-switch');
    await expect.poll(() => page.locator('#tab-map').textContent()).toBe('Map');
    await page.waitForTimeout(300);
    const english = await drawnLabels();
    expectReadable(english);
    const named = new Set(english.labels.map((l) => l.id));
    expect(AREAS.filter((id) => !named.has(id)), 'areas without a drawn name, in English').toEqual([]);
    await page.click('#lang-switch');
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
