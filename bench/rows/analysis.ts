// gapAnalysis (cold: a fresh engine, its snapshot included) against building
// the snapshot alone, in a child process (bench/gap-job.ts) that is stopped at
// a deadline; each rule is timed, so a miss says where the time goes.
import { fork } from 'node:child_process';
import type { GapJob, GapMessage } from '../gap-job.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { openCopy, removeDb, type StoreTarget } from '../lib/fixtures.ts';
import { median } from '../lib/measure.ts';
import { pairRow, skippedRow, type Row } from '../lib/report.ts';

export const ANALYSIS_TARGETS = ['< 1 s', '≤ 10× snapshot build'];

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

async function measureGap(f: Fixture, on: Pick<GapJob, 'db' | 'neo4j'>, opts: GapOptions, target?: StoreTarget): Promise<Row[]> {
  const id = `gap-${f.scale}${target?.idSuffix ?? ''}`;
  const scale = target?.scale ?? f.scale;
  const floor: number[] = [];
  const subject: number[] = [];
  let last: Extract<GapMessage, { type: 'subject' }> | null = null;
  let stopped = false;
  await new Promise<void>((resolve, reject) => {
    const child = fork(new URL('../gap-job.ts', import.meta.url), [], { execArgv: [...process.execArgv.filter((a) => a !== '--expose-gc'), '--expose-gc'] });
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, opts.deadlineMs);
    child.on('message', (m: GapMessage) => {
      if (m.type === 'floor') floor.push(m.ms);
      else if (m.type === 'subject') {
        subject.push(m.ms);
        last = m;
        opts.log(`  gapAnalysis ${scale}: ${Math.round(m.ms)} ms`);
      } else if (m.type === 'error') reject(new Error(m.message));
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.on('error', reject);
    child.send({ ...on, today: opts.today, reps: opts.reps, budgetMs: opts.budgetMs } satisfies GapJob);
  });
  const op = 'gapAnalysis (cold) vs snapshot build';
  if (!subject.length || !floor.length) {
    return [skippedRow(id, op, scale, stopped ? `no run finished within ${Math.round(opts.deadlineMs / 1000)} s (snapshot build: ${floor.length ? `${Math.round(median(floor))} ms` : 'not finished'})` : 'the analysis process ended without a result', ANALYSIS_TARGETS)];
  }
  const done = last as Extract<GapMessage, { type: 'subject' }> | null;
  const rules = done ? Object.entries(done.rules).sort((a, b) => b[1] - a[1]) : [];
  const top = rules.slice(0, 4).map(([id, ms]) => `${id} ${ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`}`).join(', ');
  return [pairRow({
    id, operation: op, scale, reps: subject.length,
    figure: { label: 'gapAnalysis, fresh engine', value: median(subject), unit: 'ms', samples: subject, detail: `${done?.findings ?? '?'} findings` },
    floor: { label: 'snapshot build (store read + graphology)', value: median(floor), unit: 'ms', samples: floor },
    targets: [
      (_r, fig) => ({ text: '< 1 s', met: fig.value < 1000 }),
      (r) => ({ text: '≤ 10× snapshot', met: r <= 10 }),
    ],
    ...(top ? { note: `slowest rules: ${top}` } : {}),
    extra: { rulesMs: Object.fromEntries(rules.map(([k, v]) => [k, Math.round(v)])), byRule: done?.byRule ?? [] },
  })];
}
