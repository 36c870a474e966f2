// The coverage matrix as the analysis API gives it, and what the map shows
// when a cell is opened. Readable without colour: each state has a symbol.
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
