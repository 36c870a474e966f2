// <sk-coverage>: the coverage matrix (municipality × system level, hand-over
// or target group) from the analysis API, as a grid readable without colour:
// a symbol and words in every cell. Its rows follow the map's area filter,
// as the gap analysis does, and it says so; Σ counts the rows shown. One Tab
// stop: the arrow keys, Home and End move between cells (the WAI-ARIA grid
// pattern) and Enter drills down into the map: the municipality, the level,
// and the forums behind the cell highlighted.
import { html, nothing } from 'lit';
import { gql, toApiError } from '../api.ts';
import { gapFromCell } from '../gap-prefill.ts';
import { CELL_SYMBOL, cellEvidence, gridMove, rowsInArea, totalsOf, type CoverageMatrix, type GridCell } from '../graph/coverage.ts';
import type { CoverageColumns as CoverageColumnKind } from '../../../schema/enums.ts';
import type { SystemLevel } from '../graph/types.ts';
import { lang, t } from '../i18n/index.ts';
import { COVERAGE } from '../queries.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';

const COLUMN_KINDS: readonly CoverageColumnKind[] = ['SYSTEM_LEVELS', 'HANDOVERS', 'TARGET_GROUPS'];

/** The columns last chosen: the tab opens with them again after a drill-down into the map. */
let lastColumns: CoverageColumnKind = 'SYSTEM_LEVELS';

export class CoverageView extends StoreElement {
  static override properties = { matrix: { state: true }, status: { state: true }, error: { state: true }, columns: { state: true }, active: { state: true } };
  /** The matrix shown, with the columns it was asked for. */
  declare matrix: { columns: CoverageColumnKind; data: CoverageMatrix } | null;
  /** What the columns are: system levels, care-level hand-overs or target groups. */
  declare columns: CoverageColumnKind;
  /** `unavailable`: the server has no coverage analysis; `error`: it refused this request. */
  declare status: 'loading' | 'ready' | 'error' | 'unavailable';
  declare error: string;
  /** The grid's cell in the tab order (row and column among the rows shown). */
  declare active: GridCell;
  private loadedKey = '';
  /** The latest request: an answer to any earlier one is dropped. */
  private requestSeq = 0;

  constructor() {
    super();
    this.matrix = null;
    this.columns = lastColumns;
    this.status = 'loading';
    this.error = '';
    this.active = { row: 0, col: 0 };
  }

  protected override storeChanged(): void {
    if (!store.loading && !store.loadError) {
      const key = `${store.graph.version}@${store.state.asOf}@${this.columns}`;
      if (key !== this.loadedKey) {
        this.loadedKey = key;
        void this.load();
      }
    }
    this.requestUpdate();
  }

  private async load() {
    if (!store.caps.queries.has('coverage')) {
      this.status = 'unavailable';
      return;
    }
    const seq = ++this.requestSeq;
    const columns = this.columns;
    this.status = 'loading';
    try {
      const r = await gql<{ coverage: CoverageMatrix }>(COVERAGE, { asOf: store.state.asOf, columns });
      if (seq !== this.requestSeq) return;
      // a retry that worked: the message goes, and the focus on its button goes on into the grid
      const focusWasOnError = !!this.querySelector('#coverage-error')?.contains(document.activeElement);
      this.matrix = { columns, data: r.coverage };
      this.status = 'ready';
      this.error = '';
      if (focusWasOnError) void this.updateComplete.then(() => (this.querySelector<HTMLElement>('table.coverage button[tabindex="0"]') ?? this.querySelector<HTMLElement>('#coverage-columns'))?.focus());
    } catch (e) {
      if (seq !== this.requestSeq) return;
      this.status = 'error';
      this.error = messageOf(toApiError(e));
    }
  }

