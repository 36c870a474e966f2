// <sk-app>: the page. Header (search, export, language), filters on the left,
// map / list / coverage in the middle, details / gaps / views on the right,
// messages and undo at the bottom.
import { html, nothing } from 'lit';
import { fileName, toJson } from '../graph/export.ts';
import { PAPERS, picturePage, pngScale, toPdf, toPng, type Paper } from '../graph/picture.ts';
import { t } from '../i18n/index.ts';
import { live } from '../live.ts';
import type { MainTab, SideTab } from '../state.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';
import type { BulkEditDialog } from './bulk-edit.ts';
import './bulk-edit.ts';
import type { CoverageView } from './coverage-view.ts';
import './coverage-view.ts';
import './details-panel.ts';
import './element-list.ts';
import './filter-panel.ts';
import './gap-panel.ts';
import './map-legend.ts';
import './map-view.ts';
import './search-box.ts';
import './views-panel.ts';

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export class AppShell extends StoreElement {
  /** The paper the pictures are made for. */
  private paper: Paper = 'a4';

  /** A click anywhere outside the export menu closes it. */
  private readonly outside = (e: MouseEvent) => {
    const menu = this.querySelector<HTMLDetailsElement>('#export-menu');
    if (menu?.open && !menu.contains(e.target as Node)) menu.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.outside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.outside);
  }

  private menuKeys(e: KeyboardEvent) {
    const menu = e.currentTarget as HTMLDetailsElement;
    if (e.key !== 'Escape' || !menu.open) return;
    e.preventDefault();
    menu.open = false;
    menu.querySelector('summary')?.focus();
  }

  /** A choice in the export menu: the menu closes, the focus returns to its button, then the choice runs. */
  private choose(run: () => void) {
    const menu = this.querySelector<HTMLDetailsElement>('#export-menu');
    if (menu) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
    run();
  }

  override render() {
    const m = t();
    const s = store.state;
    const vis = store.loading || store.loadError ? null : store.visible();
    const mainTabs: Array<[MainTab, string]> = [['map', m.tabs.map], ['list', m.tabs.list], ['coverage', m.tabs.coverage]];
    const sideTabs: Array<[SideTab, string]> = [['details', m.tabs.details], ['gaps', m.tabs.gaps], ['views', m.tabs.views]];
    const undo = store.undoStack[store.undoStack.length - 1];
    return html`
      <a class="skip" href="#cy">${m.app.skipToMap}</a>
      <a class="skip" href="#side-panel">${m.app.skipToDetails}</a>
      <header class="top">
        <div class="brand">
          <h1>${m.app.title}</h1>
          <p>${m.app.subtitle}</p>
        </div>
        <sk-search></sk-search>
        <!-- closes as a menu does: on Escape (focus back to its button), on a click outside it, and once a choice is made -->
        <details class="menu" id="export-menu" @keydown=${(e: KeyboardEvent) => this.menuKeys(e)}>
          <summary>${m.export.heading}</summary>
          <div class="menu-body" role="group" aria-label=${m.export.heading}>
            <!-- pictures of the whole view for a committee: page, title, date, filters and legend (graph/picture.ts) -->
            <label for="export-paper">${m.picture.paper}</label>
            <select id="export-paper" @change=${(e: Event) => { this.paper = (e.target as HTMLSelectElement).value as Paper; }}>
              ${PAPERS.map((p) => html`<option value=${p} ?selected=${this.paper === p}>${m.picture[p]}</option>`)}
            </select>
            ${(['png', 'svg', 'pdf'] as const).map((f) => html`<button type="button" id=${`export-${f}`} @click=${() => this.choose(() => void this.exportPicture(f))}>${m.picture[f]}</button>`)}
            <button type="button" id="export-json" @click=${() => this.choose(() => this.exportData('json'))}>${m.export.json}</button>
            <button type="button" id="export-csv" @click=${() => this.choose(() => void this.exportSheet('csv'))}>${m.export.csv}</button>
            <button type="button" id="export-xlsx" @click=${() => this.choose(() => void this.exportSheet('xlsx'))}>${m.export.xlsx}</button>
            <small>${m.export.selectionHelp}</small>
          </div>
        </details>
        ${store.loading || store.needsSignIn || !store.caps.mutations.has('applyChanges') || store.auth?.user?.role === 'VIEWER'
          ? nothing
          : html`<button type="button" id="bulk-edit-open" @click=${() => void this.querySelector<BulkEditDialog>('sk-bulk-edit')?.show()}>${m.bulk.open}</button>`}
        ${store.auth?.user && store.auth.user.via === 'session'
          ? html`<span class="user">${m.auth.signedInAs(store.auth.user.name ?? store.auth.user.id)}</span>
              <button type="button" @click=${() => void store.signOut()}>${m.auth.signOut}</button>`
          : nothing}
        <button type="button" id="lang-switch" lang=${s.lang === 'sv' ? 'en' : 'sv'} aria-label=${m.app.switchLanguageLabel}
          @click=${() => store.setState({ lang: s.lang === 'sv' ? 'en' : 'sv' })}>${m.app.switchLanguage}</button>
      </header>
      <sk-bulk-edit></sk-bulk-edit>
      ${store.needsSignIn ? html`<main class="center signed-out">${this.signInForm()}</main><footer class="status-bar"></footer>` : this.workspace(vis, mainTabs, sideTabs, undo)}
    `;
  }

  private workspace(vis: ReturnType<typeof store.visible> | null, mainTabs: Array<[MainTab, string]>, sideTabs: Array<[SideTab, string]>, undo: (typeof store.undoStack)[number] | undefined) {
    const m = t();
    const s = store.state;
    return html`
      <div class="layout">
        <aside class="filters" aria-label=${m.filters.heading}><sk-filters></sk-filters></aside>
        <main class="center">
          <div class="tab-bar">
            <div class="tabs" role="tablist" aria-label=${m.tabs.label}>
              ${mainTabs.map(([k, label]) => html`<button type="button" role="tab" id=${`tab-${k}`} aria-selected=${s.tab === k ? 'true' : 'false'} aria-controls="main-panel"
                tabindex=${s.tab === k ? 0 : -1} @click=${() => store.setState({ tab: k })} @keydown=${(e: KeyboardEvent) => this.tabKeys(e, mainTabs.map((x) => x[0]), s.tab, (v) => store.setState({ tab: v as MainTab }))}>${label}</button>`)}
            </div>
            <!-- beside the tab list, not in it: a tab list holds tabs only -->
            <span class="shown" role="status">${vis ? m.app.elementsShown(vis.ids.size, store.graph.nodes.length) : ''}</span>
          </div>
          <div id="main-panel" role="tabpanel" aria-labelledby=${`tab-${s.tab}`} class="main-panel">
            ${store.loading
              ? html`<p class="loading" role="status">${m.app.loading}</p>`
              : store.loadError
                ? html`<div class="load-error" role="alert"><p>${m.app.loadFailed} ${messageOf(store.loadError)}</p><button type="button" @click=${() => void store.load()}>${m.app.retry}</button></div>`
                : html`
                  <sk-map ?hidden=${s.tab !== 'map'}></sk-map>
                  ${s.tab === 'list' ? html`<sk-list></sk-list>` : nothing}
                  ${s.tab === 'coverage' ? html`<sk-coverage></sk-coverage>` : nothing}`}
          </div>
        </main>
        <aside class="side" id="side-panel" tabindex="-1" aria-label=${m.tabs.details}>
          <div class="tabs" role="tablist" aria-label=${m.tabs.label}>
            ${sideTabs.map(([k, label]) => html`<button type="button" role="tab" id=${`side-${k}`} aria-selected=${s.side === k ? 'true' : 'false'} aria-controls="side-body"
              tabindex=${s.side === k ? 0 : -1} @click=${() => this.setSide(k)} @keydown=${(e: KeyboardEvent) => this.tabKeys(e, sideTabs.map((x) => x[0]), s.side, (v) => this.setSide(v as SideTab))}>${label}</button>`)}
          </div>
          <div id="side-body" role="tabpanel" aria-labelledby=${`side-${s.side}`}>
            <sk-details ?hidden=${s.side !== 'details'}></sk-details>
            ${s.side === 'gaps' && !store.loading ? html`<sk-gaps></sk-gaps>` : nothing}
            ${s.side === 'views' ? html`<sk-views></sk-views>` : nothing}
          </div>
          <sk-legend></sk-legend>
        </aside>
      </div>
      <footer class="status-bar">
        <div class="toasts" role="status" aria-live="polite">
          ${store.toasts.filter((x) => x.kind === 'info').map((x) => html`<p class="toast">${x.text}</p>`)}
        </div>
        <div class="toasts" role="alert">
          ${store.toasts.filter((x) => x.kind === 'error').map((x) => html`<p class="toast error">${x.text}</p>`)}
        </div>
        <!-- others' changes as they arrive (live.ts): the last one stays to be read again -->
        <p class="live-news" id="live-news" role="status" aria-live="polite">${live.news ? html`${live.news.text} <small>${new Date(live.news.at).toLocaleTimeString(m.locale, { hour: '2-digit', minute: '2-digit' })}</small>` : nothing}</p>
        ${live.reconnecting ? html`<p class="live-down muted" id="live-down">${m.live.reconnecting}</p>` : nothing}
        <!-- aria-disabled, not disabled: undoing the last change keeps the focus here, not on the page's body -->
        <button type="button" id="undo" aria-disabled=${undo ? 'false' : 'true'} title=${undo ? m.edit.undoLabel(undo.label()) : m.edit.nothingToUndo}
          @click=${() => void store.undo()}>↶ ${undo ? m.edit.undoLabel(undo.label()) : m.edit.undo}</button>
        <!-- #17: redo the last undone step (store.redo); the history is kept across a reload -->
        ${((redo) => html`<button type="button" id="redo" aria-disabled=${redo ? 'false' : 'true'} title=${redo ? t().flow.redoLabel(redo.label()) : t().flow.nothingToRedo}
          @click=${() => void store.redo()}>↷ ${redo ? t().flow.redoLabel(redo.label()) : t().flow.redo}</button>`)(store.redoStack[store.redoStack.length - 1])}
      </footer>
    `;
  }

  private signInForm() {
    const m = t();
    const submit = async (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const data = new FormData(form);
      const error = await store.signIn(String(data.get('username') ?? ''), String(data.get('password') ?? ''));
      const out = form.querySelector<HTMLElement>('.form-error');
      if (out) {
        out.textContent = error ?? '';
        out.hidden = !error;
      }
    };
    return html`<form class="sign-in" @submit=${submit} aria-labelledby="signin-h">
      <h2 id="signin-h">${m.auth.heading}</h2>
      <p>${m.auth.intro}</p>
      <p class="form-error" role="alert" hidden></p>
      <div class="field"><label for="signin-user">${m.auth.username}</label><input id="signin-user" name="username" type="text" autocomplete="username" /></div>
      <div class="field"><label for="signin-pass">${m.auth.password}</label><input id="signin-pass" name="password" type="password" autocomplete="current-password" /></div>
      <button type="submit" class="primary">${m.auth.signIn}</button>
    </form>`;
  }

  private setSide(k: SideTab) {
    if (k !== 'gaps') store.setEvidence(null);
    store.setState({ side: k });
  }

  /** Arrow keys move between tabs (the ARIA tabs pattern). */
  private tabKeys(e: KeyboardEvent, keys: string[], current: string, set: (v: string) => void) {
    const i = keys.indexOf(current);
    const next = e.key === 'ArrowRight' ? keys[(i + 1) % keys.length] : e.key === 'ArrowLeft' ? keys[(i - 1 + keys.length) % keys.length] : null;
    if (!next) return;
    e.preventDefault();
    // the event's currentTarget is gone once it is handled: keep the tab list now
    const list = (e.currentTarget as HTMLElement).parentElement;
    set(next);
    void this.updateComplete.then(() => list?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
  }

  /** A picture of the whole view on the chosen paper (graph/picture.ts): SVG, PNG or a vector PDF. */
  private async exportPicture(format: 'png' | 'svg' | 'pdf') {
    if (!store.mapApi) return;
    const m = t();
    if (store.state.tab !== 'map') store.setState({ tab: 'map' });
    try {
      const map = store.mapApi.drawing();
      const pic = picturePage(map, this.paper, { state: store.state, m, date: store.date, nameOf: (id) => store.byId.get(id)?.name, shown: store.visible().ids.size, total: store.graph.nodes.length });
      const name = fileName(m.export.fileBase, this.paper === 'a4' ? store.date : `${store.date}-a3`, format);
      if (format === 'svg') download(new Blob([pic.svg], { type: 'image/svg+xml' }), name);
      else if (format === 'png') download(await toPng(pic, pngScale(pic, map)), name);
      else download(await toPdf(pic, this.paper, m.picture.title), name);
    } catch (e) {
      store.toast(`${m.picture.failed} ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  }

  /** The selection: the elements selected on the map (click, shift-click, or shift-drag a box), or what the map shows. */
  private selection() {
    const { ids, states } = store.visible();
    const picked = (store.mapApi?.selectedIds() ?? (store.state.selected ? [store.state.selected] : [])).filter((id) => ids.has(id));
    const chosen = picked.length ? new Set(picked) : ids;
    return { nodes: store.graph.nodes.filter((n) => chosen.has(n.id)), states };
  }

  private exportData(kind: 'json') {
    const { nodes, states } = this.selection();
    const m = t();
    if (kind === 'json') {
      download(new Blob([toJson(nodes, store.graph.edges, { date: store.date, states, version: store.graph.version })], { type: 'application/json' }), fileName(m.export.fileBase, store.date, 'json'));
    }
  }

  /**
   * The selection as a spreadsheet, written by the server (server/io/view-export.ts,
   * the one place spreadsheets are made): XLSX with elements, participations,
   * relationships and, when the coverage tab is shown, its matrix; or CSV for Swedish Excel.
   */
  private async exportSheet(format: 'xlsx' | 'csv') {
    const m = t();
    const coverage = store.state.tab === 'coverage' ? this.querySelector<CoverageView>('sk-coverage')?.shown() : null;
    try {
      const r = await fetch('/api/export/view', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: '*/*' },
        body: JSON.stringify({ format, ids: this.selection().nodes.map((n) => n.id), lang: store.state.lang, ...(coverage ? { coverage } : {}) }),
      });
      if (!r.ok) {
        const body = (await r.json().catch(() => ({}))) as { message?: string; messageSv?: string };
        throw new Error((store.state.lang === 'sv' ? body.messageSv : undefined) ?? body.message ?? `HTTP ${r.status}`);
      }
      download(await r.blob(), fileName(m.export.fileBase, store.date, format));
    } catch (e) {
      store.toast(`${m.export.failed} ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  }
}

customElements.define('sk-app', AppShell);
