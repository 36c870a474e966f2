// Builds the app exactly as production does, on a real embedded store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { fixture } from '../store/fixture.ts';
import { freshStore } from '../store/test-store.ts';

export interface Harness {
  app: FastifyInstance;
  store: GraphStore;
  dir: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** The same, as the holder of an API token. */
  gqlAs<T = Record<string, any>>(token: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions: { code: string; fields?: Array<{ path: (string | number)[]; message: string; messageSv?: string }>; [k: string]: unknown } }>;
}

export async function gqlRequest<T>(app: FastifyInstance, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });
  const body = res.json() as { data?: T | null; errors?: GqlResponse<T>['errors'] };
  return { status: res.statusCode, data: body.data ?? null, ...(body.errors ? { errors: body.errors } : {}) };
}

/** An app on a fresh store; `data: 'fixture'` loads the small contract fixture, a function loads anything else. */
export async function openHarness(opts: { data?: 'fixture' | ((s: GraphStore) => Promise<unknown>); env?: Record<string, string>; wrap?: (s: GraphStore) => GraphStore } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-api-'));
  const config = loadConfig({ DATA_DIR: dir, ...opts.env });
  const raw = await freshStore(join(dir, 'test.db'));
  if (opts.data === 'fixture') await raw.apply(fixture('').changes, { by: 'fixture' });
  else if (opts.data) await opts.data(raw);
  const store = opts.wrap ? opts.wrap(raw) : raw;
  const app = await buildApp({ config, store });
  return {
    app,
    store: raw,
    dir,
    gql: (q, v) => gqlRequest(app, q, v),
    gqlAs: (token, q, v) => gqlRequest(app, q, v, { authorization: `Bearer ${token}` }),
    async close() {
      await app.close();
      await raw.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { countingStore } from '../../server/store/counting-store.ts';
