// Import: files → sheets → rows → one validated Batch → one bulkUpsert.
// Everything is checked before anything is written; a dry run stops there.
// The report names every problem by sheet, row and column, in English and
// Swedish. Rows are matched by a stable key (the id, or the name when the id
// is empty), so importing the same file twice leaves the same graph.
import {
  Id, RELATIONSHIPS, edgeId, gapTransitionProblem, idFromName, nameKey, nodeInvariants, nodeProps,
  type Batch, type GapStatus, type EdgeProps, type GraphEdge, type GraphNode, type NodeLabel, type RelType,
} from '../../schema/domain.ts';
import { isDomainError } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';
import { decodeOoxmlValue, primitive, readCell, type CellProblem, type CellValue, type ProblemCode } from './cells.ts';
import { FileError, type FileKind } from './container.ts';
import { withDefaults, type ImportLimits } from './limits.ts';
import { explainIssue, svOf } from '../../schema/messages.ts';
import { openFiles, sheetsOf, type FileIn, type OpenedFile, type SheetIn } from './sources.ts';
import { columnLetter, matchColumn, matchSheet, type Column, type SheetDef, type SheetKey } from './template.ts';

export const IMPORT_USER = 'import';

// ---- the report --------------------------------------------------------------

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

class Problems {
  readonly list: ReportProblem[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  add(p: ReportProblem): void {
    this.count += 1;
    if (this.list.length < this.max) this.list.push(p);
  }
}

// ---- rows as read --------------------------------------------------------------

interface SheetCtx {
  name: string;
  file: string;
  def: SheetDef;
  /** Column key → where it is. */
  at: Map<string, { index: number; letter: string; col: Column }>;
}

interface NodeRow {
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

interface EdgeRow {
  ctx: SheetCtx;
  row: number;
  values: Record<string, CellValue>;
  bad: Set<string> | null;
}

const isEmptyCell = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const isEmptyRow = (values: readonly unknown[]) => values.every(isEmptyCell);

function at(ctx: SheetCtx | null, row: number | null, key: string | null, code: ProblemCode, text: { message: string; messageSv: string }): ReportProblem {
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

// ---- pass 1: read -----------------------------------------------------------

/** The sheets of the files, a workbook's texts as it means them (its `_xHHHH_` escapes decoded). */
async function* readSheets(opened: readonly OpenedFile[], limits: ImportLimits, onBytes: (n: number) => void): AsyncGenerator<SheetIn> {
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

interface Collected {
  nodes: NodeRow[];
  edges: EdgeRow[];
  sheets: ImportReport['sheets'];
  rows: number;
}

class TooManyRows extends Error {}

async function collect(sheets: AsyncIterable<SheetIn>, limits: ImportLimits, problems: Problems, tick: (sheet: string, rows: number, seen: number) => void): Promise<Collected> {
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
  const known = new Set([...ctx.at.values()].map((p) => p.index));
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

// ---- pass 2: resolve and validate ----------------------------------------------

const CHUNK = 500;

async function chunked<T>(items: readonly string[], fn: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))));
  return out;
}

const PROVENANCE = new Set(['id', 'label', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);
const storedProps = (n: GraphNode): Record<string, unknown> =>
  Object.fromEntries(Object.entries(n).filter(([k]) => !PROVENANCE.has(k)));
const EDGE_META = new Set(['id', 'type', 'from', 'to', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);
const storedEdgeProps = (e: GraphEdge): Record<string, unknown> =>
  Object.fromEntries(Object.entries(e).filter(([k, v]) => !EDGE_META.has(k) && v !== undefined));

/** Equal values, whatever the key order (the store compares JSON, so order would count as a change). */
function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

async function resolveNodes(store: GraphStore, rows: NodeRow[], problems: Problems): Promise<Batch['nodes']> {
  const explicit = new Map<string, NodeRow>();
  const byName = new Map<string, NodeRow>(); // label|nameKey
  for (const r of rows) {
    const name = r.values.name;
    if (name === undefined && !r.bad?.has('name')) {
      problems.add(at(r.ctx, r.row, 'name', 'REQUIRED', { message: 'is required', messageSv: 'måste anges' }));
      r.failed = true;
    }
    const idText = r.values.id;
    if (idText !== undefined) {
      const id = String(idText).trim();
      if (!Id.safeParse(id).success) {
        problems.add(at(r.ctx, r.row, 'id', 'INVALID_VALUE', {
          message: `"${id}" is not a valid id: 1–128 characters, lower-case letters, digits, and . _ : - (not first)`,
          messageSv: `"${id}" är inget giltigt id: 1–128 tecken, gemener, siffror och . _ : - (inte först)`,
        }));
        r.failed = true;
      } else {
        const prior = explicit.get(id);
        if (prior) {
          problems.add(at(r.ctx, r.row, 'id', 'DUPLICATE_ROW', {
            message: `The id "${id}" is also on row ${prior.row} of "${prior.ctx.name}"`,
            messageSv: `Id "${id}" finns också på rad ${prior.row} i "${prior.ctx.name}"`,
          }));
          r.failed = true;
        } else {
          explicit.set(id, r);
          r.id = id;
        }
      }
    }
    if (typeof name === 'string' && name.trim()) {
      const k = `${r.label}|${nameKey(name)}`;
      const prior = byName.get(k);
      if (prior) {
        problems.add(at(r.ctx, r.row, 'name', 'DUPLICATE_ROW', {
          message: `The name "${name.trim()}" is also on row ${prior.row} of "${prior.ctx.name}" (names are unique per kind of element; case and spacing do not count)`,
          messageSv: `Namnet "${name.trim()}" finns också på rad ${prior.row} i "${prior.ctx.name}" (namn är unika per slags element; skiftläge och mellanslag räknas inte)`,
        }));
        r.failed = true;
      } else {
        byName.set(k, r);
      }
    }
  }

  // what the store holds under these ids and names
  const storeById = new Map<string, GraphNode>();
  for (const n of await chunked([...explicit.keys()], (ids) => store.getNodes(ids))) if (n) storeById.set(n.id, n);
  const storeByName = new Map<string, GraphNode>();
  const namesByLabel = new Map<NodeLabel, string[]>();
  for (const r of rows) if (typeof r.values.name === 'string') (namesByLabel.get(r.label) ?? namesByLabel.set(r.label, []).get(r.label)!).push(r.values.name);
  for (const [label, names] of namesByLabel) {
    for (const n of await chunked(names, (part) => store.getNodesByName(label, part))) if (n) storeByName.set(`${label}|${nameKey(n.name)}`, n);
  }

  // rows without an id: the stored element of that name, else a new id from the name
  const taken = new Set(explicit.keys());
  const pending: NodeRow[] = [];
  for (const r of rows) {
    if (r.id || r.failed || typeof r.values.name !== 'string') continue;
    const hit = storeByName.get(`${r.label}|${nameKey(r.values.name)}`);
    if (hit && !explicit.has(hit.id)) {
      r.id = hit.id;
      taken.add(hit.id);
      storeById.set(hit.id, hit);
    } else {
      pending.push(r);
    }
  }
  // a new id must not be one the file or the store already uses (a renamed element keeps its old id)
  let round = 0;
  let todo = pending.map((r) => ({ r, base: idFromName(r.label, String(r.values.name)), n: 1 }));
  while (todo.length && round < 20) {
    round += 1;
    const candidate = (t: (typeof todo)[number]) => (t.n === 1 ? t.base : `${t.base}-${t.n}`);
    const inStore = new Set((await chunked(todo.map(candidate), (ids) => store.getNodes(ids))).filter(Boolean).map((n) => n!.id));
    const next: typeof todo = [];
    for (const t of todo) {
      const id = candidate(t);
      if (taken.has(id) || inStore.has(id)) {
        t.n += 1;
        next.push(t);
      } else {
        t.r.id = id;
        taken.add(id);
      }
    }
    todo = next;
  }

  const renamedAway = new Set<string>();
  for (const r of rows) {
    if (!r.id || typeof r.values.name !== 'string') continue;
    const stored = storeById.get(r.id);
    if (stored && nameKey(stored.name) !== nameKey(r.values.name)) renamedAway.add(r.id);
  }

  const out: Batch['nodes'] = [];
  const fresh: Batch['nodes'] = [];
  for (const r of rows) {
    if (!r.id) continue;
    const existing = storeById.get(r.id) ?? null;
    r.existing = existing;
    if (existing && existing.label !== r.label) {
      problems.add(at(r.ctx, r.row, 'id', 'ID_TAKEN', {
        message: `The id "${r.id}" belongs to a ${existing.label} ("${existing.name}"), not a ${r.label}`,
        messageSv: `Id "${r.id}" tillhör ett element av slaget ${existing.label} ("${existing.name}"), inte ${r.label}`,
      }));
      r.failed = true;
      continue;
    }
    if (typeof r.values.name === 'string') {
      const holder = storeByName.get(`${r.label}|${nameKey(r.values.name)}`);
      if (holder && holder.id !== r.id && !renamedAway.has(holder.id)) {
        problems.add(at(r.ctx, r.row, 'name', 'NAME_TAKEN', {
          message: `The name "${r.values.name.trim()}" is already used by "${holder.id}"; leave the id empty to update that element, or choose another name`,
          messageSv: `Namnet "${r.values.name.trim()}" används redan av "${holder.id}"; lämna id tomt för att uppdatera det elementet, eller välj ett annat namn`,
        }));
        r.failed = true;
      }
    }
    // a column the sheet lacks keeps the stored value; an empty cell clears it
    const { id: _id, ...values } = r.values;
    const base = existing ? Object.fromEntries(Object.entries(storedProps(existing)).filter(([k]) => !r.ctx.at.has(k))) : {};
    const merged: Record<string, unknown> = { ...base, ...values };
    const parsed = nodeProps[r.label].safeParse(merged);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (r.bad?.has(key)) continue;
        problems.add(at(r.ctx, r.row, key, issue.code === 'invalid_type' ? 'REQUIRED' : 'INVALID_VALUE', explainIssue(issue, !r.ctx.at.has(key))));
      }
      r.failed = true;
      continue;
    }
    const props = parsed.data as Record<string, unknown>;
    // a recorded gap moves one status at a time, by import as by the API
    const move = existing?.label === 'Gap' && r.label === 'Gap' ? gapTransitionProblem(existing.status, props.status as GapStatus) : null;
    if (move) {
      problems.add(at(r.ctx, r.row, 'status', 'INVALID_VALUE', { message: `A gap ${move.message}`, messageSv: `Ett mellanrum ${move.messageSv}` }));
      r.failed = true;
    }
    for (const p of nodeInvariants(props)) {
      problems.add(at(r.ctx, r.row, String(p.path[0]), 'INVALID_VALUE', { message: p.message, messageSv: svOf(p.message) }));
      r.failed = true;
    }
    if (r.failed || r.bad) continue;
    // unchanged values keep the stored key order, so the store sees no change at all
    const node = { id: r.id, label: r.label, props: existing && sameProps(props, storedProps(existing)) ? storedProps(existing) : props };
    (existing ? out : fresh).push(node);
  }
  // updates first: a renamed element frees its old name before a new one takes it
  return [...out, ...fresh];
}

interface Endpoint {
  id: string;
  label: NodeLabel;
}

async function resolveEdges(store: GraphStore, rows: EdgeRow[], nodes: NodeRow[], problems: Problems): Promise<Batch['edges']> {
  // what the file itself names
  const fileById = new Map<string, Endpoint>();
  const fileByName = new Map<string, Endpoint>();
  for (const n of nodes) {
    if (!n.id) continue;
    fileById.set(n.id, { id: n.id, label: n.label });
    if (typeof n.values.name === 'string') fileByName.set(`${n.label}|${nameKey(n.values.name)}`, { id: n.id, label: n.label });
  }

  const typeOf = (r: EdgeRow): RelType | null => (r.ctx.def.types!.length === 1 ? r.ctx.def.types![0]! : (r.values.type as RelType | undefined) ?? null);
  const refs = (r: EdgeRow, end: 'from' | 'to') => {
    const v = r.values[end];
    return typeof v === 'string' ? v.trim() : v === undefined ? undefined : String(v);
  };

  // what must come from the store
  const askIds = new Set<string>();
  const askNames = new Map<NodeLabel, Set<string>>();
  for (const r of rows) {
    const type = typeOf(r);
    if (!type) continue;
    for (const end of ['from', 'to'] as const) {
      const ref = refs(r, end);
      if (!ref || fileById.has(ref)) continue;
      const labels = RELATIONSHIPS[type][end];
      if (labels.some((l) => fileByName.has(`${l}|${nameKey(ref)}`))) continue;
      if (Id.safeParse(ref).success) askIds.add(ref);
      for (const l of labels) (askNames.get(l) ?? askNames.set(l, new Set()).get(l)!).add(ref);
    }
  }
  const storeById = new Map<string, GraphNode>();
  for (const n of await chunked([...askIds], (ids) => store.getNodes(ids))) if (n) storeById.set(n.id, n);
  const storeByName = new Map<string, GraphNode>();
  for (const [label, names] of askNames) {
    for (const n of await chunked([...names], (part) => store.getNodesByName(label, part))) if (n) storeByName.set(`${label}|${nameKey(n.name)}`, n);
  }

  const resolve = (r: EdgeRow, type: RelType, end: 'from' | 'to'): Endpoint | null => {
    const ref = refs(r, end);
    if (ref === undefined) {
      if (!r.bad?.has(end)) problems.add(at(r.ctx, r.row, end, 'REQUIRED', { message: 'is required', messageSv: 'måste anges' }));
      return null;
    }
    const labels = RELATIONSHIPS[type][end];
    const byId = fileById.get(ref) ?? (storeById.has(ref) ? { id: ref, label: storeById.get(ref)!.label } : undefined);
    if (byId) {
      if (!labels.includes(byId.label)) {
        problems.add(at(r.ctx, r.row, end, 'WRONG_ENDPOINT', {
          message: `"${ref}" is ${/^[AEIOU]/.test(byId.label) ? 'an' : 'a'} ${byId.label}; ${type} ${end === 'from' ? 'starts at' : 'ends at'} ${labels.join(' or ')}`,
          messageSv: `"${ref}" är av slaget ${byId.label}; ${type} ${end === 'from' ? 'börjar i' : 'slutar i'} ${labels.join(' eller ')}`,
        }));
        return null;
      }
      return byId;
    }
    const k = nameKey(ref);
    const inFile = labels.map((l) => fileByName.get(`${l}|${k}`)).filter((e): e is Endpoint => !!e);
    const hits = inFile.length ? inFile : labels.map((l) => storeByName.get(`${l}|${k}`)).filter((n): n is GraphNode => !!n).map((n) => ({ id: n.id, label: n.label }));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) {
      problems.add(at(r.ctx, r.row, end, 'AMBIGUOUS_REFERENCE', {
        message: `"${ref}" names more than one element (${hits.map((h) => `${h.label} ${h.id}`).join(', ')}); use the id`,
        messageSv: `"${ref}" är namnet på mer än ett element (${hits.map((h) => `${h.label} ${h.id}`).join(', ')}); ange id`,
      }));
      return null;
    }
    problems.add(at(r.ctx, r.row, end, 'UNRESOLVED_REFERENCE', {
      message: `No ${labels.join(' or ')} with the id or name "${ref}", in the file or in the map`,
      messageSv: `Inget element (${labels.join(' eller ')}) med id eller namn "${ref}", varken i filen eller i kartan`,
    }));
    return null;
  };

