// Files in, sheets of rows out, streaming: an XLSX workbook through exceljs's
// WorkbookReader (one worksheet at a time, one row at a time), a CSV file or
// a zip of CSV files through csv-parse. Every sheet is read to its end before
// the next starts; what is read is never more than a row at a time here.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform, pipeline } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { FileError, assertWorkbook, checkZip, detectKind, fileError, zipEntries, type FileKind } from './container.ts';
import type { ImportLimits } from './limits.ts';

export interface RowIn {
  /** The row number a spreadsheet shows (the header is usually 1). */
  number: number;
  /** Cell values, column A first. */
  values: unknown[];
}

export interface SheetIn {
  /** The sheet's name in the workbook, or the CSV file's name. */
  name: string;
  /** The file it came from. */
  file: string;
  rows: AsyncIterable<RowIn>;
}

export interface FileIn {
  /** Where it is on disk. */
  path: string;
  /** Its name as given (the upload's file name): decides the sheet of a CSV file. */
  name: string;
}

export interface ByteProgress {
  /** Bytes of the input read so far (of the files as stored, or unpacked for zip entries). */
  done: number;
  total: number;
}

/** Counts the bytes that pass, for progress. */
function counter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      onBytes(chunk.length);
      cb(null, chunk);
    },
  });
}

// ---- XLSX ------------------------------------------------------------------------

/** exceljs's reader, with the two hooks used here (present in exceljs 4; test/io covers them). */
interface ReaderInternals {
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseRels(entry: Readable): Promise<void>;
}

async function* xlsxSheets(file: FileIn, parts: Map<string, Buffer>, onBytes: (n: number) => void): AsyncGenerator<SheetIn> {
  const input = createReadStream(file.path);
  const counted = input.pipe(counter(onBytes));
  input.on('error', (e) => counted.destroy(e));
  // styles are read so that date cells come back as dates; hyperlinks and
  // anything else a workbook may carry are ignored
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  const unreadable = (e: unknown) =>
    e instanceof FileError
      ? e
      : fileError('CORRUPT_FILE', `"${file.name}" could not be read as a workbook (${(e as Error).message}); nothing was imported`,
        `"${file.name}" gick inte att läsa som arbetsbok (${(e as Error).message}); inget importerades`);
  try {
    // exceljs names worksheets (and learns the date system) from the workbook part; when a zip
    // holds worksheets before it (exceljs's own non-streaming writer does), it fails. Read ahead.
    const internals = reader as unknown as ReaderInternals;
    await internals._parseRels(Readable.from([parts.get('xl/_rels/workbook.xml.rels') ?? Buffer.alloc(0)]));
    await internals._parseWorkbook(Readable.from([parts.get('xl/workbook.xml')!]));
    for await (const ws of reader) {
      const sheet = ws as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      yield {
        name: sheet.name,
        file: file.name,
        rows: (async function* () {
          try {
            for await (const row of sheet) {
              const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
              yield { number: row.number, values };
            }
          } catch (e) {
            throw unreadable(e);
          }
        })(),
      };
    }
  } catch (e) {
    throw unreadable(e);
  } finally {
    input.destroy();
    counted.destroy();
  }
}

// ---- CSV -------------------------------------------------------------------------

/** Refuses text that is not UTF-8 (a Windows-1252 "CSV (semikolonavgränsad)", say) or that holds NUL bytes (a binary file). */
function utf8Guard(fileName: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        cb(fileError('NOT_UTF8', `"${fileName}" is not UTF-8 text; save it as "CSV UTF-8 (comma delimited)"`,
          `"${fileName}" är inte UTF-8-text; spara den som "CSV UTF-8 (kommaavgränsad)"`));
        return;
      }
      if (text.includes('\u0000')) {
        cb(fileError('UNSUPPORTED_FILE', `"${fileName}" is not a text file`, `"${fileName}" är ingen textfil`));
        return;
      }
      cb(null, text);
    },
    flush(cb) {
      try {
        const rest = decoder.decode();
        cb(null, rest || undefined);
      } catch {
        cb(fileError('NOT_UTF8', `"${fileName}" ends in the middle of a character; it is not UTF-8 text`, `"${fileName}" slutar mitt i ett tecken; den är inte UTF-8-text`));
      }
    },
  });
}

