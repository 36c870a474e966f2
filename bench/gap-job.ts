// Child process for the gap-analysis rows (bench/rows/analysis.ts forks it, so
// a run that takes minutes can be stopped at a deadline). Measures, in turns
// on one SQLite file (the order rotating from turn to turn):
// - `floor`: the read model built from the store (ReadModelSource: store read + indexes);
// - `cold`: gapAnalysis through a fresh engine (its read model included);
// - `warm`: gapAnalysis as a job on a read model built beforehand (untimed,
//   its node lists by label made, as a running server's are), its memo fresh:
//   every analysis index and finding computed, nothing read from the store;
// - `gapAfterWrite`: on an engine already warm (worker: false), one write
//   (a forum's description) and then gapAnalysis, timed together: the read
//   model brought forward from the change log, the analysis recomputed;
// - `mapWarm` / `mapAfterWrite`: the same two for the whole-map document;
// - `scoped`: one municipality's gapAnalysis on the warm engine once the
//   version's findings are known (an unscoped analysis before it, untimed);
//   `scopedAfterWrite`: one write, then that municipality's gapAnalysis.
// Each rule is timed with simple timers around the engine's own rule table.
// Every measurement is sent to the parent as it is made, so a stopped run
// still reports what it did. With `neo4j` instead of `db`, the same on the
// Neo4j database those settings name (npm run bench -- --store neo4j).
import { createAnalysisEngine, mergeOptions, ReadModel, ReadModelSource } from '../server/analysis/index.ts';
import { runJob, type Job, type JobResults } from '../server/analysis/jobs.ts';
import { RULE_FUNCTIONS } from '../server/analysis/rules/index.ts';
import { NodeLabel } from '../schema/enums.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import type { Neo4jSettings } from '../server/store/neo4j/executor.ts';
import type { GraphStore } from '../server/store/port.ts';
import { SqliteStore } from '../server/store/sqlite/sqlite-store.ts';
import type { RuleId } from '../server/analysis/catalogue.ts';

export interface GapJob {
  /** The SQLite file, or … */
  db?: string;
  /** … the Neo4j database, with the scale already loaded. */
  neo4j?: Neo4jSettings;
  today: string;
  reps: number;
  /** Stop adding turns after this long (at least one of each is made). */
  budgetMs: number;
}

export const SAMPLES = ['floor', 'cold', 'warm', 'gapAfterWrite', 'mapWarm', 'mapAfterWrite', 'scoped', 'scopedAfterWrite'] as const;
export type SampleName = (typeof SAMPLES)[number];

export type GapMessage =
  | { type: 'size'; nodes: number; edges: number }
  | {
    type: 'sample'; name: SampleName; ms: number;
    /** Analyses: time per rule, and what they found. */
    rules?: Partial<Record<RuleId, number>>; findings?: number; byRule?: Array<{ ruleId: string; count: number }>;
    /** Map documents: their size. */
    bytes?: number;
    /** After-write turns: the write's own share of `ms`. */
    writeMs?: number;
  }
  | { type: 'done' }
  | { type: 'error'; message: string };

const send = (m: GapMessage) => process.send!(m);

// simple timers around each rule, in this process only: the engine reads the table at call time
let ruleTimes: Partial<Record<RuleId, number>> = {};
for (const id of Object.keys(RULE_FUNCTIONS) as RuleId[]) {
  const rule = RULE_FUNCTIONS[id];
  RULE_FUNCTIONS[id] = (view, options) => {
    const t0 = performance.now();
    try {
      return rule(view, options);
    } finally {
      ruleTimes[id] = (ruleTimes[id] ?? 0) + performance.now() - t0;
    }
  };
}

