// <sk-gaps>: recorded gaps and the gaps the analysis engine detects, beside
// the map. Selecting one highlights its evidence and shows its explanation;
// a finding can be promoted to a recorded gap or dismissed from here.
// Without the analysis API (an older server) only recorded gaps are listed.
import { html, nothing } from 'lit';
import { gql, toApiError } from '../api.ts';
import { gapFromFinding } from '../gap-prefill.ts';
import { findingEvidence, findingLines, recordedGapEvidence, type Finding } from '../graph/gaps.ts';
import type { MapNode } from '../graph/types.ts';
import { enumLabel, lang, t } from '../i18n/index.ts';
import { DISMISS, GAP_ANALYSIS, PROMOTE, TRANSITION, UNDISMISS, type VariablesOf } from '../queries.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';

const SEVERITY_RANK: Record<string, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };
const SEVERITY_MARK: Record<string, string> = { CRITICAL: '‼', HIGH: '!', MEDIUM: '•', LOW: '·' };
const NEXT_STATUS: Record<string, string[]> = {
  IDENTIFIED: ['ANALYSED'], ANALYSED: ['BEING_ADDRESSED', 'IDENTIFIED'], BEING_ADDRESSED: ['CLOSED', 'ANALYSED'], CLOSED: ['IDENTIFIED', 'BEING_ADDRESSED'],
};

export class GapPanel extends StoreElement {
  static override properties = { status: { state: true }, error: { state: true }, selectedKey: { state: true }, showDismissed: { state: true }, reason: { state: true } };
  declare status: 'idle' | 'loading' | 'ready' | 'unavailable';
  declare error: string;
  declare selectedKey: string | null;
  declare showDismissed: boolean;
  declare reason: string;
  private loadedKey = '';

  constructor() {
    super();
    this.status = 'idle';
    this.error = '';
    this.selectedKey = null;
    this.showDismissed = false;
    this.reason = '';
  }

  protected override storeChanged(): void {
    if (!store.loading && !store.loadError) {
      const key = JSON.stringify([store.graph.version, store.state.asOf, store.state.municipality ?? store.state.countyPart, this.showDismissed]);
      if (key !== this.loadedKey) {
        this.loadedKey = key;
        void this.load();
      }
    }
    this.requestUpdate();
  }

  private async load() {
    if (!store.caps.queries.has('gapAnalysis')) {
      this.status = 'unavailable';
      return;
    }
    this.status = 'loading';
    try {
      const r = await gql<{ gapAnalysis: { findings: Finding[] } }>(GAP_ANALYSIS, {
        scope: store.state.municipality ?? store.state.countyPart ?? null,
        asOf: store.state.asOf,
        includeDismissed: this.showDismissed,
      });
      store.findings = r.gapAnalysis.findings;
      this.status = 'ready';
      store.notify();
    } catch (e) {
      // the schema has it but the server cannot answer (e.g. not wired yet): recorded gaps still work
      store.findings = [];
      this.status = 'unavailable';
      this.error = messageOf(toApiError(e));
    }
  }

  override render() {
    const m = t();
    const vis = store.loading ? null : store.visible();
    const recorded = store.graph.nodes
      .filter((n) => n.label === 'Gap' && (!vis || vis.ids.has(n.id)))
      .sort((a, b) => (SEVERITY_RANK[a.severity ?? 'LOW'] ?? 9) - (SEVERITY_RANK[b.severity ?? 'LOW'] ?? 9) || a.name.localeCompare(b.name, 'sv'));
    const findings = store.findings.filter((f) => !f.recordedGap);
    return html`
      <section aria-labelledby="gaps-recorded-h">
        <div class="row spread">
          <h2 id="gaps-recorded-h">${m.gaps.recorded} <span class="count">(${recorded.length})</span></h2>
          <button type="button" @click=${() => (document.querySelector('#create-gap') as HTMLButtonElement | null)?.click()}>+ ${m.gaps.record}</button>
        </div>
        ${recorded.length
          ? html`<ul class="gap-list">${recorded.map((g) => this.renderRecorded(g))}</ul>`
          : html`<p class="empty-state">${m.gaps.none}</p>`}
      </section>
      <section aria-labelledby="gaps-detected-h">
        <h2 id="gaps-detected-h" tabindex="-1">${m.gaps.detected} ${this.status === 'ready' ? html`<span class="count">(${findings.length})</span>` : nothing}</h2>
        ${this.status === 'unavailable'
          ? html`<p class="notice">${m.gaps.analysisMissing}${this.error ? html` <small>(${this.error})</small>` : nothing}</p>`
          : (this.status === 'loading' || this.status === 'idle') && !store.findings.length
            ? html`<p role="status">${m.gaps.loading}</p>`
            : html`
              <label class="check"><input type="checkbox" .checked=${this.showDismissed} @change=${(e: Event) => { this.showDismissed = (e.target as HTMLInputElement).checked; this.storeChanged(); }} /> ${m.gaps.showDismissed}</label>
              ${findings.length ? html`<ul class="gap-list">${findings.map((f) => this.renderFinding(f))}</ul>` : html`<p class="empty-state">${m.gaps.noneDetected}</p>`}`}
      </section>
    `;
  }

