// Exports of the whole graph: the XLSX template filled in (so that an export
// imports back into an empty store as the same graph), CSV (a zip of one file
// per sheet, or one sheet), JSON in a versioned format, GraphML and GEXF.
// Every text cell of a spreadsheet or CSV is first made what the file can
// carry, then protected against formula injection (so nothing changes the text
// after the check); the importer strips exactly that protection.
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import yazl from 'yazl';
import { EDGE_PROPERTY_KEYS, NODE_PROPERTY_KEYS, type GraphEdge, type GraphNode } from '../../schema/domain.ts';
import type { Doc, GraphStore, Subgraph } from '../store/port.ts';
import { encodeOoxmlText, protectCell, type CellValue } from './cells.ts';
import { writeGraphml } from './graphml.ts';
import { ENUM_SV, INFO_SHEETS, SHEETS, enumTable, columnLetter, sheetOfLabel, sheetOfType, type SheetDef } from './template.ts';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat | 'zip', string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  zip: 'application/zip',
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
};

/**
 * Document namespaces a JSON export carries beside the graph: map layouts,
 * saved views, dismissed findings. Never accounts or tokens (`auth.*`).
 */
export const EXPORT_DOC_NAMESPACES = ['map-layout', 'map-view', 'dismissals'] as const;
/** Where the map keeps node positions; GEXF and GraphML carry them as x/y. */
const LAYOUT = { ns: 'map-layout', key: 'main' } as const;

// ---- rows per sheet -----------------------------------------------------------

type Cell = CellValue | null;

const byName = (a: GraphNode, b: GraphNode) => a.name.localeCompare(b.name, 'sv') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byEdge = (a: GraphEdge, b: GraphEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The graph as the template's sheets: one row per element or relationship, cells in column order. */
export function sheetRows(graph: Subgraph): Map<SheetDef, Cell[][]> {
  const out = new Map<SheetDef, Cell[][]>(SHEETS.map((s) => [s, []]));
  for (const n of [...graph.nodes].sort(byName)) {
    const sheet = sheetOfLabel(n.label);
    const rec = n as unknown as Record<string, unknown>;
    out.get(sheet)!.push(sheet.columns.map((c) => cellOf(rec[c.key])));
  }
  for (const e of [...graph.edges].sort(byEdge)) {
    const sheet = sheetOfType(e.type);
    const rec = e as unknown as Record<string, unknown>;
    out.get(sheet)!.push(sheet.columns.map((c) => cellOf(rec[c.key])));
  }
  return out;
}

function cellOf(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

// ---- the text a file carries ----------------------------------------------------

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as an XLSX cell holds it, protected: what XML cannot carry (and DEL,
 * which exceljs drops) becomes U+FFFD, line ends become LF (as every XML
 * reader turns them), then the protection is decided on that text. Last, a
 * literal `_xHHHH_` is escaped as `_x005F_xHHHH_`: readers (Excel, exceljs)
 * decode `_xHHHH_` to the character U+HHHH, so unescaped `_x003D_` would
 * read as `=` after the check.
 */
export function xlsxCellText(text: string): string {
  const carried = xmlSafe(text).replace(/\u007F/g, '\uFFFD').replace(/\r\n?/g, '\n');
  return encodeOoxmlText(protectCell(carried));
}

/** A text as a CSV field holds it, protected: UTF-8 cannot encode a lone surrogate, so it becomes U+FFFD first. */
export function csvCellText(text: string): string {
  return protectCell(text.replace(LONE_SURROGATE, '\uFFFD'));
}

/** A cell as a spreadsheet should receive it: text protected, numbers and yes/no as they are. */
const safe = (v: Cell): Cell => (typeof v === 'string' ? xlsxCellText(v) : v);

// ---- XLSX ---------------------------------------------------------------------------

/** Rows past the data that still get the drop-down lists of allowed values. */
const VALIDATION_ROOM = 1000;

const WIDTH: Record<string, number> = { id: 34, name: 40, description: 50, sourceNote: 30, evidence: 40, definition: 40, from: 34, to: 34, type: 20 };

/**
 * Writes the template to `out`, filled with `graph` when given (else only the
 * headers): instructions, one sheet per element and relationship type, the
 * allowed values. Streams through exceljs's WorkbookWriter.
 */
export async function writeXlsx(out: Writable, graph: Subgraph | null, opts: { exportedAt?: string } = {}): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  wb.creator = 'Samverkanskartan';
  wb.created = opts.exportedAt ? new Date(opts.exportedAt) : new Date();
  const rows = graph ? sheetRows(graph) : null;

  writeInstructions(wb);

  // where each enum's codes sit on the values sheet, for the drop-down lists
  const table = enumTable();
  const valuesRange = new Map<string, string>();
  table.forEach((t, i) => {
    const row = i + 2;
    const prev = valuesRange.get(t.enumName);
    const first = prev ? prev.split(':')[0] : `$B$${row}`;
    valuesRange.set(t.enumName, `${first}:$B$${row}`);
  });

  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: WIDTH[c.key] ?? Math.max(14, c.header.length + 2),
      // text columns stay text as people type (a code like 0180 keeps its zero, a date is not converted)
      style: c.kind === 'int' || c.kind === 'boolean' ? {} : { numFmt: '@' },
    }));
    const data = rows?.get(sheet) ?? [];
    // the drop-down lists reach a little past the data: a whole-column range makes some readers (exceljs among them) expand a million cells
    const lastRow = data.length + 1 + VALIDATION_ROOM;
    const header = ws.getRow(1);
    header.font = { bold: true };
    sheet.columns.forEach((c, i) => {
      header.getCell(i + 1).note = `${c.helpSv}\n\n${c.helpEn}${c.required ? '\n\nObligatorisk / Required' : ''}`;
      if (c.enumName && valuesRange.has(c.enumName)) {
        const letter = columnLetter(i + 1);
        (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
          type: 'list', allowBlank: true, showErrorMessage: false,
          formulae: [`'${INFO_SHEETS.values.name}'!${valuesRange.get(c.enumName)}`],
        });
      }
    });
    header.commit();
    for (const r of data) ws.addRow(r.map(safe)).commit();
    ws.commit();
  }

  const values = wb.addWorksheet(INFO_SHEETS.values.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  values.columns = [
    { header: 'Lista / List', key: 'enumName', width: 22 },
    { header: 'Kod / Code', key: 'code', width: 28 },
    { header: 'Svenska / Swedish', key: 'sv', width: 32 },
  ];
  values.getRow(1).font = { bold: true };
  values.getRow(1).commit();
  for (const t of table) values.addRow([t.enumName, t.code, t.sv]).commit();
  values.commit();

  await wb.commit();
}

