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
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, GENERATED_TODAY, type Scale } from './generate.ts';
import { buildFixture, type Fixture } from './lib/fixtures.ts';
import { closeAgent } from './lib/http.ts';
import { machine } from './lib/machine.ts';
import { fmtMs, markdownTable, skippedRow, textTable, writeResults, writeText, type Row } from './lib/report.ts';
import { gapRows } from './rows/analysis.ts';
import { graphRows } from './rows/graph.ts';
import { importRows } from './rows/import.ts';
import { loadRows } from './rows/load.ts';
import { mapRows } from './rows/map.ts';
import { nestedRows } from './rows/nested.ts';

const GROUPS = ['graph', 'nested', 'gap', 'import', 'load', 'map'] as const;
type Group = (typeof GROUPS)[number];

const USAGE = `Usage: npm run bench [-- --scale country10] [--only ${GROUPS.join(',')}] [--seed N] [--keep]
  --scale country10  also generate and import ten times the country (100 000 forums, 600 000 participations)
  --only G,…         run only these groups of rows (default: all)
  --seed N           the generator's seed (default ${DEFAULT_SEED})
  --keep             keep the temporary data (its folder is printed)
  --data DIR         keep the data in DIR and reuse the stores imported there by an earlier run`;

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
  const guard = async (what: string, ids: Array<[id: string, operation: string, scale: string]>, fn: () => Promise<Row[]>) => {
    log(`${what} …`);
    try {
      rows.push(...(await fn()));
    } catch (e) {
      log(`${what} failed: ${(e as Error).stack ?? e}`);
      rows.push(...ids.map(([id, op, scale]) => skippedRow(id, op, scale, `failed: ${(e as Error).message.split('\n')[0]}`)));
    }
  };
  try {
    fixtures.region = await buildFixture(root, 'region', seed, log, reuse);
    fixtures.country = await buildFixture(root, 'country', seed, log, reuse);
    const region = fixtures.region;
    const country = fixtures.country;

    if (want('graph')) {
      await guard('graph, region', [[`graph-vs-bare-region`, 'graph (whole map) over HTTP vs bare route', 'region']], () => graphRows(region, { reps: 200, warmup: 20, budgetMs: 20_000, cold: true, gc: false }));
      await guard('graph, country', [[`graph-vs-bare-country`, 'graph (whole map) over HTTP vs bare route', 'country']], () => graphRows(country, { reps: 6, warmup: 1, budgetMs: 30_000, cold: true }));
    }
    if (want('nested')) {
      await guard('nested query, country', [[`nested-calls-country`, 'nested query (3 levels): store calls', 'country']], () => nestedRows(country, { reps: 15, warmup: 2, sizes: [10, 50, 100] }));
    }
    if (want('gap')) {
      await guard('gapAnalysis, region', [[`gap-region`, 'gapAnalysis (cold) vs snapshot build', 'region']], () => gapRows(region, { today: GENERATED_TODAY, reps: 10, budgetMs: 15_000, deadlineMs: 60_000, log }));
      await guard('gapAnalysis, country', [[`gap-country`, 'gapAnalysis (cold) vs snapshot build', 'country']], () => gapRows(country, { today: GENERATED_TODAY, reps: 3, budgetMs: 20_000, deadlineMs: 240_000, log }));
    }
    if (want('import')) {
      await guard('import, country', [[`import-country`, 'bulk import of participations vs raw inserts', 'country']], () => importRows(country, { reps: 3, log }));
    }
    if (extraScales.includes('country10')) {
      fixtures.country10 = await buildFixture(root, 'country10', seed, log, reuse);
      const c10 = fixtures.country10;
      await guard('import, country10', [[`import-country10`, 'bulk import of participations vs raw inserts', 'country10']], () => importRows(c10, { reps: 1, log }));
    }
    if (want('load')) {
      await guard('load, country (simple query)', [[`load-simple-country`, 'simple query under load', 'country']], () => loadRows(country, { connections: 10, seconds: 10, warmupSeconds: 2, whole: false }));
      await guard('load, region (whole map)', [[`load-graph-region`, 'graph (whole map) under load', 'region']], () => loadRows(region, { connections: 10, seconds: 10, warmupSeconds: 2, whole: true }).then((r) => r.filter((x) => x.id.startsWith('load-graph'))));
    }
    // last: the web map is being finished by another engineer
    if (want('map')) {
      await guard('web map', [[`map-stored-region`, 'map first frame, positions stored', 'region'], [`map-stored-country`, 'map first frame, positions stored', 'country']],
        () => mapRows([region, country], { repsByScale: { region: 3, country: 1 }, warmupByScale: { region: 1 }, frameDeadlineMs: 150_000, computeDeadlineMs: 90_000, log }));
    }
  } finally {
    closeAgent();
    if (args.values.keep || reuse) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }

  const took = performance.now() - started;
  const table = textTable(rows);
  console.log(`\n${table}\n`);
  const misses = rows.filter((r) => r.targets.some((t) => !t.met));
  console.log(misses.length ? `Targets missed: ${misses.map((r) => `${r.operation} (${r.scale})`).join('; ')}` : 'Every target met.');
  console.log(`Took ${fmtMs(took)} on ${host.nproc} cores (${host.cpuModel}), Node ${host.node}, NODE_ENV=${process.env.NODE_ENV}.`);
  const fixtureInfo = Object.fromEntries(Object.entries(fixtures).map(([k, f]) => [k, {
    nodes: f.files.nodes, edges: f.files.edges, participations: f.files.participations, rows: f.report.rows,
    csvBytes: f.files.files.reduce((n, x) => n + x.bytes, 0), generateMs: Math.round(f.generateMs), importAllMs: Math.round(f.importMs),
  }]));
  writeResults(join(RESULTS, 'latest.json'), { at: new Date().toISOString(), seed, took: Math.round(took), machine: host, nodeEnv: process.env.NODE_ENV, fixtures: fixtureInfo, rows });
  writeText(join(RESULTS, 'README-table.md'), `${markdownTable(rows)}\n`);
  log(`wrote bench/results/latest.json and bench/results/README-table.md`);
  // a benchmark reports; it never fails the build over a miss
  return 0;
}

process.exitCode = await main();
