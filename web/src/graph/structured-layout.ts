// The default layout: the collaboration structure's own shape, computed, not
// simulated. Each area is a row (the country-wide things first, then each
// region, its county parts, each followed by its municipalities); across it,
// the region's side of the boundary on the left, the municipalities' on the
// right, and the forums between them in one band per system level:
//
//                  region side    | makro | meso         | mikro      | work        | municipality side
//   (all)          care levels    |       |              |            | target grps | care levels
//   Region         region, RS, …  | LSG   | network …    |            | initiatives |
//   County part U  county part    |       | steering grp |            | project     |
//   Municipality   health centres |       | local collab | collab team| gaps        | municipality, home care, …
//
// Deterministic (the same graph gives the same positions whatever its order)
// and linear in the graph's size apart from sorting each cell: it runs on the
// page at country scale (12 000 elements).
import { principalGroups, type Grouping } from './elements.ts';
import type { Graph, MapNode, Positions } from './types.ts';

/** Layout options, as data. */
export const STRUCTURED = {
  /** Width of one slot: a node and its label wrapped at 140 px at zoom 1 (labels that would touch are hidden, see labels.ts). */
  slotWidth: 115,
  /** Height of one line of nodes with a two-line label under them. */
  lineHeight: 62,
  /** Slots across one band for an ordinary cell; a fuller cell takes more lines, up to maxLines, before its band is widened. */
  maxSlots: 3,
  maxLines: 4,
  /** Space between bands. */
  bandGap: 50,
  /** Space between area rows, and the extra space before a region's or county part's rows. */
  rowGap: 30,
  countyPartGap: 50,
} as const;

/** The bands, left to right; a node's band is its side of the boundary, or its system level, or the work done. */
export type Band = 'region' | 'macro' | 'meso' | 'micro' | 'work' | 'municipality';
export const BANDS: readonly Band[] = ['region', 'macro', 'meso', 'micro', 'work', 'municipality'];

/** With grouping by principal, each principal group is a block of bands of its own (so the groups do not overlap). */
const SIDE_RANK: Record<string, number> = { REGION: 0, BOUNDARY: 1, MUNICIPALITY: 2, PRIVATE: 3, STATE: 4, CIVIL_SOCIETY: 5 };

/** Area keys: the country-wide row, a region's, a county part's own, a municipality's. */
const ALL = 'all';
const rArea = (id: string) => `r:${id}`;
const cpArea = (id: string) => `cp:${id}`;
const mArea = (id: string) => `m:${id}`;

/** The band a node belongs in. */
export function bandOf(n: MapNode): Band {
  switch (n.label) {
    case 'Actor':
    case 'CareLevel':
      return n.principal === 'MUNICIPALITY' ? 'municipality' : 'region';
    case 'Forum':
      return n.systemLevel === 'MACRO' ? 'macro' : n.systemLevel === 'MESO' ? 'meso' : 'micro';
    case 'Initiative':
    case 'Gap':
    case 'TargetGroup':
      return 'work';
  }
}

/** Swedish order for names (one collator: localeCompare with a locale builds one per call). */
const SV = new Intl.Collator('sv');

const LABEL_ORDER: Record<MapNode['label'], number> = { Actor: 0, CareLevel: 1, Forum: 2, Initiative: 3, Gap: 4, TargetGroup: 5 };
/**
 * Within a cell: by type, kind and name, the id breaking ties so the order is
 * total; the region and county parts first (leftmost, their names beside
 * them to the left), a municipality last (rightmost, its name to the right).
 */
