// Timing side by side: a figure and its floor are measured in the same run,
// alternating (floor, subject, subject, floor, …), so drift on a shared
// machine moves both alike and their ratio stays put.
import v8 from 'node:v8';
import vm from 'node:vm';

/** An operation to time; one that returns `{ ms }` has timed itself (to leave set-up out). */
export type Thunk = () => unknown;

export interface PairSamples {
  floor: number[];
  subject: number[];
}

export interface PairOptions {
  /** Runs of each before measuring (not recorded). */
  warmup?: number;
  /** Most measured runs of each. */
  reps: number;
  /** Fewest measured runs of each, whatever the budget. */
  minReps?: number;
  /** Stop adding runs once this much time has gone by (after `minReps`). */
  budgetMs?: number;
  /**
   * Collect garbage after each run (default): right for runs that make megabytes of it;
   * for runs of a few milliseconds a forced full GC costs more steadiness than it buys.
   */
  gc?: boolean;
}

export async function time(fn: Thunk): Promise<number> {
  const t0 = performance.now();
  const r = await fn();
  const own = r && typeof r === 'object' && 'ms' in r ? (r as { ms: unknown }).ms : undefined;
  return typeof own === 'number' ? own : performance.now() - t0;
}

/** Runs `setup` untimed, then times `fn`: for a thunk that must change something first. */
export async function after(setup: () => unknown, fn: () => unknown): Promise<{ ms: number }> {
  await setup();
  const t0 = performance.now();
  await fn();
  return { ms: performance.now() - t0 };
}

/** Measures `floor` and `subject` alternately; each sample is one run's milliseconds. */
export async function sideBySide(floor: Thunk, subject: Thunk, opts: PairOptions): Promise<PairSamples> {
  const r = await interleave({ floor, subject }, opts);
  return { floor: r.floor!, subject: r.subject! };
}

/**
 * Measures several operations in turns, the order rotating from run to run
 * (so none always runs first: caches, GC debt, CPU frequency); each sample is
 * one run's milliseconds.
 */
export async function interleave(fns: Record<string, Thunk>, opts: PairOptions): Promise<Record<string, number[]>> {
  const names = Object.keys(fns);
  for (let i = 0; i < (opts.warmup ?? 0); i++) for (const n of names) await fns[n]!();
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const started = performance.now();
  const minReps = Math.min(opts.minReps ?? 1, opts.reps);
  for (let i = 0; i < opts.reps; i++) {
    if (i >= minReps && opts.budgetMs !== undefined && performance.now() - started > opts.budgetMs) break;
    const order = i % 2 === 0 ? names : [...names].reverse();
    const turn = order.map((_, k) => order[(k + Math.floor(i / 2)) % order.length]!);
    for (const n of turn) {
      out[n]!.push(await time(fns[n]!));
      if (opts.gc ?? true) maybeGc();
    }
  }
  return out;
}

let collect: (() => void) | null | undefined;

/** Collects garbage between runs, so one run's garbage is not the next one's pause. */
export function maybeGc(): void {
  if (collect === undefined) {
    collect = (globalThis as { gc?: () => void }).gc ?? null;
    if (!collect) {
      try {
        // without --expose-gc on the command line (npm run bench runs plain tsx)
        v8.setFlagsFromString('--expose-gc');
        collect = vm.runInNewContext('gc') as () => void;
      } catch {
        collect = null;
      }
    }
  }
  collect?.();
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Runs `fn` and stops waiting after `ms` (the work itself may go on; use a worker to really stop it). */
export async function withDeadline<T>(fn: () => Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DeadlineError(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}
