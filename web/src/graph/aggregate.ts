// The overview of a large map (issue #16, level of detail): instead of every
// element, one node per area (county part, or region when there are many
// county parts) carrying counts, and edges between areas weighted by how many
// relationships cross. An expanded area shows its own elements while the rest
// stay aggregated. Pure: the map view draws what this returns.
import type { StyleRule } from './style.ts';
import type { Graph, MapNode, NodeLabel, Positions } from './types.ts';

export const AGG_PREFIX = 'agg:';
export const AGG_EDGE_PREFIX = 'aggedge:';
/** Elements tied to no area (or to several), in an aggregate of their own. */
export const OTHER_AREA = 'other';
/** Above this many county parts the overview aggregates per region. */
export const MAX_AREAS = 40;

export type AreaLevel = 'countyPart' | 'region';

export interface AreaCounts {
  total: number;
  forums: number;
  actors: number;
  gaps: number;
  initiatives: number;
  other: number;
}

export interface Aggregate {
  /** The drawn node's id: AGG_PREFIX + area. */
  id: string;
  /** The area's node id (a county part or region), or OTHER_AREA. */
  area: string;
  /** The area's name (null for OTHER_AREA: the page names it). */
  name: string | null;
  counts: AreaCounts;
  /** Where to draw it: the middle of its members' positions. */
  position: { x: number; y: number } | null;
}

export interface AggregateEdge {
  id: string;
  source: string;
  target: string;
  /** How many relationships of the graph cross between the two ends. */
  weight: number;
}

export interface Overview {
  level: AreaLevel;
  aggregates: Aggregate[];
  /** Elements drawn as themselves: the visible nodes of expanded areas. */
  nodes: Set<string>;
  /** Relationships drawn as themselves: both ends drawn as themselves. */
  edges: Set<string>;
  aggregateEdges: AggregateEdge[];
}

const REGION = 'REGION';
const COUNTY_PART = 'COUNTY_PART';

/**
 * Every node's area at both levels: a node's county part as the API gives it
 * (`countyPart`), the region above it through PART_OF; an actor without a
 * county part, its region; any other node, the one area all its actors share.
 */
export class AreaIndex {
  readonly countyParts: number;
  private readonly byId: Map<string, MapNode>;
  private readonly partOf = new Map<string, string[]>();
  private readonly actorsOf = new Map<string, string[]>();
  private readonly regionMemo = new Map<string, string | null>();
  private readonly areaMemo: Record<AreaLevel, Map<string, string>> = { countyPart: new Map(), region: new Map() };

  /**
   * `previous`: the index of the map this one was patched from (graph/patch.ts:
   * the same relationships, the same array, and every node with the same
   * label, kind and county part), whose areas it keeps; only the nodes are
   * taken anew (their names and looks). Any other previous index is ignored.
   */
  constructor(readonly graph: Graph, previous?: AreaIndex | null) {
    this.byId = new Map(graph.nodes.map((n) => [n.id, n]));
    if (previous && previous.graph.edges === graph.edges) {
      this.partOf = previous.partOf;
      this.actorsOf = previous.actorsOf;
      this.regionMemo = previous.regionMemo;
      this.areaMemo = previous.areaMemo;
      this.countyParts = previous.countyParts;
      return;
    }
    for (const e of graph.edges) {
      if (e.type === 'PART_OF') (this.partOf.get(e.source) ?? this.partOf.set(e.source, []).get(e.source)!).push(e.target);
      const a = this.byId.get(e.source), b = this.byId.get(e.target);
      if (!a || !b) continue;
      if (a.label === 'Actor' && b.label !== 'Actor') (this.actorsOf.get(b.id) ?? this.actorsOf.set(b.id, []).get(b.id)!).push(a.id);
      if (b.label === 'Actor' && a.label !== 'Actor') (this.actorsOf.get(a.id) ?? this.actorsOf.set(a.id, []).get(a.id)!).push(b.id);
    }
    this.countyParts = graph.nodes.filter((n) => n.label === 'Actor' && n.kind === COUNTY_PART).length;
  }

