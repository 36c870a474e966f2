// The import's report: what it read, what it found wrong (by sheet, row and
// column, in English and Swedish), what it wrote; and its progress.
import type { ProblemCode } from '../cells.ts';
import type { FileKind } from '../container.ts';
import type { ImportLimits } from '../limits.ts';
import type { SheetKey } from '../template.ts';

export interface ReportProblem {
  /** The sheet (or CSV file) name as it is in the file; null for a problem with a whole file. */
  sheet: string | null;
  file: string | null;
  /** The row number a spreadsheet shows; null for a whole sheet or file. */
  row: number | null;
  /** The column letter (A, B, …); null for a whole row. */
  column: string | null;
  /** The template's header of that column: "Namn / Name". */
  header: string | null;
  code: ProblemCode;
  message: string;
  messageSv: string;
}

export type ImportPhase = 'check' | 'read' | 'resolve' | 'write' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  /** Data rows read so far. */
  rows: number;
  /** Bytes read so far, of `totalBytes`. */
  bytes: number;
  totalBytes: number;
  /** How far reading has come, 0–1: by rows for a workbook (counted when its zip was checked), by bytes for CSV. */
  fraction: number;
  sheet?: string;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  /** True when the store was written (it then holds every row; else none). */
  applied: boolean;
  message: string;
  messageSv: string;
  files: Array<{ name: string; kind: FileKind | null }>;
  sheets: Array<{ name: string; file: string; sheet: SheetKey | null; rows: number }>;
  /** Data rows read. */
  rows: number;
  /** Elements and relationships the file describes. */
  elements: { nodes: number; edges: number };
  /** What the write created or changed (a second import of the same file changes nothing). */
  changed: { nodes: number; edges: number } | null;
  /** The store version after the import (or as it stands, for a dry run or a refusal). */
  version: number;
  problems: ReportProblem[];
  /** All problems found, also those past `maxProblems` that the list leaves out. */
  problemCount: number;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Who the changes are attributed to; `import` by default. */
  by?: string;
  limits?: Partial<ImportLimits>;
  onProgress?: (p: ImportProgress) => void;
}

/** The problems found, the first `max` of them listed, all of them counted. */
export class Problems {
  readonly list: ReportProblem[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  add(p: ReportProblem): void {
    this.count += 1;
    if (this.list.length < this.max) this.list.push(p);
  }
}


/** The report's one-line summary, in English and Swedish. */
export function summaryText(report: Omit<ImportReport, 'message' | 'messageSv'>): { message: string; messageSv: string } {
  const { rows, problemCount: n } = report;
  if (n) {
    return {
      message: `${n} problem${n === 1 ? '' : 's'} found in ${rows} rows; nothing was imported`,
      messageSv: `${n} problem hittades på ${rows} rader; inget importerades`,
    };
  }
  const e = report.elements;
  if (report.dryRun) {
    return {
      message: `Dry run: ${rows} rows are valid (${e.nodes} elements, ${e.edges} relationships); nothing was written`,
      messageSv: `Provkörning: ${rows} rader är giltiga (${e.nodes} element, ${e.edges} relationer); inget skrevs`,
    };
  }
  const c = report.changed!;
  return {
    message: `Imported ${rows} rows (${e.nodes} elements, ${e.edges} relationships): ${c.nodes} elements and ${c.edges} relationships created or changed`,
    messageSv: `Importerade ${rows} rader (${e.nodes} element, ${e.edges} relationer): ${c.nodes} element och ${c.edges} relationer skapade eller ändrade`,
  };
}