function writeInstructions(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = wb.addWorksheet(INFO_SHEETS.instructions.name);
  ws.columns = [
    { key: 'a', width: 28 }, { key: 'b', width: 30 }, { key: 'c', width: 14 }, { key: 'd', width: 60 }, { key: 'e', width: 60 },
  ];
  const line = (cells: string[], bold = false) => {
    const row = ws.addRow(cells.map((c) => xlsxCellText(c)));
    if (bold) row.font = { bold: true };
    row.commit();
  };
  line(['Samverkanskartan – importmall / import template'], true);
  line([]);
  line(['Svenska', 'Fyll i ett blad per slags element och relation. Rubrikerna ska stå på första raden. Tomma blad kan tas bort. En rad med id uppdaterar elementet med det id:t; utan id matchas raden på namnet, annars skapas ett nytt element. En tom cell tömmer egenskapen; en kolumn som saknas lämnar den orörd. Relationer (deltagande, skattningar, övriga) pekar ut sina ändar med id eller namn. Formler importeras inte. Text som börjar med = + - @ (även efter blanksteg eller osynliga tecken) lagras som text; i exporten får sådan text en inledande apostrof, som importen tar bort. Importen sker helt eller inte alls; en provkörning visar alla fel utan att skriva något.']);
  line(['English', 'Fill in one sheet per kind of element and relationship. Headers go in the first row. Empty sheets may be deleted. A row with an id updates the element with that id; without an id the row is matched by its name, else a new element is created. An empty cell clears the property; a missing column leaves it as it is. Relationships (participation, estimates, the others) name their ends by id or name. Formulas are not imported. Text starting with = + - @ (also after blanks or invisible characters) is stored as text; exports give such text a leading apostrophe, which the import removes. An import applies everything or nothing; a dry run lists every problem and writes nothing.']);
  line([]);
  line(['Blad / Sheet', 'Kolumn / Column', 'Obligatorisk / Required', 'Svenska', 'English'], true);
  for (const sheet of SHEETS) {
    for (const c of sheet.columns) {
      const values = c.values ? ` (${c.values.map((v) => (c.enumName && ENUM_SV[c.enumName]?.[v] ? `${v} = ${ENUM_SV[c.enumName]![v]}` : v)).join(', ')})` : '';
      line([sheet.name, c.header, c.required ? 'ja / yes' : '', `${c.helpSv}${values}`, `${c.helpEn}${c.values ? ` (${c.values.join(', ')})` : ''}`]);
    }
  }
  ws.commit();
}

