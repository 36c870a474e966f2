// The workbook template, derived from the domain schema: one sheet per node
// label, one for participation, one for population estimates and one for every
// other relationship type. Columns come from `nodeProps` and the relationship
// props schemas, so a property added to the schema gets a column by itself;
// test/io/template.test.ts proves each has one, with a Swedish header.
import { SV_WORDS } from '../../schema/vocabulary.ts';
import { z } from 'zod';
import {
  NodeLabel, RELATIONSHIPS, RelType, nodeProps, sdlEnums,
} from '../../schema/domain.ts';

export type ColumnKind = 'id' | 'ref' | 'relType' | 'string' | 'enum' | 'boolean' | 'int' | 'date';

export interface Column {
  /** The property (or `id`, `type`, `from`, `to`). */
  key: string;
  sv: string;
  en: string;
  /** What the template shows: "Namn / Name". */
  header: string;
  kind: ColumnKind;
  /** A row without a value here is refused. */
  required: boolean;
  /** Allowed codes, for enum columns. */
  values?: readonly string[];
  /** The zod enum's name in `sdlEnums`, for enum columns (labels, the values sheet). */
  enumName?: string;
  /** For `ref` columns: the labels the reference may point at (the whole set, before the row's type narrows it). */
  refLabels?: readonly NodeLabel[];
  helpSv: string;
  helpEn: string;
}

export type SheetKey =
  | 'actors' | 'careLevels' | 'forums' | 'targetGroups' | 'initiatives' | 'gaps'
  | 'participation' | 'estimates' | 'links';

export interface SheetDef {
  key: SheetKey;
  sv: string;
  en: string;
  /** The sheet's name in the workbook (at most 31 characters, no `/`). */
  name: string;
  /** The CSV file name in an export bundle. */
  file: string;
  /** Other names accepted on import (compared without case, accents, spaces or punctuation). */
  aliases: readonly string[];
  kind: 'node' | 'edge';
  label?: NodeLabel;
  /** Relationship types this sheet carries. */
  types?: readonly RelType[];
  columns: Column[];
}

// ---- words -----------------------------------------------------------------

