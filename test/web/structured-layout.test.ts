// The structured layout (web/src/graph/structured-layout.ts): one row per
// area, the region side on the left, the municipality side on the right, the
// forums between them in bands by system level, each in the row of the area
// it covers; the same positions whatever the order of the graph; at country
// scale in one pass.
import { describe, expect, it } from 'vitest';
import { STRUCTURE_TYPES, STRUCTURED, structuredBands, structuredGeometry, structuredLayout } from '../../web/src/graph/structured-layout.ts';
import type { Graph, MapEdge, MapNode } from '../../web/src/graph/types.ts';

const base: Omit<MapNode, 'id' | 'label' | 'name'> = {
  kind: null, principal: null, status: null, systemLevel: null, severity: null, plannedStart: null, startDate: null, endDate: null, countyPart: null,
};

/** A county shaped like Västerbotten: the region and its committees, county parts, municipalities with their actors and forums. */
function county(parts: number, municipalitiesPerPart: number): Graph {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const n = (id: string, label: MapNode['label'], props: Partial<MapNode> = {}) => nodes.push({ ...base, id, label, name: id, ...props });
  const e = (type: MapEdge['type'], source: string, target: string) =>
    edges.push({ id: `${type}:${source}:${target}`, type, source, target, role: null, count: null, year: null });
  n('region', 'Actor', { kind: 'REGION', principal: 'REGION' });
  n('rs', 'Actor', { kind: 'COMMITTEE', principal: 'REGION' });
  e('PART_OF', 'rs', 'region');
  n('lsg', 'Forum', { kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO' });
  e('COVERS', 'lsg', 'region');
  n('vn-primarvard', 'CareLevel', { kind: 'PRIMARY_CARE', principal: 'REGION' });
  n('vn-omsorg', 'CareLevel', { kind: 'SOCIAL_CARE', principal: 'MUNICIPALITY' });
  n('tg-aldre', 'TargetGroup');
  for (let p = 0; p < parts; p++) {
    const cp = `cp${p}`;
    n(cp, 'Actor', { kind: 'COUNTY_PART', principal: 'REGION', countyPart: cp });
    e('PART_OF', cp, 'region');
    n(`hospital${p}`, 'Actor', { kind: 'HOSPITAL', principal: 'REGION', countyPart: cp });
    e('PART_OF', `hospital${p}`, cp);
    n(`steering${p}`, 'Forum', { kind: 'STEERING_GROUP', systemLevel: 'MESO', countyPart: cp });
    e('COVERS', `steering${p}`, cp);
    for (let m = 0; m < municipalitiesPerPart; m++) {
      const k = `m${p}-${m}`;
      n(k, 'Actor', { kind: 'MUNICIPALITY', principal: 'MUNICIPALITY', countyPart: cp });
      e('PART_OF', k, cp);
      for (const [a, kind, principal] of [['hc', 'HEALTH_CENTRE', 'REGION'], ['hc2', 'HEALTH_CENTRE', 'PRIVATE'], ['home', 'HOME_CARE', 'MUNICIPALITY'], ['social', 'SOCIAL_SERVICES', 'MUNICIPALITY']] as const) {
        n(`${a}-${k}`, 'Actor', { kind, principal, countyPart: cp });
        e('PART_OF', `${a}-${k}`, k);
      }
      n(`local-${k}`, 'Forum', { kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', countyPart: cp });
      e('COVERS', `local-${k}`, k);
      e('PARTICIPATES_IN', `hc-${k}`, `local-${k}`);
      e('PARTICIPATES_IN', `home-${k}`, `local-${k}`);
      e('REPORTS_TO', `local-${k}`, 'lsg');
      n(`team-${k}`, 'Forum', { kind: 'TEAM', systemLevel: 'MICRO', countyPart: cp });
      e('COVERS', `team-${k}`, k);
      n(`init-${k}`, 'Initiative', { kind: 'PROJECT', countyPart: cp });
      e('COVERS', `init-${k}`, k);
      n(`gap-${k}`, 'Gap', { kind: 'HANDOVER' });
      e('BETWEEN', `gap-${k}`, `hc-${k}`);
      e('BETWEEN', `gap-${k}`, `home-${k}`);
    }
    // a forum covering two municipalities of one county part sits under the county part
    if (municipalitiesPerPart > 1) {
      n(`pair${p}`, 'Forum', { kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', countyPart: cp });
      e('COVERS', `pair${p}`, `m${p}-0`);
      e('COVERS', `pair${p}`, `m${p}-1`);
    }
  }
  return { nodes, edges, version: 1 };
}

/** A fixed shuffle (a linear congruential generator), so the test is the same each run. */
function shuffled<T>(xs: T[], seed = 7): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the structured layout', () => {
  const g = county(3, 5);
  const pos = structuredLayout(g);
  const at = (id: string) => {
    const p = pos[id];
    if (!p) throw new Error(`no position for ${id}`);
    return p;
  };

  it('places every node, each in a place of its own', () => {
    expect(Object.keys(pos).sort()).toEqual(g.nodes.map((n) => n.id).sort());
    const seen = new Set<string>();
    for (const p of Object.values(pos)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      const key = `${Math.round(p.x)},${Math.round(p.y)}`;
      expect(seen.has(key), `two nodes at ${key}`).toBe(false);
      seen.add(key);
    }
    // nodes on one line are a slot apart, lines a line apart: no two closer than that
    const list = Object.values(pos).sort((a, b) => a.y - b.y || a.x - b.x);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!, b = list[i]!;
      if (a.y === b.y) expect(b.x - a.x).toBeGreaterThanOrEqual(STRUCTURED.slotWidth - 0.001);
    }
  });

  it('is the same whatever the order of the nodes and edges', () => {
    const again = structuredLayout({ ...g, nodes: shuffled(g.nodes), edges: shuffled(g.edges, 11) });
    expect(again).toEqual(pos);
  });

  it('puts the region side left, the forums between by system level, the work done, and the municipality side right', () => {
    const x = (id: string) => at(id).x;
    expect(x('hc-m0-0')).toBeLessThan(x('pair0'));
    expect(x('region')).toBeLessThan(x('lsg'));
    expect(x('lsg')).toBeLessThan(x('local-m0-0'));
    expect(x('local-m0-0')).toBeLessThan(x('team-m0-0'));
    expect(x('team-m0-0')).toBeLessThan(x('init-m0-0'));
    expect(x('init-m0-0')).toBeLessThan(x('m0-0'));
    expect(Math.abs(x('gap-m0-0') - x('init-m0-0'))).toBeLessThan(STRUCTURED.maxSlots * STRUCTURED.slotWidth);
    expect(x('gap-m0-0')).toBeLessThan(x('home-m0-0'));
    // private providers on the region's side, the care levels on their principal's
    expect(x('hc2-m0-0')).toBeLessThan(x('lsg'));
    expect(x('vn-primarvard')).toBeLessThan(x('lsg'));
    expect(x('vn-omsorg')).toBeGreaterThan(x('gap-m0-0'));
    // the municipality rightmost in its cell, its name beside it to the right
    expect(x('m0-0')).toBeGreaterThan(x('home-m0-0'));
  });

  it('gives each area a row: what belongs to or covers a municipality in its row, a county part’s rows together', () => {
    const ranges: Array<[string, number, number]> = [];
    for (let p = 0; p < 3; p++) {
      for (let m = 0; m < 5; m++) {
        const k = `m${p}-${m}`;
        const ys = [k, `hc-${k}`, `hc2-${k}`, `home-${k}`, `social-${k}`, `local-${k}`, `team-${k}`, `init-${k}`, `gap-${k}`].map((id) => at(id).y);
        ranges.push([k, Math.min(...ys), Math.max(...ys)]);
      }
    }
    ranges.sort((a, b) => a[1] - b[1]);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i - 1]![2], `${ranges[i - 1]![0]} above ${ranges[i]![0]}`).toBeLessThan(ranges[i]![1]);
    // county part 1's own row lies between county part 0's municipalities and its own
    const top = (p: number) => Math.min(...ranges.filter((r) => r[0].startsWith(`m${p}-`)).map((r) => r[1]));
    const bottom = (p: number) => Math.max(...ranges.filter((r) => r[0].startsWith(`m${p}-`)).map((r) => r[2]));
    expect(at('cp1').y).toBeGreaterThan(bottom(0));
    expect(at('cp1').y).toBeLessThan(top(1));
    // a forum over two municipalities of one county part, and its steering group: in the county part's row
    expect(at('pair1').y).toBe(at('cp1').y);
    expect(at('steering1').y).toBe(at('cp1').y);
    expect(at('hospital1').y).toBeLessThan(top(1));
    // what covers the whole region in the region's row; what covers nothing (target groups) above it
    expect(at('lsg').y).toBe(at('region').y);
    expect(at('region').y).toBeLessThan(at('cp0').y);
    expect(at('tg-aldre').y).toBeLessThan(at('region').y);
  });

  it('with grouping by principal, keeps each principal group in bands of its own (the groups do not overlap)', () => {
    const p = structuredLayout(g, { grouping: 'principal' });
    const xs = (ids: string[]) => ids.map((id) => p[id]!.x);
    const region = xs(['region', 'rs', 'hc-m0-0', 'cp0', 'hospital0']);
    const boundary = xs(['local-m0-0', 'gap-m0-0']);
    const municipality = xs(['m0-0', 'home-m0-0', 'social-m1-2', 'vn-omsorg']);
    expect(Math.max(...region)).toBeLessThan(Math.min(...boundary));
    expect(Math.max(...boundary)).toBeLessThan(Math.min(...municipality));
  });

  it('lays out a country (12 000 elements) in one pass', () => {
    const big = county(20, 67);
    expect(big.nodes.length).toBeGreaterThan(12_000);
    const p = structuredLayout(big);
    expect(Object.keys(p)).toHaveLength(big.nodes.length);
    // still the structure: a municipality's forums side by side in its row
    expect(p['local-m7-3']!.y).toBe(p['team-m7-3']!.y);
    expect(p['local-m7-3']!.x).toBeLessThan(p['team-m7-3']!.x);
  });
});

describe('the bands\' headings (structuredBands: what the map, or its worker for a large map, shows over the structured layout)', () => {
  const g = county(3, 4);
  const at = structuredLayout(g, { grouping: 'none' });

  it('are the structured layout\'s bands while most elements stand where it puts them, a few dragged away or not', () => {
    const bands = structuredBands(g, at, 'none');
    expect(bands?.map((b) => b.band)).toEqual(structuredGeometry(g).bands.map((b) => b.band));
    const ids = Object.keys(at);
    const dragged = { ...at, [ids[0]!]: { x: -999, y: -999 } };
    expect(structuredBands(g, dragged, 'none')).toEqual(bands);
  });

  it('are none over another layout (fewer than 80 % in place), with grouping by principal, or on an empty map', () => {
    const moved = Object.fromEntries(Object.entries(at).map(([id, p], i) => [id, i % 4 === 0 ? p : { x: p.x + 7, y: p.y }]));
    expect(structuredBands(g, moved, 'none')).toBeNull();
    expect(structuredBands(g, at, 'principal')).toBeNull();
    expect(structuredBands({ nodes: [], edges: [], version: 0 }, {}, 'none')).toBeNull();
  });

  it('are the same worked out from the relationships the layout reads alone (what the map sends its worker)', () => {
    const few: Graph = { ...g, edges: g.edges.filter((e) => STRUCTURE_TYPES.has(e.type)) };
    expect(few.edges.length).toBeLessThan(g.edges.length);
    expect(structuredGeometry(few)).toEqual(structuredGeometry(g));
    expect(structuredBands(few, at, 'none')).toEqual(structuredBands(g, at, 'none'));
  });
});
