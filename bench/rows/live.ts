// Live updates under load: `subscribers` graphql-ws clients subscribed to
// `mapChanged` while `writers` clients each make `writesEach` changes (a
// forum's description, every writer its own forum, one after another) over
// HTTP, all at once. For every change and every subscriber: the time from the
// writer's answer (the change committed and acknowledged) to the event that
// names it arriving. The floor is the writes' own latency in the same run.
// Every subscriber must receive every change: missed ones are counted.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Fixture } from '../lib/fixtures.ts';
import { openCopy, startBenchApp } from '../lib/fixtures.ts';
import { graphql } from '../lib/http.ts';
import { median, percentile } from '../lib/measure.ts';
import { fmtMs, pairRow, type Row } from '../lib/report.ts';

const SUBSCRIBE = 'subscription { mapChanged { missed changes { id op } } }';
const WRITE = 'mutation($id: ID!, $text: String!) { updateForum(id: $id, patch: { description: $text }) { id } }';

export async function liveRows(f: Fixture, opts: { subscribers: number; writers: number; writesEach: number; log: (m: string) => void }): Promise<Row[]> {
  const { store, dispose } = await openCopy(f, 'live');
  const server = await startBenchApp(store, f.dir);
  const clients: Client[] = [];
  try {
    const forums = (await store.listNodes({ label: 'Forum', first: opts.writers })).items.map((n) => n.id);
    if (forums.length < opts.writers) throw new Error(`the data holds ${forums.length} forums, not ${opts.writers}`);
    const url = `${server.base.replace('http', 'ws')}/graphql`;
    /** Per forum, the moment each of its writes was acknowledged (in order). */
    const acked = new Map<string, number[]>(forums.map((id) => [id, []]));
    /** Per subscriber and forum, when each change to it arrived (in order). */
    const arrived = Array.from({ length: opts.subscribers }, () => new Map<string, number[]>(forums.map((id) => [id, []])));
    let missedEvents = 0;
    let ready = 0;
    await new Promise<void>((resolve, reject) => {
      for (let s = 0; s < opts.subscribers; s++) {
        const client = createClient({ url, lazy: false, retryAttempts: 0, webSocketImpl: WebSocket, on: { connected: () => { if (++ready === opts.subscribers) resolve(); } } });
        clients.push(client);
        client.subscribe<{ mapChanged: { missed: boolean; changes: Array<{ id: string; op: string }> } }>({ query: SUBSCRIBE }, {
          next: (r) => {
            const now = performance.now();
            const ev = r.data!.mapChanged;
            if (ev.missed) missedEvents++;
            for (const c of ev.changes) arrived[s]!.get(c.id)?.push(now);
          },
          error: reject,
          complete: () => {},
        });
      }
    });
    // the subscriptions are registered once the server has them all: a moment after the sockets open
    await new Promise((r) => setTimeout(r, 500));
    opts.log(`live: ${opts.subscribers} subscribed, ${opts.writers} writers × ${opts.writesEach}`);
    const writeMs: number[] = [];
    await Promise.all(forums.map(async (id, w) => {
      for (let k = 0; k < opts.writesEach; k++) {
        const t0 = performance.now();
        await graphql(server.base, WRITE, { id, text: `live bench ${w}.${k}` }, { ownSocket: true });
        const t = performance.now();
        writeMs.push(t - t0);
        acked.get(id)!.push(t);
      }
    }));
    const expected = opts.writers * opts.writesEach;
    // every change reaches every subscriber, or it is missed: wait for them a while
    const deadline = performance.now() + 10_000;
    const received = () => arrived.reduce((n, m) => n + [...m.values()].reduce((x, l) => x + l.length, 0), 0);
    while (received() < expected * opts.subscribers && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const latencies: number[] = [];
    let missed = 0;
    for (const bySub of arrived) {
      for (const [id, times] of bySub) {
        const acks = acked.get(id)!;
        missed += Math.max(0, acks.length - times.length);
        times.forEach((t, k) => { if (k < acks.length) latencies.push(Math.max(0, t - acks[k]!)); });
      }
    }
    const p99 = percentile(latencies, 99);
    const writeP99 = percentile(writeMs, 99);
    return [pairRow({
      id: `live-${f.scale}`, operation: `live updates: ${opts.subscribers} subscriptions, ${opts.writers} writers × ${opts.writesEach} changes: delivery p99 vs a write's p99`, scale: f.scale, reps: 1,
      figure: { label: 'delivery (write acknowledged → event at the subscriber)', value: p99, unit: 'ms', detail: `p50 ${fmtMs(median(latencies))}, max ${fmtMs(Math.max(...latencies))}; ${latencies.length} deliveries, missed ${missed}, events marked missed ${missedEvents}` },
      floor: { label: 'a write (updateForum over HTTP)', value: writeP99, unit: 'ms', detail: `p50 ${fmtMs(median(writeMs))}, ${writeMs.length} writes` },
      targets: [
        (_x, fig) => ({ text: 'delivery p99 ≤ 1 s', met: fig.value <= 1000 }),
        () => ({ text: 'no missed change', met: missed === 0 && missedEvents === 0 }),
      ],
      note: `graphql-ws clients in the bench process; the server looks for committed changes every 250 ms while anyone listens (LIVE_POLL_MS); ${expected} changes × ${opts.subscribers} subscribers`,
      extra: { p99, writeP99, missed, missedEvents, deliveries: latencies.length },
    })];
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.close();
    await dispose();
  }
}
