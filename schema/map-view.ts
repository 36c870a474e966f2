// What a view of the map shows: its filters as a saved view or a URL writes
// them, each element's state on the view's date, and the ids that pass. The
// page (web/src/graph/filters.ts, state.ts) and the server (read-only links,
// server/share/) both decide through here, so a shared view shows exactly what
// the page showed when it was saved.
import { NodeLabel, Status, SystemLevel } from './enums.ts';
import { mapGraph, type GraphFilterInput } from './map-graph.ts';
import { statusOn } from './time.ts';
import type { GraphEdge, GraphNode, RelType } from './domain.ts';

/** A map element as the map reads it (the API's `MapNode`; only what the view's rules read). */
export interface ViewNode {
  id: string;
  label: NodeLabel;
  name: string;
  kind: string | null;
  status: string | null;
  systemLevel: string | null;
  plannedStart: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface ViewEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
}

export interface ViewGraph<N extends ViewNode = ViewNode, E extends ViewEdge = ViewEdge> {
  nodes: N[];
  edges: E[];
  version: number;
}

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
 * One filter's form in a URL and a saved view: its key (short and stable:
 * links are shared and saved), its empty value, how it is written and read (a
 * value read is checked, never trusted), and whether the structural filter
 * (`mapGraph`) applies it; the others apply on the view's date.
 */
export interface FilterCodec<T> {
  url: string;
  empty: T;
  /** The URL value, or null for the empty one. */
  write(v: T): string | null;
  read(v: string | null): T;
  structural: boolean;
}

const ID = /^[a-z0-9][a-z0-9._:-]{0,127}$/;
/** An element id read from a URL, or null when it is not one. */
export const readId = (v: string | null): string | null => (v && ID.test(v) ? v : null);
const idCodec = (url: string): FilterCodec<string | null> => ({ url, empty: null, structural: true, write: (v) => v, read: readId });
const listCodec = <T extends string>(url: string, allowed: readonly T[], structural = true): FilterCodec<T[]> => ({
  url, empty: [], structural,
  write: (v) => (v.length ? v.join(',') : null),
  read: (v) => (v ? [...new Set(v.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x)))] : []),
});
const flagCodec = (url: string, empty: boolean): FilterCodec<boolean> => ({
  url, empty, structural: false, write: (v) => (v === empty ? null : v ? '1' : '0'), read: (v) => (v === null ? empty : v !== '0'),
});

/** Every map filter's codec, once (the page adds how its panel offers each: web/src/graph/filters.ts). */
export const FILTER_CODECS: { readonly [K in keyof FilterState]: FilterCodec<FilterState[K]> } = {
  labels: listCodec('t', NodeLabel.options),
  countyPart: idCodec('cp'),
  municipality: idCodec('m'),
  systemLevel: listCodec('lvl', SystemLevel.options),
  status: listCodec('st', Status.options, false),
  careLevel: idCodec('cl'),
  targetGroup: idCodec('tg'),
  showEnded: flagCodec('ended', true),
};

export const FILTER_KEYS = Object.keys(FILTER_CODECS) as Array<keyof FilterState>;

export const EMPTY_FILTER = Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTER_CODECS[k].empty])) as unknown as FilterState;

/** How the map groups its elements; one stored layout (positions) per grouping. */
export type Grouping = 'none' | 'countyPart' | 'principal';
export const GROUPINGS: readonly Grouping[] = ['none', 'countyPart', 'principal'];
export const LAYOUT_KEY: Record<Grouping, string> = { none: 'main', countyPart: 'countypart', principal: 'principal' };

/** URL and saved-view keys of the view's other settings that decide what it shows. */
export const VIEW_KEYS = { grouping: 'g', asOf: 'd', focus: 'n', selected: 'sel' } as const;

/** What decides which elements a view shows, and how they are laid out. */
export interface ViewScope {
  filter: FilterState;
  grouping: Grouping;
  /** The view's date; null is today. */
  asOf: string | null;
  /** Neighbourhood focus around `selected`: 0 is off. */
  focus: number;
  selected: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A view's scope from its URL or saved-view values (anything unknown falls back to the default). */
export function readViewScope(get: (urlKey: string) => string | null): ViewScope {
  const focus = Number(get(VIEW_KEYS.focus));
  const asOf = get(VIEW_KEYS.asOf);
  const grouping = get(VIEW_KEYS.grouping);
  return {
    filter: Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTER_CODECS[k].read(get(FILTER_CODECS[k].url))])) as unknown as FilterState,
    grouping: grouping && (GROUPINGS as readonly string[]).includes(grouping) ? (grouping as Grouping) : 'none',
    asOf: asOf && DATE.test(asOf) && !Number.isNaN(Date.parse(asOf)) ? asOf : null,
    focus: Number.isInteger(focus) && focus >= 0 && focus <= 5 ? focus : 0,
    selected: readId(get(VIEW_KEYS.selected)),
  };
}

