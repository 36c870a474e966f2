// An editor makes a read-only link from the views panel with the keyboard:
// opens the saved view's links, creates one, gets its URL once (with a copy
// button), and a browser that never signed in opens it; revoked from the same
// list, the link stops working.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
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

const sharedState = () => (window as unknown as { __skShared?: { state(): string | undefined } }).__skShared?.state();

describe('read-only links in the views panel', () => {
  it('are made by keyboard, shown once, open without signing in, and stop working when revoked', async () => {
    const editorContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await editorContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const login = await editorContext.request.post(new URL('/auth/login', server.url).href, { data: { username: 'lead', password: 'rätt-lösenord-123' } });
    expect(login.status()).toBe(200);
    const editor = await editorContext.newPage();
    const problems = watch(editor);
    await editor.goto(`${server.url}#m=kommun-vindeln&side=views`);
    await mapReady(editor);
    await editor.locator('#view-name').focus();
    await editor.keyboard.type('Vindeln för nämnden');
    await editor.keyboard.press('Enter');
    const toggle = editor.getByRole('button', { name: 'Läslänkar till Vindeln för nämnden' });
    await toggle.waitFor();

    // open the view's links, move to "Skapa länk" and press it: all by keyboard
    await toggle.focus();
    await editor.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => editor.locator('.share-links .empty-state').textContent()).toBe('Inga läslänkar till vyn.');
    // past the view's delete button (the row's last control) into the opened links
    await editor.keyboard.press('Tab');
    expect(await editor.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ta bort: Vindeln för nämnden');
    await editor.keyboard.press('Tab');
    expect(await editor.evaluate(() => document.activeElement?.className)).toBe('share-expiry');
    // left empty (no expiry): Tab walks through the date's fields (day, month, year) and on to the button
    for (let i = 0; i < 5 && (await editor.evaluate(() => document.activeElement?.className)) === 'share-expiry'; i++) await editor.keyboard.press('Tab');
    expect(await editor.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skapa länk');
    await editor.keyboard.press('Enter');

    // the URL, once, focused, with a copy button
    const urlField = editor.locator('.share-links input.share-url');
    await urlField.waitFor();
    await expect.poll(() => editor.evaluate(() => document.activeElement?.classList.contains('share-url'))).toBe(true);
    const url = await urlField.inputValue();
    expect(url.startsWith(new URL('/v/', server.url).href)).toBe(true);
    expect(new URL(url).pathname).toMatch(/^\/v\/svl_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    await editor.keyboard.press('Tab');
    expect(await editor.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Kopiera');
    await editor.keyboard.press('Enter');
    await expect.poll(() => editor.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect.poll(() => editor.locator('.share-list li').count()).toBe(1);
    expect(await editor.locator('.share-list li').textContent()).toMatch(/av lead · använd 0 gånger/);
    await shot(editor, '42-share-link-panel.png');

    // someone without an account opens it
    const guestContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const guest = await guestContext.newPage();
    await guest.goto(url);
    await guest.waitForFunction(sharedState, null, { timeout: 30_000 });
    await expect.poll(() => guest.evaluate(sharedState)).toBe('ready');
    expect(await guest.locator('h1').textContent()).toBe('Vindeln för nämnden');

    // shown once: closed and opened again, the panel lists the link (used once) but no longer shows its URL
    await toggle.focus();
    await editor.keyboard.press('Enter');
    await editor.keyboard.press('Enter');
    await expect.poll(() => editor.locator('.share-list li').textContent()).toMatch(/använd 1 gång\b/);
    expect(await editor.locator('input.share-url').count()).toBe(0);
    expect(await editor.evaluate(() => document.body.innerHTML.includes('svl_'))).toBe(false);

    // an expiring one, from the same form
    await editor.locator('.share-expiry').fill('2099-12-31');
    await editor.locator('.share-create').press('Enter');
    await expect.poll(() => editor.locator('.share-list li').count()).toBe(2);
    expect(await editor.locator('.share-list').textContent()).toMatch(/går ut .*2099/);

    // revoke the first one by keyboard: it stops working at once
    const firstRow = editor.locator('.share-list li').filter({ hasText: 'använd 1 gång' });
    await firstRow.locator('button.share-revoke').focus();
    await editor.keyboard.press('Enter');
    await expect.poll(() => firstRow.textContent()).toMatch(/återkallad/);
    expect(await firstRow.locator('button').count()).toBe(0);
    await guest.reload();
    await expect.poll(() => guest.evaluate(sharedState), { timeout: 30_000 }).toBe('gone');
    expect(await guest.locator('h1').textContent()).toBe('Länken fungerar inte längre');
    expect(problems).toEqual([]);
    await guestContext.close();
    await editorContext.close();
  });
});
