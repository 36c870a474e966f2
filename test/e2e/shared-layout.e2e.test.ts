// The shared layout changes only when an editor asks for it ("Ordna om",
// dragging). A viewer opening, grouping and filtering the map, and an editor
// who only looks, leave the stored positions exactly as they were: read
// through the API before and after, for every grouping's layout. Signed in on
// a server that requires it, with one viewer and one editor.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { seedStore } from '../../seed/load.ts';
import { launch, mapReady, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let token: string;
const KEYS = ['main', 'countypart', 'principal'];

/** The API as an analyst with a token: the stored layouts, not what any page shows. */
async function gql<T>(query: string, variables?: object): Promise<T> {
  const r = await fetch(new URL('/graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

type Stored = { key: string; updatedAt: string | null; updatedBy: string | null; positions: { id: string; x: number; y: number }[] };
/** Every grouping's stored layout, positions sorted. */
async function storedLayouts(): Promise<Stored[]> {
  const out: Stored[] = [];
  for (const key of KEYS) {
    const r = await gql<{ mapLayout: Stored }>(`query($k: ID) { mapLayout(key: $k) { key updatedAt updatedBy positions { id x y } } }`, { k: key });
    out.push({ ...r.mapLayout, positions: [...r.mapLayout.positions].sort((a, b) => a.id.localeCompare(b.id)) });
  }
  return out;
}

/** A signed-in page, and the layout saves it sends (as "key: n positions"). */
async function signedIn(user: string): Promise<{ context: BrowserContext; page: Page; saves: string[]; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page);
  const saves: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'POST' || !r.url().endsWith('/graphql') || !(r.postData() ?? '').includes('saveMapLayout')) return;
    const v = (JSON.parse(r.postData()!) as { variables: { key: string; positions: unknown[]; replace: boolean } }).variables;
    saves.push(`${v.key}: ${v.positions.length} positions${v.replace ? ', replacing' : ''}`);
  });
  await page.goto(server.url);
  await page.locator('form.sign-in').waitFor();
  await page.fill('#signin-user', user);
  await page.fill('#signin-pass', `${user}-lösenord-123`);
  await page.click('form.sign-in button[type=submit]');
  await mapReady(page);
  return { context, page, saves, problems };
}

/** What a person does to look at the map: open it, group it both ways, filter to a municipality, select, zoom and pan. */
async function lookAround(page: Page) {
  await page.waitForTimeout(500);
  await page.selectOption('#f-group', 'countyPart');
  await page.waitForTimeout(500);
  await page.selectOption('#f-group', 'principal');
  await page.waitForTimeout(500);
  await page.selectOption('#f-group', 'none');
  await page.waitForTimeout(300);
  await page.selectOption('#f-municipality', { label: 'Vindelns kommun' });
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=kommun-vindeln');
  await page.waitForTimeout(300);
  const p = await page.evaluate(() => (window as unknown as { __skMap: { pagePosition(id: string): { x: number; y: number } | null } }).__skMap.pagePosition('forum-lokal-samverkan-vindeln'));
  await page.mouse.click(p!.x, p!.y);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=forum-lokal-samverkan-vindeln');
  await page.locator('#cy').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  await page.click('text=Rensa filter');
  await page.reload();
  await mapReady(page);
  await page.waitForTimeout(800);
}

/** Drags a node by the mouse, as a person does. */
async function drag(page: Page, id: string, dx: number, dy: number) {
  const p = await page.evaluate((i) => (window as unknown as { __skMap: { pagePosition(id: string): { x: number; y: number } | null } }).__skMap.pagePosition(i), id);
  expect(p).not.toBeNull();
  await page.mouse.move(p!.x, p!.y);
  await page.mouse.down();
  await page.mouse.move(p!.x + dx / 2, p!.y + dy / 2, { steps: 5 });
  await page.mouse.move(p!.x + dx, p!.y + dy, { steps: 5 });
  await page.mouse.up();
}

const modelPosition = (page: Page, id: string) =>
  page.evaluate((i) => (window as unknown as { __skMap: { modelPosition(id: string): { x: number; y: number } | null } }).__skMap.modelPosition(i), id);

