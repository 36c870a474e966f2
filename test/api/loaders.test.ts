// No N+1: a nested query costs one list call and one version check per level,
// however many rows; relationships and their nodes come from the read model.
import { afterEach, describe, expect, it } from 'vitest';
import type { Change, NodeLabel, RelType } from '../../schema/domain.ts';
import { countingStore, openHarness, type Harness } from './harness.ts';

/** n municipalities, each in one of two county parts, each with a local forum and two participants. */
function wideGraph(n: number): Change[] {
  const c: Change[] = [];
  const node = (label: NodeLabel, id: string, props: Record<string, unknown>) =>
    c.push({ op: 'create', label, id, props: { source: 'illustrative', ...props } });
  const link = (type: RelType, from: string, to: string, props: Record<string, unknown> = {}) =>
    c.push({ op: 'link', type, from, to, props: { source: 'illustrative', ...props } });
  node('Actor', 'cp0', { name: 'Länsdel 0', kind: 'COUNTY_PART', principal: 'REGION' });
  node('Actor', 'cp1', { name: 'Länsdel 1', kind: 'COUNTY_PART', principal: 'REGION' });
  for (let i = 0; i < n; i++) {
    node('Actor', `m${i}`, { name: `Kommun ${i}`, kind: 'MUNICIPALITY', principal: 'MUNICIPALITY' });
    node('Actor', `hc${i}`, { name: `Hälsocentral ${i}`, kind: 'HEALTH_CENTRE', principal: 'REGION' });
    node('Forum', `f${i}`, { name: `Lokal samverkan ${i}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', status: 'ACTIVE' });
    link('PART_OF', `m${i}`, `cp${i % 2}`);
    link('PART_OF', `hc${i}`, `m${i}`);
    link('PARTICIPATES_IN', `m${i}`, `f${i}`);
    link('PARTICIPATES_IN', `hc${i}`, `f${i}`, { role: 'CHAIR' });
  }
  return c;
}

const NESTED = `{ forums(first: 100) { nodes { name participants { role actor { name partOf { name partOf { name } } } } } } }`;

let h: Harness;
const NO_RESPONSE_CACHE = { RESPONSE_CACHE_MB: '0' };
afterEach(() => h?.close());

describe('loaders', () => {
  it.each([5, 40])('a three-level nested query over %i forums costs the same store calls', async (n) => {
    let counter!: ReturnType<typeof countingStore>;
    // the query run each time, not a kept answer (test/api/response-cache.test.ts): these count the loaders' store calls
    h = await openHarness({ data: (s) => s.apply(wideGraph(n), { by: 'test' }), env: NO_RESPONSE_CACHE, wrap: (s) => (counter = countingStore(s)).store });
    await h.gql(NESTED); // the read model loaded, as by any earlier request
    counter.reset();
    const r = await h.gql(NESTED);
    expect(r.errors).toBeUndefined();
    expect(r.data!.forums.nodes).toHaveLength(n);
    const hc0 = r.data!.forums.nodes.find((f: { name: string }) => f.name === 'Lokal samverkan 0').participants.find((p: { role: string }) => p.role === 'CHAIR');
    expect(hc0.actor).toEqual({ name: 'Hälsocentral 0', partOf: [{ name: 'Kommun 0', partOf: [{ name: 'Länsdel 0' }] }] });
    // forums → participants (+ actor, carried) → partOf → partOf: one list call, then per level a version check and the read model
    expect(Object.fromEntries(counter.calls)).toEqual({ listNodes: 1, version: 3 });
  });

  it('answers with a write made just before, reading only the change log for it', async () => {
    let counter!: ReturnType<typeof countingStore>;
    h = await openHarness({ data: (s) => s.apply(wideGraph(5), { by: 'test' }), env: NO_RESPONSE_CACHE, wrap: (s) => (counter = countingStore(s)).store });
    await h.gql(NESTED);
    await h.store.apply([{ op: 'link', type: 'PARTICIPATES_IN', from: 'hc1', to: 'f0', props: { source: 'illustrative', role: 'MEMBER' } }], { by: 'test' });
    counter.reset();
    const r = await h.gql(NESTED);
    const f0 = r.data!.forums.nodes.find((f: { name: string }) => f.name === 'Lokal samverkan 0');
    expect(f0.participants.map((p: { actor: { name: string } }) => p.actor.name).sort()).toEqual(['Hälsocentral 0', 'Hälsocentral 1', 'Kommun 0']);
    // version: the loaders' checks, and one read after the entries (the version a live update announces holds them)
    expect(Object.fromEntries(counter.calls)).toEqual({ listNodes: 1, version: 4, changes: 1 });
  });
});