/** A saved view's stored state (its URL values as an object) read as a scope. */
export function savedViewScope(saved: Record<string, unknown>): ViewScope {
  return readViewScope((k) => (Object.hasOwn(saved, k) && typeof saved[k] === 'string' ? (saved[k] as string) : null));
}

// ---- the state on a date ----------------------------------------------------

/**
 * Where an element stands on a date, as the map draws it:
 * - `active`, `paused`, `ended`: as `statusOn` says
 * - `planned`: not running on that date (planned, or not started yet)
 * - `expected`: only planned today, but the plan says it runs by then (a projection)
 */
export type DayState = 'active' | 'paused' | 'planned' | 'expected' | 'ended';

/** Labels whose elements have a life span (status and dates). */
export const TEMPORAL: ReadonlySet<NodeLabel> = new Set<NodeLabel>(['Forum', 'Initiative']);

const opt = (v: string | null) => v ?? undefined;

export function stateOn(n: Pick<ViewNode, 'label' | 'status' | 'plannedStart' | 'startDate' | 'endDate'>, date: string, today: string): DayState {
  if (!TEMPORAL.has(n.label)) return 'active';
  const status = (n.status ?? 'ACTIVE') as Status;
  const s = statusOn({ status, plannedStart: opt(n.plannedStart), startDate: opt(n.startDate), endDate: opt(n.endDate) }, date, today);
  if (s === 'ACTIVE') return status === 'PLANNED' ? 'expected' : 'active';
  return s === 'PLANNED' ? 'planned' : s === 'PAUSED' ? 'paused' : 'ended';
}

// ---- what passes ------------------------------------------------------------

/** Which status filter a state on the date answers to: a projected (expected) forum is still a planned one. */
const STATUS_OF: Record<DayState, Status> = { active: 'ACTIVE', paused: 'PAUSED', planned: 'PLANNED', expected: 'PLANNED', ended: 'ENDED' };

/** The map's graph in the shape the structural filter works on. */
function asSubgraph(graph: ViewGraph): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: graph.nodes as unknown as GraphNode[],
    edges: graph.edges.map((e) => ({ id: e.id, type: e.type, from: e.source, to: e.target })) as unknown as GraphEdge[],
  };
}

/** The ids the area, care-level, target-group, type and system-level filters keep (what `graph(filter)` would answer). */
export function structuralKeep(graph: ViewGraph, f: FilterState): Set<string> {
  // the structural filters that are set, as the server's filter input takes them
  const input = Object.fromEntries(FILTER_KEYS.filter((k) => FILTER_CODECS[k].structural && (FILTER_CODECS[k] as FilterCodec<unknown>).write(f[k]) !== null).map((k) => [k, f[k]])) as GraphFilterInput;
  if (Object.keys(input).length === 0) return new Set(graph.nodes.map((n) => n.id));
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
export function visibleNodes(graph: ViewGraph, f: FilterState, opts: VisibleOptions): { ids: Set<string>; states: Map<string, DayState> } {
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
export function neighbourhood(graph: Pick<ViewGraph, 'edges'>, within: ReadonlySet<string>, start: string, depth: number): Set<string> {
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

/** A view's scope applied to the whole map: what it shows, and the relationships between those. */
export function viewOf<N extends ViewNode, E extends ViewEdge>(graph: ViewGraph<N, E>, scope: ViewScope, today: string): { nodes: N[]; edges: E[]; states: Map<string, DayState> } {
  const focus = scope.focus > 0 && scope.selected ? { id: scope.selected, depth: scope.focus } : null;
  const { ids, states } = visibleNodes(graph, scope.filter, { date: scope.asOf ?? today, today, focus });
  return { nodes: graph.nodes.filter((n) => ids.has(n.id)), edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), states };
}
