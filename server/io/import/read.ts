// Pass 1 of an import: the files' sheets read row by row into the rows of
// elements and relationships they describe, each cell read as its column
// says; a problem with a header or a cell goes in the report.
import type { GraphNode, NodeLabel } from '../../../schema/domain.ts';
import { decodeOoxmlValue, primitive, readCell, type CellValue, type ProblemCode } from '../cells.ts';
import type { ImportLimits } from '../limits.ts';
import { sheetsOf, type OpenedFile, type SheetIn } from '../sources.ts';
import { columnLetter, matchColumn, matchSheet, type Column, type SheetDef } from '../template.ts';
import { Problems, type ImportReport, type ReportProblem } from './report.ts';

export interface SheetCtx {
  name: string;
  file: string;
  def: SheetDef;
  /** Column key → where it is. */
  at: Map<string, { index: number; letter: string; col: Column }>;
}

export interface NodeRow {
  ctx: SheetCtx;
  row: number;
  label: NodeLabel;
  values: Record<string, CellValue>;
  /** Keys whose cell already has a problem (not judged again). */
  bad: Set<string> | null;
  id?: string;
  existing?: GraphNode | null;
  failed?: boolean;
}

export interface EdgeRow {
  ctx: SheetCtx;
  row: number;
  values: Record<string, CellValue>;
  bad: Set<string> | null;
}

const isEmptyCell = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const isEmptyRow = (values: readonly unknown[]) => values.every(isEmptyCell);

export function at(ctx: SheetCtx | null, row: number | null, key: string | null, code: ProblemCode, text: { message: string; messageSv: string }): ReportProblem {
  const pos = ctx && key ? ctx.at.get(key) : undefined;
  const col = pos?.col ?? (ctx && key ? ctx.def.columns.find((c) => c.key === key) : undefined);
  return {
    sheet: ctx?.name ?? null,
    file: ctx?.file ?? null,
    row,
    column: pos?.letter ?? null,
    header: col?.header ?? null,
    code,
    message: text.message,
    messageSv: text.messageSv,
  };
}

/** The sheets of the files, a workbook's texts as it means them (its `_xHHHH_` escapes decoded). */
export async function* readSheets(opened: readonly OpenedFile[], limits: ImportLimits, onBytes: (n: number) => void): AsyncGenerator<SheetIn> {
  for (const o of opened) {
    for await (const sheet of sheetsOf([o], limits, onBytes)) {
      if (o.kind !== 'xlsx') {
        yield sheet;
        continue;
      }
      const rows = sheet.rows;
      yield {
        ...sheet,
        rows: (async function* () {
          for await (const r of rows) yield { ...r, values: r.values.map(decodeOoxmlValue) };
        })(),
      };
    }
  }
}

export interface Collected {
  nodes: NodeRow[];
  edges: EdgeRow[];
  sheets: ImportReport['sheets'];
  rows: number;
}

export class TooManyRows extends Error {}

export async function collect(sheets: AsyncIterable<SheetIn>, limits: ImportLimits, problems: Problems, tick: (sheet: string, rows: number, seen: number) => void): Promise<Collected> {
  const out: Collected = { nodes: [], edges: [], sheets: [], rows: 0 };
  const countRow = () => {
    out.rows += 1;
    if (out.rows > limits.maxRows) throw new TooManyRows();
  };
  let seenKnown = 0;
  /** Every row read, empty or not, for progress. */
  let seen = 0;
  for await (const sheet of sheets) {
    const def = matchSheet(sheet.name);
    const summary = { name: sheet.name, file: sheet.file, sheet: def && def !== 'info' ? def.key : null, rows: 0 };
    out.sheets.push(summary);
    if (def === 'info') {
      for await (const _ of sheet.rows) seen += 1;
      continue;
    }
    if (!def) {
      let reported = false;
      for await (const r of sheet.rows) {
        seen += 1;
        if (isEmptyRow(r.values)) continue;
        countRow();
        if (!reported) {
          reported = true;
          problems.add({
            sheet: sheet.name, file: sheet.file, row: null, column: null, header: null, code: 'UNKNOWN_SHEET',
            message: `"${sheet.name}" is not a sheet of the template; rename it to one of: Aktörer - Actors, Vårdnivåer - CareLevels, Forum - Forums, Målgrupper - TargetGroups, Initiativ - Initiatives, Mellanrum - Gaps, Deltagande - Participation, Skattningar - Estimates, Relationer - Links`,
            messageSv: `"${sheet.name}" är inget blad i mallen; byt namn till något av: Aktörer - Actors, Vårdnivåer - CareLevels, Forum - Forums, Målgrupper - TargetGroups, Initiativ - Initiatives, Mellanrum - Gaps, Deltagande - Participation, Skattningar - Estimates, Relationer - Links`,
          });
        }
      }
      continue;
    }
    seenKnown += 1;
    const ctx: SheetCtx = { name: sheet.name, file: sheet.file, def, at: new Map() };
    let header: number | null = null;
    let skip = false;
    /** Columns already reported (a bad header, or values under none): said once. */
    const orphanReported = new Set<number>();
    for await (const r of sheet.rows) {
      seen += 1;
      if (isEmptyRow(r.values)) continue;
      if (header === null) {
        header = r.number;
        skip = !readHeader(ctx, r.number, r.values, problems, orphanReported);
        continue;
      }
      countRow();
      summary.rows += 1;
      if (summary.rows % 500 === 0) tick(sheet.name, out.rows, seen);
      if (skip) continue;
      readRow(ctx, r.number, r.values, limits, problems, orphanReported, out);
    }
    tick(sheet.name, out.rows, seen);
  }
  if (!seenKnown && problems.count === 0) {
    problems.add({
      sheet: null, file: null, row: null, column: null, header: null, code: 'NO_SHEETS',
      message: 'The file has none of the template\'s sheets (Aktörer - Actors, Forum - Forums, …); download the template from /api/template.xlsx',
      messageSv: 'Filen har inget av mallens blad (Aktörer - Actors, Forum - Forums, …); hämta mallen från /api/template.xlsx',
    });
  }
  return out;
}

