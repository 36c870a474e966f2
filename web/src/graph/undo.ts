// Undo of the last change: the inverse, applied through the API as one atomic
// `applyChanges`. Pure: computed from the change and what stood before it.
import type { NodeLabel, RelType } from './types.ts';

export type Props = Record<string, unknown>;

export interface LinkInput {
  type: RelType;
  from: string;
  to: string;
  role?: string | null;
  count?: number | null;
  year?: number | null;
  source?: string | null;
  sourceNote?: string | null;
}

export interface UnlinkInput {
  type: RelType;
  from: string;
  to: string;
  year?: number | null;
}

/**
 * One change as the API's `ChangeInput` takes it: exactly one field set. An
 * update and a delete name the version (`updatedAt`) they were based on, so
 * the server refuses them (CONFLICT) once someone else has changed the element.
 */
export type ChangeInput =
  | { [K in `create${NodeLabel}`]?: Props & { id?: string } }
  & { [K in `update${NodeLabel}`]?: { id: string; patch: Props; expectedVersion?: string } }
  & { delete?: string; deleteExpected?: { id: string; expectedVersion: string }; link?: LinkInput; unlink?: UnlinkInput };

/** What stood before the change, as far as the inverse needs it. */
export interface Before {
  /** The node as it was (update, delete): its label and writable properties. */
  node?: { id: string; label: NodeLabel; props: Props } | null;
  /** Its relationships (delete), or the relationships an unlink removed, or the one a link replaced. */
  edges?: LinkInput[];
  /** The id a create produced. */
  createdId?: string;
  /** The element's version (`updatedAt`) right after the change (create, update): what its undo is based on. */
  version?: string;
}

const opOf = (c: ChangeInput): [string, unknown] => {
  const set = Object.entries(c).filter(([, v]) => v != null);
  if (set.length !== 1) throw new Error('a change sets exactly one field');
  return set[0]!;
};

/** Properties without the empty ones (a create input leaves them out). */
const present = (p: Props): Props => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined && v !== ''));

/** Relationship properties that matter to `link` (the rest would be refused). */
function linkOf(e: LinkInput): LinkInput {
  const out: LinkInput = { type: e.type, from: e.from, to: e.to };
  if (e.type === 'PARTICIPATES_IN' && e.role) out.role = e.role;
  if (e.type === 'ESTIMATE') {
    if (e.count != null) out.count = e.count;
    if (e.year != null) out.year = e.year;
  }
  if (e.source) out.source = e.source;
  if (e.sourceNote) out.sourceNote = e.sourceNote;
  return out;
}

/**
 * The changes that undo `change`, given what stood before it. Throws when the
 * inverse cannot be known (a delete without the node it removed).
 */
export function inverseOf(change: ChangeInput, before: Before = {}): ChangeInput[] {
  const [op, value] = opOf(change);
  if (op.startsWith('create')) {
    const id = before.createdId ?? (value as { id?: string }).id;
    if (!id) throw new Error('the id of the created element is needed to undo it');
    // removed only as it was made: not once someone else has changed it since
    return [before.version ? { deleteExpected: { id, expectedVersion: before.version } } : { delete: id }];
  }
  if (op.startsWith('update')) {
    const { id, patch } = value as { id: string; patch: Props };
    const was = before.node?.props;
    if (!was) throw new Error('the element as it was is needed to undo an update');
    // every field the patch touched goes back; a field that was not set is removed again (null)
    const back: Props = {};
    for (const k of Object.keys(patch)) back[k] = was[k] === undefined || was[k] === '' ? null : was[k];
    // put back only over this change, never over someone else's made since
    return [{ [op]: { id, patch: back, ...(before.version ? { expectedVersion: before.version } : {}) } } as ChangeInput];
  }
  if (op === 'delete' || op === 'deleteExpected') {
    const node = before.node;
    if (!node) throw new Error('the deleted element is needed to undo its deletion');
    return [
      { [`create${node.label}`]: { id: node.id, ...present(node.props) } } as ChangeInput,
      ...(before.edges ?? []).map((e) => ({ link: linkOf(e) })),
    ];
  }
  if (op === 'link') {
    const l = value as LinkInput;
    // a link that replaced an existing relationship's properties goes back to them; a new one is removed
    const replaced = before.edges?.find((e) => e.type === l.type && e.from === l.from && e.to === l.to && (l.type !== 'ESTIMATE' || e.year === l.year));
    if (replaced) return [{ link: linkOf(replaced) }];
    return [{ unlink: { type: l.type, from: l.from, to: l.to, ...(l.type === 'ESTIMATE' && l.year != null ? { year: l.year } : {}) } }];
  }
  if (op === 'unlink') {
    return (before.edges ?? []).map((e) => ({ link: linkOf(e) }));
  }
  throw new Error(`unknown change ${op}`);
}

/** The inverse of several changes applied together: each one's inverse, last first. */
export function inverseOfAll(changes: ReadonlyArray<{ change: ChangeInput; before?: Before }>): ChangeInput[] {
  return [...changes].reverse().flatMap((c) => inverseOf(c.change, c.before));
}
