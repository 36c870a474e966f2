// Scale, measured in headless Chromium (software rendering, 2 cores): the
// Västerbotten map must be interactive within a second of load, and a
// synthetic graph of 10 000 nodes (~32 000 elements with its edges) must open
// and pan. Each renderer setting is measured the same way; the numbers are
// printed and kept in test-results/e2e/scale.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_NS } from '../../server/graphql/map-docs.ts';
import { LARGE } from '../../web/src/graph/lod.ts';
import { seedStore } from '../../seed/load.ts';
import { launch, mapReady, RESULTS, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';
import { syntheticCounty } from './synthetic.ts';

let browser: Browser;
const results: Record<string, unknown> = {};

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  writeFileSync(join(RESULTS, 'scale.json'), JSON.stringify(results, null, 2));
  console.log('scale measurements', JSON.stringify(results, null, 2));
});

interface Measure {
  /** From navigation start to the first drawn frame of the map. */
  interactiveMs: number;
  /** The graph and layout request, as the browser timed it. */
  graphRequestMs: number;
  nodes: number;
  edges: number;
  /** Elements Cytoscape holds: the whole graph, or the overview of its areas (graph/aggregate.ts). */
  drawn: number;
  /** Mean and worst frame while panning a frame at a time. */
  panFrameMs: number;
  panWorstMs: number;
  /** Mean and worst frame while a person zooms with the mouse wheel (level of detail applies to such gestures). */
  wheelFrameMs: number;
  wheelWorstMs: number;
}

async function measure(page: Page, url: string, opts: { zoom?: number } = {}): Promise<Measure> {
  await page.goto(url);
  await mapReady(page);
  const m = await page.evaluate(() => (window as unknown as { __skMetrics: { interactiveMs: number; nodes: number; edges: number; drawn: number } }).__skMetrics);
  const graphRequestMs = await page.evaluate(() => {
    const r = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graphql')) as PerformanceResourceTiming[];
    return Math.round(Math.max(...r.map((e) => e.duration)));
  });
  if (opts.zoom) await page.evaluate((z) => (window as unknown as { __skMap: { zoomTo(z: number): void } }).__skMap.zoomTo(z), opts.zoom);
  await page.waitForTimeout(300);
  // pan 60 frames, one step a frame, and time every frame
  const frames = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const map = (window as unknown as { __skMap: { panBy(x: number, y: number): void } }).__skMap;
        const times: number[] = [];
        let last = performance.now();
        let n = 0;
        const step = () => {
          const now = performance.now();
          if (n > 0) times.push(now - last);
          last = now;
          if (n++ >= 60) return resolve(times);
          map.panBy(n % 20 < 10 ? 12 : -12, 4);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  // a person's gesture: 16 wheel steps over the map, frames recorded meanwhile
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const loop = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (!w.__stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 16; i++) {
    await page.mouse.wheel(0, i < 8 ? -120 : 120);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
  const wheel = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
  const wheelMean = wheel.reduce((a, b) => a + b, 0) / Math.max(1, wheel.length);
  return {
    interactiveMs: m.interactiveMs, graphRequestMs, nodes: m.nodes, edges: m.edges, drawn: m.drawn,
    panFrameMs: Math.round(mean * 10) / 10, panWorstMs: Math.round(Math.max(...frames)),
    wheelFrameMs: Math.round(wheelMean * 10) / 10, wheelWorstMs: Math.round(Math.max(0, ...wheel)),
  };
}

describe('the Västerbotten map', () => {
  let server: E2eServer;
  beforeAll(async () => {
    server = await startServer({ seed: seedStore });
  });
  afterAll(async () => server?.close());

  it('is interactive within a second of load once its layout is stored', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watch(page);
    // the layout is stored as an editor stores it (the local user is one): "Ordna om"; opening the page never saves it
    await page.goto(server.url);
    await mapReady(page);
    await page.click('#relayout');
    await page.getByText('Layouten är sparad.').waitFor({ timeout: 90_000 });
    const runs: Measure[] = [];
    for (let i = 0; i < 3; i++) runs.push(await measure(page, server.url));
    results.vasterbotten = runs;
    const best = Math.min(...runs.map((r) => r.interactiveMs));
    expect(best).toBeLessThan(1000);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a synthetic graph of 10 000 nodes', () => {
  let server: E2eServer;
  beforeAll(async () => {
    const syn = syntheticCounty(400);
    server = await startServer({
      seed: async (store) => {
        await store.bulkUpsert(syn.batch, { by: 'scale-test' });
        await store.putDoc(LAYOUT_NS, 'main', { positions: syn.positions }, { by: 'scale-test' });
      },
    });
  }, 300_000);
  afterAll(async () => server?.close());

  // the comparison settings take minutes (WebGL runs in software without a GPU): SCALE_COMPARE=1 runs them
  // the default opens the overview of the areas (overview.e2e.test.ts); drawn whole is still measured, as the map draws a large selection
  const settings: Array<[string, string]> = [
    ['canvas, level of detail (default)', ''],
    ['canvas, level of detail, drawn whole', '?overview=off'],
    ...(process.env.SCALE_COMPARE ? ([['canvas, no level of detail', '?lod=off&overview=off'], ['webgl, level of detail', '?renderer=webgl&overview=off']] as Array<[string, string]>) : []),
  ];

  it.each(settings)('opens and pans: %s', async (name, query) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watch(page);
    const overview = await measure(page, `${server.url}${query}`);
    await shot(page, `scale-${query ? query.slice(1).replace(/[=&]/g, '-') : 'default'}.png`);
    const zoomed = await measure(page, `${server.url}${query}`, { zoom: 1 });
    results[name] = { overview, zoomedIn: zoomed };
    expect(overview.nodes).toBeGreaterThanOrEqual(10_000);
    // what is drawn: the overview's areas by default, every element with ?overview=off
    if (query.includes('overview=off')) expect(overview.drawn).toBeGreaterThanOrEqual(overview.nodes + overview.edges);
    else expect(overview.drawn).toBeLessThan(LARGE);
    // opens: drawn and answering within 20 s on this 2-core machine without a GPU
    expect(overview.interactiveMs).toBeLessThan(20_000);
    // pans: frames keep coming (no frame stuck for more than 2 s)
    expect(overview.panWorstMs).toBeLessThan(2000);
    expect(problems.filter((p) => !/WebGL|GPU|GroupMarkerNotSet/i.test(p))).toEqual([]);
    await page.close();
  }, 400_000);
});
