// One cell in, one typed value (or one problem) out; and the protection of
// exported cells against formula injection, which the importer strips again.
import { SV_ALIASES } from '../../schema/vocabulary.ts';
import { nameKey } from '../../schema/domain.ts';
import { ENUM_SV, type Column } from './template.ts';

// ---- formula-injection protection ------------------------------------------

/**
 * What may stand before a formula character and still leave a spreadsheet
 * taking the cell for a formula (or make it look like one): blanks, control
 * and format characters (zero-width space, BOM, bidi marks, soft hyphen),
 * combining marks, lone surrogates, and letters that show nothing.
 */
const LEADING = String.raw`[\s\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]`;
/**
 * A cell a spreadsheet could take for a formula, after any number of
 * apostrophes (so that a value that itself starts with an apostrophe survives
 * the round trip): a tab or a carriage return first (OWASP), or = + - @ (or
 * their full-width forms) after any leading invisible characters.
 */
const DANGEROUS = new RegExp(String.raw`^'*(?:[\t\r]|${LEADING}*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])`, 'u');

/**
 * Prefixes one `'` to a text an application could evaluate (OWASP's
 * CSV-injection advice). Give it the cell text exactly as the file will
 * carry it: nothing may change the text after this check.
 */
export function protectCell(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/**
 * Strips exactly the protection `protectCell` adds, and nothing else: for
 * every text, `unprotectCell(protectCell(text)) === text`.
 */
export function unprotectCell(text: string): string {
  return text.startsWith("'") && DANGEROUS.test(text) ? text.slice(1) : text;
}

// ---- OOXML's escape in cell text ------------------------------------------------

/**
 * In a workbook, `_xHHHH_` in a text stands for the character U+HHHH (how
 * Excel writes control characters), so a literal `_x0041_` is written
 * `_x005F_x0041_`. Excel and exceljs's whole-workbook reader decode it;
 * exceljs's streaming reader, which the import uses, does not.
 */
export function encodeOoxmlText(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

export function decodeOoxmlText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A cell value from a workbook with its texts decoded (plain text, rich text runs, a hyperlink's text). */
export function decodeOoxmlValue(raw: unknown): unknown {
  if (typeof raw === 'string') return decodeOoxmlText(raw);
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { ...o, richText: (o.richText as Array<Record<string, unknown>>).map((r) => (typeof r.text === 'string' ? { ...r, text: decodeOoxmlText(r.text) } : r)) };
    if (typeof o.text === 'string' && !('formula' in o) && !('sharedFormula' in o)) return { ...o, text: decodeOoxmlText(o.text) };
  }
  return raw;
}

// ---- problems ----------------------------------------------------------------

export interface CellProblem {
  code: ProblemCode;
  message: string;
  messageSv: string;
}

export type ProblemCode =
  | 'FILE_TOO_LARGE' | 'FILE_UNREADABLE' | 'NOT_A_WORKBOOK' | 'CORRUPT_FILE' | 'NOT_UTF8' | 'UNSUPPORTED_FILE'
  | 'NO_SHEETS' | 'UNKNOWN_SHEET' | 'DUPLICATE_SHEET' | 'TOO_MANY_ROWS' | 'ROW_TOO_LARGE'
  | 'UNKNOWN_COLUMN' | 'DUPLICATE_COLUMN' | 'MISSING_COLUMN' | 'VALUE_WITHOUT_HEADER'
  | 'FORMULA' | 'CELL_ERROR' | 'CELL_TOO_LONG' | 'INVALID_VALUE' | 'REQUIRED'
  | 'DUPLICATE_ROW' | 'NAME_TAKEN' | 'ID_TAKEN' | 'UNRESOLVED_REFERENCE' | 'AMBIGUOUS_REFERENCE' | 'WRONG_ENDPOINT'
  | 'STORE_REJECTED';

export const problem = (code: ProblemCode, message: string, messageSv: string): CellProblem => ({ code, message, messageSv });

// ---- reading a cell -----------------------------------------------------------

export type CellValue = string | number | boolean;
export type CellResult = { value: CellValue | undefined } | { problem: CellProblem };

/** Excel's own limit on the characters in one cell; the default for `maxCellChars`. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Excel's serial day number (1900 date system) to YYYY-MM-DD. */
function serialToDate(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 2_958_465) return null;
  return isoDate(new Date(Math.round((n - 25569) * 86_400_000)));
}

/**
 * A raw spreadsheet value as plain text or a primitive. Formulas are refused,
 * never evaluated, and their cached results are not taken either: the sheet
 * must hold the values themselves.
 */
export function primitive(raw: unknown): { value: string | number | boolean | Date | null } | { problem: CellProblem } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (raw instanceof Date) return { value: raw };
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      return {
        problem: problem('FORMULA', 'The cell holds a formula; formulas are not imported (enter the value itself, or paste as values)',
          'Cellen innehåller en formel; formler importeras inte (skriv in själva värdet, eller klistra in som värden)'),
      };
    }
    if ('error' in o) {
      return { problem: problem('CELL_ERROR', `The cell holds a spreadsheet error (${String(o.error)})`, `Cellen innehåller ett kalkylbladsfel (${String(o.error)})`) };
    }
    if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('') };
    if ('text' in o) return primitive(o.text);
  }
  return { problem: problem('INVALID_VALUE', 'The cell holds a value of an unknown kind', 'Cellen innehåller ett värde av okänt slag') };
}

