// Crash safety on Neo4j: the real app (`server/main.ts`, STORE=neo4j) is
// killed with SIGKILL in the middle of its work, and a fresh Neo4jStore then
// checks what the database holds.
//
//   1. An import is all or nothing: the `region` scale of the generator
//      (bench/generate.ts, ~180 elements and ~900 relationships as CSV files
//      in the template's format) is POSTed to /api/import, the app is killed
//      at a random moment within the import's measured duration, and the
//      database must hold either none of it (version unchanged, no change-log
//      entries) or all of it (the same elements, relationships, log entries
//      and version as an import that was not killed).
//   2. Every acknowledged write survives: a burst of `createForum` mutations,
//      several in flight at once, is cut by SIGKILL; every forum the app
//      answered with success must exist with a change-log entry, and the log
//      must have no gaps. Unanswered ones may or may not exist.
//
// Run against a throwaway Neo4j (the script EMPTIES the database, and refuses
// a NEO4J_URI that is not on this machine):
//
//   bash scripts/neo4j-test-server.sh run -- npx tsx scripts/crash-safety.ts
//   NEO4J_TEST_INSTANCE=crash bash scripts/neo4j-test-server.sh run -- npx tsx scripts/crash-safety.ts
//
// Environment: CRASH_IMPORT_TRIALS, CRASH_WRITE_TRIALS (default 4 each, 1-20),
// CRASH_SEED (the seed of the random kill moments; printed, so a run can be
// repeated), CRASH_BUDGET_S (the whole run's limit, default 420 s).
// Output: one line per trial, then `N passed, M failed`; exit 1 if any failed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { generate, Rng, writeCsvFiles, type GeneratedFiles } from '../bench/generate.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import { APP } from '../server/store/neo4j/executor.ts';
import { MAX_CHANGES, type ChangeEntry } from '../server/store/port.ts';
import { emptyNeo4j } from '../test/store/test-store.ts';
import { neo4jSettingsFromEnv } from '../test/store/neo4j-harness.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const count = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isInteger(v) || v < 1 || v > 20) throw new Error(`${name} must be a whole number from 1 to 20`);
  return v;
};
const IMPORT_TRIALS = count('CRASH_IMPORT_TRIALS', 4);
const WRITE_TRIALS = count('CRASH_WRITE_TRIALS', 4);
const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) >>> 0 : (Date.now() % 1_000_000_000) >>> 0;
const BUDGET_MS = Number(process.env.CRASH_BUDGET_S ?? 420) * 1000;
if (!(BUDGET_MS >= 60_000 && BUDGET_MS <= 3_600_000)) throw new Error('CRASH_BUDGET_S must be from 60 to 3600 seconds');

const APP_START_MS = 90_000; // a start may build the web map first (server/web.ts)
const REQUEST_MS = 120_000; // one import or mutation
const SETTLE_MS = 30_000; // Neo4j ending the killed app's transactions
const BURST_WORKERS = 6; // mutations in flight at once
const BURST_MAX_REQUESTS = 5000; // per write trial, whatever the timing
const WARM_UP_WRITES = 3; // acknowledged one by one before the burst (and checked with it)
const LOG_KEEP = 64 * 1024; // characters of the app's output kept for diagnostics

const settings = neo4jSettingsFromEnv();
const rng = new Rng(SEED);
const t0 = performance.now();
const ms = (from: number) => Math.round(performance.now() - from);
const sleep = (n: number) => new Promise<void>((r) => setTimeout(r, n));

// ---- the app as a child process ------------------------------------------------------

