// The whole map (`graph`) over HTTP through GraphQL, against two floors
// measured in the same turns:
// - a bare Fastify route answering the same JSON from the same store call
//   (bench/lib/fixtures.ts: the read model and its map, as the resolver
//   does, then Fastify's JSON): the floor of our stack;
// - JSON.stringify of the payload read straight from the store, in process
//   (store.subgraph + mapGraph + JSON.stringify; no HTTP, no cache).
// The resolver serves the map from a cache kept per store version, so the
// map is also measured cold: right after a write, as the first reader sees it.
import type { GraphStore } from '../../server/store/port.ts';
import { mapGraph } from '../../schema/map-graph.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { sqliteTarget, startBenchApp, type StoreTarget } from '../lib/fixtures.ts';
import { getOk, graphql } from '../lib/http.ts';
import { startJitApp } from '../lib/jit.ts';
import { after, interleave, median } from '../lib/measure.ts';
import { pairRow, type Row } from '../lib/report.ts';

/** The query the web map sends for its graph (web/src/queries.ts, GRAPH_ONLY). */
export const GRAPH_QUERY = `query MapGraph { graph { version nodes { id label name kind principal status systemLevel severity plannedStart startDate endDate countyPart } edges { id type source target role count year } } }`;

/** A write that moves the store version (and so empties every per-version cache); the map's payload is unchanged. */
function writer(store: GraphStore, id: string) {
  let n = 0;
  return () => store.apply([{ op: 'update', id, props: { description: `bench write ${++n}` } }], { by: 'bench' });
}

export async function graphRows(f: Fixture, opts: { reps: number; warmup: number; budgetMs: number; cold: boolean; gc?: boolean }, target: StoreTarget = sqliteTarget(f)): Promise<Row[]> {
  const { store, dispose } = await target.open('graph');
  const server = await startBenchApp(store, f.dir);
  const jit = await startJitApp(store, f.dir);
  try {
    // the same answer, byte for byte, or the comparison means nothing
    const [viaGraphql, viaBare] = [await graphql(server.base, GRAPH_QUERY), await getOk(`${server.base}/bench/graph`)];
    const sameBytes = viaGraphql.equals(viaBare);
    if (!sameBytes && JSON.stringify(JSON.parse(viaGraphql.toString())) !== JSON.stringify(JSON.parse(viaBare.toString()))) {
      throw new Error('the bare route and GraphQL answer different graphs');
    }
    const payload = JSON.parse(viaBare.toString()) as { data: { graph: { nodes: unknown[]; edges: unknown[] } } };
    const size = `${payload.data.graph.nodes.length} nodes, ${payload.data.graph.edges.length} edges, ${(viaBare.length / 2 ** 20).toFixed(1)} MiB`;
    const write = writer(store, f.graph.nodes.find((n) => n.label === 'TargetGroup')!.id);
    const bare = () => getOk(`${server.base}/bench/graph`);
    const viaGql = () => graphql(server.base, GRAPH_QUERY);
    const viaJit = () => graphql(jit.base, GRAPH_QUERY);
    // turns of the warm requests (cheap: many runs), then turns of the store floor and the cold request (dear: fewer)
    const a = await interleave({ bare, graphql: viaGql, graphqlJit: viaJit }, opts);
    const b = await interleave({
      graphql: viaGql,
      stringify: async () => {
        const [sub, version] = await Promise.all([store.subgraph({}), store.version()]);
        return JSON.stringify({ data: { graph: mapGraph(sub, version, null) } }).length;
      },
      // right after a write (untimed): the read model is brought forward from the change log and the map recomputed first; the next warm run fills the cache again
      ...(opts.cold ? { graphqlCold: async () => { const r = await after(write, viaGql); await bare(); await viaJit(); return r; } } : {}),
    }, { ...opts, warmup: 0, reps: Math.max(1, Math.ceil(opts.reps / 2)), ...(opts.budgetMs ? { budgetMs: opts.budgetMs } : {}) });
    const s: Record<string, number[] | undefined> = { ...a, stringify: b.stringify, graphqlCold: b.graphqlCold };
    const gql = { label: 'GraphQL graph, HTTP (cached map)', value: median(s.graphql!), unit: 'ms' as const, samples: s.graphql! };
    const gqlB = { ...gql, value: median(b.graphql!), samples: b.graphql! };
    const floorStringify = { label: 'store read + mapGraph + JSON.stringify, in process', value: median(s.stringify!), unit: 'ms' as const, samples: s.stringify! };
    const extra = { payload: size, sameBytes };
    const rows = [
      pairRow({
        id: `graph-vs-bare-${f.scale}${target.idSuffix}`, operation: 'graph (whole map) over HTTP vs bare route', scale: target.scale, reps: s.graphql!.length,
        figure: gql,
        floor: { label: 'bare Fastify route, same cached map', value: median(s.bare!), unit: 'ms', samples: s.bare! },
        ratioKind: 'throughput',
        targets: [(r) => ({ text: 'throughput ≥ 0.8 of bare', met: r >= 0.8 })],
        note: `one connection, one request at a time: throughput = 1 / latency; ${size}; same bytes: ${sameBytes ? 'yes' : 'same JSON'}`,
        extra,
      }),
      pairRow({
        id: `graph-jit-vs-bare-${f.scale}${target.idSuffix}`, operation: 'graph (whole map) over HTTP, Mercurius jit: 1 (prototype) vs bare route', scale: target.scale, reps: s.graphqlJit!.length,
        figure: { label: 'GraphQL graph, HTTP, jit: 1', value: median(s.graphqlJit!), unit: 'ms', samples: s.graphqlJit! },
        floor: { label: 'bare Fastify route, same cached map', value: median(s.bare!), unit: 'ms', samples: s.bare! },
        ratioKind: 'throughput',
        targets: [(r) => ({ text: 'throughput ≥ 0.8 of bare', met: r >= 0.8 })],
        note: 'bench/lib/jit.ts: registerGraphql as is, Mercurius given jit: 1 (the proposed fix; server code unchanged)',
        extra,
      }),
      pairRow({
        id: `graph-vs-stringify-${f.scale}${target.idSuffix}`, operation: 'graph (whole map) over HTTP vs JSON.stringify', scale: target.scale, reps: b.graphql!.length,
        figure: gqlB,
        floor: floorStringify,
        targets: [(r) => ({ text: 'latency ≤ 3× floor', met: r <= 3 })],
        note: 'the server answers from its per-version map cache; the floor reads the store every time',
        extra,
      }),
    ];
    if (opts.cold) {
      rows.push(pairRow({
        id: `graph-cold-vs-stringify-${f.scale}${target.idSuffix}`, operation: 'graph (whole map) right after a write vs JSON.stringify', scale: target.scale, reps: s.graphqlCold!.length,
        figure: { label: 'GraphQL graph, HTTP, first after a write', value: median(s.graphqlCold!), unit: 'ms', samples: s.graphqlCold! },
        floor: floorStringify,
        targets: [(r) => ({ text: 'latency ≤ 3× floor', met: r <= 3 })],
        note: 'cold: the read model is brought forward from the change log (the write) and the map recomputed before GraphQL answers',
        extra,
      }));
    }
    return rows;
  } finally {
    await jit.close();
    await server.close();
    await dispose();
  }
}
