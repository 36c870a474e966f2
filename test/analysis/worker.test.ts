// The analysis worker answers exactly as the analysis on the caller's thread,
// and stays exact as the store changes: its replica of the read model is fed
// the same change-log entries as the main one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { createAnalysisEngine, type AnalysisEngine } from '../../server/analysis/index.ts';
import { DomainError } from '../../server/errors.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { freshStore } from '../store/test-store.ts';

const TODAY = '2026-06-01';
let store: GraphStore;
let onWorker: AnalysisEngine;

beforeAll(async () => {
  store = await freshStore();
  await seedStore(store);
  onWorker = createAnalysisEngine(store, { today: () => TODAY, worker: true });
});
afterAll(async () => {
  await onWorker.close();
  await store.close();
});

/** Every answer the worker gives, beside the same asked on this thread of a fresh engine (which loads the store anew). */
async function answers(engine: AnalysisEngine) {
  const strip = <T extends { snapshot: unknown }>({ snapshot: _, ...rest }: T) => rest;
  return {
    gaps: strip(await engine.gapAnalysis({ compareTo: '2028-01-01', includeDismissed: true })),
    scoped: strip(await engine.gapAnalysis({ scope: 'kommun-vindeln' })),
    coverage: strip(await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'HANDOVERS' })),
    path: strip(await engine.collaborationPath('kommun-vindeln', 'region-vasterbotten')),
    map: (await engine.mapDocument()).bytes.toString('utf8'),
  };
}

async function expectSameAsFresh(): Promise<Awaited<ReturnType<typeof answers>>> {
  const fresh = createAnalysisEngine(store, { today: () => TODAY, worker: false });
  const expected = await answers(fresh);
  const got = await answers(onWorker);
  expect(got).toEqual(expected);
  return got;
}

describe('the analysis worker', () => {
  it('answers as the analysis on this thread', async () => {
    const got = await expectSameAsFresh();
    expect(got.gaps.findings.length).toBeGreaterThan(10);
    expect(got.path.found).toBe(true);
    expect(JSON.parse(got.map).data.graph.nodes.length).toBeGreaterThan(150);
  });

  it('stays exact through writes: a forum removed, one added, a participation moved', async () => {
    const before = await expectSameAsFresh();
    const forum = (await store.listNodes({ label: 'Forum', first: 1, text: 'Lokal samverkan Vindeln' })).items[0]!;
    await store.apply([{ op: 'delete', id: forum.id }], { by: 'test' });
    const afterDelete = await expectSameAsFresh();
    expect(afterDelete.gaps.findings.map((f) => f.key)).not.toEqual(before.gaps.findings.map((f) => f.key));
    await store.apply([
      { op: 'create', label: 'Forum', id: 'ny-forum', props: { name: 'Ny samverkan Vindeln', kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', status: 'ACTIVE', source: 'illustrative' } },
      { op: 'link', type: 'PARTICIPATES_IN', from: 'kommun-vindeln', to: 'ny-forum', props: { source: 'illustrative', role: 'MEMBER' } },
      { op: 'link', type: 'COVERS', from: 'ny-forum', to: 'kommun-vindeln', props: { source: 'illustrative' } },
    ], { by: 'test' });
    const afterCreate = await expectSameAsFresh();
    expect(afterCreate.map).toContain('Ny samverkan Vindeln');
  });

  it('keeps the code of an error raised on the worker', async () => {
    const e = await onWorker.collaborationPath('kommun-vindeln', 'no-such-actor').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('NOT_FOUND');
    // and goes on answering
    expect((await onWorker.gapAnalysis()).findings.length).toBeGreaterThan(0);
  });
});