interface RunningApp {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let current: RunningApp | null = null;
let workDir = '';
const results: Array<{ ok: boolean; line: string }> = [];

function startApp(): Promise<RunningApp> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of ['AUTH', 'ADMIN_USER', 'ADMIN_PASSWORD', 'TRUST_PROXY']) delete env[k];
  Object.assign(env, {
    STORE: 'neo4j', SEED: 'never', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: join(workDir, 'data'),
    MUTATION_RATE: '1000000', // the burst is far beyond the per-user default (600 a minute)
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let up = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app did not listen within ${APP_START_MS / 1000} s:\n${out.slice(-4000)}`));
    }, APP_START_MS);
    const onData = (b: Buffer) => {
      out = (out + b.toString()).slice(-LOG_KEEP);
      if (up) return;
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        up = true;
        clearTimeout(timer);
        current = { child, url: m[1]!, output: () => out, exited };
        resolve(current);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code, signal }) => {
      if (up) return;
      clearTimeout(timer);
      reject(new Error(`the app exited (${signal ?? code}) before listening:\n${out.slice(-4000)}`));
    });
  });
}

/** SIGKILL, and wait until the process is gone. */
async function killApp(app: RunningApp): Promise<void> {
  app.child.kill('SIGKILL');
  const r = await Promise.race([app.exited, sleep(10_000).then(() => null)]);
  if (!r) throw new Error(`pid ${app.child.pid} still runs 10 s after SIGKILL`);
  if (r.signal !== 'SIGKILL') throw new Error(`the app ended by itself (${r.signal ?? r.code}) before it was killed:\n${app.output().slice(-4000)}`);
  if (current === app) current = null;
}

/** SIGTERM (the graceful path), for the runs that are not about crashing. */
async function stopApp(app: RunningApp): Promise<void> {
  app.child.kill('SIGTERM');
  const r = await Promise.race([app.exited, sleep(30_000).then(() => null)]);
  if (!r) {
    app.child.kill('SIGKILL');
    await app.exited;
  }
  if (current === app) current = null;
}

// ---- the database ------------------------------------------------------------------

/**
 * Waits until Neo4j has no transaction of the app left: a killed client's open
 * transaction is rolled back when the server notices the closed connection,
 * and one whose COMMIT was already sent completes. Only then is the state final.
 * Returns how many were still there at first.
 */
async function settle(): Promise<number> {
  const driver = neo4j.driver(settings!.uri!, neo4j.auth.basic(settings!.user, settings!.password ?? ''));
  const started = performance.now();
  let first = -1;
  try {
    for (;;) {
      const session = driver.session({ database: settings!.database });
      let open: number;
      try {
        const r = await session.run('SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app RETURN count(*) AS open', { app: APP });
        open = Number(r.records[0]?.get('open') ?? 0);
      } finally {
        await session.close();
      }
      if (first < 0) first = open;
      if (open === 0) return first;
      if (ms(started) > SETTLE_MS) throw new Error(`Neo4j still runs ${open} transaction(s) of the killed app after ${SETTLE_MS / 1000} s`);
      await sleep(100);
    }
  } finally {
    await driver.close();
  }
}

interface Snapshot {
  nodeIds: string[];
  edgeIds: string[];
  version: number;
  changes: ChangeEntry[];
}

/** What the database holds, read by a fresh store (its own connection). */
async function inspect(): Promise<Snapshot> {
  const store = new Neo4jStore(settings!);
  try {
    await store.init();
    const g = await store.subgraph({});
    const version = await store.version();
    const changes: ChangeEntry[] = [];
    for (let i = 0; i < 1000; i++) {
      const page = await store.changes({ since: changes.at(-1)?.seq ?? 0, limit: MAX_CHANGES });
      changes.push(...page);
      if (page.length < MAX_CHANGES) break;
    }
    return { nodeIds: g.nodes.map((n) => n.id).sort(), edgeIds: g.edges.map((e) => e.id).sort(), version, changes };
  } finally {
    await store.close();
  }
}

/** Null when the sequence numbers run 1, 2, … without gaps or repeats; else what is wrong. */
function seqProblem(changes: readonly ChangeEntry[]): string | null {
  for (let i = 0; i < changes.length; i++) {
    if (changes[i]!.seq !== i + 1) return `change-log seq ${changes[i]!.seq} at position ${i + 1} (expected ${i + 1}: a gap or a repeat)`;
  }
  return null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

// ---- the import ------------------------------------------------------------------

function multipart(files: GeneratedFiles): { body: Buffer; contentType: string } {
  const boundary = `----crash-safety-${SEED}`;
  const parts = files.files.map((f) => Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n`),
    readFileSync(f.path),
    Buffer.from('\r\n'),
  ]));
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

interface ImportRun {
  /** Resolves when the response ends, or fails (a killed app). */
  done: Promise<void>;
  /** The last progress phase the app reported, and when (ms after the POST). */
  phase: () => { phase: string; at: number };
  /** When the app said it began the write (ms after the POST); -1 before that. */
  writeAt: () => number;
  /** The final line (`report` or `error`), when it came. */
  final: () => { type: string; ok?: boolean; message?: string; changed?: { nodes: number; edges: number } | null; version?: number } | null;
  started: number;
}

