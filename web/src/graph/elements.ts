// From the API's graph to Cytoscape elements: compound groups on demand,
// stored positions, and a place for elements the stored layout does not know.
import type { ElementDefinition } from 'cytoscape';
import type { Messages } from '../i18n/sv.ts';
import { edgeClasses } from './style.ts';
import type { Graph, MapNode, Positions, Principal, RelType } from './types.ts';

/** One stored layout per grouping (LAYOUT_KEY): compounds move their children. */
export { LAYOUT_KEY, type Grouping } from '../../../schema/map-view.ts';
import type { Grouping } from '../../../schema/map-view.ts';

export const GROUP_PREFIX = 'group:';
export const BOUNDARY = 'BOUNDARY';

/** Relationships through which a forum, initiative or gap gets the principals of the actors at the other end. */
const PRINCIPAL_VIA: ReadonlySet<RelType> = new Set<RelType>(['PARTICIPATES_IN', 'CONVENES', 'OWNS', 'BELONGS_TO', 'BETWEEN']);

/** The principal group of every node: its own principal, or the one its actors share, or BOUNDARY when they differ. */
export function principalGroups(graph: Graph): Map<string, string> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const seen = new Map<string, Set<Principal>>();
  for (const e of graph.edges) {
    if (!PRINCIPAL_VIA.has(e.type)) continue;
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    for (const [self, other] of [[a, b], [b, a]] as const) {
      if (!self.principal && other.principal && other.label === 'Actor') {
        (seen.get(self.id) ?? seen.set(self.id, new Set()).get(self.id)!).add(other.principal);
      }
    }
  }
  const out = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.principal) out.set(n.id, n.principal);
    else {
      const ps = seen.get(n.id);
      if (ps?.size === 1) out.set(n.id, [...ps][0]!);
      else if (ps && ps.size > 1) out.set(n.id, BOUNDARY);
      else if (n.label === 'Gap') out.set(n.id, BOUNDARY);
    }
  }
  return out;
}

/** The group each node sits in (null: outside every group), and each group's title. */
export function groupsFor(graph: Graph, grouping: Grouping, m: Messages): { parent: Map<string, string>; titles: Map<string, string> } {
  const parent = new Map<string, string>();
  const titles = new Map<string, string>();
  if (grouping === 'none') return { parent, titles };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  if (grouping === 'countyPart') {
    for (const n of graph.nodes) {
      if (!n.countyPart) continue;
      const g = GROUP_PREFIX + n.countyPart;
      parent.set(n.id, g);
      titles.set(g, byId.get(n.countyPart)?.name ?? n.countyPart);
    }
  } else {
    for (const [id, p] of principalGroups(graph)) {
      const g = GROUP_PREFIX + p;
      parent.set(id, g);
      titles.set(g, p === BOUNDARY ? m.map.groupBoundary : m.enums.Principal[p as Principal]);
    }
  }
  return { parent, titles };
}

/** A stable number from a string, for jitter that is the same on every load. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * Positions for every node: the stored one, or (for a node added since the
 * layout was saved) beside its placed neighbours, or on a ring outside the map.
 * `missing` lists the nodes that got a new place.
 */
export function placeAll(graph: Graph, stored: Positions): { positions: Positions; missing: string[] } {
  const positions: Positions = {};
  const missing: string[] = [];
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const n of graph.nodes) {
    const p = stored[n.id];
    if (p) {
      positions[n.id] = { x: p.x, y: p.y };
      minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
    } else missing.push(n.id);
  }
  if (!missing.length) return { positions, missing };
  const adj = new Map<string, string[]>();
  for (const e of graph.edges) {
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const hasBox = Number.isFinite(minX);
  const cx = hasBox ? (minX + maxX) / 2 : 0;
  const cy = hasBox ? (minY + maxY) / 2 : 0;
  const radius = hasBox ? Math.max(maxX - minX, maxY - minY) / 2 + 120 : 200;
  // two passes: a node whose neighbour was placed in the first pass joins it in the second
  let pending = missing;
  for (let pass = 0; pass < 2 && pending.length; pass++) {
    const next: string[] = [];
    for (const id of pending) {
      const placed = (adj.get(id) ?? []).map((o) => positions[o]).filter((p): p is { x: number; y: number } => !!p);
      if (!placed.length) { next.push(id); continue; }
      const x = placed.reduce((s, p) => s + p.x, 0) / placed.length;
      const y = placed.reduce((s, p) => s + p.y, 0) / placed.length;
      const a = hash(id) * Math.PI * 2;
      positions[id] = { x: x + Math.cos(a) * 60, y: y + Math.sin(a) * 60 };
    }
    pending = next;
  }
  pending.forEach((id, i) => {
    const a = (i / pending.length) * Math.PI * 2;
    positions[id] = { x: cx + Math.cos(a) * radius, y: cy + Math.sin(a) * radius };
  });
  return { positions, missing };
}

/** Cytoscape elements: groups first (compound parents), then nodes with positions, then edges. */
export function buildElements(graph: Graph, opts: { grouping: Grouping; positions: Positions; messages: Messages; look?: (n: MapNode) => { classes: string; text: string } }): ElementDefinition[] {
  const { parent, titles } = groupsFor(graph, opts.grouping, opts.messages);
  const out: ElementDefinition[] = [];
  for (const [id, title] of titles) out.push({ group: 'nodes', data: { id, text: title, group: true }, classes: 'group', selectable: false });
  for (const n of graph.nodes) {
    // with its look from the start, the map styles each element once, not twice
    const look = opts.look?.(n);
    const data: Record<string, unknown> = { id: n.id, label: n.label, name: n.name, text: look?.text ?? n.name };
    const p = parent.get(n.id);
    if (p) data.parent = p;
    const pos = opts.positions[n.id];
    out.push({ group: 'nodes', data, ...(look ? { classes: look.classes } : {}), ...(pos ? { position: { x: pos.x, y: pos.y } } : {}) });
  }
  for (const e of graph.edges) {
    out.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, role: e.role }, classes: edgeClasses(e).join(' ') });
  }
  return out;
}

export const isGroupId = (id: string) => id.startsWith(GROUP_PREFIX);

export type { MapNode };