/** Maps the header row onto the sheet's columns; false when the sheet cannot be read (a key column is missing). */
function readHeader(ctx: SheetCtx, row: number, values: readonly unknown[], problems: Problems, reported: Set<number>): boolean {
  values.forEach((raw, i) => {
    const letter = columnLetter(i + 1);
    const p = primitive(raw);
    const text = 'value' in p && p.value !== null ? String(p.value instanceof Date ? p.value.toISOString() : p.value).trim() : '';
    if (!text) return;
    const col = matchColumn(ctx.def, text);
    if (!col) {
      reported.add(i);
      problems.add({
        sheet: ctx.name, file: ctx.file, row, column: letter, header: text, code: 'UNKNOWN_COLUMN',
        message: `"${text}" is not a column of this sheet; its columns are: ${ctx.def.columns.map((c) => c.header).join(', ')}`,
        messageSv: `"${text}" är ingen kolumn i det här bladet; dess kolumner är: ${ctx.def.columns.map((c) => c.header).join(', ')}`,
      });
      return;
    }
    const prior = ctx.at.get(col.key);
    if (prior) {
      reported.add(i);
      problems.add({
        sheet: ctx.name, file: ctx.file, row, column: letter, header: col.header, code: 'DUPLICATE_COLUMN',
        message: `The column "${col.header}" appears twice (also in column ${prior.letter})`,
        messageSv: `Kolumnen "${col.header}" finns två gånger (även i kolumn ${prior.letter})`,
      });
      return;
    }
    ctx.at.set(col.key, { index: i, letter, col });
  });
  // the key columns: without them no row can be placed
  const keys = ctx.def.kind === 'node' ? ['name'] : ctx.def.key === 'links' ? ['type', 'from', 'to'] : ['from', 'to'];
  let ok = true;
  for (const key of keys) {
    if (ctx.at.has(key)) continue;
    ok = false;
    const col = ctx.def.columns.find((c) => c.key === key)!;
    problems.add({
      sheet: ctx.name, file: ctx.file, row, column: null, header: col.header, code: 'MISSING_COLUMN',
      message: `The sheet has no "${col.header}" column (the header must be in the first row); its rows were not read`,
      messageSv: `Bladet saknar kolumnen "${col.header}" (rubriken ska stå på första raden); dess rader lästes inte`,
    });
  }
  return ok;
}

/** The indexes of a sheet's known columns, worked out once per sheet (its header is read before its rows). */
const knownOf = new WeakMap<SheetCtx, Set<number>>();
function knownColumns(ctx: SheetCtx): Set<number> {
  let known = knownOf.get(ctx);
  if (!known) knownOf.set(ctx, (known = new Set([...ctx.at.values()].map((p) => p.index))));
  return known;
}

function readRow(ctx: SheetCtx, row: number, values: readonly unknown[], limits: ImportLimits, problems: Problems, orphanReported: Set<number>, out: Collected): void {
  const read: Record<string, CellValue> = {};
  let bad: Set<string> | null = null;
  for (const [key, pos] of ctx.at) {
    const r = readCell(values[pos.index], pos.col, limits.maxCellChars);
    if ('problem' in r) {
      problems.add(at(ctx, row, key, r.problem.code, r.problem));
      (bad ??= new Set()).add(key);
    } else if (r.value !== undefined) {
      read[key] = r.value;
    }
  }
  // a value under no (known) header would be lost silently: say so, once per column
  const known = knownColumns(ctx);
  values.forEach((v, i) => {
    if (known.has(i) || isEmptyCell(v) || orphanReported.has(i)) return;
    orphanReported.add(i);
    const letter = columnLetter(i + 1);
    problems.add({
      sheet: ctx.name, file: ctx.file, row, column: letter, header: null, code: 'VALUE_WITHOUT_HEADER',
      message: `Column ${letter} holds values but has no known header; they would be lost (first in this row)`,
      messageSv: `Kolumn ${letter} har värden men ingen känd rubrik; de skulle gå förlorade (först på den här raden)`,
    });
  });
  if (ctx.def.kind === 'node') out.nodes.push({ ctx, row, label: ctx.def.label!, values: read, bad });
  else out.edges.push({ ctx, row, values: read, bad });
}
