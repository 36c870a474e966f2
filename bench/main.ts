// The benchmarks (bench/run.ts starts this after setting NODE_ENV).
//
// Benchmarks at region and national scale. Every figure is a ratio to a floor
// measured side by side in the same run, so the numbers hold on shared 2-core
// machines where absolute times drift. Prints a table with each target next
// to its figure (misses marked; the bench never fails a test suite), and
// writes bench/results/latest.json and bench/results/README-table.md.
//
// Data: bench/generate.ts builds a deterministic synthetic Sweden (region ≈
// Västerbotten; country = 21 regions, 290 municipalities, 10 000 forums,
// 60 000 participations), writes it as CSV in the import template's format
// and imports it through `importFiles`, into temporary SQLite files.
//
// With `--store neo4j`, the graph, nested, gap and import rows also run on
// Neo4j (bench/lib/neo4j.ts): the server NEO4J_URI names, or one started here
// (scripts/neo4j-test-server.sh, instance "bench") and stopped at the end.
// The one database is the fixture: emptied and a scale imported into it, so
// those rows run by scale (region first, then country), each Neo4j row right
// after its SQLite row, and print beside it with the ratio of the two figures.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, GENERATED_TODAY, type Scale } from './generate.ts';
import { buildFixture, type Fixture } from './lib/fixtures.ts';
import { closeAgent } from './lib/http.ts';
import { machine } from './lib/machine.ts';
import { countNeo4j, Neo4jDatabase, neo4jSettingsFromEnv, openNeo4jServer, type Neo4jServer } from './lib/neo4j.ts';
import { fmtMs, markdownTable, skippedRow, textTable, writeResults, writeText, type Row } from './lib/report.ts';
import { gapGrowthRow, gapRowIds, gapRows } from './rows/analysis.ts';
import { graphRows } from './rows/graph.ts';
import { importRows, importRowsNeo4j } from './rows/import.ts';
import { loadRows } from './rows/load.ts';
import { mapRows } from './rows/map.ts';
import { mapRegionRows } from './rows/map-region.ts';
import { memoryRows } from './rows/memory.ts';
import { liveRows } from './rows/live.ts';
import { nestedRows } from './rows/nested.ts';
import { analystRows, healthRows, mapdocRows } from './rows/serve.ts';

const GROUPS = ['graph', 'nested', 'gap', 'import', 'load', 'health', 'mapdoc', 'analyst', 'live', 'memory', 'map', 'mapregion'] as const;
type Group = (typeof GROUPS)[number];
/** The groups that also run on Neo4j with --store neo4j. */
const NEO4J_GROUPS: readonly Group[] = ['graph', 'nested', 'gap', 'import'];

