// Serving the map: the page at `/` with a security policy and no cache,
// hashed assets cached for a year, the page for unknown HTML requests, a JSON
// 404 for everything else; and when the build counts as missing or stale.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { web, webBuildStaleness, WEB_INPUTS } from '../../server/web.ts';

let dir: string;
let app: FastifyInstance;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
});

afterEach(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(dist: string) {
  app = Fastify();
  app.get('/health', async () => ({ status: 'ok' }));
  await app.register(web, { dist });
  await app.ready();
}

function fakeBuild(): string {
  const dist = join(dir, 'dist', 'web');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Samverkanskartan</title><sk-app></sk-app>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
  return dist;
}

describe('the web plugin', () => {
  it('serves the page at / without cache and with a content security policy', async () => {
    await serve(fakeBuild());
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain("object-src 'none'");
    expect(r.body).toContain('<sk-app>');
  });

  it('caches hashed assets for a year, other files not', async () => {
    await serve(fakeBuild());
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const other = await app.inject({ method: 'GET', url: '/robots.txt' });
    expect(other.headers['cache-control']).toBe('no-cache');
  });

  it('answers an HTML request for an unknown path with the page, anything else with a JSON 404', async () => {
    await serve(fakeBuild());
    const page = await app.inject({ method: 'GET', url: '/vy/vindeln', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<sk-app>');
    const missingAsset = await app.inject({ method: 'GET', url: '/assets/gone-123.js', headers: { accept: 'text/html' } });
    expect(missingAsset.statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/nothing-here', headers: { accept: 'application/json' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('leaves other routes alone', async () => {
    await serve(fakeBuild());
    expect((await app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
  });

  it('says the map is not built when there is no build', async () => {
    await serve(join(dir, 'nowhere'));
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('npm run build:web');
  });
});

describe('web build staleness', () => {
  function tree() {
    mkdirSync(join(dir, 'web', 'src'), { recursive: true });
    writeFileSync(join(dir, 'web', 'src', 'main.ts'), '');
    writeFileSync(join(dir, 'vite.config.ts'), '');
  }
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

  it('is missing without an index.html', () => {
    tree();
    expect(webBuildStaleness(dir)).toBe('missing');
  });

  it('is stale when any source is newer than the build, up to date otherwise', () => {
    tree();
    const dist = fakeBuild();
    at(join(dir, 'web', 'src', 'main.ts'), 1000);
    at(join(dir, 'web', 'src'), 1000);
    at(join(dir, 'web'), 1000);
    at(join(dir, 'vite.config.ts'), 1000);
    at(join(dist, 'index.html'), 2000);
    expect(webBuildStaleness(dir)).toBeNull();
    at(join(dir, 'web', 'src', 'main.ts'), 3000);
    expect(webBuildStaleness(dir)).toBe('stale');
  });

  it('counts the shared kernel the page bundles as an input', () => {
    expect(WEB_INPUTS).toEqual(expect.arrayContaining(['web', 'schema', 'vite.config.ts']));
  });
});
