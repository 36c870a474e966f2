// Live changes through the store port, on the store under test (SQLite here,
// a live Neo4j in `npm run test:neo4j`): two app instances share one store, as
// two containers share one Neo4j; a change made through either reaches the
// subscribers of both, named by who made it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisEngine, type AnalysisEngine } from '../../server/analysis/index.ts';
import { LiveChanges, MAX_LISTED, type MapChange } from '../../server/live/changes.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { fixture } from '../store/fixture.ts';
import { freshStore, reopenStore } from '../store/test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-live-'));
const file = join(dir, 'live.db');
const f = fixture('');
let stores: GraphStore[];
let engines: AnalysisEngine[];
let hubs: LiveChanges[];

beforeAll(async () => {
  const a = await freshStore(file);
  await a.apply(f.changes, { by: 'seed' });
  const b = await reopenStore(file);
  stores = [a, b];
  engines = stores.map((s) => createAnalysisEngine(s, { worker: false }));
  // both instances have read the map before anyone changes it
  await Promise.all(engines.map((e) => e.snapshot()));
  hubs = engines.map((e) => new LiveChanges(e, 50));
}, 120_000);

afterAll(async () => {
  hubs.forEach((h) => h.close());
  await Promise.all(engines.map((e) => e.close()));
  for (const s of stores) await s.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** The next event, or a failure after `ms`. */
async function next(stream: AsyncIterator<MapChange>, ms = 5_000): Promise<MapChange> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms); });
  try {
    const r = await Promise.race([stream.next(), timeout]);
    if (r.done) throw new Error('the stream ended');
    return r.value;
  } finally {
    clearTimeout(timer);
  }
}

describe('live changes', () => {
  it('tells the subscribers of both instances about a change made through either, and who made it', async () => {
    const [onA, onB] = hubs.map((h) => h.stream());
    await stores[1]!.apply([{ op: 'update', id: f.id('local'), props: { description: 'Ny beskrivning' } }], { by: 'anna' });
    for (const event of [await next(onA!), await next(onB!)]) {
      expect(event).toMatchObject({ count: 1, by: ['anna'], missed: false });
      expect(event.changes).toEqual([expect.objectContaining({ op: 'update', id: f.id('local'), label: 'Forum', name: 'Lokal samverkan Vindeln', by: 'anna' })]);
      expect(event.version).toBe(await stores[0]!.version());
    }
    await stores[0]!.apply([{ op: 'unlink', type: 'PARTICIPATES_IN', from: f.id('vindeln'), to: f.id('local') }], { by: 'bo' });
    for (const event of [await next(onA!), await next(onB!)]) {
      expect(event.changes).toEqual([expect.objectContaining({ op: 'unlink', type: 'PARTICIPATES_IN', from: f.id('vindeln'), to: f.id('local'), by: 'bo' })]);
    }
    await onA!.return!();
    await onB!.return!();
  });

  it('polls only while someone listens, and stops with the last subscriber', async () => {
    const hub = hubs[0]!;
    expect(hub.size).toBe(0);
    const s1 = hub.stream();
    const s2 = hub.stream();
    expect(hub.size).toBe(2);
    await s1.return!();
    expect(hub.size).toBe(1);
    await s2.return!();
    expect(hub.size).toBe(0);
    expect(await s2.next()).toEqual({ value: undefined, done: true });
  });

  it('sends a large batch as a count without its list, so the page reloads instead', async () => {
    const stream = hubs[0]!.stream();
    const many = Array.from({ length: MAX_LISTED + 5 }, (_, i) => ({ op: 'create' as const, label: 'TargetGroup' as const, id: f.id(`tg-many-${i}`), props: { name: `Målgrupp ${i}`, source: 'illustrative' } }));
    await stores[1]!.apply(many, { by: 'import' });
    const event = await next(stream);
    expect(event).toMatchObject({ count: MAX_LISTED + 5, changes: [], by: ['import'] });
    await stream.return!();
  });
});
