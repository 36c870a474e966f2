// The web map: a Fastify plugin that serves the Vite build (dist/web) at `/`,
// with a long cache for hashed assets, no cache for the page itself, a
// content security policy, and a fallback to the page for HTML requests
// (single-page app). The same build holds GraphiQL's page, served at
// `/graphiql` when the GRAPHIQL switch is on. `ensureWebBuild()` runs the
// build at start when the build is missing or older than its sources.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { CONTENT_SECURITY_POLICY, GRAPHIQL_CSP } from './security.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIST = join(ROOT, 'dist', 'web');

/**
 * What the build is made from: the web sources (the map's web/src and
 * GraphiQL's web/graphiql), the shared kernel in schema/ (the only code the
 * page shares with the server: enums, vocabulary, the map filter and date
 * rules; test/web/kernel.test.ts holds the page to it), the Vite config, and
 * the installed packages (GraphiQL, React and Monaco come from package-lock.json).
 */
export const WEB_INPUTS = ['web', 'schema', 'vite.config.ts', 'package-lock.json'];

/** The pages the build makes (Vite's inputs in vite.config.ts), each at the same path under web/ and dist/web/. */
export const WEB_PAGES = { map: 'index.html', graphiql: 'graphiql/index.html', shared: 'shared.html', report: 'report.html' } as const;


const HASHED = /^\/assets\//;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Why the build must run, or null when it is up to date. */
export function webBuildStaleness(root = ROOT, dist = join(root, 'dist', 'web')): string | null {
  const index = join(dist, WEB_PAGES.map);
  if (!existsSync(index)) return 'missing';
  // a page whose source is there but whose build is not (a build from before that page existed)
  for (const page of Object.values(WEB_PAGES)) if (existsSync(join(root, 'web', page)) && !existsSync(join(dist, page))) return 'missing';
  const built = statSync(index).mtimeMs;
  const newest = Math.max(...WEB_INPUTS.map((p) => newestMtime(join(root, p))));
  return newest > built ? 'stale' : null;
}

/** A lock older than this was left by a build that died; it is taken over. */
const LOCK_STALE_MS = 10 * 60_000;

/**
 * One build at a time across processes (`npm start`, the tests, a second
 * server): a lock folder beside dist/web, made atomically by mkdir.
 */
async function withBuildLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface WebBuildResult {
  built: boolean;
  reason: 'missing' | 'stale' | null;
  ms: number;
}

/**
 * Runs the Vite build when dist/web is missing or older than any of its
 * inputs. Builds into a temporary folder and swaps it in, so a server that
 * is serving the old build never sees a half-written one; a build another
 * process is running is waited for, not run twice.
 */
export async function ensureWebBuild(opts: { root?: string; log?: (msg: string) => void; force?: boolean } = {}): Promise<WebBuildResult> {
  const root = opts.root ?? ROOT;
  const dist = join(root, 'dist', 'web');
  const staleness = () => (opts.force ? 'stale' : (webBuildStaleness(root, dist) as WebBuildResult['reason']));
  if (!staleness()) return { built: false, reason: null, ms: 0 };
  return withBuildLock(join(root, 'dist', '.web-build.lock'), async () => {
    // another process may have built it while this one waited
    const reason = staleness();
    if (!reason) return { built: false, reason: null, ms: 0 };
    return runBuild(root, dist, reason, opts.log);
  });
}

async function runBuild(root: string, dist: string, reason: NonNullable<WebBuildResult['reason']>, log?: (msg: string) => void): Promise<WebBuildResult> {
  const started = Date.now();
  log?.(`Web build ${reason}: building the map and GraphiQL with Vite …`);
  const tmp = `${dist}.build-${process.pid}-${started}`;
  const { build: viteBuild } = await import('vite');
  // libraries pick their production builds by NODE_ENV (Lit's dev mode warns in the console otherwise);
  // a test runner sets it to `test`, so the build sets it for its own duration
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
    rmSync(dist, { recursive: true, force: true });
    renameSync(tmp, dist);
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
    rmSync(tmp, { recursive: true, force: true });
  }
  const ms = Date.now() - started;
  log?.(`Web build done in ${ms} ms`);
  return { built: true, reason, ms };
}

export interface WebPluginOptions {
  /** Where the build is; dist/web by default. */
  dist?: string;
  /** Serve GraphiQL's page at /graphiql (the GRAPHIQL switch); off by default. */
  graphiql?: boolean;
}

