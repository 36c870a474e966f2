// Child process for the gap-analysis row (bench/rows/analysis.ts forks it, so
// a run that takes minutes can be stopped at a deadline). Measures, side by
// side on one SQLite file: the snapshot build alone (the floor) and a cold
// `gapAnalysis` through a fresh engine (snapshot included), timing each rule
// with simple timers around the engine's own rule table. Every measurement is
// sent to the parent as it is made, so a stopped run still reports what it did.
// With `neo4j` instead of `db`, the same on the Neo4j database those settings
// name (npm run bench -- --store neo4j).
import { createAnalysisEngine, ReadModelSource } from '../server/analysis/index.ts';
import { RULE_FUNCTIONS } from '../server/analysis/rules/index.ts';
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
  /** Stop adding runs after this long (at least one of each is made). */
  budgetMs: number;
}

export type GapMessage =
  | { type: 'floor'; ms: number }
  | { type: 'subject'; ms: number; rules: Partial<Record<RuleId, number>>; findings: number; byRule: Array<{ ruleId: string; count: number }> }
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
  const floor = async () => {
    const t0 = performance.now();
    await new ReadModelSource(store).get();
    send({ type: 'floor', ms: performance.now() - t0 });
  };
  const subject = async () => {
    ruleTimes = {};
    const t0 = performance.now();
    const a = await createAnalysisEngine(store, { today: () => job.today, worker: false }).gapAnalysis({ asOf: job.today });
    const ms = performance.now() - t0;
    send({ type: 'subject', ms, rules: ruleTimes, findings: a.findings.length, byRule: a.byRule });
  };
  const started = performance.now();
  for (let i = 0; i < job.reps; i++) {
    if (i > 0 && performance.now() - started > job.budgetMs) break;
    if (i % 2 === 0) (await floor(), gc?.(), await subject());
    else (await subject(), gc?.(), await floor());
    gc?.();
  }
  // the last floor again when there was only one run: a floor on each side of the subject
  if (job.reps === 1 || performance.now() - started > job.budgetMs) await floor();
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
