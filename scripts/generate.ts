// `npm run generate -- --scale region|country|country10 [--out DIR] [--seed N] [--import] [--dry-run]`
//
// Writes a deterministic synthetic graph (bench/generate.ts) as CSV files in
// the import template's format, one per sheet, into DIR (default
// data/generated/<scale>). With --import (or --dry-run) it then imports them
// into the configured store (STORE, DATA_DIR, NEO4J_* as for the server) with
// the same code as `npm run import`. Exit code: 0 done, 1 the import found
// problems, 2 wrong usage, 3 the store failed.
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, SCALES, generate, importGenerated, limitsFor, summary, writeCsvFiles, type Scale } from '../bench/generate.ts';
import { loadConfig } from '../server/config.ts';
import { createStore } from '../server/store/index.ts';

const USAGE = `Usage: npm run generate -- --scale region|country|country10 [--out DIR] [--seed N] [--import] [--dry-run]
  --scale S    region (about Västerbotten), country (21 regions, 290 municipalities, 10 000 forums,
               60 000 participations) or country10 (ten times the forums and participations)
  --out DIR    where the CSV files go (default data/generated/<scale>)
  --seed N     the PRNG seed (default ${DEFAULT_SEED}); the same seed gives the same files
  --import     import the files into the configured store afterwards (as npm run import does)
  --dry-run    check the files with an import dry run; write nothing to the store`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        scale: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        import: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
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
  const scale = args.values.scale as Scale | undefined;
  if (!scale || !SCALES.includes(scale)) {
    console.error(USAGE);
    return 2;
  }
  const seed = args.values.seed === undefined ? DEFAULT_SEED : Number(args.values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    console.error('--seed must be a whole number from 0 to 4294967295');
    return 2;
  }
  const out = args.values.out ?? `data/generated/${scale}`;

  let started = performance.now();
  const graph = generate(scale, seed);
  const files = writeCsvFiles(graph, out);
  const s = summary(graph);
  console.error(`Generated ${scale} (seed ${seed}) in ${Math.round(performance.now() - started)} ms: ${files.nodes} elements, ${files.edges} relationships (${files.participations} participations)`);
  console.error(`  elements: ${Object.entries(s.nodes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.error(`  relationships: ${Object.entries(s.edges).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const f of files.files) console.log(f.path);
  const rows = files.files.reduce((n, f) => n + f.rows, 0);
  if (!args.values.import && !args.values['dry-run']) {
    const limits = limitsFor(files);
    console.error(`Import them with: npm run import -- ${out}/*.csv${limits.maxRows! > 100_000 ? ` --max-rows ${limits.maxRows}` : ''}`);
    return 0;
  }

  const config = loadConfig();
  const store = await createStore(config);
  try {
    await store.init();
    started = performance.now();
    const report = await importGenerated(store, files, { dryRun: args.values['dry-run'] });
    console.error(`${report.message} (${rows} rows, ${Math.round(performance.now() - started)} ms)`);
    for (const p of report.problems.slice(0, 20)) console.error(`  ${p.sheet ?? p.file ?? ''} ${p.row ?? ''} ${p.column ?? ''} [${p.code}] ${p.message}`);
    return report.ok ? 0 : 1;
  } catch (e) {
    console.error(`The import failed: ${(e as Error).message}`);
    return 3;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
