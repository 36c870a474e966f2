// A gap recorded from where it is seen (#17), in a real browser against the
// real server and the Västerbotten dataset: from a selected forum by keyboard
// only, interactions counted, the gap saved with the forum addressing it
// (ADDRESSES) and the link shown on both sides; from a detected finding and
// from a coverage cell the form opens prefilled.
//
// Counting rule (as in forum-flow.e2e.test.ts): every key press is one
// interaction (Tab, Enter, an arrow, Ctrl+Enter as one chord), typing a word
// or a name is one, and moving the focus to the control the flow starts from
// ("Registrera mellanrum" in the selected forum's details) is one. The forum
// is selected before the count starts: the flow begins where it is seen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeWithin, serious } from './axe.ts';
import { interactions, launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

const gql = <T>(query: string, variables?: object) => server.gql<T>(query, variables);

const counter = interactions;

const FORUM_ID = 'forum-lokal-samverkan-vindeln';
const chosen = (key: string) => page.locator(`[data-picker=${key}] ul.refs li`).allTextContents();

/** axe on the side panel, where the form is. */
const axeSide = async () => serious(await axeWithin(page, '#side-panel'));

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  problems = watch(page);
  // the forum selected, as a link to it opens it
  await page.goto(`${server.url}#sel=${FORUM_ID}`);
  await mapReady(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a gap from where it is seen', () => {
  it('from a selected forum in at most 5 interactions, addressed by the forum, shown on both sides', async () => {
    const forum = await gql<{ node: { name: string; careLevels: { name: string }[]; areas: { name: string }[]; targetGroups: { name: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Forum { name careLevels { name } areas { name } targetGroups { name } } } }`, { id: FORUM_ID });
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(forum.node.name);
    const io = counter(page);
    await io.focus('#record-gap');
    await io.press('Enter');
    await page.locator('form.node-form').waitFor();
    expect(await page.textContent('#form-title')).toBe('Registrera mellanrum');
    // prefilled as the forum implies: it addresses the gap; the gap lies between its care levels and areas, and affects its target groups
    expect(await chosen('addressedBy')).toHaveLength(1);
    expect((await chosen('addressedBy'))[0]).toContain(forum.node.name);
    const between = (await chosen('between')).join('\n');
    for (const n of [...forum.node.careLevels, ...forum.node.areas]) expect(between).toContain(n.name);
    const affects = (await chosen('affects')).join('\n');
    for (const n of forum.node.targetGroups) expect(affects).toContain(n.name);
    expect(await axeSide()).toEqual([]);
    await io.type('Utskrivning utan mottagare i Vindeln');
    await io.press('Control+Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), { timeout: 15_000 }).toBe('Utskrivning utan mottagare i Vindeln');
    expect(io.count).toBeLessThanOrEqual(5);
    expect(io.count).toBe(4);
    await shot(page, 'gap-flow-1-saved.png');

    const id = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'));
    const r = await gql<{ node: { addressedBy: { id: string }[] } }>(`query($id: ID!) { node(id: $id) { ... on Gap { addressedBy { id } } } }`, { id });
    expect(r.node.addressedBy.map((x) => x.id)).toEqual([FORUM_ID]);
    // the gap's details list the forum addressing it …
    const details = page.locator('sk-details article.details');
    await expect.poll(() => details.textContent()).toContain('Hanteras av');
    const back = details.locator('button.ref', { hasText: forum.node.name });
    await back.focus();
    await page.keyboard.press('Enter');
    // … and the forum's details list the gap it addresses
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(forum.node.name);
    await expect.poll(() => details.textContent()).toContain('Hanterar mellanrum');
    expect(await details.locator('button.ref', { hasText: 'Utskrivning utan mottagare i Vindeln' }).count()).toBe(1);
    await shot(page, 'gap-flow-2-both-sides.png');
  });

  it('from a detected finding: the form opens with its title, whom it lies between and what would address it', async () => {
    await page.click('#side-gaps');
    const title = page.locator('sk-gaps li.finding button.gap-title').first();
    await title.waitFor({ timeout: 30_000 });
    const key = await title.getAttribute('data-key');
    await title.focus();
    await page.keyboard.press('Enter');
    const record = page.locator('sk-gaps li.finding.selected button.record-finding');
    await record.focus();
    await page.keyboard.press('Enter');
    await page.locator('form.node-form').waitFor();
    const finding = await gql<{ gapAnalysis: { findings: Array<{ key: string; title: { sv: string }; between: { name: string; label: string }[] }> } }>(
      `{ gapAnalysis { findings { key title { sv } between { name label } } } }`);
    const f = finding.gapAnalysis.findings.find((x) => x.key === key)!;
    expect(await page.inputValue('#field-name')).toBe(f.title.sv);
    const between = (await chosen('between')).join('\n');
    for (const b of f.between.filter((x) => x.label === 'Actor' || x.label === 'CareLevel')) expect(between).toContain(b.name);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-name');
    await page.keyboard.press('Escape');
    await page.click('form.node-form .actions button:not(.primary)');
  });

  it('from a coverage cell: the form opens with the cell\'s area', async () => {
    await page.click('#tab-coverage');
    const cell = page.locator('table.coverage button[data-row="0"][data-col="0"]');
    await cell.waitFor({ timeout: 30_000 });
    const area = (await page.locator('table.coverage tbody tr').first().locator('th').textContent())!.trim();
    await cell.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#coverage-record-gap')).toContain(area);
    await page.focus('#coverage-record-gap');
    await page.keyboard.press('Enter');
    await page.locator('form.node-form').waitFor();
    expect((await chosen('between')).join('\n')).toContain(area);
    await shot(page, 'gap-flow-3-from-cell.png');
    expect(problems).toEqual([]);
  });
});
