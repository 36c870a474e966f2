// A three-level nested query: forums → participants (with the actor) →
// partOf → partOf. Store calls are counted through a proxy around the port
// (as test/api/harness.ts does): one per level whatever the number of rows.
// Its time is compared with the flat query for the same forums.
import { countingStore } from '../../server/store/counting-store.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { sqliteTarget, startBenchApp, type StoreTarget } from '../lib/fixtures.ts';
import { graphql } from '../lib/http.ts';
import { median, sideBySide } from '../lib/measure.ts';
import { pairRow, type Row } from '../lib/report.ts';

export const nestedQuery = (first: number) =>
  `{ forums(first: ${first}) { nodes { name participants { role actor { name partOf { name partOf { name } } } } } } }`;
export const flatQuery = (first: number) => `{ forums(first: ${first}) { nodes { name } } }`;


export async function nestedRows(f: Fixture, opts: { reps: number; warmup: number; sizes: number[] }, target: StoreTarget = sqliteTarget(f)): Promise<Row[]> {
  const { store, dispose } = await target.open('nested');
  const counter = countingStore(store);
  // the query run each time, never a kept answer (server/graphql/response-cache.ts): this row is about the loaders
  const server = await startBenchApp(counter.store, f.dir, { responseCache: false });
  try {
    // store calls at each size: the same count whatever the number of forums
    const bySize: Record<number, Record<string, number>> = {};
    for (const n of opts.sizes) {
      counter.reset();
      await graphql(server.base, nestedQuery(n));
      bySize[n] = Object.fromEntries(counter.calls);
    }
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    const largest = Math.max(...opts.sizes);
    const smallest = Math.min(...opts.sizes);
    const constant = opts.sizes.every((n) => JSON.stringify(bySize[n]) === JSON.stringify(bySize[smallest]));
    // one list call for the forums and one relationship call per nested level
    const perLevel = bySize[largest]!.listNodes === 1 && bySize[largest]!.related === 3 && total(bySize[largest]!) === 4;
    const show = (c: Record<string, number>) => Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');

    const s = await sideBySide(() => graphql(server.base, flatQuery(largest)), () => graphql(server.base, nestedQuery(largest)), opts);
    return [
      pairRow({
        id: `nested-calls-${f.scale}${target.idSuffix}`, operation: `nested query (3 levels): store calls, ${largest} vs ${smallest} forums`, scale: target.scale, reps: 1,
        figure: { label: `${largest} forums`, value: total(bySize[largest]!), unit: 'calls', detail: show(bySize[largest]!) },
        floor: { label: `${smallest} forums`, value: total(bySize[smallest]!), unit: 'calls' },
        targets: [() => ({ text: 'O(levels): 1 list + 1 per level, same for any row count', met: constant && perLevel })],
        extra: { bySize },
      }),
      pairRow({
        id: `nested-time-${f.scale}${target.idSuffix}`, operation: `nested query (3 levels) vs flat, ${largest} forums`, scale: target.scale, reps: s.subject.length,
        figure: { label: 'nested', value: median(s.subject), unit: 'ms', samples: s.subject },
        floor: { label: 'flat query, same forums', value: median(s.floor), unit: 'ms', samples: s.floor },
        note: 'no target: the nested answer carries every participant and two levels of parents',
      }),
    ];
  } finally {
    await server.close();
    await dispose();
  }
}
