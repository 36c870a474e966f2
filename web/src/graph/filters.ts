// Which elements the map shows: the filters (with the server's own area,
// care-level and target-group semantics, server/graphql/map.ts, run here on
// the loaded graph so filtering is instant), the state on the chosen date,
// and the neighbourhood focus.
import type { GraphEdge, GraphNode } from '../../../schema/domain.ts';
import { mapGraph, type GraphFilterInput } from '../../../schema/map-graph.ts';
import { stateOn, type DayState } from './timeline.ts';
import type { Graph, MapNode, NodeLabel, Status, SystemLevel } from './types.ts';

export interface FilterState {
  /** Element types shown; empty means all. */
  labels: NodeLabel[];
  countyPart: string | null;
  municipality: string | null;
  systemLevel: SystemLevel[];
  /** Status on the chosen date (a planned element is PLANNED until it starts); empty means all. */
  status: Status[];
  careLevel: string | null;
  targetGroup: string | null;
  /** Ended forums and initiatives stay on the map, grey, unless this is off. */
  showEnded: boolean;
}

export const EMPTY_FILTER: FilterState = {
  labels: [], countyPart: null, municipality: null, systemLevel: [], status: [], careLevel: null, targetGroup: null, showEnded: true,
};

export const isFiltered = (f: FilterState): boolean =>
  f.labels.length > 0 || !!f.countyPart || !!f.municipality || f.systemLevel.length > 0 || f.status.length > 0 || !!f.careLevel || !!f.targetGroup || !f.showEnded;

/** Which status filter a state on the date answers to: a projected (expected) forum is still a planned one. */
const STATUS_OF: Record<DayState, Status> = { active: 'ACTIVE', paused: 'PAUSED', planned: 'PLANNED', expected: 'PLANNED', ended: 'ENDED' };

/** The map's graph in the shape the server's filter works on. */
function asSubgraph(graph: Graph): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: graph.nodes as unknown as GraphNode[],
    edges: graph.edges.map((e) => ({ id: e.id, type: e.type, from: e.source, to: e.target })) as unknown as GraphEdge[],
  };
}

/** The ids the area, care-level, target-group, type and system-level filters keep (what `graph(filter)` would answer). */
export function structuralKeep(graph: Graph, f: FilterState): Set<string> {
  const input: GraphFilterInput = {
    labels: f.labels.length ? f.labels : null,
    systemLevel: f.systemLevel.length ? f.systemLevel : null,
    countyPart: f.countyPart,
    municipality: f.municipality,
    careLevel: f.careLevel,
    targetGroup: f.targetGroup,
  };
  const any = Object.values(input).some((v) => v != null);
  if (!any) return new Set(graph.nodes.map((n) => n.id));
  return new Set(mapGraph(asSubgraph(graph), graph.version, input).nodes.map((n) => n.id));
}

export interface VisibleOptions {
  /** The map's date (YYYY-MM-DD). */
  date: string;
  today: string;
  /** Only what lies within `depth` steps of `id` (through shown elements). */
  focus?: { id: string; depth: number } | null;
}

/** The ids the map shows, and each temporal element's state on the date. */
export function visibleNodes(graph: Graph, f: FilterState, opts: VisibleOptions): { ids: Set<string>; states: Map<string, DayState> } {
  const keep = structuralKeep(graph, f);
  const states = new Map<string, DayState>();
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    const s = stateOn(n, opts.date, opts.today);
    states.set(n.id, s);
    if (!keep.has(n.id)) continue;
    if (s === 'ended' && !f.showEnded) continue;
    if (f.status.length && (n.label === 'Forum' || n.label === 'Initiative') && !f.status.includes(STATUS_OF[s])) continue;
    ids.add(n.id);
  }
  if (opts.focus && opts.focus.depth > 0) return { ids: neighbourhood(graph, ids, opts.focus.id, opts.focus.depth), states };
  return { ids, states };
}

/** Everything within `depth` steps of `start`, in either direction, moving only through `within`. */
export function neighbourhood(graph: Pick<Graph, 'edges'>, within: ReadonlySet<string>, start: string, depth: number): Set<string> {
  if (!within.has(start)) return new Set();
  const adj = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!within.has(e.source) || !within.has(e.target)) continue;
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const o of adj.get(id) ?? []) {
        if (!seen.has(o)) {
          seen.add(o);
          next.push(o);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/** Municipalities and county parts for the area filters, by name. */
export function areaOptions(graph: Graph): { countyParts: MapNode[]; municipalities: MapNode[] } {
  const byName = (a: MapNode, b: MapNode) => a.name.localeCompare(b.name, 'sv');
  const actors = graph.nodes.filter((n) => n.label === 'Actor');
  return {
    countyParts: actors.filter((n) => n.kind === 'COUNTY_PART').sort(byName),
    municipalities: actors.filter((n) => n.kind === 'MUNICIPALITY').sort(byName),
  };
}
