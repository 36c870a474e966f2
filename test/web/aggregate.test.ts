// The overview of a large map (web/src/graph/aggregate.ts): one node per area
// with counts, edges between areas weighted by the relationships that cross;
// an expanded area shows exactly its own elements. Checked against the
// synthetic county, whose areas are known from how it was built.
import { describe, expect, it } from 'vitest';
import { edgeId } from '../../schema/domain.ts';
import { mapGraph } from '../../schema/map-graph.ts';
import { AGG_PREFIX, AreaIndex, buildOverview, GRID_GAP, MAX_AREAS, OTHER_AREA, OverviewCache, visibleElementCount } from '../../web/src/graph/aggregate.ts';
import { patchNodes } from '../../web/src/graph/patch.ts';
import type { Graph, Positions } from '../../web/src/graph/types.ts';
import { syntheticCounty } from '../e2e/synthetic.ts';

const MUNICIPALITIES = 60;
const syn = syntheticCounty(MUNICIPALITIES);
const PARTS = Math.round(MUNICIPALITIES / 20);

/** The graph as the API gives it (countyPart computed by the server's own code). */
function asGraph(batch: typeof syn.batch): Graph {
  const nodes = batch.nodes.map((n) => ({ id: n.id, label: n.label, ...n.props }));
  const edges = batch.edges.map((e) => ({ id: edgeId(e.type, e.from, e.to), type: e.type, from: e.from, to: e.to, ...e.props }));
  return mapGraph({ nodes, edges } as never, 1, null) as unknown as Graph;
}
const graph = asGraph(syn.batch);

/** Each element's area as the generator placed it: municipality m is in county part m % PARTS. */
function builtArea(id: string): string {
  const m = /^syn-m-(\d+)/.exec(id);
  if (m) return `syn-cp-${Number(m[1]) % PARTS}`;
  if (id.startsWith('syn-cp-')) return id;
  return 'syn-region';
}

