// The view's state, and its form in the URL hash (so a link opens the same
// view). Only what differs from the defaults is written; unknown or invalid
// values read from a URL are dropped, never trusted.
import { readViewScope, VIEW_KEYS } from '../../schema/map-view.ts';
import { EMPTY_FILTER, FILTER_KEYS, FILTERS, type FilterDef, type FilterState } from './graph/filters.ts';
import type { Grouping } from './graph/elements.ts';
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

const TABS: readonly MainTab[] = ['map', 'list', 'coverage'];
const SIDES: readonly SideTab[] = ['details', 'gaps', 'views'];

/** URL keys: short, stable (links are shared and saved); the filters' own are in FILTERS. */
const K = {
  ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTERS[k].url])) as Record<keyof FilterState, string>),
  ...VIEW_KEYS, compare: 'cmp', tab: 'tab', side: 'side', lang: 'lang',
} as const satisfies Record<keyof ViewState, string>;

const one = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T => (v && (allowed as readonly string[]).includes(v) ? (v as T) : fallback);

/** The state as a URL hash (without `#`): only the values that differ from the defaults. */
export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  const put = (k: keyof ViewState, v: string) => p.set(K[k], v);
  for (const k of FILTER_KEYS) {
    const v = (FILTERS[k] as FilterDef<unknown>).write(s[k]);
    if (v !== null) put(k, v);
  }
  for (const k of ['selected', 'asOf'] as const) if (s[k]) put(k, s[k]!);
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
  // what decides which elements show: the shared kernel's reading (the server reads saved views so too)
  const { filter, ...scope } = readViewScope((key) => p.get(key));
  return {
    ...filter,
    ...scope,
    compare: get('compare') === '1',
    tab: one(get('tab'), TABS, 'map'),
    side: one(get('side'), SIDES, 'details'),
    lang: one<Lang>(get('lang'), ['sv', 'en'], 'sv'),
  };
}

/** The filter part of a view state. */
export function filterOf(s: ViewState): FilterState {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, s[k]])) as unknown as FilterState;
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