/** Header and help text for every property the schema may have. A key missing here gets a fallback header and fails the template test. */
export const PROPERTY_TEXT: Record<string, { sv: string; en: string; helpSv: string; helpEn: string }> = {
  id: { sv: 'Id', en: 'Id', helpSv: 'Stabil nyckel (gemener, siffror, . _ : -). Tom: skapas från namnet, eller hittas via namnet om elementet redan finns.', helpEn: 'Stable key (lower-case letters, digits, . _ : -). Empty: made from the name, or found by the name when the element exists.' },
  name: { sv: 'Namn', en: 'Name', helpSv: 'Unikt inom bladet (skiftläge och mellanslag räknas inte).', helpEn: 'Unique within the sheet (case and spacing do not count).' },
  description: { sv: 'Beskrivning', en: 'Description', helpSv: 'Fri text.', helpEn: 'Free text.' },
  source: { sv: 'Källa', en: 'Source', helpSv: 'Källdokumentets id, "illustrative" eller fri text. Tom: illustrative.', helpEn: 'The source document id, "illustrative" or free text. Empty: illustrative.' },
  sourceNote: { sv: 'Källhänvisning', en: 'Source note', helpSv: 'Var i källan: sida, bild, citat.', helpEn: 'Where in the source: a page, a slide, a quotation.' },
  kind: { sv: 'Typ', en: 'Kind', helpSv: 'Ett av värdena på bladet Värden.', helpEn: 'One of the values on the Values sheet.' },
  principal: { sv: 'Huvudman', en: 'Principal', helpSv: 'Vem som har det yttersta ansvaret.', helpEn: 'Who is ultimately responsible.' },
  shortName: { sv: 'Kortnamn', en: 'Short name', helpSv: 'Förkortning, t.ex. HSN.', helpEn: 'Abbreviation, e.g. HSN.' },
  code: { sv: 'Kod', en: 'Code', helpSv: 'Officiell kod, t.ex. kommunkod 2480.', helpEn: 'Official code, e.g. municipality code 2480.' },
  systemLevel: { sv: 'Systemnivå', en: 'System level', helpSv: 'Makro, meso eller mikro.', helpEn: 'Macro, meso or micro.' },
  status: { sv: 'Status', en: 'Status', helpSv: 'Ett av värdena på bladet Värden.', helpEn: 'One of the values on the Values sheet.' },
  mandate: { sv: 'Mandat', en: 'Mandate', helpSv: 'Vad forumet får göra.', helpEn: 'What the forum may do.' },
  meetingFrequency: { sv: 'Mötesfrekvens', en: 'Meeting frequency', helpSv: 'Hur ofta forumet möts.', helpEn: 'How often the forum meets.' },
  crossesBoundary: { sv: 'Gränsöverskridande', en: 'Crosses boundary', helpSv: 'Ja om forumet ska samla båda sidor om gränsen region–kommun. Tom: ja.', helpEn: 'Yes when the forum is meant to bring both sides of the region–municipality boundary together. Empty: yes.' },
  topLevel: { sv: 'Toppnivå', en: 'Top level', helpSv: 'Ja om forumet med avsikt inte rapporterar till något annat. Tom: nej.', helpEn: 'Yes when the forum by design reports to no other. Empty: no.' },
  plannedStart: { sv: 'Planerad start', en: 'Planned start', helpSv: 'Datum ÅÅÅÅ-MM-DD.', helpEn: 'Date as YYYY-MM-DD.' },
  startDate: { sv: 'Startdatum', en: 'Start date', helpSv: 'Datum ÅÅÅÅ-MM-DD.', helpEn: 'Date as YYYY-MM-DD.' },
  endDate: { sv: 'Slutdatum', en: 'End date', helpSv: 'Datum ÅÅÅÅ-MM-DD, inte före startdatum.', helpEn: 'Date as YYYY-MM-DD, not before the start date.' },
  definition: { sv: 'Avgränsning', en: 'Definition', helpSv: 'Hur gruppen avgränsas, t.ex. "ca 5 % av personer 65+".', helpEn: 'How the group is delimited, e.g. "about 5 % of people 65+".' },
  severity: { sv: 'Allvarlighetsgrad', en: 'Severity', helpSv: 'Låg, medel, hög eller kritisk.', helpEn: 'Low, medium, high or critical.' },
  evidence: { sv: 'Belägg', en: 'Evidence', helpSv: 'Vad som visar att mellanrummet finns.', helpEn: 'What shows the gap exists.' },
  ruleId: { sv: 'Regel', en: 'Rule id', helpSv: 'Analysregeln, när mellanrummet kommer från ett fynd.', helpEn: 'The analysis rule, when the gap was promoted from a finding.' },
  findingKey: { sv: 'Fyndnyckel', en: 'Finding key', helpSv: 'Fyndets nyckel, när mellanrummet kommer från ett fynd.', helpEn: "The finding's key, when the gap was promoted from a finding." },
  role: { sv: 'Roll', en: 'Role', helpSv: 'Tom: ledamot.', helpEn: 'Empty: member.' },
  count: { sv: 'Antal', en: 'Count', helpSv: 'Antal personer (heltal).', helpEn: 'Number of people (whole number).' },
  year: { sv: 'År', en: 'Year', helpSv: 'Året skattningen gäller.', helpEn: 'The year the estimate is for.' },
};

/** Swedish words for every enum value (the page's own): shown on the Values sheet, accepted on import beside the codes. */
export const ENUM_SV: Record<string, Record<string, string>> = SV_WORDS;

// ---- schema introspection ----------------------------------------------------

interface FieldInfo {
  kind: 'string' | 'enum' | 'boolean' | 'int' | 'date';
  required: boolean;
  values?: readonly string[];
}

/** What a zod field is, seen through `optional` and `default`. */
export function fieldInfo(schema: z.ZodType): FieldInfo {
  let s = schema as z.ZodType & { def: { type: string; innerType?: z.ZodType } };
  let required = true;
  while (s.def.type === 'optional' || s.def.type === 'default') {
    required = false;
    s = s.def.innerType as typeof s;
  }
  switch (s.def.type) {
    case 'enum':
      return { kind: 'enum', required, values: (s as unknown as z.ZodEnum).options as string[] };
    case 'boolean':
      return { kind: 'boolean', required };
    case 'number':
      return { kind: 'int', required };
    case 'string':
      return { kind: (s as unknown as z.ZodString).format === 'date' ? 'date' : 'string', required };
    default:
      throw new Error(`The template cannot hold a ${s.def.type} property`);
  }
}

const enumNameOf = (values: readonly string[] | undefined): string | undefined =>
  values && Object.entries(sdlEnums).find(([, e]) => e.options.length === values.length && e.options.every((v, i) => v === values[i]))?.[0];