describe('the overview of a large map', () => {
  const ix = new AreaIndex(graph);
  const all = new Set(graph.nodes.map((n) => n.id));

  it('has one aggregate per county part (and the region), counting what the raw graph holds', () => {
    const o = buildOverview(ix, all, new Set());
    expect(o.level).toBe('countyPart');
    expect(o.nodes.size).toBe(0);
    expect(o.edges.size).toBe(0);
    expect(o.aggregates.map((a) => a.area).sort()).toEqual([...Array.from({ length: PARTS }, (_, p) => `syn-cp-${p}`), 'syn-region'].sort());
    for (const a of o.aggregates) {
      const members = graph.nodes.filter((n) => builtArea(n.id) === a.area);
      expect(a.counts.total).toBe(members.length);
      expect(a.counts.forums).toBe(members.filter((n) => n.label === 'Forum').length);
      expect(a.counts.gaps).toBe(members.filter((n) => n.label === 'Gap').length);
      expect(a.counts.actors).toBe(members.filter((n) => n.label === 'Actor').length);
      expect(a.counts.initiatives).toBe(members.filter((n) => n.label === 'Initiative').length);
      expect(a.name).toBe(graph.nodes.find((n) => n.id === a.area)!.name);
    }
    // a county part of 20 municipalities: 12 forums and one gap each
    expect(o.aggregates.find((a) => a.area === 'syn-cp-0')!.counts).toMatchObject({ forums: 240, gaps: 20 });
    expect(o.aggregates.reduce((s, a) => s + a.counts.total, 0)).toBe(graph.nodes.length);
  });

  it('weights each aggregated edge by the relationships that cross between its areas', () => {
    const o = buildOverview(ix, all, new Set());
    const want = new Map<string, number>();
    for (const e of graph.edges) {
      const [a, b] = [AGG_PREFIX + builtArea(e.source), AGG_PREFIX + builtArea(e.target)].sort();
      if (a !== b) want.set(`${a}|${b}`, (want.get(`${a}|${b}`) ?? 0) + 1);
    }
    expect(new Map(o.aggregateEdges.map((e) => [`${e.source}|${e.target}`, e.weight]))).toEqual(want);
    // the county parts are each PART_OF the region, and nothing else crosses
    expect(want.size).toBe(PARTS);
  });

  it('draws an expanded area as exactly its own elements, the others still aggregated', () => {
    const o = buildOverview(ix, all, new Set(['syn-cp-1']));
    const inside = graph.nodes.filter((n) => builtArea(n.id) === 'syn-cp-1').map((n) => n.id);
    expect([...o.nodes].sort()).toEqual(inside.sort());
    const insideSet = new Set(inside);
    expect([...o.edges].sort()).toEqual(graph.edges.filter((e) => insideSet.has(e.source) && insideSet.has(e.target)).map((e) => e.id).sort());
    expect(o.aggregates.map((a) => a.area).sort()).toEqual(['syn-cp-0', 'syn-cp-2', 'syn-region']);
    // the expanded county part's tie to the region: one edge from the element to the region's aggregate
    expect(o.aggregateEdges).toContainEqual(expect.objectContaining({ source: `${AGG_PREFIX}syn-region`, target: 'syn-cp-1', weight: 1 }));
    // every relationship is drawn, counted in a weight, or inside one aggregate
    const counted = o.edges.size + o.aggregateEdges.reduce((s, e) => s + e.weight, 0);
    const internal = graph.edges.filter((e) => builtArea(e.source) === builtArea(e.target) && builtArea(e.source) !== 'syn-cp-1').length;
    expect(counted + internal).toBe(graph.edges.length);
  });

  it('counts only what the filters leave visible', () => {
    const forums = new Set(graph.nodes.filter((n) => n.label === 'Forum' && n.status === 'PLANNED').map((n) => n.id));
    const o = buildOverview(ix, forums, new Set());
    expect(o.aggregates.reduce((s, a) => s + a.counts.forums, 0)).toBe(forums.size);
    expect(o.aggregates.every((a) => a.counts.total === a.counts.forums)).toBe(true);
    expect(o.aggregateEdges).toEqual([]);
    expect(visibleElementCount(graph, forums)).toBe(forums.size);
    expect(visibleElementCount(graph, all)).toBe(graph.nodes.length + graph.edges.length);
    expect(buildOverview(ix, forums, 'all').nodes).toEqual(forums);
  });

  it('places the aggregates on a grid in the order of their members\' middles, a cell apart', () => {
    const positions = Object.fromEntries(Object.entries(syn.positions).map(([id, [x, y]]) => [id, { x, y }]));
    const o = buildOverview(ix, all, new Set(), positions);
    const middle = (area: string) => {
      const ps = graph.nodes.filter((n) => builtArea(n.id) === area).map((n) => positions[n.id]!);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const at = new Map(o.aggregates.map((a) => [a.area, a.position!]));
    const areas = [...at.keys()];
    expect(new Set(areas.map((a) => at.get(a)!.y)).size).toBeGreaterThan(1);
    for (const a of areas) {
      for (const b of areas) {
        const [pa, pb, ma, mb] = [at.get(a)!, at.get(b)!, middle(a), middle(b)];
        // an earlier row: a middle no lower; the same row: left to right as the middles
        if (pa.y < pb.y) expect(ma.y).toBeLessThanOrEqual(mb.y);
        if (pa.y === pb.y && pa.x < pb.x) expect(ma.x).toBeLessThanOrEqual(mb.x);
      }
    }
    const list = [...at.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        expect(Math.abs(list[i]!.x - list[j]!.x) >= GRID_GAP.x || Math.abs(list[i]!.y - list[j]!.y) >= GRID_GAP.y).toBe(true);
      }
    }
  });

  it('aggregates per region when there are more county parts than MAX_AREAS, and keeps what belongs to no area apart', () => {
    const nodes: Graph['nodes'] = [];
    const edges: Graph['edges'] = [];
    const base = { kind: null, principal: null, status: null, systemLevel: null, severity: null, plannedStart: null, startDate: null, endDate: null, countyPart: null };
    for (const r of ['r1', 'r2']) nodes.push({ ...base, id: r, label: 'Actor', name: r, kind: 'REGION' });
    for (let i = 0; i <= MAX_AREAS; i++) {
      const r = i % 2 ? 'r2' : 'r1';
      nodes.push({ ...base, id: `cp${i}`, label: 'Actor', name: `cp${i}`, kind: 'COUNTY_PART', countyPart: `cp${i}` });
      edges.push({ id: `e${i}`, type: 'PART_OF', source: `cp${i}`, target: r, role: null, count: null, year: null });
      nodes.push({ ...base, id: `f${i}`, label: 'Forum', name: `f${i}`, countyPart: `cp${i}` });
    }
    nodes.push({ ...base, id: 'care', label: 'CareLevel', name: 'care' });
    const g: Graph = { nodes, edges, version: 1 };
    const o = buildOverview(new AreaIndex(g), new Set(nodes.map((n) => n.id)), new Set());
    expect(o.level).toBe('region');
    expect(o.aggregates.map((a) => [a.area, a.counts.forums, a.counts.total])).toEqual([
      ['r1', Math.ceil((MAX_AREAS + 1) / 2), 1 + 2 * Math.ceil((MAX_AREAS + 1) / 2)],
      ['r2', Math.floor((MAX_AREAS + 1) / 2), 1 + 2 * Math.floor((MAX_AREAS + 1) / 2)],
      [OTHER_AREA, 0, 1],
    ]);
    expect(o.aggregateEdges).toEqual([]);
    // an opened region shows its county parts as aggregates, and what lies in none of them (the region itself) as itself
    const open = buildOverview(new AreaIndex(g), new Set(nodes.map((n) => n.id)), new Set(['r1']));
    const r1Parts = nodes.filter((n) => n.kind === 'COUNTY_PART' && edges.some((e) => e.source === n.id && e.target === 'r1')).map((n) => n.id);
    expect(open.aggregates.map((a) => a.area).sort()).toEqual([...r1Parts, 'r2', OTHER_AREA].sort());
    expect(open.aggregates.find((a) => a.area === 'cp0')!.counts).toMatchObject({ total: 2, forums: 1, actors: 1 });
    expect([...open.nodes]).toEqual(['r1']);
    // each of r1's county parts is tied to r1 by its PART_OF: an edge of weight 1 from each aggregate to the region drawn as itself
    expect(open.aggregateEdges.filter((e) => e.target === 'r1' || e.source === 'r1').length).toBe(r1Parts.length);
    // and a county part opened in it shows its elements
    const deeper = buildOverview(new AreaIndex(g), new Set(nodes.map((n) => n.id)), new Set(['r1', 'cp0']));
    expect([...deeper.nodes].sort()).toEqual(['cp0', 'f0', 'r1']);
    expect(deeper.edges).toEqual(new Set(['e0']));
    // a county part opened inside a region still closed stays inside the region's aggregate
    expect(buildOverview(new AreaIndex(g), new Set(nodes.map((n) => n.id)), new Set(['cp0'])).nodes.size).toBe(0);
  });
});

