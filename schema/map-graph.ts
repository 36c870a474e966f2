// The map as Cytoscape wants it: flat nodes and edges, each node with the
// county part it belongs to (for grouping), filtered in memory over a subgraph.
import type { GraphEdge, GraphNode, NodeLabel, RelType, Status, SystemLevel } from './domain.ts';
import { nearestUp, withParts } from './hierarchy.ts';

/** The nodes and relationships a map is made from (the store port's `Subgraph`). */
interface Subgraph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export interface GraphFilterInput {
  labels?: NodeLabel[] | null;
  status?: Status[] | null;
  systemLevel?: SystemLevel[] | null;
  countyPart?: string | null;
  municipality?: string | null;
  careLevel?: string | null;
  targetGroup?: string | null;
  text?: string | null;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** What placing a node on the map needs to look up: nodes by id, and where their relationships of some types lead. */
export interface MapLookup {
  node(id: string): GraphNode | undefined;
  targets(id: string, types: readonly RelType[]): readonly string[];
}

/** The county part an actor sits in (itself, or the nearest up its PART_OF chain). */
function countyPartOfActor(ix: MapLookup, id: string): string | null {
  const n = ix.node(id);
  if (!n || n.label !== 'Actor') return null;
  return nearestUp(id, (x) => ix.targets(x, ['PART_OF']), (x) => {
    const a = ix.node(x);
    return a?.label === 'Actor' && a.kind === 'COUNTY_PART';
  });
}

/** A node's county part: for forums, initiatives and gaps, the one all their areas share. */
function countyPart(ix: MapLookup, n: GraphNode): string | null {
  if (n.label === 'Actor') return countyPartOfActor(ix, n.id);
  const via: RelType[] | null = n.label === 'Forum' || n.label === 'Initiative' ? ['COVERS'] : n.label === 'Gap' ? ['BETWEEN'] : null;
  if (!via) return null;
  const parts = new Set(ix.targets(n.id, via).map((a) => countyPartOfActor(ix, a)));
  return parts.size === 1 ? [...parts][0]! : null;
}

/** A node as the map draws it (the `MapNode` of the API). */
export function mapNode(ix: MapLookup, n: GraphNode) {
  const p = (k: string) => (n as unknown as Record<string, unknown>)[k] ?? null;
  return {
    id: n.id,
    label: n.label,
    name: n.name,
    kind: p('kind'),
    principal: p('principal'),
    status: p('status'),
    systemLevel: p('systemLevel'),
    severity: p('severity'),
    plannedStart: p('plannedStart'),
    startDate: p('startDate'),
    endDate: p('endDate'),
    countyPart: countyPart(ix, n),
  };
}

class Index implements MapLookup {
  readonly byId = new Map<string, GraphNode>();
  private readonly out = new Map<string, GraphEdge[]>();
  private readonly in = new Map<string, GraphEdge[]>();

  constructor(sub: Subgraph) {
    for (const n of sub.nodes) this.byId.set(n.id, n);
    for (const e of sub.edges) {
      (this.out.get(e.from) ?? this.out.set(e.from, []).get(e.from)!).push(e);
      (this.in.get(e.to) ?? this.in.set(e.to, []).get(e.to)!).push(e);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  targets(id: string, types: readonly RelType[]): string[] {
    return (this.out.get(id) ?? []).filter((e) => types.includes(e.type)).map((e) => e.to);
  }

  sources(id: string, types: readonly RelType[]): string[] {
    return (this.in.get(id) ?? []).filter((e) => types.includes(e.type)).map((e) => e.from);
  }

  /** The area and everything below it in the PART_OF hierarchy. */
  below(area: string): Set<string> {
    return withParts(area, (id) => this.sources(id, ['PART_OF']));
  }
}

/**
 * What an area filter keeps: the area's actors; the forums and initiatives that
 * cover it, with who takes part in them; the forums and initiatives its actors
 * take part in elsewhere (without their other participants, which would pull in
 * the whole county); its target-group estimates and gaps.
 */
function keepForArea(ix: Index, area: string): Set<string> {
  const inside = ix.below(area);
  const covering = new Set<string>();
  const attended = new Set<string>();
  const other = new Set<string>();
  for (const n of ix.byId.values()) {
    if (n.label === 'Forum' || n.label === 'Initiative') {
      if (ix.targets(n.id, ['COVERS']).some((t) => inside.has(t))) covering.add(n.id);
      else if (ix.sources(n.id, ['PARTICIPATES_IN', 'BELONGS_TO']).some((t) => inside.has(t))) attended.add(n.id);
    } else if (n.label === 'TargetGroup') {
      if (ix.targets(n.id, ['ESTIMATE']).some((t) => inside.has(t))) other.add(n.id);
    } else if (n.label === 'Gap') {
      if (ix.targets(n.id, ['BETWEEN']).some((t) => inside.has(t))) other.add(n.id);
    }
  }
  return new Set([...inside, ...withContext(ix, covering), ...attended, ...other]);
}

function keepForCareLevel(ix: Index, careLevel: string): Set<string> {
  const keep = new Set([careLevel, ...ix.sources(careLevel, ['SPANS', 'PROVIDES', 'ORDERS', 'BETWEEN'])]);
  return withContext(ix, keep);
}

function keepForTargetGroup(ix: Index, tg: string): Set<string> {
  const keep = new Set([tg, ...ix.sources(tg, ['SERVES', 'AFFECTS']), ...ix.targets(tg, ['ESTIMATE'])]);
  return withContext(ix, keep);
}

/** Adds the participants of kept forums and the care levels they span, so a filtered map still shows who meets where. */
function withContext(ix: Index, keep: Set<string>): Set<string> {
  for (const id of [...keep]) {
    const n = ix.byId.get(id);
    if (n?.label === 'Forum') {
      ix.sources(id, ['PARTICIPATES_IN']).forEach((a) => keep.add(a));
      ix.targets(id, ['SPANS']).forEach((c) => keep.add(c));
    }
  }
  return keep;
}

export function mapGraph(sub: Subgraph, version: number, filter: GraphFilterInput | null) {
  const ix = new Index(sub);
  let nodes = sub.nodes;
  if (filter) {
    const sets: Set<string>[] = [];
    if (filter.municipality) sets.push(keepForArea(ix, filter.municipality));
    if (filter.countyPart) sets.push(keepForArea(ix, filter.countyPart));
    if (filter.careLevel) sets.push(keepForCareLevel(ix, filter.careLevel));
    if (filter.targetGroup) sets.push(keepForTargetGroup(ix, filter.targetGroup));
    const text = filter.text?.trim() ? fold(filter.text.trim()) : null;
    nodes = nodes.filter((n) => {
      if (filter.labels?.length && !filter.labels.includes(n.label)) return false;
      if (filter.status?.length && (n.label === 'Forum' || n.label === 'Initiative') && !filter.status.includes(n.status)) return false;
      if (filter.systemLevel?.length && n.label === 'Forum' && !filter.systemLevel.includes(n.systemLevel)) return false;
      if (text && !fold(`${n.name} ${n.description ?? ''}`).includes(text)) return false;
      return sets.every((s) => s.has(n.id));
    });
  }
  const kept = new Set(nodes.map((n) => n.id));
  return {
    version,
    nodes: nodes.map((n) => mapNode(ix, n)),
    edges: sub.edges
      .filter((e) => kept.has(e.from) && kept.has(e.to))
      .map((e) => ({ id: e.id, type: e.type, source: e.from, target: e.to, role: e.role ?? null, count: e.count ?? null, year: e.year ?? null })),
  };
}
