// Two people at one map, each in their own browser (Anna Lind and Bo Berg,
// signed in on a server that requires it): what one saves appears in the
// other's open map within a second, without a reload, and the other's page
// says who made it; an edit based on what someone else has since changed is
// refused, said so in Swedish with what differs, and can be reloaded or
// saved anyway. Bo works with the keyboard only.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { seedStore } from '../../seed/load.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { axe, serious } from './axe.ts';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

const FORUM = 'forum-lokal-samverkan-vindeln';
const NAME = 'Lokal samverkan Vindeln';
const PASSWORD = 'tillsammans-på-kartan-1';

let server: E2eServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let anna: Page;
let bo: Page;
const problems: string[][] = [];

type MapHooks = { cy(): { getElementById(id: string): { data(k: string): unknown }; pan(): { x: number; y: number } }; zoom(): number; panBy(x: number, y: number): void };
const mapData = (page: Page, key: string) => page.evaluate(([id, k]) => (window as unknown as { __skMap: MapHooks }).__skMap.cy().getElementById(id!).data(k!) as string, [FORUM, key]);
const viewport = (page: Page) => page.evaluate(() => {
  const map = (window as unknown as { __skMap: MapHooks }).__skMap;
  return { zoom: map.zoom(), pan: map.cy().pan() };
});
const forumNow = async () => (await server.store.getNodes([FORUM]))[0] as unknown as Record<string, unknown>;

/** A browser of its own, signed in, with the forum selected. */
async function signedIn(username: string, hash: string): Promise<Page> {
  // axe's script is added past the page's CSP (test/e2e/axe.ts)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  problems.push(watch(page));
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(`${server.url}#${hash}`);
  await page.locator('form.sign-in').waitFor();
  await page.fill('#signin-user', username);
  await page.fill('#signin-pass', PASSWORD);
  await page.click('form.sign-in button[type=submit]');
  await mapReady(page);
  await page.locator('#details-title', { hasText: NAME }).waitFor();
  return page;
}

/** Anna saves one field of the forum through its form, as a person does. */
async function annaSaves(field: string, value: string) {
  await anna.click('#edit-button');
  await anna.selectOption(`#field-${field}`, value);
  const saved = anna.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('applyChanges'));
  await anna.click('#form-save');
  const response = await saved;
  expect((await response.json()).errors).toBeUndefined();
  await anna.locator('#edit-button').waitFor();
  return Date.now();
}

/** Bo, at the keyboard: Tab until `selector` has the focus, then Enter. */
async function boPresses(selector: string) {
  for (let i = 0; i < 40 && !(await bo.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)); i++) await bo.keyboard.press('Tab');
  expect(await bo.evaluate((s) => document.activeElement?.matches(s) ?? false, selector), `${selector} reached with Tab`).toBe(true);
  await bo.keyboard.press('Enter');
}