function column(key: string, kind: ColumnKind | undefined, schema: z.ZodType | null, overrides: Partial<Column> = {}): Column {
  const text = PROPERTY_TEXT[key] ?? { sv: key, en: key, helpSv: '', helpEn: '' };
  const info = schema ? fieldInfo(schema) : null;
  const sv = overrides.sv ?? text.sv;
  const en = overrides.en ?? text.en;
  const values = overrides.values ?? info?.values;
  const col: Column = {
    key,
    sv,
    en,
    header: `${sv} / ${en}`,
    kind: kind ?? info!.kind,
    required: overrides.required ?? info?.required ?? false,
    helpSv: overrides.helpSv ?? text.helpSv,
    helpEn: overrides.helpEn ?? text.helpEn,
  };
  if (values) {
    col.values = values;
    const enumName = overrides.enumName ?? enumNameOf(values);
    if (enumName) col.enumName = enumName;
  }
  if (overrides.refLabels) col.refLabels = overrides.refLabels;
  return col;
}

/** Properties every label has; they go last, after the label's own. */
const COMMON_TAIL = ['description', 'source', 'sourceNote'];

function nodeColumns(label: NodeLabel): Column[] {
  const shape = nodeProps[label].shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const ordered = ['name', ...keys.filter((k) => k !== 'name' && !COMMON_TAIL.includes(k)), ...COMMON_TAIL.filter((k) => k in shape)];
  return [column('id', 'id', null), ...ordered.map((k) => column(k, undefined, shape[k]!))];
}

function edgePropColumns(types: readonly RelType[], first: readonly string[] = []): Column[] {
  const shapes = types.map((t) => RELATIONSHIPS[t].props.shape as Record<string, z.ZodType>);
  const keys = [...new Set(shapes.flatMap((s) => Object.keys(s)))];
  const ordered = [...first.filter((k) => keys.includes(k)), ...keys.filter((k) => !first.includes(k))];
  // a key is required in the sheet when every type that has it requires it
  return ordered.map((k) => {
    const owners = shapes.filter((s) => k in s);
    const required = owners.every((s) => fieldInfo(s[k]!).required);
    return column(k, undefined, owners[0]![k]!, { required });
  });
}

const labelsOf = (types: readonly RelType[], end: 'from' | 'to') => [...new Set(types.flatMap((t) => RELATIONSHIPS[t][end]))];

const ref = (key: 'from' | 'to', types: readonly RelType[], sv: string, en: string, helpSv: string, helpEn: string) =>
  column(key, 'ref', null, { sv, en, required: true, refLabels: labelsOf(types, key), helpSv, helpEn });

/** The relationship types with a sheet of their own; all others go on the links sheet. */
export const OWN_SHEET_TYPES: readonly RelType[] = ['PARTICIPATES_IN', 'ESTIMATE'];
export const LINK_TYPES: readonly RelType[] = RelType.options.filter((t) => !OWN_SHEET_TYPES.includes(t));

const REF_HELP_SV = 'Id eller namn; det som finns i filen först, sedan det som redan finns i kartan.';
const REF_HELP_EN = 'Id or name; what the file holds first, then what the map already holds.';

function nodeSheet(key: SheetKey, label: NodeLabel, sv: string, en: string, file: string, aliases: string[] = []): SheetDef {
  return { key, sv, en, name: `${sv} - ${en}`, file, aliases: [sv, en, ...aliases], kind: 'node', label, columns: nodeColumns(label) };
}

