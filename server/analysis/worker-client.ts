// The main thread's side of the analysis worker: started on the first job,
// given the read model in chunks small enough that no single message holds
// the event loop, then every change the main model applies, in order. Jobs
// are answered in the order sent. A worker that dies fails its jobs; the
// next job starts a new one.
import { Worker } from 'node:worker_threads';
import type { GraphEdge, GraphNode } from '../../schema/domain.ts';
import { DomainError, type ErrorCode, type FieldProblem } from '../errors.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import type { ReadModelSource } from '../read-model/source.ts';
import type { ChangeEntry } from '../store/port.ts';
import type { Job, JobResult } from './jobs.ts';

export type ToWorker =
  | { type: 'load-begin'; version: number; seq: number }
  | { type: 'load-part'; nodes: GraphNode[]; edges: GraphEdge[] }
  | { type: 'load-end' }
  | { type: 'apply'; entries: ChangeEntry[]; version: number }
  | { type: 'job'; id: number; version: number; job: Job };

export type FromWorker =
  /** A piece of a long list of the answer to come (at `path` in it), sent ahead of it. */
  | { type: 'part'; id: number; path: string[]; items: unknown[] }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'failed'; id: number; error: { code: ErrorCode; message: string; fields?: FieldProblem[]; details?: Record<string, unknown> } };

/** Elements per load message: about 10 ms of serialising each. */
const PART = 10_000;

export class AnalysisWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; parts: Array<{ path: string[]; items: unknown[] }> }>();
  private readonly outbox: ToWorker[] = [];
  private draining = false;

  constructor(source: ReadModelSource) {
    source.onUpdate((update) => {
      // a worker not started yet gets the whole model when it starts
      if (!this.worker) return;
      if (update.kind === 'load') this.sendModel(update.model);
      else this.send({ type: 'apply', entries: update.entries, version: update.model.version });
    });
  }

  /** Runs a job on the worker's replica of `model` (at `model.version`). */
  run<J extends Job>(model: ReadModel, job: J): Promise<JobResult<J>> {
    if (!this.worker) this.start(model);
    const id = this.nextId++;
    const done = new Promise<JobResult<J>>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, parts: [] }));
    this.send({ type: 'job', id, version: model.version, job });
    return done;
  }

  /** Stops the worker; jobs still running fail. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private start(model: ReadModel): void {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url));
    this.worker = worker;
    worker.unref();
    worker.on('message', (m: FromWorker) => {
      const job = this.pending.get(m.id);
      if (!job) return;
      if (m.type === 'part') return void job.parts.push({ path: m.path, items: m.items });
      this.pending.delete(m.id);
      if (m.type === 'failed') return job.reject(new DomainError(m.error.code, m.error.message, { fields: m.error.fields ?? [], details: m.error.details ?? {} }));
      if (m.result instanceof Uint8Array) return job.resolve(Buffer.from(m.result.buffer, m.result.byteOffset, m.result.byteLength));
      // the long lists came ahead in parts, in order: put them back where they were
      for (const { path, items } of job.parts) {
        const list = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m.result) as unknown[];
        for (const item of items) list.push(item);
      }
      job.resolve(m.result);
    });
    const fail = (cause: unknown) => {
      if (this.worker === worker) this.worker = null;
      this.outbox.length = 0;
      for (const job of this.pending.values()) job.reject(new DomainError('INTERNAL', 'The analysis worker stopped', { cause }));
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.sendModel(model);
  }

  private sendModel(model: ReadModel): void {
    const { nodes, edges } = model.elements();
    this.send({ type: 'load-begin', version: model.version, seq: model.seq });
    for (let i = 0, j = 0; i < nodes.length || j < edges.length;) {
      const n = nodes.slice(i, (i += PART));
      const e = edges.slice(j, (j += PART - n.length));
      this.send({ type: 'load-part', nodes: n, edges: e });
    }
    this.send({ type: 'load-end' });
  }

  /** Messages go out in order; after each one the event loop gets a turn. */
  private send(message: ToWorker): void {
    this.outbox.push(message);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.outbox.length && this.worker) {
        this.worker.postMessage(this.outbox.shift()!);
        if (this.outbox.length) await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.draining = false;
    }
  }
}
