// <sk-views>: the current view's shareable link, and named views stored on
// the server for everyone (map-docs: savedViews, saveView, deleteView).
import { html, nothing } from 'lit';
import { gql, toApiError } from '../api.ts';
import { lang, t } from '../i18n/index.ts';
import { DELETE_VIEW, SAVE_VIEW, SAVED_VIEWS } from '../queries.ts';
import { stateFromSaved, viewStateForSaving } from '../state.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';

interface SavedView {
  id: string;
  name: string;
  state: Record<string, unknown>;
  updatedAt: string;
  updatedBy: string;
}

export class ViewsPanel extends StoreElement {
  static override properties = { views: { state: true }, name: { state: true }, error: { state: true }, available: { state: true } };
  declare views: SavedView[];
  declare name: string;
  declare error: string;
  declare available: boolean;

  constructor() {
    super();
    this.views = [];
    this.name = '';
    this.error = '';
    this.available = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.views = (await gql<{ savedViews: SavedView[] }>(SAVED_VIEWS)).savedViews;
      this.available = true;
    } catch (e) {
      this.available = false;
      this.error = messageOf(toApiError(e));
    }
  }

  override render() {
    const m = t();
    const link = location.href;
    return html`
      <section aria-labelledby="link-h">
        <h2 id="link-h">${m.views.linkLabel}</h2>
        <div class="row">
          <label class="visually-hidden" for="view-link">${m.views.linkLabel}</label>
          <input id="view-link" type="text" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <button type="button" @click=${() => void this.copy(link)}>${m.views.copyLink}</button>
        </div>
      </section>
      <section aria-labelledby="views-h">
        <h2 id="views-h">${m.views.heading}</h2>
        ${!this.available
          ? html`<p class="notice">${this.error}</p>`
          : html`
            <form class="row" @submit=${(e: Event) => { e.preventDefault(); void this.save(); }}>
              <label class="visually-hidden" for="view-name">${m.views.name}</label>
              <input id="view-name" type="text" placeholder=${m.views.name} .value=${this.name} @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} />
              <button type="submit" aria-disabled=${this.name.trim() ? 'false' : 'true'}>${m.views.save}</button>
            </form>
            ${this.error ? html`<p class="field-error" role="alert">${this.error}</p>` : nothing}
            ${this.views.length
              ? html`<ul class="views">${this.views.map((v) => html`<li>
                  <button type="button" class="ref" @click=${() => this.open(v)}>${v.name}</button>
                  <button type="button" class="icon" aria-label=${`${m.views.delete}: ${v.name}`} title=${m.views.delete} @click=${() => void this.deleteView(v)}>✕</button>
                </li>`)}</ul>`
              : html`<p class="empty-state">${m.views.none}</p>`}`}
      </section>
    `;
  }

  private async copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      store.toast(t().views.copied);
    } catch {
      this.querySelector<HTMLInputElement>('#view-link')?.select();
    }
  }

  private async save() {
    const name = this.name.trim();
    if (!name) return;
    this.error = '';
    try {
      await gql(SAVE_VIEW, { input: { name, state: viewStateForSaving(store.state) } });
      this.name = '';
      store.toast(t().views.saved(name));
      await this.load();
    } catch (e) {
      const err = toApiError(e);
      const field = err.byField().get('name') ?? err.byField().get('state');
      this.error = field ? (lang() === 'sv' ? (field.messageSv ?? field.message) : field.message) : messageOf(err);
    }
  }

  private open(v: SavedView) {
    store.setState({ ...stateFromSaved(v.state, lang()), side: 'views' });
  }

  private async deleteView(v: SavedView) {
    try {
      await gql(DELETE_VIEW, { id: v.id });
      await this.load();
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    }
  }
}

customElements.define('sk-views', ViewsPanel);