function sendPage(reply: FastifyReply, page: string, csp = CONTENT_SECURITY_POLICY) {
  // the app's own security headers (helmet) take precedence for the map when it sets them; a page with its own policy sets it
  if (csp !== CONTENT_SECURITY_POLICY || !reply.hasHeader('content-security-policy')) reply.header('content-security-policy', csp);
  return reply
    .header('cache-control', 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .type('text/html; charset=utf-8')
    .send(page);
}

const NOT_BUILT = {
  map: 'Kartan är inte byggd ännu: kör `npm run build:web`. / The map is not built yet: run `npm run build:web`.',
  graphiql: 'GraphiQL är inte byggt ännu: kör `npm run build:web`. / GraphiQL is not built yet: run `npm run build:web`.',
};

/** GraphiQL's own paths: never the map's fallback page, and its built page only through its route. */
const GRAPHIQL_PATH = /^\/graphiql(?:[/?#]|$)/;

async function webPlugin(app: FastifyInstance, opts: WebPluginOptions) {
  const dist = opts.dist ?? WEB_DIST;
  const indexPath = join(dist, WEB_PAGES.map);
  const graphiqlPath = join(dist, WEB_PAGES.graphiql);
  const notBuilt = (text: string) => async (_req: unknown, reply: FastifyReply) => reply.code(503).type('text/plain; charset=utf-8').send(text);
  // read once: the pages are tiny, and a rebuild swaps the folder (restart to serve it)
  const graphiqlPage = opts.graphiql && existsSync(graphiqlPath) ? readFileSync(graphiqlPath, 'utf8') : null;
  if (opts.graphiql) {
    if (graphiqlPage) app.get('/graphiql', async (_req, reply) => sendPage(reply, graphiqlPage, GRAPHIQL_CSP));
    else app.get('/graphiql', notBuilt(NOT_BUILT.graphiql));
  }
  if (!existsSync(indexPath)) {
    app.log.warn(`No web build in ${dist}: run \`npm run build:web\` (npm start builds it)`);
    app.get('/', notBuilt(NOT_BUILT.map));
    // a read-only link's page is still its own route (public, rate-limited, its token never in a not-found log line)
    app.get('/v/:token', notBuilt(NOT_BUILT.map));
    return;
  }
  const page = readFileSync(indexPath, 'utf8');

  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    // the page is sent by the routes below, with its own headers
    index: false,
    wildcard: true,
    cacheControl: false,
    // GraphiQL's page only at /graphiql, with its policy, and not at all when switched off (its assets are in assets/)
    allowedPath: (pathName) => !GRAPHIQL_PATH.test(pathName),
    setHeaders(res, path) {
      const rel = path.slice(dist.length).replace(/\\/g, '/');
      // Vite puts a content hash in every asset name: cache them for a year
      res.setHeader('cache-control', HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
    },
  });

  app.get('/', async (_req, reply) => sendPage(reply, page));
  app.get('/index.html', async (_req, reply) => sendPage(reply, page));
  // a read-only link's page (web/shared.html): it reads the view from /api/shared/:token and nothing else
  const sharedPath = join(dist, WEB_PAGES.shared);
  const sharedPage = existsSync(sharedPath) ? readFileSync(sharedPath, 'utf8') : null;
  if (sharedPage) app.get('/v/:token', async (_req, reply) => sendPage(reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex'), sharedPage));
  else app.get('/v/:token', notBuilt(NOT_BUILT.map));
  // an area's report (web/report.html): a page like the map's, reading the API with the signed-in person's session
  const reportPath = join(dist, WEB_PAGES.report);
  const reportPage = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : null;
  app.get('/rapport/:area', reportPage ? async (_req, reply) => sendPage(reply.header('x-robots-tag', 'noindex'), reportPage) : notBuilt(NOT_BUILT.map));

  // single-page fallback: a GET for a page that is not a file or an API route gets the map
  // (not for GraphiQL's paths: switched off, /graphiql is a 404, not the map)
  app.setNotFoundHandler(async (req, reply) => {
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (req.method === 'GET' && wantsHtml && !HASHED.test(req.url) && !GRAPHIQL_PATH.test(req.url)) return sendPage(reply, page);
    return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `Route ${req.method}:${req.url} not found` });
  });
}

/** Registered after the API: serves `/`, `/assets/*`, GraphiQL at `/graphiql` when switched on, and the page for unknown HTML requests. */
export const web = fp(webPlugin, { name: 'samverkanskartan-web', fastify: '5.x' });
