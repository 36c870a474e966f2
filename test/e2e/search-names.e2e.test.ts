// Search lists hits as the person types, from the names the page already
// holds (web/src/graph/search.ts), without waiting for the API; the API's
// full-text search (descriptions and evidence too) answers after a pause and
// takes their place. Here the API's answers are held back to tell the two apart.
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];
/** Search requests held back, with the text asked for. */
const held: Array<{ text: string; route: Route }> = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  problems = watch(page);
  await page.route('**/graphql', (route) => {
    const body = route.request().postDataJSON() as { query?: string; variables?: { text?: string } } | null;
    if (body?.query?.includes('query Search')) {
      held.push({ text: body.variables?.text ?? '', route });
      return;
    }
    return route.fallback();
  });
  await page.goto(server.url);
  await mapReady(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const listed = () => page.locator('sk-search [role=option] .hit-name').allTextContents();

describe('search', () => {
  it('lists the names the page holds at once, before the API answers, and takes the API\'s answer when it comes', async () => {
    await page.focus('#search-input');
    await page.keyboard.type('samverkan vindeln');
    await expect.poll(listed, { timeout: 5_000 }).toContain('Lokal samverkan Vindeln');
    // nothing was answered by the API yet: the hit is the page's own
    await expect.poll(() => held.some((h) => h.text === 'samverkan vindeln')).toBe(true);
    expect(held.length).toBeGreaterThan(0);
    // a word found only in descriptions: nothing the page holds by name, the API's answer lists what it describes
    await page.fill('#search-input', '');
    await page.keyboard.type('närsjukvårdsområde');
    await expect.poll(() => held.some((h) => h.text === 'närsjukvårdsområde')).toBe(true);
    expect(await listed()).toEqual([]);
    for (const h of held.splice(0)) await h.route.fallback();
    await expect.poll(listed, { timeout: 5_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/./)]));
    expect((await listed()).every((n) => !/närsjukvårdsområde/i.test(n))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('chooses a hit of the page\'s own by keyboard while the API has not answered', async () => {
    await page.fill('#search-input', '');
    await page.keyboard.type('Lokal samverkan Vindeln');
    await expect.poll(listed, { timeout: 5_000 }).toContain('Lokal samverkan Vindeln');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Lokal samverkan Vindeln');
    for (const h of held.splice(0)) await h.route.fallback();
    expect(problems).toEqual([]);
  });
});
