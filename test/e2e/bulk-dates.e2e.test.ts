// Several forums in one step (#17): a date can be cleared in bulk. In a real
// browser against the real server and the Västerbotten dataset, by keyboard:
// the forum selected on the map is ticked, 'Töm' beside its planned start
// clears it, and the store has no planned start for it afterwards.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

const gql = <T>(query: string, variables?: object) => server.gql<T>(query, variables);

let planned: { id: string; name: string; plannedStart: string };

beforeAll(async () => {
  server = await startServer();
  const g = await gql<{ graph: { nodes: Array<{ id: string; label: string; name: string; plannedStart: string | null }> } }>(`{ graph { nodes { id label name plannedStart } } }`);
  planned = g.graph.nodes.find((n) => n.label === 'Forum' && n.plannedStart) as typeof planned;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  problems = watch(page);
  await page.goto(`${server.url}#sel=${planned.id}`);
  await mapReady(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dates cleared in bulk', () => {
  it('clears the planned start of the forums chosen, in one step that undo puts back', async () => {
    expect(planned, 'a forum with a planned start in the dataset').toBeTruthy();
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(planned.name);
    await page.focus('#bulk-edit-open');
    await page.keyboard.press('Enter');
    await page.locator('#bulk-edit[open]').waitFor();
    await expect.poll(() => page.getAttribute('#bulk-edit form', 'aria-busy')).toBe('false');
    expect(await page.$$eval('#bulk-edit input[name=forum]:checked', (els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([planned.id]);
    await page.focus('#bulk-clear-plannedStart');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#bulk-clear-plannedStart')).toBe(true);
    expect(await page.isDisabled('#bulk-plannedStart')).toBe(true);
    await shot(page, 'bulk-dates-clear.png');
    await page.focus('#bulk-apply');
    await page.keyboard.press('Enter');
    await page.locator('#bulk-edit').waitFor({ state: 'detached' });
    const now = async () => (await gql<{ node: { plannedStart: string | null } }>(`query($id: ID!) { node(id: $id) { ... on Forum { plannedStart } } }`, { id: planned.id })).node.plannedStart;
    expect(await now()).toBeNull();
    await page.focus('#undo');
    await page.keyboard.press('Enter');
    await expect.poll(now).toBe(planned.plannedStart);
    expect(problems).toEqual([]);
  });
});
