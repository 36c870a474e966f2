// The Neo4j side of `npm run bench -- --store neo4j`: the server (the one
// NEO4J_URI names, or a bench instance of scripts/neo4j-test-server.sh started
// here and stopped at the end), and the database as a fixture.
//
// Neo4j Community has one database, so a Neo4j "fixture" is the database
// itself: emptied, then a scale imported into it through the same import path
// as the SQLite fixtures (`importGenerated`). The read rows run against what
// is loaded; a row that needs another scale, or the store before its
// participations (the import rows), loads that first. Loads are kept to a
// minimum by the order main.ts runs the rows in (region first, then country).
// Unlike a SQLite copy, the database is shared by the read rows of a scale:
// what the graph row writes (one description, to move the version) stays for
// the nested and gap rows after it; neither reads it.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import neo4j, { type Session } from 'neo4j-driver';
import type { Neo4jSettings } from '../../server/store/neo4j/executor.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { ImportReport } from '../../server/io/import.ts';
import { importGenerated } from '../generate.ts';
import type { Fixture, Opened, StoreTarget } from './fixtures.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/neo4j-test-server.sh', import.meta.url));
/** The name of the instance the bench starts (its env file: test/neo4j-server/target/neo4j-bench.env). */
export const BENCH_INSTANCE = 'bench';
/**
 * The bench instance's heap: a country-scale import is one transaction
 * (12 862 elements, 120 000 relationships, their change-log entries); with
 * the script's default 1g it is refused with STORE_OUT_OF_MEMORY.
 */
export const DEFAULT_HEAP = '4g';
/** Page cache in MiB, as docker-compose.yml gives the production Neo4j (1g): the country store fits in it. */
export const DEFAULT_PAGECACHE_MIB = '1024';

export interface Neo4jServer {
  settings: Neo4jSettings;
  /** Where it came from, for the log and the results. */
  describe: string;
  /** The heap of an instance started here (null: an outside server). */
  heap: string | null;
  stop(): Promise<void>;
}

/** NEO4J_* from the environment; null when NEO4J_URI is not set; an Error saying what is missing when it is set without a password. */
export function neo4jSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jSettings | null {
  if (!env.NEO4J_URI) {
    const stray = ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'].filter((k) => env[k]);
    if (stray.length) throw new Error(`${stray.join(', ')} set but NEO4J_URI is not: set NEO4J_URI too (bolt://host:port), or unset them all to let the bench start its own Neo4j (scripts/neo4j-test-server.sh, instance "${BENCH_INSTANCE}")`);
    return null;
  }
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(env.NEO4J_URI)) throw new Error(`NEO4J_URI must be a bolt:// or neo4j:// URI, not "${env.NEO4J_URI}"`);
  const missing = ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'].filter((k) => !env[k]);
  if (missing.length) throw new Error(`NEO4J_URI is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not: --store neo4j needs NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (or none of them, and the bench starts its own Neo4j)`);
  return {
    uri: env.NEO4J_URI, user: env.NEO4J_USER!, password: env.NEO4J_PASSWORD!, database: env.NEO4J_DATABASE!,
    // a country-scale import is one transaction: the store's own default (600 s) unless set
    ...(env.NEO4J_IMPORT_TIMEOUT_MS ? { importTimeoutMs: Number(env.NEO4J_IMPORT_TIMEOUT_MS) } : {}),
  };
}

function script(mode: 'start' | 'stop', env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, mode], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      for (;;) {
        const i = err.indexOf('\n');
        if (i < 0) break;
        log(`  ${err.slice(0, i)}`);
        err = err.slice(i + 1);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (err.trim()) log(`  ${err.trim()}`);
      if (code === 0) resolve(out);
      else reject(new Error(`scripts/neo4j-test-server.sh ${mode} exited with status ${code}${err.trim() ? `: ${err.trim().split('\n').pop()}` : ''}`));
    });
  });
}

/**
 * The Neo4j the bench runs on: the server NEO4J_URI names (with NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE), or, when none is set, an instance started
 * here (NEO4J_TEST_HEAP, default 4g; NEO4J_TEST_PAGECACHE, default 1024 MiB).
 */
