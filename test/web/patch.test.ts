// Live updates and edits that only change properties patch the map the page holds.
import { describe, expect, it } from 'vitest';
import { changedNodeIds, patchNodes, updatedNodeIds } from '../../web/src/graph/patch.ts';
import type { Graph, MapNode } from '../../web/src/graph/types.ts';

const node = (id: string, name: string, extra: Partial<MapNode> = {}): MapNode => ({
  id, label: 'Forum', name, kind: null, principal: null, status: 'ACTIVE', systemLevel: 'MESO', severity: null,
  plannedStart: null, startDate: null, endDate: null, countyPart: 'ume', ...extra,
});
const graph: Graph = {
  version: 4,
  nodes: [node('a', 'A'), node('b', 'B'), node('c', 'C')],
  edges: [{ id: 'e1', type: 'PARTICIPATES_IN', source: 'a', target: 'b', role: null, count: null, year: null }],
};

describe('which changes only change properties', () => {
  it('takes the page\'s updates of nodes, and nothing else', () => {
    expect(updatedNodeIds([{ updateForum: { id: 'a', patch: { name: 'X' } } }, { updateActor: { id: 'b', patch: {} } }, { updateForum: { id: 'a', patch: {} } }])).toEqual(['a', 'b']);
    expect(updatedNodeIds([{ updateForum: { id: 'a', patch: {} } }, { link: { type: 'COVERS', from: 'a', to: 'b' } }])).toBeNull();
    expect(updatedNodeIds([{ createForum: { name: 'Ny' } }])).toBeNull();
    expect(updatedNodeIds([{ delete: 'a' }])).toBeNull();
    expect(updatedNodeIds([])).toBeNull();
    // more than one mapNodes question takes: the whole map
    const many = Array.from({ length: 501 }, (_, i) => ({ updateForum: { id: `f${i}`, patch: {} } }));
    expect(updatedNodeIds(many)).toBeNull();
    expect(updatedNodeIds(many.slice(1))).toHaveLength(500);
  });

  it('takes a live event\'s node updates, and nothing else', () => {
    expect(changedNodeIds([{ op: 'update', id: 'a', label: 'Forum' }, { op: 'update', id: 'a', label: 'Forum' }])).toEqual(['a']);
    // a relationship's update (a participation's role) can change what an area holds
    expect(changedNodeIds([{ op: 'update', id: 'e1', label: null }])).toBeNull();
    expect(changedNodeIds([{ op: 'update', id: 'a', label: 'Forum' }, { op: 'create', id: 'd', label: 'Forum' }])).toBeNull();
    expect(changedNodeIds([])).toBeNull();
  });
});

describe('patchNodes', () => {
  it('replaces the named nodes in place and keeps everything else as it was', () => {
    const next = patchNodes(graph, [node('b', 'B2', { status: 'ENDED', systemLevel: 'MICRO' })], 7)!;
    expect(next.nodes.map((n) => n.name)).toEqual(['A', 'B2', 'C']);
    expect(next.nodes[1]).toMatchObject({ status: 'ENDED', systemLevel: 'MICRO' });
    expect(next.nodes[0]).toBe(graph.nodes[0]);
    expect(next.edges).toBe(graph.edges);
    expect(next.version).toBe(7);
    expect(graph.nodes[1]!.name).toBe('B');
  });

  it('never moves the version back', () => {
    expect(patchNodes(graph, [node('a', 'A')], 2)!.version).toBe(4);
  });

  it('gives up when a node is gone or was never held: the whole map is read instead', () => {
    expect(patchNodes(graph, [node('a', 'A'), null], 5)).toBeNull();
    expect(patchNodes(graph, [node('z', 'Z')], 5)).toBeNull();
  });

  it('gives up when a node changed what places it in its area (kind, county part): the whole map is read instead', () => {
    expect(patchNodes(graph, [node('a', 'A', { kind: 'TEAM' })], 5)).toBeNull();
    expect(patchNodes(graph, [node('a', 'A', { countyPart: 'skelleftea' })], 5)).toBeNull();
  });
});
