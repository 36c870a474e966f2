// Undo and redo kept across a reload (#17): each step as the page applied it
// (its changes with what stood before them and the version each element had
// right after), named in Swedish and English, stored in this browser's
// localStorage under the person and the server, so a reload offers the same
// undo. Every undo and redo names the versions it was based on: one whose
// element someone else has changed since is refused (CONFLICT), never written
// over the other person's change. Pure, apart from the storage given.
import { inverseOfAll, type Before, type ChangeInput } from './graph/undo.ts';

/** One change of a step as it was applied: `before` holds the created id and the version it produced. */
export type Step = { change: ChangeInput; before?: Before };

/** A step on the undo or redo stack, as stored. */
export interface StoredEntry {
  names: { sv: string; en: string };
  /** What undoes it (undo stack) or what does it again (redo stack). */
  changes: ChangeInput[];
  /** Undo stack: the step as applied, to be done again after its undo (null: it cannot be redone, e.g. a promoted finding). */
  steps: Step[] | null;
}

export interface StoredHistory {
  /** The store's version after the last step: a store reset to an older version (a new database) drops the history. */
  version: number;
  undo: StoredEntry[];
  redo: StoredEntry[];
}

export const HISTORY_LIMIT = 50;

/** The storage key: the person (their id, '-' for a server without sign-in) and the server the page talks to. */
export function historyKey(origin: string, user: string | null | undefined): string {
  return `samverkanskartan:history:v1:${origin}:${user ?? '-'}`;
}

/**
 * The step's changes as applied (`results`: the API's answer, in order): a
 * create with the id it was given, and each created or updated element's
 * version right after, which its undo is based on.
 */
export function appliedSteps(changes: readonly Step[], results: ReadonlyArray<{ node: { id: string; updatedAt?: string } | null } | undefined>): Step[] {
  return changes.map((c, i) => {
    const op = Object.keys(c.change)[0] ?? '';
    const node = results[i]?.node;
    if (op.startsWith('create')) return { ...c, before: { ...c.before, createdId: node?.id, version: node?.updatedAt } };
    return op.startsWith('update') ? { ...c, before: { ...c.before, version: node?.updatedAt } } : c;
  });
}

/** The changes that undo a step (throws when an inverse is unknown). */
export const undoOf = (steps: readonly Step[]): ChangeInput[] => inverseOfAll(steps);

/**
 * The step done again after its undo: each change as it was, a create with
 * the id it had (its undo removed it), and an update or delete based on the
 * version the undo left the element at (`undone`: the undo's answer, in the
 * order of `undoChanges`), so a redo over someone else's later change is
 * refused too.
 */
export function redoOf(steps: readonly Step[], undoChanges: readonly ChangeInput[], undone: ReadonlyArray<{ node: { id: string; updatedAt?: string } | null } | undefined>): Step[] {
  const versions = new Map<string, string>();
  undoChanges.forEach((c, i) => {
    const node = undone[i]?.node;
    const op = Object.keys(c)[0] ?? '';
    if (node?.updatedAt && (op.startsWith('create') || op.startsWith('update'))) versions.set(node.id, node.updatedAt);
  });
  return steps.map(({ change, before }) => {
    const [op, value] = Object.entries(change).find(([, v]) => v != null) ?? ['', null];
    const v = value as Record<string, unknown>;
    if (op.startsWith('create')) return { change: { [op]: { ...v, id: before?.createdId ?? v.id } } as ChangeInput, before };
    if (op.startsWith('update')) {
      const id = v.id as string;
      return { change: { [op]: { ...v, ...(versions.has(id) ? { expectedVersion: versions.get(id) } : {}) } } as ChangeInput, before };
    }
    if (op === 'deleteExpected') {
      const id = v.id as string;
      return { change: { deleteExpected: { id, expectedVersion: versions.get(id) ?? (v.expectedVersion as string) } }, before };
    }
    return { change, before };
  });
}

/** The history stored under the key, or an empty one (nothing stored, unreadable, or for an older store than this one). */
export function loadHistory(storage: Pick<Storage, 'getItem'> | null, key: string, storeVersion: number): StoredHistory {
  const empty: StoredHistory = { version: storeVersion, undo: [], redo: [] };
  try {
    const raw = storage?.getItem(key);
    if (!raw) return empty;
    const h = JSON.parse(raw) as StoredHistory;
    if (!Array.isArray(h.undo) || !Array.isArray(h.redo) || typeof h.version !== 'number') return empty;
    // a store at an older version than the history's last step is another store (reset, restored): its steps mean nothing there
    if (h.version > storeVersion) return empty;
    return h;
  } catch {
    return empty;
  }
}

export function saveHistory(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, key: string, h: StoredHistory): void {
  try {
    if (!h.undo.length && !h.redo.length) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify({ ...h, undo: h.undo.slice(-HISTORY_LIMIT), redo: h.redo.slice(-HISTORY_LIMIT) }));
  } catch {
    // storage full or refused: the history lives on in this page only
  }
}
