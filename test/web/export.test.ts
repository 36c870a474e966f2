// Export of the selection as JSON, with the relationships among the elements (spreadsheets: test/io/view-export.test.ts).
import { describe, expect, it } from 'vitest';
import { fileName, toJson } from '../../web/src/graph/export.ts';
import { fixtureGraph, node } from './graph-fixture.ts';

describe('toJson', () => {
  it('keeps the relationships among the selected elements only, with each element’s state on the date', () => {
    const g = fixtureGraph();
    const out = JSON.parse(toJson([node(g, 'local'), node(g, 'hc')], g.edges, { date: '2026-06-01', states: new Map([['local', 'active' as const]]), version: 7 }));
    expect(out.asOf).toBe('2026-06-01');
    expect(out.storeVersion).toBe(7);
    expect(out.nodes.map((n: { id: string }) => n.id)).toEqual(['local', 'hc']);
    expect(out.nodes[0].stateOnDate).toBe('active');
    expect(out.edges).toEqual([expect.objectContaining({ type: 'PARTICIPATES_IN', source: 'hc', target: 'local', role: 'CHAIR' })]);
  });

  it('names files by date', () => {
    expect(fileName('samverkanskartan', '2026-06-01', 'csv')).toBe('samverkanskartan-2026-06-01.csv');
  });
});