/** POSTs the files with NDJSON progress (so the phase at the kill is known). */
function postImport(url: string, upload: { body: Buffer; contentType: string }): ImportRun {
  const started = performance.now();
  let phase = { phase: 'upload', at: 0 };
  let writeAt = -1;
  let final: ReturnType<ImportRun['final']> = null;
  const done = (async () => {
    const res = await fetch(`${url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': upload.contentType, accept: 'application/x-ndjson', 'x-requested-with': 'crash-safety' },
      body: new Uint8Array(upload.body),
      signal: AbortSignal.timeout(REQUEST_MS),
    });
    if (!res.ok || !res.body) throw new Error(`POST /api/import answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
    const decoder = new TextDecoder();
    let buf = '';
    const reader = res.body.getReader();
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      buf += decoder.decode(value, { stream: true });
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = JSON.parse(buf.slice(0, nl)) as { type: string; phase?: string };
        buf = buf.slice(nl + 1);
        if (line.type === 'progress') {
          phase = { phase: line.phase ?? '?', at: ms(started) };
          if (phase.phase === 'write' && writeAt < 0) writeAt = phase.at;
        } else {
          final = line as NonNullable<typeof final>;
        }
      }
    }
  })();
  return { done, phase: () => phase, writeAt: () => writeAt, final: () => final, started };
}

interface Baseline {
  snap: Snapshot;
  durationMs: number;
  writeAtMs: number;
}

/** One import that is not killed: how long it takes and what it leaves. */
async function baselineImport(upload: { body: Buffer; contentType: string }): Promise<Baseline> {
  await emptyNeo4j();
  const app = await startApp();
  try {
    const before = await inspect();
    if (before.nodeIds.length || before.changes.length) throw new Error('the emptied database is not empty');
    const run = postImport(app.url, upload);
    await run.done;
    const durationMs = ms(run.started);
    const f = run.final();
    if (!f || f.type !== 'report' || !f.ok) throw new Error(`the import did not succeed: ${JSON.stringify(f).slice(0, 800)}`);
    const snap = await inspect();
    return { snap, durationMs, writeAtMs: run.writeAt() };
  } finally {
    await stopApp(app);
  }
}

async function importTrial(i: number, n: number, upload: { body: Buffer; contentType: string }, base: Baseline, planMs: number): Promise<{ ok: boolean; line: string }> {
  const name = `import trial ${i + 1}/${n}`;
  await emptyNeo4j();
  const app = await startApp();
  const before = await inspect();
  if (before.nodeIds.length || before.edgeIds.length || before.changes.length) return { ok: false, line: `${name}: FAIL the emptied database is not empty` };
  // one moment in each of n equal slices of the import's duration, random within its slice
  const delay = Math.round(planMs * ((i + rng.next()) / n));
  const run = postImport(app.url, upload);
  const outcome = run.done.then(() => 'finished', (e: unknown) => `failed (${(e as Error).message})`);
  await sleep(Math.max(0, delay - ms(run.started)));
  const killedAt = ms(run.started);
  const phase = run.phase();
  const answered = run.final();
  await killApp(app);
  await Promise.race([outcome, sleep(5000)]);
  const open = await settle();
  const after = await inspect();

  const where = `killed at ${killedAt} ms of ~${base.durationMs} (planned ${delay}; last phase ${phase.phase} at ${phase.at} ms${answered ? `; the app had answered before the kill: ${answered.type}${answered.ok ? ' ok' : ''}` : ''}; ${open} app transaction(s) open after the kill)`;
  const b = base.snap;
  const seq = seqProblem(after.changes);
  const none = !after.nodeIds.length && !after.edgeIds.length && !after.changes.length && after.version === before.version;
  const all = sameList(after.nodeIds, b.nodeIds) && sameList(after.edgeIds, b.edgeIds) && after.changes.length === b.changes.length && after.version === b.version && !seq;
  if (none && answered?.type === 'report' && answered.ok) {
    return { ok: false, line: `${name}: FAIL the app reported the import done before the kill, yet nothing of it is stored; ${where}; seed ${SEED}` };
  }
  if (none) return { ok: true, line: `${name}: PASS nothing imported, version ${after.version} unchanged; ${where}` };
  if (all) {
    return { ok: true, line: `${name}: PASS all imported (${after.nodeIds.length} elements, ${after.edgeIds.length} relationships, ${after.changes.length} log entries, version ${before.version} -> ${after.version}); ${where}` };
  }
  return {
    ok: false,
    line: `${name}: FAIL partial import: ${after.nodeIds.length}/${b.nodeIds.length} elements, ${after.edgeIds.length}/${b.edgeIds.length} relationships, ` +
      `${after.changes.length}/${b.changes.length} log entries, version ${before.version} -> ${after.version} (complete: ${b.version})${seq ? `, ${seq}` : ''}; ${where}; seed ${SEED}`,
  };
}

