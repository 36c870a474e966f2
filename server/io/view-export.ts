// Spreadsheets of what a person has on screen: the elements selected on the
// map, or the filtered view, sent by the page as their ids (POST
// /api/export/view). Unlike the whole-graph export (export.ts, the import
// template's sheets), these are for reading: one sheet of elements, one of
// participations with roles, one of the other relationships among them, and
// the coverage matrix when the coverage tab is shown; headers and values in
// the page's language.
//
// CSV is for Swedish Excel: semicolon-separated (Excel in a Swedish locale
// splits on the list separator, `;`), UTF-8 with a byte-order mark (so å, ä, ö
// read right), CR LF line ends, and a decimal comma in numbers with decimals.
// Every text cell is protected against formula injection as in export.ts.
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { IsoDate, type GraphEdge, type GraphNode } from '../../schema/domain.ts';
import { CoverageColumns } from '../../schema/enums.ts';
import { EN_WORDS, SV_WORDS } from '../../schema/vocabulary.ts';
import type { CoverageMatrix } from '../analysis/index.ts';
import type { GraphStore } from '../store/port.ts';
import { csvCellText, xlsxCellText } from './export.ts';

/** At most this many ids in one request (a national map's elements, with room). */
export const MAX_VIEW_IDS = 50_000;

export const VIEW_SHEETS = ['elements', 'participations', 'relationships', 'coverage'] as const;
export type ViewSheet = (typeof VIEW_SHEETS)[number];

export const ViewExportInput = z.object({
  format: z.enum(['xlsx', 'csv']),
  /** The elements on screen: the selection, or what the filtered view shows. */
  ids: z.array(z.string().min(1).max(200)).max(MAX_VIEW_IDS),
  lang: z.enum(['sv', 'en']).default('sv'),
  /** CSV holds one sheet: the elements unless another is named. */
  sheet: z.enum(VIEW_SHEETS).default('elements'),
  /** The coverage tab as shown (its columns, date, and the rows the map's area filter leaves): adds the coverage sheet. */
  coverage: z.object({ columns: CoverageColumns, asOf: IsoDate.optional(), areas: z.array(z.string().min(1).max(200)).max(1000).optional() }).strict().optional(),
}).strict();
export type ViewExportInput = z.infer<typeof ViewExportInput>;
export type ViewLang = ViewExportInput['lang'];

type Cell = string | number | boolean | null;
export interface ViewTable {
  sheet: ViewSheet;
  /** The sheet's name in the workbook. */
  title: string;
  headers: string[];
  rows: Cell[][];
}

const TEXT = {
  sv: {
    titles: { elements: 'Element', participations: 'Deltagande', relationships: 'Relationer', coverage: 'Täckning' },
    elements: ['Id', 'Typ', 'Namn', 'Sort', 'Huvudman', 'Status', 'Systemnivå', 'Mandat', 'Mötesfrekvens', 'Allvarlighet', 'Planerad start', 'Startdatum', 'Slutdatum', 'Beskrivning', 'Källa'],
    participations: ['Forum-id', 'Forum', 'Aktör-id', 'Aktör', 'Huvudman', 'Roll', 'Källa'],
    relationships: ['Relation', 'Från-id', 'Från', 'Till-id', 'Till', 'Antal', 'År', 'Källa'],
    area: 'Kommun',
  },
  en: {
    titles: { elements: 'Elements', participations: 'Participations', relationships: 'Relationships', coverage: 'Coverage' },
    elements: ['Id', 'Type', 'Name', 'Kind', 'Principal', 'Status', 'System level', 'Mandate', 'Meeting frequency', 'Severity', 'Planned start', 'Start date', 'End date', 'Description', 'Source'],
    participations: ['Forum id', 'Forum', 'Actor id', 'Actor', 'Principal', 'Role', 'Source'],
    relationships: ['Relationship', 'From id', 'From', 'To id', 'To', 'Count', 'Year', 'Source'],
    area: 'Municipality',
  },
} as const;

/**
 * An enum value as the sheet shows it: the word in the sheet's language
 * (schema/vocabulary.ts: the Swedish one, or the English one), the code only
 * for a value the vocabulary lacks.
 */
function word(lang: ViewLang, table: keyof typeof SV_WORDS, code: string | undefined | null): string | null {
  if (!code) return null;
  return ((lang === 'sv' ? SV_WORDS : EN_WORDS)[table] as Record<string, string>)[code] ?? code;
}

const KIND_TABLE: Record<GraphNode['label'], keyof typeof SV_WORDS> = {
  Actor: 'ActorKind', CareLevel: 'CareLevelKind', Forum: 'ForumKind', TargetGroup: 'NodeLabel', Initiative: 'InitiativeKind', Gap: 'GapKind',
};

const byName = (a: GraphNode, b: GraphNode) => a.name.localeCompare(b.name, 'sv') || (a.id < b.id ? -1 : 1);

