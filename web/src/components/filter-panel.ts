// <sk-filters>: element types, area, system level, status, care level, target
// group; grouping; neighbourhood focus; the date and today-vs-plan.
import { html, nothing } from 'lit';
import { areaOptions, EMPTY_FILTER } from '../graph/filters.ts';
import type { Grouping } from '../graph/elements.ts';
import { NODE_LABELS, type NodeLabel, type Status, type SystemLevel } from '../graph/types.ts';
import { enumLabel, t } from '../i18n/index.ts';
import { store } from '../store.ts';
import { StoreElement } from './base.ts';

const STATUSES: Status[] = ['PLANNED', 'ACTIVE', 'PAUSED', 'ENDED'];
const LEVELS: SystemLevel[] = ['MACRO', 'MESO', 'MICRO'];

function toggle<T>(list: readonly T[], v: T, on: boolean): T[] {
  return on ? [...new Set([...list, v])] : list.filter((x) => x !== v);
}

export class FilterPanel extends StoreElement {
  override render() {
    const m = t();
    const s = store.state;
    const { countyParts, municipalities } = areaOptions(store.graph);
    const careLevels = store.graph.nodes.filter((n) => n.label === 'CareLevel').sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const targetGroups = store.graph.nodes.filter((n) => n.label === 'TargetGroup').sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const diff = store.diff();
    const select = (id: string, label: string, value: string | null, options: { id: string; name: string }[], on: (v: string | null) => void) => html`
      <div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => on((e.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${!value}>${m.filters.all}</option>
          ${options.map((o) => html`<option value=${o.id} ?selected=${value === o.id}>${o.name}</option>`)}
        </select>
      </div>`;
    return html`
      <section aria-labelledby="filters-h">
        <h2 id="filters-h">${m.filters.heading}</h2>
        <fieldset>
          <legend>${m.filters.elementTypes}</legend>
          ${NODE_LABELS.map((l: NodeLabel) => html`
            <label class="check">
              <input type="checkbox" name="label" value=${l} .checked=${s.labels.length === 0 || s.labels.includes(l)}
                @change=${(e: Event) => this.setLabel(l, e.target as HTMLInputElement)} />
              ${m.enums.NodeLabelPlural[l]}
            </label>`)}
        </fieldset>
        ${select('f-countypart', m.filters.countyPart, s.countyPart, countyParts, (v) => store.setState({ countyPart: v }))}
        ${select('f-municipality', m.filters.municipality, s.municipality, municipalities, (v) => store.setState({ municipality: v }))}
        <fieldset>
          <legend>${m.filters.systemLevel}</legend>
          ${LEVELS.map((l) => html`
            <label class="check">
              <input type="checkbox" name="systemLevel" value=${l} .checked=${s.systemLevel.includes(l)}
                @change=${(e: Event) => store.setState({ systemLevel: toggle(s.systemLevel, l, (e.target as HTMLInputElement).checked) })} />
              ${enumLabel('SystemLevel', l)}
            </label>`)}
        </fieldset>
        <fieldset>
          <legend>${m.filters.status}</legend>
          ${STATUSES.map((st) => html`
            <label class="check">
              <input type="checkbox" name="status" value=${st} .checked=${s.status.includes(st)}
                @change=${(e: Event) => store.setState({ status: toggle(s.status, st, (e.target as HTMLInputElement).checked) })} />
              ${enumLabel('Status', st)}
            </label>`)}
          <label class="check">
            <input type="checkbox" name="showEnded" .checked=${s.showEnded} @change=${(e: Event) => store.setState({ showEnded: (e.target as HTMLInputElement).checked })} />
            ${m.filters.showEnded}
          </label>
        </fieldset>
        ${select('f-carelevel', m.filters.careLevel, s.careLevel, careLevels, (v) => store.setState({ careLevel: v }))}
        ${select('f-targetgroup', m.filters.targetGroup, s.targetGroup, targetGroups, (v) => store.setState({ targetGroup: v }))}
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
        <label class="check">
          <input type="checkbox" id="f-compare" .checked=${s.compare} aria-describedby="f-compare-help"
            @change=${(e: Event) => store.setState({ compare: (e.target as HTMLInputElement).checked })} />
          ${m.time.compare}
        </label>
        <small id="f-compare-help">${m.time.compareHelp}</small>
        ${diff
          ? html`<div class="diff-summary" role="status">
              ${diff.added.size || diff.ending.size
                ? html`<p><span class="badge added" aria-hidden="true">+</span> ${m.time.added}: <strong>${diff.added.size}</strong></p>
                    <p><span class="badge ending" aria-hidden="true">−</span> ${m.time.ending}: <strong>${diff.ending.size}</strong></p>`
                : html`<p>${m.time.noChanges}</p>`}
            </div>`
          : nothing}
      </section>
    `;
  }

  private setLabel(l: NodeLabel, box: HTMLInputElement) {
    const current = store.state.labels.length ? store.state.labels : [...NODE_LABELS];
    const next = toggle(current, l, box.checked);
    // at least one type stays ticked; all ticked is the same as no type filter
    if (!next.length) {
      box.checked = true;
      return;
    }
    store.setState({ labels: next.length === NODE_LABELS.length ? [] : next });
  }

  private setDate(v: string) {
    store.setState({ asOf: v && v !== store.today ? v : null });
  }

  private clear() {
    store.setState({ ...EMPTY_FILTER, focus: 0 });
  }
}

customElements.define('sk-filters', FilterPanel);
