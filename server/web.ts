// The web map: a Fastify plugin that serves the Vite build (dist/web) at `/`,
// with a long cache for hashed assets, no cache for the page itself, a
// content security policy, and a fallback to the page for HTML requests
// (single-page app). `ensureWebBuild()` runs the build at start when the
// build is missing or older than its sources.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { CONTENT_SECURITY_POLICY } from './security.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIST = join(ROOT, 'dist', 'web');

/**
 * What the build is made from: the web sources, the Vite config, and the
 * server modules the map shares with the API (the filter and date rules).
 */
export const WEB_INPUTS = ['web', 'vite.config.ts', 'server/graphql/map.ts', 'server/analysis/time.ts', 'schema/enums.ts', 'package-lock.json'];


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
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  const newest = Math.max(...WEB_INPUTS.map((p) => newestMtime(join(root, p))));
  return newest > built ? 'stale' : null;
}

export interface WebBuildResult {
  built: boolean;
  reason: 'missing' | 'stale' | null;
  ms: number;
}

/**
 * Runs the Vite build when dist/web is missing or older than any of its
 * inputs. Builds into a temporary folder and swaps it in, so a server that
 * is serving the old build never sees a half-written one.
 */
export async function ensureWebBuild(opts: { root?: string; log?: (msg: string) => void; force?: boolean } = {}): Promise<WebBuildResult> {
  const root = opts.root ?? ROOT;
  const dist = join(root, 'dist', 'web');
  const reason = opts.force ? 'stale' : (webBuildStaleness(root, dist) as WebBuildResult['reason']);
  if (!reason) return { built: false, reason: null, ms: 0 };
  const started = Date.now();
  opts.log?.(`Web build ${reason}: building the map with Vite …`);
  const tmp = `${dist}.build-${process.pid}-${started}`;
  const { build } = await import('vite');
  // libraries pick their production builds by NODE_ENV (Lit's dev mode warns in the console otherwise);
  // a test runner sets it to `test`, so the build sets it for its own duration
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
    rmSync(dist, { recursive: true, force: true });
    renameSync(tmp, dist);
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
    rmSync(tmp, { recursive: true, force: true });
  }
  const ms = Date.now() - started;
  opts.log?.(`Web build done in ${ms} ms`);
  return { built: true, reason, ms };
}

export interface WebPluginOptions {
  /** Where the build is; dist/web by default. */
  dist?: string;
}

function sendPage(reply: FastifyReply, page: string) {
  // the app's own security headers (helmet) take precedence when it sets them
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  return reply
    .header('cache-control', 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .type('text/html; charset=utf-8')
    .send(page);
}

async function webPlugin(app: FastifyInstance, opts: WebPluginOptions) {
  const dist = opts.dist ?? WEB_DIST;
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) {
    app.log.warn(`No web build in ${dist}: run \`npm run build:web\` (npm start builds it)`);
    app.get('/', async (_req, reply) => reply.code(503).type('text/plain; charset=utf-8').send('Kartan är inte byggd ännu: kör `npm run build:web`. / The map is not built yet: run `npm run build:web`.'));
    return;
  }
  // read once: the page is tiny, and a rebuild swaps the folder (restart to serve it)
  const page = readFileSync(indexPath, 'utf8');

  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    // the page is sent by the routes below, with its own headers
    index: false,
    wildcard: true,
    cacheControl: false,
    setHeaders(res, path) {
      const rel = path.slice(dist.length).replace(/\\/g, '/');
      // Vite puts a content hash in every asset name: cache them for a year
      res.setHeader('cache-control', HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
    },
  });

  app.get('/', async (_req, reply) => sendPage(reply, page));
  app.get('/index.html', async (_req, reply) => sendPage(reply, page));

  // single-page fallback: a GET for a page that is not a file or an API route gets the map
  app.setNotFoundHandler(async (req, reply) => {
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (req.method === 'GET' && wantsHtml && !HASHED.test(req.url)) return sendPage(reply, page);
    return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `Route ${req.method}:${req.url} not found` });
  });
}

/** Registered after the API: serves `/`, `/assets/*`, and the page for unknown HTML requests. */
export const web = fp(webPlugin, { name: 'samverkanskartan-web', fastify: '5.x' });
