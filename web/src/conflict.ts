// An edit or delete someone else overtook: the server refused it (CONFLICT,
// reason STALE_VERSION) with the element as it stands now. Pure steps from
// that answer to what the page shows (each field that differs: the person's
// value and the one saved now) and to the two ways on: the form with what is
// saved now, or the person's own changes put on top of it.
import type { ApiError } from './api.ts';
import { FORM_FIELDS, formValues, patchFrom, writableProps, type FieldDef, type FormValues } from './forms.ts';
import type { NodeLabel } from './graph/types.ts';
import type { Props } from './graph/undo.ts';

/** The element as it stands now, when the error is a refusal of a stale version; null for any other error. */
export function staleCurrent(e: ApiError): (Props & { id: string; updatedAt: string }) | null {
  const current = e.extensions.current as (Props & { id: string; updatedAt: string }) | undefined;
  if (e.code !== 'CONFLICT' || e.extensions.reason !== 'STALE_VERSION' || !current || typeof current.updatedAt !== 'string') return null;
  return current;
}

export interface ConflictRow {
  field: FieldDef;
  /** What the person has (typed, or saw when they did not change it). */
  yours: unknown;
  /** What is saved now. */
  current: unknown;
  /** Someone else changed it since the person read it. */
  byOther: boolean;
}

const same = (a: unknown, b: unknown) => (a === '' || a === undefined ? null : a) === (b === '' || b === undefined ? null : b);

/**
 * Each field where what the person has differs from what is saved now:
 * `base` is the element as the person read it, `values` the form as it
 * stands (for a delete, the values read).
 */
export function conflictRows(label: NodeLabel, base: Props, current: Props, values: FormValues): ConflictRow[] {
  const was = writableProps(label, base);
  const now = writableProps(label, current);
  const yours = { ...was, ...patchFrom(label, was, values) };
  return FORM_FIELDS[label]
    .filter((f) => f.type === 'bool' ? !!yours[f.name] !== !!now[f.name] : !same(yours[f.name], now[f.name]))
    .map((f) => ({ field: f, yours: yours[f.name], current: now[f.name], byOther: f.type === 'bool' ? !!was[f.name] !== !!now[f.name] : !same(was[f.name], now[f.name]) }));
}

/**
 * The form for "Spara mitt ändå": what is saved now, with the fields the
 * person changed (from what they read) set to their values again. Saving it
 * against the current version changes only those fields.
 */
export function reapplied(label: NodeLabel, base: Props, current: Props, values: FormValues): FormValues {
  const mine = patchFrom(label, writableProps(label, base), values);
  return { ...formValues(label, current), ...Object.fromEntries(Object.keys(mine).map((k) => [k, values[k]])) };
}