/** The delimiter the header line uses most: comma, semicolon (Swedish Excel) or tab. */
export function sniffDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** The first line of a stream (at most 64 KiB of it), read from its own opening, to choose the delimiter. */
async function firstLine(stream: Readable): Promise<string> {
  let seen = '';
  try {
    for await (const chunk of stream) {
      seen += Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
      if (/[\r\n]/.test(seen) || seen.length >= 65_536) break;
    }
  } finally {
    stream.destroy();
  }
  return (seen.split(/\r?\n|\r/)[0] ?? '').replace(/^\uFEFF/, '');
}

/** Where plain splitting stops and csv-parse takes over: a quote, a byte-order mark (and a carriage return not before a line feed, below). */
const NOT_PLAIN = /["\uFEFF]/;

/**
 * The records of CSV text that has no quote and no byte-order mark, and whose
 * lines all end as its first does ('\n' or '\r\n'), split at the line ends
 * and at the delimiter: exactly the records csv-parse gives such text (an
 * empty line is one empty field, a last line ends with or without its line
 * end), for a fraction of its work. Returns how many it yielded when it meets
 * anything else (a quote, another line end, a carriage return alone, a line
 * longer than `longest`); the text from the start of that record on is then
 * csv-parse's.
 */
async function* plainRecords(text: AsyncIterable<string>, delimiter: string, longest: number): AsyncGenerator<string[][], { stoppedAfter: number } | null> {
  let yielded = 0;
  let rest = '';
  /** Whether lines end in '\r\n': the first line end decides, as csv-parse's does. */
  let crlf: boolean | null = null;
  for await (const chunk of text) {
    if (NOT_PLAIN.test(chunk)) return { stoppedAfter: yielded };
    const all = rest + chunk;
    // a chunk's records are given together (one step of the generator per chunk, not per record)
    const records: string[][] = [];
    let stop = false;
    let start = 0;
    for (let nl = all.indexOf('\n'); nl !== -1; nl = all.indexOf('\n', start)) {
      const cr = nl > start && all.charCodeAt(nl - 1) === 13;
      crlf ??= cr;
      const end = cr ? nl - 1 : nl;
      const line = end - start > longest || cr !== crlf ? null : all.slice(start, end);
      if (line === null || line.includes('\r')) {
        stop = true;
        break;
      }
      records.push(line.split(delimiter));
      start = nl + 1;
    }
    if (records.length) yield records;
    yielded += records.length;
    rest = start ? all.slice(start) : all;
    if (stop || rest.length > longest) return { stoppedAfter: yielded };
  }
  if (rest.includes('\r')) return { stoppedAfter: yielded };
  if (rest) yield [rest.split(delimiter)];
  return null;
}

function csvSheet(name: string, file: string, open: () => Promise<Readable>, limits: ImportLimits, onBytes: (n: number) => void): SheetIn {
  return {
    name,
    file,
    rows: (async function* () {
      const delimiter = sniffDelimiter(await firstLine(await open()));
      let number = 0;
      const readError = (e: unknown) => {
        if (e instanceof FileError) return e;
        const code = (e as { code?: string }).code;
        if (code === 'CSV_MAX_RECORD_SIZE') {
          return fileError('ROW_TOO_LARGE', `"${name}" row ${number + 1} is larger than ${limits.maxCellChars * 64} characters; refused`,
            `"${name}" rad ${number + 1} är större än ${limits.maxCellChars * 64} tecken; avvisad`);
        }
        return fileError('CORRUPT_FILE', `"${name}" could not be read as CSV after row ${number} (${(e as Error).message})`,
          `"${name}" gick inte att läsa som CSV efter rad ${number} (${(e as Error).message})`);
      };
      // plain text (no quotes, '\n' line ends: what a generated or exported file without quoted cells is) is split here
      let counted = 0;
      const plain = await open();
      const guard = utf8Guard(name);
      // pipeline destroys every stage when one fails or the reader stops early
      pipeline(plain, counter((n) => {
        counted += n;
        onBytes(n);
      }), guard, () => {});
      let stopped: { stoppedAfter: number } | null;
      try {
        const records = plainRecords(guard as AsyncIterable<string>, delimiter, limits.maxCellChars);
        for (;;) {
          const r = await records.next();
          if (r.done) {
            stopped = r.value;
            break;
          }
          for (const values of r.value) {
            number += 1;
            yield { number, values };
          }
        }
      } catch (e) {
        throw readError(e);
      } finally {
        guard.destroy();
      }
      if (!stopped) return;
      // anything else: csv-parse reads the text from its start, and the records already given are passed over
      const parser = parseCsv({
        bom: true,
        delimiter,
        relax_column_count: true,
        // a record is a row; a runaway quoted field stops here, not at the memory limit
        max_record_size: limits.maxCellChars * 64,
      });
      const raw = await open();
      let recounted = 0;
      pipeline(raw, counter((n) => {
        // bytes the plain pass counted already are not counted twice
        const fresh = Math.max(0, recounted + n - counted) - Math.max(0, recounted - counted);
        recounted += n;
        if (fresh) onBytes(fresh);
      }), utf8Guard(name), parser, () => {});
      let skip = stopped.stoppedAfter;
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          if (skip > 0) {
            skip -= 1;
            continue;
          }
          number += 1;
          yield { number, values: record };
        }
      } catch (e) {
        throw readError(e);
      } finally {
        parser.destroy();
      }
    })(),
  };
}

