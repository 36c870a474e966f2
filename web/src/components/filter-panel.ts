// <sk-filters>: the map's filters, each offered as FILTERS describes it
// (element types, area, system level, status, care level, target group);
// grouping; neighbourhood focus; the date and today-vs-plan.
import { html, nothing, type TemplateResult } from 'lit';
import { choiceOptions, EMPTY_FILTER, FILTER_KEYS, FILTERS, type FilterControl, type FilterState } from '../graph/filters.ts';
import type { Grouping } from '../graph/elements.ts';
import { byName, dateIndex, dateLabel, NAMES_SHOWN, timelineDates, type NamedChange } from '../graph/timeline.ts';
import { enumLabel, t } from '../i18n/index.ts';
import { store } from '../store.ts';
import { StoreElement } from './base.ts';

/** The filter whose group a flag stands in, if it stands in one. */
function groupOf(k: keyof FilterState): keyof FilterState | undefined {
  const c = FILTERS[k].control;
  return c.kind === 'flag' ? c.within : undefined;
}

function toggle<T>(list: readonly T[], v: T, on: boolean): T[] {
  return on ? [...new Set([...list, v])] : list.filter((x) => x !== v);
}

export class FilterPanel extends StoreElement {
  /** The change lists shown whole (past the first NAMES_SHOWN), by kind. */
  private allNames = new Set<'added' | 'ending'>();

  override render() {
    const m = t();
    const s = store.state;
    const diff = store.diff();
    return html`
      <section aria-labelledby="filters-h">
        <h2 id="filters-h">${m.filters.heading}</h2>
        ${FILTER_KEYS.map((k) => (groupOf(k) ? nothing : this.renderFilter(k)))}
        <div class="field">
          <label for="f-group">${m.filters.groupBy}</label>
          <select id="f-group" @change=${(e: Event) => store.setState({ grouping: (e.target as HTMLSelectElement).value as Grouping })}>
            <option value="none" ?selected=${s.grouping === 'none'}>${m.filters.groupNone}</option>
            <option value="countyPart" ?selected=${s.grouping === 'countyPart'}>${m.filters.groupCountyPart}</option>
            <option value="principal" ?selected=${s.grouping === 'principal'}>${m.filters.groupPrincipal}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-focus">${m.filters.focus}</label>
          <select id="f-focus" aria-describedby="f-focus-help" @change=${(e: Event) => store.setState({ focus: Number((e.target as HTMLSelectElement).value) })}>
            <option value="0" ?selected=${s.focus === 0}>${m.filters.focusOff}</option>
            ${[1, 2, 3, 4, 5].map((k) => html`<option value=${k} ?selected=${s.focus === k}>${m.filters.focusSteps(k)}</option>`)}
          </select>
          <small id="f-focus-help">${s.focus > 0 && !s.selected ? m.filters.focusNeedsSelection : m.filters.focusHelp}</small>
        </div>
        <button type="button" class="link" @click=${() => this.clear()}>${m.filters.clear}</button>
        ${this.areaReport()}
      </section>
      <section aria-labelledby="time-h">
        <h2 id="time-h">${m.time.heading}</h2>
        <div class="field">
          <label for="f-date">${m.time.asOf}</label>
          <div class="row">
            <input id="f-date" type="date" .value=${store.date} @change=${(e: Event) => this.setDate((e.target as HTMLInputElement).value)} />
            <button type="button" @click=${() => s.asOf && store.setState({ asOf: null })} aria-disabled=${s.asOf ? 'false' : 'true'}>${m.time.today}</button>
          </div>
        </div>
        ${this.slider()}
        <label class="check">
          <input type="checkbox" id="f-compare" .checked=${s.compare} aria-describedby="f-compare-help"
            @change=${(e: Event) => store.setState({ compare: (e.target as HTMLInputElement).checked })} />
          ${m.time.compare}
        </label>
        <small id="f-compare-help">${m.time.compareHelp}</small>
        ${diff
          ? html`<div class="diff-summary">
              <p class="visually-hidden" role="status">${diff.added.size || diff.ending.size ? `${m.time.added}: ${diff.added.size}. ${m.time.ending}: ${diff.ending.size}.` : m.time.noChanges}</p>
              ${diff.added.size || diff.ending.size
                ? html`<p id="diff-added-h"><span class="badge added" aria-hidden="true">+</span> ${m.time.added}: <strong>${diff.added.size}</strong></p>
                    ${this.names('added', byName(store.graph.nodes, diff.added), m.timeSlider.namesAdded)}
                    <p id="diff-ending-h"><span class="badge ending" aria-hidden="true">−</span> ${m.time.ending}: <strong>${diff.ending.size}</strong></p>
                    ${this.names('ending', byName(store.graph.nodes, diff.ending), m.timeSlider.namesEnding)}`
                : html`<p aria-hidden="true">${m.time.noChanges}</p>`}
            </div>`
          : nothing}
      </section>
    `;
  }