beforeAll(async () => {
  server = await startServer({
    env: { AUTH: 'required' },
    seed: async (store) => {
      await seedStore(store);
      const accounts = new Accounts(store);
      await accounts.createUser({ id: 'tittare', name: 'Tittare', role: 'VIEWER', password: 'tittare-lösenord-123' });
      await accounts.createUser({ id: 'ledare', name: 'Uppdragsledare', role: 'EDITOR', password: 'ledare-lösenord-123' });
      await accounts.createUser({ id: 'analytiker', name: 'Analytiker', role: 'ADMIN' });
      token = (await accounts.createToken('analytiker', 'layout-test', 1)).token;
    },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the shared layout', () => {
  it('is not saved when nothing is stored and an editor only opens, groups and filters the map: the page computes a layout for itself', async () => {
    const before = await storedLayouts();
    expect(before.every((l) => l.positions.length === 0 && l.updatedAt === null)).toBe(true);
    const { context, page, saves, problems } = await signedIn('ledare');
    // every element has a place on the page all the same
    const graph = await gql<{ graph: { nodes: { id: string }[] } }>(`{ graph { nodes { id } } }`);
    for (const id of ['region-vasterbotten', 'kommun-vindeln', 'forum-lokal-samverkan-vindeln']) expect(await modelPosition(page, id)).not.toBeNull();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __skMap: { shown(): number } }).__skMap.shown())).toBe(graph.graph.nodes.length);
    await lookAround(page);
    expect(await page.getByText('Layouten är sparad.').count()).toBe(0);
    expect(saves).toEqual([]);
    expect(await storedLayouts()).toEqual(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is not completed for everyone when it lacks elements (as after an import): the new ones get a place in the page only', async () => {
    // a stored layout that knows a third of the elements
    const graph = await gql<{ graph: { nodes: { id: string }[] } }>(`{ graph { nodes { id } } }`);
    const known = graph.graph.nodes.filter((_, i) => i % 3 === 0).map((n, i) => ({ id: n.id, x: (i % 10) * 120, y: Math.floor(i / 10) * 90 }));
    await gql(`mutation($p: [NodePositionInput!]!) { saveMapLayout(key: "main", positions: $p, replace: true) { key } }`, { p: known });
    const before = await storedLayouts();
    expect(before[0]!.positions).toHaveLength(known.length);
    for (const user of ['tittare', 'ledare']) {
      const { context, page, saves, problems } = await signedIn(user);
      const unknown = graph.graph.nodes.find((_, i) => i % 3 === 1)!.id;
      expect(await modelPosition(page, unknown)).not.toBeNull();
      await lookAround(page);
      expect(saves, `${user} sent no layout`).toEqual([]);
      expect(await storedLayouts(), `${user} left the stored layouts as they were`).toEqual(before);
      expect(problems, `${user} saw no error`).toEqual([]);
      await context.close();
    }
  });

  it('a viewer can neither re-lay out nor drag: no "Ordna om", and a dragged node stays put', async () => {
    const before = await storedLayouts();
    const { context, page, saves } = await signedIn('tittare');
    expect(await page.locator('#relayout').count()).toBe(0);
    const was = await modelPosition(page, 'kommun-vindeln');
    await drag(page, 'kommun-vindeln', 120, 60);
    await page.waitForTimeout(400);
    expect(await modelPosition(page, 'kommun-vindeln')).toEqual(was);
    expect(saves).toEqual([]);
    expect(await storedLayouts()).toEqual(before);
    await context.close();
  });

  it('an editor’s "Ordna om" saves the structured layout for everyone, and a drag saves where the node ended up', async () => {
    const graph = await gql<{ graph: { nodes: { id: string }[] } }>(`{ graph { nodes { id } } }`);
    const { context, page, saves, problems } = await signedIn('ledare');
    await page.click('#relayout');
    await page.getByText('Layouten är sparad.').first().waitFor({ timeout: 60_000 });
    const [main, countypart, principal] = await storedLayouts();
    expect(main!.positions.map((p) => p.id).sort()).toEqual(graph.graph.nodes.map((n) => n.id).sort());
    expect(main!.updatedBy).toBe('ledare');
    // only the layout of the grouping shown was saved
    expect(countypart!.updatedAt).toBeNull();
    expect(principal!.updatedAt).toBeNull();
    // the structured layout: the region's side left of the forums, the municipalities' right of them, a municipality's forums in its row
    const at = new Map(main!.positions.map((p) => [p.id, p]));
    expect(at.get('region-vasterbotten')!.x).toBeLessThan(at.get('forum-lanssamverkansgrupp')!.x);
    expect(at.get('forum-lokal-samverkan-vindeln')!.x).toBeLessThan(at.get('kommun-vindeln')!.x);
    expect(at.get('forum-lokal-samverkan-vindeln')!.y).toBe(at.get('kommun-vindeln')!.y);
    await shot(page, 'layout-relayout.png');
    const was = at.get('kommun-vindeln')!;
    await drag(page, 'kommun-vindeln', 80, -50);
    await expect.poll(async () => (await storedLayouts())[0]!.positions.find((p) => p.id === 'kommun-vindeln')).not.toEqual(was);
    const now = (await storedLayouts())[0]!.positions.find((p) => p.id === 'kommun-vindeln')!;
    const drawn = await modelPosition(page, 'kommun-vindeln');
    expect(now.x).toBeCloseTo(drawn!.x, 0);
    expect(now.y).toBeCloseTo(drawn!.y, 0);
    expect(saves).toHaveLength(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
