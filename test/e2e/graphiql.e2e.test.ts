// GraphiQL as an analyst on a hospital network without internet access uses
// it: every request to anywhere but this server is blocked, yet the editor
// opens, the docs explorer reads the schema (introspection, with the
// schema's descriptions) and a query runs with the session of the map's
// sign-in. The page asks for nothing from another origin.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { seedStore } from '../../seed/load.ts';
import { launch, shot, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
/** Requests the test refused: anything not to this server. */
const blocked: string[] = [];
const graphqlRequests: Request[] = [];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

beforeAll(async () => {
  server = await startServer({
    // signing in is required, so a query that runs proves the session cookie went with it
    env: { GRAPHIQL: 'true', AUTH: 'required' },
    seed: async (store) => {
      await seedStore(store);
      await new Accounts(store).createUser({ id: 'analytiker', name: 'Analytiker', role: 'VIEWER', password: 'analytikerns-lösenord' });
    },
  });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // the hospital network: nothing but this server answers (the context's routes cover the page and its workers)
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  page = await context.newPage();
  problems = watch(page);
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') graphqlRequests.push(r);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const queryEditorText = () => page.locator('.graphiql-query-editor .view-lines').innerText();
const responseText = () => page.locator('.graphiql-response .view-lines').innerText();

describe('GraphiQL without internet access', () => {
  it('opens the editor from this server’s own files, with the example query', async () => {
    // the map's sign-in: the session cookie GraphiQL's requests carry too
    const login = await context.request.post(new URL('/auth/login', server.url).href, { data: { username: 'analytiker', password: 'analytikerns-lösenord' } });
    expect(login.status()).toBe(200);

    const res = await page.goto(new URL('/graphiql', server.url).href);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self';");
    await page.locator('.graphiql-query-editor .view-lines').waitFor({ timeout: 30_000 });
    await expect.poll(queryEditorText, { timeout: 30_000 }).toContain('ForumsInUmeaCountyPart');
    // Monaco's language workers start (from /assets, no blob: or CDN): the query's syntax is coloured
    await expect.poll(() => page.locator('.graphiql-query-editor .view-lines span[class*="mtk"]').count(), { timeout: 30_000 }).toBeGreaterThan(3);
  });

  it('lists the schema in the docs explorer, with its descriptions', async () => {
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor();
    await expect.poll(() => docs.innerText(), { timeout: 30_000 }).toMatch(/Query/);
    await docs.getByRole('link', { name: 'Query', exact: true }).first().click();
    await expect.poll(() => docs.innerText()).toContain('gapAnalysis');
    await docs.getByRole('link', { name: 'forums', exact: true }).first().click();
    // the field's own page: its description from the SDL, in the users' words, and its arguments'
    await expect.poll(() => docs.innerText()).toMatch(/filter/);
    await expect.poll(() => docs.innerText()).toMatch(/Collaboration forums \(samverkansforum\)/);
    await expect.poll(() => docs.innerText()).toMatch(/How many per page, 0–500/);
    await shot(page, '20-graphiql-docs.png');
  });

  it('runs the query with the headers the server’s CSRF check asks for, and the session', async () => {
    const before = graphqlRequests.length;
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(responseText, { timeout: 30_000 }).toContain('totalCount');
    const text = await responseText();
    expect(text).toContain('"data"');
    expect(text).not.toMatch(/"errors"/);
    expect(text).toMatch(/Umeå|Vindeln|Bjurholm|Nordmaling|Robertsfors|Vännäs/);
    const sent = graphqlRequests.slice(before).find((r) => (r.postData() ?? '').includes('ForumsInUmeaCountyPart'));
    expect(sent, 'the query went to /graphql').toBeDefined();
    const headers = await sent!.allHeaders();
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-requested-with']).toBe('graphiql');
    expect(headers.cookie).toMatch(/svk_session=/);
    await shot(page, '21-graphiql-result.png');
  });

  it('asked for nothing outside this server, and the page reported no error', () => {
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  });
});
