// Time (#16), in a real browser on the Västerbotten seed: a slider over the
// dates in the data moves the map's date by keyboard (arrows step from date
// to date, Home and End), labelled past, today or planned; "today vs plan"
// names what the plan adds and what ends, each name selecting its element on
// the map; axe finds nothing critical or serious in the filter panel.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, serious } from './axe.ts';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

interface Node { id: string; label: string; name: string; status: string | null; plannedStart: string | null; startDate: string | null; endDate: string | null }
let nodes: Node[];
let today: string;

type MapHooks = { classes(id: string): string[]; cy(): { $(sel: string): { map<T>(f: (n: { id(): string }) => T): T[] } } };
const classes = (id: string) => page.evaluate((i) => (window as unknown as { __skMap: MapHooks }).__skMap.classes(i), id);
const selectedOnMap = () => page.evaluate(() => (window as unknown as { __skMap: MapHooks }).__skMap.cy().$('node:selected').map((n) => n.id()));
const dateField = () => page.inputValue('#f-date');
const sliderLabel = async () => (await page.locator('sk-filters .time-slider output').textContent())?.trim();
const hash = async () => new URLSearchParams(await page.evaluate(() => location.hash.slice(1)));
const sv = new Intl.Collator('sv-SE');
const TEMPORAL = new Set(['Forum', 'Initiative']);

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  problems = watch(page);
  await page.goto(server.url);
  await mapReady(page);
  ({ graph: { nodes } } = await server.gql<{ graph: { nodes: Node[] } }>('{ graph { nodes { id label name status plannedStart startDate endDate } } }'));
  today = await dateField();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('today vs plan, by name', () => {
  it('names what the whole plan adds, in Swedish order, when compare is turned on by keyboard', async () => {
    // what the seed plans (the API's own data): every planned forum and initiative
    const planned = nodes.filter((n) => TEMPORAL.has(n.label) && n.status === 'PLANNED').map((n) => n.name).sort(sv.compare);
    expect(planned).toContain('Samarbetsteam Vindeln – hälsocentralen');
    expect(nodes.find((n) => n.id === 'forum-samarbetsteam-vindeln')?.plannedStart).toBe('2027-04-01');
    // running today with an end date ahead: what ends
    const ending = nodes
      .filter((n) => TEMPORAL.has(n.label) && (n.status === 'ACTIVE' || n.status === 'PAUSED') && n.endDate && n.endDate > today && (!n.startDate || n.startDate <= today))
      .map((n) => n.name).sort(sv.compare);

    expect(await page.locator('.diff-names').count()).toBe(0);
    await page.focus('#f-compare');
    await page.keyboard.press('Space');
    await expect.poll(() => page.isChecked('#f-compare')).toBe(true);
    await page.locator('ul.diff-names.added').waitFor();
    const added = await page.locator('ul.diff-names.added li button').allTextContents();
    expect(added.map((s) => s.trim())).toEqual(planned.slice(0, 20));
    expect(await page.locator('.diff-summary #diff-added-h strong').textContent()).toBe(String(planned.length));
    if (planned.length > 20) expect(await page.locator('.diff-summary').textContent()).toContain(`och ${planned.length - 20} till`);
    const ends = await page.locator('ul.diff-names.ending li button').allTextContents();
    expect(ends.map((s) => s.trim())).toEqual(ending.slice(0, 20));
    await page.locator('ul.diff-names.added').scrollIntoViewIfNeeded();
    await shot(page, '60-time-plan-names.png');
  });

  it('selects a named element on the map by Enter', async () => {
    expect(await selectedOnMap()).not.toContain('forum-samarbetsteam-vindeln');
    const name = page.locator('ul.diff-names.added li button', { hasText: 'Samarbetsteam Vindeln – hälsocentralen' });
    await name.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hash()).get('sel')).toBe('forum-samarbetsteam-vindeln');
    await expect.poll(selectedOnMap).toEqual(['forum-samarbetsteam-vindeln']);
    expect(await name.getAttribute('aria-current')).toBe('true');
  });
});

