// Bulk import of a scale's participations (participation.csv, through
// `importFiles` as `npm run import` runs it) into a store that already holds
// every element, against its floor: the same rows as raw prepared INSERTs in
// one better-sqlite3 transaction into the same schema, with the store's own
// pragmas. Each run starts from a fresh copy of the same file.
//
// On Neo4j (`importRowsNeo4j`, npm run bench -- --store neo4j): the same
// import into the one database holding everything but the participations,
// against the same rows sent as raw Cypher (UNWIND … CREATE, no checks) in
// one transaction. Between runs the database is put back as it was: the
// participations and the change-log entries after it deleted, the version
// and sequence reset (far cheaper than importing the scale again).
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../server/store/sqlite/driver.ts';
import neo4j from 'neo4j-driver';
import { edgeId } from '../../schema/domain.ts';
import type { ImportPhase } from '../../server/io/import.ts';
import { BATCH_ROWS } from '../../server/store/neo4j/neo4j-store.ts';
import type { Neo4jSettings } from '../../server/store/neo4j/executor.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { importGenerated } from '../generate.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { maybeGc, median } from '../lib/measure.ts';
import { countNeo4j, withSession, type Neo4jDatabase } from '../lib/neo4j.ts';
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

/** The participation import through `importFiles`, timed, with the time spent in each phase. */
async function timedImport(store: GraphStore, f: Fixture, expected: number): Promise<{ ms: number; spent: Partial<Record<ImportPhase, number>> }> {
  const marks: Array<[ImportPhase, number]> = [];
  const t0 = performance.now();
  const r = await importGenerated(store, f.files, {
    only: (name) => name === PARTICIPATION_FILE,
    onProgress: (p) => {
      if (marks.at(-1)?.[0] !== p.phase) marks.push([p.phase, performance.now()]);
    },
  });
  const ms = performance.now() - t0;
  if (!r.ok || r.changed?.edges !== expected) throw new Error(`the participation import did not write ${expected} rows: ${r.message}`);
  // time spent in each phase: from its first report to the next phase's
  const spent: Partial<Record<ImportPhase, number>> = {};
  marks.forEach(([phase, at], i) => (spent[phase] = Math.round((marks[i + 1]?.[1] ?? t0 + ms) - at)));
  return { ms, spent };
}

const phasesOfMedian = (subject: number[], phases: Array<Partial<Record<ImportPhase, number>>>) =>
  phases[subject.indexOf([...subject].sort((a, b) => a - b)[subject.length >> 1]!)] ?? phases[0]!;

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
    const { ms, spent } = await timedImport(store, f, rows.length);
    await store.close();
    subject.push(ms);
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
    for (const op of i % 2 === 0 ? turn : [...turn].reverse()) {
      await op();
      maybeGc();
    }
    opts.log(`  import ${f.scale}: ${Math.round(subject.at(-1)!)} ms vs raw ${Math.round(floor.at(-1)!)} ms (with change-log rows ${Math.round(floorLog.at(-1)!)} ms)`);
  }
  for (const ext of ['', '-wal', '-shm']) rmSync(work + ext, { force: true });
  const med = median(subject);
  const mid = phasesOfMedian(subject, phases);
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
    // issue #14: the floor with the audit trail every write keeps (server/store: one change-log entry per relationship)
    targets: [(r) => ({ text: 'throughput ≥ 0.8 of raw with change-log rows', met: r >= 0.8 })],
    note: 'the floor with the audit trail every write keeps (server/store: one change-log entry per relationship)',
  })];
}

// ---- Neo4j ------------------------------------------------------------------------

/** The database's version counter and change-log sequence (Meta {key: 'graph'}). */
async function metaOf(s: Neo4jSettings): Promise<{ version: number; seq: number }> {
  return withSession(s, async (session) => {
    const r = await session.run("MATCH (m:Meta {key: 'graph'}) RETURN m.version AS version, m.seq AS seq");
    const rec = r.records[0];
    if (!rec) throw new Error('neo4j: no (:Meta {key: "graph"}) node');
    return { version: Number(rec.get('version')), seq: Number(rec.get('seq')) };
  });
}

