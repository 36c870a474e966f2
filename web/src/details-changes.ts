// What the details panel writes, as the API's changes, each with what stood
// before it (the `before` undo needs to put it back): creating, editing and
// deleting an element, and linking, re-roling and unlinking it. Pure:
// computed from the element's details, the form's values and the map's edges.
import { createInput, idFromName, patchFrom, writableProps, type FormValues, type LinkEditor } from './forms.ts';
import type { MapEdge, NodeLabel } from './graph/types.ts';
import type { Before, ChangeInput, LinkInput, Props } from './graph/undo.ts';

/** An element the details name (a participant, a care level …). */
export type Ref = { id: string; label: NodeLabel; name: string; status?: string; principal?: string };
/** The selected element as the details query answers it (`normalizeNode`'s form). */
export type Detail = Record<string, unknown> & { id: string; label: NodeLabel; name: string };
/** One change as `store.apply` takes it. */
export type Change = { change: ChangeInput; before?: Before };

/**
 * A link the create form holds until it saves: the element at the other end
 * (an existing one, or a new actor made in the same request: `create`), and a
 * participant's role.
 */
export interface PendingLink {
  id: string;
  name: string;
  principal?: string | null;
  role?: string | null;
  /** A new actor, created with the element in the same request. */
  create?: Props;
}

/**
 * A new element; with `between`, in the same request the line from it to
 * what it lies next to (a new gap beside an actor or care level); with
 * `links`, each of the create form's pending links (participants with their
 * roles, areas, care levels …, new actors first), so the element and all it
 * is linked to are saved as ONE atomic request. `name` is the name it was given.
 */
export function createChanges(label: NodeLabel, values: FormValues, between: Ref | null, links: ReadonlyArray<{ editor: LinkEditor; link: PendingLink }> = []): { changes: Change[]; name: string } {
  const input = createInput(label, values);
  const changes: Change[] = [];
  const all = [...(between ? [{ editor: BETWEEN_EDITOR, link: { id: between.id, name: between.name } }] : []), ...links];
  if (all.length) {
    // one request: the new actors, the element with the id the server will give it, and its links
    const id = idFromName(label, String(input.name ?? ''));
    for (const { link } of all) if (link.create) changes.push({ change: { createActor: { id: link.id, ...link.create } } });
    changes.push({ change: { [`create${label}`]: { id, ...input } } as ChangeInput });
    const seen = new Set<string>();
    for (const { editor, link } of all) {
      const key = `${editor.rel}:${link.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push({ change: { link: linkInput({ id, label, name: String(input.name) }, editor, link.id, link.role) } });
    }
  } else changes.push({ change: { [`create${label}`]: input } as ChangeInput });
  return { changes, name: String(input.name) };
}

/** What a create form may open with: values, pending links by editor key, and the element it was started from. */
export interface CreatePrefill {
  values?: FormValues;
  links?: Record<string, PendingLink[]>;
  from?: string;
}

const BETWEEN_EDITOR: LinkEditor = { key: 'between', rel: 'BETWEEN', direction: 'out', others: ['Actor', 'CareLevel'] };

/**
 * The version (`updatedAt`) the details were read at: every edit and delete
 * sends it, so one based on an older reading is refused (CONFLICT), never
 * written over someone else's change.
 */
export function versionOf(d: Detail): string {
  if (typeof d.updatedAt !== 'string') throw new Error(`the details of ${d.id} lack their version (updatedAt)`);
  return d.updatedAt;
}

/** The edit of an element, or null when the form changes nothing. */
export function updateChange(label: NodeLabel, d: Detail, values: FormValues): Change | null {
  const before = writableProps(label, d);
  const patch = patchFrom(label, before, values);
  if (!Object.keys(patch).length) return null;
  return { change: { [`update${label}`]: { id: d.id, patch, expectedVersion: versionOf(d) } } as ChangeInput, before: { node: { id: d.id, label, props: before } } };
}

/**
 * A relationship of the element as it stands, with its source when the
 * details know it (a participation's, an estimate's): what undo puts back.
 */
export function edgeAsItStands(d: Detail, e: MapEdge): LinkInput {
  const participants = (d.participants as Array<{ actor: { id: string }; source: string }> | undefined) ?? [];
  const participations = (d.participations as Array<{ forum: { id: string }; source: string }> | undefined) ?? [];
  const estimates = (d.estimates as Array<{ source: string; year: number; targetGroup?: { id: string }; area?: { id: string } }> | undefined) ?? [];
  let source: string | undefined;
  if (e.type === 'PARTICIPATES_IN') source = (participants.find((p) => p.actor.id === e.source) ?? participations.find((p) => p.forum.id === e.target))?.source;
  if (e.type === 'ESTIMATE') source = estimates.find((x) => x.year === e.year && (x.targetGroup?.id === e.source || x.area?.id === e.target))?.source;
  return { type: e.type, from: e.source, to: e.target, role: e.role, count: e.count, year: e.year, ...(source ? { source } : {}) };
}

/** The deletion of an element as it was read, with it and its relationships as they stand. */
export function deleteChange(d: Detail, edges: readonly MapEdge[]): Change {
  const own = edges.filter((e) => e.source === d.id || e.target === d.id).map((e) => edgeAsItStands(d, e));
  return { change: { deleteExpected: { id: d.id, expectedVersion: versionOf(d) } }, before: { node: { id: d.id, label: d.label, props: writableProps(d.label, d) }, edges: own } };
}

/** The link an editor makes from the element to `other` (with a role where the editor has one). */
function linkInput(d: Detail, ed: LinkEditor, other: string, role?: string | null): LinkInput {
  const [from, to] = ed.direction === 'out' ? [d.id, other] : [other, d.id];
  return { type: ed.rel, from, to, ...(ed.role && role ? { role } : {}) };
}

/** A new relationship from a link editor. */
export function linkChange(d: Detail, ed: LinkEditor, other: string, role?: string | null): Change {
  return { change: { link: linkInput(d, ed, other, role) } };
}

/** A relationship's role changed: the same link with the new role, replacing the one that stands. */
export function roleChange(d: Detail, ed: LinkEditor, e: MapEdge, role: string): Change {
  const other = ed.direction === 'out' ? e.target : e.source;
  return { change: { link: linkInput(d, ed, other, role) }, before: { edges: [edgeAsItStands(d, e)] } };
}

/** A relationship removed. */
export function unlinkChange(d: Detail, e: MapEdge): Change {
  return { change: { unlink: { type: e.type, from: e.source, to: e.target } }, before: { edges: [edgeAsItStands(d, e)] } };
}
