// Bulk import of a scale's participations (participation.csv, through
// `importFiles` as `npm run import` runs it) into a store that already holds
// every element, against its floor: the same rows as raw prepared INSERTs in
// one better-sqlite3 transaction into the same schema, with the store's own
// pragmas. Each run starts from a fresh copy of the same file.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { edgeId } from '../../schema/domain.ts';
import type { ImportPhase } from '../../server/io/import.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { importGenerated } from '../generate.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { maybeGc, median } from '../lib/measure.ts';
import { pairRow, type Row } from '../lib/report.ts';

export const PARTICIPATION_FILE = 'participation.csv';

/** A store with everything but the participations, imported through the import path; closed. */
export async function preParticipationDb(f: Fixture): Promise<string> {
  const path = join(f.dir, 'pre-participation.db');
  if (existsSync(path)) return path;
  const store = new SqliteStore(path);
  await store.init();
  const r = await importGenerated(store, f.files, { only: (name) => name !== PARTICIPATION_FILE });
  await store.close();
  if (!r.ok) throw new Error(`importing all but the participations failed: ${r.message}`);
  return path;
}

function copyDb(from: string, to: string): void {
  for (const ext of ['', '-wal', '-shm']) {
    rmSync(to + ext, { force: true });
    if (existsSync(from + ext)) copyFileSync(from + ext, to + ext);
  }
}

type Participation = Fixture['graph']['edges'][number];

/**
 * Raw inserts: the floor. The same table, pragmas and rows, no checks; with
 * `log`, also the change-log row each relationship gets (the audit trail).
 */
function rawInsert(path: string, rows: readonly Participation[], log = false): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const at = new Date().toISOString();
    const insert = db.prepare('INSERT INTO edges (id, type, from_id, to_id, props, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const change = db.prepare('INSERT INTO changes (at, by, op, target, before, after, node_a, node_b) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const bump = db.prepare("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'version'");
    db.transaction(() => {
      for (const e of rows) {
        const id = edgeId('PARTICIPATES_IN', e.from, e.to);
        const props = { source: e.props.source, role: e.props.role ?? 'MEMBER' };
        insert.run(id, 'PARTICIPATES_IN', e.from, e.to, JSON.stringify(props), at, 'raw', at, 'raw');
        if (log) change.run(at, 'raw', 'link', id, null, JSON.stringify({ ...props, id, type: 'PARTICIPATES_IN', from: e.from, to: e.to, createdAt: at, createdBy: 'raw', updatedAt: at, updatedBy: 'raw' }), e.from, e.to);
      }
      bump.run();
    })();
  } finally {
    db.close();
  }
}

export async function importRows(f: Fixture, opts: { reps: number; log: (m: string) => void }): Promise<Row[]> {
  const pre = await preParticipationDb(f);
  const rows = f.graph.edges.filter((e) => e.type === 'PARTICIPATES_IN');
  const file = f.files.files.find((x) => x.name === PARTICIPATION_FILE)!;
  const work = join(f.dir, 'import-run.db');
  const subject: number[] = [];
  const floor: number[] = [];
  const phases: Array<Partial<Record<ImportPhase, number>>> = [];
  const floorLog: number[] = [];
  const runImport = async () => {
    copyDb(pre, work);
    const store = new SqliteStore(work);
    await store.init();
    const marks: Array<[ImportPhase, number]> = [];
    const t0 = performance.now();
    const r = await importGenerated(store, f.files, {
      only: (name) => name === PARTICIPATION_FILE,
      onProgress: (p) => {
        if (marks.at(-1)?.[0] !== p.phase) marks.push([p.phase, performance.now()]);
      },
    });
    const ms = performance.now() - t0;
    await store.close();
    if (!r.ok || r.changed?.edges !== rows.length) throw new Error(`the participation import did not write ${rows.length} rows: ${r.message}`);
    subject.push(ms);
    // time spent in each phase: from its first report to the next phase's
    const spent: Partial<Record<ImportPhase, number>> = {};
    marks.forEach(([phase, at], i) => (spent[phase] = Math.round((marks[i + 1]?.[1] ?? t0 + ms) - at)));
    phases.push(spent);
  };
  const runRaw = async (log = false) => {
    copyDb(pre, work);
    const t0 = performance.now();
    rawInsert(work, rows, log);
    (log ? floorLog : floor).push(performance.now() - t0);
  };
  const turn = [() => runRaw(), () => runImport(), () => runRaw(true)];
  for (let i = 0; i < opts.reps; i++) {
    for (const op of i % 2 === 0 ? turn : [...turn].reverse()) (await op(), maybeGc());
    opts.log(`  import ${f.scale}: ${Math.round(subject.at(-1)!)} ms vs raw ${Math.round(floor.at(-1)!)} ms (with change-log rows ${Math.round(floorLog.at(-1)!)} ms)`);
  }
  for (const ext of ['', '-wal', '-shm']) rmSync(work + ext, { force: true });
  const med = median(subject);
  const mid = phases[subject.indexOf([...subject].sort((a, b) => a - b)[subject.length >> 1]!)] ?? phases[0]!;
  const perSecond = (ms: number) => Math.round(rows.length / (ms / 1000)).toLocaleString('en-US');
  const figure = { label: 'importFiles(participation.csv)', value: med, unit: 'ms' as const, samples: subject, detail: `${perSecond(med)} rows/s` };
  const phaseText = `phases of the median run: ${Object.entries(mid).map(([k, v]) => `${k} ${v} ms`).join(', ')}; file ${(file.bytes / 2 ** 20).toFixed(1)} MiB`;
  return [pairRow({
    id: `import-${f.scale}`, operation: `bulk import of ${rows.length.toLocaleString('en-US')} participations (CSV) vs raw inserts`, scale: f.scale, reps: subject.length,
    figure,
    floor: { label: 'raw prepared INSERTs, one transaction', value: median(floor), unit: 'ms', samples: floor, detail: `${perSecond(median(floor))} rows/s` },
    ratioKind: 'throughput',
    targets: [(r) => ({ text: 'throughput ≥ 0.5 of raw', met: r >= 0.5 })],
    note: phaseText,
    extra: { phases, rows: rows.length },
  }), pairRow({
    id: `import-log-${f.scale}`, operation: 'the same import vs raw inserts with their change-log rows', scale: f.scale, reps: subject.length,
    figure,
    floor: { label: 'raw INSERTs + one change-log row each, one transaction', value: median(floorLog), unit: 'ms', samples: floorLog, detail: `${perSecond(median(floorLog))} rows/s` },
    ratioKind: 'throughput',
    note: 'no target of its own: the floor with the audit trail every write keeps (server/store: one change-log entry per relationship)',
  })];
}