  /** The time slider (#16): steps over the dates in the data, and sets the same date the date field sets. */
  private slider(): TemplateResult {
    const m = t().timeSlider;
    const today = store.today;
    const dates = this.dates(today);
    const at = dateIndex(dates, store.date);
    const label = dateLabel(store.date, today, m);
    return html`
        <div class="field time-slider">
          <label for="f-slider">${m.label}</label>
          <input id="f-slider" type="range" min="0" max=${dates.length - 1} step="1" .value=${String(at)}
            aria-valuetext=${label} aria-describedby="f-slider-help"
            @input=${(e: Event) => this.setDate(dates[Number((e.target as HTMLInputElement).value)] ?? today)} />
          <div class="row spread" aria-hidden="true"><small>${dates[0]}</small><small>${dates[dates.length - 1]}</small></div>
          <output for="f-slider" class=${`when ${store.date < today ? 'past' : store.date === today ? 'today' : 'planned'}`}>${label}</output>
          <small id="f-slider-help">${m.help(dates.length)}</small>
        </div>`;
  }

  private datesMemo: { nodes: unknown; today: string; asOf: string | null; dates: string[] } | null = null;

  /** The slider's dates, worked out again only when the graph, today or the chosen date changes. */
  private dates(today: string): string[] {
    const nodes = store.graph?.nodes ?? [];
    const asOf = store.state.asOf;
    const memo = this.datesMemo;
    if (memo && memo.nodes === nodes && memo.today === today && memo.asOf === asOf) return memo.dates;
    const dates = timelineDates(nodes, today, asOf);
    this.datesMemo = { nodes, today, asOf, dates };
    return dates;
  }

  /** What the plan adds or ends, by name: each selects its element on the map; past NAMES_SHOWN, "and N more" shows the rest. */
  private names(kind: 'added' | 'ending', list: NamedChange[], heading: string): TemplateResult | typeof nothing {
    if (!list.length) return nothing;
    const m = t().timeSlider;
    const whole = this.allNames.has(kind) || list.length <= NAMES_SHOWN;
    const shown = whole ? list : list.slice(0, NAMES_SHOWN);
    return html`
      <ul class=${`diff-names ${kind}`} aria-label=${heading}>
        ${shown.map((n) => html`<li><button type="button" class="ref" aria-label=${m.select(n.name)} aria-current=${store.state.selected === n.id ? 'true' : 'false'}
          @click=${() => store.select(n.id, { highlight: true })}>${n.name}</button></li>`)}
      </ul>
      ${whole
        ? nothing
        : html`<button type="button" class="link diff-more" @click=${() => this.showAll(kind)}>${m.more(list.length - NAMES_SHOWN)}</button>`}`;
  }

