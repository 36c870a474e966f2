// A local collaboration group's area report: from the map filtered to Vindeln,
// the link beside the area filter opens /rapport/kommun-vindeln, a page with the
// forums by system level, coverage, gaps and what the plan changes; it prints
// to A4 (a PDF with several pages, the buttons left off), reads in English, and
// tells someone not signed in to sign in rather than showing anything.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, serious } from './axe.ts';
import { RESULTS, launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ users: [{ id: 'lokal', name: 'Lokal grupp Vindeln', role: 'VIEWER', password: 'rätt-lösenord-123' }] });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the area report', () => {
  it('opens from the area filter, lists the area’s forums, coverage, gaps and plan, and prints to A4', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const login = await context.request.post(new URL('/auth/login', server.url).href, { data: { username: 'lokal', password: 'rätt-lösenord-123' } });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}#m=kommun-vindeln`);
    await mapReady(page);
    const link = page.locator('#area-report');
    await expect.poll(() => link.getAttribute('href')).toBe('/rapport/kommun-vindeln');
    expect(await link.textContent()).toContain('Vindelns kommun');

    await page.goto(new URL('/rapport/kommun-vindeln', server.url).href);
    await page.waitForFunction(() => document.body.dataset.report === 'ready', null, { timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toBe('Områdesrapport: Vindelns kommun');
    // Vindeln's own forums at their levels, and the region-wide ones that cover it from above at makro
    expect(await page.locator('table[data-level=MESO] tbody th').allTextContents()).toContainEqual(expect.stringContaining('Lokal samverkan Vindeln'));
    expect(await page.locator('table[data-level=MACRO] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('table.coverage tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('table.coverage tr[data-column=MACRO] td').first().textContent()).toBe('Täckt');
    // the planned forum is what the plan starts
    expect(await page.locator('section.plan div', { hasText: 'Startar' }).first().textContent()).toContain('Samarbetsteam Vindeln – hälsocentralen');
    expect(Number(await page.locator('dd[data-count=forums]').textContent())).toBe(await page.locator('table.forums tbody tr').count());
    expect(serious(await axe(page))).toEqual([]);
    expect(await page.getByText('Läser in rapporten').count()).toBe(0);
    await shot(page, 'area-report.png');

    // on paper: A4, several pages, no buttons
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#report-print').isVisible()).toBe(false);
    await page.screenshot({ path: `${RESULTS}area-report-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);

    // in English, by keyboard
    await page.focus('#report-lang');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Area report: Vindelns kommun');
    expect(page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-lang');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks someone not signed in to sign in, and shows nothing of the area', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/rapport/kommun-vindeln', server.url).href);
    await page.waitForFunction(() => document.body.dataset.report === 'signIn', null, { timeout: 30_000 });
    expect(await page.locator('[role=alert]').textContent()).toContain('Logga in');
    expect(await page.locator('table').count()).toBe(0);
    await context.close();
  });

  it('says so for an id that is not an area', async () => {
    const context = await browser.newContext();
    const login = await context.request.post(new URL('/auth/login', server.url).href, { data: { username: 'lokal', password: 'rätt-lösenord-123' } });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    await page.goto(new URL('/rapport/forum-lokal-samverkan-vindeln', server.url).href);
    await page.waitForFunction(() => document.body.dataset.report === 'notArea', null, { timeout: 30_000 });
    await page.goto(new URL('/rapport/finns-inte', server.url).href);
    await page.waitForFunction(() => document.body.dataset.report === 'notFound', null, { timeout: 30_000 });
    await context.close();
  });
});
