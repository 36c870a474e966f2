// A presentation of two saved views, stepped through by keyboard: in the app
// (full screen over the map, each view's map with its caption; → and PageDown
// forward, ← and PageUp back, Esc leaves and the focus returns) and through a
// read-only link (the same steps, without signing in, nothing else).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, serious } from './axe.ts';
import { gqlFrom, launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ users: [{ id: 'lead', name: 'Uppdragsledare', role: 'EDITOR', password: 'rätt-lösenord-123' }] });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type SharedHooks = { state(): string | undefined; ids(): string[]; step(): number };
const hooks = <T>(page: Page, f: (h: SharedHooks) => T) => page.evaluate(`(${f.toString()})(window.__skShared)`) as Promise<T>;

describe('a presentation', () => {
  it('steps through its two views by keyboard in the app and through a read-only link', async () => {
    // bypassCSP: axe-core is added to the page as a script (axe.ts)
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const login = await context.request.post(new URL('/auth/login', server.url).href, { data: { username: 'lead', password: 'rätt-lösenord-123' } });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}#side=views`);
    await mapReady(page);
    for (const [id, name, m] of [['view-p-vindeln', 'Vindeln', 'kommun-vindeln'], ['view-p-umea', 'Umeå', 'kommun-umea']] as const) {
      expect((await gqlFrom(page, 'mutation($i: SavedViewInput!) { saveView(input: $i) { id } }', { i: { id, name, state: { m } } })).errors).toBeUndefined();
    }
    const created = await gqlFrom(page, 'mutation($i: PresentationInput!) { createPresentation(input: $i) { id } }', {
      i: { name: 'Till nämnden', slides: [{ viewId: 'view-p-vindeln', caption: 'Först Vindeln' }, { viewId: 'view-p-umea', caption: 'Sedan Umeå' }] },
    });
    expect(created.errors).toBeUndefined();
    const presentationId = created.data.createPresentation.id as string;
    const count = async (m: string) => ((await gqlFrom(page, `{ graph(filter: { municipality: "${m}" }) { nodes { id } } }`)).data.graph.nodes as unknown[]).length;
    const [vindeln, umea] = [await count('kommun-vindeln'), await count('kommun-umea')];
    expect(vindeln).not.toBe(umea);

    // the panel lists it (opened afresh, it reads the presentations)
    await page.reload();
    await mapReady(page);
    const show = page.getByRole('button', { name: 'Visa presentationen Till nämnden' });
    await show.waitFor();
    // the panel with its presentations and the form for a new one: no serious accessibility finding
    expect(serious(await axe(page))).toEqual([]);
    await show.focus();
    await page.keyboard.press('Enter');
    const mode = page.locator('.presentation-mode');
    await mode.waitFor();
    const caption = () => page.locator('.presentation-caption').textContent();
    const step = () => page.locator('.presentation-step').textContent();
    const mapLabel = () => page.locator('.presentation-map').getAttribute('aria-label');
    await expect.poll(caption).toBe('Först Vindeln');
    expect(await step()).toBe('Steg 1 av 2 · Vindeln');
    expect(await mapLabel()).toBe(`Karta: Vindeln, ${vindeln} element`);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('presentation-mode'))).toBe(true);
    await shot(page, '43-presentation-step-1.png');
    expect(serious(await axe(page))).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect.poll(caption).toBe('Sedan Umeå');
    expect(await step()).toBe('Steg 2 av 2 · Umeå');
    expect(await mapLabel()).toBe(`Karta: Umeå, ${umea} element`);
    await shot(page, '44-presentation-step-2.png');
    await page.keyboard.press('PageDown'); // already the last: stays
    expect(await caption()).toBe('Sedan Umeå');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(caption).toBe('Först Vindeln');
    await page.keyboard.press('PageDown');
    await expect.poll(caption).toBe('Sedan Umeå');
    await page.keyboard.press('PageUp');
    await expect.poll(caption).toBe('Först Vindeln');
    await page.keyboard.press('Escape');
    await expect.poll(() => mode.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Visa presentationen Till nämnden');
    expect(problems).toEqual([]);

    // the same presentation through a read-only link, without signing in
    const link = await gqlFrom(page, 'mutation($p: ID!) { createShareLink(presentationId: $p) { path } }', { p: presentationId });
    expect(link.errors).toBeUndefined();
    const guestContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const guest = await guestContext.newPage();
    const requests: string[] = [];
    guest.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await guest.goto(new URL(link.data.createShareLink.path as string, server.url).href);
    await guest.waitForFunction(() => (window as unknown as { __skShared?: { state(): string | undefined } }).__skShared?.state() === 'ready', null, { timeout: 30_000 });
    expect(await guest.locator('h1').textContent()).toBe('Till nämnden');
    expect(await guest.locator('#shared-caption-text').textContent()).toBe('Först Vindeln');
    expect(await hooks(guest, (h) => h.ids().length)).toBe(vindeln);
    await guest.keyboard.press('ArrowRight');
    await expect.poll(() => hooks(guest, (h) => h.step())).toBe(1);
    expect(await guest.locator('#shared-caption-text').textContent()).toBe('Sedan Umeå');
    expect(await guest.locator('#shared-step').textContent()).toBe('Steg 2 av 2 · Umeå');
    expect(await hooks(guest, (h) => h.ids().length)).toBe(umea);
    await shot(guest, '45-presentation-shared.png');
    await guest.keyboard.press('PageDown');
    expect(await hooks(guest, (h) => h.step())).toBe(1);
    await guest.keyboard.press('PageUp');
    await expect.poll(() => hooks(guest, (h) => h.step())).toBe(0);
    expect(requests.filter((p) => p.startsWith('/graphql') || (p.startsWith('/api/') && !p.startsWith('/api/shared/')))).toEqual([]);
    await guestContext.close();
    await context.close();
  });
});