  private renderRecorded(g: MapNode) {
    const m = t();
    const selected = this.selectedKey === g.id;
    return html`<li class="gap-item ${selected ? 'selected' : ''}">
      <button type="button" class="gap-title" data-id=${g.id} aria-expanded=${selected ? 'true' : 'false'} @click=${() => this.selectRecorded(g)}>
        <span class="sev sev-${(g.severity ?? 'low').toLowerCase()}" aria-hidden="true">${SEVERITY_MARK[g.severity ?? 'LOW']}</span>
        <span>${g.name}</span>
      </button>
      <span class="meta">${enumLabel('Severity', g.severity)} · ${enumLabel('GapStatus', g.status)}</span>
      ${selected
        ? html`<div class="gap-body">
            <div class="row">
              ${(NEXT_STATUS[g.status ?? 'IDENTIFIED'] ?? []).map((s) => html`<button type="button" @click=${() => void this.transition(g, s)}>${m.gaps.transition}: ${enumLabel('GapStatus', s)}</button>`)}
            </div>
          </div>`
        : nothing}
    </li>`;
  }

  private renderFinding(f: Finding) {
    const m = t();
    const selected = this.selectedKey === f.key;
    const l = lang();
    return html`<li class="gap-item finding ${selected ? 'selected' : ''} ${f.dismissal ? 'dismissed' : ''}">
      <button type="button" class="gap-title" data-key=${f.key} aria-expanded=${selected ? 'true' : 'false'} @click=${() => this.selectFinding(f)}>
        <span class="sev sev-${f.severity.toLowerCase()}" aria-hidden="true">${SEVERITY_MARK[f.severity]}</span>
        <span>${f.title[l]}</span>
      </button>
      <span class="meta">${enumLabel('Severity', f.severity)} · ${enumLabel('GapKind', f.kind)}${f.dismissal ? ` · ${m.gaps.dismiss.toLowerCase()}` : ''}</span>
      ${selected
        ? html`<div class="gap-body">
            <h3>${m.details.explanation}</h3>
            <p>${f.explanation[l]}</p>
            ${f.between.length ? html`<p><strong>${m.gaps.between}:</strong> ${f.between.map((b) => b.name).join(' ↔ ')}</p>` : nothing}
            ${f.remedies.length ? html`<p><strong>${m.gaps.remedies}:</strong> ${f.remedies.map((r) => r.name).join(', ')}</p>` : nothing}
            ${f.estimate ? html`<p>${m.details.estimates}: <strong>${f.estimate.count.toLocaleString(m.locale)}</strong> (${f.estimate.year})</p>` : nothing}
            <p class="muted small">${m.gaps.rule}: ${f.ruleId}</p>
            ${f.dismissal
              ? html`<p class="muted">${f.dismissal.reason}</p><button type="button" @click=${() => void this.undismiss(f)}>${m.gaps.undismiss}</button>`
              : html`<div class="row">
                  <button type="button" class="primary" @click=${() => void this.promote(f)}>${m.gaps.promote}</button>
                  <!-- the new-gap form, prefilled from the finding, to say more before it is recorded (and link what addresses it) -->
                  <button type="button" class="record-finding" @click=${() => store.requestCreate('Gap', gapFromFinding(f, lang()))}>${m.flow.recordGap} …</button>
                </div>
                <div class="row">
                  <label class="visually-hidden" for="dismiss-reason">${m.gaps.dismissReason}</label>
                  <input id="dismiss-reason" type="text" placeholder=${m.gaps.dismissReason} .value=${this.reason} @input=${(e: Event) => (this.reason = (e.target as HTMLInputElement).value)} />
                  <button type="button" class="dismiss-finding" @click=${() => void this.dismiss(f)}>${m.gaps.dismiss}</button>
                </div>`}
          </div>`
        : nothing}
    </li>`;
  }

