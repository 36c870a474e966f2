// Where the keyboard's focus goes after an action, as a keyboard user edits:
// never to the page's body. After a save it returns to the control that
// opened the form (or acted); after a server error, to the message; when the
// control that acted is gone (a removed participant, a deleted element, a
// promoted finding), to the nearest place that goes on from there.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];
/** While set, the next applyChanges is answered with this GraphQL error instead of reaching the server. */
let failApply: { code: string; message: string } | null = null;

/** What has the focus: its id, else its accessible name or text; `BODY` when nothing does. */
const focused = () => page.evaluate(() => {
  const a = document.activeElement as HTMLElement | null;
  if (!a || a === document.body) return 'BODY';
  return a.id ? `#${a.id}` : (a.getAttribute('aria-label') ?? a.textContent?.trim() ?? a.tagName);
});

async function press(selector: string, key = 'Enter') {
  await page.focus(selector);
  await page.keyboard.press(key);
}

/** The page opened afresh (no form open, nothing to undo: the kept history cleared too), so each test stands on its own. */
async function fresh() {
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await mapReady(page);
}

async function open(name: string) {
  await page.fill('#search-input', name);
  await page.locator('sk-search [role=option]', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#details-title').textContent()).toBe(name);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  problems = watch(page);
  page.on('dialog', (d) => void (d.type() === 'confirm' ? d.accept() : d.dismiss()));
  await page.route('**/graphql', (route) => {
    const body = route.request().postDataJSON() as { query?: string } | null;
    if (failApply && body?.query?.includes('applyChanges')) {
      const { code, message } = failApply;
      failApply = null;
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: null, errors: [{ message, extensions: { code } }] }) });
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

describe('the focus after an action', () => {
  it('returns to ✎ Redigera after saving an edit', async () => {
    await fresh();
    await open('Lokal samverkan Vindeln');
    await press('#edit-button');
    await expect.poll(focused).toBe('#field-name');
    await page.selectOption('#field-status', 'PAUSED');
    await press('#form-save');
    await page.getByText('”Lokal samverkan Vindeln” sparades.').first().waitFor();
    await expect.poll(focused, { message: 'the focus after saving' }).toBe('#edit-button');
  });

  it('goes to the message after a server error, and stays in the form', async () => {
    await fresh();
    await open('Lokal samverkan Vindeln');
    await press('#edit-button');
    await page.selectOption('#field-status', 'ACTIVE');
    failApply = { code: 'INTERNAL', message: 'Internal server error' };
    await press('#form-save');
    await page.locator('#form-error').waitFor();
    expect(await page.locator('#form-error').textContent()).toContain('Något gick fel');
    await expect.poll(focused, { message: 'the focus after a server error' }).toBe('#form-error');
    await shot(page, 'focus-01-server-error.png');
    // saved on the second try, the focus goes back where the form was opened
    await press('#form-save');
    await page.getByText('”Lokal samverkan Vindeln” sparades.').first().waitFor();
    await expect.poll(focused).toBe('#edit-button');
  });

  it('returns to the control that opened the form on cancel, and on creating', async () => {
    await fresh();
    await open('Lokal samverkan Vindeln');
    await press('#edit-button');
    await page.focus('form.node-form button[type=button]');
    await page.keyboard.press('Enter');
    await expect.poll(focused, { message: 'the focus after cancelling' }).toBe('#edit-button');
    await press('#create-actor');
    await expect.poll(focused).toBe('#field-name');
    await page.keyboard.type('Fokusgruppen');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Fokusgruppen');
    await expect.poll(focused, { message: 'the focus after creating' }).toBe('#create-actor');
  });

  it('stays in the participant editor after adding and removing a participant, and after a refusal', async () => {
    await fresh();
    await open('Lokal samverkan Vindeln');
    await press('#edit-button');
    const editor = page.locator('fieldset[data-editor="participants"]');
    const name = (await editor.locator('#link-participants option').nth(1).textContent())!.trim();
    await editor.locator('#link-participants').selectOption({ label: name });
    await editor.getByRole('button', { name: 'Lägg till' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('ul.refs').textContent()).toContain(name);
    await expect.poll(focused, { message: 'the focus after adding' }).toBe('Lägg till');
    // the last participant's ✕: once it is gone, the focus goes to the one before
    const removes = editor.locator('ul.refs button.icon');
    const count = await removes.count();
    const last = (await removes.last().getAttribute('aria-label'))!;
    const before = (await removes.nth(count - 2).getAttribute('aria-label'))!;
    failApply = { code: 'INTERNAL', message: 'Internal server error' };
    await removes.last().focus();
    await page.keyboard.press('Enter');
    await page.locator('.toast.error').first().waitFor();
    await expect.poll(focused, { message: 'the focus after a refused removal' }).toBe(last);
    await page.keyboard.press('Enter');
    await expect.poll(() => removes.count()).toBe(count - 1);
    await expect.poll(focused, { message: 'the focus after removing' }).toBe(before);
    await page.focus('form.node-form button[type=button]');
    await page.keyboard.press('Enter');
  });

  it('goes to the side panel when the element shown is deleted', async () => {
    await fresh();
    await press('#create-actor');
    await page.keyboard.type('Att ta bort');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Att ta bort');
    await press('#delete-button');
    await page.getByText('”Att ta bort” togs bort.').first().waitFor();
    await expect.poll(focused, { message: 'the focus after deleting' }).toBe('#side-panel');
  });

  it('stays on ↶ Ångra when the last change is undone', async () => {
    await fresh();
    await open('Lokal samverkan Vindeln');
    await press('#edit-button');
    await page.selectOption('#field-status', 'PAUSED');
    await press('#form-save');
    await page.getByText('”Lokal samverkan Vindeln” sparades.').first().waitFor();
    // the undo applies the inverse, then reads the node it changed again (only a property changed: mapNodes, not the whole map)
    await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql' && /mapNodes/.test(r.request().postData() ?? '')), press('#undo')]);
    await page.getByText('Ändringen ångrades.').first().waitFor();
    await expect.poll(focused, { message: 'the focus after undoing the last change' }).toBe('#undo');
    expect(await page.locator('#undo').getAttribute('aria-disabled')).toBe('true');
    // pressed again, it says there is nothing to undo
    await page.keyboard.press('Enter');
    await page.getByText('Inget att ångra.').first().waitFor();
  });

  it('stays on Spara vyn after saving a view', async () => {
    await fresh();
    await page.click('#side-views');
    await page.fill('#view-name', 'Fokusvyn');
    await press('sk-views form button[type=submit]');
    await page.getByText('Vyn ”Fokusvyn” sparades.').first().waitFor();
    await expect.poll(focused, { message: 'the focus after saving a view' }).toBe('Spara vyn');
  });

  it('goes to the new recorded gap after promoting a finding', async () => {
    await fresh();
    await page.click('#side-gaps');
    const finding = page.locator('sk-gaps li.finding button.gap-title').first();
    await finding.waitFor({ timeout: 30_000 });
    const title = (await finding.locator('span').last().textContent())!.trim();
    await finding.focus();
    await page.keyboard.press('Enter');
    await press('sk-gaps li.finding.selected button.primary');
    await page.getByText('Fyndet registrerades som mellanrum.').first().waitFor();
    await expect.poll(focused, { message: 'the focus after promoting' }).toContain(title);
    // once the findings are analysed again, the promoted one is no longer among them
    await expect.poll(() => page.locator('sk-gaps li.finding', { hasText: title }).count()).toBe(0);
    expect(await page.evaluate(() => !!document.activeElement?.closest('sk-gaps li.gap-item:not(.finding)'))).toBe(true);
  });

  it('moves to the next finding after dismissing one', async () => {
    await fresh();
    await page.click('#side-gaps');
    await page.locator('sk-gaps li.finding button.gap-title').nth(1).waitFor({ timeout: 30_000 });
    const finding = page.locator('sk-gaps li.finding button.gap-title').first();
    const next = (await page.locator('sk-gaps li.finding button.gap-title').nth(1).locator('span').last().textContent())!.trim();
    await finding.focus();
    await page.keyboard.press('Enter');
    await page.fill('#dismiss-reason', 'Hanteras i annat forum');
    await press('sk-gaps li.finding.selected button.dismiss-finding');
    await page.getByText('Fyndet avfärdades.').first().waitFor();
    await expect.poll(focused, { message: 'the focus after dismissing' }).toContain(next);
  });

  it('moves focus between tabs with the arrow keys', async () => {
    await press('#tab-map', 'ArrowRight');
    await expect.poll(focused).toBe('#tab-list');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toBe('#tab-map');
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