export async function openNeo4jServer(log: (m: string) => void): Promise<Neo4jServer> {
  const fromEnv = neo4jSettingsFromEnv();
  if (fromEnv) return { settings: fromEnv, describe: `${fromEnv.uri} (from NEO4J_URI), database ${fromEnv.database}`, heap: null, stop: async () => undefined };
  const heap = process.env.NEO4J_TEST_HEAP || DEFAULT_HEAP;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_TEST_INSTANCE: BENCH_INSTANCE,
    NEO4J_TEST_HEAP: heap,
    NEO4J_TEST_PAGECACHE: process.env.NEO4J_TEST_PAGECACHE || DEFAULT_PAGECACHE_MIB,
  };
  log(`neo4j: NEO4J_URI not set: starting instance "${BENCH_INSTANCE}" of scripts/neo4j-test-server.sh (heap ${heap}, page cache ${env.NEO4J_TEST_PAGECACHE} MiB)`);
  const out = await script('start', env, log);
  const vars = Object.fromEntries(out.split('\n').map((l) => l.match(/^(NEO4J_[A-Z_]+)=(.*)$/)).filter((m): m is RegExpMatchArray => !!m)
    .map(([, k, v]) => [k!, v!.replace(/^'(.*)'$/, '$1')]));
  if (!vars.NEO4J_URI) throw new Error(`scripts/neo4j-test-server.sh start printed no NEO4J_URI: ${out}`);
  let stopped = false;
  // Ctrl-C: stop the server before leaving (the finally blocks do not run on a signal)
  const onSignal = (sig: NodeJS.Signals) => {
    if (!stopped) {
      stopped = true;
      spawnSync('bash', [SCRIPT, 'stop'], { env, stdio: 'inherit' });
    }
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    settings: { uri: vars.NEO4J_URI, user: vars.NEO4J_USER ?? 'neo4j', password: vars.NEO4J_PASSWORD, database: vars.NEO4J_DATABASE ?? 'neo4j' },
    describe: `instance "${BENCH_INSTANCE}" started by the bench at ${vars.NEO4J_URI}, heap ${heap}, page cache ${env.NEO4J_TEST_PAGECACHE} MiB`,
    heap,
    async stop() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (stopped) return;
      stopped = true;
      await script('stop', env, log);
    },
  };
}

/** Runs Cypher outside the store (emptying, counting, the import floor): a driver of its own, closed after. */
export async function withSession<T>(s: Neo4jSettings, work: (session: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(s.uri!, neo4j.auth.basic(s.user, s.password ?? ''), { userAgent: 'samverkanskartan-bench' });
  const session = driver.session({ database: s.database });
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Every node and relationship gone (constraints and indexes stay): test/store/test-store.ts' emptyNeo4j. */
export async function emptyNeo4j(s: Neo4jSettings): Promise<void> {
  await withSession(s, (session) => session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
}

export async function countNeo4j(s: Neo4jSettings): Promise<{ nodes: number; relationships: number }> {
  return withSession(s, async (session) => {
    const r = await session.run('MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    const rec = r.records[0]!;
    return { nodes: Number(rec.get('nodes')), relationships: Number(rec.get('relationships')) };
  });
}

/** What the one database holds: a scale, whole or without its participations. */
export type Load = 'all' | 'pre-participation';

export interface Neo4jImport {
  scale: string;
  load: Load;
  ms: number;
  rows: number;
}

/**
 * The one database as the bench's fixture. `ensure` loads a scale (emptying
 * the database first) unless it is what is there already, and records how
 * long each import took.
 */
export class Neo4jDatabase {
  private loaded: string | null = null;
  readonly imports: Neo4jImport[] = [];

  constructor(readonly server: Neo4jServer, private readonly log: (m: string) => void) {}

  get settings(): Neo4jSettings {
    return this.server.settings;
  }

  /** A store on the database, started (`init`: schema and meta). */
  async open(): Promise<Neo4jStore> {
    const store = new Neo4jStore(this.settings);
    await store.init();
    return store;
  }

  /** Empties the database and imports `f` (every file, or all but the participations) through the import path. */
  async ensure(f: Fixture, load: Load = 'all', only?: (name: string) => boolean): Promise<void> {
    const key = `${f.scale}:${load}`;
    if (this.loaded === key) return;
    this.loaded = null;
    let t0 = performance.now();
    await emptyNeo4j(this.settings);
    this.log(`neo4j: emptied in ${Math.round(performance.now() - t0)} ms; importing ${f.scale}${load === 'all' ? '' : ` (${load})`} …`);
    const store = await this.open();
    let report: ImportReport;
    try {
      t0 = performance.now();
      report = await importGenerated(store, f.files, only ? { only } : {});
    } finally {
      await store.close();
    }
    const ms = performance.now() - t0;
    if (!report.ok) throw new Error(`neo4j: ${f.scale} did not import: ${report.message}; first: ${JSON.stringify(report.problems.slice(0, 3))}`);
    this.imports.push({ scale: f.scale, load, ms, rows: report.rows });
    this.log(`neo4j: imported ${f.scale}${load === 'all' ? '' : ` (${load})`}: ${report.rows} rows in ${(ms / 1000).toFixed(1)} s (one transaction)`);
    this.loaded = key;
  }

  /** Whatever is loaded may no longer be what `ensure` put there (a row wrote to it). */
  forget(): void {
    this.loaded = null;
  }

  /** Marks `f` at `load` as what the database holds (after a row restored it itself). */
  mark(f: Fixture, load: Load): void {
    this.loaded = `${f.scale}:${load}`;
  }

  /** The rows' view: a scale as a store target; the read rows share the loaded database. */
  target(f: Fixture): StoreTarget {
    return {
      kind: 'neo4j',
      scale: `${f.scale} (neo4j)`,
      idSuffix: '-neo4j',
      neo4j: this.settings,
      prepare: () => this.ensure(f),
      open: async (): Promise<Opened> => {
        await this.ensure(f);
        const store = await this.open();
        return { store, dispose: () => store.close() };
      },
    };
  }
}
