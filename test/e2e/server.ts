// The real server for browser tests: the Vite build (made if missing or
// stale), buildApp on a temporary SQLite store seeded with the Västerbotten
// dataset, listening on a free loopback port. Run directly to look at it:
//   npx tsx test/e2e/server.ts [port]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { Accounts } from '../../server/auth/accounts.ts';
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
  /** A GraphQL request from the test itself (no sign-in: for servers that ask for none); throws on errors. */
  gql<T>(query: string, variables?: object): Promise<T>;
  close(): Promise<void>;
}

/** An account a test signs in with. */
export type E2eUser = Parameters<Accounts['createUser']>[0];

/**
 * Until server/app.ts registers the map documents and the web plugin itself,
 * the harness adds what is missing (both are no-ops once app.ts has them).
 */
async function completeApp(app: FastifyInstance) {
  const gql = (app as unknown as { graphql: { schema: import('graphql').GraphQLSchema; defineResolvers(r: unknown): void } }).graphql;
  if (!gql.schema.getQueryType()?.getFields().mapLayout?.resolve) gql.defineResolvers(mapDocsResolvers);
  if (!app.hasRoute({ method: 'GET', url: '/' })) await app.register(web);
}

/**
 * With `users`: the Västerbotten dataset and these accounts, on a server that
 * requires sign-in (unless `env` says otherwise).
 */
export async function startServer(opts: { seed?: (store: GraphStore) => Promise<unknown>; users?: E2eUser[]; port?: number; env?: Record<string, string> } = {}): Promise<E2eServer> {
  await ensureWebBuild({ log: (m) => console.log(m) });
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-e2e-'));
  const config = loadConfig({ DATA_DIR: dir, HOST: '127.0.0.1', GRAPHIQL: 'false', ...(opts.users ? { AUTH: 'required' } : {}), ...opts.env });
  const store = new SqliteStore(join(dir, 'e2e.db'));
  await store.init();
  await (opts.seed ?? seedStore)(store);
  for (const user of opts.users ?? []) await new Accounts(store).createUser(user);
  const app = await buildApp({ config, store });
  await completeApp(app);
  await app.listen({ port: opts.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    app,
    store,
    async gql<T>(query: string, variables?: object): Promise<T> {
      const r = await fetch(new URL('/graphql', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await r.json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
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
