// Undo and redo kept across a reload (#17), in a real browser against the
// real server and the Västerbotten dataset: a change, a reload, and the undo
// is offered by its name and works; redo does it again and is kept too; an
// undo of a step someone else has changed since is refused (CONFLICT), never
// written over their change.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

const gql = <T>(query: string, variables?: object) => server.gql<T>(query, variables);

const FORUM = 'forum-lokal-samverkan-vindeln';
const forum = async () => (await gql<{ node: { name: string; status: string; description: string | null } }>(
  `query($id: ID!) { node(id: $id) { ... on Forum { name status description } } }`, { id: FORUM })).node;
const undoText = () => page.textContent('#undo');
const redoText = () => page.textContent('#redo');

async function reload() {
  await page.reload();
  await mapReady(page);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  problems = watch(page);
  await page.goto(`${server.url}#sel=${FORUM}`);
  await mapReady(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('undo and redo kept across a reload', () => {
  it('a change, a reload, and the undo is offered by its name and works; redo does it again', async () => {
    const name = (await forum()).name;
    expect((await forum()).status).toBe('ACTIVE');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(name);
    await page.click('#edit-button');
    await page.selectOption('#field-status', 'PAUSED');
    await page.focus('#field-status');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => forum().then((f) => f.status)).toBe('PAUSED');
    await expect.poll(undoText).toBe(`↶ Ångra: ”${name}” sparades.`);

    await reload();
    // the same step, by its name, after the reload
    await expect.poll(undoText).toBe(`↶ Ångra: ”${name}” sparades.`);
    expect(await page.getAttribute('#undo', 'aria-disabled')).toBe('false');
    await shot(page, 'history-1-after-reload.png');
    await page.focus('#undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => forum().then((f) => f.status)).toBe('ACTIVE');
    await expect.poll(undoText).toBe('↶ Ångra');
    await expect.poll(redoText).toBe(`↷ Gör om: ”${name}” sparades.`);

    // redo is kept across a reload too, and works
    await reload();
    await expect.poll(redoText).toBe(`↷ Gör om: ”${name}” sparades.`);
    await page.focus('#redo');
    await page.keyboard.press('Enter');
    await expect.poll(() => forum().then((f) => f.status)).toBe('PAUSED');
    await expect.poll(undoText).toBe(`↶ Ångra: ”${name}” sparades.`);
    // named in English too, after a reload
    await page.click('#lang-switch');
    await expect.poll(undoText).toBe(`↶ Undo: “${name}” was saved.`);
    await page.click('#lang-switch');
    await expect.poll(undoText).toBe(`↶ Ångra: ”${name}” sparades.`);
  });

  it('an undo of a step someone else has changed since is refused, and their change stands', async () => {
    const name = (await forum()).name;
    // someone else changes the forum after this browser's step
    await gql(`mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version } }`, { c: [{ updateForum: { id: FORUM, patch: { description: 'Ändrat av någon annan' } } }] });
    await reload();
    await expect.poll(undoText).toBe(`↶ Ångra: ”${name}” sparades.`);
    await page.focus('#undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.toast.error').allTextContents()).toEqual([expect.stringContaining('Ändringen kunde inte ångras.')]);
    await shot(page, 'history-2-conflict.png');
    const f = await forum();
    expect(f.status).toBe('PAUSED');
    expect(f.description).toBe('Ändrat av någon annan');
    // the step stays offered
    expect(await undoText()).toBe(`↶ Ångra: ”${name}” sparades.`);
    expect(problems.filter((p) => !p.includes('409') && !p.includes('CONFLICT'))).toEqual([]);
  });
});