  override render() {
    const m = t();
    const heading = html`<h2 id="coverage-h">${m.coverage.heading(this.columns)}</h2>`;
    if (this.status === 'unavailable') return html`${heading}<p class="notice">${m.gaps.analysisMissing}${this.error ? html` <small>(${this.error})</small>` : nothing}</p>`;
    // the matrix of another choice of columns is not shown under this one's heading
    const mx = this.matrix?.columns === this.columns ? this.matrix.data : null;
    return html`
      ${heading}
      <div class="row coverage-controls">
        <label class="inline">${m.coverage.columnsBy}
          <select id="coverage-columns" @change=${(e: Event) => this.chooseColumns((e.target as HTMLSelectElement).value as CoverageColumnKind)}>
            ${COLUMN_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.columns}>${m.coverage.columnKinds[k]}</option>`)}
          </select>
        </label>
        <span class="coverage-status" role="status">${this.status === 'loading' ? m.gaps.loading : ''}</span>
      </div>
      ${this.error
        ? html`<div class="notice coverage-error" role="alert" id="coverage-error">
            <p>${m.coverage.failed} ${this.error}</p>
            <button type="button" aria-disabled=${this.status === 'loading' ? 'true' : 'false'} @click=${() => this.retry()}>${m.app.retry}</button>
          </div>`
        : nothing}
      <p id="coverage-caption">${m.coverage.caption(this.columns)}</p>
      ${mx ? this.renderGrid(mx) : nothing}
    `;
  }

  private renderGrid(mx: CoverageMatrix) {
    const m = t();
    const l = lang();
    const s = store.state;
    const rows = this.rowsShown(mx);
    const filtered = s.municipality || s.countyPart;
    const areaName = [s.countyPart, s.municipality].filter((x): x is string => !!x).map((id) => store.byId.get(id)?.name ?? id).join(', ');
    const totals = totalsOf(rows);
    const active = this.activeIn(rows.length, mx.columns.length);
    return html`
      ${filtered
        ? html`<p class="coverage-filter notice">${m.coverage.filtered(areaName, rows.length, mx.rows.length)}
            <button type="button" class="link" @click=${() => this.showAll()}>${m.coverage.showAll}</button></p>`
        : nothing}
      ${rows.length
        ? html`<p id="coverage-keys" class="small">${m.coverage.keys}</p>
          <div class="table-wrap"><table class="coverage" role="grid" aria-labelledby="coverage-h" aria-describedby="coverage-caption coverage-keys"
            aria-busy=${this.status === 'loading' ? 'true' : 'false'} @keydown=${this.onGridKey} @focusin=${this.onGridFocus}>
            <thead><tr><th scope="col">${m.coverage.rows}</th>${mx.columns.map((c) => html`<th scope="col">${c.label[l]}</th>`)}</tr></thead>
            <tbody>
              ${rows.map((r, i) => html`<tr>
                <th scope="row">${r.area.name}</th>
                ${r.cells.map((c, j) => {
                  const col = mx.columns.find((x) => x.key === c.column);
                  return html`<td class="cell cell-${c.state.toLowerCase()}">
                    <button type="button" data-row=${i} data-col=${j} tabindex=${i === active.row && j === active.col ? 0 : -1}
                      aria-label=${`${c.text[l]}. ${m.coverage.drill(r.area.name, col?.label[l] ?? c.column)}`}
                      @click=${() => this.drill(r.area.id, col?.systemLevel ?? null, cellEvidence(r.area.id, c))}>
                      <span class="symbol" aria-hidden="true">${CELL_SYMBOL[c.state]}</span> ${c.text[l]}
                    </button>
                  </td>`;
                })}
              </tr>`)}
            </tbody>
            <tfoot><tr><th scope="row"><span aria-hidden="true">Σ</span><span class="visually-hidden">${m.coverage.total}</span></th>
              <td colspan=${mx.columns.length}>${m.coverage.totals(totals.covered, totals.plannedOnly, totals.none)}</td></tr></tfoot>
          </table></div>
          ${this.recordGapButton(mx, rows, active)}`
        : html`<p class="empty-state">${m.coverage.empty}</p>`}
    `;
  }

  /** "Registrera mellanrum vid …": the new-gap form, prefilled from the grid's active cell (its area, and the hand-over's care levels or the target group). */
  private recordGapButton(mx: CoverageMatrix, rows: CoverageMatrix['rows'], at: GridCell) {
    const row = rows[at.row];
    const cell = row?.cells[at.col];
    const col = cell ? mx.columns.find((x) => x.key === cell.column) : undefined;
    if (!row || !cell || !col) return nothing;
    const l = lang();
    return html`<p><button type="button" id="coverage-record-gap" @click=${() => store.requestCreate('Gap', gapFromCell(row.area, col, cell, store.graph.nodes, l))}>
      △ ${t().flow.recordGapAt(`${row.area.name} × ${col.label[l]}`)}</button></p>`;
  }

  /** The matrix as shown, for a spreadsheet of it: its columns, date and the rows the area filter leaves (null while none is shown). */
  shown(): { columns: CoverageColumnKind; asOf?: string; areas: string[] } | null {
    const mx = this.matrix?.columns === this.columns ? this.matrix.data : null;
    if (!mx) return null;
    return { columns: this.columns, asOf: mx.asOf, areas: this.rowsShown(mx).map((r) => r.area.id) };
  }

  private rowsShown(mx: CoverageMatrix) {
    return rowsInArea(mx.rows, store.state, (id) => store.byId.get(id)?.countyPart);
  }

  /** The active cell, kept inside the grid as it shrinks (a filter, other columns). */
  private activeIn(rows: number, cols: number): GridCell {
    return { row: Math.max(0, Math.min(this.active.row, rows - 1)), col: Math.max(0, Math.min(this.active.col, cols - 1)) };
  }

  private cellButton(at: GridCell): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`table.coverage button[data-row="${at.row}"][data-col="${at.col}"]`);
  }

  private onGridKey = (e: KeyboardEvent) => {
    const from = (e.target as HTMLElement).closest<HTMLElement>('button[data-row]');
    const rows = this.querySelectorAll('table.coverage tbody tr').length;
    const cols = this.matrix?.data.columns.length ?? 0;
    if (!from || !rows || !cols) return;
    const next = gridMove({ row: Number(from.dataset.row), col: Number(from.dataset.col) }, e.key, e.ctrlKey || e.metaKey, { rows, cols });
    if (!next) return;
    e.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => this.cellButton(next)?.focus());
  };

  /** A cell reached by the mouse (or a screen reader's own cursor) becomes the grid's tab stop. */
  private onGridFocus = (e: FocusEvent) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('button[data-row]');
    if (cell) this.active = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  };

  private chooseColumns(columns: CoverageColumnKind) {
    this.columns = lastColumns = columns;
    this.storeChanged();
  }

  private retry() {
    if (this.status === 'loading') return;
    this.loadedKey = '';
    this.storeChanged();
  }

  /** Ends the area filter; the focus goes on into the grid, to the same cell of the same municipality. */
  private showAll() {
    const mx = this.matrix?.data;
    const shown = mx ? this.rowsShown(mx) : [];
    const area = mx ? shown[this.activeIn(shown.length, mx.columns.length).row]?.area.id : undefined;
    store.setState({ municipality: null, countyPart: null });
    if (!mx) return;
    const row = Math.max(0, this.rowsShown(mx).findIndex((r) => r.area.id === area));
    this.active = { row, col: this.active.col };
    void this.updateComplete.then(() => this.cellButton(this.active)?.focus());
  }

  private drill(area: string, level: SystemLevel | null, evidence: Set<string>) {
    store.setState({ tab: 'map', municipality: area, systemLevel: level ? [level] : [], labels: [], countyPart: null });
    store.setEvidence(evidence.size > 1 ? { key: `cell:${area}:${level}`, ids: evidence, lines: [] } : null);
    store.highlightNode(area);
  }
}

customElements.define('sk-coverage', CoverageView);
