// gapAnalysis and the whole-map document on the read model, in a child
// process (bench/gap-job.ts) that is stopped at a deadline:
// - cold (a fresh engine, its read model included) against building the read model alone;
// - warm (a read model built beforehand, its memo fresh) against the same build;
// - right after a single write, on an engine already warm, against the warm one;
// - the same for the whole map;
// and, once both scales ran, how the warm analysis grows from region to country.
// Each rule is timed, so a miss says where the time goes.
import { fork } from 'node:child_process';
import type { GapJob, GapMessage, SampleName } from '../gap-job.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { openCopy, removeDb, type StoreTarget } from '../lib/fixtures.ts';
import { median } from '../lib/measure.ts';
import { fmtMs, pairRow, skippedRow, type Figure, type Row } from '../lib/report.ts';

const FLOOR_LABEL = 'read model build (store read + indexes)';
/** A scoped analysis costs in proportion to its scope (#14): one municipality, a small share of the whole. */
const SCOPED_TARGET = '≤ 0.1× warm (in proportion to its scope)';

/** The rows of one scale: id, operation, targets (printed on a skipped row too). */
export function gapRowIds(scale: string, suffix = ''): Array<[id: string, operation: string, targets: string[]]> {
  return [
    [`gap-${scale}${suffix}`, 'gapAnalysis (cold: fresh engine) vs read model build', ['≤ 5× read model build']],
    [`gap-warm-${scale}${suffix}`, 'gapAnalysis (warm read model, memo fresh) vs read model build', ['< 1 s']],
    [`gap-after-write-${scale}${suffix}`, 'one write + gapAnalysis (warm engine) vs warm gapAnalysis', ['≤ 2× warm']],
    [`map-after-write-${scale}${suffix}`, 'one write + whole-map document (warm engine) vs warm map document', ['≤ 2× warm']],
    [`gap-scoped-${scale}${suffix}`, 'one municipality\'s gapAnalysis (warm engine, the version analysed) vs warm gapAnalysis', [SCOPED_TARGET]],
    [`gap-scoped-after-write-${scale}${suffix}`, 'one write + one municipality\'s gapAnalysis (warm engine) vs warm gapAnalysis', [SCOPED_TARGET]],
  ];
}

type GapOptions = { today: string; reps: number; budgetMs: number; deadlineMs: number; log: (m: string) => void };

/** On a SQLite copy of the fixture, or (`target`, Neo4j) on the Neo4j database with the fixture's scale loaded. */
export async function gapRows(f: Fixture, opts: GapOptions, target?: StoreTarget): Promise<Row[]> {
  if (target?.kind === 'neo4j') {
    await target.prepare!();
    return measureGap(f, { neo4j: target.neo4j! }, opts, target);
  }
  const { store, path } = await openCopy(f, 'gap');
  await store.close();
  try {
    return await measureGap(f, { db: path }, opts);
  } finally {
    removeDb(path);
  }
}

type Sample = Extract<GapMessage, { type: 'sample' }>;

const fmtRules = (rules: Partial<Record<string, number>> | undefined) =>
  Object.entries(rules ?? {}).sort((a, b) => b[1]! - a[1]!).slice(0, 4)
    .map(([id, ms]) => `${id} ${ms! >= 1000 ? `${(ms! / 1000).toFixed(1)} s` : `${Math.round(ms!)} ms`}`).join(', ');

