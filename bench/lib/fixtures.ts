// The data sets every row works on: a scale generated as CSV files, imported
// once into a base SQLite file through the import path, then copied for each
// use (so no row sees another's writes), and the bench's own app instance.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createAnalysisEngine } from '../../server/analysis/index.ts';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { mapGraph } from '../../schema/map-graph.ts';
import type { ImportReport } from '../../server/io/import.ts';
import type { Neo4jSettings } from '../../server/store/neo4j/executor.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { web } from '../../server/web.ts';
import { generate, importGenerated, writeCsvFiles, type GeneratedFiles, type GeneratedGraph, type Scale } from '../generate.ts';

export interface Fixture {
  scale: Scale;
  dir: string;
  graph: GeneratedGraph;
  files: GeneratedFiles;
  /** The SQLite file holding the whole imported scale (closed; copy it before use). */
  baseDb: string;
  generateMs: number;
  importMs: number;
  report: ImportReport;
}

/**
 * Generates a scale's CSV files and imports them into `root/<scale>/base.db`.
 * With `reuse`, a base.db already there (from a run with --data) is kept:
 * the files are generated again (the same bytes) and the import is skipped.
 */
export async function buildFixture(root: string, scale: Scale, seed: number, log: (m: string) => void, reuse = false): Promise<Fixture> {
  const dir = join(root, scale);
  mkdirSync(dir, { recursive: true });
  let t0 = performance.now();
  const graph = generate(scale, seed);
  const files = writeCsvFiles(graph, join(dir, 'csv'));
  const generateMs = performance.now() - t0;
  log(`${scale}: generated ${files.nodes} elements, ${files.edges} relationships in ${Math.round(generateMs)} ms`);
  const baseDb = join(dir, 'base.db');
  const saved = join(dir, 'import-report.json');
  const digest = createHash('sha256');
  for (const f of files.files) digest.update(f.name).update(readFileSync(f.path));
  const csvHash = digest.digest('hex');
  if (reuse && existsSync(baseDb) && existsSync(saved)) {
    const prior = JSON.parse(readFileSync(saved, 'utf8')) as { report: ImportReport; importMs: number; csvHash: string };
    if (prior.csvHash === csvHash) {
      log(`${scale}: reusing ${baseDb} (same CSV files)`);
      return { scale, dir, graph, files, baseDb, generateMs, importMs: prior.importMs, report: prior.report };
    }
  }
  for (const old of [baseDb, join(dir, 'pre-participation.db')]) removeDb(old);
  const store = new SqliteStore(baseDb);
  await store.init();
  t0 = performance.now();
  const report = await importGenerated(store, files);
  const importMs = performance.now() - t0;
  await store.close();
  if (!report.ok) throw new Error(`${scale}: the generated files did not import: ${report.message}; first: ${JSON.stringify(report.problems.slice(0, 3))}`);
  log(`${scale}: imported ${report.rows} rows in ${Math.round(importMs)} ms`);
  writeFileSync(saved, JSON.stringify({ report, importMs, csvHash }));
  return { scale, dir, graph, files, baseDb, generateMs, importMs, report };
}

let copies = 0;

/** A fresh copy of a fixture's store, opened; `dispose` closes and deletes it. */
export async function openCopy(f: Fixture, name = 'copy'): Promise<{ store: SqliteStore; path: string; dispose(): Promise<void> }> {
  const path = join(f.dir, `${name}-${++copies}.db`);
  copyFileSync(f.baseDb, path);
  for (const ext of ['-wal', '-shm']) if (existsSync(f.baseDb + ext)) copyFileSync(f.baseDb + ext, path + ext);
  const store = new SqliteStore(path);
  await store.init();
  return {
    store,
    path,
    async dispose() {
      await store.close();
      removeDb(path);
    },
  };
}

/** A store a row works on, and how to let it go. */
export interface Opened {
  store: GraphStore;
  dispose(): Promise<void>;
}

/**
 * Where a row's store comes from: a fresh SQLite copy of the fixture (the
 * default), or the one Neo4j database with the fixture's scale loaded
 * (bench/lib/neo4j.ts). A row's id gets `idSuffix` and its scale column
 * `scale`, so a Neo4j row sits beside the SQLite row it matches.
 */
