// Time: how a forum or an initiative stands on a given date. Every analysis
// reads status through `statusOn`, so the rule lives in exactly one place.
import type { Status } from './domain.ts';

/** What `statusOn` reads: a forum or an initiative (initiatives have no plannedStart). */
export interface Dated {
  status: Status;
  plannedStart?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
}

/**
 * How an element stands on `date`, given that the data describes `today`.
 * Dates are ISO `YYYY-MM-DD` strings, so they compare as strings; an end date
 * is the last day the element runs (inclusive).
 *
 * - PAUSED is PAUSED on every date: a paused forum never counts as active.
 * - PLANNED becomes ACTIVE only when evaluating a date after today that is on
 *   or after its start (`startDate`, else `plannedStart`): a projection. On
 *   today or earlier it is PLANNED, even when its planned start has passed
 *   (that is what the `planned-forum-overdue` rule reports). With no start
 *   date it stays PLANNED. A projected forum whose end date is before `date`
 *   is ENDED.
 * - ACTIVE is ACTIVE from its `startDate` (PLANNED before it: not yet running
 *   on that date) through its `endDate`, ENDED after it.
 * - ENDED counts as ACTIVE from its `startDate` through its `endDate` (so a
 *   past date sees it running) and ENDED after it; with no `endDate` it is
 *   ENDED on every date from its start.
 */
export function statusOn(item: Dated, date: string, today: string): Status {
  const { status, startDate, endDate } = item;
  const endedBy = endDate !== undefined && endDate < date;
  switch (status) {
    case 'PAUSED':
      return 'PAUSED';
    case 'PLANNED': {
      const start = startDate ?? item.plannedStart;
      if (date > today && start !== undefined && start <= date) return endedBy ? 'ENDED' : 'ACTIVE';
      return 'PLANNED';
    }
    case 'ACTIVE':
      if (startDate !== undefined && date < startDate) return 'PLANNED';
      return endedBy ? 'ENDED' : 'ACTIVE';
    case 'ENDED':
      if (startDate !== undefined && date < startDate) return 'PLANNED';
      return endDate !== undefined && date <= endDate ? 'ACTIVE' : 'ENDED';
  }
}

/** Today's date in Sweden (the product's time zone), as `YYYY-MM-DD`. */
/** The sv-SE locale formats dates as YYYY-MM-DD; made once (a formatter costs far more to make than to use). */
const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInSweden(now: Date = new Date()): string {
  return SWEDISH_DAY.format(now);
}
