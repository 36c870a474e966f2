// GraphiQL from the product's own build: /graphiql serves the built page
// (web/graphiql) with a policy that allows this origin only, the page and
// its bundle name no CDN, the switch off makes it a 404 (not the map), and
// the page's fetcher sends what the server's CSRF check asks for.
// The browser test (test/e2e/graphiql.e2e.test.ts) runs it with the network blocked.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_CSP } from '../../server/security.ts';
import { ensureWebBuild, WEB_DIST, webBuildStaleness } from '../../server/web.ts';
import { createFetcher, DEFAULT_QUERY } from '../../web/graphiql/fetcher.ts';
import { openHarness, type Harness } from '../api/harness.ts';

let h: Harness | undefined;

beforeAll(async () => {
  // the real build (a few seconds when missing or stale; one process at a time)
  await ensureWebBuild();
}, 300_000);

afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Every URL the page's markup names: src, href, and CSS url(). */
function urlsIn(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*("([^"]*)"|'([^']*)')|url\(\s*['"]?([^'")]+)/gi)].map((m) => (m[2] ?? m[3] ?? m[4])!.trim());
}

/** The page's markup without data: URLs (an inline SVG icon names its XML namespace, which is not a request). */
const withoutDataUrls = (html: string) => html.replace(/"data:[^"]*"|'data:[^']*'|url\(\s*data:[^)]*\)/g, '"data:"');

describe('GraphiQL at /graphiql', () => {
  it('serves the built page with a policy that allows no other origin', async () => {
    h = await openHarness({ data: 'fixture' });
    const res = await h.app.inject({ method: 'GET', url: '/graphiql', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(readFileSync(join(WEB_DIST, 'graphiql', 'index.html'), 'utf8'));
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toBe(GRAPHIQL_CSP);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("worker-src 'self';");
    expect(csp).not.toMatch(/https?:|unpkg|\*|'unsafe-eval'/);
  });

  it('names no external URL: every script, style and icon is this origin’s file or inline data', async () => {
    h = await openHarness({ data: 'fixture' });
    const html = (await h.app.inject('/graphiql')).body;
    const urls = urlsIn(html);
    expect(urls.filter((u) => u.startsWith('/assets/')).length).toBeGreaterThanOrEqual(2);
    expect(urls.filter((u) => !(u.startsWith('/') && !u.startsWith('//')) && !u.startsWith('data:'))).toEqual([]);
    expect(withoutDataUrls(html)).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    // and each file it names is served here
    for (const u of urls.filter((x) => x.startsWith('/assets/'))) {
      expect((await h.app.inject(u)).statusCode, u).toBe(200);
    }
  });

  it('bundles its code: no CDN in the built scripts and styles, Monaco’s workers among them', () => {
    const assets = readdirSync(join(WEB_DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(assets.some((f) => /^editor\.worker-.*\.js$/.test(f))).toBe(true);
    expect(assets.some((f) => /^graphql\.worker-.*\.js$/.test(f))).toBe(true);
    const cdn = /\b(?:unpkg\.com|esm\.sh|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)\b/;
    for (const f of assets) {
      const text = readFileSync(join(WEB_DIST, 'assets', f), 'utf8');
      expect(cdn.test(text), f).toBe(false);
      if (f.endsWith('.css')) expect(text, f).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
    }
  });

  it('is served only at /graphiql, not as a static file', async () => {
    h = await openHarness({ data: 'fixture' });
    expect((await h.app.inject({ method: 'GET', url: '/graphiql/index.html', headers: { accept: 'application/json' } })).statusCode).toBe(404);
  });

  it('is a 404 when switched off, for a browser too (not the map)', async () => {
    h = await openHarness({ data: 'fixture', env: { GRAPHIQL: 'false' } });
    for (const url of ['/graphiql', '/graphiql/', '/graphiql/index.html']) {
      const res = await h.app.inject({ method: 'GET', url, headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('<sk-app>');
    }
    // the map still falls back to its page
    expect((await h.app.inject({ method: 'GET', url: '/vy/vindeln', headers: { accept: 'text/html' } })).body).toContain('<sk-app>');
  });
});

describe('the build counts GraphiQL', () => {
  it('is missing when GraphiQL’s page has a source but no build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samverkan-graphiql-'));
    try {
      mkdirSync(join(dir, 'web', 'graphiql'), { recursive: true });
      writeFileSync(join(dir, 'web', 'graphiql', 'index.html'), '<div id="graphiql"></div>');
      mkdirSync(join(dir, 'dist', 'web'), { recursive: true });
      writeFileSync(join(dir, 'dist', 'web', 'index.html'), '<sk-app></sk-app>');
      expect(webBuildStaleness(dir)).toBe('missing');
      mkdirSync(join(dir, 'dist', 'web', 'graphiql'));
      writeFileSync(join(dir, 'dist', 'web', 'graphiql', 'index.html'), '<div id="graphiql"></div>');
      expect(webBuildStaleness(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the page’s fetcher', () => {
  it('posts JSON with x-requested-with and the session cookie, and the headers typed in GraphiQL', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetcher = createFetcher({
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init! });
        return new Response('{"data":{"me":{"via":"session"}}}', { headers: { 'content-type': 'application/json' } });
      },
    });
    expect(await fetcher({ query: '{ me { via } }' }, { headers: { 'x-trace': 'a1' } })).toEqual({ data: { me: { via: 'session' } } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/graphql');
    expect(calls[0]!.init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"query":"{ me { via } }"}' });
    expect(calls[0]!.init.headers).toMatchObject({ 'content-type': 'application/json', 'x-requested-with': 'graphiql', 'x-trace': 'a1' });
  });

  it('shows an answer that is not JSON as an error', async () => {
    const fetcher = createFetcher({ fetch: async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }) });
    expect(await fetcher({ query: '{ me { via } }' })).toEqual({ errors: [{ message: 'HTTP 502 Bad Gateway: <html>Bad gateway</html>' }] });
  });

  it('passes the server’s CSRF check, and its default query runs', async () => {
    h = await openHarness({ data: 'fixture' });
    const app = h.app;
    // the app in place of the network, as a browser on the same origin sends it
    const fetcher = createFetcher({
      fetch: async (url, init) => {
        const res = await app.inject({
          method: 'POST',
          url: String(url),
          headers: { ...(init!.headers as Record<string, string>), 'sec-fetch-site': 'same-origin', origin: 'http://localhost', host: 'localhost' },
          payload: init!.body as string,
        });
        return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type']) } });
      },
    });
    expect(await fetcher({ query: '{ me { via } }' })).toEqual({ data: { me: { via: 'local' } } });
    const result = await fetcher({ query: DEFAULT_QUERY, operationName: 'ForumsInUmeaCountyPart' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ forums: { totalCount: expect.any(Number), nodes: expect.any(Array) } });
  });
});