describe('the time slider', () => {
  /** The dates in the data (planned start, start, end of forums and initiatives) and today, as the API gives them. */
  const dates = () => [...new Set([today, ...nodes.filter((n) => TEMPORAL.has(n.label)).flatMap((n) => [n.plannedStart, n.startDate, n.endDate]).filter((d): d is string => !!d)])].sort();

  it('stands on today, and steps by keyboard to past and planned dates; the map, the date field and the link follow', async () => {
    const all = dates();
    const slider = page.locator('#f-slider');
    expect(await slider.getAttribute('max')).toBe(String(all.length - 1));
    expect(await slider.inputValue()).toBe(String(all.indexOf(today)));
    expect(await sliderLabel()).toBe(`I dag, ${today}`);
    expect(await slider.getAttribute('aria-valuetext')).toBe(`I dag, ${today}`);

    // an element that started after the first date in the data: not yet running there
    const later = nodes.find((n) => n.label === 'Forum' && n.status === 'ACTIVE' && n.startDate && n.startDate > all[0]! && n.startDate < today && !n.endDate)!;
    expect(later).toBeDefined();
    expect(await classes(later.id)).not.toContain('s-planned');

    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(dateField).toBe(all[0]);
    expect(await sliderLabel()).toBe(`Som det såg ut ${all[0]}`);
    expect(await slider.getAttribute('aria-valuetext')).toBe(`Som det såg ut ${all[0]}`);
    expect((await hash()).get('d')).toBe(all[0]);
    await expect.poll(() => classes(later.id)).toContain('s-planned');
    await page.locator('#time-h').scrollIntoViewIfNeeded();
    await shot(page, '61-time-slider-past.png');

    await page.keyboard.press('ArrowRight');
    await expect.poll(dateField).toBe(all[1]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-slider');

    await page.keyboard.press('End');
    const last = all[all.length - 1]!;
    await expect.poll(dateField).toBe(last);
    expect(await sliderLabel()).toBe(`Enligt planen ${last}`);
    expect((await hash()).get('d')).toBe(last);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(dateField).toBe(all[all.length - 2]);
  });

  it('stands on a date typed in the date field, and steps from it to its neighbours', async () => {
    const all = dates();
    const typed = '2025-05-05';
    expect(all).not.toContain(typed);
    await page.fill('#f-date', typed);
    await page.dispatchEvent('#f-date', 'change');
    await expect.poll(async () => (await hash()).get('d')).toBe(typed);
    const before = all.filter((d) => d < typed);
    expect(await page.inputValue('#f-slider')).toBe(String(before.length));
    await page.focus('#f-slider');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(dateField).toBe(before[before.length - 1]);
    // back to today: the "Today" button
    await page.getByRole('button', { name: 'I dag', exact: true }).click();
    await expect.poll(dateField).toBe(today);
    expect(await sliderLabel()).toBe(`I dag, ${today}`);
  });

  it('speaks English in English', async () => {
    await page.evaluate(() => { location.hash = new URLSearchParams({ lang: 'en', cmp: '1' }).toString(); });
    await expect.poll(sliderLabel).toBe(`Today, ${today}`);
    await page.focus('#f-slider');
    await page.keyboard.press('Home');
    await expect.poll(sliderLabel).toMatch(/^As it stood on \d{4}-\d{2}-\d{2}$/);
    await page.evaluate(() => { location.hash = ''; });
    await expect.poll(sliderLabel).toBe(`I dag, ${today}`);
  });
});

describe('a long plan', () => {
  it('shows the first 20 names and "och N till", which shows the rest and puts the focus on the first of them', async () => {
    const made = Array.from({ length: 22 }, (_, i) => `Ö-team ${String(i + 1).padStart(2, '0')}`);
    await server.store.apply([
      ...made.map((name, i) => ({ op: 'create' as const, label: 'Forum' as const, id: `forum-long-${i}`, props: { name, kind: 'TEAM', systemLevel: 'MICRO', status: 'PLANNED', plannedStart: '2031-01-01', source: 'illustrative' } })),
      ...['Ändas snart', 'Avslutas sedan'].map((name, i) => ({ op: 'create' as const, label: 'Forum' as const, id: `forum-ending-${i}`, props: { name, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', startDate: '2020-01-01', endDate: '2031-06-30', source: 'illustrative' } })),
    ], { by: 'e2e' });
    await page.evaluate(() => { location.hash = ''; });
    await page.reload();
    await mapReady(page);
    ({ graph: { nodes } } = await server.gql<{ graph: { nodes: Node[] } }>('{ graph { nodes { id label name status plannedStart startDate endDate } } }'));
    const planned = nodes.filter((n) => TEMPORAL.has(n.label) && n.status === 'PLANNED').map((n) => n.name).sort(sv.compare);
    expect(planned.length).toBeGreaterThan(20);

    await page.focus('#f-compare');
    await page.keyboard.press('Space');
    await page.locator('ul.diff-names.added').waitFor();
    expect((await page.locator('ul.diff-names.added li button').allTextContents()).map((x) => x.trim())).toEqual(planned.slice(0, 20));
    // Swedish order: the Ö names come after every other
    expect(planned.slice(-22)).toEqual(made);
    expect((await page.locator('ul.diff-names.ending li button').allTextContents()).map((x) => x.trim())).toEqual(['Avslutas sedan', 'Ändas snart']);
    const more = page.locator('button.diff-more');
    expect((await more.textContent())?.trim()).toBe(`och ${planned.length - 20} till`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('ul.diff-names.added li').count()).toBe(planned.length);
    expect(await more.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(planned[20]);
    await page.locator('ul.diff-names.ending').scrollIntoViewIfNeeded();
    await shot(page, '62-time-plan-long.png');
  });
});

describe('accessibility', () => {
  it('axe finds nothing critical or serious in the filter panel with the slider and the named lists', async () => {
    await page.evaluate(() => { location.hash = 'cmp=1'; });
    await page.locator('ul.diff-names.added').waitFor();
    const found = await axe(page);
    // only what lies in the filter panel (other panels have their own tests)
    const inPanel = await page.evaluate((vs) => vs.map((v) => ({ ...v, nodes: v.nodes.filter((n) => n.target.length === 1 && !!document.querySelector(n.target[0]!)?.closest('sk-filters')) })).filter((v) => v.nodes.length), found);
    expect(serious(inPanel)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