const TRUE = new Set(['true', 'ja', 'j', 'yes', 'y', '1', 'sant', 'x']);
const FALSE = new Set(['false', 'nej', 'n', 'no', '0', 'falskt']);

/** Enum codes by their loose spellings: `co-chair`, `Co chair`, `CO_CHAIR`, and the Swedish word. */
const enumLookup = new Map<string, Map<string, string>>();
/** The same, by the column itself (a cell of a known column skips building the key). */
const enumByColumn = new WeakMap<Column, { values: readonly string[]; enumName: string | undefined; index: Map<string, string> }>();
function enumIndex(col: Column): Map<string, string> {
  const hit = enumByColumn.get(col);
  if (hit && hit.values === col.values && hit.enumName === col.enumName) return hit.index;
  const cacheKey = `${col.enumName}|${col.values!.join(',')}`;
  let m = enumLookup.get(cacheKey);
  if (!m) {
    m = new Map();
    const sv = (col.enumName && ENUM_SV[col.enumName]) || {};
    for (const code of col.values!) {
      m.set(code.toUpperCase(), code);
      if (sv[code]) m.set(`sv:${nameKey(sv[code]!)}`, code);
      for (const alias of (col.enumName && SV_ALIASES[col.enumName]?.[code]) || []) m.set(`sv:${nameKey(alias)}`, code);
    }
    enumLookup.set(cacheKey, m);
  }
  enumByColumn.set(col, { values: col.values!, enumName: col.enumName, index: m });
  return m;
}

const valuesText = (col: Column) => col.values!.join(', ');

/**
 * A cell as the column's type: undefined when empty. Only the cell itself is
 * judged here (kind, length, formula); ranges and rules across cells are the
 * schema's, after.
 */
export function readCell(raw: unknown, col: Column, maxCellChars: number): CellResult {
  // a text (every CSV cell) is its own primitive
  let v: string | number | boolean | Date | null;
  if (typeof raw === 'string') {
    v = raw;
  } else {
    const p = primitive(raw);
    if ('problem' in p) return p;
    v = p.value;
  }
  if (v === null) return { value: undefined };
  if (typeof v === 'string') {
    if (v.length > maxCellChars) {
      return { problem: problem('CELL_TOO_LONG', `The cell has ${v.length} characters; at most ${maxCellChars} are allowed`, `Cellen har ${v.length} tecken; högst ${maxCellChars} är tillåtna`) };
    }
    v = unprotectCell(v);
    if (v.trim() === '') return { value: undefined };
  }
  switch (col.kind) {
    case 'id':
    case 'ref':
    case 'string':
      if (v instanceof Date) return { value: isoDate(v) };
      return { value: typeof v === 'string' ? v : String(v) };
    case 'date':
      if (v instanceof Date) return { value: isoDate(v) };
      if (typeof v === 'number') {
        const d = serialToDate(v);
        if (d) return { value: d };
      }
      if (typeof v === 'string') return { value: v.trim() };
      return { problem: problem('INVALID_VALUE', 'must be a date as YYYY-MM-DD', 'måste vara ett datum som ÅÅÅÅ-MM-DD') };
    case 'boolean': {
      if (typeof v === 'boolean') return { value: v };
      const s = String(v).trim().toLocaleLowerCase('sv');
      if (TRUE.has(s)) return { value: true };
      if (FALSE.has(s)) return { value: false };
      return { problem: problem('INVALID_VALUE', `"${String(v)}" is not yes or no (ja/nej, true/false, 1/0)`, `"${String(v)}" är inte ja eller nej (ja/nej, true/false, 1/0)`) };
    }
    case 'int': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[+-]?[\d\s\u00a0\u202f]+\s*$/.test(v) ? Number(v.replace(/[\s\u00a0\u202f]/g, '')) : NaN;
      if (Number.isInteger(n)) return { value: n };
      return { problem: problem('INVALID_VALUE', `"${String(v)}" is not a whole number`, `"${String(v)}" är inte ett heltal`) };
    }
    case 'enum':
    case 'relType': {
      const s = String(v).trim();
      const idx = enumIndex(col);
      const code = idx.get(s.toUpperCase().replace(/[\s-]+/g, '_')) ?? idx.get(`sv:${nameKey(s)}`);
      if (code) return { value: code };
      return { problem: problem('INVALID_VALUE', `"${s}" is not one of: ${valuesText(col)}`, `"${s}" är inte ett av: ${valuesText(col)}`) };
    }
  }
}
