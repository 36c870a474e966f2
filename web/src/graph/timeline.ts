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
