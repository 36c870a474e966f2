// Property: whatever sequence of writes a store takes — creates, updates,
// deletes with their relationships, links, unlinks, bulk upserts, failed
// writes — the read model brought forward from the change log equals one
// loaded fresh from the store. Runs on the store under test (SQLite, or a
// live Neo4j in `npm run test:neo4j`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NodeLabel, RELATIONSHIPS, type Change, type RelType } from '../../schema/domain.ts';
import { ReadModel } from '../../server/read-model/read-model.ts';
import { ReadModelSource } from '../../server/read-model/source.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { county } from '../analysis/build.ts';
import { freshStore, STORE_UNDER_TEST } from './test-store.ts';

const IDS = ['region', 'lansdel', 'umea', 'vindeln', 'hc', 'hemsjukvard', 'f1', 'f2', 'f3', 'g1', 'g2', 'tg', 'cl'] as const;
const id = fc.constantFrom(...IDS);
const name = fc.constantFrom('Lokal samverkan', 'Länsgrupp', 'Vård', 'Omsorg', 'Äldre', 'Barn');

const create: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ id: fc.constantFrom('f1', 'f2', 'f3'), name, status: fc.constantFrom('ACTIVE', 'PLANNED', 'ENDED') }).map(({ id, name, status }) => ({
    op: 'create' as const, label: 'Forum' as const, id,
    props: { name: `${name} ${id}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', status, source: 'illustrative' },
  })),
  fc.record({ id: fc.constantFrom('g1', 'g2'), key: fc.constantFrom('k1', 'k2') }).map(({ id, key }) => ({
    op: 'create' as const, label: 'Gap' as const, id,
    props: { name: `Glapp ${id}`, kind: 'HANDOVER', severity: 'HIGH', findingKey: `HANDOVER_UNCOVERED|${key}`, source: 'illustrative' },
  })),
  fc.constant<Change>({ op: 'create', label: 'TargetGroup', id: 'tg', props: { name: 'Mest sjuka äldre', source: 'illustrative' } }),
  fc.constant<Change>({ op: 'create', label: 'CareLevel', id: 'cl', props: { name: 'Primärvård', kind: 'PRIMARY_CARE', principal: 'REGION', source: 'illustrative' } }),
);
const update: fc.Arbitrary<Change> = fc.record({ id, name, description: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }) })
  .map(({ id, name, description }) => ({ op: 'update' as const, id, props: { name: `${name} ${id}`, ...(description ? { description } : {}) } }));
const rekey: fc.Arbitrary<Change> = fc.record({ id: fc.constantFrom('g1', 'g2'), key: fc.constantFrom('k1', 'k2') })
  .map(({ id, key }) => ({ op: 'update' as const, id, props: { findingKey: `HANDOVER_UNCOVERED|${key}` } }));
/** A change that keeps the name (the node keeps its place in its label's list). */
const redescribe: fc.Arbitrary<Change> = fc.record({ id, description: fc.constantFrom('a', 'b', 'c') })
  .map(({ id, description }) => ({ op: 'update' as const, id, props: { description } }));
const remove: fc.Arbitrary<Change> = id.map((id) => ({ op: 'delete' as const, id }));
const TYPES = Object.keys(RELATIONSHIPS) as RelType[];
const LABEL_OF: Record<string, NodeLabel> = {
  region: 'Actor', lansdel: 'Actor', umea: 'Actor', vindeln: 'Actor', hc: 'Actor', hemsjukvard: 'Actor',
  f1: 'Forum', f2: 'Forum', f3: 'Forum', g1: 'Gap', g2: 'Gap', tg: 'TargetGroup', cl: 'CareLevel',
};
const pick = (labels: readonly NodeLabel[], i: number) => {
  const ids = IDS.filter((x) => labels.includes(LABEL_OF[x]!));
  return ids[i % ids.length];
};
/** A relationship the schema allows between two of the ids (which may or may not exist at the time). */
const link: fc.Arbitrary<Change> = fc.record({ type: fc.constantFrom(...TYPES.filter((t) => RELATIONSHIPS[t].from.some((l) => IDS.some((x) => LABEL_OF[x] === l)) && RELATIONSHIPS[t].to.some((l) => IDS.some((x) => LABEL_OF[x] === l)))), i: fc.nat(), j: fc.nat(), role: fc.constantFrom('MEMBER', 'CHAIR') })
  .map(({ type, i, j, role }) => ({
    op: 'link' as const, type, from: pick(RELATIONSHIPS[type].from, i)!, to: pick(RELATIONSHIPS[type].to, j)!,
    props: { source: 'illustrative', ...(type === 'PARTICIPATES_IN' ? { role } : {}), ...(type === 'ESTIMATE' ? { count: 10 + (i % 5), year: 2020 + (j % 3) } : {}) },
  }));

/** A write: one atomic batch of changes (which may fail as a whole), the removal of the k-th stored relationship, or a bulk upsert of new and existing forums. */
type Write = { kind: 'apply'; changes: Change[] } | { kind: 'unlink'; k: number } | { kind: 'bulk'; names: string[] };
const write: fc.Arbitrary<Write> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof(create, update, redescribe, rekey, link, link, link), { minLength: 1, maxLength: 3 }).map((changes) => ({ kind: 'apply' as const, changes })) },
  { weight: 1, arbitrary: remove.map((c) => ({ kind: 'apply' as const, changes: [c] })) },
  { weight: 2, arbitrary: fc.nat().map((k) => ({ kind: 'unlink' as const, k })) },
  { weight: 1, arbitrary: fc.array(name, { minLength: 1, maxLength: 3 }).map((names) => ({ kind: 'bulk' as const, names })) },
);

/** Performs a write; true when the store took it. */
async function perform(store: GraphStore, w: Write): Promise<boolean> {
  const ok = (p: Promise<unknown>) => p.then(() => true, () => false);
  if (w.kind === 'apply') return ok(store.apply(w.changes, { by: 'test' }));
  if (w.kind === 'unlink') {
    const { edges } = await store.subgraph({});
    const e = [...edges].sort((a, b) => (a.id < b.id ? -1 : 1))[w.k % Math.max(1, edges.length)];
    if (!e) return false;
    return ok(store.apply([{ op: 'unlink', type: e.type, from: e.from, to: e.to, ...(e.type === 'ESTIMATE' ? { year: (e as { year: number }).year } : {}) }], { by: 'test' }));
  }
  const nodes = w.names.map((n, i) => ({ label: 'Forum' as const, id: `f${(i % 3) + 1}`, props: { name: `${n} bulk ${i}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', status: 'ACTIVE', source: 'illustrative' } }));
  const edges = nodes.map((n) => ({ type: 'PARTICIPATES_IN' as const, from: 'umea', to: n.id, props: { source: 'illustrative', role: 'MEMBER' as const } }));
  return ok(store.bulkUpsert({ nodes, edges }, { by: 'test' }));
}

/** Everything a reader of the model can see. */
function picture(m: ReadModel) {
  const ids = m.data.nodes.map((n) => n.id);
  return {
    data: m.data,
    byLabel: NodeLabel.options.map((l) => m.nodes(l)),
    out: ids.map((id) => TYPES.map((t) => [m.out(id, t).map((e) => e.id), m.targets(id, t)])),
    in: ids.map((id) => TYPES.map((t) => [m.in(id, t).map((e) => e.id), m.sources(id, t)])),
    gaps: ['HANDOVER_UNCOVERED|k1', 'HANDOVER_UNCOVERED|k2'].map((k) => m.gapForFinding(k)?.id ?? null),
  };
}

describe('the read model, kept current from the change log', () => {
  it('equals a freshly loaded one after any sequence of writes', async () => {
    const taken = { apply: 0, unlink: 0, bulk: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(write, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), async (rounds) => {
        const store = await freshStore();
        try {
          await store.apply(county().changes, { by: 'test' });
          const source = new ReadModelSource(store);
          const model = await source.get();
          for (const round of rounds) {
            for (const w of round) if (await perform(store, w)) taken[w.kind]++;
            const current = await source.get();
            expect(current).toBe(model); // the same model, brought forward
            const fresh = new ReadModel(await store.subgraph({}), await store.version());
            expect(current.version).toBe(fresh.version);
            expect(picture(current)).toEqual(picture(fresh));
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: STORE_UNDER_TEST === 'neo4j' ? 12 : 60, seed: 20_261_130 },
    );
    // the writes were real ones: each kind was taken by the store many times
    expect(Math.min(taken.apply, taken.unlink, taken.bulk)).toBeGreaterThan(STORE_UNDER_TEST === 'neo4j' ? 3 : 20);
  }, 300_000);

  it('finds a recorded gap by its new finding key only, after the key changes', async () => {
    const store = await freshStore();
    try {
      await store.apply([{ op: 'create', label: 'Gap', id: 'g1', props: { name: 'Glapp', kind: 'HANDOVER', severity: 'HIGH', findingKey: 'HANDOVER_UNCOVERED|k1', source: 'illustrative' } }], { by: 'test' });
      const source = new ReadModelSource(store);
      expect((await source.get()).gapForFinding('HANDOVER_UNCOVERED|k1')?.id).toBe('g1');
      await store.apply([{ op: 'update', id: 'g1', props: { findingKey: 'HANDOVER_UNCOVERED|k2' } }], { by: 'test' });
      const current = await source.get();
      expect(current.gapForFinding('HANDOVER_UNCOVERED|k1')).toBeUndefined();
      expect(current.gapForFinding('HANDOVER_UNCOVERED|k2')?.id).toBe('g1');
    } finally {
      await store.close();
    }
  });

  it('catches up through more entries than one page of the change log', async () => {
    const store = await freshStore();
    try {
      await store.apply(county().changes, { by: 'test' });
      const source = new ReadModelSource(store);
      await source.get();
      const nodes = Array.from({ length: 6_000 }, (_, i) => ({ label: 'Forum' as const, id: `bulk${i}`, props: { name: `Forum ${i}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MICRO', status: 'ACTIVE', source: 'illustrative' } }));
      await store.bulkUpsert({ nodes, edges: nodes.map((n) => ({ type: 'COVERS' as const, from: n.id, to: 'umea', props: { source: 'illustrative' } })) }, { by: 'test' });
      const current = await source.get();
      const fresh = new ReadModel(await store.subgraph({}), await store.version());
      expect(current.size).toEqual({ nodes: 6_006, edges: 6_005 });
      expect(picture(current)).toEqual(picture(fresh));
    } finally {
      await store.close();
    }
  }, 120_000);
});