  private async showAll(kind: 'added' | 'ending') {
    this.allNames = new Set([...this.allNames, kind]);
    this.requestUpdate();
    await this.updateComplete;
    // the button is gone: the focus goes on to the first name it showed
    this.querySelector<HTMLButtonElement>(`ul.diff-names.${kind} li:nth-child(${NAMES_SHOWN + 1}) button`)?.focus();
  }

  /** The chosen municipality's (or else county part's) report, for a local collaboration group's meeting: a page of its own (web/report.html). */
  private areaReport(): TemplateResult | typeof nothing {
    const id = store.state.municipality ?? store.state.countyPart;
    const area = id ? store.graph?.nodes.find((n) => n.id === id) : undefined;
    if (!area) return nothing;
    const query = new URLSearchParams();
    if (store.state.asOf) query.set('datum', store.state.asOf);
    if (store.state.lang === 'en') query.set('lang', 'en');
    const search = query.size ? `?${query}` : '';
    return html`<p><a id="area-report" href=${`/rapport/${encodeURIComponent(area.id)}${search}`} target="_blank" rel="noopener">${t().filters.areaReport(area.name)}</a></p>`;
  }

  /** One filter's control: its ticks (with the flags that stand in their group), its choice, or its flag. */
  private renderFilter(k: keyof FilterState): TemplateResult {
    const m = t();
    const c: FilterControl = FILTERS[k].control;
    const value = store.state[k];
    if (c.kind === 'choice') {
      const id = `f-${k.toLowerCase()}`;
      const chosen = value as string | null;
      return html`
        <div class="field">
          <label for=${id}>${m.filters[c.text]}</label>
          <select id=${id} @change=${(e: Event) => this.set(k, (e.target as HTMLSelectElement).value || null)}>
            <option value="" ?selected=${!chosen}>${m.filters.all}</option>
            ${choiceOptions(store.graph, c).map((o) => html`<option value=${o.id} ?selected=${chosen === o.id}>${o.name}</option>`)}
          </select>
        </div>`;
    }
    if (c.kind === 'flag') return this.renderFlag(k, c.text);
    const ticked = value as string[];
    const flags = FILTER_KEYS.filter((f) => groupOf(f) === k);
    return html`
        <fieldset>
          <legend>${m.filters[c.text]}</legend>
          ${c.values.map((v) => html`
            <label class="check">
              <input type="checkbox" name=${c.name ?? k} value=${v} .checked=${(c.allWhenEmpty && ticked.length === 0) || ticked.includes(v)}
                @change=${(e: Event) => this.tick(k, c, v, e.target as HTMLInputElement)} />
              ${enumLabel(c.labels, v)}
            </label>`)}
          ${flags.map((f) => this.renderFlag(f, FILTERS[f].control.text))}
        </fieldset>`;
  }

  private renderFlag(k: keyof FilterState, text: FilterControl['text']): TemplateResult {
    return html`
          <label class="check">
            <input type="checkbox" name=${k} .checked=${store.state[k] as boolean} @change=${(e: Event) => this.set(k, (e.target as HTMLInputElement).checked)} />
            ${t().filters[text]}
          </label>`;
  }

  private set(k: keyof FilterState, v: unknown) {
    store.setState({ [k]: v } as Partial<FilterState>);
  }

  private tick(k: keyof FilterState, c: Extract<FilterControl, { kind: 'checks' }>, v: string, box: HTMLInputElement) {
    const ticked = store.state[k] as string[];
    if (!c.allWhenEmpty) return this.set(k, toggle(ticked, v, box.checked));
    const next = toggle(ticked.length ? ticked : c.values, v, box.checked);
    // at least one stays ticked; all ticked is the same as no filter
    if (!next.length) {
      box.checked = true;
      return;
    }
    this.set(k, next.length === c.values.length ? [] : next);
  }

  private setDate(v: string) {
    store.setState({ asOf: v && v !== store.today ? v : null });
  }

  private clear() {
    store.setState({ ...EMPTY_FILTER, focus: 0 });
  }
}

customElements.define('sk-filters', FilterPanel);
