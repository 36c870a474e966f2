// Export of the current selection: CSV (one row per element, RFC 4180, safe
// to open in a spreadsheet) and JSON (elements with the relationships among them).
import type { Messages } from '../i18n/sv.ts';
import type { DayState } from './timeline.ts';
import type { MapEdge, MapNode } from './types.ts';

export const CSV_COLUMNS = ['id', 'label', 'name', 'kind', 'principal', 'status', 'systemLevel', 'severity', 'countyPart', 'plannedStart', 'startDate', 'endDate'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; a cell
 * that a spreadsheet would read as a formula (= + - @, tab, CR) gets a leading
 * apostrophe so it stays text.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The elements as CSV: a header of column names in the current language, then a row each; enum values as people read them. */
export function toCsv(nodes: readonly MapNode[], m: Messages, opts: { names?: ReadonlyMap<string, string> } = {}): string {
  const header = CSV_COLUMNS.map((c) => csvCell(m.fields[c as keyof Messages['fields']] ?? c));
  const value = (n: MapNode, c: Column): unknown => {
    switch (c) {
      case 'label': return m.enums.NodeLabel[n.label];
      case 'principal': return n.principal ? m.enums.Principal[n.principal] : '';
      case 'kind': {
        const table = (n.label === 'Actor' ? m.enums.ActorKind : n.label === 'CareLevel' ? m.enums.CareLevelKind : n.label === 'Forum' ? m.enums.ForumKind : n.label === 'Initiative' ? m.enums.InitiativeKind : n.label === 'Gap' ? m.enums.GapKind : {}) as Record<string, string>;
        return n.kind ? (table[n.kind] ?? n.kind) : '';
      }
      case 'status': {
        const table = (n.label === 'Gap' ? m.enums.GapStatus : m.enums.Status) as Record<string, string>;
        return n.status ? (table[n.status] ?? n.status) : '';
      }
      case 'systemLevel': return n.systemLevel ? m.enums.SystemLevel[n.systemLevel] : '';
      case 'severity': return n.severity ? m.enums.Severity[n.severity] : '';
      case 'countyPart': return n.countyPart ? (opts.names?.get(n.countyPart) ?? n.countyPart) : '';
      default: return n[c];
    }
  };
  const rows = nodes.map((n) => CSV_COLUMNS.map((c) => csvCell(value(n, c))).join(','));
  // CRLF as RFC 4180 says; Excel and LibreOffice read it either way
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

/** The elements and the relationships among them, with each element's state on the map's date. */
export function toJson(nodes: readonly MapNode[], edges: readonly MapEdge[], meta: { date: string; states?: ReadonlyMap<string, DayState>; version: number }): string {
  const ids = new Set(nodes.map((n) => n.id));
  return JSON.stringify(
    {
      exportedFrom: 'Samverkanskartan',
      asOf: meta.date,
      storeVersion: meta.version,
      nodes: nodes.map((n) => ({ ...n, ...(meta.states?.has(n.id) ? { stateOnDate: meta.states.get(n.id) } : {}) })),
      edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    },
    null,
    2,
  );
}

/** A file name with the date: `samverkanskartan-2026-05-01.csv`. */
export const fileName = (base: string, date: string, ext: string) => `${base}-${date}.${ext}`;