  /** County parts, unless there are more than MAX_AREAS of them: then regions. */
  get level(): AreaLevel {
    return this.countyParts > MAX_AREAS ? 'region' : 'countyPart';
  }

  node(id: string): MapNode | undefined {
    return this.byId.get(id);
  }

  /** The region an actor is in (itself, or up its PART_OF chain). */
  regionOf(id: string): string | null {
    if (this.regionMemo.has(id)) return this.regionMemo.get(id)!;
    this.regionMemo.set(id, null); // a cycle ends here
    const n = this.byId.get(id);
    let r: string | null = null;
    if (n?.label === 'Actor' && n.kind === REGION) r = id;
    else for (const up of this.partOf.get(id) ?? []) if ((r = this.regionOf(up))) break;
    this.regionMemo.set(id, r);
    return r;
  }

  /**
   * The areas a node lies in, the widest first: its region then its county
   * part when the overview is per region, its county part otherwise.
   */
  areasOf(id: string): string[] {
    if (this.level === 'countyPart') return [this.areaOf(id, 'countyPart')];
    const region = this.areaOf(id, 'region');
    const part = this.areaOf(id, 'countyPart');
    return part === region ? [region] : [region, part];
  }

  /**
   * The aggregate a node is counted in given the areas opened, or null when it
   * is drawn as itself: per region, an opened region shows its county parts as
   * aggregates (and what lies in no county part of it as itself); an opened
   * county part shows its elements.
   */
  drawnArea(id: string, expanded: ReadonlySet<string> | 'all'): string | null {
    if (expanded === 'all') return null;
    for (const area of this.areasOf(id)) if (!expanded.has(area)) return area;
    return null;
  }

  /** The area a node is counted in at a level; OTHER_AREA when it has none or several. */
  areaOf(id: string, level: AreaLevel = this.level): string {
    const memo = this.areaMemo[level];
    const known = memo.get(id);
    if (known !== undefined) return known;
    const n = this.byId.get(id);
    let area: string = OTHER_AREA;
    if (n?.countyPart) area = level === 'countyPart' ? n.countyPart : this.regionOf(n.countyPart) ?? n.countyPart;
    else if (n?.label === 'Actor') area = this.regionOf(id) ?? OTHER_AREA;
    else if (n) {
      const areas = new Set((this.actorsOf.get(id) ?? []).map((a) => this.areaOf(a, level)));
      if (areas.size === 1) area = [...areas][0]!;
    }
    memo.set(id, area);
    return area;
  }
}

const COUNT_KEY: Partial<Record<NodeLabel, keyof AreaCounts>> = { Forum: 'forums', Actor: 'actors', Gap: 'gaps', Initiative: 'initiatives' };

/**
 * The overview of the visible graph: each visible node in an expanded area is
 * drawn as itself, every other one is counted in its area's aggregate; each
 * visible relationship is drawn as itself between two drawn nodes, or adds
 * one to the weight of the aggregated edge between the ends it is drawn at
 * (none inside one aggregate).
 */
export function buildOverview(ix: AreaIndex, visible: ReadonlySet<string>, expanded: ReadonlySet<string> | 'all', positions: Positions = {}): Overview {
  return placeOverview(countOverview(ix, visible, expanded, positions));
}

/** An overview counted, its aggregates at the middle of their members (not yet on their grid). */
interface Counted extends Overview {
  /** Each aggregate's middle of its members' positions, before the grid (placeOverview). */
  middles: Map<string, { x: number; y: number } | null>;
}