export interface StoreTarget {
  kind: 'sqlite' | 'neo4j';
  /** The scale column: "country", or "country (neo4j)". */
  scale: string;
  /** Appended to the row's id: "" or "-neo4j". */
  idSuffix: string;
  open(name: string): Promise<Opened>;
  /** Neo4j only: the connection (for a row run in a child process) … */
  neo4j?: Neo4jSettings;
  /** … and the scale loaded into the database without opening a store. */
  prepare?(): Promise<void>;
}

/** The default: each row its own SQLite copy of the fixture. */
export function sqliteTarget(f: Fixture): StoreTarget {
  return { kind: 'sqlite', scale: f.scale, idSuffix: '', open: (name) => openCopy(f, name) };
}

export function removeDb(path: string): void {
  for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
}

/** The analyst's query: forums with their participants and care levels, the first 100. */
export const ANALYST_QUERY = '{ forums(first: 100) { nodes { id name participants { role actor { id name } } careLevels { id name } } } }';

export interface BenchServer {
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

/**
 * The app exactly as buildApp makes it, plus the floors: bare Fastify routes
 * answering the same JSON from the same store calls, registered on this
 * instance only (never in server code). With `web`, also the map (as the
 * browser tests add it while app.ts does not yet).
 */
export async function startBenchApp(store: GraphStore, dataDir: string, opts: { web?: boolean; responseCache?: boolean } = {}): Promise<BenchServer> {
  const config = loadConfig({
    DATA_DIR: dataDir, HOST: '127.0.0.1', GRAPHIQL: 'false', LOG_LEVEL: 'silent', MUTATION_RATE: '100000',
    // off for rows that measure running a query (the loaders, the read model), not sending a kept answer
    ...(opts.responseCache === false ? { RESPONSE_CACHE_MB: '0' } : {}),
  });
  const app = await buildApp({ config, store });
  // the floor of the whole map: what the `graph` resolver does (server/graphql/core.ts: the
  // read model, brought forward from the change log when the store version moves, and its map computed once per
  // version), answered with Fastify's own JSON instead of GraphQL; its own engine, its own cache
  const analysis = createAnalysisEngine(store);
  app.get('/bench/graph', async () => {
    const snap = await analysis.snapshot();
    return { data: { graph: snap.cached('bench:map-graph', () => mapGraph(snap.data, snap.version, null)) } };
  });
  // the floor of a simple query: one node by id, the same fields
  app.get<{ Params: { id: string } }>('/bench/node/:id', async (req) => {
    const [n] = await store.getNodes([req.params.id]);
    return { data: { node: n ? { id: n.id, name: n.name, label: n.label } : null } };
  });
  // the floor of GET /api/map: the same compressed bytes with the same headers, fetched once from
  // /api/map (brotli) on first use and then sent as they are, with no document lookup
  let mapBytes: Promise<{ body: Buffer; headers: Record<string, string> }> | null = null;
  app.get('/bench/map', async (_req, reply) => {
    mapBytes ??= app.inject({ url: '/api/map', headers: { 'accept-encoding': 'br' } }).then((r) => {
      if (r.statusCode !== 200 || r.headers['content-encoding'] !== 'br') throw new Error(`/api/map answered ${r.statusCode} (${r.headers['content-encoding'] ?? 'identity'})`);
      const keep = ['content-type', 'content-encoding', 'etag', 'vary', 'cache-control'];
      return { body: r.rawPayload, headers: Object.fromEntries(keep.map((k) => [k, String(r.headers[k])])) };
    });
    const { body, headers } = await mapBytes;
    return reply.headers(headers).send(body);
  });
  // the floor of the analyst query: the same JSON bytes, taken once from a GraphQL answer
  let analystBytes: Promise<Buffer> | null = null;
  app.get('/bench/analyst', async (_req, reply) => {
    analystBytes ??= app.inject({ method: 'POST', url: '/graphql', payload: { query: ANALYST_QUERY } }).then((r) => {
      if (r.statusCode !== 200) throw new Error(`the analyst query answered ${r.statusCode}: ${r.body.slice(0, 300)}`);
      return r.rawPayload;
    });
    return reply.type('application/json; charset=utf-8').send(await analystBytes);
  });
  // a page with nothing on it, same origin: where the browser's own fetch of the map's data is timed
  app.get('/bench/blank', async (_req, reply) => reply.type('text/html; charset=utf-8').send('<!doctype html><title>bench</title>'));
  if (opts.web && !app.hasRoute({ method: 'GET', url: '/' })) await app.register(web);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, base: `http://127.0.0.1:${port}`, close: () => app.close() };
}
