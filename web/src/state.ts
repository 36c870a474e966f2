// The view's state, and its form in the URL hash (so a link opens the same
// view). Only what differs from the defaults is written; unknown or invalid
// values read from a URL are dropped, never trusted.
import { EMPTY_FILTER, type FilterState } from './graph/filters.ts';
import type { Grouping } from './graph/elements.ts';
import { NODE_LABELS, type NodeLabel, type Status, type SystemLevel } from './graph/types.ts';
import type { Lang } from './i18n/index.ts';

export type MainTab = 'map' | 'list' | 'coverage';
export type SideTab = 'details' | 'gaps' | 'views';

export interface ViewState extends FilterState {
  grouping: Grouping;
  /** The map's date; null is today. */
  asOf: string | null;
  /** Today versus the plan (up to `asOf` when it is after today). */
  compare: boolean;
  /** Neighbourhood focus around `selected`: 0 is off. */
  focus: number;
  selected: string | null;
  tab: MainTab;
  side: SideTab;
  lang: Lang;
}

export const DEFAULT_STATE: ViewState = {
  ...EMPTY_FILTER, grouping: 'none', asOf: null, compare: false, focus: 0, selected: null, tab: 'map', side: 'details', lang: 'sv',
};

const STATUSES: readonly Status[] = ['PLANNED', 'ACTIVE', 'PAUSED', 'ENDED'];
const LEVELS: readonly SystemLevel[] = ['MACRO', 'MESO', 'MICRO'];
const GROUPINGS: readonly Grouping[] = ['none', 'countyPart', 'principal'];
const TABS: readonly MainTab[] = ['map', 'list', 'coverage'];
const SIDES: readonly SideTab[] = ['details', 'gaps', 'views'];
const ID = /^[a-z0-9][a-z0-9._:-]{0,127}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** URL keys: short, stable (links are shared and saved). */
const K = {
  labels: 't', countyPart: 'cp', municipality: 'm', systemLevel: 'lvl', status: 'st', careLevel: 'cl', targetGroup: 'tg',
  showEnded: 'ended', grouping: 'g', asOf: 'd', compare: 'cmp', focus: 'n', selected: 'sel', tab: 'tab', side: 'side', lang: 'lang',
} as const satisfies Record<keyof ViewState, string>;

const list = <T extends string>(v: string | null, allowed: readonly T[]): T[] =>
  v ? [...new Set(v.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x)))] : [];
const one = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T => (v && (allowed as readonly string[]).includes(v) ? (v as T) : fallback);
const id = (v: string | null): string | null => (v && ID.test(v) ? v : null);

/** The state as a URL hash (without `#`): only the values that differ from the defaults. */
export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  const put = (k: keyof ViewState, v: string) => p.set(K[k], v);
  if (s.labels.length) put('labels', s.labels.join(','));
  for (const k of ['countyPart', 'municipality', 'careLevel', 'targetGroup', 'selected', 'asOf'] as const) if (s[k]) put(k, s[k]!);
  if (s.systemLevel.length) put('systemLevel', s.systemLevel.join(','));
  if (s.status.length) put('status', s.status.join(','));
  if (!s.showEnded) put('showEnded', '0');
  if (s.grouping !== 'none') put('grouping', s.grouping);
  if (s.compare) put('compare', '1');
  if (s.focus > 0) put('focus', String(s.focus));
  if (s.tab !== 'map') put('tab', s.tab);
  if (s.side !== 'details') put('side', s.side);
  if (s.lang !== 'sv') put('lang', s.lang);
  return p.toString();
}

/** A state from a URL hash (with or without `#`); anything unknown falls back to the default. */
export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (k: keyof ViewState) => p.get(K[k]);
  const focus = Number(get('focus'));
  const asOf = get('asOf');
  return {
    labels: list<NodeLabel>(get('labels'), NODE_LABELS),
    countyPart: id(get('countyPart')),
    municipality: id(get('municipality')),
    systemLevel: list(get('systemLevel'), LEVELS),
    status: list(get('status'), STATUSES),
    careLevel: id(get('careLevel')),
    targetGroup: id(get('targetGroup')),
    showEnded: get('showEnded') !== '0',
    grouping: one(get('grouping'), GROUPINGS, 'none'),
    asOf: asOf && DATE.test(asOf) && !Number.isNaN(Date.parse(asOf)) ? asOf : null,
    compare: get('compare') === '1',
    focus: Number.isInteger(focus) && focus >= 0 && focus <= 5 ? focus : 0,
    selected: id(get('selected')),
    tab: one(get('tab'), TABS, 'map'),
    side: one(get('side'), SIDES, 'details'),
    lang: one<Lang>(get('lang'), ['sv', 'en'], 'sv'),
  };
}

/** The filter part of a view state. */
export function filterOf(s: ViewState): FilterState {
  const { labels, countyPart, municipality, systemLevel, status, careLevel, targetGroup, showEnded } = s;
  return { labels, countyPart, municipality, systemLevel, status, careLevel, targetGroup, showEnded };
}

/** What a saved view stores: the state without the language (each reader keeps their own). */
export function viewStateForSaving(s: ViewState): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(encodeState({ ...s, lang: 'sv' })));
}

/** A saved view's stored state back to a view state. */
export function stateFromSaved(saved: Record<string, unknown>, lang: Lang): ViewState {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(saved)) if (typeof v === 'string') p.set(k, v);
  return { ...decodeState(p.toString()), lang };
}