  private selectRecorded(g: MapNode) {
    if (this.selectedKey === g.id) return this.clearSelection();
    this.selectedKey = g.id;
    store.setEvidence({ key: g.id, ids: recordedGapEvidence(store.graph, g.id), lines: [] });
    store.select(g.id, { highlight: true });
    store.setState({ side: 'gaps' });
  }

  private selectFinding(f: Finding) {
    if (this.selectedKey === f.key) return this.clearSelection();
    this.selectedKey = f.key;
    this.reason = '';
    const text = f.title[lang()];
    store.setEvidence({ key: f.key, ids: findingEvidence(f), lines: findingLines(f).map(([a, b]) => [a, b, text]) });
    const first = f.scope.ids[0] ?? f.between[0]?.id;
    if (first && store.byId.has(first)) store.highlightNode(first);
    else store.notify();
  }

  private clearSelection() {
    this.selectedKey = null;
    store.setEvidence(null);
  }

  /** Loads the findings again now (after a dismissal), and waits for them. */
  private async reload() {
    this.loadedKey = JSON.stringify([store.graph.version, store.state.asOf, store.state.municipality ?? store.state.countyPart, this.showDismissed]);
    await this.load();
  }

  /**
   * The focus after an action whose button is gone: to the title of the gap
   * or finding it was about, else to the finding now in its place (the next
   * one), else to the list's heading; never to the page's body.
   */
  private async focusAfter(target: { id?: string; key?: string; index?: number }) {
    await this.updateComplete;
    const titles = [...this.querySelectorAll<HTMLElement>('li.finding button.gap-title')];
    const el = (target.id ? this.querySelector<HTMLElement>(`button.gap-title[data-id="${CSS.escape(target.id)}"]`) : null)
      ?? (target.key ? this.querySelector<HTMLElement>(`button.gap-title[data-key="${CSS.escape(target.key)}"]`) : null)
      ?? (target.index !== undefined ? titles[Math.min(target.index, titles.length - 1)] : null)
      ?? this.querySelector<HTMLElement>('#gaps-detected-h');
    el?.focus();
  }

  private async promote(f: Finding) {
    try {
      const r = await gql<{ promoteFinding: { id: string; name: string } }>(PROMOTE, { key: f.key, asOf: store.state.asOf });
      store.pushUndo({ label: () => t().gaps.promoted, inverse: [{ delete: r.promoteFinding.id }] });
      store.toast(t().gaps.promoted);
      this.clearSelection();
      await store.changed();
      store.select(r.promoteFinding.id, { highlight: true });
      await this.focusAfter({ id: r.promoteFinding.id });
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    }
  }

  private async dismiss(f: Finding) {
    try {
      const listed = store.findings.filter((x) => !x.recordedGap);
      const index = listed.findIndex((x) => x.key === f.key);
      const next = listed[index + 1] ?? listed[index - 1];
      await gql(DISMISS, { key: f.key, reason: this.reason.trim() || '–' });
      store.toast(t().gaps.dismissed);
      this.clearSelection();
      await this.reload();
      // shown with the dismissed ones, it keeps its place; otherwise the focus goes to the next finding
      await this.focusAfter(this.showDismissed ? { key: f.key } : { key: next?.key, index });
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    }
  }

  private async undismiss(f: Finding) {
    try {
      await gql(UNDISMISS, { key: f.key });
      await this.reload();
      await this.focusAfter({ key: f.key });
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    }
  }

  private async transition(g: MapNode, status: string) {
    const m = t();
    try {
      if (store.caps.mutations.has('transitionGap')) {
        const r = await gql(TRANSITION, { id: g.id, status: status as VariablesOf<typeof TRANSITION>['status'] });
        // undone only over this change, never over someone else's made since
        store.pushUndo({ label: () => t().edit.updated(g.name), inverse: [{ updateGap: { id: g.id, patch: { status: g.status }, expectedVersion: r.transitionGap.updatedAt } }] });
        await store.changed();
      } else {
        await store.apply([{ change: { updateGap: { id: g.id, patch: { status } } }, before: { node: { id: g.id, label: 'Gap', props: { status: g.status } } } }], () => t().edit.updated(g.name));
      }
      store.toast(m.edit.updated(g.name));
      // the status buttons change with the status: the focus goes to the gap they belong to
      await this.focusAfter({ id: g.id });
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    store.setEvidence(null);
  }
}

customElements.define('sk-gaps', GapPanel);