function countOverview(ix: AreaIndex, visible: ReadonlySet<string>, expanded: ReadonlySet<string> | 'all', positions: Positions): Counted {
  const level = ix.level;
  const nodes = new Set<string>();
  const aggs = new Map<string, Aggregate & { sx: number; sy: number; placed: number }>();
  const drawnAt = new Map<string, string>();
  for (const id of visible) {
    const n = ix.node(id);
    if (!n) continue;
    const area = ix.drawnArea(id, expanded);
    if (area === null) {
      nodes.add(id);
      drawnAt.set(id, id);
      continue;
    }
    const aid = AGG_PREFIX + area;
    drawnAt.set(id, aid);
    let a = aggs.get(aid);
    if (!a) {
      a = { id: aid, area, name: area === OTHER_AREA ? null : ix.node(area)?.name ?? area, counts: { total: 0, forums: 0, actors: 0, gaps: 0, initiatives: 0, other: 0 }, position: null, sx: 0, sy: 0, placed: 0 };
      aggs.set(aid, a);
    }
    a.counts.total++;
    a.counts[COUNT_KEY[n.label] ?? 'other']++;
    const p = positions[id];
    if (p) {
      a.sx += p.x;
      a.sy += p.y;
      a.placed++;
    }
  }
  const edges = new Set<string>();
  // by one end, then the other: no key string made per relationship (a country has a hundred thousand)
  const weights = new Map<string, Map<string, AggregateEdge>>();
  const aggEdges: AggregateEdge[] = [];
  for (const e of ix.graph.edges) {
    const s = drawnAt.get(e.source), t = drawnAt.get(e.target);
    if (!s || !t) continue;
    if (s === e.source && t === e.target) {
      edges.add(e.id);
      continue;
    }
    if (s === t) continue;
    const a = s < t ? s : t, b = s < t ? t : s;
    let from = weights.get(a);
    if (!from) weights.set(a, (from = new Map()));
    const w = from.get(b);
    if (w) w.weight++;
    else {
      const id = `${AGG_EDGE_PREFIX}${a}|${b}`;
      const made = { id, source: a, target: b, weight: 1 };
      from.set(b, made);
      aggEdges.push(made);
    }
  }
  const middles = new Map<string, { x: number; y: number } | null>();
  const aggregates = [...aggs.values()].map(({ sx, sy, placed, ...a }) => {
    middles.set(a.id, placed ? { x: sx / placed, y: sy / placed } : null);
    return a;
  });
  return { level, aggregates, nodes, edges, aggregateEdges: aggEdges, middles };
}

/** The aggregates in the order of their names, each on its grid cell (from its members' middle, spreadAggregates). */
function placeOverview(c: Counted): Overview {
  const aggregates = c.aggregates
    .map((a) => ({ ...a, position: c.middles.get(a.id) ? { ...c.middles.get(a.id)! } : null }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'sv'));
  spreadAggregates(aggregates);
  return { level: c.level, aggregates, nodes: c.nodes, edges: c.edges, aggregateEdges: c.aggregateEdges };
}

/** The same members, by content (a set computed again for a new map version is a new object). */
export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * The overview of the map as it stands, counted again only when what it
 * counts changed. A map patched with new properties (graph/patch.ts: the same
 * relationships, every node with the same label and area) that leaves the same
 * elements visible, with the same areas opened and the same positions, has the
 * same counts, drawn elements and aggregated edges: only the names of its
 * aggregates are read again (a renamed area), which a live rename at country
 * scale would otherwise pay with a count over every relationship. A visible
 * set that changed (a new status or date hides an element) counts again.
 */
export class OverviewCache {
  /** How many times the overview was counted (for tests and measurements). */
  counted = 0;
  private last: { ix: AreaIndex; visible: ReadonlySet<string>; expanded: string; positions: Positions; counted: Counted; value: Overview } | null = null;

  /** `wholeBelow`: a visible map of fewer elements than this (nodes and relationships) is drawn whole: every area open. */
  constructor(private readonly wholeBelow: number) {}

