// The edit forms as data: which fields each element type has (the SDL's
// `<Label>Input`; test/web/forms.test.ts holds the two together), and the
// pure steps from what a person typed to a create input or a patch.
import type { MapNode, NodeLabel, RelType } from './graph/types.ts';
import type { Props } from './graph/undo.ts';

export type FieldType = 'text' | 'textarea' | 'enum' | 'date' | 'bool';

export interface FieldDef {
  name: string;
  type: FieldType;
  /** The GraphQL enum a select offers. */
  enum?: string;
  required?: boolean;
}

const provenance: FieldDef[] = [
  { name: 'description', type: 'textarea' },
  { name: 'source', type: 'text' },
  { name: 'sourceNote', type: 'textarea' },
];

export const FORM_FIELDS: Record<NodeLabel, FieldDef[]> = {
  Forum: [
    { name: 'name', type: 'text', required: true },
    { name: 'kind', type: 'enum', enum: 'ForumKind', required: true },
    { name: 'systemLevel', type: 'enum', enum: 'SystemLevel', required: true },
    { name: 'status', type: 'enum', enum: 'Status', required: true },
    { name: 'mandate', type: 'enum', enum: 'Mandate' },
    { name: 'meetingFrequency', type: 'enum', enum: 'MeetingFrequency' },
    { name: 'crossesBoundary', type: 'bool' },
    { name: 'topLevel', type: 'bool' },
    { name: 'plannedStart', type: 'date' },
    { name: 'startDate', type: 'date' },
    { name: 'endDate', type: 'date' },
    ...provenance,
  ],
  Actor: [
    { name: 'name', type: 'text', required: true },
    { name: 'kind', type: 'enum', enum: 'ActorKind', required: true },
    { name: 'principal', type: 'enum', enum: 'Principal', required: true },
    { name: 'shortName', type: 'text' },
    { name: 'code', type: 'text' },
    ...provenance,
  ],
  Gap: [
    { name: 'name', type: 'text', required: true },
    { name: 'kind', type: 'enum', enum: 'GapKind', required: true },
    { name: 'severity', type: 'enum', enum: 'Severity', required: true },
    { name: 'status', type: 'enum', enum: 'GapStatus' },
    { name: 'evidence', type: 'textarea' },
    ...provenance,
  ],
  Initiative: [
    { name: 'name', type: 'text', required: true },
    { name: 'kind', type: 'enum', enum: 'InitiativeKind', required: true },
    { name: 'status', type: 'enum', enum: 'Status', required: true },
    { name: 'startDate', type: 'date' },
    { name: 'endDate', type: 'date' },
    ...provenance,
  ],
  CareLevel: [
    { name: 'name', type: 'text', required: true },
    { name: 'kind', type: 'enum', enum: 'CareLevelKind', required: true },
    { name: 'principal', type: 'enum', enum: 'Principal', required: true },
    ...provenance,
  ],
  TargetGroup: [
    { name: 'name', type: 'text', required: true },
    { name: 'definition', type: 'textarea' },
    ...provenance,
  ],
};

/** Form values: strings from inputs and selects, booleans from checkboxes. */
export type FormValues = Record<string, string | boolean | null | undefined>;

const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A create input: every field that has a value (the server fills defaults and says what is missing). */
export function createInput(label: NodeLabel, values: FormValues): Props {
  const out: Props = {};
  for (const f of FORM_FIELDS[label]) {
    const v = values[f.name];
    if (f.type === 'bool') {
      if (v !== undefined && v !== null) out[f.name] = !!v;
    } else if (!empty(v)) out[f.name] = typeof v === 'string' && f.type !== 'textarea' ? v.trim() : v;
    // a required field left empty is sent as empty text so the server names it at its field
    else if (f.required && f.type === 'text') out[f.name] = '';
  }
  return out;
}

/** A patch: only the fields that changed; an optional field emptied is removed (null). */
export function patchFrom(label: NodeLabel, before: Props, values: FormValues): Props {
  const patch: Props = {};
  for (const f of FORM_FIELDS[label]) {
    if (!(f.name in values)) continue;
    const v = values[f.name];
    const was = before[f.name];
    if (f.type === 'bool') {
      if (!!v !== !!was) patch[f.name] = !!v;
      continue;
    }
    const now = empty(v) ? null : typeof v === 'string' && f.type !== 'textarea' ? v.trim() : v;
    const prev = empty(was) ? null : was;
    if (now === prev) continue;
    // a required field emptied is sent as it is, so the server can say why it cannot be
    patch[f.name] = now === null && f.required ? '' : now;
  }
  return patch;
}