  type Pending = { r: EdgeRow; type: RelType; from: Endpoint; to: Endpoint; props: Record<string, unknown> };
  const pending: Pending[] = [];
  for (const r of rows) {
    const type = typeOf(r);
    if (!type) {
      if (!r.bad?.has('type')) problems.add(at(r.ctx, r.row, 'type', 'REQUIRED', { message: 'is required', messageSv: 'måste anges' }));
      continue;
    }
    const from = resolve(r, type, 'from');
    const to = resolve(r, type, 'to');
    const { type: _t, from: _f, to: _to, ...props } = r.values;
    if (!from || !to || r.bad) continue;
    if (from.id === to.id) {
      problems.add(at(r.ctx, r.row, 'to', 'INVALID_VALUE', { message: `A ${type} relationship cannot join an element to itself`, messageSv: `En relation av typen ${type} kan inte gå från ett element till sig självt` }));
      continue;
    }
    pending.push({ r, type, from, to, props });
  }

  // a sheet without some property column keeps what the store has for it
  const partial = pending.filter((p) => p.r.ctx.def.columns.some((c) => !['type', 'from', 'to'].includes(c.key) && !p.r.ctx.at.has(c.key)));
  const storedEdges = new Map<string, GraphEdge>();
  if (partial.length) {
    const ids = [...new Set(partial.flatMap((p) => [p.from.id, p.to.id]))];
    for (const rel of await chunked(ids, (part) => store.related(part, { types: [...new Set(partial.map((p) => p.type))], direction: 'both' }))) storedEdges.set(rel.edge.id, rel.edge);
  }

