// What a file is, and whether its zip container can be trusted, before any
// row is read: the magic bytes decide (not the name alone), every entry of a
// zip is read once through yauzl with its sizes and CRC checked, and the total
// it unpacks to is bounded. A truncated or corrupt zip, a zip bomb, an
// encrypted or old-format workbook, or a non-workbook renamed .xlsx ends here
// with a clear message.
import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { problem, type CellProblem, type ProblemCode } from './cells.ts';
import type { ImportLimits } from './limits.ts';

export type FileKind = 'xlsx' | 'csv' | 'zip';

/** A problem with a whole file: nothing in it is imported. */
export class FileError extends Error {
  readonly code: ProblemCode;
  readonly messageSv: string;
  constructor(p: CellProblem) {
    super(p.message);
    this.name = 'FileError';
    this.code = p.code;
    this.messageSv = p.messageSv;
  }
}

export const fileError = (code: ProblemCode, message: string, messageSv: string) => new FileError(problem(code, message, messageSv));

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP = Buffer.from('PK\x05\x06', 'latin1');
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function head(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

const extOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** The kind of an uploaded or given file, from its first bytes and (to break ties) its name. */
export async function detectKind(path: string, name: string): Promise<FileKind> {
  const bytes = await head(path, 8);
  const ext = extOf(name);
  const isZip = bytes.subarray(0, 4).equals(ZIP) || bytes.subarray(0, 4).equals(EMPTY_ZIP);
  if (bytes.length === 0) throw fileError('FILE_UNREADABLE', `"${name}" is empty`, `"${name}" är tom`);
  if (bytes.equals(OLE2)) {
    throw fileError('NOT_A_WORKBOOK',
      `"${name}" is an old-format (.xls) or password-protected workbook; save it as an unprotected .xlsx`,
      `"${name}" är en arbetsbok i gammalt format (.xls) eller lösenordsskyddad; spara den som en oskyddad .xlsx`);
  }
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') {
    if (!isZip) {
      throw fileError('NOT_A_WORKBOOK', `"${name}" is not an XLSX workbook (it is not a zip file, whatever its name says)`,
        `"${name}" är inte en XLSX-arbetsbok (den är ingen zip-fil, vad namnet än säger)`);
    }
    return 'xlsx';
  }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    if (isZip) throw fileError('UNSUPPORTED_FILE', `"${name}" is a zip file, not a CSV file`, `"${name}" är en zip-fil, inte en CSV-fil`);
    return 'csv';
  }
  if (isZip) return ext === 'zip' ? 'zip' : 'xlsx';
  if (ext === '' || ext === 'csv') return 'csv';
  throw fileError('UNSUPPORTED_FILE', `"${name}" is neither an .xlsx workbook, a .csv file nor a .zip of CSV files`,
    `"${name}" är varken en .xlsx-arbetsbok, en .csv-fil eller en .zip med CSV-filer`);
}

const corrupt = (name: string, detail: string) =>
  fileError('CORRUPT_FILE', `"${name}" is damaged or incomplete (${detail}); nothing was imported`,
    `"${name}" är skadad eller ofullständig (${detail}); inget importerades`);

export interface ZipSummary {
  entries: Array<{ name: string; size: number }>;
  unzippedBytes: number;
  /** The entries asked for by name (small parts a reader needs before the rest), as bytes. */
  parts: Map<string, Buffer>;
  /** For a workbook: the rows its worksheets hold (counted on the way, for progress). */
  worksheetRows: number;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const ROW_TAG = /<row[\s>]/g;

/** The largest part kept in memory by `capture`. */
const MAX_PART_BYTES = 8 * 1024 * 1024;

/**
 * Reads every entry of a zip once, checking the central directory, each
 * entry's size and CRC-32, and the total against `maxUnzippedBytes`. Memory
 * stays bounded: entries stream through a checksum and are discarded.
 */
export async function checkZip(path: string, name: string, limits: ImportLimits, capture: readonly string[] = [], onBytes?: (n: number) => void): Promise<ZipSummary> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { validateEntrySizes: true, autoClose: false });
  } catch (e) {
    throw corrupt(name, (e as Error).message);
  }
  const entries: ZipSummary['entries'] = [];
  const parts = new Map<string, Buffer>();
  let total = 0;
  let worksheetRows = 0;
  try {
    if (zip.entryCount > 10_000) throw corrupt(name, `${zip.entryCount} entries`);
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      if (entry.isEncrypted()) {
        throw fileError('NOT_A_WORKBOOK', `"${name}" is encrypted; save it without a password`, `"${name}" är krypterad; spara den utan lösenord`);
      }
      total += entry.uncompressedSize;
      if (total > limits.maxUnzippedBytes) {
        throw fileError('FILE_TOO_LARGE', `"${name}" unpacks to more than ${limits.maxUnzippedBytes} bytes; refused`,
          `"${name}" packas upp till mer än ${limits.maxUnzippedBytes} byte; avvisad`);
      }
      let crc = 0;
      let size = 0;
      const keep = capture.includes(entry.fileName) ? ([] as Buffer[]) : null;
      const counting = WORKSHEET.test(entry.fileName);
      let tail = '';
      if (keep && entry.uncompressedSize > MAX_PART_BYTES) throw corrupt(name, `${entry.fileName} is ${entry.uncompressedSize} bytes`);
      const stream = await zip.openReadStreamPromise(entry);
      await pipeline(stream, new Writable({
        write(chunk: Buffer, _enc, cb) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          keep?.push(chunk);
          if (counting) {
            // a tag may straddle two chunks: carry the last few characters over
            const text = tail + chunk.toString('latin1');
            worksheetRows += text.match(ROW_TAG)?.length ?? 0;
            tail = text.slice(-4).replace(/^[^<]*/, '');
          }
          onBytes?.(chunk.length);
          cb();
        },
      }));
      if (keep) parts.set(entry.fileName, Buffer.concat(keep));
      if ((crc >>> 0) !== (entry.crc32 >>> 0)) throw corrupt(name, `checksum mismatch in ${entry.fileName}`);
      entries.push({ name: entry.fileName, size });
    }
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw corrupt(name, (e as Error).message);
  } finally {
    zip.close();
  }
  return { entries, unzippedBytes: total, parts, worksheetRows };
}

/** Checks that a checked zip is a workbook: an XLSX has a workbook part and content types. */
export function assertWorkbook(summary: ZipSummary, name: string): void {
  const names = new Set(summary.entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) {
    throw fileError('NOT_A_WORKBOOK', `"${name}" is a zip file but not an XLSX workbook (it has no xl/workbook.xml)`,
      `"${name}" är en zip-fil men ingen XLSX-arbetsbok (den saknar xl/workbook.xml)`);
  }
}

/** The CSV entries of a checked zip, opened one at a time in order. */
export async function* zipEntries(path: string, name: string): AsyncGenerator<{ name: string; size: number; open(): Promise<NodeJS.ReadableStream> }> {
  // autoClose off: an entry is opened twice (the delimiter sniff, then the parse)
  const zip = await yauzl.openPromise(path, { validateEntrySizes: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      yield { name: entry.fileName, size: entry.uncompressedSize, open: () => zip.openReadStreamPromise(entry) };
    }
  } catch (e) {
    throw corrupt(name, (e as Error).message);
  } finally {
    zip.close();
  }
}