export const SHEETS: readonly SheetDef[] = [
  nodeSheet('actors', 'Actor', 'Aktörer', 'Actors', 'actors.csv', ['Aktör', 'Actor']),
  nodeSheet('careLevels', 'CareLevel', 'Vårdnivåer', 'CareLevels', 'care-levels.csv', ['Vårdnivå', 'CareLevel', 'Care levels']),
  nodeSheet('forums', 'Forum', 'Forum', 'Forums', 'forums.csv'),
  nodeSheet('targetGroups', 'TargetGroup', 'Målgrupper', 'TargetGroups', 'target-groups.csv', ['Målgrupp', 'TargetGroup', 'Target groups']),
  nodeSheet('initiatives', 'Initiative', 'Initiativ', 'Initiatives', 'initiatives.csv', ['Initiative']),
  nodeSheet('gaps', 'Gap', 'Mellanrum', 'Gaps', 'gaps.csv', ['Gap']),
  {
    key: 'participation', sv: 'Deltagande', en: 'Participation', name: 'Deltagande - Participation', file: 'participation.csv',
    aliases: ['Deltagande', 'Participation', 'Participations'], kind: 'edge', types: ['PARTICIPATES_IN'],
    columns: [
      ref('from', ['PARTICIPATES_IN'], 'Aktör', 'Actor', `Aktören som deltar. ${REF_HELP_SV}`, `The actor taking part. ${REF_HELP_EN}`),
      ref('to', ['PARTICIPATES_IN'], 'Forum', 'Forum', `Forumet. ${REF_HELP_SV}`, `The forum. ${REF_HELP_EN}`),
      ...edgePropColumns(['PARTICIPATES_IN'], ['role']),
    ],
  },
  {
    // Excel limits sheet names to 31 characters: "Befolkningsskattningar - Estimates" does not fit.
    key: 'estimates', sv: 'Skattningar', en: 'Estimates', name: 'Skattningar - Estimates', file: 'estimates.csv',
    aliases: ['Skattningar', 'Estimates', 'Befolkningsskattningar', 'Befolkningsskattningar - Estimates', 'Population estimates'],
    kind: 'edge', types: ['ESTIMATE'],
    columns: [
      ref('from', ['ESTIMATE'], 'Målgrupp', 'Target group', `Målgruppen. ${REF_HELP_SV}`, `The target group. ${REF_HELP_EN}`),
      ref('to', ['ESTIMATE'], 'Område', 'Area', `Kommunen eller länsdelen (en aktör). ${REF_HELP_SV}`, `The municipality or county part (an actor). ${REF_HELP_EN}`),
      ...edgePropColumns(['ESTIMATE'], ['year', 'count']),
    ],
  },
  {
    key: 'links', sv: 'Relationer', en: 'Links', name: 'Relationer - Links', file: 'links.csv',
    aliases: ['Relationer', 'Links', 'Relationships', 'Relations'], kind: 'edge', types: LINK_TYPES,
    columns: [
      column('type', 'relType', null, { sv: 'Relation', en: 'Relationship', required: true, values: LINK_TYPES, enumName: 'RelType', helpSv: 'Relationstypen; se bladet Värden.', helpEn: 'The relationship type; see the Values sheet.' }),
      ref('from', LINK_TYPES, 'Från', 'From', REF_HELP_SV, REF_HELP_EN),
      ref('to', LINK_TYPES, 'Till', 'To', REF_HELP_SV, REF_HELP_EN),
      ...edgePropColumns(LINK_TYPES),
    ],
  },
];

/** Sheets the template carries for people; an import skips them. */
export const INFO_SHEETS = {
  instructions: { name: 'Anvisningar - Instructions', aliases: ['Anvisningar', 'Instructions', 'Anvisningar - Instructions'] },
  values: { name: 'Värden - Values', aliases: ['Värden', 'Values', 'Värden - Values'] },
} as const;

export const sheetOfType = (type: RelType): SheetDef => SHEETS.find((s) => s.types?.includes(type))!;
export const sheetOfLabel = (label: NodeLabel): SheetDef => SHEETS.find((s) => s.label === label)!;

// ---- matching names on import ----------------------------------------------

/** How names of sheets, files and headers are compared: no case, accents, spaces or punctuation. */
export const looseKey = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

const sheetIndex = new Map<string, SheetDef>();
for (const sheet of SHEETS) for (const n of [sheet.name, sheet.key, sheet.file.replace(/\.csv$/, ''), ...sheet.aliases]) sheetIndex.set(looseKey(n), sheet);
const infoIndex = new Set(Object.values(INFO_SHEETS).flatMap((s) => [s.name, ...s.aliases]).map(looseKey));

/** The sheet a workbook sheet or CSV file name means; `info` for the template's own help sheets. */
export function matchSheet(name: string): SheetDef | 'info' | null {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
  const k = looseKey(base);
  if (infoIndex.has(k)) return 'info';
  return sheetIndex.get(k) ?? null;
}

/** Every header a column answers to: the template's, the Swedish, the English, the property key. */
export function headerAliases(col: Column): string[] {
  return [...new Set([col.header, col.sv, col.en, col.key, `${col.sv}/${col.en}`].map(looseKey))];
}

/** The column a header names in a sheet, or null. */
export function matchColumn(sheet: SheetDef, header: string): Column | null {
  const k = looseKey(header);
  if (!k) return null;
  return sheet.columns.find((c) => headerAliases(c).includes(k)) ?? null;
}

/** Column letters as a spreadsheet shows them: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The workbook's enum values and their Swedish words, for the Values sheet. */
export function enumTable(): Array<{ enumName: string; code: string; sv: string }> {
  const names = new Set<string>();
  for (const s of SHEETS) for (const c of s.columns) if (c.enumName) names.add(c.enumName);
  return [...names].flatMap((n) => (sdlEnums[n as keyof typeof sdlEnums].options as readonly string[]).map((code) => ({ enumName: n, code, sv: ENUM_SV[n]?.[code] ?? code })));
}

export { NodeLabel };