async function measureGap(f: Fixture, on: Pick<GapJob, 'db' | 'neo4j'>, opts: GapOptions, target?: StoreTarget): Promise<Row[]> {
  const suffix = target?.idSuffix ?? '';
  const scale = target?.scale ?? f.scale;
  const samples: Record<SampleName, Sample[]> = { floor: [], cold: [], warm: [], gapAfterWrite: [], mapWarm: [], mapAfterWrite: [], scoped: [], scopedAfterWrite: [] };
  let size: { nodes: number; edges: number } | null = null;
  let stopped = false;
  let failure: string | null = null;
  await new Promise<void>((resolve, reject) => {
    const child = fork(new URL('../gap-job.ts', import.meta.url), [], { execArgv: [...process.execArgv.filter((a) => a !== '--expose-gc'), '--expose-gc'] });
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, opts.deadlineMs);
    child.on('message', (m: GapMessage) => {
      if (m.type === 'size') size = { nodes: m.nodes, edges: m.edges };
      else if (m.type === 'sample') {
        samples[m.name].push(m);
        if (m.name !== 'floor') opts.log(`  ${m.name} ${scale}: ${Math.round(m.ms)} ms`);
      } else if (m.type === 'error') failure = m.message;
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.on('error', reject);
    child.send({ ...on, today: opts.today, reps: opts.reps, budgetMs: opts.budgetMs } satisfies GapJob);
  });
  if (failure) throw new Error(failure);
  const ms = (name: SampleName) => samples[name].map((s) => s.ms);
  const fig = (name: SampleName, label: string, detail?: string): Figure | null =>
    samples[name].length ? { label, value: median(ms(name)), unit: 'ms', samples: ms(name), ...(detail ? { detail } : {}) } : null;
  const last = (name: SampleName) => samples[name].at(-1);
  const ids = gapRowIds(f.scale, suffix);
  const why = stopped ? `no run finished within ${Math.round(opts.deadlineMs / 1000)} s` : 'the analysis process ended without a result';
  const floor = fig('floor', FLOOR_LABEL);
  const n = size as { nodes: number; edges: number } | null;
  const sizeNote = n ? `${n.nodes} nodes + ${n.edges} edges` : '';
  const row = (i: number, figure: Figure | null, against: Figure | null, targets: Array<(r: number, fig: Figure) => { text: string; met: boolean }>, extra: { note?: string; extra?: Record<string, unknown> } = {}): Row => {
    const [id, operation, texts] = ids[i]!;
    if (!figure || !against) return skippedRow(id, operation, scale, `${why} (${FLOOR_LABEL}: ${floor ? `${Math.round(floor.value)} ms` : 'not finished'})`, texts);
    return pairRow({ id, operation, scale, reps: figure.samples!.length, figure, floor: against, targets, ...extra });
  };
  const writeShare = (name: SampleName) => {
    const w = samples[name].map((s) => s.writeMs).filter((x): x is number => x !== undefined);
    return w.length ? `${fmtMs(median(w))}` : '?';
  };
  const findings = (name: SampleName) => `${last(name)?.findings ?? '?'} findings`;
  const rulesOf = (name: SampleName) => last(name)?.rules;
  const warm = fig('warm', 'gapAnalysis job, warm read model', findings('warm'));
  const mapWarm = fig('mapWarm', 'whole-map document, warm read model', last('mapWarm')?.bytes ? `${(last('mapWarm')!.bytes! / 2 ** 20).toFixed(1)} MiB` : undefined);
  return [
    row(0, fig('cold', 'gapAnalysis, fresh engine', findings('cold')), floor,
      [(r) => ({ text: '≤ 5× read model build', met: r <= 5 })],
      { ...(rulesOf('cold') ? { note: `slowest rules: ${fmtRules(rulesOf('cold'))}` } : {}),
        extra: { rulesMs: Object.fromEntries(Object.entries(rulesOf('cold') ?? {}).map(([k, v]) => [k, Math.round(v!)])), byRule: last('cold')?.byRule ?? [] } }),
    row(1, warm, floor,
      [(_r, x) => ({ text: '< 1 s', met: x.value < 1000 })],
      { note: `${sizeNote}; the read model built beforehand (untimed, its node lists by label made, as a running server's are), its memo fresh: every analysis index and finding computed; slowest rules: ${fmtRules(rulesOf('warm'))}`,
        extra: { nodes: n?.nodes, edges: n?.edges, rulesMs: Object.fromEntries(Object.entries(rulesOf('warm') ?? {}).map(([k, v]) => [k, Math.round(v!)])) } }),
    row(2, fig('gapAfterWrite', 'write + gapAnalysis, warm engine (worker: false)', `${findings('gapAfterWrite')}; the write ${writeShare('gapAfterWrite')}`), warm,
      [(r) => ({ text: '≤ 2× warm', met: r <= 2 })],
      { note: `store.apply (one forum's description) + gapAnalysis timed together: the read model brought forward from the change log; slowest rules: ${fmtRules(rulesOf('gapAfterWrite'))}` }),
    row(3, fig('mapAfterWrite', 'write + engine.mapDocument(), warm engine (worker: false)', `the write ${writeShare('mapAfterWrite')}`), mapWarm,
      [(r) => ({ text: '≤ 2× warm', met: r <= 2 })],
      { note: 'store.apply (one forum\'s description) + mapDocument timed together; the floor serialises the map on a read model built beforehand (untimed)' }),
    row(4, fig('scoped', 'gapAnalysis(scope: a municipality), warm engine', findings('scoped')), warm,
      [(r) => ({ text: SCOPED_TARGET, met: r <= 0.1 })],
      { note: 'an unscoped analysis of the same version before it (untimed): the version\'s findings are kept, and the scope filters them' }),
    row(5, fig('scopedAfterWrite', 'write + gapAnalysis(scope: a municipality), warm engine', `${findings('scopedAfterWrite')}; the write ${writeShare('scopedAfterWrite')}`), warm,
      [(r) => ({ text: SCOPED_TARGET, met: r <= 0.1 })],
      { note: 'store.apply (one forum\'s description) + the scoped analysis timed together: the first analysis of a new version runs every rule over the whole map, then filters' }),
  ];
}

/**
 * How the warm analysis grows from region to country: the exponent k in
 * t ∝ (nodes + edges)^k, from the two warm rows of the same run.
 */
export function gapGrowthRow(rows: readonly Row[], suffix = ''): Row {
  const id = `gap-growth${suffix}`;
  const operation = 'gapAnalysis (warm) growth, region → country: exponent of nodes + edges';
  const target = '≤ 1.2';
  const at = (scale: string) => rows.find((r) => r.id === `gap-warm-${scale}${suffix}` && r.figure && !r.skipped);
  const [r, c] = [at('region'), at('country')];
  const size = (x: Row) => Number(x.extra?.nodes ?? NaN) + Number(x.extra?.edges ?? NaN);
  const scaleName = `region → country${suffix ? ` (${suffix.slice(1)})` : ''}`;
  if (!r || !c || !Number.isFinite(size(r)) || !Number.isFinite(size(c))) {
    return skippedRow(id, operation, scaleName, `needs the warm gapAnalysis at both scales (${[!r && 'region', !c && 'country'].filter(Boolean).join(' and ') || 'sizes'} missing)`, [target]);
  }
  const [nr, nc] = [size(r), size(c)];
  const [tr, tc] = [r.figure!.value, c.figure!.value];
  const k = Math.log(tc / tr) / Math.log(nc / nr);
  return {
    id, operation, scale: scaleName,
    figure: { label: 'exponent', value: k, unit: 'exponent', detail: `${Math.round(tr)} ms → ${Math.round(tc)} ms` },
    floor: { label: 'size', value: nc / nr, unit: 'times', detail: `${nr} → ${nc} nodes + edges` },
    ratio: null, ratioKind: 'time', reps: Math.min(r.reps, c.reps),
    targets: [{ text: target, met: k <= 1.2 }],
    note: 'log(t_country / t_region) / log(n_country / n_region), t the warm gapAnalysis medians of this run',
  };
}
