// Which elements the map shows: the filters (with the server's own area,
// care-level and target-group semantics, schema/map-graph.ts, run here on
// the loaded graph so filtering is instant), the state on the chosen date,
// and the neighbourhood focus.
import type { GraphEdge, GraphNode } from '../../../schema/domain.ts';
import { mapGraph, type GraphFilterInput } from '../../../schema/map-graph.ts';
import { stateOn, type DayState } from './timeline.ts';
import type { Messages } from '../i18n/index.ts';
import { NODE_LABELS, type Graph, type MapNode, type NodeLabel, type Status, type SystemLevel } from './types.ts';

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

/**
 * One map filter: its key in the URL (short and stable: links are shared and
 * saved), its empty value, how it is written to and read from the URL (a value
 * read from a URL is checked, never trusted), and whether the server's
 * structural filter (`mapGraph`) applies it; the others the page applies on
 * the chosen date itself.
 */
export interface FilterDef<T> {
  url: string;
  empty: T;
  /** The URL value, or null for the empty one. */
  write(v: T): string | null;
  read(v: string | null): T;
  structural: boolean;
  /** How the filter panel offers it. */
  control: FilterControl;
}

/** A heading or label of the filter panel (its strings, not its functions). */
type FilterText = { [K in keyof Messages['filters']]: Messages['filters'][K] extends string ? K : never }[keyof Messages['filters']];

/**
 * How the filter panel offers a filter, in the order of FILTERS, each under
 * its heading (`text`, in the panel's strings), with the id or name its key
 * gives it:
 * - `checks`: a box for each allowed value, labelled from an enum table;
 *   with `allWhenEmpty`, every box ticked is the same as none (one stays ticked);
 * - `choice`: one of the map's elements of a type (and kind), by name, or all;
 * - `flag`: one box, in the group of the filter named by `within`.
 */
export type FilterControl =
  | { kind: 'checks'; text: FilterText; labels: keyof Messages['enums']; allWhenEmpty?: boolean; values: readonly string[]; name?: string }
  | { kind: 'choice'; text: FilterText; of: NodeLabel; nodeKind?: string }
  | { kind: 'flag'; text: FilterText; within?: keyof FilterState };

const ID = /^[a-z0-9][a-z0-9._:-]{0,127}$/;
/** An element id read from a URL, or null when it is not one. */
export const readId = (v: string | null): string | null => (v && ID.test(v) ? v : null);
type Control<K extends FilterControl['kind']> = Omit<Extract<FilterControl, { kind: K }>, 'kind' | 'values'>;
const idFilter = (url: string, control: Control<'choice'>): FilterDef<string | null> => ({
  url, empty: null, structural: true, write: (v) => v, read: readId, control: { kind: 'choice', ...control },
});
const listFilter = <T extends string>(url: string, allowed: readonly T[], control: Control<'checks'>, structural = true): FilterDef<T[]> => ({
  url, empty: [], structural,
  write: (v) => (v.length ? v.join(',') : null),
  read: (v) => (v ? [...new Set(v.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x)))] : []),
  control: { kind: 'checks', values: allowed, ...control },
});
const flagFilter = (url: string, empty: boolean, control: Control<'flag'>): FilterDef<boolean> => ({
  url, empty, structural: false, write: (v) => (v === empty ? null : v ? '1' : '0'), read: (v) => (v === null ? empty : v !== '0'), control: { kind: 'flag', ...control },
});

/** Every map filter, once: the state's fields, the URL, the reset, the server's filter input and the filter panel all come from here. */
export const FILTERS: { readonly [K in keyof FilterState]: FilterDef<FilterState[K]> } = {
  labels: listFilter('t', NODE_LABELS, { text: 'elementTypes', labels: 'NodeLabelPlural', allWhenEmpty: true, name: 'label' }),
  countyPart: idFilter('cp', { text: 'countyPart', of: 'Actor', nodeKind: 'COUNTY_PART' }),
  municipality: idFilter('m', { text: 'municipality', of: 'Actor', nodeKind: 'MUNICIPALITY' }),
  systemLevel: listFilter('lvl', ['MACRO', 'MESO', 'MICRO'], { text: 'systemLevel', labels: 'SystemLevel' }),
  status: listFilter('st', ['PLANNED', 'ACTIVE', 'PAUSED', 'ENDED'], { text: 'status', labels: 'Status' }, false),
  careLevel: idFilter('cl', { text: 'careLevel', of: 'CareLevel' }),
  targetGroup: idFilter('tg', { text: 'targetGroup', of: 'TargetGroup' }),
  showEnded: flagFilter('ended', true, { text: 'showEnded', within: 'status' }),
};

export const FILTER_KEYS = Object.keys(FILTERS) as Array<keyof FilterState>;

export const EMPTY_FILTER = Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTERS[k].empty])) as unknown as FilterState;

/** True when any filter differs from its empty value. */
export const isFiltered = (f: FilterState): boolean => FILTER_KEYS.some((k) => (FILTERS[k] as FilterDef<unknown>).write(f[k]) !== null);

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
  // the structural filters that are set, as the server's filter input takes them
  const input = Object.fromEntries(FILTER_KEYS.filter((k) => FILTERS[k].structural && (FILTERS[k] as FilterDef<unknown>).write(f[k]) !== null).map((k) => [k, f[k]])) as GraphFilterInput;
  const any = Object.keys(input).length > 0;
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

/** What a choice filter offers: the map's elements of its type (and kind), by name. */
export function choiceOptions(graph: Graph, c: { of: NodeLabel; nodeKind?: string }): MapNode[] {
  return graph.nodes.filter((n) => n.label === c.of && (!c.nodeKind || n.kind === c.nodeKind)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
