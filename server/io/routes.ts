// REST routes for files: the import template, import (multipart upload,
// dry run or real, a JSON report or NDJSON progress) and exports. A Fastify
// plugin, encapsulated so that the multipart parser serves these routes only.
//
//   GET  /api/template.xlsx
//   POST /api/import?dryRun=true|false        multipart: one .xlsx, or .csv files, or a .zip of .csv files
//   GET  /api/export?format=xlsx|csv|json|graphml|gexf[&sheet=…][&delimiter=comma|semicolon|tab]
//   POST /api/export/view                      JSON: { format: xlsx|csv, ids, lang, sheet?, coverage?: { columns, asOf?, areas? } } (what is on screen)
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, errorBody, isDomainError, parseInput, replyError } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';
import { CONTENT_TYPES, CSV_DELIMITERS, EXPORT_FORMATS, exportGraph, templateXlsx, type CsvDelimiter } from './export.ts';
import type { CoverageMatrix } from '../analysis/index.ts';
import { ViewExportInput, viewCsv, viewTables, viewXlsx } from './view-export.ts';
import { IMPORT_USER, importFiles, type ImportProgress } from './import.ts';
import { withDefaults, type ImportLimits } from './limits.ts';
import type { FileIn } from './sources.ts';
import { matchSheet } from './template.ts';

export interface IoRoutesOptions {
  store: GraphStore;
  limits?: Partial<ImportLimits>;
  /** The store a request writes through (e.g. guarded for its identity); the plain store by default. */
  storeFor?: (req: FastifyRequest) => GraphStore | Promise<GraphStore>;
  /** Who an import is attributed to; `import` by default. */
  userOf?: (req: FastifyRequest) => string;
  /** Throws (a DomainError FORBIDDEN, say) when the request may not import or export; everyone may by default. */
  authorize?: (req: FastifyRequest, action: 'import' | 'export') => void | Promise<void>;
  /** The coverage matrix as the coverage tab shows it (municipalities × columns), for a view export's coverage sheet. */
  coverage?: (q: { columns: NonNullable<ViewExportInput['coverage']>['columns']; asOf?: string | undefined }) => Promise<CoverageMatrix>;
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ImportQuery = z.object({ dryRun: bool.default(false) });
const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `must be one of: ${EXPORT_FORMATS.join(', ')}` }),
  sheet: z.string().max(100).optional(),
  delimiter: z.enum(Object.keys(CSV_DELIMITERS) as [CsvDelimiter, ...CsvDelimiter[]]).optional(),
});

