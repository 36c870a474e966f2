// Which elements the map shows: the filters (with the server's own area,
// care-level and target-group semantics, schema/map-graph.ts, run here on
// the loaded graph so filtering is instant), the state on the chosen date,
// and the neighbourhood focus. The rules are the shared kernel's
// (schema/map-view.ts: the server applies them to read-only links); this adds
// how the filter panel offers each filter.
import { FILTER_CODECS, FILTER_KEYS, type FilterCodec, type FilterState } from '../../../schema/map-view.ts';
import type { Messages } from '../i18n/index.ts';
import { NODE_LABELS, type Graph, type MapNode, type NodeLabel } from './types.ts';

export { EMPTY_FILTER, FILTER_KEYS, neighbourhood, readId, structuralKeep, visibleNodes, type FilterState, type VisibleOptions } from '../../../schema/map-view.ts';

/** One map filter: its codec (schema/map-view.ts) and how the filter panel offers it. */
export interface FilterDef<T> extends FilterCodec<T> {
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

type Control<K extends FilterControl['kind']> = Omit<Extract<FilterControl, { kind: K }>, 'kind'>;
const choice = <K extends 'countyPart' | 'municipality' | 'careLevel' | 'targetGroup'>(k: K, control: Control<'choice'>) => ({ ...FILTER_CODECS[k], control: { kind: 'choice' as const, ...control } });

/** Every map filter, once: the state's fields, the URL, the reset, the server's filter input and the filter panel all come from here. */
export const FILTERS: { readonly [K in keyof FilterState]: FilterDef<FilterState[K]> } = {
  labels: { ...FILTER_CODECS.labels, control: { kind: 'checks', text: 'elementTypes', labels: 'NodeLabelPlural', allWhenEmpty: true, name: 'label', values: NODE_LABELS } },
  countyPart: choice('countyPart', { text: 'countyPart', of: 'Actor', nodeKind: 'COUNTY_PART' }),
  municipality: choice('municipality', { text: 'municipality', of: 'Actor', nodeKind: 'MUNICIPALITY' }),
  systemLevel: { ...FILTER_CODECS.systemLevel, control: { kind: 'checks', text: 'systemLevel', labels: 'SystemLevel', values: ['MACRO', 'MESO', 'MICRO'] } },
  status: { ...FILTER_CODECS.status, control: { kind: 'checks', text: 'status', labels: 'Status', values: ['PLANNED', 'ACTIVE', 'PAUSED', 'ENDED'] } },
  careLevel: choice('careLevel', { text: 'careLevel', of: 'CareLevel' }),
  targetGroup: choice('targetGroup', { text: 'targetGroup', of: 'TargetGroup' }),
  showEnded: { ...FILTER_CODECS.showEnded, control: { kind: 'flag', text: 'showEnded', within: 'status' } },
};

/** True when any filter differs from its empty value. */
export const isFiltered = (f: FilterState): boolean => FILTER_KEYS.some((k) => (FILTERS[k] as FilterDef<unknown>).write(f[k]) !== null);

/** What a choice filter offers: the map's elements of its type (and kind), by name. */
export function choiceOptions(graph: Graph, c: { of: NodeLabel; nodeKind?: string }): MapNode[] {
  return graph.nodes.filter((n) => n.label === c.of && (!c.nodeKind || n.kind === c.nodeKind)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
