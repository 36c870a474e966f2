// Level of detail (issue #16): a map of LARGE elements or more opens as an
// overview of its areas (graph/aggregate.ts), each an aggregate carrying the
// counts of what is in it, and opens an area where the person asks (Enter on
// an area, a click on an aggregate, a search hit inside one). Measured on the
// synthetic county of scale.e2e.test.ts (400 municipalities in 20 county
// parts, ~10 000 elements and ~22 000 relationships); the first frame and the
// longest task are printed and kept in test-results/e2e/overview.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_NS } from '../../server/graphql/map-docs.ts';
import { LARGE, ZOOM_OPEN_REST_MS, ZOOM_OPEN_SHARE } from '../../web/src/graph/lod.ts';
import { axeWithin, serious } from './axe.ts';
import { launch, mapReady, RESULTS, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';
import { syntheticCounty } from './synthetic.ts';

const MUNICIPALITIES = 400;
const PARTS = MUNICIPALITIES / 20;
const syn = syntheticCounty(MUNICIPALITIES);

/** Each element's area as the generator placed it: municipality m is in county part m % PARTS; the region holds itself. */
function builtArea(id: string): string {
  const m = /^syn-m-(\d+)/.exec(id);
  if (m) return `syn-cp-${Number(m[1]) % PARTS}`;
  if (id.startsWith('syn-cp-')) return id;
  return 'syn-region';
}

interface Agg { id: string; area: string; total: number; forums: number; gaps: number; text: string }
type SkMap = {
  aggregates(): Agg[];
  drawnCount(): number;
  shownIds(): string[];
  pagePosition(id: string): { x: number; y: number } | null;
};
const map = <T>(page: Page, f: (m: SkMap) => T): Promise<T> => page.evaluate(`(${f.toString()})(window.__skMap)`) as Promise<T>;

let browser: Browser;
let server: E2eServer;
const results: Record<string, unknown> = {};

beforeAll(async () => {
  browser = await launch();
  server = await startServer({
    seed: async (store) => {
      await store.bulkUpsert(syn.batch, { by: 'overview-test' });
      await store.putDoc(LAYOUT_NS, 'main', { positions: syn.positions }, { by: 'overview-test' });
    },
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  writeFileSync(join(RESULTS, 'overview.json'), JSON.stringify(results, null, 2));
  console.log('overview measurements', JSON.stringify(results, null, 2));
});

/** Long tasks (PerformanceObserver 'longtask'), recorded from the page's first script on. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __longTaskSpans: Array<[number, number]> };
    w.__longTasks = [];
    w.__longTaskSpans = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longTasks.push(e.duration);
        w.__longTaskSpans.push([e.startTime, e.startTime + e.duration]);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longest = (page: Page, after = 0) => page.evaluate((n) => Math.round(Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks.slice(n))), after);
const taskCount = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);

describe('a large map opens as an overview', () => {
  it('draws one aggregate per area with the raw data\'s counts, far fewer than LARGE elements, quickly', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watch(page);
    await watchLongTasks(page);
    await page.goto(server.url);
    await mapReady(page);
    const metrics = await page.evaluate(() => (window as unknown as { __skMetrics: { interactiveMs: number; buildMs: number; nodes: number; edges: number; drawn: number; overview: boolean } }).__skMetrics);
    // the data behind it is the whole graph
    expect(metrics.nodes).toBe(syn.batch.nodes.length);
    expect(metrics.overview).toBe(true);
    // what Cytoscape holds, counted from cy itself
    const drawn = await map(page, (m) => m.drawnCount());
    expect(drawn).toBe(metrics.drawn);
    expect(drawn).toBeLessThan(LARGE / 10);
    const aggs = await map(page, (m) => m.aggregates());
    expect(aggs.map((a) => a.area).sort()).toEqual([...Array.from({ length: PARTS }, (_, p) => `syn-cp-${p}`), 'syn-region'].sort());
    for (const a of aggs) {
      const members = syn.batch.nodes.filter((n) => builtArea(n.id) === a.area);
      expect(a.total).toBe(members.length);
      expect(a.forums).toBe(members.filter((n) => n.label === 'Forum').length);
      expect(a.gaps).toBe(members.filter((n) => n.label === 'Gap').length);
    }
    const cp0 = aggs.find((a) => a.area === 'syn-cp-0')!;
    expect(cp0.text).toBe('Länsdel 1 (240 forum, 20 mellanrum)');
    await page.waitForTimeout(1000);
    // the data taken in, the page's render of it, the areas worked out and the overview counted are four tasks, none holding two of them
    const steps = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const tasks = (window as unknown as { __longTaskSpans?: Array<[number, number]> }).__longTaskSpans ?? [];
      return { data: at('sk-map-data'), shown: at('sk-map-shown'), areas: at('sk-map-areas'), overview: at('sk-map-overview'), tasks };
    });
    expect(steps.data).not.toBeNull();
    expect(steps.shown!).toBeGreaterThan(steps.data!);
    expect(steps.areas).not.toBeNull();
    expect(steps.overview).not.toBeNull();
    expect(steps.data!).toBeLessThan(steps.areas!);
    expect(steps.areas!).toBeLessThan(steps.overview!);
    for (const [start, end] of steps.tasks) {
      const inside = [steps.data!, steps.shown!, steps.areas!, steps.overview!].filter((t) => t >= start && t <= end);
      expect(inside.length, `a task from ${start} to ${end} ms`).toBeLessThanOrEqual(1);
    }
    const longTask = await longest(page);
    results.firstFrame = { interactiveMs: metrics.interactiveMs, buildMs: metrics.buildMs, drawnElements: drawn, graphNodes: metrics.nodes, graphEdges: metrics.edges, longestTaskMs: longTask };
    console.log(`overview first frame: ${metrics.interactiveMs} ms from navigation (map built in ${metrics.buildMs} ms), ${drawn} elements drawn of ${metrics.nodes + metrics.edges}; longest task ${longTask} ms`);
    await shot(page, 'overview-country.png');
    // the page answers: drawn whole, this graph froze the page for seconds (scale.e2e.test.ts, ?overview=off);
    // as an overview no task is long (0.2–0.5 s measured on 2 shared cores; the target is 0.2 s)
    expect(metrics.interactiveMs).toBeLessThan(20_000);
    expect(longTask).toBeLessThan(1000);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('counts what the filters leave visible, and draws a map the filters leave small as itself', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watch(page);
    // planned forums only (the status filter): still large, so still an overview, each area counting its planned forums
    await page.goto(`${server.url}#st=PLANNED`);
    await mapReady(page);
    const aggs = await map(page, (m) => m.aggregates());
    expect(aggs.length).toBe(PARTS + 1);
    for (const a of aggs) {
      const planned = syn.batch.nodes.filter((n) => builtArea(n.id) === a.area && n.label === 'Forum' && n.props.status === 'PLANNED');
      expect(a.forums).toBe(planned.length);
    }
    expect(aggs.find((a) => a.area === 'syn-cp-0')!.text).toBe(`Länsdel 1 (${40} forum, 20 mellanrum)`);
    // one municipality: a few dozen elements, drawn as themselves without aggregates
    const t0 = Date.now();
    await page.evaluate(() => {
      location.hash = 'm=syn-m-5';
    });
    await page.waitForFunction(() => (window as unknown as { __skMap: { aggregates(): unknown[] } }).__skMap.aggregates().length === 0);
    const filterMs = Date.now() - t0;
    const shown = await map(page, (m) => m.shownIds());
    // the municipality filter keeps the municipality, its actors, the forums covering it and its gaps (not the initiatives it owns)
    const own = syn.batch.nodes.filter((n) => (n.id === 'syn-m-5' || n.id.startsWith('syn-m-5-')) && n.label !== 'Initiative').map((n) => n.id);
    expect(shown.sort()).toEqual(own.sort());
    expect(await map(page, (m) => m.drawnCount())).toBeLessThan(LARGE);
    expect(await page.locator('.overview-bar').count()).toBe(0);
    // the filter cleared: the overview again
    await page.evaluate(() => {
      location.hash = '';
    });
    await page.waitForFunction((n) => (window as unknown as { __skMap: { aggregates(): unknown[] } }).__skMap.aggregates().length === n, PARTS + 1);
    // focus (one step) on a forum inside an aggregated area: its neighbourhood drawn as itself, the forum selected
    await page.evaluate(() => {
      location.hash = 'sel=syn-m-7-f-3&n=1';
    });
    await page.waitForFunction(() => (window as unknown as { __skMap: { aggregates(): unknown[] } }).__skMap.aggregates().length === 0);
    // its chair and member (actors 3 and 4) and the municipality it covers
    const hood = ['syn-m-7-f-3', 'syn-m-7', 'syn-m-7-a-3', 'syn-m-7-a-4'];
    await page.waitForFunction((ids) => {
      const shownNow = (window as unknown as { __skMap: { shownIds(): string[] } }).__skMap.shownIds();
      return ids.every((id) => shownNow.includes(id));
    }, hood);
    expect((await map(page, (m) => m.shownIds())).sort()).toEqual(hood.sort());
    expect(await page.evaluate(() => (window as unknown as { __skMap: { cy(): { getElementById(i: string): { selected(): boolean } } } }).__skMap.cy().getElementById('syn-m-7-f-3').selected())).toBe(true);
    await page.evaluate(() => {
      location.hash = '';
    });
    await page.waitForFunction((n) => (window as unknown as { __skMap: { aggregates(): unknown[] } }).__skMap.aggregates().length === n, PARTS + 1);
    results.filter = { toOneMunicipalityMs: filterMs, shown: shown.length };
    console.log(`filter to one municipality: ${filterMs} ms, ${shown.length} elements drawn`);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('opens an area with Enter, a click on an aggregate, or a search hit inside one, and goes back to the overview', async () => {
    // bypassCSP: axe is added to the page as a script (axe.ts)
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const problems = watch(page);
    await watchLongTasks(page);
    await page.goto(server.url);
    await mapReady(page);
    const before = await map(page, (m) => m.drawnCount());
    const tasksBefore = await taskCount(page);

    // keyboard: the list of areas, Enter on one
    await page.locator('.overview-areas summary').click();
    const button = page.locator('.overview-area[data-area="syn-cp-2"]');
    await expect(button).toBeTruthy();
    await button.focus();
    const t0 = Date.now();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __skMap: { aggregates(): { area: string }[] } }).__skMap.aggregates().every((a) => a.area !== 'syn-cp-2'));
    const expandMs = Date.now() - t0;
    const inside = syn.batch.nodes.filter((n) => builtArea(n.id) === 'syn-cp-2').map((n) => n.id).sort();
    expect((await map(page, (m) => m.shownIds())).sort()).toEqual(inside);
    expect((await map(page, (m) => m.aggregates())).length).toBe(PARTS);
    const expandLongTask = await longest(page, tasksBefore);
    // the opened area's overview counted and its first elements added: two tasks, not one
    const opened = await page.evaluate(() => {
      const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;
      return { overview: last('sk-map-overview'), sync: last('sk-map-sync'), tasks: (window as unknown as { __longTaskSpans: Array<[number, number]> }).__longTaskSpans };
    });
    expect(opened.overview).not.toBeNull();
    expect(opened.sync!).toBeGreaterThan(opened.overview!);
    for (const [start, end] of opened.tasks) expect(opened.overview! >= start && opened.sync! <= end, `a task from ${start} to ${end} ms`).toBe(false);
    results.expand = { ms: expandMs, elementsShown: inside.length, drawnAfter: await map(page, (m) => m.drawnCount()), longestTaskMs: expandLongTask };
    console.log(`expanding an area (${inside.length} elements): ${expandMs} ms; longest task ${expandLongTask} ms`);
    await expect(page.locator('#overview-collapse')).toBeTruthy();
    await shot(page, 'overview-expanded.png');
    // the overview's bar (its summary, the way back and the list of areas, opened) has nothing serious for axe
    await page.locator('.overview-areas summary').click();
    expect(serious(await axeWithin(page, '.overview-bar'))).toEqual([]);
    await page.locator('.overview-areas summary').click();

    // the view moved to the opened area's elements: every one of them is on the map's screen
    const box = (await page.locator('#cy').boundingBox())!;
    await page.waitForTimeout(300);
    const outside = await page.evaluate(({ ids, b }) => {
      const m = (window as unknown as { __skMap: { pagePosition(id: string): { x: number; y: number } | null } }).__skMap;
      return ids.filter((id) => {
        const p = m.pagePosition(id);
        return !p || p.x < b.x || p.x > b.x + b.width || p.y < b.y || p.y > b.y + b.height;
      });
    }, { ids: inside, b: box });
    expect(outside).toEqual([]);

    // pointer: the whole view ("Visa allt"), then a click on an aggregate opens its area
    await page.locator('.map-toolbar button').first().click();
    await page.waitForTimeout(300);
    const at = await map(page, (m) => m.pagePosition('agg:syn-cp-5'));
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await page.waitForFunction(() => (window as unknown as { __skMap: { aggregates(): { area: string }[] } }).__skMap.aggregates().every((a) => a.area !== 'syn-cp-5'));
    expect((await map(page, (m) => m.shownIds())).filter((id) => builtArea(id) === 'syn-cp-5').length).toBe(syn.batch.nodes.filter((n) => builtArea(n.id) === 'syn-cp-5').length);

    // back to the overview
    await page.locator('#overview-collapse').click();
    await page.waitForFunction((n) => (window as unknown as { __skMap: { drawnCount(): number } }).__skMap.drawnCount() === n, before);
    expect(await map(page, (m) => m.shownIds())).toEqual([]);

    // search: a hit inside an aggregate opens its area and is selected there
    await page.locator('#search-input').fill('Hälsocentral 8.1');
    await page.locator('#search-input').press('ArrowDown');
    await page.waitForSelector('[role="listbox"] li[role="option"]:not(.empty)');
    await page.locator('#search-input').press('Enter');
    await page.waitForFunction(() => /(^|[#&])sel=/.test(location.hash));
    const selected = decodeURIComponent(/sel=([^&]+)/.exec(await page.evaluate(() => location.hash))![1]!);
    await page.waitForFunction((id) => (window as unknown as { __skMap: { shownIds(): string[] } }).__skMap.shownIds().includes(id), selected);
    const area = builtArea(selected);
    expect((await map(page, (m) => m.aggregates())).map((a) => a.area)).not.toContain(area);
    expect(await page.evaluate((id) => (window as unknown as { __skMap: { cy(): { getElementById(i: string): { selected(): boolean } } } }).__skMap.cy().getElementById(id).selected(), selected)).toBe(true);
    await shot(page, 'overview-search.png');
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('opens an area when the person zooms in on it (the wheel), never when the page fits or zooms itself, and zooming out closes nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watch(page);
    await page.goto(server.url);
    await mapReady(page);
    const all = PARTS + 1;
    const areas = () => map(page, (m) => m.aggregates().map((a) => a.area));
    expect((await areas()).length).toBe(all);
    // the legend explains the overview's symbols while it is shown
    await page.waitForSelector('.legend-group[data-group="overview"] [data-selector="node.aggregate"]');
    expect(await page.locator('.legend-group[data-group="overview"] [data-selector="edge.aggregate"]').count()).toBe(1);
    const rest = () => page.waitForTimeout(ZOOM_OPEN_REST_MS * 3);
    const cyOf = 'window.__skMap.cy()';
    /** The aggregate's drawn size against the threshold: the map's smaller side times ZOOM_OPEN_SHARE. */
    const sizes = (id: string) => page.evaluate(`(() => { const cy = ${cyOf}; return { drawn: cy.getElementById(${JSON.stringify(id)}).renderedWidth(), big: Math.min(cy.width(), cy.height()) * ${ZOOM_OPEN_SHARE} }; })()`) as Promise<{ drawn: number; big: number }>;

    // the page zooms itself (as a search hit or a focus does): an aggregate as large as the map, under its centre, stays closed
    await page.evaluate(`(() => { const cy = ${cyOf}; const n = cy.getElementById('agg:syn-cp-3'); cy.zoom({ level: 4, position: n.position() }); })()`);
    const huge = await sizes('agg:syn-cp-3');
    expect(huge.drawn).toBeGreaterThan(huge.big);
    await rest();
    expect((await areas()).length).toBe(all);
    // the fit (the toolbar's button, and the key 0): nothing opens
    await page.locator('.map-toolbar button').first().click();
    await page.locator('#cy').focus();
    await page.keyboard.press('0');
    await rest();
    expect((await areas()).length).toBe(all);

    // the wheel over an aggregate: a little, and it is still small: nothing opens
    const at = (await map(page, (m) => m.pagePosition('agg:syn-cp-3')))!;
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -40);
    await rest();
    const small = await sizes('agg:syn-cp-3');
    expect(small.drawn).toBeLessThan(small.big);
    expect(await areas()).toContain('syn-cp-3');
    // on, until it is drawn larger than a third of the map's smaller side: once the zoom rests, it opens
    let steps = 0;
    for (; steps < 60; steps++) {
      const now = await sizes('agg:syn-cp-3');
      if (now.drawn > now.big) break;
      await page.mouse.wheel(0, -60);
      // quicker than the rest the map waits for: a zoom in progress opens nothing
      await page.waitForTimeout(ZOOM_OPEN_REST_MS / 5);
      expect(await areas()).toContain('syn-cp-3');
    }
    expect(steps).toBeLessThan(60);
    await page.waitForFunction(() => (window as unknown as { __skMap: { aggregates(): { area: string }[] } }).__skMap.aggregates().every((a) => a.area !== 'syn-cp-3'));
    const inside = syn.batch.nodes.filter((n) => builtArea(n.id) === 'syn-cp-3').map((n) => n.id).sort();
    expect((await map(page, (m) => m.shownIds())).sort()).toEqual(inside);
    expect((await areas()).length).toBe(all - 1);
    await shot(page, 'overview-zoom-opened.png');

    // the wheel out, far: the area stays open (the overview's button closes it)
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 120);
    await rest();
    expect(await areas()).not.toContain('syn-cp-3');
    expect((await areas()).length).toBe(all - 1);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('draws an opened area over several frames, and keeps its aggregate until every element is drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watch(page);
    await watchLongTasks(page);
    await page.goto(server.url);
    await mapReady(page);
    const before = await map(page, (m) => m.drawnCount());
    // every frame while it opens: how many elements Cytoscape holds, and whether the aggregate is still there
    await page.evaluate(() => {
      const w = window as unknown as { __frames: Array<[number, boolean]>; __skMap: { drawnCount(): number; aggregates(): { area: string }[] } };
      w.__frames = [];
      const tick = () => {
        w.__frames.push([w.__skMap.drawnCount(), w.__skMap.aggregates().some((a) => a.area === 'syn-cp-4')]);
        if (w.__frames.length < 600) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.locator('.overview-areas summary').click();
    await page.locator('.overview-area[data-area="syn-cp-4"]').focus();
    const tasksBefore = await taskCount(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __skMap: { aggregates(): { area: string }[] } }).__skMap.aggregates().every((a) => a.area !== 'syn-cp-4'));
    const after = await map(page, (m) => m.drawnCount());
    const frames = await page.evaluate(() => (window as unknown as { __frames: Array<[number, boolean]> }).__frames);
    const inside = syn.batch.nodes.filter((n) => builtArea(n.id) === 'syn-cp-4').map((n) => n.id).sort();
    expect((await map(page, (m) => m.shownIds())).sort()).toEqual(inside);
    // frames saw the area's elements arrive in parts, its aggregate standing meanwhile
    const between = frames.filter(([n]) => n > before && n < after);
    expect(between.length).toBeGreaterThan(0);
    expect(between.every(([, agg]) => agg)).toBe(true);
    const counts = [...new Set(between.map(([n]) => n))];
    expect(counts.length).toBeGreaterThan(1);
    const longTask = await longest(page, tasksBefore);
    console.log(`opening in slices: ${after - before} elements added over ${counts.length + 1} drawn states; longest task ${longTask} ms`);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the bands\' headings over a large map in the structured layout, worked out in a worker (no long task on the page for them)', async () => {
    // nothing stored: the page stands in the structured layout it computes itself, so the headings belong
    await server.store.deleteDoc(LAYOUT_NS, 'main');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      const problems = watch(page);
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await page.goto(server.url);
      await mapReady(page);
      await expect.poll(() => page.locator('.band-head').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.locator('.band-head .long').allTextContents()).toContain('Makro (strategisk)');
      expect(workers.some((u) => /bands-worker/.test(u))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.store.putDoc(LAYOUT_NS, 'main', { positions: syn.positions }, { by: 'overview-test' });
    }
  }, 120_000);
});
