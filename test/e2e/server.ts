// The real server for browser tests: the Vite build (made if missing or
// stale), buildApp on a temporary SQLite store seeded with the Västerbotten
// dataset, listening on a free loopback port. Run directly to look at it:
//   npx tsx test/e2e/server.ts [port]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { mapDocsResolvers } from '../../server/graphql/map-docs.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { ensureWebBuild, web } from '../../server/web.ts';
import { seedStore } from '../../seed/load.ts';

export interface E2eServer {
  url: string;
  app: FastifyInstance;
  store: GraphStore;
  close(): Promise<void>;
}

/**
 * Until server/app.ts registers the map documents and the web plugin itself,
 * the harness adds what is missing (both are no-ops once app.ts has them).
 */
async function completeApp(app: FastifyInstance) {
  const gql = (app as unknown as { graphql: { schema: import('graphql').GraphQLSchema; defineResolvers(r: unknown): void } }).graphql;
  if (!gql.schema.getQueryType()?.getFields().mapLayout?.resolve) gql.defineResolvers(mapDocsResolvers);
  if (!app.hasRoute({ method: 'GET', url: '/' })) await app.register(web);
}

export async function startServer(opts: { seed?: (store: GraphStore) => Promise<unknown>; port?: number; env?: Record<string, string> } = {}): Promise<E2eServer> {
  await ensureWebBuild({ log: (m) => console.log(m) });
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-e2e-'));
  const config = loadConfig({ DATA_DIR: dir, HOST: '127.0.0.1', GRAPHIQL: 'false', ...opts.env });
  const store = new SqliteStore(join(dir, 'e2e.db'));
  await store.init();
  await (opts.seed ?? seedStore)(store);
  const app = await buildApp({ config, store });
  await completeApp(app);
  await app.listen({ port: opts.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    app,
    store,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const s = await startServer({ port: Number(process.argv[2] ?? 4321) });
  console.log(`Samverkanskartan (e2e data) on ${s.url}`);
}
