// The app as a client sees it, over HTTP on 127.0.0.1 (the app exactly as
// buildApp makes it, analyses on the worker thread by default):
// - `/health` while a gapAnalysis runs, against `/health` when idle;
// - GET /api/map (brotli) under load against a bare route sending the same
//   compressed bytes with the same headers, and the document's sizes;
// - the analyst's query (forums with participants and care levels, first 100)
//   under load against a bare route sending the same JSON bytes.
import { GENERATED_TODAY } from '../generate.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { ANALYST_QUERY, openCopy, startBenchApp } from '../lib/fixtures.ts';
import { getOk, graphql, request } from '../lib/http.ts';
import { percentile } from '../lib/measure.ts';
import { fmtBytes, fmtMs, pairRow, type Row } from '../lib/report.ts';
import { loadPair, show } from './load.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** `date` moved by `days`, as YYYY-MM-DD. */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Polls GET /health every `everyMs` until `until()`, or `count` times; the latency of each answer. */
async function pollHealth(base: string, opts: { everyMs: number; until?: () => boolean; count?: number }): Promise<number[]> {
  const out: number[] = [];
  while (opts.until ? !opts.until() : out.length < opts.count!) {
    const t0 = performance.now();
    const r = await request(`${base}/health`);
    out.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`/health answered ${r.status}`);
    await sleep(opts.everyMs);
  }
  return out;
}

/**
 * `/health` polled every 10 ms while a gapAnalysis runs (each rep its own
 * dates, so nothing is memoized), against the same number of polls when idle
 * right after. The figure is the slowest answer during all the analyses.
 */
export async function healthRows(f: Fixture, opts: { reps: number; everyMs?: number }): Promise<Row[]> {
  const everyMs = opts.everyMs ?? 10;
  const { store, dispose } = await openCopy(f, 'health');
  const server = await startBenchApp(store, f.dir);
  try {
    // as after a first page view: the read model loaded and mirrored on the worker
    await getOk(`${server.base}/api/map`);
    const busy: number[][] = [];
    const idle: number[][] = [];
    const took: number[] = [];
    let findings = 0;
    for (let i = 0; i < opts.reps; i++) {
      const query = `{ gapAnalysis(asOf: "${addDays(GENERATED_TODAY, i)}", compareTo: "${addDays('2030-01-01', i)}") { bySeverity { severity count } } }`;
      let settled = false;
      const t0 = performance.now();
      // its own connection: the polls keep theirs
      const analysis = graphql(server.base, query, undefined, { ownSocket: true }).finally(() => (settled = true));
      const during = await pollHealth(server.base, { everyMs, until: () => settled });
      const answer = JSON.parse((await analysis).toString()) as { data: { gapAnalysis: { bySeverity: Array<{ count: number }> } } };
      took.push(performance.now() - t0);
      findings = answer.data.gapAnalysis.bySeverity.reduce((n, s) => n + s.count, 0);
      busy.push(during);
      idle.push(await pollHealth(server.base, { everyMs, count: during.length }));
    }
    const all = busy.flat();
    const quiet = idle.flat();
    const max = (xs: number[]) => Math.max(...xs);
    const tookSorted = [...took].sort((a, b) => a - b);
    return [pairRow({
      id: `health-during-analysis-${f.scale}`, operation: '/health while a gapAnalysis runs (worker thread): slowest answer', scale: f.scale, reps: opts.reps,
      figure: {
        label: 'slowest /health during the analyses', value: max(all), unit: 'ms', samples: busy.map(max),
        detail: `${all.length} answers, p50 ${fmtMs(percentile(all, 50))}; analysis took ${fmtMs(tookSorted[tookSorted.length >> 1]!)} (${fmtMs(tookSorted[0]!)}–${fmtMs(tookSorted.at(-1)!)}), ${findings} findings`,
      },
      floor: { label: 'slowest /health, idle, as many polls', value: max(quiet), unit: 'ms', samples: idle.map(max), detail: `p50 ${fmtMs(percentile(quiet, 50))}` },
      targets: [(_r, fig) => ({ text: 'slowest ≤ 100 ms', met: fig.value <= 100 })],
      note: `gapAnalysis(asOf, compareTo) over HTTP on its own connection, dates moved a day each rep so nothing is memoized; /health polled every ${everyMs} ms on another; the read model warmed by GET /api/map first`,
      extra: { analysisMs: took.map(Math.round), polls: busy.map((b) => b.length) },
    })];
  } finally {
    await server.close();
    await dispose();
  }
}

