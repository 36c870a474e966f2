// Stores, files and comparisons the import/export tests share.
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { GraphEdge, GraphNode } from '../../schema/domain.ts';
import { exportGraph, type ExportFormat } from '../../server/io/export.ts';
import { importFiles, type ImportOptions, type ImportReport } from '../../server/io/import.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { fixture } from '../store/fixture.ts';
import { freshStore } from '../store/test-store.ts';

export interface TempStore {
  store: GraphStore;
  dir: string;
  close(): Promise<void>;
}

/** A fresh embedded store in its own folder; `fixture` loads the contract fixture. */
export async function tempStore(data?: 'fixture' | ((s: GraphStore) => Promise<unknown>)): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-io-'));
  const store = await freshStore(join(dir, 'test.db'));
  if (data === 'fixture') await store.apply(fixture('').changes, { by: 'fixture' });
  else if (data) await data(store);
  return {
    store,
    dir,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const META = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy']);
const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([k, v]) => !META.has(k) && v !== undefined));

/** The graph element by element, without provenance, in a stable order. */
export async function plainGraph(store: GraphStore): Promise<{ nodes: Array<Partial<GraphNode>>; edges: Array<Partial<GraphEdge>> }> {
  const g = await store.subgraph({});
  return {
    nodes: g.nodes.map(strip).sort((a, b) => String(a.id).localeCompare(String(b.id))),
    edges: g.edges.map(strip).sort((a, b) => String(a.id).localeCompare(String(b.id))),
  };
}

/** Everything a refused import must leave as it was: the graph with provenance, and the version. */
export async function storeState(store: GraphStore) {
  const g = await store.subgraph({});
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { version: await store.version(), nodes: [...g.nodes].sort(byId), edges: [...g.edges].sort(byId) };
}

/** Writes an export of the store to a file in `dir`; returns its path. */
export async function exportToFile(store: GraphStore, format: ExportFormat, dir: string, name?: string): Promise<string> {
  const r = await exportGraph(store, { format });
  const path = join(dir, name ?? r.fileName);
  if (typeof r.body === 'string') {
    writeFileSync(path, r.body);
  } else {
    const out = createWriteStream(path);
    r.body.pipe(out);
    await Promise.all([r.done, finished(out)]);
  }
  return path;
}

/**
 * Exports the store to each named file (by format), then imports each file into
 * an empty store: the graph the source had, and what each import gave. The
 * source is read off first, since on Neo4j an empty store is the same database
 * emptied (the source store is gone afterwards there; its folder stays).
 */
export async function reimport(source: TempStore, files: Partial<Record<ExportFormat, string>>) {
  const paths: Array<[ExportFormat, string]> = [];
  for (const [format, name] of Object.entries(files) as Array<[ExportFormat, string]>) paths.push([format, await exportToFile(source.store, format, source.dir, name)]);
  const want = await plainGraph(source.store);
  const results = [];
  for (const [format, file] of paths) {
    const target = await tempStore();
    try {
      const report = await importPaths(target.store, [file]);
      results.push({ format, file, report, got: await plainGraph(target.store) });
    } finally {
      await target.close();
    }
  }
  return { want, results };
}

export function writeText(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A workbook built cell by cell (not through our writer), for hand-made and hostile files. */
export async function writeWorkbook(path: string, sheets: Record<string, unknown[][]>, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  }
  edit?.(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function importPaths(store: GraphStore, paths: string[], opts: Partial<ImportOptions> = {}): Promise<ImportReport> {
  return importFiles(store, paths.map((p) => ({ path: p, name: p.replace(/^.*[\\/]/, '') })), { dryRun: false, ...opts });
}

/** The problems of a report as compact lines, for readable assertions. */
export const problemLines = (r: ImportReport) => r.problems.map((p) => `${p.sheet ?? '-'}!${p.column ?? '-'}${p.row ?? '-'} ${p.code}`);
