// The GraphQL plugin: SDL from schema/graphql/, resolvers and loaders by area,
// limits on from the start (depth here, body size in app.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import mercurius, { type IResolvers } from 'mercurius';
import type { Services } from './context.ts';
import { coreResolvers } from './core.ts';
import { errorFormatter } from './errors.ts';
import { relationLoaders } from './relations.ts';
import { scalarResolvers } from './scalars.ts';

const SDL_DIR = fileURLToPath(new URL('../../schema/graphql/', import.meta.url));

/** Every SDL file, the core first (it defines Query and Mutation; the others extend them). */
export function loadSdl(): string {
  const files = readdirSync(SDL_DIR).filter((f) => f.endsWith('.graphql')).sort((a, b) => (a === 'core.graphql' ? -1 : b === 'core.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(SDL_DIR, f), 'utf8')).join('\n');
}

function merge(...parts: IResolvers[]): IResolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of parts) for (const [type, fields] of Object.entries(part)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  return out as IResolvers;
}

export async function registerGraphql(app: FastifyInstance, services: Services, extra: IResolvers[] = []): Promise<void> {
  await app.register(mercurius, {
    schema: loadSdl(),
    resolvers: merge(scalarResolvers, coreResolvers, ...extra),
    loaders: relationLoaders() as never,
    graphiql: services.config.graphiql,
    queryDepth: services.config.queryDepth,
    errorFormatter: errorFormatter as never,
    context: () => ({ ...services, user: { id: 'local' } }),
  });
}
