// Import: files → sheets → rows → one validated Batch → one bulkUpsert.
// Everything is checked before anything is written; a dry run stops there.
// The report names every problem by sheet, row and column, in English and
// Swedish. Rows are matched by a stable key (the id, or the name when the id
// is empty), so importing the same file twice leaves the same graph. The
// passes live in import/: read.ts (files to rows), resolve.ts (rows matched
// and validated into a Batch), report.ts (the report and its progress).
import type { Batch } from '../../schema/domain.ts';
import { isDomainError } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';
import type { CellProblem } from './cells.ts';
import { FileError } from './container.ts';
import { withDefaults } from './limits.ts';
import { openFiles, type FileIn } from './sources.ts';
import { collect, readSheets, TooManyRows } from './import/read.ts';
import { Problems, summaryText, type ImportOptions, type ImportPhase, type ImportReport } from './import/report.ts';
import { resolveEdges, resolveNodes } from './import/resolve.ts';

export type { ImportOptions, ImportPhase, ImportProgress, ImportReport, ReportProblem } from './import/report.ts';

export const IMPORT_USER = 'import';

/**
 * Imports files (an XLSX workbook, CSV files, a zip of CSV files) into the
 * store: all of it in one bulkUpsert, or none of it. Never throws for a bad
 * file: the report says what is wrong. Throws only when the store fails.
 */
export async function importFiles(store: GraphStore, files: readonly FileIn[], opts: ImportOptions): Promise<ImportReport> {
  const limits = withDefaults(opts.limits);
  const problems = new Problems(limits.maxProblems);
  const progress = { phase: 'check' as ImportPhase, rows: 0, bytes: 0, totalBytes: 0, fraction: 0 };
  let totalRows = 0;
  const emit = (sheet?: string) => opts.onProgress?.({ ...progress, ...(sheet ? { sheet } : {}) });
  const report: Omit<ImportReport, 'message' | 'messageSv'> = {
    ok: false, dryRun: opts.dryRun, applied: false, files: files.map((f) => ({ name: f.name, kind: null })), sheets: [], rows: 0,
    elements: { nodes: 0, edges: 0 }, changed: null, version: 0, problems: problems.list, problemCount: 0,
  };
  let batch: Batch | null = null;
  try {
    emit();
    const opened = await openFiles(files, limits);
    opened.forEach((o, i) => (report.files[i]!.kind = o.kind));
    progress.totalBytes = opened.reduce((n, o) => n + o.bytes, 0);
    // a workbook's bytes are all read long before its rows (exceljs parks worksheets in temporary files): count rows there
    totalRows = opened.every((o) => o.kind === 'xlsx') ? opened.reduce((n, o) => n + (o.rows ?? 0), 0) : 0;
    progress.phase = 'read';
    emit();
    let last = 0;
    const onBytes = (n: number) => {
      progress.bytes += n;
    };
    const collected = await collect(readSheets(opened, limits, onBytes), limits, problems, (sheet, rows, seen) => {
      progress.rows = rows;
      progress.fraction = Math.min(1, totalRows ? seen / totalRows : progress.totalBytes ? progress.bytes / progress.totalBytes : 0);
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        emit(sheet);
      }
    });
    report.rows = collected.rows;
    report.sheets = collected.sheets;
    progress.rows = collected.rows;
    progress.fraction = 1;
    progress.phase = 'resolve';
    emit();
    const nodes = await resolveNodes(store, collected.nodes, problems);
    const edges = await resolveEdges(store, collected.edges, collected.nodes, problems);
    batch = { nodes, edges };
    report.elements = { nodes: collected.nodes.length, edges: collected.edges.length };
  } catch (e) {
    if (e instanceof FileError) {
      problems.add({ sheet: null, file: null, row: null, column: null, header: null, code: e.code, message: e.message, messageSv: e.messageSv });
    } else if (e instanceof TooManyRows) {
      problems.add({
        sheet: null, file: null, row: null, column: null, header: null, code: 'TOO_MANY_ROWS',
        message: `The file has more than ${limits.maxRows} rows; split it, or raise the limit (IMPORT_MAX_ROWS)`,
        messageSv: `Filen har fler än ${limits.maxRows} rader; dela upp den, eller höj gränsen (IMPORT_MAX_ROWS)`,
      });
    } else {
      throw e;
    }
  }
  report.problemCount = problems.count;
  if (batch && problems.count === 0 && !opts.dryRun) {
    progress.phase = 'write';
    emit();
    try {
      const r = await store.bulkUpsert(batch, { by: opts.by ?? IMPORT_USER });
      report.applied = true;
      report.changed = { nodes: r.nodes, edges: r.edges };
    } catch (e) {
      // what the data itself breaks becomes a problem in the report; anything else (a refused identity, a store down) is thrown
      if (!isDomainError(e) || !['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND'].includes(e.code)) throw e;
      problems.add({
        sheet: null, file: null, row: null, column: null, header: null, code: 'STORE_REJECTED',
        message: `The store refused the import, so nothing was written: ${e.message}`,
        messageSv: `Databasen avvisade importen, så inget skrevs: ${e.message}`,
      });
      report.problemCount = problems.count;
    }
  }
  report.version = await store.version();
  report.ok = report.problemCount === 0;
  progress.phase = 'done';
  emit();
  return { ...report, ...summaryText(report) } as ImportReport;
}

export type { FileIn };
export type { CellProblem };
