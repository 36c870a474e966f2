// The app's memory at a scale: a child process (bench/memory-job.ts) serves a
// copy of the store; after 3× GET /api/map, 3× the GraphQL `graph` and one
// gapAnalysis, garbage collected, its RSS (the worker thread's memory
// included), also read after each stage (started, maps, graphs, analysis) so
// a miss says where it goes. The floor: the same app over an empty store
// after the same requests.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { MemoryCommand, MemoryJob, MemoryMessage } from '../memory-job.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { openCopy, removeDb } from '../lib/fixtures.ts';
import { getOk, graphql, request } from '../lib/http.ts';
import { fmtBytes, pairRow, type Row } from '../lib/report.ts';
import { GRAPH_QUERY } from './graph.ts';

type Usage = Extract<MemoryMessage, { type: 'memory' }>;

/** Starts the app in a child over `db`, sends the requests, and reads its memory after each stage (the last: after all of them). */
async function measure(db: string, dataDir: string, deadlineMs: number): Promise<Array<{ stage: string; usage: Usage }>> {
  const child = fork(new URL('../memory-job.ts', import.meta.url), [], { execArgv: [...process.execArgv.filter((a) => a !== '--expose-gc'), '--expose-gc'] });
  const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
  const next = <T extends MemoryMessage['type']>(type: T) => new Promise<Extract<MemoryMessage, { type: T }>>((resolve, reject) => {
    const on = (m: MemoryMessage) => {
      if (m.type === 'error') return done(() => reject(new Error(m.message)));
      if (m.type === type) done(() => resolve(m as Extract<MemoryMessage, { type: T }>));
    };
    const gone = (code: number | null) => done(() => reject(new Error(`the memory job ended (${code ?? 'killed'}) before answering ${type}`)));
    const done = (f: () => void) => {
      child.off('message', on);
      child.off('exit', gone);
      f();
    };
    child.on('message', on);
    child.on('exit', gone);
  });
  try {
    const listening = next('listening');
    child.send({ db, dataDir } satisfies MemoryJob);
    const { base } = await listening;
    const stages: Array<{ stage: string; usage: Usage }> = [];
    const read = async (stage: string) => {
      const usage = next('memory');
      child.send({ type: 'measure' } satisfies MemoryCommand);
      stages.push({ stage, usage: await usage });
    };
    await getOk(`${base}/health`);
    await read('started');
    for (let i = 0; i < 3; i++) {
      const r = await request(`${base}/api/map`, { headers: { 'accept-encoding': 'br' } });
      if (r.status !== 200) throw new Error(`/api/map answered ${r.status}`);
    }
    await read('3× /api/map');
    for (let i = 0; i < 3; i++) await graphql(base, GRAPH_QUERY);
    await read('3× graph');
    await graphql(base, '{ gapAnalysis { bySeverity { severity count } } }');
    await read('gapAnalysis');
    return stages;
  } finally {
    clearTimeout(timer);
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null && child.connected) child.send({ type: 'stop' } satisfies MemoryCommand);
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
}

export async function memoryRows(f: Fixture, opts: { deadlineMs: number }): Promise<Row[]> {
  const copy = await openCopy(f, 'memory');
  await copy.store.close();
  const empty = join(f.dir, `memory-empty-${process.pid}.db`);
  removeDb(empty);
  try {
    // the empty store first: its own file, made by the app itself on init
    const floorStages = await measure(empty, f.dir, opts.deadlineMs);
    const fullStages = await measure(copy.path, f.dir, opts.deadlineMs);
    const floor = floorStages.at(-1)!.usage;
    const full = fullStages.at(-1)!.usage;
    const detail = (u: Usage, stages: Array<{ stage: string; usage: Usage }>) =>
      `heapUsed ${fmtBytes(u.heapUsed)}, heapTotal ${fmtBytes(u.heapTotal)}, external ${fmtBytes(u.external)}; RSS after ${stages.map((x) => `${x.stage} ${fmtBytes(x.usage.rss)}`).join(', ')}`;
    return [pairRow({
      id: `memory-${f.scale}`, operation: 'app memory (RSS) after 3× /api/map, 3× GraphQL graph, 1 gapAnalysis', scale: f.scale, reps: 1,
      figure: { label: 'RSS', value: full.rss, unit: 'bytes', detail: detail(full, fullStages) },
      floor: { label: 'RSS, same app over an empty store', value: floor.rss, unit: 'bytes', detail: detail(floor, floorStages) },
      targets: [(_r, x) => ({ text: 'RSS < 500 MB', met: x.value < 500e6 })],
      note: 'the app in a child process (analyses on its worker thread, whose memory RSS includes; heapUsed is the main thread\'s), garbage collected before reading; MB = 10^6 bytes',
      extra: { full: fullStages, empty: floorStages },
    })];
  } finally {
    removeDb(empty);
    removeDb(copy.path);
  }
}
