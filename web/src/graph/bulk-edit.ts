// Several forums changed in one step: status, dates and care levels (SPANS)
// of every chosen forum, as the changes of ONE atomic `applyChanges`. Each
// forum's update names the version (`updatedAt`) it was read at, so a forum
// someone changed meanwhile refuses the whole step (CONFLICT). Pure: what to
// send, what undo needs, and what the step is called.
import type { Before, ChangeInput } from './undo.ts';

/** A forum as the bulk form read it. */
export interface ReadForum {
  id: string;
  name: string;
  /** Its version when read. */
  updatedAt: string;
  status: string | null;
  plannedStart: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The care levels it spans (ids). */
  careLevels: string[];
}

export const BULK_DATES = ['plannedStart', 'startDate', 'endDate'] as const;
export type BulkDate = (typeof BULK_DATES)[number];

/** What the form asks for; a field left out stays as each forum has it. */
export interface BulkEdit {
  status?: string | null;
  /** A date to set, or null to clear it (the forums get no such date). */
  dates?: Partial<Record<BulkDate, string | null>>;
  /** Care levels every chosen forum should span from now on. */
  addCareLevels?: string[];
  /** Care levels none of them should span. */
  removeCareLevels?: string[];
}

/** What a step changed, for its name: `Ändrade status och startdatum för 3 forum`. */
export type BulkWhat = 'status' | BulkDate | 'careLevels';

export interface BulkPlan {
  changes: Array<{ change: ChangeInput; before: Before }>;
  /** What changes, in the form's order. */
  what: BulkWhat[];
  /** How many forums the step touches. */
  forums: number;
}

/**
 * The changes for `edit` on `forums`: per forum one `updateForum` with its
 * version (also when only its care levels change, so that the version is
 * checked and moves on), then a `link` for each care level it lacks and an
 * `unlink` for each it has and should not. A forum the edit would not change
 * is left out; an empty plan has no changes.
 */
export function bulkPlan(forums: readonly ReadForum[], edit: BulkEdit): BulkPlan {
  const add = [...new Set(edit.addCareLevels ?? [])];
  const remove = [...new Set(edit.removeCareLevels ?? [])].filter((id) => !add.includes(id));
  const what = new Set<BulkWhat>();
  const changes: BulkPlan['changes'] = [];
  let touched = 0;
  for (const f of forums) {
    const patch: Record<string, unknown> = {};
    const was: Record<string, unknown> = {};
    if (edit.status && edit.status !== f.status) {
      patch.status = edit.status;
      was.status = f.status;
      what.add('status');
    }
    for (const k of BULK_DATES) {
      const v = edit.dates?.[k];
      // null clears the date where a forum has one; a date sets it where it differs
      if (v === null ? f[k] !== null : v && v !== f[k]) {
        patch[k] = v;
        was[k] = f[k];
        what.add(k);
      }
    }
    const links = add.filter((c) => !f.careLevels.includes(c));
    const unlinks = remove.filter((c) => f.careLevels.includes(c));
    if (links.length || unlinks.length) what.add('careLevels');
    if (!Object.keys(patch).length && !links.length && !unlinks.length) continue;
    touched++;
    changes.push({
      change: { updateForum: { id: f.id, patch, expectedVersion: f.updatedAt } },
      before: { node: { id: f.id, label: 'Forum', props: was } },
    });
    for (const to of links) changes.push({ change: { link: { type: 'SPANS', from: f.id, to } }, before: {} });
    for (const to of unlinks) changes.push({ change: { unlink: { type: 'SPANS', from: f.id, to } }, before: { edges: [{ type: 'SPANS', from: f.id, to }] } });
  }
  const order: BulkWhat[] = ['status', ...BULK_DATES, 'careLevels'];
  return { changes, what: order.filter((w) => what.has(w)), forums: touched };
}