/** What an edit form starts with for an element: each field's value, empty ('' or false) when it has none. */
export function formValues(label: NodeLabel, node: Record<string, unknown>): FormValues {
  return Object.fromEntries(FORM_FIELDS[label].map((f) => [f.name, (node[f.name] as string | boolean | null | undefined) ?? (f.type === 'bool' ? false : '')]));
}

/** The writable properties of a node as the details query returned it (what an undo restores). */
export function writableProps(label: NodeLabel, node: Record<string, unknown>): Props {
  return Object.fromEntries(FORM_FIELDS[label].map((f) => [f.name, node[f.name] ?? null]));
}

/** The id the server would make from a name (`gap-dokumentation-saknas`), so changes in one request can refer to it. */
export function idFromName(label: NodeLabel, name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
  return `${label.toLowerCase()}-${slug || 'x'}`;
}

/** The relationships a person edits from an element's panel. `in`: the other element is the relationship's start. */
export interface LinkEditor {
  key: string;
  rel: RelType;
  direction: 'out' | 'in';
  /** Which elements may be at the other end. */
  others: NodeLabel[];
  /** Actor kinds allowed at the other end (areas are regions, county parts and municipalities). */
  kinds?: string[];
  /** PARTICIPATES_IN carries a role. */
  role?: boolean;
}

const AREA_KINDS = ['REGION', 'COUNTY_PART', 'MUNICIPALITY'];

export const LINK_EDITORS: Partial<Record<NodeLabel, LinkEditor[]>> = {
  Forum: [
    { key: 'participants', rel: 'PARTICIPATES_IN', direction: 'in', others: ['Actor'], role: true },
    { key: 'careLevels', rel: 'SPANS', direction: 'out', others: ['CareLevel'] },
    { key: 'targetGroups', rel: 'SERVES', direction: 'out', others: ['TargetGroup'] },
    { key: 'areas', rel: 'COVERS', direction: 'out', others: ['Actor'], kinds: AREA_KINDS },
    { key: 'reportsTo', rel: 'REPORTS_TO', direction: 'out', others: ['Forum'] },
    { key: 'addresses', rel: 'ADDRESSES', direction: 'out', others: ['Gap'] },
  ],
  Initiative: [
    { key: 'careLevels', rel: 'SPANS', direction: 'out', others: ['CareLevel'] },
    { key: 'targetGroups', rel: 'SERVES', direction: 'out', others: ['TargetGroup'] },
    { key: 'areas', rel: 'COVERS', direction: 'out', others: ['Actor'], kinds: AREA_KINDS },
    { key: 'addresses', rel: 'ADDRESSES', direction: 'out', others: ['Gap'] },
  ],
  Gap: [
    { key: 'between', rel: 'BETWEEN', direction: 'out', others: ['Actor', 'CareLevel'] },
    { key: 'affects', rel: 'AFFECTS', direction: 'out', others: ['TargetGroup'] },
    // the forums and initiatives that address the gap
    { key: 'addressedBy', rel: 'ADDRESSES', direction: 'in', others: ['Forum', 'Initiative'] },
  ],
  Actor: [
    { key: 'partOf', rel: 'PART_OF', direction: 'out', others: ['Actor'] },
  ],
};

/** Lower case without diacritics: "Umeå" is found by "umea". */
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The elements an editor may link to that match the query, best first: names
 * that start with it, then a word that does, then any that hold it; within
 * each the closest (shortest) name first ("Lyck" → Lycksele kommun before
 * Lycksele hälsocentral), then by name. Pure (exported for the unit test).
 */
export function matches(nodes: readonly MapNode[], ed: LinkEditor, query: string, exclude: ReadonlySet<string>, max = 8): MapNode[] {
  const q = fold(query.trim());
  if (!q) return [];
  const rank = (n: MapNode) => {
    const name = fold(n.name);
    if (name.startsWith(q)) return 0;
    if (name.split(/[\s\-–(]+/).some((w) => w.startsWith(q))) return 1;
    return name.includes(q) ? 2 : -1;
  };
  return nodes
    .filter((n) => ed.others.includes(n.label) && !exclude.has(n.id) && (!ed.kinds || (n.kind && ed.kinds.includes(n.kind))))
    .map((n) => ({ n, r: rank(n) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.n.name.length - b.n.name.length || a.n.name.localeCompare(b.n.name, 'sv'))
    .slice(0, max)
    .map((x) => x.n);
}
