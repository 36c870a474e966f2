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
