// <sk-legend>: the map's legend, read from the stylesheet (graph/legend.ts):
// every shape, fill, border, line and marker the map can show, grouped, each
// drawn as the map draws it. Open when the page opens, at the foot of the side
// panel beside the map: it covers none of the map and takes none of its room
// (the county's fifteen municipalities need the map's full height to be named).
// It folds away.
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { glyphSvg, LEGEND_GROUPS, legendEntries, type LegendEntry } from '../graph/legend.ts';
import { TYPE_CLASS } from '../graph/style.ts';
import type { NodeLabel } from '../graph/types.ts';
import { t } from '../i18n/index.ts';
import { store } from '../store.ts';
import { StoreElement } from './base.ts';

const TYPE_OF = new Map(Object.entries(TYPE_CLASS).map(([label, cls]) => [`node.${cls}`, label as NodeLabel]));

export class MapLegend extends StoreElement {
  /** Open at first; a person may fold it away. */
  private open = true;
  private made: { lang: string; overview: boolean; entries: LegendEntry[] } | null = null;
  private tab = store.state.tab;
  private overview = store.mapOverview;

  /** Drawn again only when its language, the tab or the map's overview changes: the stylesheet does not change while the page is open. */
  protected override storeChanged(): void {
    if (store.state.tab !== this.tab || store.mapOverview !== this.overview) {
      this.tab = store.state.tab;
      this.overview = store.mapOverview;
      this.requestUpdate();
    }
  }

  override render() {
    if (store.state.tab !== 'map') return nothing;
    const m = t();
    // an overview's areas and the edges between them are explained while the map shows them
    const overview = store.mapOverview;
    if (this.made?.lang !== m.code || this.made.overview !== overview) this.made = { lang: m.code, overview, entries: legendEntries(m, undefined, { overview }) };
    const entries = this.made.entries;
    // drawings are SVG markup made by graph/legend.ts from the stylesheet's own values (its letters escaped), never from data
    return html`<details class="legend" ?open=${this.open} @toggle=${(e: Event) => { this.open = (e.currentTarget as HTMLDetailsElement).open; }}>
      <summary>${m.legend.heading}</summary>
      <div class="legend-body">
        ${LEGEND_GROUPS.map((g) => {
          const mine = entries.filter((e) => e.group === g);
          return mine.length
            ? html`<section class="legend-group" data-group=${g}>
                <h3>${m.legend.groups[g]}</h3>
                <ul>${mine.map((e) => {
                  const label = TYPE_OF.get(e.selector);
                  return html`<li class=${label ? 'legend-entry legend-shape' : 'legend-entry'} data-selector=${e.selector} data-label=${label ?? ''}>${unsafeHTML(glyphSvg(e.look))}<span>${e.text}</span></li>`;
                })}</ul>
              </section>`
            : nothing;
        })}
      </div>
    </details>`;
  }
}

customElements.define('sk-legend', MapLegend);
