// A live update that only changes properties patches the map the page holds:
// the changed nodes alone are read (`mapNodes`), not the whole map (at
// national scale 23 MB to parse and 130 000 elements to take in for one new
// name). A change that moves others (a new relationship) reads the whole map.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

const FORUM = 'forum-lokal-samverkan-vindeln';
const PASSWORD = 'bara-det-som-ändrats-1';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ users: [{ id: 'dag', name: 'Dag Ek', role: 'EDITOR', password: PASSWORD }] });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Cy = { cy(): { getElementById(id: string): { data(k: string): unknown; hasClass(c: string): boolean } } };
const dataOf = (page: Page, key: string) => page.evaluate(([id, k]) => (window as unknown as { __skMap: Cy }).__skMap.cy().getElementById(id!).data(k!) as string, [FORUM, key]);

describe('a live update of properties', () => {
  it('reads only the changed nodes and draws them; a new relationship reads the whole map', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const login = await context.request.post(new URL('/auth/login', server.url).href, { data: { username: 'dag', password: PASSWORD } });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const problems = watch(page);
    const reads: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/map') reads.push('map');
      else if (url.pathname === '/graphql' && /mapNodes/.test(r.postData() ?? '')) reads.push('mapNodes');
    });
    await page.goto(server.url);
    await mapReady(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('#live-down') === null)).toBe(true);
    // the live subscription is up once the server has a listener: give it the moment the page takes
    await page.waitForTimeout(500);
    reads.length = 0;
    // what Cytoscape is told meanwhile: data set on which elements (it styles and draws again whatever is set,
    // changed or not), and whether its canvases were resized (cleared and drawn whole again)
    await page.evaluate(() => {
      const w = window as unknown as { __skMap: { cy(): { on(ev: string, f: (e: { target: { id(): string } }) => void): void } }; __dataSet: string[]; __resized: number };
      w.__dataSet = [];
      w.__resized = 0;
      w.__skMap.cy().on('data', (e) => void w.__dataSet.push(e.target.id()));
      w.__skMap.cy().on('resize', () => void w.__resized++);
    });

    await server.store.apply([{ op: 'update', id: FORUM, props: { name: 'Lokal samverkan Vindeln (ny)', status: 'PAUSED' } }], { by: 'someone-else' });
    await expect.poll(() => dataOf(page, 'name'), { timeout: 10_000 }).toBe('Lokal samverkan Vindeln (ny)');
    // only the renamed forum's data was set, and nothing was resized (the page's size did not change)
    const told = await page.evaluate(() => ({ data: [...new Set((window as unknown as { __dataSet: string[] }).__dataSet)], resized: (window as unknown as { __resized: number }).__resized }));
    expect(told).toEqual({ data: [FORUM], resized: 0 });
    // drawn with its new status as well (the look follows the node)
    await expect.poll(() => page.evaluate((id) => (window as unknown as { __skMap: Cy }).__skMap.cy().getElementById(id).hasClass('s-paused'), FORUM), { timeout: 5_000 }).toBe(true);
    expect(reads).toEqual(['mapNodes']);

    reads.length = 0;
    await server.store.apply([{ op: 'link', type: 'COVERS', from: FORUM, to: 'kommun-umea', props: { source: 'illustrative' } }], { by: 'someone-else' });
    await expect.poll(() => reads, { timeout: 10_000 }).toEqual(['map']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
