// Throughput and p99 latency under load: autocannon (10 connections, 10 s by
// default), in a child process so it does not share the server's event loop,
// against 127.0.0.1 only; GraphQL and its bare route take turns.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Fixture } from '../lib/fixtures.ts';
import { openCopy, startBenchApp } from '../lib/fixtures.ts';
import { getOk, graphql } from '../lib/http.ts';
import { pairRow, type Row } from '../lib/report.ts';
import { GRAPH_QUERY } from './graph.ts';

const run = promisify(execFile);
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

export interface LoadResult {
  /** Mean requests per second. */
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function autocannon(url: string, opts: { connections: number; seconds: number; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load only on 127.0.0.1, not ${url}`);
  const args = [AUTOCANNON, '-c', String(opts.connections), '-d', String(opts.seconds), '-j', '-n'];
  if (opts.method) args.push('-m', opts.method);
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}=${v}`);
  if (opts.body !== undefined) args.push('-H', 'content-type=application/json', '-b', opts.body);
  args.push(url);
  const { stdout } = await run(process.execPath, args, { timeout: (opts.seconds + 60) * 1000, maxBuffer: 16 * 1024 * 1024 });
  const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number; timeouts: number;
  };
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts };
}

/** One side of a load pair: what autocannon sends. */
export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

/**
 * A subject and its bare route under the same load, in turns: a warm-up of
 * each, then bare, subject, subject, bare, each for half the time, so drift
 * moves both alike; each side's two halves merged.
 */
export async function loadPair(subject: LoadTarget, bare: LoadTarget, opts: { connections: number; seconds: number; warmupSeconds: number }): Promise<{ subject: LoadResult; bare: LoadResult }> {
  const ac = (t: LoadTarget, seconds: number) => autocannon(t.url, { connections: opts.connections, seconds, ...(t.method ? { method: t.method } : {}), ...(t.body !== undefined ? { body: t.body } : {}), ...(t.headers ? { headers: t.headers } : {}) });
  if (opts.warmupSeconds) {
    await ac(bare, opts.warmupSeconds);
    await ac(subject, opts.warmupSeconds);
  }
  const half = Math.max(1, Math.round(opts.seconds / 2));
  const parts = [await ac(bare, half), await ac(subject, half), await ac(subject, half), await ac(bare, half)];
  const merge = (x: LoadResult, y: LoadResult): LoadResult => ({
    rps: (x.rps + y.rps) / 2, p50: Math.max(x.p50, y.p50), p99: Math.max(x.p99, y.p99), total: x.total + y.total,
    non2xx: x.non2xx + y.non2xx, errors: x.errors + y.errors, timeouts: x.timeouts + y.timeouts,
  });
  return { bare: merge(parts[0]!, parts[3]!), subject: merge(parts[1]!, parts[2]!) };
}

export const show = (r: LoadResult) => `p99 ${r.p99} ms, ${r.total} requests${r.non2xx || r.errors || r.timeouts ? `, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts` : ''}`;

export async function loadRows(f: Fixture, opts: { connections: number; seconds: number; warmupSeconds: number; whole: boolean }): Promise<Row[]> {
  const { store, dispose } = await openCopy(f, 'load');
  const server = await startBenchApp(store, f.dir);
  try {
    const municipality = f.graph.nodes.find((n) => n.props.kind === 'MUNICIPALITY')!.id;
    const simple = JSON.stringify({ query: `{ node(id: "${municipality}") { id name label } }` });
    const bareUrl = `${server.base}/bench/node/${municipality}`;
    // the same JSON from both, or the comparison means nothing
    const [a, b] = [await graphql(server.base, JSON.parse(simple).query), await getOk(bareUrl)];
    if (!a.equals(b)) throw new Error(`the simple query and its bare route differ: ${a} / ${b}`);
    const ac = (url: string, body?: string, seconds = opts.seconds) =>
      autocannon(url, { connections: opts.connections, seconds, ...(body ? { method: 'POST' as const, body } : {}) });
    const rows: Row[] = [];
    const pair = async (gqlBody: string, bare: string) => {
      if (opts.warmupSeconds) {
        await ac(bare, undefined, opts.warmupSeconds);
        await ac(`${server.base}/graphql`, gqlBody, opts.warmupSeconds);
      }
      // bare, GraphQL, GraphQL, bare: each half of the time, so drift moves both alike
      const half = Math.max(1, Math.round(opts.seconds / 2));
      const parts = [await ac(bare, undefined, half), await ac(`${server.base}/graphql`, gqlBody, half), await ac(`${server.base}/graphql`, gqlBody, half), await ac(bare, undefined, half)];
      const merge = (x: LoadResult, y: LoadResult): LoadResult => ({
        rps: (x.rps + y.rps) / 2, p50: Math.max(x.p50, y.p50), p99: Math.max(x.p99, y.p99), total: x.total + y.total,
        non2xx: x.non2xx + y.non2xx, errors: x.errors + y.errors, timeouts: x.timeouts + y.timeouts,
      });
      return { bare: merge(parts[0]!, parts[3]!), gql: merge(parts[1]!, parts[2]!) };
    };
    const note = `autocannon, ${opts.connections} connections, ${opts.seconds} s each (two halves, bare–GraphQL–GraphQL–bare), 127.0.0.1`;
    {
      const r = await pair(simple, bareUrl);
      rows.push(pairRow({
        id: `load-simple-${f.scale}`, operation: 'simple query under load: throughput (p99)', scale: f.scale, reps: 2,
        figure: { label: 'GraphQL node(id)', value: r.gql.rps, unit: 'req/s', detail: show(r.gql) },
        floor: { label: 'bare route', value: r.bare.rps, unit: 'req/s', detail: show(r.bare) },
        ratioKind: 'throughput',
        note: `${note}; published reference for Mercurius with JIT ≈ 0.9`,
        extra: r,
      }));
    }
    if (opts.whole) {
      const r = await pair(JSON.stringify({ query: GRAPH_QUERY }), `${server.base}/bench/graph`);
      rows.push(pairRow({
        id: `load-graph-${f.scale}`, operation: 'graph (whole map) under load: throughput (p99)', scale: f.scale, reps: 2,
        figure: { label: 'GraphQL graph', value: r.gql.rps, unit: 'req/s', detail: show(r.gql) },
        floor: { label: 'bare route', value: r.bare.rps, unit: 'req/s', detail: show(r.bare) },
        ratioKind: 'throughput',
        targets: [(x) => ({ text: 'throughput ≥ 0.8 of bare', met: x >= 0.8 })],
        note,
        extra: r,
      }));
    }
    return rows;
  } finally {
    await server.close();
    await dispose();
  }
}