async function run(job: GapJob): Promise<void> {
  if (!job.db === !job.neo4j) throw new Error('a gap job names a SQLite file or a Neo4j database');
  const store: GraphStore = job.neo4j ? new Neo4jStore(job.neo4j) : new SqliteStore(job.db!);
  await store.init();
  const gc = (globalThis as { gc?: () => void }).gc;
  const today = job.today;
  const options = mergeOptions();
  const gapJob: Job = { kind: 'gaps', q: { scope: null, asOf: today, compareTo: null, includeDismissed: false }, options, today, dismissals: [] };

  // untimed: the graph the warm read models are built from (elements are never changed in place, so one read serves every turn)
  const [data, version] = await Promise.all([store.subgraph({}), store.version()]);
  send({ type: 'size', nodes: data.nodes.length, edges: data.edges.length });
  const forum = data.nodes.find((n) => n.label === 'Forum');
  if (!forum) throw new Error('the data holds no forum to write to');
  // the scoped turns' municipality: the first by id, the same every run
  const municipality = data.nodes.filter((n) => n.label === 'Actor' && n.kind === 'MUNICIPALITY').map((n) => n.id).sort()[0];
  if (!municipality) throw new Error('the data holds no municipality to scope an analysis to');
  let writes = 0;
  let writeMs = 0;
  const write = async () => {
    const t0 = performance.now();
    await store.apply([{ op: 'update', id: forum.id, props: { description: `bench write ${++writes}` } }], { by: 'bench' });
    writeMs = performance.now() - t0;
  };

  // the engine the after-write turns use: warm (one analysis, one map document) before any is timed
  const engine = createAnalysisEngine(store, { today: () => today, worker: false });
  await engine.gapAnalysis({ asOf: today });
  await engine.mapDocument();

  const timed = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
    ruleTimes = {};
    const t0 = performance.now();
    const value = await fn();
    return { ms: performance.now() - t0, value };
  };
  const analysed = (name: SampleName, r: { ms: number; value: { findings: unknown[]; byRule: Array<{ ruleId: string; count: number }> } }) =>
    send({ type: 'sample', name, ms: r.ms, rules: ruleTimes, findings: r.value.findings.length, byRule: r.value.byRule, ...(name === 'gapAfterWrite' || name === 'scopedAfterWrite' ? { writeMs } : {}) });

  const turns: Record<SampleName, () => Promise<void>> = {
    floor: async () => {
      const r = await timed(() => new ReadModelSource(store).get());
      send({ type: 'sample', name: 'floor', ms: r.ms });
    },
    cold: async () => {
      const fresh = createAnalysisEngine(store, { today: () => today, worker: false });
      analysed('cold', await timed(() => fresh.gapAnalysis({ asOf: today })));
    },
    warm: async () => {
      // the read model as a running server holds it: its node lists by label made (they outlive analyses and are kept
      // across writes); the analysis's own indexes and every finding are computed in the timed run
      const model = new ReadModel(data, version);
      for (const label of NodeLabel.options) model.nodes(label);
      analysed('warm', await timed(() => runJob(model, gapJob) as JobResults['gaps']));
    },
    gapAfterWrite: async () => {
      analysed('gapAfterWrite', await timed(async () => {
        await write();
        return engine.gapAnalysis({ asOf: today });
      }));
    },
    scoped: async () => {
      await engine.gapAnalysis({ asOf: today });
      analysed('scoped', await timed(() => engine.gapAnalysis({ asOf: today, scope: municipality })));
    },
    scopedAfterWrite: async () => {
      analysed('scopedAfterWrite', await timed(async () => {
        await write();
        return engine.gapAnalysis({ asOf: today, scope: municipality });
      }));
    },
    mapWarm: async () => {
      const model = new ReadModel(data, version);
      const r = await timed(() => runJob(model, { kind: 'map' }) as Uint8Array);
      send({ type: 'sample', name: 'mapWarm', ms: r.ms, bytes: r.value.byteLength });
    },
    mapAfterWrite: async () => {
      const r = await timed(async () => {
        await write();
        return engine.mapDocument();
      });
      send({ type: 'sample', name: 'mapAfterWrite', ms: r.ms, bytes: r.value.bytes.byteLength, writeMs });
    },
  };
  const names = [...SAMPLES];
  const started = performance.now();
  for (let i = 0; i < job.reps; i++) {
    if (i > 0 && performance.now() - started > job.budgetMs) break;
    // the order rotates from turn to turn, so none always runs first
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (let k = 0; k < order.length; k++) {
      gc?.();
      await turns[order[(k + Math.floor(i / 2)) % order.length]!]();
    }
  }
  await engine.close();
  await store.close();
  send({ type: 'done' });
}

process.once('message', (job: GapJob) => {
  run(job).then(
    () => process.exit(0),
    (e: unknown) => {
      send({ type: 'error', message: e instanceof Error ? e.stack ?? e.message : String(e) });
      process.exit(1);
    },
  );
});
