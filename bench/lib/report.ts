// One benchmark row: a figure, the floor it is compared with (measured in the
// same run), their ratio, and the target. Printed as a table, written as JSON
// and as a markdown table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** `bytes` print as MB (10^6 bytes); `exponent` and `times` are plain numbers (a growth exponent, a size factor). */
export type Unit = 'ms' | 'req/s' | 'calls' | 'bytes' | 'exponent' | 'times';

export interface Figure {
  /** What was measured: "GraphQL graph over HTTP". */
  label: string;
  /** The median (or, for req/s, the mean rate autocannon reports). */
  value: number;
  unit: Unit;
  /** Extra readings shown beside the value: p99, rows/s, … */
  detail?: string;
  samples?: number[];
}

/**
 * `time`: figure ÷ floor (lower is better, a target is a ceiling);
 * `throughput`: figure ÷ floor in operations per second, or floor ÷ figure when both are times
 * (higher is better, a target is a floor).
 */
export type RatioKind = 'time' | 'throughput';

export interface Target {
  text: string;
  met: boolean;
}

export interface Row {
  id: string;
  operation: string;
  scale: string;
  figure: Figure | null;
  floor: Figure | null;
  ratio: number | null;
  ratioKind: RatioKind;
  targets: Target[];
  /** Measured runs of each. */
  reps: number;
  note?: string;
  /** Set when the row could not be measured: why. */
  skipped?: string;
  /** Anything else worth keeping in the JSON (breakdowns, counts). */
  extra?: Record<string, unknown>;
  /**
   * A Neo4j row (npm run bench -- --store neo4j): the matching SQLite row's
   * figure from the same run, and this row's figure divided by it.
   */
  versus?: { id: string; label: string; value: number; unit: Unit; ratio: number };
}

export function pairRow(r: {
  id: string; operation: string; scale: string; figure: Figure; floor: Figure; ratioKind?: RatioKind; reps: number;
  targets?: Array<(ratio: number, figure: Figure) => Target>; note?: string; extra?: Record<string, unknown>;
}): Row {
  const kind = r.ratioKind ?? 'time';
  // a throughput ratio of two times is the floor's time over the figure's
  const ratio = kind === 'throughput' && r.figure.unit === 'ms' ? r.floor.value / r.figure.value : r.figure.value / r.floor.value;
  return {
    id: r.id, operation: r.operation, scale: r.scale, figure: r.figure, floor: r.floor, ratio, ratioKind: kind,
    targets: (r.targets ?? []).map((t) => t(ratio, r.figure)), reps: r.reps,
    ...(r.note ? { note: r.note } : {}), ...(r.extra ? { extra: r.extra } : {}),
  };
}

export function skippedRow(id: string, operation: string, scale: string, reason: string, targets: string[] = []): Row {
  return { id, operation, scale, figure: null, floor: null, ratio: null, ratioKind: 'time', targets: targets.map((text) => ({ text, met: false })), reps: 0, skipped: reason };
}

// ---- formatting -----------------------------------------------------------------

export function fmtValue(f: Figure | null): string {
  if (!f) return '–';
  const v = fmtUnit(f.value, f.unit);
  return f.detail ? `${v} (${f.detail})` : v;
}

export function fmtUnit(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms': return fmtMs(value);
    case 'req/s': return `${fmtNum(value)} req/s`;
    case 'calls': return `${value} calls`;
    case 'bytes': return fmtBytes(value);
    case 'exponent': return value.toFixed(2);
    case 'times': return `${fmtNum(value)}×`;
  }
}

export function fmtBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e8 ? 0 : 1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(n >= 1e5 ? 0 : 1)} kB`;
  return `${n} B`;
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function fmtNum(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

export function fmtRatio(row: Row): string {
  if (row.ratio === null || !Number.isFinite(row.ratio)) return '–';
  return row.ratioKind === 'time' ? `${row.ratio >= 10 ? row.ratio.toFixed(0) : row.ratio.toFixed(2)}×` : row.ratio.toFixed(2);
}

export function fmtTargets(row: Row): string {
  if (!row.targets.length) return '–';
  return row.targets.map((t) => `${t.text} ${t.met ? '✓' : '✗ MISS'}`).join('; ');
}

const HEADERS = ['operation', 'scale', 'median', 'floor (same run)', 'ratio', 'target'];
/** The extra column when some row is compared with SQLite (--store neo4j). */
const VERSUS = 'neo4j / sqlite (same run)';

/** The neo4j / sqlite column: the ratio of the figures, and the SQLite figure. */
export function fmtVersus(row: Row): string {
  const v = row.versus;
  if (!v || !Number.isFinite(v.ratio)) return '–';
  const sqlite = fmtUnit(v.value, v.unit);
  return `${v.ratio >= 10 ? v.ratio.toFixed(0) : v.ratio.toFixed(2)}× (sqlite ${sqlite})`;
}

function columns(rows: readonly Row[]): string[] {
  return rows.some((r) => r.versus) ? [...HEADERS.slice(0, 5), VERSUS, HEADERS[5]!] : HEADERS;
}

function cells(row: Row, versus: boolean): string[] {
  const out = row.skipped
    ? [row.operation, row.scale, `skipped: ${row.skipped}`, '–', '–', fmtTargets(row)]
    : [
      row.operation,
      row.scale,
      fmtValue(row.figure),
      row.floor ? `${row.floor.label}: ${fmtValue(row.floor)}` : '–',
      fmtRatio(row),
      fmtTargets(row),
    ];
  if (versus) out.splice(5, 0, fmtVersus(row));
  return out;
}

/** A plain-text table for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const cols = columns(rows);
  const data = [cols, ...rows.map((r) => cells(r, cols.length > HEADERS.length))];
  const widths = cols.map((_, i) => Math.max(...data.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  return [line(data[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...data.slice(1).map(line)].join('\n');
}

/** The same table in markdown, for the README. */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const cols = columns(rows);
  return [
    `| ${cols.join(' | ')} |`,
    `|${cols.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r, cols.length > HEADERS.length).map(esc).join(' | ')} |`),
  ].join('\n');
}

export function writeResults(path: string, body: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