describe('the area index of a patched map', () => {
  it('keeps the areas of the map it was patched from and takes the new names (a renamed county part names its aggregate anew)', () => {
    const before = new AreaIndex(graph);
    const part = graph.nodes.find((n) => n.id === 'syn-cp-0')!;
    const patched = patchNodes(graph, [{ ...part, name: 'Omdöpt länsdel' }], 2)!;
    const after = new AreaIndex(patched, before);
    const all = new Set(graph.nodes.map((n) => n.id));
    for (const id of all) expect(after.areasOf(id)).toEqual(before.areasOf(id));
    expect(buildOverview(after, all, new Set()).aggregates.find((a) => a.area === 'syn-cp-0')!.name).toBe('Omdöpt länsdel');
  });

  it('works the areas out anew for a map read again, whatever index came before', () => {
    const before = new AreaIndex(graph);
    // a municipality of county part 0 moved to county part 1: a new map (new relationships), not a patch
    const moved = graph.edges.map((e) => (e.type === 'PART_OF' && e.source === 'syn-m-0' ? { ...e, target: 'syn-cp-1' } : e));
    const again = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'syn-m-0' ? { ...n, countyPart: 'syn-cp-1' } : n)), edges: moved };
    expect(before.areaOf('syn-m-0')).toBe('syn-cp-0');
    expect(new AreaIndex(again, before).areaOf('syn-m-0')).toBe('syn-cp-1');
  });
});