  get(ix: AreaIndex, visible: ReadonlySet<string>, expanded: ReadonlySet<string>, positions: Positions): Overview {
    const key = [...expanded].sort().join('\u0000');
    const last = this.last;
    if (last && last.ix.graph.edges === ix.graph.edges && last.expanded === key && last.positions === positions && sameIds(last.visible, visible)) {
      if (last.ix === ix) return last.value;
      // a patched map: the counts stand; an area renamed names its aggregate anew
      const named = last.counted.aggregates.map((a) => (a.area === OTHER_AREA ? a : { ...a, name: ix.node(a.area)?.name ?? a.area }));
      const renamed = named.some((a, i) => a.name !== last.counted.aggregates[i]!.name);
      const counted = renamed ? { ...last.counted, aggregates: named } : last.counted;
      this.last = { ...last, ix, visible, counted, value: renamed ? placeOverview(counted) : last.value };
      return this.last.value;
    }
    this.counted++;
    const small = visibleElementCount(ix.graph, visible) < this.wholeBelow;
    const counted = countOverview(ix, visible, small ? 'all' : expanded, positions);
    this.last = { ix, visible, expanded: key, positions, counted, value: placeOverview(counted) };
    return this.last.value;
  }
}

/**
 * Aggregates stand on a compact grid around the middle of their members'
 * middles, in the order of those middles (rows by y, each row by x), one cell
 * apart so their names fit: the members of an area may be spread over the
 * whole map (their middles then meet), and a map seen whole is too wide for
 * the names of areas placed where their members are.
 */
export function spreadAggregates(aggs: Aggregate[]): void {
  if (aggs.length < 2) return;
  const placed = aggs.filter((a) => a.position);
  const cx = placed.length ? placed.reduce((s, a) => s + a.position!.x, 0) / placed.length : 0;
  const cy = placed.length ? placed.reduce((s, a) => s + a.position!.y, 0) / placed.length : 0;
  const biggest = Math.max(...aggs.map((a) => aggregateSize(a.counts.total)));
  const cellW = biggest + GRID_GAP.x, cellH = biggest + GRID_GAP.y;
  const cols = Math.ceil(Math.sqrt(aggs.length));
  const rows = Math.ceil(aggs.length / cols);
  const order = [...aggs].sort((a, b) => (a.position?.y ?? Infinity) - (b.position?.y ?? Infinity) || (a.position?.x ?? Infinity) - (b.position?.x ?? Infinity));
  for (let r = 0; r < rows; r++) {
    const row = order.slice(r * cols, (r + 1) * cols).sort((a, b) => (a.position?.x ?? Infinity) - (b.position?.x ?? Infinity));
    row.forEach((a, c) => {
      a.position = { x: cx + (c - (cols - 1) / 2) * cellW, y: cy + (r - (rows - 1) / 2) * cellH };
    });
  }
}

/** Room between aggregates on their grid, in model units: a name beside each, its counts below. */
export const GRID_GAP = { x: 520, y: 110 };

/** Visible nodes plus the relationships between them: the element count that decides whether the map opens aggregated. */
export function visibleElementCount(graph: Graph, visible: ReadonlySet<string>): number {
  let n = 0;
  for (const id of graph.nodes) if (visible.has(id.id)) n++;
  for (const e of graph.edges) if (visible.has(e.source) && visible.has(e.target)) n++;
  return n;
}

/** An aggregate's drawn size: grows with the square root of its count (area ∝ count). */
export const aggregateSize = (total: number): number => Math.round(40 + 6 * Math.sqrt(total));

/** An aggregated edge's width in model units: grows with the logarithm of its weight. */
export const aggregateEdgeWidth = (weight: number): number => Math.round((1.5 + 2 * Math.log2(1 + weight)) * 10) / 10;

/** The overview's own styles, after the map's stylesheet; the legend explains them when the map shows an overview (graph/legend.ts). */
export const OVERVIEW_STYLE: StyleRule[] = [
  {
    selector: 'node.aggregate',
    style: {
      shape: 'round-rectangle',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#e8eef6',
      'border-color': '#0b3d6e',
      'border-width': 3,
      'font-size': 16,
      'font-weight': 'bold',
      'text-valign': 'bottom',
      'text-max-width': '260px',
    },
  },
  { selector: 'edge.aggregate', style: { width: 'data(w)', 'line-color': '#6c7b8b', opacity: 0.55, 'curve-style': 'straight' } },
];