beforeAll(async () => {
  server = await startServer({
    env: { AUTH: 'required' },
    seed: async (store) => {
      await seedStore(store);
      const accounts = new Accounts(store);
      await accounts.createUser({ id: 'anna', name: 'Anna Lind', role: 'EDITOR', password: PASSWORD });
      await accounts.createUser({ id: 'bo', name: 'Bo Berg', role: 'EDITOR', password: PASSWORD });
    },
  });
  browser = await launch();
  anna = await signedIn('anna', `sel=${FORUM}`);
  // Bo has his own view: only forums and actors (and moved, below)
  bo = await signedIn('bo', `sel=${FORUM}&t=Forum,Actor`);
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('two people at one map', () => {
  it('shows Anna’s saved change in Bo’s open map within a second, without a reload, keeping his view, and says she made it', async () => {
    await bo.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await bo.evaluate(() => (window as unknown as { __skMap: MapHooks }).__skMap.panBy(120, -40));
    const hash = await bo.evaluate(() => location.hash);
    const seen = await viewport(bo);
    expect(await mapData(bo, 'text')).not.toContain('(pausat)');

    const savedAt = await annaSaves('status', 'PAUSED');
    // Bo's map draws it from the element's data, within a second of Anna's save
    await bo.waitForFunction((id) => String((window as unknown as { __skMap: MapHooks }).__skMap.cy().getElementById(id).data('text')).includes('(pausat)'), FORUM, { timeout: 1_000, polling: 25 });
    expect(Date.now() - savedAt).toBeLessThan(1_000);
    expect(await mapData(bo, 'name')).toBe(NAME);
    await expect.poll(() => bo.locator('#live-news').textContent(), { timeout: 1_000 }).toContain(`Anna Lind ändrade ”${NAME}”`);
    expect(await bo.locator('#live-news').getAttribute('role')).toBe('status');
    // the same page, with Bo's selection, filters and zoom
    expect(await bo.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await bo.evaluate(() => location.hash)).toBe(hash);
    expect(await viewport(bo)).toEqual(seen);
    await expect.poll(() => bo.locator('sk-details dl.props').textContent()).toContain('Pausat');
    // Anna's own page says nothing of her own change
    expect(await anna.locator('#live-news').textContent()).not.toContain('Anna Lind');
    await shot(bo, 'together-01-live.png');
  });

  it('refuses Bo’s edit of what Anna changed after he opened the form, says so, and reloads hers or saves his anyway', async () => {
    // Bo opens the form and starts writing
    await bo.focus('#edit-button');
    await bo.keyboard.press('Enter');
    await expect.poll(() => bo.evaluate(() => document.activeElement?.id)).toBe('field-name');
    await bo.focus('#field-description');
    await bo.keyboard.type('Bo: möts varje vecka');

    // meanwhile Anna changes the forum's mandate; Bo's open form stays as he left it
    await annaSaves('mandate', 'DECIDES');
    await expect.poll(() => bo.locator('#live-news').textContent()).toContain(`Anna Lind ändrade ”${NAME}”`);
    expect(await bo.inputValue('#field-description')).toBe('Bo: möts varje vecka');
    expect(await bo.inputValue('#field-mandate')).toBe('COORDINATES');

    // Bo saves: refused, said so in Swedish, with the focus on the message and what differs
    await boPresses('#form-save');
    const conflict = bo.locator('#conflict');
    await conflict.waitFor();
    await expect.poll(() => bo.evaluate(() => document.activeElement?.id)).toBe('conflict');
    expect(await conflict.getAttribute('role')).toBe('alert');
    expect(await conflict.textContent()).toContain(`”${NAME}” har ändrats av någon annan sedan du öppnade formuläret. Din ändring sparades inte.`);
    expect(await conflict.locator('tr[data-field=mandate] td.yours').textContent()).toBe(sv.enums.Mandate.COORDINATES);
    expect(await conflict.locator('tr[data-field=mandate] td.current').textContent()).toContain(sv.enums.Mandate.DECIDES);
    expect(await conflict.locator('tr[data-field=description] td.yours').textContent()).toBe('Bo: möts varje vecka');
    expect(await forumNow()).toMatchObject({ mandate: 'DECIDES', status: 'PAUSED' });
    expect((await forumNow()).description).toBeUndefined();
    await shot(bo, 'together-02-conflict.png');
    expect(serious(await axe(bo))).toEqual([]);

    // "Läs in det nya": the form with Anna's value, Bo's let go
    await boPresses('#conflict-reload');
    await expect.poll(() => bo.inputValue('#field-mandate')).toBe('DECIDES');
    expect(await bo.inputValue('#field-description')).toBe('');
    expect(await bo.locator('#conflict').count()).toBe(0);

    // Bo writes again; Anna changes the mandate once more before he saves
    await bo.focus('#field-description');
    await bo.keyboard.type('Bo: möts varje vecka');
    await annaSaves('mandate', 'ADVISES');
    await boPresses('#form-save');
    await bo.locator('#conflict').waitFor();
    await expect.poll(() => bo.evaluate(() => document.activeElement?.id)).toBe('conflict');

    // "Spara mitt ändå": his description over her version, her mandate kept
    await boPresses('#conflict-force');
    await bo.getByText(`”${NAME}” sparades.`).first().waitFor();
    expect(await forumNow()).toMatchObject({ mandate: 'ADVISES', description: 'Bo: möts varje vecka', updatedBy: 'bo' });
    // and Anna's open map hears of it
    await expect.poll(() => anna.locator('#live-news').textContent()).toContain(`Bo Berg ändrade ”${NAME}”`);
    await shot(bo, 'together-03-saved-anyway.png');
  });

  it('saw no errors in either page', () => {
    // the sign-in form's first question is answered 401 before anyone signs in
    for (const p of problems) expect(p.filter((x) => !x.includes('401'))).toEqual([]);
  });
});