/** Back to the state before any participation: they, and the change-log entries after `base.seq`, deleted; version and sequence as they were. */
async function restoreNeo4j(s: Neo4jSettings, base: { version: number; seq: number }): Promise<void> {
  await withSession(s, async (session) => {
    await session.run('MATCH (:Node)-[r:PARTICIPATES_IN]->(:Node) CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (c:Change) WHERE c.seq > $seq CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS', { seq: neo4j.int(base.seq) });
    await session.run("MATCH (m:Meta {key: 'graph'}) SET m.version = $version, m.seq = $seq", { version: neo4j.int(base.version), seq: neo4j.int(base.seq) });
  });
}

/**
 * Raw Cypher: the floor. The same relationships with the properties the
 * store gives them, UNWIND … CREATE in statements of the store's batch size
 * (BATCH_ROWS), one transaction, no checks; with `log`, also a (:Change) node
 * each (the audit trail the store writes), and the version moved on.
 */
async function rawCypher(s: Neo4jSettings, rows: readonly Participation[], base: { seq: number }, log = false): Promise<void> {
  const at = new Date().toISOString();
  const records = rows.map((e, i) => {
    const id = edgeId('PARTICIPATES_IN', e.from, e.to);
    const props: Record<string, unknown> = { id, role: e.props.role ?? 'MEMBER', createdAt: at, createdBy: 'raw', updatedAt: at, updatedBy: 'raw' };
    if (e.props.source !== undefined && e.props.source !== null) props.source = e.props.source;
    return {
      from: e.from, to: e.to, props,
      ...(log ? { seq: neo4j.int(base.seq + i + 1), after: JSON.stringify({ ...props, type: 'PARTICIPATES_IN', from: e.from, to: e.to }) } : {}),
    };
  });
  const create = log
    ? `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:PARTICIPATES_IN]->(b)
SET r = row.props
CREATE (c:Change {seq: row.seq})
SET c.at = $at, c.by = 'raw', c.op = 'link', c.target = row.props.id, c.after = row.after, c.nodes = [row.from, row.to]`
    : `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:PARTICIPATES_IN]->(b)
SET r = row.props`;
  await withSession(s, (session) => session.executeWrite(async (tx) => {
    for (let i = 0; i < records.length; i += BATCH_ROWS) {
      await tx.run(create, { rows: records.slice(i, i + BATCH_ROWS), ...(log ? { at } : {}) });
    }
    await tx.run("MATCH (m:Meta {key: 'graph'}) SET m.version = m.version + 1, m.seq = m.seq + $n", { n: neo4j.int(log ? records.length : 0) });
  }, { timeout: 600_000, metadata: { app: 'samverkanskartan-bench', op: 'raw participations' } }));
}

/**
 * The import row on Neo4j: `importFiles(participation.csv)` into the database
 * holding every element and every other relationship of the scale, against raw
 * Cypher; the database restored before each run. `budgetMs`: no new turn
 * begins after it (one turn at least).
 */
