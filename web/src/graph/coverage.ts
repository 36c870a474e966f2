// The coverage matrix as the analysis API gives it, and what the map shows
// when a cell is opened, the rows the map's area filter keeps and their Σ,
// and the grid's arrow keys. Readable without colour: each state has a symbol.
import type { SystemLevel } from './types.ts';

export type CoverageState = 'COVERED' | 'PLANNED_ONLY' | 'NONE';

export interface CoverageCell {
  column: string;
  state: CoverageState;
  count: number;
  text: { sv: string; en: string };
  active: { id: string }[];
  planned: { id: string }[];
  related: { id: string }[];
  findingKey: string | null;
}

export interface CoverageMatrix {
  asOf: string;
  columns: Array<{ key: string; label: { sv: string; en: string }; systemLevel: SystemLevel | null }>;
  rows: Array<{ area: { id: string; name: string }; cells: CoverageCell[] }>;
  totals: { covered: number; plannedOnly: number; none: number };
}

/** ✓ covered, ◐ planned only, ✗ none: the cell's state in a symbol, beside its words. */
export const CELL_SYMBOL: Record<CoverageState, string> = { COVERED: '✓', PLANNED_ONLY: '◐', NONE: '✗' };

/** What a cell highlights on the map: the area and the forums and initiatives behind it. */
export function cellEvidence(area: string, cell: Pick<CoverageCell, 'active' | 'planned' | 'related'>): Set<string> {
  return new Set([area, ...cell.active.map((x) => x.id), ...cell.planned.map((x) => x.id), ...cell.related.map((x) => x.id)]);
}

/** The map's area filter, which the coverage rows follow (as the gap analysis does). */
export interface AreaFilter {
  countyPart: string | null;
  municipality: string | null;
}

/** The rows in the area filter: the municipality chosen, those of the county part chosen, or all. */
export function rowsInArea<R extends { area: { id: string } }>(rows: readonly R[], f: AreaFilter, countyPartOf: (id: string) => string | null | undefined): R[] {
  return rows.filter((r) => (!f.municipality || r.area.id === f.municipality) && (!f.countyPart || countyPartOf(r.area.id) === f.countyPart));
}

/** Σ of the rows given: how many of their cells are in each state. */
export function totalsOf(rows: ReadonlyArray<{ cells: ReadonlyArray<Pick<CoverageCell, 'state'>> }>): CoverageMatrix['totals'] {
  const t = { covered: 0, plannedOnly: 0, none: 0 };
  for (const r of rows) for (const c of r.cells) {
    if (c.state === 'COVERED') t.covered++;
    else if (c.state === 'PLANNED_ONLY') t.plannedOnly++;
    else t.none++;
  }
  return t;
}

export interface GridCell {
  row: number;
  col: number;
}

/**
 * Where a key moves the active cell of a grid of `rows` × `cols` (the WAI-ARIA
 * grid pattern): arrows one cell, stopping at the edges; Home and End to the
 * row's first and last cell; with Ctrl (⌘ on a Mac) to the grid's first and
 * last. Null for any other key, which the grid leaves alone.
 */
export function gridMove(at: GridCell, key: string, ctrl: boolean, size: { rows: number; cols: number }): GridCell | null {
  const last = { row: size.rows - 1, col: size.cols - 1 };
  const clamp = (row: number, col: number) => ({ row: Math.max(0, Math.min(last.row, row)), col: Math.max(0, Math.min(last.col, col)) });
  switch (key) {
    case 'ArrowRight': return clamp(at.row, at.col + 1);
    case 'ArrowLeft': return clamp(at.row, at.col - 1);
    case 'ArrowDown': return clamp(at.row + 1, at.col);
    case 'ArrowUp': return clamp(at.row - 1, at.col);
    case 'Home': return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End': return ctrl ? clamp(last.row, last.col) : clamp(at.row, last.col);
    default: return null;
  }
}