describe('the overview of a map patched with new properties (OverviewCache)', () => {
  const all = new Set(graph.nodes.map((n) => n.id));
  const forum = graph.nodes.find((n) => n.label === 'Forum')!;
  const none: Positions = {};

  it('counts nothing again for a rename that leaves the same elements visible, and gives the aggregates the same counts', () => {
    const cache = new OverviewCache(0);
    const ix = new AreaIndex(graph);
    const first = cache.get(ix, all, new Set(), none);
    expect(cache.counted).toBe(1);
    // a live rename: a new map object with the same relationships, a visible set made anew with the same members
    const patched = patchNodes(graph, [{ ...forum, name: 'Omdöpt forum' }], 2)!;
    const again = cache.get(new AreaIndex(patched, ix), new Set(all), new Set(), none);
    expect(cache.counted).toBe(1);
    expect(again).toBe(first);
    expect(again).toEqual(buildOverview(new AreaIndex(patched), all, new Set()));
  });

  it('names a renamed county part\'s aggregate anew, still without counting, as a count from scratch would', () => {
    const cache = new OverviewCache(0);
    const ix = new AreaIndex(graph);
    const before = cache.get(ix, all, new Set(), none);
    const part = graph.nodes.find((n) => n.id === 'syn-cp-0')!;
    const patched = patchNodes(graph, [{ ...part, name: 'Aaa först' }], 2)!;
    const after = cache.get(new AreaIndex(patched, ix), all, new Set(), none);
    expect(cache.counted).toBe(1);
    expect(after.aggregateEdges).toBe(before.aggregateEdges);
    expect(after.aggregates.find((a) => a.area === 'syn-cp-0')!.name).toBe('Aaa först');
    // the list is in the order of the names, the grid as a count from scratch places it
    expect(after).toEqual(buildOverview(new AreaIndex(patched), all, new Set()));
  });

  it('counts again when the patch changes what is visible (an element hidden by its new status or dates), the areas opened or the positions', () => {
    const cache = new OverviewCache(0);
    const ix = new AreaIndex(graph);
    cache.get(ix, all, new Set(), none);
    const patched = patchNodes(graph, [{ ...forum, endDate: '2001-01-01' }], 2)!;
    const fewer = new Set([...all].filter((id) => id !== forum.id));
    const ix2 = new AreaIndex(patched, ix);
    const o = cache.get(ix2, fewer, new Set(), none);
    expect(cache.counted).toBe(2);
    expect(o).toEqual(buildOverview(ix2, fewer, new Set()));
    cache.get(ix2, fewer, new Set(['syn-cp-0']), none);
    expect(cache.counted).toBe(3);
    cache.get(ix2, fewer, new Set(['syn-cp-0']), { [forum.id]: { x: 1, y: 2 } });
    expect(cache.counted).toBe(4);
  });

  it('draws a visible map smaller than its threshold whole, every area open', () => {
    const o = new OverviewCache(Infinity).get(new AreaIndex(graph), all, new Set(), none);
    expect(o.aggregates).toEqual([]);
    expect(o.nodes.size).toBe(all.size);
  });
});