// ---- CSV ------------------------------------------------------------------------------

export const CSV_DELIMITERS = { comma: ',', semicolon: ';', tab: '\t' } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

/**
 * One sheet as CSV text: UTF-8 with a byte-order mark (so Excel reads å, ä,
 * ö), header first, every text cell protected, numbers and yes/no as they
 * are. csv-stringify quotes every field that needs it: one holding the
 * delimiter, a quote, or any line break (CR LF, LF or CR; with a record
 * delimiter given it would otherwise quote only CR LF, and a reader that ends
 * rows at LF would start a new row inside the field).
 */
export function sheetCsv(sheet: SheetDef, rows: Cell[][], delimiter: CsvDelimiter = 'comma'): string {
  const field = (v: Cell) => (v === null ? '' : typeof v === 'string' ? csvCellText(v) : String(v));
  const records = [sheet.columns.map((c) => c.header), ...rows.map((r) => r.map(field))];
  return `\uFEFF${stringify(records, { delimiter: CSV_DELIMITERS[delimiter], record_delimiter: '\r\n', quote_record_delimiter: true })}`;
}

/** A zip with one CSV file per sheet. */
export async function writeCsvZip(out: Writable, graph: Subgraph, delimiter: CsvDelimiter = 'comma', mtime = new Date()): Promise<void> {
  const zip = new yazl.ZipFile();
  zip.outputStream.pipe(out);
  for (const [sheet, rows] of sheetRows(graph)) zip.addBuffer(Buffer.from(sheetCsv(sheet, rows, delimiter), 'utf8'), sheet.file, { mtime });
  zip.end();
  await finished(out);
}

// ---- JSON --------------------------------------------------------------------------

export interface JsonExport {
  format: 'samverkanskartan';
  version: 1;
  exportedAt: string;
  /** The store version the export was read at. */
  storeVersion: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Documents beside the graph, by namespace (layouts, saved views, dismissals). */
  docs: Record<string, Doc[]>;
}

export async function jsonExport(store: GraphStore, graph: Subgraph, exportedAt: string, storeVersion: number): Promise<JsonExport> {
  const docs: Record<string, Doc[]> = {};
  for (const ns of EXPORT_DOC_NAMESPACES) docs[ns] = await store.listDocs(ns);
  return {
    format: 'samverkanskartan', version: 1, exportedAt, storeVersion,
    nodes: [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: [...graph.edges].sort(byEdge),
    docs,
  };
}

// ---- GraphML and GEXF ---------------------------------------------------------------

/** XML 1.0 cannot carry most control characters or lone surrogates; they become U+FFFD. */
export const xmlSafe = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const NODE_ATTRS = NODE_PROPERTY_KEYS.filter((k) => k !== 'id' && k !== 'nameKey');
const EDGE_ATTRS = EDGE_PROPERTY_KEYS.filter((k) => k !== 'id');

/** The graph for graph tools: nodes carry `label` (the name), `nodeType` and every property; edges `label` and `relType` (the type) and theirs. */
export function toGraphology(graph: Subgraph, positions: Record<string, [number, number]> = {}): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const n of graph.nodes) {
    const rec = n as unknown as Record<string, unknown>;
    const attrs: Record<string, unknown> = { label: xmlSafe(n.name), nodeType: n.label };
    for (const k of NODE_ATTRS) if (rec[k] !== undefined && rec[k] !== null) attrs[k] = typeof rec[k] === 'string' ? xmlSafe(rec[k] as string) : rec[k];
    const pos = positions[n.id];
    if (pos && Number.isFinite(pos[0]) && Number.isFinite(pos[1])) [attrs.x, attrs.y] = pos;
    g.addNode(n.id, attrs);
  }
  for (const e of graph.edges) {
    const rec = e as unknown as Record<string, unknown>;
    const attrs: Record<string, unknown> = { label: e.type, relType: e.type };
    for (const k of EDGE_ATTRS) if (rec[k] !== undefined && rec[k] !== null) attrs[k] = typeof rec[k] === 'string' ? xmlSafe(rec[k] as string) : rec[k];
    g.addDirectedEdgeWithKey(e.id, e.from, e.to, attrs);
  }
  return g;
}