  const seen = new Map<string, EdgeRow>();
  const out: Batch['edges'] = [];
  for (const p of pending) {
    const { r, type } = p;
    const schema = RELATIONSHIPS[type].props;
    const year = typeof p.props.year === 'number' ? p.props.year : undefined;
    const stored = storedEdges.get(edgeId(type, p.from.id, p.to.id, year));
    const base = stored ? Object.fromEntries(Object.entries(storedEdgeProps(stored)).filter(([k]) => !r.ctx.at.has(k))) : {};
    const parsed = schema.safeParse({ ...base, ...p.props });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        problems.add(at(r.ctx, r.row, key, issue.code === 'invalid_type' ? 'REQUIRED' : 'INVALID_VALUE', explainIssue(issue, !r.ctx.at.has(key))));
      }
      continue;
    }
    const props = parsed.data as EdgeProps;
    const key = edgeId(type, p.from.id, p.to.id, props.year);
    const prior = seen.get(key);
    if (prior) {
      problems.add(at(r.ctx, r.row, null, 'DUPLICATE_ROW', {
        message: `The same relationship is also on row ${prior.row} of "${prior.ctx.name}"`,
        messageSv: `Samma relation finns också på rad ${prior.row} i "${prior.ctx.name}"`,
      }));
      continue;
    }
    seen.set(key, r);
    out.push({ type, from: p.from.id, to: p.to.id, props });
  }
  return out;
}

// ---- the whole ---------------------------------------------------------------------

function summaryText(report: Omit<ImportReport, 'message' | 'messageSv'>): { message: string; messageSv: string } {
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