const AREA_FIRST: Record<string, number> = { REGION: 0, COUNTY_PART: 1, MUNICIPALITY: 99 };
function cellOrder(a: MapNode, b: MapNode): number {
  return (
    (AREA_FIRST[a.kind ?? ''] ?? 9) - (AREA_FIRST[b.kind ?? ''] ?? 9) ||
    LABEL_ORDER[a.label] - LABEL_ORDER[b.label] ||
    (a.kind ?? '').localeCompare(b.kind ?? '') ||
    SV.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Each node's area row. Areas are their own; an actor sits under the area it is
 * part of (up the PART_OF chain); a forum, initiative or gap under the area it
 * covers or lies between: the smallest area holding all of them (one
 * municipality: its row; several in one county part: the county part's;
 * several county parts of one region: the region's; otherwise the first,
 * country-wide row).
 */
function areasOf(graph: Graph, byId: Map<string, MapNode>): { area: Map<string, string>; parentArea: Map<string, string> } {
  const partOf = new Map<string, string>();
  const covers = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.type === 'PART_OF') {
      const prev = partOf.get(e.source);
      // the smallest id when there are several: the same answer whatever the edge order
      if (prev === undefined || e.target < prev) partOf.set(e.source, e.target);
    } else if (e.type === 'COVERS' || e.type === 'BETWEEN') {
      (covers.get(e.source) ?? covers.set(e.source, []).get(e.source)!).push(e.target);
    }
  }
  /** The area of an actor: itself if an area, else the first area up its PART_OF chain. */
  const areaCache = new Map<string, string | null>();
  const areaOf = (id: string): string | null => {
    if (areaCache.has(id)) return areaCache.get(id)!;
    let cur = byId.get(id);
    let col: string | null = null;
    for (let depth = 0; cur && depth < 8; depth++) {
      if (cur.label !== 'Actor') break;
      if (cur.kind === 'MUNICIPALITY') { col = mArea(cur.id); break; }
      if (cur.kind === 'COUNTY_PART') { col = cpArea(cur.id); break; }
      if (cur.kind === 'REGION') { col = rArea(cur.id); break; }
      cur = byId.get(partOf.get(cur.id) ?? '');
    }
    areaCache.set(id, col);
    return col;
  };
  // each area's enclosing one: municipality → county part → region → country-wide
  const parentArea = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.label !== 'Actor') continue;
    const up = areaOf(partOf.get(n.id) ?? '');
    if (n.kind === 'MUNICIPALITY') parentArea.set(mArea(n.id), n.countyPart ? cpArea(n.countyPart) : up ?? ALL);
    else if (n.kind === 'COUNTY_PART') parentArea.set(cpArea(n.id), up ?? ALL);
    else if (n.kind === 'REGION') parentArea.set(rArea(n.id), ALL);
  }
  const chain = (c: string): string[] => {
    const out = [c];
    for (let cur = c; cur !== ALL && out.length < 6; ) {
      cur = parentArea.get(cur) ?? ALL;
      out.push(cur);
    }
    return out;
  };
  /** The smallest area holding all of them. */
  const combine = (cols: Set<string>): string | null => {
    if (cols.size <= 1) return cols.size ? [...cols][0]! : null;
    let common: string[] | null = null;
    for (const c of cols) {
      const up = chain(c);
      common = common ? common.filter((x) => up.includes(x)) : up;
    }
    return common?.[0] ?? ALL;
  };
  const area = new Map<string, string>();
  for (const n of graph.nodes) {
    let col: string | null = null;
    if (n.label === 'Actor') col = areaOf(n.id);
    else if (n.label === 'Forum' || n.label === 'Initiative' || n.label === 'Gap') {
      const cols = new Set<string>();
      for (const t of covers.get(n.id) ?? []) {
        const c = areaOf(t);
        if (c) cols.add(c);
      }
      col = combine(cols);
    }
    if (!col && n.countyPart && n.label !== 'TargetGroup' && n.label !== 'CareLevel') col = cpArea(n.countyPart);
    area.set(n.id, col ?? ALL);
  }
  return { area, parentArea };
}

/**
 * The area rows top to bottom: the country-wide one, then each region (by name)
 * followed by its county parts (by name), each followed by its municipalities
 * (by name); areas the graph only names (a filtered graph) at the end.
 */