export function gexfExport(g: MultiDirectedGraph, exportedAt: string): string {
  g.setAttribute('creator', 'Samverkanskartan');
  g.setAttribute('description', `Samverkanskartan, exported ${exportedAt}`);
  g.setAttribute('lastModifiedDate', exportedAt.slice(0, 10));
  return writeGexf(g, {
    version: '1.3',
    formatNode: (_key, a) => {
      const { label, x, y, ...attributes } = a;
      return { label: label as string, attributes, ...(typeof x === 'number' && typeof y === 'number' ? { viz: { x, y } } : {}) };
    },
    formatEdge: (_key, a) => {
      const { label, ...attributes } = a;
      return { label: label as string, attributes };
    },
  });
}

async function layoutPositions(store: GraphStore): Promise<Record<string, [number, number]>> {
  const doc = await store.getDoc(LAYOUT.ns, LAYOUT.key);
  const positions = (doc?.value as { positions?: unknown } | null)?.positions;
  return positions && typeof positions === 'object' ? (positions as Record<string, [number, number]>) : {};
}

// ---- one entry point --------------------------------------------------------------

export interface ExportOptions {
  format: ExportFormat;
  /** For CSV: one sheet only (any of its names), instead of a zip of all. */
  sheet?: SheetDef;
  delimiter?: CsvDelimiter;
  /** When; now by default. */
  at?: string;
}

export interface ExportResult {
  contentType: string;
  /** A file name for Content-Disposition and the CLI. */
  fileName: string;
  /** The body: text, or a stream (XLSX, zip) that ends when written. */
  body: string | PassThrough;
  /** Settles when a streamed body has been written (rejects if writing failed). */
  done: Promise<void>;
}

/** Reads the whole graph once and renders it in the chosen format. */
export async function exportGraph(store: GraphStore, opts: ExportOptions): Promise<ExportResult> {
  const at = opts.at ?? new Date().toISOString();
  const stamp = at.slice(0, 10);
  const version = await store.version();
  const graph = await store.subgraph({});
  const name = (ext: string) => `samverkanskartan-${stamp}.${ext}`;
  switch (opts.format) {
    case 'json':
      return { contentType: CONTENT_TYPES.json, fileName: name('json'), body: `${JSON.stringify(await jsonExport(store, graph, at, version), null, 2)}\n`, done: Promise.resolve() };
    case 'graphml':
      return { contentType: CONTENT_TYPES.graphml, fileName: name('graphml'), body: writeGraphml(toGraphology(graph, await layoutPositions(store)), { description: `Samverkanskartan, exported ${at}` }), done: Promise.resolve() };
    case 'gexf':
      return { contentType: CONTENT_TYPES.gexf, fileName: name('gexf'), body: gexfExport(toGraphology(graph, await layoutPositions(store)), at), done: Promise.resolve() };
    case 'csv': {
      if (opts.sheet) {
        return { contentType: CONTENT_TYPES.csv, fileName: `samverkanskartan-${stamp}-${opts.sheet.file}`, body: sheetCsv(opts.sheet, sheetRows(graph).get(opts.sheet)!, opts.delimiter), done: Promise.resolve() };
      }
      const body = new PassThrough();
      const done = writeCsvZip(body, graph, opts.delimiter, new Date(at));
      return { contentType: CONTENT_TYPES.zip, fileName: name('csv.zip'), body, done };
    }
    case 'xlsx': {
      const body = new PassThrough();
      const done = writeXlsx(body, graph, { exportedAt: at }).then(() => finished(body));
      return { contentType: CONTENT_TYPES.xlsx, fileName: name('xlsx'), body, done };
    }
  }
}

/** The empty template, as a stream. */
export function templateXlsx(): { body: PassThrough; done: Promise<void> } {
  const body = new PassThrough();
  const done = writeXlsx(body, null).then(() => finished(body));
  return { body, done };
}
