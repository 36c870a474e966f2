// Builds the Fastify app from a config and a ready store. Tests build it the
// same way; listening, signals and shutdown live in main.ts.
import Fastify, { type FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import { createAnalysisEngine } from './analysis/index.ts';
import type { AppConfig } from './config.ts';
import { isDomainError } from './errors.ts';
import type { Services } from './graphql/context.ts';
import { analysisResolvers } from './graphql/analysis.ts';
import { registerGraphql } from './graphql/index.ts';
import type { GraphStore } from './store/port.ts';

export interface AppOptions {
  config: AppConfig;
  store: GraphStore;
  /** Log output; off unless given (tests), pino options otherwise. */
  logger?: boolean | { level: string };
}

export async function buildApp({ config, store, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: config.bodyLimit });
  const services: Services = { store, config, analysis: createAnalysisEngine(store) };
  const extra: IResolvers[] = [analysisResolvers];

  // Order: infrastructure (health, readiness), then the API.
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

  await registerGraphql(app, services, extra);
  return app;
}