const USAGE = `Usage: npm run bench [-- --scale country10] [--only ${GROUPS.join(',')}] [--seed N] [--keep] [--store neo4j]
  --scale country10  also generate and import ten times the country (100 000 forums, 600 000 participations)
  --only G,…         run only these groups of rows (default: all)
  --seed N           the generator's seed (default ${DEFAULT_SEED})
  --keep             keep the temporary data (its folder is printed)
  --data DIR         keep the data in DIR and reuse the stores imported there by an earlier run
  --store neo4j      also run the ${NEO4J_GROUPS.join(', ')} rows on Neo4j, each beside its SQLite row: on the
                     server NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE name (its database is
                     emptied: one that holds data needs --neo4j-wipe), or, when they are not set, on an
                     instance of scripts/neo4j-test-server.sh started and stopped here (NEO4J_TEST_HEAP,
                     default 4g: a country import is one transaction; NEO4J_TEST_PAGECACHE, default 1024 MiB)
  --neo4j-wipe       let --store neo4j empty a database from NEO4J_URI that holds data`;

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        scale: { type: 'string', multiple: true },
        only: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
        data: { type: 'string' },
        store: { type: 'string' },
        'neo4j-wipe': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const extraScales = (args.values.scale ?? []).flatMap((s) => s.split(','));
  if (extraScales.some((s) => !['region', 'country', 'country10'].includes(s))) {
    console.error(`--scale takes region, country or country10\n${USAGE}`);
    return 2;
  }
  const only = new Set((args.values.only ?? GROUPS.join(',')).split(',').map((s) => s.trim()).filter(Boolean));
  if ([...only].some((g) => !GROUPS.includes(g as Group))) {
    console.error(`--only takes ${GROUPS.join(', ')}\n${USAGE}`);
    return 2;
  }
  const want = (g: Group) => only.has(g);
  const seed = args.values.seed === undefined ? DEFAULT_SEED : Number(args.values.seed);
  if (!Number.isInteger(seed) || seed < 0) {
    console.error('--seed must be a whole number');
    return 2;
  }

  const store = args.values.store ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'neo4j') {
    console.error(`--store takes sqlite or neo4j\n${USAGE}`);
    return 2;
  }
  const onNeo4j = store === 'neo4j' && NEO4J_GROUPS.some(want);
  if (store === 'neo4j' && !onNeo4j) console.error(`--store neo4j: none of ${NEO4J_GROUPS.join(', ')} is chosen; nothing runs on Neo4j`);
  if (onNeo4j) {
    try {
      neo4jSettingsFromEnv();
    } catch (e) {
      console.error(`--store neo4j: ${(e as Error).message}`);
      return 2;
    }
  }

  const started = performance.now();
  const log = (m: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  const host = machine();
  log(`${host.nproc} cores (${host.cpuModel}), ${host.memory}, Node ${host.node}, NODE_ENV=${process.env.NODE_ENV ?? ''}, load ${host.loadAverage.join(' ')}`);
  const reuse = args.values.data !== undefined;
  const root = reuse ? args.values.data! : mkdtempSync(join(tmpdir(), 'samverkan-bench-'));
  mkdirSync(root, { recursive: true });
  log(`data in ${root}`);
  const rows: Row[] = [];
  const fixtures: Partial<Record<Scale, Fixture>> = {};
  type Ids = Array<[id: string, operation: string, scale: string]>;
  const guard = async (what: string, ids: Ids, fn: () => Promise<Row[]>): Promise<Row[]> => {
    log(`${what} …`);
    try {
      return await fn();
    } catch (e) {
      log(`${what} failed: ${(e as Error).stack ?? e}`);
      return ids.map(([id, op, scale]) => skippedRow(id, op, scale, `failed: ${(e as Error).message.split('\n')[0]}`));
    }
  };
  let server: Neo4jServer | null = null;
  let neo: Neo4jDatabase | null = null;
  try {
    fixtures.region = await buildFixture(root, 'region', seed, log, reuse);
    fixtures.country = await buildFixture(root, 'country', seed, log, reuse);
    const region = fixtures.region;
    const country = fixtures.country;
    if (onNeo4j) {
      try {
        server = await openNeo4jServer(log);
        log(`neo4j: ${server.describe}`);
        if (!server.heap && !args.values['neo4j-wipe']) {
          const there = await countNeo4j(server.settings);
          if (there.nodes > 0) throw new Error(`it empties the database, and ${server.settings.database} at ${server.settings.uri} holds ${there.nodes} nodes: give --neo4j-wipe if it may be emptied`);
        }
      } catch (e) {
        console.error(`--store neo4j: ${(e as Error).message}`);
        return 1;
      }
      neo = new Neo4jDatabase(server, log);
    }
    const db = neo;

    // Each job: its SQLite rows and, with --store neo4j, the same on Neo4j (`neo4j`).
    // Without --store the jobs run in this order, as they always have.
    interface Job { scale: Scale; what: string; ids: Ids; before?: () => Promise<void>; run(): Promise<Row[]>; neo4j?: () => Promise<Row[]> }
    const jobs: Job[] = [];
    const neoIds = (ids: Ids): Ids => ids.map(([id, op, scale]) => [`${id}-neo4j`, op, `${scale} (neo4j)`]);
    const add = (job: Job) => jobs.push(job);
    if (want('graph')) {
      const regionOpts = { reps: 200, warmup: 20, budgetMs: 20_000, cold: true, gc: false };
      const countryOpts = { reps: 6, warmup: 1, budgetMs: 30_000, cold: true };
      add({ scale: 'region', what: 'graph, region', ids: [[`graph-vs-bare-region`, 'graph (whole map) over HTTP vs bare route', 'region']], run: () => graphRows(region, regionOpts),
        ...(db ? { neo4j: () => graphRows(region, regionOpts, db.target(region)) } : {}) });
      add({ scale: 'country', what: 'graph, country', ids: [[`graph-vs-bare-country`, 'graph (whole map) over HTTP vs bare route', 'country']], run: () => graphRows(country, countryOpts),
        ...(db ? { neo4j: () => graphRows(country, countryOpts, db.target(country)) } : {}) });
    }
    if (want('nested')) {
      const opts = { reps: 15, warmup: 2, sizes: [10, 50, 100] };
      add({ scale: 'country', what: 'nested query, country', ids: [[`nested-calls-country`, 'nested query (3 levels): store calls', 'country']], run: () => nestedRows(country, opts),
        ...(db ? { neo4j: () => nestedRows(country, opts, db.target(country)) } : {}) });
    }
    if (want('gap')) {
      const regionOpts = { today: GENERATED_TODAY, reps: 10, budgetMs: 15_000, deadlineMs: 60_000, log };
      const countryOpts = { today: GENERATED_TODAY, reps: 5, budgetMs: 150_000, deadlineMs: 360_000, log };
      const gapIds = (scale: Scale): Ids => gapRowIds(scale).map(([id, op]) => [id, op, scale]);
      add({ scale: 'region', what: 'gapAnalysis, region', ids: gapIds('region'), run: () => gapRows(region, regionOpts),
        ...(db ? { neo4j: () => gapRows(region, regionOpts, db.target(region)) } : {}) });
      add({ scale: 'country', what: 'gapAnalysis, country', ids: gapIds('country'), run: () => gapRows(country, countryOpts),
        ...(db ? { neo4j: () => gapRows(country, countryOpts, db.target(country)) } : {}) });
    }
    if (want('import')) {
      add({ scale: 'country', what: 'import, country', ids: [[`import-country`, 'bulk import of participations vs raw inserts', 'country']], run: () => importRows(country, { reps: 3, log }),
        ...(db ? { neo4j: () => importRowsNeo4j(country, db, { reps: 3, budgetMs: 240_000, log }) } : {}) });
    }
    if (extraScales.includes('country10')) {
      add({ scale: 'country10', what: 'import, country10', ids: [[`import-country10`, 'bulk import of participations vs raw inserts', 'country10']],
        // outside the guard, as before: a scale that does not import stops the run
        before: async () => void (fixtures.country10 = await buildFixture(root, 'country10', seed, log, reuse)),
        run: () => importRows(fixtures.country10!, { reps: 1, log }) });
    }
    if (want('load')) {
      add({ scale: 'country', what: 'load, country (simple query)', ids: [[`load-simple-country`, 'simple query under load', 'country']], run: () => loadRows(country, { connections: 10, seconds: 10, warmupSeconds: 2, whole: false }) });
      add({ scale: 'region', what: 'load, region (whole map)', ids: [[`load-graph-region`, 'graph (whole map) under load', 'region']], run: () => loadRows(region, { connections: 10, seconds: 10, warmupSeconds: 2, whole: true }).then((r) => r.filter((x) => x.id.startsWith('load-graph'))) });
    }
    const scales = [['region', region], ['country', country]] as const;
    if (want('health')) {
      for (const [scale, f] of scales) {
        add({ scale, what: `/health during gapAnalysis, ${scale}`, ids: [[`health-during-analysis-${scale}`, '/health while a gapAnalysis runs (worker thread): slowest answer', scale]],
          run: () => healthRows(f, { reps: scale === 'region' ? 10 : 3 }) });
      }
    }
    const loadOpts = { connections: 10, seconds: 10, warmupSeconds: 2 };
    if (want('mapdoc')) {
      for (const [scale, f] of scales) {
        add({ scale, what: `GET /api/map under load, ${scale}`, ids: [[`mapdoc-vs-bare-${scale}`, 'GET /api/map (brotli) under load vs bare route, same bytes: throughput (p99)', scale], [`mapdoc-size-${scale}`, 'whole-map document: compressed (brotli) vs identity bytes', scale]],
          run: () => mapdocRows(f, loadOpts) });
      }
    }
    if (want('analyst')) {
      for (const [scale, f] of scales) {
        add({ scale, what: `analyst query under load, ${scale}`, ids: [[`analyst-load-${scale}`, 'analyst query (forums with participants and care levels, first 100) under load: throughput (p99)', scale]],
          run: () => analystRows(f, loadOpts) });
      }
    }
    if (want('live')) {
      for (const [scale, f] of scales) {
        add({ scale, what: `live updates, ${scale}`, ids: [[`live-${scale}`, 'live updates: 200 subscriptions, 20 writers', scale]],
          run: () => liveRows(f, { subscribers: 200, writers: 20, writesEach: 10, log }) });
      }
    }
    if (want('memory')) {
      for (const [scale, f] of scales) {
        add({ scale, what: `memory, ${scale}`, ids: [[`memory-${scale}`, 'app memory (RSS) after 3× /api/map, 3× GraphQL graph, 1 gapAnalysis', scale]],
          run: () => memoryRows(f, { deadlineMs: 300_000 }) });
      }
    }
    // last: the web map is being finished by another engineer
    if (want('map')) {
      add({ scale: 'country', what: 'web map', ids: [[`map-stored-region`, 'map first frame, positions stored', 'region'], [`map-stored-country`, 'map first frame, positions stored', 'country']],
        run: () => mapRows([region, country], { repsByScale: { region: 3, country: 3 }, warmupByScale: { region: 1, country: 1 }, frameDeadlineMs: 150_000, computeDeadlineMs: 90_000, log }) });
    }
    // the web map at region scale against issue #16's targets: first frame after the data, filter, selection, focus
    if (want('mapregion')) {
      add({ scale: 'region', what: 'web map, region: first frame after the data, filter, selection, focus',
        ids: [['mapregion-frame-region', 'map first frame after the data arrived', 'region']],
        run: () => mapRegionRows(region, { reps: 5, warmup: 1, frameDeadlineMs: 60_000, log }) });
    }

    // With Neo4j: the jobs it shares by scale (region, then country: one import of each into
    // the one database), then the rest; the table keeps the order above either way.
    const rank: Record<Scale, number> = { region: 0, country: 1, country10: 2 };
    const order = jobs.map((job, i) => ({ job, i }));
    if (db) order.sort((a, b) => Number(!a.job.neo4j) - Number(!b.job.neo4j) || (a.job.neo4j ? rank[a.job.scale] - rank[b.job.scale] : 0) || a.i - b.i);
    const done: Row[][] = [];
    for (const { job, i } of order) {
      await job.before?.();
      const got = await guard(job.what, job.ids, job.run);
      if (job.neo4j) got.push(...(await guard(`${job.what} (neo4j)`, neoIds(job.ids), job.neo4j)));
      done[i] = got;
    }
    rows.push(...done.flat());
    // the growth of the warm analysis, from the two scales' rows of this run (beside the country rows)
    if (want('gap')) {
      const growth = [gapGrowthRow(rows), ...(db ? [gapGrowthRow(rows, '-neo4j')] : [])];
      const after = rows.findLastIndex((r) => r.id.startsWith('map-after-write-country') || r.id.startsWith('gap-'));
      rows.splice(after + 1, 0, ...growth);
    }
    // each Neo4j row beside its SQLite row, and its figure over the SQLite one
    const ordered: Row[] = [];
    const neoRows = new Map(rows.filter((r) => r.id.endsWith('-neo4j')).map((r) => [r.id, r]));
    for (const r of rows) {
      if (r.id.endsWith('-neo4j') && rows.some((x) => `${x.id}-neo4j` === r.id)) continue;
      ordered.push(r);
      const twin = neoRows.get(`${r.id}-neo4j`);
      if (!twin) continue;
      if (twin.figure && r.figure && twin.figure.unit === r.figure.unit) {
        twin.versus = { id: r.id, label: r.figure.label, value: r.figure.value, unit: r.figure.unit, ratio: twin.figure.value / r.figure.value };
      }
      ordered.push(twin);
    }
    rows.splice(0, rows.length, ...ordered);
  } finally {
    closeAgent();
    if (server) await server.stop().catch((e: unknown) => log(`neo4j: stopping failed: ${(e as Error).message}`));
    if (args.values.keep || reuse) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }

  const took = performance.now() - started;
  const table = textTable(rows);
  console.log(`\n${table}\n`);
  const misses = rows.filter((r) => r.targets.some((t) => !t.met));
  console.log(misses.length ? `Targets missed: ${misses.map((r) => `${r.operation} (${r.scale})`).join('; ')}` : 'Every target met.');
  console.log(`Took ${fmtMs(took)} on ${host.nproc} cores (${host.cpuModel}), Node ${host.node}, NODE_ENV=${process.env.NODE_ENV}.`);
  if (server && neo) {
    const imports = neo.imports.map((x) => `${x.scale}${x.load === 'all' ? '' : ` (${x.load})`} ${fmtMs(x.ms)}`).join(', ');
    console.log(`Neo4j: ${server.describe}; imports into it (each one transaction): ${imports || 'none'}.`);
  }
  const fixtureInfo = Object.fromEntries(Object.entries(fixtures).map(([k, f]) => [k, {
    nodes: f.files.nodes, edges: f.files.edges, participations: f.files.participations, rows: f.report.rows,
    csvBytes: f.files.files.reduce((n, x) => n + x.bytes, 0), generateMs: Math.round(f.generateMs), importAllMs: Math.round(f.importMs),
  }]));
  const neo4jInfo = server && neo ? { neo4j: { server: server.describe, heap: server.heap, imports: neo.imports.map((x) => ({ ...x, ms: Math.round(x.ms) })) } } : {};
  writeResults(join(RESULTS, 'latest.json'), { at: new Date().toISOString(), seed, took: Math.round(took), machine: host, nodeEnv: process.env.NODE_ENV, fixtures: fixtureInfo, ...neo4jInfo, rows });
  writeText(join(RESULTS, 'README-table.md'), `${markdownTable(rows)}\n`);
  log(`wrote bench/results/latest.json and bench/results/README-table.md`);
  // a benchmark reports; it never fails the build over a miss
  return 0;
}

process.exitCode = await main();
