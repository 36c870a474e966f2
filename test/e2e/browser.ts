// Headless Chromium from the Debian package (never a downloaded browser),
// driven by playwright-core; screenshots go to test-results/e2e/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const RESULTS = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: install Debian's package with \`apt-get install -y chromium\``);
  mkdirSync(RESULTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Problems the page reported: uncaught errors and console errors. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // canvas2svg (inside cytoscape-svg) complains of text drawn with a background plate; the SVG is complete (see the export test)
    if (m.type() === 'error' && !m.text().startsWith('Attempted to apply path command to node text')) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

export async function shot(page: Page, name: string): Promise<string> {
  const path = join(RESULTS, name);
  await page.screenshot({ path });
  return path;
}

/** Waits until the map is drawn and interactive. */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !!(window as unknown as { __skMetrics?: object }).__skMetrics, null, { timeout: 60_000 });
}

/** A GraphQL request from the page, with its session cookie (what the signed-in person may do). */
export const gqlFrom = (page: Page, query: string, variables: Record<string, unknown> = {}) =>
  page.evaluate(async ([q, v]) => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'e2e' }, body: JSON.stringify({ query: q, variables: v }) });
    return res.json();
  }, [query, variables] as const) as Promise<{ data: Record<string, any>; errors?: unknown[] }>;

/**
 * A person's interactions with the page, counted: each key press, each word
 * or name typed, and moving the focus to where a flow starts is one.
 */
export function interactions(page: Page) {
  let n = 0;
  return {
    get count() { return n; },
    async focus(selector: string) { n++; await page.focus(selector); },
    async press(key: string) { n++; await page.keyboard.press(key); },
    async type(text: string) { n++; await page.keyboard.type(text); },
  };
}
