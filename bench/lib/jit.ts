// A prototype of one proposed change, measured beside the real thing: the
// same GraphQL registration (server/graphql/index.ts, registerGraphql, called
// as is) with Mercurius's `jit: 1` (graphql-jit compiles a query after its
// first run). Everything else buildApp puts in front of /graphql is here too
// (security headers, identity); the file routes are not (no GraphQL request
// touches them). Bench only: server code is unchanged.
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import { createAnalysisEngine } from '../../server/analysis/index.ts';
import { Accounts } from '../../server/auth/accounts.ts';
import { auth } from '../../server/auth/plugin.ts';
import { loadConfig } from '../../server/config.ts';
import { LiveChanges } from '../../server/live/changes.ts';
import type { Services } from '../../server/graphql/context.ts';
import { registerGraphql } from '../../server/graphql/index.ts';
import type { GraphStore } from '../../server/store/port.ts';

export async function startJitApp(store: GraphStore, dataDir: string): Promise<{ app: FastifyInstance; base: string; close(): Promise<void> }> {
  const config = loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', GRAPHIQL: 'false', LOG_LEVEL: 'silent', MUTATION_RATE: '100000' });
  const app = Fastify({ bodyLimit: config.bodyLimit, requestTimeout: config.requestTimeoutMs });
  const analysis = createAnalysisEngine(store);
  const services: Services = { store, config, analysis, accounts: new Accounts(store), live: new LiveChanges(analysis) };
  await app.register(helmet);
  await app.register(auth, { config, accounts: services.accounts });
  // the one difference: Mercurius registered with jit: 1
  const register = app.register.bind(app) as (plugin: unknown, opts?: unknown) => unknown;
  (app as unknown as { register: typeof register }).register = (plugin, opts) =>
    register(plugin, plugin === mercurius ? { ...(opts as object), jit: 1 } : opts);
  await registerGraphql(app, services);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, base: `http://127.0.0.1:${port}`, close: () => app.close() };
}