function areaOrder(graph: Graph, used: Set<string>, parentArea: Map<string, string>): string[] {
  const byName = (a: MapNode, b: MapNode) => SV.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
  const areas = graph.nodes.filter((n) => n.label === 'Actor' && (n.kind === 'REGION' || n.kind === 'COUNTY_PART' || n.kind === 'MUNICIPALITY')).sort(byName);
  const colOf = (n: MapNode) => (n.kind === 'REGION' ? rArea(n.id) : n.kind === 'COUNTY_PART' ? cpArea(n.id) : mArea(n.id));
  const children = new Map<string, string[]>();
  for (const a of areas) {
    const c = colOf(a);
    const p = parentArea.get(c) ?? ALL;
    (children.get(p) ?? children.set(p, []).get(p)!).push(c);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  // depth first from the country-wide row; areas nest at most three deep
  const stack = [ALL];
  while (stack.length) {
    const c = stack.pop()!;
    if (seen.has(c)) continue;
    seen.add(c);
    order.push(c);
    const kids = children.get(c) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  for (const c of [...used].sort()) if (!seen.has(c)) { seen.add(c); order.push(c); }
  return order.filter((c) => used.has(c));
}

/**
 * Positions for every node of the graph in the structured layout. With
 * grouping by principal, each principal group gets its own block of bands; by
 * county part, the county parts' rows already keep the groups apart.
 */
export function structuredLayout(graph: Graph, opts: { grouping?: Grouping } = {}): Positions {
  return structuredGeometry(graph, opts).positions;
}

/** Where a band lies across the map (model units), for its heading. */
export interface BandSpan {
  band: Band;
  /** The principal group whose block of bands it belongs to (grouping by principal), else null. */
  side: string | null;
  x1: number;
  x2: number;
}

/** The structured layout's positions, and where each band lies (for the bands' headings). */
export function structuredGeometry(graph: Graph, opts: { grouping?: Grouping } = {}): { positions: Positions; bands: BandSpan[] } {
  const o = STRUCTURED;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const { area, parentArea } = areasOf(graph, byId);
  const side = opts.grouping === 'principal' ? principalGroups(graph) : null;
  const bandKey = (n: MapNode) => {
    const b = BANDS.indexOf(bandOf(n));
    return side ? (SIDE_RANK[side.get(n.id) ?? ''] ?? 9) * BANDS.length + b : b;
  };
  // cells: area row × band
  const cells = new Map<string, MapNode[]>();
  const bandsUsed = new Set<number>();
  for (const n of graph.nodes) {
    const b = bandKey(n);
    bandsUsed.add(b);
    const k = `${area.get(n.id)}\u0000${b}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(n);
  }
  const rows = areaOrder(graph, new Set(area.values()), parentArea);
  const bands = [...bandsUsed].sort((a, b) => a - b);
  // each band is as wide as its cells need up to maxSlots, and wider where a cell would otherwise take more than maxLines lines
  let fullest = 0;
  for (const list of cells.values()) fullest = Math.max(fullest, list.length);
  // a country's fullest cells (hundreds of nodes) are made about square instead
  const cap = Math.max(o.maxSlots, Math.ceil(Math.sqrt(fullest / 2)));
  const slots = new Map<number, number>();
  for (const [k, list] of cells) {
    const b = Number(k.split('\u0000')[1]);
    const want = Math.max(Math.min(o.maxSlots, list.length), Math.min(cap, Math.ceil(list.length / o.maxLines)));
    slots.set(b, Math.max(slots.get(b) ?? 1, want));
  }
  const lines = new Map<string, number>();
  for (const [k, list] of cells) {
    const [a, b] = k.split('\u0000') as [string, string];
    lines.set(a, Math.max(lines.get(a) ?? 1, Math.ceil(list.length / slots.get(Number(b))!)));
  }
  const bandX = new Map<number, number>();
  const spans: BandSpan[] = [];
  const sides = Object.keys(SIDE_RANK);
  let x = 0;
  for (const b of bands) {
    const w = (slots.get(b) ?? 1) * o.slotWidth;
    bandX.set(b, x + w / 2);
    spans.push({ band: BANDS[b % BANDS.length]!, side: side ? sides[Math.floor(b / BANDS.length)] ?? null : null, x1: x, x2: x + w });
    x += w + o.bandGap;
  }
  const rowY = new Map<string, number>();
  let y = 0;
  for (const a of rows) {
    if ((a.startsWith('cp:') || a.startsWith('r:')) && y > 0) y += o.countyPartGap;
    rowY.set(a, y);
    y += (lines.get(a) ?? 1) * o.lineHeight + o.rowGap;
  }
  const positions: Positions = {};
  for (const [k, list] of cells) {
    const [a, b] = k.split('\u0000') as [string, string];
    list.sort(cellOrder);
    const perLine = Math.min(slots.get(Number(b))!, list.length);
    const cx = bandX.get(Number(b))!;
    const top = rowY.get(a)!;
    list.forEach((n, i) => {
      const line = Math.floor(i / perLine);
      const inLine = Math.min(perLine, list.length - line * perLine);
      const slot = i % perLine;
      positions[n.id] = { x: cx + (slot - (inLine - 1) / 2) * o.slotWidth, y: top + line * o.lineHeight };
    });
  }
  return { positions, bands: spans };
}

/** The relationships the structured layout reads (areasOf): the rest need not be sent to a worker. */
export const STRUCTURE_TYPES: ReadonlySet<string> = new Set(['PART_OF', 'COVERS', 'BETWEEN']);

/**
 * Where the bands lie, for their headings, when the map stands in the
 * structured layout: most elements (at least 80 %) where it puts them (a drag
 * or two keeps the headings), else null (a force layout, no headings over it).
 * None with grouping by principal, whose groups are titled. With `graph`'s
 * relationships only STRUCTURE_TYPES count, so a graph holding only those
 * gives the same answer (what the map sends its worker, graph/bands-worker.ts).
 */
export function structuredBands(graph: Graph, positions: Positions, grouping: Grouping): BandSpan[] | null {
  if (grouping === 'principal' || !graph.nodes.length) return null;
  const g = structuredGeometry(graph, { grouping });
  let same = 0;
  for (const n of graph.nodes) {
    const a = g.positions[n.id], b = positions[n.id];
    if (a && b && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1) same++;
  }
  return same >= 0.8 * graph.nodes.length ? g.bands : null;
}