export async function importRowsNeo4j(f: Fixture, db: Neo4jDatabase, opts: { reps: number; budgetMs: number; log: (m: string) => void }): Promise<Row[]> {
  await db.ensure(f, 'pre-participation', (name) => name !== PARTICIPATION_FILE);
  const s = db.settings;
  const rows = f.graph.edges.filter((e) => e.type === 'PARTICIPATES_IN');
  const file = f.files.files.find((x) => x.name === PARTICIPATION_FILE)!;
  const base = await metaOf(s);
  const counts = await countNeo4j(s);
  const restore = async () => {
    await restoreNeo4j(s, base);
    const now = await countNeo4j(s);
    if (now.nodes !== counts.nodes || now.relationships !== counts.relationships) {
      throw new Error(`neo4j: restoring left ${JSON.stringify(now)}, not ${JSON.stringify(counts)}`);
    }
  };
  // the pre-participation state must hold none, or deleting them would take more than the run added
  await restore();
  const subject: number[] = [];
  const floor: number[] = [];
  const floorLog: number[] = [];
  const phases: Array<Partial<Record<ImportPhase, number>>> = [];
  const runImport = async () => {
    await restore();
    const store = await db.open();
    try {
      const { ms, spent } = await timedImport(store, f, rows.length);
      subject.push(ms);
      phases.push(spent);
    } finally {
      await store.close();
    }
  };
  const runRaw = async (log = false) => {
    await restore();
    const t0 = performance.now();
    await rawCypher(s, rows, base, log);
    (log ? floorLog : floor).push(performance.now() - t0);
  };
  const turn = [() => runRaw(), () => runImport(), () => runRaw(true)];
  const started = performance.now();
  try {
    for (let i = 0; i < opts.reps; i++) {
      if (i > 0 && performance.now() - started > opts.budgetMs) break;
      for (const op of i % 2 === 0 ? turn : [...turn].reverse()) {
        await op();
        maybeGc();
      }
      opts.log(`  import ${f.scale} (neo4j): ${Math.round(subject.at(-1)!)} ms vs raw Cypher ${Math.round(floor.at(-1)!)} ms (with change-log nodes ${Math.round(floorLog.at(-1)!)} ms)`);
    }
  } finally {
    await restore().then(() => db.mark(f, 'pre-participation'), () => db.forget());
  }
  const med = median(subject);
  const mid = phasesOfMedian(subject, phases);
  const perSecond = (ms: number) => Math.round(rows.length / (ms / 1000)).toLocaleString('en-US');
  const figure = { label: 'importFiles(participation.csv)', value: med, unit: 'ms' as const, samples: subject, detail: `${perSecond(med)} rows/s` };
  const whole = db.imports.find((x) => x.scale === f.scale && x.load === 'all');
  const phaseText = `phases of the median run: ${Object.entries(mid).map(([k, v]) => `${k} ${v} ms`).join(', ')}; file ${(file.bytes / 2 ** 20).toFixed(1)} MiB`
    + (whole ? `; the whole ${f.scale} (${whole.rows.toLocaleString('en-US')} rows) imported in ${(whole.ms / 1000).toFixed(1)} s, one transaction (SQLite: ${(f.importMs / 1000).toFixed(1)} s)` : '');
  const scale = `${f.scale} (neo4j)`;
  return [pairRow({
    id: `import-${f.scale}-neo4j`, operation: `bulk import of ${rows.length.toLocaleString('en-US')} participations (CSV) vs raw inserts`, scale, reps: subject.length,
    figure,
    floor: { label: `raw Cypher UNWIND … CREATE, ${BATCH_ROWS} rows a statement, one transaction`, value: median(floor), unit: 'ms', samples: floor, detail: `${perSecond(median(floor))} rows/s` },
    ratioKind: 'throughput',
    targets: [(r) => ({ text: 'throughput ≥ 0.5 of raw', met: r >= 0.5 })],
    note: phaseText,
    extra: { phases, rows: rows.length, neo4jImports: db.imports },
  }), pairRow({
    id: `import-log-${f.scale}-neo4j`, operation: 'the same import vs raw inserts with their change-log rows', scale, reps: subject.length,
    figure,
    floor: { label: 'raw Cypher + one (:Change) node each, one transaction', value: median(floorLog), unit: 'ms', samples: floorLog, detail: `${perSecond(median(floorLog))} rows/s` },
    ratioKind: 'throughput',
    note: 'no target of its own: the floor with the audit trail every write keeps (one (:Change) node per relationship)',
  })];
}
