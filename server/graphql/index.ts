// The GraphQL plugin: SDL from schema/graphql/, resolvers by area (core, analysis, accounts,
// audit, map documents, read-only links) and the relationship loaders,
// limits on from the start (depth, aliases and cost in limits.ts; body size in app.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import mercurius, { type IResolvers } from 'mercurius';
import { identityOf } from '../auth/plugin.ts';
import { RateLimiter } from '../auth/rate.ts';
import { guardStore } from '../auth/scope.ts';
import { DomainError } from '../errors.ts';
import type { Services } from './context.ts';
import type { Resolvers } from './generated/types.ts';
import { validationRules } from './limits.ts';
import { accountResolvers } from './accounts.ts';
import { analysisResolvers } from './analysis.ts';
import { auditResolvers } from './audit.ts';
import { aggregateResolvers } from './aggregates.ts';
import { sourceResolvers } from './sources.ts';
import { coreResolvers } from './core.ts';
import { liveResolvers } from './live.ts';
import { mapDocsResolvers } from './map-docs.ts';
import { shareLinkResolvers } from './share-links.ts';
import { presentationResolvers } from './presentations.ts';
import { errorFormatter } from './errors.ts';
import { graphqlOverHttp } from './http.ts';
import { relationLoaders } from './relations.ts';
import { responseCache } from './response-cache.ts';
import { scalarResolvers } from './scalars.ts';

const SDL_DIR = fileURLToPath(new URL('../../schema/graphql/', import.meta.url));

/** Every SDL file, the core first (it defines Query and Mutation; the others extend them). */
export function loadSdl(): string {
  const files = readdirSync(SDL_DIR).filter((f) => f.endsWith('.graphql')).sort((a, b) => (a === 'core.graphql' ? -1 : b === 'core.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(SDL_DIR, f), 'utf8')).join('\n');
}

/** The areas' resolver maps as one (each typed from the SDL: generated/types.ts), as Mercurius takes them. */
function merge(...parts: Resolvers[]): IResolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of parts) for (const [type, fields] of Object.entries(part)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  return out as IResolvers;
}

export async function registerGraphql(app: FastifyInstance, services: Services): Promise<void> {
  /** What every resolver gets: the services, who asks, and the store as that identity may write it. */
  const contextFor = (request: FastifyRequest) => {
    const user = identityOf(request);
    return { ...services, user, store: guardStore(services.store, user, () => services.analysis.snapshot()) };
  };
  // before Mercurius adds its routes, so the hooks cover them
  graphqlOverHttp(app);
  responseCache(app, services.store, { maxBytes: services.config.responseCacheBytes });
  await app.register(mercurius, {
    schema: loadSdl(),
    resolvers: merge(scalarResolvers, coreResolvers, aggregateResolvers, sourceResolvers, analysisResolvers, accountResolvers, auditResolvers, mapDocsResolvers, shareLinkResolvers, presentationResolvers, liveResolvers),
    loaders: relationLoaders(),
    // Mercurius's GraphiQL loads from a CDN; ours is bundled (web/graphiql) and served by server/web.ts
    graphiql: false,
    // No `jit`: compiled queries (graphql-jit) took the whole map from 0.35 to 0.71–0.89 of the bare
    // route in `npm run bench`, but answer bad variables with another message and without the input's
    // field path (test/api/compiled-queries.test.ts), so they stay off until that is mended.
    validationRules: validationRules(services.config),
    allowBatchedQueries: false,
    // refuse requests a browser could send cross-site without a preflight: Mercurius's defaults, and
    // a WebSocket upgrade (no page can set Sec-* headers itself; the auth plugin checks its Origin)
    csrfPrevention: {
      allowedContentTypes: ['application/json', 'application/graphql'],
      requiredHeaders: ['x-mercurius-operation-name', 'mercurius-require-preflight', 'sec-websocket-key'],
    },
    errorFormatter: errorFormatter({ suggestions: services.config.introspection }) as never,
    context: (request) => contextFor(request),
    // live updates over a WebSocket at /graphql (graphql-ws): the upgrade request passes the
    // auth plugin like any other (no identity, no socket; another site's page, no socket)
    subscription: {
      context: (_socket, request) => ({ ...contextFor(request), request }),
    },
  });
  const mutations = new RateLimiter(services.config.auth.mutationRate, 60_000);
  app.graphql.addHook('preExecution', async (_schema, document, context) => {
    const isMutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
    if (isMutation && !mutations.hit(context.user.id)) {
      throw new DomainError('RATE_LIMITED', `More than ${services.config.auth.mutationRate} changes a minute; wait a little`);
    }
  });
}
