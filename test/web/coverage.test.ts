// The coverage grid without a browser: the rows the map's area filter keeps,
// Σ over them, and where the grid's keys move the active cell.
import { describe, expect, it } from 'vitest';
import { gridMove, rowsInArea, totalsOf, type CoverageState } from '../../web/src/graph/coverage.ts';

const row = (id: string, ...states: CoverageState[]) => ({ area: { id, name: id }, cells: states.map((state) => ({ state })) });
const rows = [row('a', 'COVERED', 'NONE'), row('b', 'COVERED', 'PLANNED_ONLY'), row('c', 'NONE', 'NONE')];
const partOf: Record<string, string> = { a: 'north', b: 'north', c: 'south' };

describe('coverage rows in the area filter', () => {
  it('keeps every row without an area filter', () => {
    expect(rowsInArea(rows, { countyPart: null, municipality: null }, (id) => partOf[id])).toEqual(rows);
  });

  it('keeps the municipality chosen, or the county part’s municipalities, or what both allow', () => {
    const ids = (f: { countyPart: string | null; municipality: string | null }) => rowsInArea(rows, f, (id) => partOf[id]).map((r) => r.area.id);
    expect(ids({ countyPart: null, municipality: 'b' })).toEqual(['b']);
    expect(ids({ countyPart: 'north', municipality: null })).toEqual(['a', 'b']);
    expect(ids({ countyPart: 'south', municipality: 'b' })).toEqual([]);
  });

  it('counts Σ over the rows given', () => {
    expect(totalsOf(rows)).toEqual({ covered: 2, plannedOnly: 1, none: 3 });
    expect(totalsOf(rows.slice(1, 2))).toEqual({ covered: 1, plannedOnly: 1, none: 0 });
    expect(totalsOf([])).toEqual({ covered: 0, plannedOnly: 0, none: 0 });
  });
});

describe('the grid’s keys', () => {
  const size = { rows: 15, cols: 3 };
  const at = { row: 4, col: 1 };

  it('move one cell with the arrows and stop at the edges', () => {
    expect(gridMove(at, 'ArrowRight', false, size)).toEqual({ row: 4, col: 2 });
    expect(gridMove(at, 'ArrowLeft', false, size)).toEqual({ row: 4, col: 0 });
    expect(gridMove(at, 'ArrowDown', false, size)).toEqual({ row: 5, col: 1 });
    expect(gridMove(at, 'ArrowUp', false, size)).toEqual({ row: 3, col: 1 });
    expect(gridMove({ row: 0, col: 0 }, 'ArrowUp', false, size)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 14, col: 2 }, 'ArrowRight', false, size)).toEqual({ row: 14, col: 2 });
    expect(gridMove({ row: 14, col: 2 }, 'ArrowDown', false, size)).toEqual({ row: 14, col: 2 });
  });

  it('go to the row’s ends with Home and End, and to the grid’s with Ctrl', () => {
    expect(gridMove(at, 'Home', false, size)).toEqual({ row: 4, col: 0 });
    expect(gridMove(at, 'End', false, size)).toEqual({ row: 4, col: 2 });
    expect(gridMove(at, 'Home', true, size)).toEqual({ row: 0, col: 0 });
    expect(gridMove(at, 'End', true, size)).toEqual({ row: 14, col: 2 });
  });

  it('leave every other key to the browser (Tab, Enter, letters)', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'PageDown']) expect(gridMove(at, key, false, size)).toBeNull();
  });
});
