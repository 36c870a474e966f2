// <sk-views>: the current view's shareable link, and named views stored on
// the server for everyone (map-docs: savedViews, saveView, deleteView); for
// editors, each view's read-only links (create, with an optional expiry; the
// new link's URL shown once; revoke).
import { html, nothing } from 'lit';
import { gql, toApiError } from '../api.ts';
import { lang, t } from '../i18n/index.ts';
import { CREATE_SHARE_LINK, DELETE_VIEW, REVOKE_SHARE_LINK, SAVE_VIEW, SAVED_VIEWS, SHARE_LINKS, type ResultOf } from '../queries.ts';
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

type ShareLink = ResultOf<typeof SHARE_LINKS>['shareLinks'][number];

/** A date and time as the panel shows it. */
const when = (iso: string) => new Date(iso).toLocaleString(t().locale, { dateStyle: 'medium', timeStyle: 'short' });

export class ViewsPanel extends StoreElement {
  static override properties = {
    views: { state: true }, name: { state: true }, error: { state: true }, available: { state: true },
    links: { state: true }, sharing: { state: true }, expiry: { state: true }, fresh: { state: true }, shareError: { state: true },
  };
  declare views: SavedView[];
  declare name: string;
  declare error: string;
  declare available: boolean;
  /** Every read-only link (editors only; null when the server or the role offers none). */
  declare links: ShareLink[] | null;
  /** The view whose links are open, one at a time. */
  declare sharing: string | null;
  declare expiry: string;
  /** The link just made: its URL is shown this once. */
  declare fresh: { viewId: string; linkId: string; url: string } | null;
  declare shareError: string;

  constructor() {
    super();
    this.views = [];
    this.name = '';
    this.error = '';
    this.available = true;
    this.links = null;
    this.sharing = null;
    this.expiry = '';
    this.fresh = null;
    this.shareError = '';
  }

  /** Editors and admins make read-only links, on a server that has them. */
  private get canShare(): boolean {
    const role = store.auth?.user?.role;
    return !!role && role !== 'VIEWER' && store.caps.mutations.has('createShareLink');
  }

  private async loadLinks() {
    if (!this.canShare) return;
    try {
      this.links = (await gql(SHARE_LINKS)).shareLinks;
    } catch {
      this.links = null;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.views = (await gql<{ savedViews: SavedView[] }>(SAVED_VIEWS)).savedViews;
      this.available = true;
      await this.loadLinks();
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
                  ${this.canShare
                    ? html`<button type="button" class="share-toggle" aria-expanded=${this.sharing === v.id ? 'true' : 'false'} aria-controls=${`share-${v.id}`}
                        aria-label=${m.shareLinks.toggleFor(v.name)} @click=${() => this.toggleShare(v.id)}>${m.shareLinks.toggle}</button>`
                    : nothing}
                  <button type="button" class="icon" aria-label=${`${m.views.delete}: ${v.name}`} title=${m.views.delete} @click=${() => void this.deleteView(v)}>✕</button>
                  ${this.sharing === v.id ? this.renderShare(v) : nothing}
                </li>`)}</ul>`
              : html`<p class="empty-state">${m.views.none}</p>`}`}
      </section>
    `;
  }

  /** One view's read-only links: make one (optionally expiring), its URL once, the list with revoke. */
  private renderShare(v: SavedView) {
    const m = t();
    const mine = (this.links ?? []).filter((l) => l.viewId === v.id);
    const now = new Date().toISOString();
    return html`<div class="share-links" id=${`share-${v.id}`} role="group" aria-label=${m.shareLinks.toggleFor(v.name)}>
      <form class="row" @submit=${(e: Event) => { e.preventDefault(); void this.createLink(v); }}>
        <label for=${`share-exp-${v.id}`}>${m.shareLinks.expires}</label>
        <input id=${`share-exp-${v.id}`} class="share-expiry" type="date" min=${now.slice(0, 10)} .value=${this.expiry}
          @input=${(e: Event) => (this.expiry = (e.target as HTMLInputElement).value)} />
        <button type="submit" class="share-create">${m.shareLinks.create}</button>
      </form>
      ${this.shareError ? html`<p class="field-error" role="alert">${this.shareError}</p>` : nothing}
      ${this.fresh?.viewId === v.id
        ? html`<div class="share-fresh" role="status">
            <p>${m.shareLinks.created}</p>
            <div class="row">
              <label class="visually-hidden" for=${`share-url-${v.id}`}>${m.shareLinks.url}</label>
              <input id=${`share-url-${v.id}`} class="share-url" type="text" readonly .value=${this.fresh.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button type="button" class="share-copy" @click=${() => void this.copyShare(this.fresh!.url, v.id)}>${m.shareLinks.copy}</button>
            </div>
          </div>`
        : nothing}
      ${mine.length
        ? html`<ul class="share-list">${mine.map((l) => html`<li data-link=${l.id}>
            <span>${m.shareLinks.item(when(l.createdAt), l.createdBy, l.uses)}${l.expiresAt ? html` · ${l.expiresAt <= now ? m.shareLinks.expired : m.shareLinks.expiresOn(when(l.expiresAt))}` : nothing}${l.revokedAt ? html` · ${m.shareLinks.wasRevoked(when(l.revokedAt))}` : nothing}</span>
            ${l.revokedAt ? nothing : html`<button type="button" class="share-revoke" aria-label=${m.shareLinks.revokeFor(when(l.createdAt))} @click=${() => void this.revokeLink(l)}>${m.shareLinks.revoke}</button>`}
          </li>`)}</ul>`
        : html`<p class="empty-state">${m.shareLinks.none}</p>`}
    </div>`;
  }

  private toggleShare(viewId: string) {
    this.sharing = this.sharing === viewId ? null : viewId;
    this.fresh = null;
    this.expiry = '';
    this.shareError = '';
    if (this.sharing) void this.loadLinks();
  }

  private async createLink(v: SavedView) {
    this.shareError = '';
    // an expiry date means the end of that day, the page's own time
    const expiresAt = this.expiry ? new Date(`${this.expiry}T23:59:59`).toISOString() : null;
    try {
      const r = (await gql(CREATE_SHARE_LINK, { viewId: v.id, expiresAt })).createShareLink;
      this.fresh = { viewId: v.id, linkId: r.link.id, url: new URL(r.path, location.origin).href };
      this.expiry = '';
      await this.loadLinks();
      await this.updateComplete;
      this.querySelector<HTMLInputElement>(`#share-url-${CSS.escape(v.id)}`)?.focus();
    } catch (e) {
      const err = toApiError(e);
      const field = err.byField().get('expiresAt');
      this.shareError = field ? (lang() === 'sv' ? (field.messageSv ?? field.message) : field.message) : messageOf(err);
    }
  }

  private async revokeLink(l: ShareLink) {
    try {
      await gql(REVOKE_SHARE_LINK, { id: l.id });
      if (this.fresh?.linkId === l.id) this.fresh = null;
      store.toast(t().shareLinks.revoked);
      await this.loadLinks();
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    }
  }

  private async copyShare(url: string, viewId: string) {
    try {
      await navigator.clipboard.writeText(url);
      store.toast(t().shareLinks.copied);
    } catch {
      this.querySelector<HTMLInputElement>(`#share-url-${CSS.escape(viewId)}`)?.select();
    }
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
