// A committee opens a read-only link: an editor saves a view filtered to one
// municipality and makes a link to it; a browser that never signed in opens
// /v/<token> and sees that view's elements only, with no editing controls and
// no request to /graphql; once revoked, the page says the link no longer works.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A GraphQL call from the signed-in editor's page (its session cookie). */

type SharedHooks = { state(): string | undefined; ids(): string[]; edgeIds(): string[] };
const hooks = <T>(page: Page, f: (h: SharedHooks) => T) => page.evaluate(`(${f.toString()})(window.__skShared)`) as Promise<T>;

describe('a read-only link', () => {
  it('shows the saved view to someone not signed in, read-only and nothing more, until revoked', async () => {
    const editorContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const login = await editorContext.request.post(new URL('/auth/login', server.url).href, { data: { username: 'lead', password: 'rätt-lösenord-123' } });
    expect(login.status()).toBe(200);
    const editor = await editorContext.newPage();
    await editor.goto(`${server.url}#m=kommun-vindeln&side=views`);
    await mapReady(editor);
    await editor.fill('#view-name', 'Vindeln för nämnden');
    await editor.click('sk-views form button[type=submit]');
    await editor.locator('sk-views ul.views button.ref', { hasText: 'Vindeln för nämnden' }).waitFor();
    const views = await gqlFrom(editor, '{ savedViews { id name state } }');
    const view = (views.data.savedViews as Array<{ id: string; name: string; state: Record<string, string> }>).find((v) => v.name === 'Vindeln för nämnden')!;
    expect(view.state.m).toBe('kommun-vindeln');
    const created = await gqlFrom(editor, 'mutation($v: ID!) { createShareLink(viewId: $v) { token path link { id } } }', { v: view.id });
    expect(created.errors).toBeUndefined();
    const { path, link } = created.data.createShareLink as { path: string; link: { id: string } };
    // what the view's filter keeps of the whole map, as the API answers it
    const expected = await gqlFrom(editor, '{ graph(filter: { municipality: "kommun-vindeln" }) { nodes { id } edges { id } } }');
    const expectedIds = (expected.data.graph.nodes as Array<{ id: string }>).map((n) => n.id).sort();
    const whole = await gqlFrom(editor, '{ graph { nodes { id } } }');
    expect(expectedIds.length).toBeLessThan(whole.data.graph.nodes.length);

    // a committee member's browser: no cookie, never signed in
    const guestContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const guest = await guestContext.newPage();
    const problems = watch(guest);
    const requests: string[] = [];
    guest.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await guest.goto(new URL(path, server.url).href);
    await guest.waitForFunction(() => (window as unknown as { __skShared?: { state(): string | undefined } }).__skShared?.state() === 'ready', null, { timeout: 30_000 });
    expect(await guest.locator('h1').textContent()).toBe('Vindeln för nämnden');
    expect((await hooks(guest, (h) => h.ids())).sort()).toEqual(expectedIds);
    expect((await hooks(guest, (h) => h.edgeIds())).sort()).toEqual((expected.data.graph.edges as Array<{ id: string }>).map((e) => e.id).sort());
    // read-only: no form, no field, no button but the language switch, no sign-in
    expect(await guest.locator('form, input, textarea, select, sk-app, .sign-in').count()).toBe(0);
    expect(await guest.locator('button').allTextContents()).toEqual(['In English']);
    await guest.click('#shared-lang');
    await expect.poll(() => guest.locator('#shared-note').textContent()).toMatch(/^Read-only view/);
    await shot(guest, '40-share-link.png');
    expect(requests.filter((p) => p.startsWith('/graphql') || p.startsWith('/api/') && !p.startsWith('/api/shared/'))).toEqual([]);
    expect(problems).toEqual([]);

    // revoked: the same link now says it no longer works
    const revoked = await gqlFrom(editor, 'mutation($id: ID!) { revokeShareLink(id: $id) { revokedAt } }', { id: link.id });
    expect(revoked.errors).toBeUndefined();
    await guest.reload();
    await guest.waitForFunction(() => (window as unknown as { __skShared?: { state(): string | undefined } }).__skShared?.state() === 'gone', null, { timeout: 30_000 });
    expect(await guest.locator('h1').textContent()).toBe('Länken fungerar inte längre');
    expect(await hooks(guest, (h) => h.ids())).toEqual([]);
    await shot(guest, '41-share-link-revoked.png');
    await guestContext.close();
    await editorContext.close();
  });
});
