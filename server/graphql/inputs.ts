// GraphQL input → validated domain changes. Every argument that writes
// crosses zod here, once; a failure is BAD_USER_INPUT naming each field, in
// English and Swedish.
import { z } from 'zod';
import {
  Id, NodeLabel, RELATIONSHIPS, RelType, idFromName, nodeProps, type Change, type EdgeProps,
} from '../../schema/domain.ts';
import { svOf } from '../../schema/messages.ts';
import { badInput, parseInput, type FieldProblem } from '../errors.ts';

/** GraphQL sends absent input fields as undefined and explicit nulls as null. */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

/** The same fields as on create, each optional and without defaults (a patch never resets a field). */
const patchSchemas = Object.fromEntries(
  NodeLabel.options.map((label) => {
    const shape = nodeProps[label].shape as Record<string, z.ZodType>;
    const loose = Object.fromEntries(
      Object.entries(shape).map(([k, s]) => [k, (s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : s).optional()]),
    );
    return [label, z.object(loose).strict()];
  }),
) as Record<NodeLabel, z.ZodObject>;

export function createChange(label: NodeLabel, input: Record<string, unknown>, prefix: (string | number)[] = ['input']): Change & { op: 'create' } {
  const { id, ...rest } = input;
  const props = parseInput(nodeProps[label].strict(), defined(rest), prefix) as Record<string, unknown>;
  const key = id == null ? idFromName(label, String(props.name)) : parseInput(Id, id, [...prefix, 'id']);
  return { op: 'create', label, id: key, props };
}

/** The version an update or delete is based on (the element's `updatedAt` as read), when the caller sent one. */
function expectedVersion(value: unknown, path: (string | number)[]): { expected?: string } {
  return value === undefined || value === null ? {} : { expected: parseInput(DateTimeArg, value, path) };
}

export function updateChange(label: NodeLabel, id: unknown, patch: Record<string, unknown>, prefix: (string | number)[] = ['patch'], expected?: unknown): Change & { op: 'update' } {
  const at = (field: string) => (prefix.length > 1 ? [...prefix.slice(0, -1), field] : [field]);
  const key = parseInput(Id, id, at('id'));
  // only optional fields may be removed; required ones and those with a default may not
  const required = new Set(Object.entries(nodeProps[label].shape as Record<string, z.ZodType>).filter(([, s]) => !(s instanceof z.ZodOptional)).map(([k]) => k));
  const unset = Object.entries(patch).filter(([, v]) => v === null).map(([k]) => k);
  const refused: FieldProblem[] = unset.filter((k) => required.has(k)).map((k) => ({ path: [...prefix, k], message: 'cannot be removed', messageSv: svOf('cannot be removed') }));
  if (refused.length) throw badInput(`Invalid input: ${refused.map((f) => `${f.path.join('.')} cannot be removed`).join('; ')}`, refused);
  const props = parseInput(patchSchemas[label], defined(patch), prefix) as Record<string, unknown>;
  return { op: 'update', id: key, label, props, unset, ...expectedVersion(expected, at('expectedVersion')) };
}

const LinkSchema = z
  .object({
    type: RelType,
    from: Id,
    to: Id,
    role: z.unknown().optional(),
    count: z.unknown().optional(),
    year: z.unknown().optional(),
    source: z.unknown().optional(),
    sourceNote: z.unknown().optional(),
  })
  .strict();

export function linkChange(input: Record<string, unknown>, prefix: (string | number)[] = ['input']): Change & { op: 'link' } {
  const { type, from, to, ...rest } = parseInput(LinkSchema, defined(input), prefix);
  const propSchema = RELATIONSHIPS[type].props;
  const allowed = new Set(Object.keys(propSchema.shape));
  const stray: FieldProblem[] = Object.keys(rest).filter((k) => !allowed.has(k))
    .map((k) => ({ path: [...prefix, k], message: 'is not used by this relationship type', messageSv: svOf('is not used by this relationship type') }));
  if (stray.length) throw badInput(`Invalid input: ${stray.map((f) => `${f.path.join('.')} is not used by ${type}`).join('; ')}`, stray);
  const props = parseInput(propSchema, rest, prefix) as EdgeProps;
  return { op: 'link', type, from, to, props };
}

const UnlinkSchema = z.object({ type: RelType, from: Id, to: Id, year: z.number().int().optional() }).strict();

export function unlinkChange(input: Record<string, unknown>, prefix: (string | number)[] = ['input']): Change & { op: 'unlink' } {
  const u = parseInput(UnlinkSchema, defined(input), prefix);
  return { op: 'unlink', type: u.type, from: u.from, to: u.to, ...(u.year === undefined ? {} : { year: u.year }) };
}

export function deleteChange(label: NodeLabel | undefined, id: unknown, path: (string | number)[] = ['id'], expected?: unknown, expectedPath: (string | number)[] = ['expectedVersion']): Change & { op: 'delete' } {
  return { op: 'delete', id: parseInput(Id, id, path), ...(label ? { label } : {}), ...expectedVersion(expected, expectedPath) };
}

const CREATE_FIELDS = Object.fromEntries(NodeLabel.options.map((l) => [`create${l}`, l])) as Record<string, NodeLabel>;
const UPDATE_FIELDS = Object.fromEntries(NodeLabel.options.map((l) => [`update${l}`, l])) as Record<string, NodeLabel>;

/** `applyChanges` input: a list of one-field objects. */
export function changesFromInput(list: Array<Record<string, unknown>>): Change[] {
  return list.map((item, i) => {
    const set = Object.entries(item).filter(([, v]) => v !== undefined && v !== null);
    if (set.length !== 1) {
      throw badInput(`Change ${i} must set exactly one field (it sets ${set.length})`, [
        { path: ['changes', i], message: 'set exactly one change', messageSv: svOf('set exactly one change') },
      ]);
    }
    const [field, value] = set[0]!;
    const at = ['changes', i, field];
    if (CREATE_FIELDS[field]) return createChange(CREATE_FIELDS[field], value as Record<string, unknown>, at);
    if (UPDATE_FIELDS[field]) {
      const v = value as { id: unknown; patch: Record<string, unknown>; expectedVersion?: unknown };
      return updateChange(UPDATE_FIELDS[field], v.id, v.patch, [...at, 'patch'], v.expectedVersion);
    }
    if (field === 'delete') return deleteChange(undefined, value, at);
    if (field === 'deleteExpected') {
      const v = value as { id: unknown; expectedVersion: unknown };
      return deleteChange(undefined, v.id, [...at, 'id'], v.expectedVersion, [...at, 'expectedVersion']);
    }
    if (field === 'link') return linkChange(value as Record<string, unknown>, at);
    return unlinkChange(value as Record<string, unknown>, at);
  });
}

export const DateTimeArg = z.iso.datetime({ offset: true, message: 'must be a date-time as ISO 8601' });

export function parseDateTime(value: unknown, path: (string | number)[]): string {
  return parseInput(DateTimeArg, value, path);
}

