// A forum with its participants in one flow (#17), in a real browser against
// the real server and the Västerbotten dataset, by keyboard only: the new-forum
// form takes the name and the participants (a search that finds "Lyck…" as
// you type, each hit with its principal), and saves the forum and its
// participations as ONE applyChanges. Interactions are counted.
//
// Counting rule: every key press is one interaction (Tab, Shift+Tab, Enter,
// an arrow, a letter that picks an option, Ctrl+Enter as one chord), typing a
// word or a name into a field is one interaction, and moving the focus to the
// control the flow starts from (here "+ Nytt forum", which a person would
// reach with a click or a few Tabs) is one interaction.
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

/** The person's interactions, counted by the rule above. */
const counter = interactions;

const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
const FORUM = `query($id: ID!) { node(id: $id) { ... on Forum { name status systemLevel participants { role actor { id name } } } } }`;
type ForumAnswer = { node: { name: string; status: string; systemLevel: string; participants: Array<{ role: string; actor: { id: string; name: string } }> } | null };

/** axe on the side panel, where the form is. */
const axeSide = async () => serious(await axeWithin(page, '#side-panel'));

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  problems = watch(page);
  await page.goto(server.url);
  await mapReady(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a forum with its participants in one flow', () => {
  it('a planned forum with two participants in at most 10 interactions, saved as one atomic change', async () => {
    const before = await gql<{ graph: { version: number } }>(`{ graph { version } }`);
    const io = counter(page);
    await io.focus('#create-forum');
    await io.press('Enter');
    await page.locator('form.node-form').waitFor();
    // the heading reads right in Swedish
    expect(await page.textContent('#form-title')).toBe('Nytt forum');
    expect(await focused()).toBe('field-name');
    await io.type('Samverkan Lycksele–Vindeln');
    await io.press('Tab');
    expect(await focused()).toBe('pick-participants');
    await io.type('Lyck');
    // the search finds as one types, each hit with its principal; the first is the one Enter adds
    const first = page.locator('#pick-participants-list [role=option]').first();
    await expect.poll(() => first.textContent()).toContain('Lycksele kommun');
    expect(await first.textContent()).toContain('Kommun');
    expect(await page.getAttribute('#pick-participants', 'aria-activedescendant')).toBe(await first.getAttribute('id'));
    await shot(page, 'forum-flow-1-search.png');
    await io.press('Enter');
    await io.type('Vindelns');
    await expect.poll(() => first.textContent()).toContain('Vindelns kommun');
    await io.press('Enter');
    const chosen = page.locator('[data-picker=participants] ul.refs li');
    await expect.poll(() => chosen.allTextContents()).toHaveLength(2);
    expect((await chosen.allTextContents()).join(' ')).toMatch(/Lycksele kommun[\s\S]*Ledamot[\s\S]*Vindelns kommun[\s\S]*Ledamot/);
    // nothing saved yet: the form holds the links until it saves
    expect((await gql<{ graph: { version: number } }>(`{ graph { version } }`)).graph.version).toBe(before.graph.version);
    expect(await axeSide()).toEqual([]);
    await io.press('Control+Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), { timeout: 15_000 }).toBe('Samverkan Lycksele–Vindeln');
    await shot(page, 'forum-flow-2-saved.png');
    expect(io.count).toBeLessThanOrEqual(10);
    expect(io.count).toBe(9);

    const id = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'));
    const r = await gql<ForumAnswer>(FORUM, { id });
    expect(r.node).toMatchObject({ name: 'Samverkan Lycksele–Vindeln', status: 'PLANNED' });
    expect(r.node!.participants.map((p) => [p.actor.id, p.role]).sort()).toEqual([['kommun-lycksele', 'MEMBER'], ['kommun-vindeln', 'MEMBER']]);
    // ONE applyChanges: the store's version moved on by one for the forum and both participations
    const after = await gql<{ graph: { version: number } }>(`{ graph { version } }`);
    expect(after.graph.version).toBe(before.graph.version + 1);
    // and one undo step, named by what it did
    expect(await page.textContent('#undo')).toContain('Samverkan Lycksele–Vindeln');
  });

  it('the role goes back to member after each addition, and a missing actor is created from inside the form', async () => {
    await page.focus('#create-forum');
    await page.keyboard.press('Enter');
    await page.locator('form.node-form').waitFor();
    await page.keyboard.type('Anhörigråd Sorsele');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sorsele k');
    // the role for this one: chair
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('pick-participants-role');
    await page.selectOption('#pick-participants-role', 'CHAIR');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    const chosen = page.locator('[data-picker=participants] ul.refs li');
    await expect.poll(() => chosen.allTextContents()).toHaveLength(1);
    expect(await chosen.first().textContent()).toContain('Ordförande');
    expect(await page.inputValue('#pick-participants-role')).toBe('MEMBER');
    expect(await focused()).toBe('pick-participants');
    // someone not on the map: offered to be created, described, and added
    await page.keyboard.type('Anhörigföreningen Sorsele');
    const create = page.locator('#pick-participants-list li.create');
    await expect.poll(() => create.textContent()).toContain('Skapa aktören ”Anhörigföreningen Sorsele”');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('new-actor-kind');
    await page.selectOption('#new-actor-kind', 'PATIENT_ORGANISATION');
    await page.selectOption('#new-actor-principal', 'CIVIL_SOCIETY');
    await page.keyboard.press('Enter');
    await expect.poll(() => chosen.allTextContents()).toHaveLength(2);
    expect(await chosen.nth(1).textContent()).toContain('(ny)');
    await shot(page, 'forum-flow-3-new-actor.png');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), { timeout: 15_000 }).toBe('Anhörigråd Sorsele');
    const id = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'));
    const r = await gql<ForumAnswer>(FORUM, { id });
    expect(r.node!.participants.map((p) => [p.actor.name, p.role]).sort()).toEqual([['Anhörigföreningen Sorsele', 'MEMBER'], ['Sorsele kommun', 'CHAIR']]);
    const made = r.node!.participants.find((p) => p.actor.name === 'Anhörigföreningen Sorsele')!.actor.id;
    const a = await gql<{ node: { name: string; actorKind: string; principal: string } }>(`query($id: ID!) { node(id: $id) { ... on Actor { name actorKind: kind principal } } }`, { id: made });
    expect(a.node).toEqual({ name: 'Anhörigföreningen Sorsele', actorKind: 'PATIENT_ORGANISATION', principal: 'CIVIL_SOCIETY' });
    expect(problems).toEqual([]);
  });

  it('every "Ny/Nytt" heading reads right in Swedish', async () => {
    const titles: string[] = [];
    for (const label of ['Initiative', 'CareLevel', 'TargetGroup']) {
      await page.selectOption('#create-other', label);
      await page.locator('form.node-form').waitFor();
      titles.push((await page.textContent('#form-title'))!);
      await page.click('form.node-form .actions button:not(.primary)');
    }
    await page.click('#create-actor');
    titles.push((await page.textContent('#form-title'))!);
    expect(titles).toEqual(['Nytt initiativ', 'Ny vårdnivå', 'Ny målgrupp', 'Ny aktör']);
  });
});