// ---- any file --------------------------------------------------------------------

export interface OpenedFile {
  file: FileIn;
  kind: FileKind;
  /** Bytes reading will pass through the progress counter. */
  bytes: number;
  /** For a workbook: its workbook part and that part's relationships, read ahead. */
  parts?: Map<string, Buffer>;
  /** For a workbook: the rows its worksheets hold, all told. */
  rows?: number;
}

/** The parts exceljs needs before any worksheet, whatever order the zip holds them in. */
const WORKBOOK_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

/** Decides each file's kind and checks its container; throws FileError on the first bad file. */
export async function openFiles(files: readonly FileIn[], limits: ImportLimits, onCheckBytes?: (n: number) => void): Promise<OpenedFile[]> {
  const out: OpenedFile[] = [];
  for (const file of files) {
    const { size } = await stat(file.path);
    if (size > limits.maxBytes) {
      throw fileError('FILE_TOO_LARGE', `"${file.name}" has ${size} bytes; at most ${limits.maxBytes} are accepted`,
        `"${file.name}" har ${size} byte; högst ${limits.maxBytes} tas emot`);
    }
    const kind = await detectKind(file.path, file.name);
    if (kind === 'csv') {
      out.push({ file, kind, bytes: size });
      continue;
    }
    const summary = await checkZip(file.path, file.name, limits, WORKBOOK_PARTS, onCheckBytes);
    if (kind === 'xlsx') {
      assertWorkbook(summary, file.name);
      out.push({ file, kind, bytes: size, parts: summary.parts, rows: summary.worksheetRows });
    } else {
      const csvs = summary.entries.filter((e) => !isJunk(e.name));
      if (summary.entries.some((e) => e.name === 'xl/workbook.xml')) {
        assertWorkbook(summary, file.name);
        out.push({ file, kind: 'xlsx', bytes: size, parts: summary.parts, rows: summary.worksheetRows });
        continue;
      }
      const bad = csvs.find((e) => !/\.csv$/i.test(e.name));
      if (bad) {
        throw fileError('UNSUPPORTED_FILE', `"${file.name}" holds "${bad.name}", which is not a .csv file`, `"${file.name}" innehåller "${bad.name}", som inte är en .csv-fil`);
      }
      out.push({ file, kind, bytes: csvs.reduce((n, e) => n + e.size, 0) });
    }
  }
  return out;
}

const isJunk = (name: string) => name.startsWith('__MACOSX/') || /(^|\/)\./.test(name);

/** The sheets of opened files, in order. */
export async function* sheetsOf(opened: readonly OpenedFile[], limits: ImportLimits, onBytes: (n: number) => void): AsyncGenerator<SheetIn> {
  for (const { file, kind, parts } of opened) {
    if (kind === 'xlsx') {
      yield* xlsxSheets(file, parts ?? new Map(), onBytes);
    } else if (kind === 'csv') {
      yield csvSheet(file.name, file.name, async () => createReadStream(file.path), limits, onBytes);
    } else {
      for await (const entry of zipEntries(file.path, file.name)) {
        if (isJunk(entry.name)) continue;
        yield csvSheet(entry.name, file.name, async () => (await entry.open()) as Readable, limits, onBytes);
      }
    }
  }
}