/** GET /api/map (brotli) under load vs a bare route with the same bytes and headers; and the document's sizes. */
export async function mapdocRows(f: Fixture, opts: { connections: number; seconds: number; warmupSeconds: number }): Promise<Row[]> {
  const { store, dispose } = await openCopy(f, 'mapdoc');
  const server = await startBenchApp(store, f.dir);
  try {
    const url = `${server.base}/api/map`;
    const bareUrl = `${server.base}/bench/map`;
    const br = await request(url, { headers: { 'accept-encoding': 'br' } });
    const gz = await request(url, { headers: { 'accept-encoding': 'gzip' } });
    const identity = await request(url);
    for (const r of [br, gz, identity]) if (r.status !== 200) throw new Error(`/api/map answered ${r.status}`);
    if (br.headers['content-encoding'] !== 'br' || gz.headers['content-encoding'] !== 'gzip' || identity.headers['content-encoding']) {
      throw new Error(`/api/map did not answer the encoding asked for: ${br.headers['content-encoding']}, ${gz.headers['content-encoding']}, ${identity.headers['content-encoding']}`);
    }
    // the same bytes and headers from both, or the comparison means nothing
    const bare = await request(bareUrl);
    const same = ['content-type', 'content-encoding', 'etag', 'vary', 'cache-control'];
    if (!bare.body.equals(br.body) || same.some((h) => bare.headers[h] !== br.headers[h])) {
      throw new Error(`the bare route and /api/map differ: ${bare.body.length} / ${br.body.length} bytes; ${same.map((h) => `${h}: ${bare.headers[h]} / ${br.headers[h]}`).join(', ')}`);
    }
    const r = await loadPair({ url, headers: { 'accept-encoding': 'br' } }, { url: bareUrl, headers: { 'accept-encoding': 'br' } }, opts);
    const note = `autocannon, ${opts.connections} connections, ${opts.seconds} s each (two halves, bare–subject–subject–bare), 127.0.0.1, accept-encoding: br`;
    return [
      pairRow({
        id: `mapdoc-vs-bare-${f.scale}`, operation: 'GET /api/map (brotli) under load vs bare route, same bytes: throughput (p99)', scale: f.scale, reps: 2,
        figure: { label: 'GET /api/map', value: r.subject.rps, unit: 'req/s', detail: show(r.subject) },
        floor: { label: 'bare route, same bytes and headers', value: r.bare.rps, unit: 'req/s', detail: show(r.bare) },
        ratioKind: 'throughput',
        targets: [(x) => ({ text: 'throughput ≥ 0.9 of bare', met: x >= 0.9 })],
        note: `${note}; ${fmtBytes(br.body.length)} a response`,
        extra: { ...r, bytes: br.body.length },
      }),
      pairRow({
        id: `mapdoc-size-${f.scale}`, operation: 'whole-map document: compressed (brotli) vs identity bytes', scale: f.scale, reps: 1,
        figure: { label: 'brotli', value: br.body.length, unit: 'bytes', detail: `gzip ${fmtBytes(gz.body.length)}` },
        floor: { label: 'identity', value: identity.body.length, unit: 'bytes' },
        targets: [(x) => ({ text: 'compressed', met: x < 1 })],
        note: 'GET /api/map with accept-encoding br, gzip and none; the ratio is the compressed size over the identity size',
        extra: { br: br.body.length, gzip: gz.body.length, identity: identity.body.length },
      }),
    ];
  } finally {
    await server.close();
    await dispose();
  }
}

/** The analyst's query under load vs a bare route with the same JSON bytes. */
export async function analystRows(f: Fixture, opts: { connections: number; seconds: number; warmupSeconds: number }): Promise<Row[]> {
  const { store, dispose } = await openCopy(f, 'analyst');
  const server = await startBenchApp(store, f.dir);
  try {
    const body = JSON.stringify({ query: ANALYST_QUERY });
    const bareUrl = `${server.base}/bench/analyst`;
    // the same JSON from both, or the comparison means nothing
    const [a, b] = [await graphql(server.base, ANALYST_QUERY), await getOk(bareUrl)];
    if (!a.equals(b)) throw new Error(`the analyst query and its bare route differ: ${a.length} / ${b.length} bytes`);
    const forums = (JSON.parse(a.toString()) as { data: { forums: { nodes: Array<{ participants: unknown[] }> } } }).data.forums.nodes;
    const participants = forums.reduce((n, x) => n + x.participants.length, 0);
    const r = await loadPair({ url: `${server.base}/graphql`, method: 'POST', body }, { url: bareUrl }, opts);
    // the query run, not a kept answer: right after a write moves the store version (server/graphql/response-cache.ts)
    const someone = f.graph.nodes.find((n) => n.label === 'TargetGroup')!.id;
    const cold: number[] = [];
    for (let i = 0; i < 10; i++) {
      await store.apply([{ op: 'update', id: someone, props: { description: `bench write ${i}` } }], { by: 'bench' });
      const t0 = performance.now();
      await graphql(server.base, ANALYST_QUERY);
      cold.push(performance.now() - t0);
    }
    cold.sort((x, y) => x - y);
    const coldMs = cold[Math.floor(cold.length / 2)]!;
    return [pairRow({
      id: `analyst-load-${f.scale}`, operation: 'analyst query (forums with participants and care levels, first 100) under load: throughput (p99)', scale: f.scale, reps: 2,
      figure: { label: 'GraphQL forums(first: 100)', value: r.subject.rps, unit: 'req/s', detail: show(r.subject) },
      floor: { label: 'bare route, same bytes', value: r.bare.rps, unit: 'req/s', detail: show(r.bare) },
      ratioKind: 'throughput',
      targets: [(x) => ({ text: 'throughput ≥ 0.5 of bare', met: x >= 0.5 })],
      note: `autocannon, ${opts.connections} connections, ${opts.seconds} s each (two halves, bare–GraphQL–GraphQL–bare), 127.0.0.1; ${forums.length} forums, ${participants} participations, ${fmtBytes(a.length)}; repeated at one store version the answer is the one kept (RESPONSE_CACHE_MB), run afresh after a write: median ${coldMs.toFixed(1)} ms`,
      extra: { ...r, bytes: a.length, coldMs: cold },
    })];
  } finally {
    await server.close();
    await dispose();
  }
}
