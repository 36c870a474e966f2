// GraphML and GEXF open in graphology's own parsers with the same counts;
// JSON carries the whole graph in its versioned format.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { exportGraph, xmlSafe, type JsonExport } from '../../server/io/export.ts';
import { tempStore, type TempStore } from './helpers.ts';

let t: TempStore;
beforeAll(async () => {
  t = await tempStore(async (s) => {
    await seedStore(s);
    // a name no XML writer may pass through unescaped
    await s.apply([{ op: 'create', label: 'TargetGroup', id: 'tg-xml', props: { name: 'A & B <"c"> \'d\' ]]> \u0001', source: 'illustrative' } }], { by: 'test' });
    await s.putDoc('map-layout', 'main', { positions: { 'tg-xml': [10.5, -3] } }, { by: 'test' });
  });
});
afterAll(() => t.close());

const text = async (format: 'graphml' | 'gexf' | 'json') => {
  const r = await exportGraph(t.store, { format, at: '2026-01-02T03:04:05.000Z' });
  expect(typeof r.body).toBe('string');
  return r.body as string;
};

describe('graph-tool exports', () => {
  it('GraphML opens in graphology-graphml with the same node and edge counts and attributes', async () => {
    const g = await t.store.subgraph({});
    const parsed = parseGraphml(MultiDirectedGraph, await text('graphml'));
    expect(parsed.order).toBe(g.nodes.length);
    expect(parsed.size).toBe(g.edges.length);
    const some = g.edges.find((e) => e.type === 'ESTIMATE')!;
    expect(parsed.getEdgeAttributes(some.id)).toMatchObject({ relType: 'ESTIMATE', count: some.count, year: some.year });
    expect(parsed.source(some.id)).toBe(some.from);
    expect(parsed.getNodeAttributes('tg-xml')).toMatchObject({ label: 'A & B <"c"> \'d\' ]]> \uFFFD', nodeType: 'TargetGroup', x: 10.5, y: -3 });
    const forum = g.nodes.find((n) => n.label === 'Forum')!;
    expect(parsed.getNodeAttributes(forum.id)).toMatchObject({ nodeType: 'Forum', crossesBoundary: (forum as { crossesBoundary: boolean }).crossesBoundary });
  });

  it('GEXF opens in graphology-gexf with the same node and edge counts', async () => {
    const g = await t.store.subgraph({});
    const parsed = parseGexf(MultiDirectedGraph, await text('gexf'));
    expect(parsed.order).toBe(g.nodes.length);
    expect(parsed.size).toBe(g.edges.length);
    expect(parsed.getNodeAttributes('tg-xml')).toMatchObject({ label: 'A & B <"c"> \'d\' ]]> \uFFFD', nodeType: 'TargetGroup', x: 10.5, y: -3 });
    const part = g.edges.find((e) => e.type === 'PARTICIPATES_IN')!;
    expect(parsed.getEdgeAttributes(part.id)).toMatchObject({ label: 'PARTICIPATES_IN', relType: 'PARTICIPATES_IN', role: part.role });
  });

  it('JSON is the whole graph in a versioned format, without accounts', async () => {
    await t.store.putDoc('auth.users', 'someone', { secret: 'never exported' }, { by: 'test' });
    const j = JSON.parse(await text('json')) as JsonExport;
    const g = await t.store.subgraph({});
    expect(j).toMatchObject({ format: 'samverkanskartan', version: 1, exportedAt: '2026-01-02T03:04:05.000Z', storeVersion: await t.store.version() });
    expect(j.nodes).toHaveLength(g.nodes.length);
    expect(j.edges).toHaveLength(g.edges.length);
    expect(j.nodes.find((n) => n.id === 'tg-xml')).toMatchObject({ label: 'TargetGroup', createdBy: 'test' });
    expect(Object.keys(j.docs).sort()).toEqual(['dismissals', 'map-layout', 'map-view']);
    expect(JSON.stringify(j)).not.toContain('never exported');
  });

  it('replaces what XML 1.0 cannot carry', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\u001F\uD800f\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\td\ne\uFFFD\uFFFDf\uD83D\uDE00');
  });
});