/** The sheets for the elements with these ids (unknown ids are left out), and the coverage matrix when given (only the rows of `areas` when named). */
export async function viewTables(store: GraphStore, ids: readonly string[], lang: ViewLang, coverage?: CoverageMatrix | null, areas?: readonly string[]): Promise<ViewTable[]> {
  const tx = TEXT[lang];
  const unique = [...new Set(ids)];
  const { nodes, edges } = unique.length ? await store.subgraph({ ids: unique }) : { nodes: [], edges: [] };
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const elements: Cell[][] = [...nodes].sort(byName).map((n) => {
    const r = n as unknown as Record<string, string | undefined>;
    return [
      n.id, word(lang, 'NodeLabel', n.label), n.name,
      n.label === 'TargetGroup' ? null : word(lang, KIND_TABLE[n.label], r.kind),
      word(lang, 'Principal', r.principal),
      word(lang, n.label === 'Gap' ? 'GapStatus' : 'Status', r.status),
      word(lang, 'SystemLevel', r.systemLevel), word(lang, 'Mandate', r.mandate), word(lang, 'MeetingFrequency', r.meetingFrequency),
      word(lang, 'Severity', r.severity),
      r.plannedStart ?? null, r.startDate ?? null, r.endDate ?? null, r.description ?? null, n.source ?? null,
    ];
  });

  // a participation belongs to the view when its forum or its actor does: a selected forum's members are part of it
  const related = unique.length ? await store.related(unique, { types: ['PARTICIPATES_IN'], direction: 'both' }) : [];
  const parts = new Map<string, GraphEdge>();
  for (const r of related) parts.set(r.edge.id, r.edge);
  const others = new Map(related.map((r) => [r.node.id, r.node]));
  const named = (id: string) => byId.get(id) ?? others.get(id);
  const participations: Cell[][] = [...parts.values()]
    .map((e) => ({ e, actor: named(e.from), forum: named(e.to) }))
    .sort((a, b) => (a.forum?.name ?? '').localeCompare(b.forum?.name ?? '', 'sv') || (a.actor?.name ?? '').localeCompare(b.actor?.name ?? '', 'sv') || (a.e.id < b.e.id ? -1 : 1))
    .map(({ e, actor, forum }) => [
      e.to, forum?.name ?? null, e.from, actor?.name ?? null,
      word(lang, 'Principal', (actor as { principal?: string } | undefined)?.principal), word(lang, 'ParticipationRole', e.role), e.source,
    ]);

  const relationships: Cell[][] = edges
    .filter((e) => e.type !== 'PARTICIPATES_IN')
    .map((e) => [word(lang, 'RelType', e.type), e.from, byId.get(e.from)?.name ?? null, e.to, byId.get(e.to)?.name ?? null, e.count ?? null, e.year ?? null, e.source]);

  const tables: ViewTable[] = [
    { sheet: 'elements', title: tx.titles.elements, headers: [...tx.elements], rows: elements },
    { sheet: 'participations', title: tx.titles.participations, headers: [...tx.participations], rows: participations },
    { sheet: 'relationships', title: tx.titles.relationships, headers: [...tx.relationships], rows: relationships },
  ];
  if (coverage) {
    const shown = areas ? new Set(areas) : null;
    const rows = coverage.rows.filter((r) => !shown || shown.has(r.areaId));
    const names = new Map((await store.getNodes(rows.map((r) => r.areaId))).filter((n): n is GraphNode => !!n).map((n) => [n.id, n.name]));
    tables.push({
      sheet: 'coverage',
      title: `${tx.titles.coverage} ${coverage.asOf}`,
      headers: [tx.area, ...coverage.columns.map((c) => c.label[lang])],
      rows: rows.map((r) => [names.get(r.areaId) ?? r.areaId, ...r.cells.map((c) => c.text[lang])]),
    });
  }
  return tables;
}

// ---- CSV ------------------------------------------------------------------------

/** A number as Swedish Excel reads it: a decimal comma, no thousands separator. */
export const csvNumber = (n: number): string => (Number.isInteger(n) ? String(n) : String(n).replace('.', ','));

/** One sheet as CSV for Swedish Excel: BOM, `;` between fields, CR LF, decimal comma, text protected. */
export function viewCsv(table: ViewTable): string {
  const field = (v: Cell) => (v === null ? '' : typeof v === 'string' ? csvCellText(v) : typeof v === 'number' ? csvNumber(v) : String(v));
  const records = [table.headers.map(field), ...table.rows.map((r) => r.map(field))];
  return `\uFEFF${stringify(records, { delimiter: ';', record_delimiter: '\r\n', quote_record_delimiter: true })}`;
}

// ---- XLSX -----------------------------------------------------------------------

/** The sheets as one workbook, streamed to `out`: a bold, frozen header row each, text protected, numbers as numbers. */
export async function viewXlsx(out: Writable, tables: readonly ViewTable[], at = new Date()): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  wb.creator = 'Samverkanskartan';
  wb.created = at;
  for (const t of tables) {
    const ws = wb.addWorksheet(t.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.headers.map((h, i) => ({ header: xlsxCellText(h), key: String(i), width: Math.min(50, Math.max(12, h.length + 2, ...t.rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 2))) }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.commit();
    for (const r of t.rows) ws.addRow(r.map((v) => (typeof v === 'string' ? xlsxCellText(v) : v))).commit();
    ws.commit();
  }
  await wb.commit();
}
