// Builds the Fastify app from a config and a ready store. Tests build it the
// same way; listening, signals and shutdown live in main.ts.
import { createServer } from 'node:http';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAnalysisEngine } from './analysis/index.ts';
import { LiveChanges } from './live/changes.ts';
import { Accounts } from './auth/accounts.ts';
import { auth, identityOf } from './auth/plugin.ts';
import { guardStore } from './auth/scope.ts';
import type { AppConfig } from './config.ts';
import { DomainError, isDomainError, replyError } from './errors.ts';
import type { Services } from './graphql/context.ts';
import { registerGraphql } from './graphql/index.ts';
import { ioRoutes } from './io/routes.ts';
import { mapDocument } from './map-document.ts';
import { maskShareToken, sharedView } from './shared-view.ts';
import { CSP_DIRECTIVES } from './security.ts';
import type { GraphStore } from './store/port.ts';
import { web } from './web.ts';

/** Fastify's own default: longer than the usual proxy's idle timeout (60 s), so the proxy closes first. */
export const KEEP_ALIVE_MS = 72_000;
/** How often the app looks for committed changes while a page listens (live updates). */
export const LIVE_POLL_MS = 250;

export interface AppOptions {
  config: AppConfig;
  store: GraphStore;
  /** Log output; off unless given (tests), pino options otherwise. */
  logger?: boolean | { level: string };
  /**
   * Load the read model (and its mirror on the analysis worker) while the app
   * gets ready, before it listens (server/main.ts): loading it is the one long
   * piece of work on the event loop, so it happens before any request, never
   * behind one. Off for tests, which build apps over stores they fill later.
   */
  warm?: boolean;
}

export async function buildApp({ config, store, logger = false, warm = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger && {
      ...(typeof logger === 'object' ? logger : {}),
      // credentials never reach the log
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // nor a read-only link's token, which is in its URL
      serializers: {
        req: (req: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
          method: req.method, url: maskShareToken(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort,
        }),
      },
    },
    bodyLimit: config.bodyLimit,
    requestTimeout: config.requestTimeoutMs,
    // Node checks request timeouts every 30 s by default, so a trickled body could outlive
    // REQUEST_TIMEOUT_MS by that much: check often enough to honour it within a second
    // (with its own server, Fastify no longer sets its 72 s keep-alive: set it here, or Node's 5 s
    // default closes idle connections a reverse proxy still holds, and it answers 502)
    serverFactory: (handler) => {
      const server = createServer({ requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs) }, handler);
      server.keepAliveTimeout = KEEP_ALIVE_MS;
      return server;
    },
    trustProxy: config.trustProxy,
  });
  // Errors outside GraphQL (REST routes, plugins): coded, one body (server/errors.ts), and INTERNAL never shows its message.
  app.setErrorHandler((err: Error & { statusCode?: number }, _request, reply) => replyError(reply, err));

  const analysis = createAnalysisEngine(store, { worker: config.analysisWorker });
  app.addHook('onClose', () => analysis.close());
  const live = new LiveChanges(analysis, LIVE_POLL_MS, (e) => app.log.warn({ err: e }, 'live changes: the store did not answer'));
  app.addHook('onClose', () => live.close());
  const services: Services = { store, config, analysis, accounts: new Accounts(store), live };
  if (warm) {
    app.addHook('onReady', async () => {
      const t0 = performance.now();
      const model = await analysis.snapshot();
      app.log.info({ version: model.version, ms: Math.round(performance.now() - t0) }, 'read model loaded');
    });
  }

  // Order: infrastructure first (security headers, identity), then health and
  // readiness, then the API — so every route below is covered by what is above.
  await app.register(helmet, { contentSecurityPolicy: { directives: CSP_DIRECTIVES } });
  await app.register(auth, { config, accounts: services.accounts });

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    try {
      const info = await store.ping();
      return { status: 'ready', store: info.store, engineVersion: info.version, version: await store.version() };
    } catch (e) {
      app.log.warn({ err: e }, 'store not ready');
      return reply.code(503).send({ status: 'unavailable', code: isDomainError(e) ? e.code : 'STORE_UNAVAILABLE' });
    }
  });

  await registerGraphql(app, services);

  // Files: the workbook template, import and export. Imports write through the
  // request's guarded store, like every mutation.
  await app.register(ioRoutes, {
    store,
    limits: config.import,
    storeFor: (req) => guardStore(store, identityOf(req), () => analysis.snapshot()),
    userOf: (req) => identityOf(req).id,
    authorize: (req, action) => {
      if (action === 'import' && identityOf(req).role === 'VIEWER') throw new DomainError('FORBIDDEN', 'Your role may read the map but not change it');
    },
    coverage: (q) => analysis.coverage({ rows: 'MUNICIPALITIES', columns: q.columns, asOf: q.asOf ?? null }),
  });

  // The whole map as one compressed document per store version (the page's first read).
  await app.register(mapDocument, { analysis });

  // A read-only link's view (public: it answers only what the link's saved view shows).
  await app.register(sharedView, { store, analysis });

  // Last: the web map (dist/web) at `/`, and GraphiQL from the same build at `/graphiql` (its own
  // policy: this origin only) when switched on; the not-found handler serves the map to HTML requests no route above took.
  await app.register(web, { graphiql: config.graphiql });
  return app;
}
