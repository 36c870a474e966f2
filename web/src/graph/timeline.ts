// The map as it stands on a date, and what the plan changes between today and
// a horizon. The rule is the analysis engine's own (`statusOn`,
// server/analysis/time.ts), so the map and the gap analysis never disagree
// about what runs on a date.
import { stateOn } from '../../../schema/map-view.ts';
import { todayInSweden } from '../../../schema/time.ts';
import { TEMPORAL, type MapNode } from './types.ts';

/** Where an element stands on a date, as the map draws it: the shared kernel's rule (schema/map-view.ts). */
export { stateOn, type DayState } from '../../../schema/map-view.ts';

/** Today in Sweden, the product's time zone. */
export const todayIso = (now: Date = new Date()): string => todayInSweden(now);

export interface PlanDiff {
  /** Planned today, running at the horizon: what the plan adds. */
  added: Set<string>;
  /** Running today, ended at the horizon: what ends. */
  ending: Set<string>;
}

const FAR = '9999-12-30';

/**
 * Today versus the plan. The horizon is a date after today, or null (or a
 * date not after today) for the whole plan: every planned element with or
 * without a start date counts as added, every end date after today as ending.
 */
export function planDiff(nodes: readonly MapNode[], today: string, horizon: string | null): PlanDiff {
  const whole = !horizon || horizon <= today;
  const until = whole ? FAR : horizon;
  const added = new Set<string>();
  const ending = new Set<string>();
  for (const n of nodes) {
    if (!TEMPORAL.has(n.label)) continue;
    const now = stateOn(n, today, today);
    const then = stateOn(n, until, today);
    if (n.status === 'PLANNED' && (whole || then === 'expected')) added.add(n.id);
    else if ((now === 'active' || now === 'paused') && then === 'ended') ending.add(n.id);
  }
  return { added, ending };
}

// ---- The time slider (#16): the dates in the data, as Bloom's slicer steps them.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The distinct dates the map can be seen on, in order: every planned start,
 * start and end date of a forum or an initiative, today, and the date chosen
 * now (a date typed in the date field, so the slider stands on it and steps
 * from it to its neighbours).
 */
export function timelineDates(nodes: readonly MapNode[], today: string, chosen: string | null = null): string[] {
  const dates = new Set<string>([today]);
  if (chosen && ISO_DAY.test(chosen)) dates.add(chosen);
  for (const n of nodes) {
    if (!TEMPORAL.has(n.label)) continue;
    for (const d of [n.plannedStart, n.startDate, n.endDate]) {
      const day = d?.slice(0, 10);
      if (day && ISO_DAY.test(day)) dates.add(day);
    }
  }
  return [...dates].sort();
}

/** The slider's position for a date: its index, or the last date before it (the first date if none is). */
export function dateIndex(dates: readonly string[], date: string): number {
  let at = 0;
  for (let i = 0; i < dates.length; i++) {
    if (dates[i]! <= date) at = i;
    else break;
  }
  return at;
}

export type DateWhen = 'past' | 'today' | 'planned';

/** Whether a date shows the map as it stood, as it stands, or as planned. */
export const dateWhen = (date: string, today: string): DateWhen => (date < today ? 'past' : date === today ? 'today' : 'planned');

/** What the slider says about a date, in the page's words. */
export function dateLabel(date: string, today: string, words: Record<DateWhen, (d: string) => string>): string {
  return words[dateWhen(date, today)](date);
}

export interface NamedChange {
  id: string;
  name: string;
}

const SWEDISH = new Intl.Collator('sv-SE');

/** The elements of a change set by name, in Swedish order (å, ä, ö last), the ids missing from the graph left out. */
export function byName(nodes: readonly MapNode[], ids: ReadonlySet<string>): NamedChange[] {
  return nodes
    .filter((n) => ids.has(n.id))
    .map((n) => ({ id: n.id, name: n.name }))
    .sort((a, b) => SWEDISH.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many names a change list shows before "and N more". */
export const NAMES_SHOWN = 20;
