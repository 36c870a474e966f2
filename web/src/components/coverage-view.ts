// <sk-coverage>: the coverage matrix (municipality × system level) from the
// analysis API, as a table readable without colour: a symbol and words in
// every cell. A cell drills down into the map: the municipality, the level,
// and the forums behind the cell highlighted.
import { html, nothing } from 'lit';
import { gql, toApiError } from '../api.ts';
import { CELL_SYMBOL, cellEvidence, type CoverageMatrix } from '../graph/coverage.ts';
import type { CoverageColumns as CoverageColumnKind } from '../../../schema/enums.ts';
import type { SystemLevel } from '../graph/types.ts';
import { lang, t } from '../i18n/index.ts';
import { COVERAGE } from '../queries.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';

export class CoverageView extends StoreElement {
  static override properties = { matrix: { state: true }, status: { state: true }, error: { state: true }, columns: { state: true } };
  declare matrix: CoverageMatrix | null;
  /** What the columns are: system levels, care-level hand-overs or target groups. */
  declare columns: CoverageColumnKind;
  declare status: 'loading' | 'ready' | 'unavailable';
  declare error: string;
  private loadedKey = '';

  constructor() {
    super();
    this.matrix = null;
    this.columns = 'SYSTEM_LEVELS';
    this.status = 'loading';
    this.error = '';
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
    try {
      const r = await gql<{ coverage: CoverageMatrix }>(COVERAGE, { asOf: store.state.asOf, columns: this.columns });
      this.matrix = r.coverage;
      this.status = 'ready';
    } catch (e) {
      this.status = 'unavailable';
      this.error = messageOf(toApiError(e));
    }
  }

  override render() {
    const m = t();
    const l = lang();
    if (this.status === 'unavailable') return html`<h2>${m.coverage.heading(this.columns)}</h2><p class="notice">${m.gaps.analysisMissing}${this.error ? html` <small>(${this.error})</small>` : nothing}</p>`;
    if (!this.matrix) return html`<h2>${m.coverage.heading(this.columns)}</h2><p role="status">${m.gaps.loading}</p>`;
    const mx = this.matrix;
    const inFilter = (id: string) => (!store.state.municipality || store.state.municipality === id);
    const rows = mx.rows.filter((r) => inFilter(r.area.id));
    return html`
      <h2 id="coverage-h">${m.coverage.heading(this.columns)}</h2>
      <label class="inline">${m.coverage.columnsBy}
        <select @change=${(e: Event) => this.chooseColumns((e.target as HTMLSelectElement).value as CoverageColumnKind)}>
          ${(['SYSTEM_LEVELS', 'HANDOVERS', 'TARGET_GROUPS'] as const).map((k) => html`<option value=${k} ?selected=${k === this.columns}>${m.coverage.columnKinds[k]}</option>`)}
        </select>
      </label>
      <p id="coverage-caption">${m.coverage.caption(this.columns)}</p>
      ${rows.length
        ? html`<div class="table-wrap"><table class="coverage" aria-labelledby="coverage-h" aria-describedby="coverage-caption">
            <thead><tr><th scope="col">${m.coverage.rows}</th>${mx.columns.map((c) => html`<th scope="col">${c.label[l]}</th>`)}</tr></thead>
            <tbody>
              ${rows.map((r) => html`<tr>
                <th scope="row">${r.area.name}</th>
                ${r.cells.map((c) => {
                  const col = mx.columns.find((x) => x.key === c.column);
                  return html`<td class="cell cell-${c.state.toLowerCase()}">
                    <button type="button" aria-label=${`${c.text[l]}. ${m.coverage.drill(r.area.name, col?.label[l] ?? c.column)}`}
                      @click=${() => this.drill(r.area.id, col?.systemLevel ?? null, cellEvidence(r.area.id, c))}>
                      <span class="symbol" aria-hidden="true">${CELL_SYMBOL[c.state]}</span> ${c.text[l]}
                    </button>
                  </td>`;
                })}
              </tr>`)}
            </tbody>
            <tfoot><tr><th scope="row">Σ</th><td colspan=${mx.columns.length}>
              ${CELL_SYMBOL.COVERED} ${mx.totals.covered} · ${CELL_SYMBOL.PLANNED_ONLY} ${mx.totals.plannedOnly} · ${CELL_SYMBOL.NONE} ${mx.totals.none}
            </td></tr></tfoot>
          </table></div>`
        : html`<p class="empty-state">${m.coverage.empty}</p>`}
    `;
  }

  private chooseColumns(columns: CoverageColumnKind) {
    this.columns = columns;
    this.matrix = null;
    this.storeChanged();
  }

  private drill(area: string, level: SystemLevel | null, evidence: Set<string>) {
    store.setState({ tab: 'map', municipality: area, systemLevel: level ? [level] : [], labels: [], countyPart: null });
    store.setEvidence(evidence.size > 1 ? { key: `cell:${area}:${level}`, ids: evidence, lines: [] } : null);
    store.highlightNode(area);
  }
}

customElements.define('sk-coverage', CoverageView);