/** Attachment names stay ASCII, and the header cannot be broken out of. */
const disposition = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`;

export const ioRoutes: FastifyPluginAsync<IoRoutesOptions> = async (app, opts) => {
  const limits = withDefaults(opts.limits);
  const storeFor = opts.storeFor ?? (() => opts.store);
  const userOf = opts.userOf ?? (() => IMPORT_USER);
  const authorize = opts.authorize ?? (() => undefined);

  await app.register(multipart, {
    limits: { fileSize: limits.maxBytes, files: 20, fields: 10, parts: 30, fieldSize: 1024, headerPairs: 100 },
    throwFileSizeLimit: true,
  });

  // Errors of these routes as the rest of the API words them (server/errors.ts); an upload over the limits is FILE_TOO_LARGE.
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_FILES_LIMIT' || err.code === 'FST_PARTS_LIMIT') {
      return replyError(reply, tooLarge(err.code === 'FST_REQ_FILE_TOO_LARGE' ? limits.maxBytes : null));
    }
    return replyError(reply, err);
  });

  app.get('/api/template.xlsx', async (req, reply) => {
    const { body, done } = templateXlsx();
    done.catch((err: unknown) => {
      req.log.error({ err }, 'template failed');
      body.destroy(err as Error);
    });
    return reply.type(CONTENT_TYPES.xlsx).header('content-disposition', disposition('samverkanskartan-mall.xlsx')).send(body);
  });

  app.get('/api/export', async (req, reply) => {
    await authorize(req, 'export');
    const q = { data: parseInput(ExportQuery, req.query) };
    let sheet;
    if (q.data.sheet !== undefined) {
      const m = matchSheet(q.data.sheet);
      if (!m || m === 'info' || q.data.format !== 'csv') {
        throw new DomainError('BAD_USER_INPUT', q.data.format !== 'csv' ? '`sheet` goes with format=csv only' : `"${q.data.sheet}" is not a sheet of the template (actors, forums, participation, …)`, {
          messageSv: q.data.format !== 'csv' ? '`sheet` hör bara till format=csv' : `"${q.data.sheet}" är inget blad i mallen (actors, forums, participation, …)`,
          fields: [{ path: ['sheet'], message: 'not a sheet of the template for CSV', messageSv: 'inget blad i mallen för CSV' }],
        });
      }
      sheet = m;
    }
    const r = await exportGraph(opts.store, { format: q.data.format, ...(sheet ? { sheet } : {}), ...(q.data.delimiter ? { delimiter: q.data.delimiter } : {}) });
    reply.type(r.contentType).header('content-disposition', disposition(r.fileName)).header('cache-control', 'no-store');
    if (typeof r.body !== 'string') {
      const body = r.body;
      r.done.catch((err: unknown) => {
        req.log.error({ err }, 'export failed');
        body.destroy(err as Error);
      });
    }
    return reply.send(r.body);
  });

  // What is on screen as a spreadsheet: the page sends the ids it shows (a selection, or the filtered view).
  app.post('/api/export/view', { bodyLimit: 4 * 1024 * 1024 }, async (req, reply) => {
    await authorize(req, 'export');
    const q = parseInput(ViewExportInput, req.body);
    const coverage = q.coverage && opts.coverage ? await opts.coverage(q.coverage) : null;
    const tables = await viewTables(opts.store, q.ids, q.lang, coverage, q.coverage?.areas);
    const at = new Date();
    const base = `samverkanskartan-${at.toISOString().slice(0, 10)}`;
    reply.header('cache-control', 'no-store');
    if (q.format === 'csv') {
      const table = tables.find((t) => t.sheet === q.sheet);
      if (!table) {
        throw new DomainError('BAD_USER_INPUT', 'The coverage sheet needs `coverage` (the columns shown)', {
          messageSv: 'Täckningsbladet behöver `coverage` (kolumnerna som visas)',
          fields: [{ path: ['coverage'], message: 'required for sheet=coverage', messageSv: 'krävs för sheet=coverage' }],
        });
      }
      return reply.type(CONTENT_TYPES.csv).header('content-disposition', disposition(`${base}-${q.sheet}.csv`)).send(viewCsv(table));
    }
    const body = new PassThrough();
    viewXlsx(body, tables, at).catch((err: unknown) => {
      req.log.error({ err }, 'export failed');
      body.destroy(err as Error);
    });
    return reply.type(CONTENT_TYPES.xlsx).header('content-disposition', disposition(`${base}.xlsx`)).send(body);
  });

  app.post('/api/import', async (req, reply) => {
    await authorize(req, 'import');
    const q = { data: parseInput(ImportQuery, req.query) };
    if (!req.isMultipart()) {
      return reply.code(415).send(errorBody(new DomainError('BAD_USER_INPUT', 'Send the file as multipart/form-data (a field of type file)', {
        messageSv: 'Skicka filen som multipart/form-data (ett fält av typen fil)',
      })));
    }
    const dir = await mkdtemp(join(tmpdir(), 'samverkan-upload-'));
    let handedOver = false;
    try {
      // uploads go to disk first: the request is read once, memory stays bounded
      const files: FileIn[] = [];
      for await (const part of req.parts()) {
        if (part.type !== 'file') continue;
        const path = join(dir, `${files.length}`);
        await pipeline(part.file, createWriteStream(path));
        files.push({ path, name: part.filename || `upload-${files.length}` });
      }
      if (!files.length) {
        throw new DomainError('BAD_USER_INPUT', 'No file was sent', { messageSv: 'Ingen fil skickades' });
      }
      const store = await storeFor(req);
      const run = (onProgress?: (p: ImportProgress) => void) =>
        importFiles(store, files, { dryRun: q.data.dryRun, by: userOf(req), limits, ...(onProgress ? { onProgress } : {}) });

      if (String(req.headers.accept ?? '').includes('application/x-ndjson')) {
        // one JSON object a line: progress while it runs, the report last
        const out = new PassThrough();
        const line = (o: object) => out.write(`${JSON.stringify(o)}\n`);
        handedOver = true;
        void run((p) => line({ type: 'progress', ...p }))
          .then((report) => line({ type: 'report', ...report }))
          .catch((err: unknown) => {
            if (!isDomainError(err) || err.code === 'INTERNAL') req.log.error({ err }, 'import failed');
            line({ type: 'error', ...errorBody(isDomainError(err) ? err : new DomainError('INTERNAL', 'Internal error')) });
          })
          .finally(() => {
            out.end();
            void rm(dir, { recursive: true, force: true });
          });
        return reply.type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(out);
      }
      const report = await run();
      return reply.code(report.ok ? 200 : 422).send(report);
    } finally {
      if (!handedOver) await rm(dir, { recursive: true, force: true });
    }
  });
};

function tooLarge(max: number | null): DomainError {
  return new DomainError('FILE_TOO_LARGE', max ? `The file is larger than ${max} bytes; nothing was imported (IMPORT_MAX_BYTES)` : 'Too many files or parts in one upload; nothing was imported', {
    messageSv: max ? `Filen är större än ${max} byte; inget importerades (IMPORT_MAX_BYTES)` : 'För många filer eller delar i en uppladdning; inget importerades',
  });
}

