// Child process for the memory rows (bench/rows/memory.ts forks it, so the
// figure is this process's alone): the app exactly as buildApp makes it
// (analyses on the worker thread, ANALYSIS_WORKER's default) over the SQLite
// file it is given, listening on 127.0.0.1. The parent sends the requests;
// asked to measure, this process collects garbage (--expose-gc) and reports
// process.memoryUsage(): its RSS includes the worker thread's heap.
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { SqliteStore } from '../server/store/sqlite/sqlite-store.ts';

export interface MemoryJob {
  db: string;
  dataDir: string;
}

export type MemoryMessage =
  | { type: 'listening'; base: string }
  | { type: 'memory'; rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number }
  | { type: 'error'; message: string };

export type MemoryCommand = { type: 'measure' } | { type: 'stop' };

const send = (m: MemoryMessage) => process.send!(m);

async function run(job: MemoryJob): Promise<void> {
  const store = new SqliteStore(job.db);
  await store.init();
  const config = loadConfig({ DATA_DIR: job.dataDir, HOST: '127.0.0.1', GRAPHIQL: 'false', LOG_LEVEL: 'silent', MUTATION_RATE: '100000' });
  const app = await buildApp({ config, store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  send({ type: 'listening', base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  process.on('message', (m: MemoryCommand) => {
    if (m.type === 'measure') {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (!gc) return send({ type: 'error', message: 'no gc: the memory job needs --expose-gc' });
      // twice, a moment apart: what the first frees (weak references, finalizers) goes in the second
      gc();
      setTimeout(() => {
        gc();
        const m = process.memoryUsage();
        send({ type: 'memory', rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers });
      }, 200);
    } else {
      void app.close().then(() => store.close()).then(() => process.exit(0));
    }
  });
}

process.once('message', (job: MemoryJob) => {
  run(job).catch((e: unknown) => {
    send({ type: 'error', message: e instanceof Error ? e.stack ?? e.message : String(e) });
    process.exit(1);
  });
});
