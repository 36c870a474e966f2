// A page whose live connection drops: its WebSocket is cut, a change is made
// while it cannot hear of it (another page, still connected, keeps the
// server's change feed moving past it), and the page says it is reconnecting,
// opens the socket again by itself, and reads the map again so that the
// change it missed is drawn without a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duplex } from 'node:stream';
import { launch, mapReady, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

const FORUM = 'forum-lokal-samverkan-vindeln';
const PASSWORD = 'tappad-förbindelse-1';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ users: [{ id: 'cia', name: 'Cia Ek', role: 'EDITOR', password: PASSWORD }] });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The live sockets the server holds open: upgraded connections not yet closed. */
const open = new Set<Duplex>();
const sockets = () => {
  for (const s of open) if (s.destroyed) open.delete(s);
  return open;
};

describe('a dropped live connection', () => {
  it('is opened again by the page, which then draws the change it missed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const login = await context.request.post(new URL('/auth/login', server.url).href, { data: { username: 'cia', password: PASSWORD } });
    expect(login.status()).toBe(200);
    server.app.server.on('upgrade', (_req, socket: Duplex) => open.add(socket));
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(server.url);
    await mapReady(page);
    await expect.poll(() => sockets().size, { timeout: 10_000 }).toBe(1);
    const mine = [...sockets()][0]!;
    // a second page that stays connected throughout
    const other = await context.newPage();
    await other.goto(server.url);
    await mapReady(other);
    await expect.poll(() => sockets().size, { timeout: 10_000 }).toBe(2);
    const nameOnMap = () => page.evaluate((id) => (window as unknown as { __skMap: { cy(): { getElementById(id: string): { data(k: string): unknown } } } }).__skMap.cy().getElementById(id).data('name') as string, FORUM);
    expect(await nameOnMap()).toBe('Lokal samverkan Vindeln');

    // the page's connection dies, and someone changes the forum before it is back; the other page hears of it
    mine.destroy();
    await page.locator('#live-down').waitFor({ timeout: 5_000 });
    await server.store.apply([{ op: 'update', id: FORUM, props: { name: 'Lokal samverkan Vindeln (ny)' } }], { by: 'someone-else' });
    await expect.poll(() => other.evaluate((id) => (window as unknown as { __skMap: { cy(): { getElementById(id: string): { data(k: string): unknown } } } }).__skMap.cy().getElementById(id).data('name') as string, FORUM), { timeout: 10_000 }).toBe('Lokal samverkan Vindeln (ny)');

    // back by itself, on a new socket, with the missed change drawn and the notice gone
    await expect.poll(() => sockets().size, { timeout: 15_000 }).toBe(2);
    expect(sockets().has(mine)).toBe(false);
    await expect.poll(nameOnMap, { timeout: 10_000 }).toBe('Lokal samverkan Vindeln (ny)');
    await page.locator('#live-down').waitFor({ state: 'detached', timeout: 5_000 });
    // the cut socket's close is the only complaint a browser may log
    expect(problems.filter((p) => !/WebSocket/i.test(p))).toEqual([]);
    await context.close();
  });
});
