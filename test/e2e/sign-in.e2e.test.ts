// On a server that requires signing in, the map asks for it, refuses a wrong
// password with the server's Swedish message, and opens once signed in.
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

describe('signing in', () => {
  it('asks for sign-in, refuses a wrong password, then opens the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = watch(page);
    await page.goto(server.url);
    await page.locator('form.sign-in').waitFor();
    await page.fill('#signin-user', 'lead');
    await page.fill('#signin-pass', 'fel');
    await page.click('form.sign-in button[type=submit]');
    await expect.poll(() => page.locator('form.sign-in .form-error').textContent()).toBe('Fel användarnamn eller lösenord.');
    await shot(page, '13-sign-in.png');
    await page.fill('#signin-pass', 'rätt-lösenord-123');
    await page.click('form.sign-in button[type=submit]');
    await mapReady(page);
    await expect.poll(() => page.locator('header .user').textContent()).toBe('Inloggad som Uppdragsledare');
    // the refused attempt is the only error the page saw (a 401 the browser logs)
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
    await page.close();
  });
});