// ---- the burst of mutations ------------------------------------------------------

const CREATE_FORUM = 'mutation ($input: ForumInput!) { createForum(input: $input) { id } }';

async function writeTrial(i: number, n: number): Promise<{ ok: boolean; line: string }> {
  const name = `write trial ${i + 1}/${n}`;
  await emptyNeo4j();
  const app = await startApp();
  const before = await inspect();
  if (before.nodeIds.length || before.changes.length) return { ok: false, line: `${name}: FAIL the emptied database is not empty` };

  const acked = new Set<string>();
  const refused: string[] = [];
  const sent = new Set<string>();
  let next = 0;
  let killed = false;
  let inFlight = 0;
  const createOne = async () => {
    const n = ++next;
    const id = `crash-w${i + 1}-${n}`;
    sent.add(id);
    inFlight++;
    try {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CREATE_FORUM, variables: { input: { id, name: `Kraschforum ${i + 1} nr ${n}`, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE' } } }),
        signal: AbortSignal.timeout(REQUEST_MS),
      });
      const body = (await res.json()) as { data?: { createForum?: { id: string } | null } | null; errors?: unknown[] };
      if (res.ok && !body.errors?.length && body.data?.createForum?.id === id) acked.add(id);
      else refused.push(`${id}: HTTP ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    } catch {
      // the connection died with the app: not acknowledged
    } finally {
      inFlight--;
    }
  };
  const worker = async () => {
    while (!killed && next < BURST_MAX_REQUESTS) await createOne();
  };
  // a few one after another first: a fresh app's first mutations are slow (compilation, query plans)
  for (let k = 0; k < WARM_UP_WRITES; k++) await createOne();
  const workers = Array.from({ length: BURST_WORKERS }, () => worker());
  const delay = Math.round(1000 + 1000 * rng.next());
  await sleep(delay);
  const ackedAtKill = acked.size;
  const flyingAtKill = inFlight;
  killed = true;
  await killApp(app);
  await Promise.race([Promise.all(workers), sleep(REQUEST_MS)]);
  const open = await settle();
  const after = await inspect();

  // acknowledged means: the app answered success; an answer read after the kill was still sent before it
  const ackedIds = [...acked];
  const present = new Set(after.nodeIds);
  const creates = new Map(after.changes.filter((c) => c.op === 'create').map((c) => [c.target, c]));
  const missing = ackedIds.filter((id) => !present.has(id));
  const unlogged = ackedIds.filter((id) => !creates.has(id));
  const seq = seqProblem(after.changes);
  const unackedPresent = [...sent].filter((id) => !acked.has(id) && present.has(id)).length;
  // every stored forum came with its log entry and its version bump, in the same transaction
  const consistent = after.nodeIds.length === after.changes.length && creates.size === after.changes.length && after.version === after.changes.length;
  const problems = [
    ...(ackedIds.length <= WARM_UP_WRITES ? ['no mutation of the burst was acknowledged before the kill, so the trial proves little'] : []),
    ...(flyingAtKill === 0 ? ['no mutation was in flight at the kill, so the trial proves little'] : []),
    ...(refused.length ? [`${refused.length} mutation(s) refused, first: ${refused[0]}`] : []),
    ...(missing.length ? [`${missing.length} acknowledged forum(s) missing: ${missing.slice(0, 10).join(', ')}`] : []),
    ...(unlogged.length ? [`${unlogged.length} acknowledged forum(s) without a change-log entry: ${unlogged.slice(0, 10).join(', ')}`] : []),
    ...(seq ? [seq] : []),
    ...(consistent ? [] : [`${after.nodeIds.length} forums, ${creates.size} create entries of ${after.changes.length} log entries, version ${after.version}: they should all agree`]),
  ];
  const what = `${ackedIds.length} acknowledged (${ackedAtKill} before the kill signal), ${sent.size} sent (${WARM_UP_WRITES} one by one, then ${BURST_WORKERS} at a time); killed ${delay} ms into the burst with ${flyingAtKill} in flight; ` +
    `${after.nodeIds.length} forums stored (${unackedPresent} unacknowledged among them), change log seq 1..${after.changes.length}, version ${after.version}; ${open} app transaction(s) open after the kill`;
  return problems.length
    ? { ok: false, line: `${name}: FAIL ${problems.join('; ')}; ${what}; seed ${SEED}` }
    : { ok: true, line: `${name}: PASS every acknowledged forum stored with its log entry, no gaps; ${what}` };
}

// ---- the run ---------------------------------------------------------------------

/** A trial that failed half-way may leave its app running: never two at once. */
async function cleanUp(): Promise<void> {
  if (!current) return;
  const app = current;
  current = null;
  app.child.kill('SIGKILL');
  await Promise.race([app.exited, sleep(10_000)]);
}

async function main(): Promise<number> {
  if (!settings?.uri) {
    console.error('NEO4J_URI is not set: run me as `bash scripts/neo4j-test-server.sh run -- npx tsx scripts/crash-safety.ts`');
    return 2;
  }
  // the database is emptied again and again: only a server on this machine (the test server) will do
  const host = /^[a-z0-9+]+:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/]+)/i.exec(settings.uri)?.[1];
  if (!host || !['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    console.error(`NEO4J_URI ${settings.uri} is not on this machine; this script empties the database, so it only runs against a local test server`);
    return 2;
  }
  workDir = mkdtempSync(join(tmpdir(), 'samverkan-crash-'));
  const record = (r: { ok: boolean; line: string }) => {
    results.push(r);
    console.log(r.line);
  };
  try {
    console.log(`crash safety on ${settings.uri} (database ${settings.database}): ${IMPORT_TRIALS} import trials, ${WRITE_TRIALS} write trials, seed ${SEED}`);
    const files = writeCsvFiles(generate('region'), join(workDir, 'region'));
    const upload = multipart(files);
    console.log(`import file: the generator's region scale, ${files.files.length} CSV files, ${files.nodes} elements, ${files.edges} relationships, ${upload.body.length} bytes`);

    // two imports that are not killed: the first warms Neo4j (its query plans), the second is timed
    let base: Baseline | null = null;
    try {
      const warm = await baselineImport(upload);
      base = await baselineImport(upload);
      console.log(`un-killed imports: ${warm.durationMs} ms (cold), ${base.durationMs} ms (write phase from ${base.writeAtMs} ms); each left ` +
        `${base.snap.nodeIds.length} elements, ${base.snap.edgeIds.length} relationships, ${base.snap.changes.length} log entries, version ${base.snap.version}`);
      const seq = seqProblem(base.snap.changes);
      if (!sameList(warm.snap.nodeIds, base.snap.nodeIds) || !sameList(warm.snap.edgeIds, base.snap.edgeIds) || warm.snap.changes.length !== base.snap.changes.length) {
        throw new Error('the two un-killed imports left different graphs');
      }
      if (base.snap.nodeIds.length !== files.nodes || base.snap.edgeIds.length !== files.edges || seq) {
        throw new Error(`the un-killed import left ${base.snap.nodeIds.length} elements and ${base.snap.edgeIds.length} relationships, expected ${files.nodes} and ${files.edges}${seq ? `; ${seq}` : ''}`);
      }
    } catch (e) {
      console.log(`un-killed import: FAIL ${(e as Error).message}`);
      base = null;
    }
    for (let i = 0; i < IMPORT_TRIALS; i++) {
      if (!base) {
        record({ ok: false, line: `import trial ${i + 1}/${IMPORT_TRIALS}: FAIL not run (no un-killed import to compare with)` });
        continue;
      }
      try {
        record(await importTrial(i, IMPORT_TRIALS, upload, base, base.durationMs));
      } catch (e) {
        record({ ok: false, line: `import trial ${i + 1}/${IMPORT_TRIALS}: FAIL ${(e as Error).message}` });
      }
      await cleanUp();
    }
    for (let i = 0; i < WRITE_TRIALS; i++) {
      try {
        record(await writeTrial(i, WRITE_TRIALS));
      } catch (e) {
        record({ ok: false, line: `write trial ${i + 1}/${WRITE_TRIALS}: FAIL ${(e as Error).message}` });
      }
      await cleanUp();
    }
  } finally {
    await cleanUp();
    rmSync(workDir, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`(${Math.round(ms(t0) / 100) / 10} s, seed ${SEED})`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return passed === results.length ? 0 : 1;
}

// the whole run is bounded: past the budget the app is killed and the run fails
const watchdog = setTimeout(() => {
  console.log(`crash safety: the run took longer than ${BUDGET_MS / 1000} s (CRASH_BUDGET_S); stopping`);
  current?.child.kill('SIGKILL');
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${IMPORT_TRIALS + WRITE_TRIALS - passed} failed`);
  process.exit(1);
}, BUDGET_MS);

let code: number;
try {
  code = await main();
} catch (e) {
  console.error(e);
  code = 1;
}
clearTimeout(watchdog);
process.exit(code);
