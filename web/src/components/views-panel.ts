// <sk-views>: the current view's shareable link, and named views stored on
// the server for everyone (map-docs: savedViews, saveView, deleteView); for
// editors, each view's read-only links (create, with an optional expiry; the
// new link's URL shown once; revoke); presentations (saved views in order,
// each with a caption): shown full screen, made here, shared by the same links.
import { html, nothing } from 'lit';
import { gql, toApiError } from '../api.ts';
import { lang, t } from '../i18n/index.ts';
import { CREATE_PRESENTATION, CREATE_SHARE_LINK, DELETE_PRESENTATION, DELETE_VIEW, PRESENTATIONS, REVOKE_SHARE_LINK, SAVE_VIEW, SAVED_VIEWS, SHARE_LINKS, type ResultOf } from '../queries.ts';
import { showPresentation, type PresentationDoc } from './presentation-mode.ts';
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
type Presentation = ResultOf<typeof PRESENTATIONS>['presentations'][number];
/** What a read-only link shows: a saved view or a presentation. */
type ShareTarget = { kind: 'view' | 'presentation'; id: string; name: string };
/** The key of a share target in the panel's state and element ids. */
const targetKey = (x: ShareTarget) => `${x.kind === 'view' ? 'v' : 'p'}-${x.id}`;

/** A date and time as the panel shows it. */
const when = (iso: string) => new Date(iso).toLocaleString(t().locale, { dateStyle: 'medium', timeStyle: 'short' });

export class ViewsPanel extends StoreElement {
  static override properties = {
    views: { state: true }, name: { state: true }, error: { state: true }, available: { state: true },
    links: { state: true }, sharing: { state: true }, expiry: { state: true }, fresh: { state: true }, shareError: { state: true },
    presentations: { state: true }, presName: { state: true }, presPicks: { state: true }, presError: { state: true },
  };
  /** Every presentation (null when the server has none). */
  declare presentations: Presentation[] | null;
  declare presName: string;
  /** The views picked for a new presentation, each with its caption. */
  declare presPicks: Map<string, string>;
  declare presError: string;
  declare views: SavedView[];
  declare name: string;
  declare error: string;
  declare available: boolean;
  /** Every read-only link (editors only; null when the server or the role offers none). */
  declare links: ShareLink[] | null;
  /** The view or presentation whose links are open (targetKey), one at a time. */
  declare sharing: string | null;
  declare expiry: string;
  /** The link just made: its URL is shown this once. */
  declare fresh: { target: string; linkId: string; url: string } | null;
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
    this.presentations = null;
    this.presName = '';
    this.presPicks = new Map();
    this.presError = '';
  }

  /** Whether links and presentations were read once the server's capabilities were known (they may arrive after the panel). */
  private extrasRead = false;

  protected override storeChanged(): void {
    super.storeChanged();
    if (!this.extrasRead && store.caps.queries.size && store.auth) {
      this.extrasRead = true;
      void this.loadLinks();
      void this.loadPresentations();
    }
  }

  private async loadPresentations() {
    if (!store.caps.queries.has('presentations')) return;
    try {
      this.presentations = (await gql(PRESENTATIONS)).presentations;
    } catch {
      this.presentations = null;
    }
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
      await Promise.all([this.loadLinks(), this.loadPresentations()]);
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
                    ? this.shareToggle({ kind: 'view', id: v.id, name: v.name })
                    : nothing}
                  <button type="button" class="icon" aria-label=${`${m.views.delete}: ${v.name}`} title=${m.views.delete} @click=${() => void this.deleteView(v)}>✕</button>
                  ${this.sharing === targetKey({ kind: 'view', id: v.id, name: v.name }) ? this.renderShare({ kind: 'view', id: v.id, name: v.name }) : nothing}
                </li>`)}</ul>`
              : html`<p class="empty-state">${m.views.none}</p>`}`}
      </section>
      ${this.available ? this.renderPresentations() : nothing}
    `;
  }

  private shareToggle(x: ShareTarget) {
    const key = targetKey(x);
    return html`<button type="button" class="share-toggle" aria-expanded=${this.sharing === key ? 'true' : 'false'} aria-controls=${`share-${key}`}
      aria-label=${t().shareLinks.toggleFor(x.name)} @click=${() => this.toggleShare(key)}>${t().shareLinks.toggle}</button>`;
  }

  /** One view's (or presentation's) read-only links: make one (optionally expiring), its URL once, the list with revoke. */
  private renderShare(v: ShareTarget) {
    const m = t();
    const key = targetKey(v);
    const mine = (this.links ?? []).filter((l) => (v.kind === 'view' ? l.viewId : l.presentationId) === v.id);
    const now = new Date().toISOString();
    return html`<div class="share-links" id=${`share-${key}`} role="group" aria-label=${m.shareLinks.toggleFor(v.name)}>
      <form class="row" @submit=${(e: Event) => { e.preventDefault(); void this.createLink(v); }}>
        <label for=${`share-exp-${key}`}>${m.shareLinks.expires}</label>
        <input id=${`share-exp-${key}`} class="share-expiry" type="date" min=${now.slice(0, 10)} .value=${this.expiry}
          @input=${(e: Event) => (this.expiry = (e.target as HTMLInputElement).value)} />
        <button type="submit" class="share-create">${m.shareLinks.create}</button>
      </form>
      ${this.shareError ? html`<p class="field-error" role="alert">${this.shareError}</p>` : nothing}
      ${this.fresh?.target === key
        ? html`<div class="share-fresh" role="status">
            <p>${m.shareLinks.created}</p>
            <div class="row">
              <label class="visually-hidden" for=${`share-url-${key}`}>${m.shareLinks.url}</label>
              <input id=${`share-url-${key}`} class="share-url" type="text" readonly .value=${this.fresh.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button type="button" class="share-copy" @click=${() => void this.copyShare(this.fresh!.url, key)}>${m.shareLinks.copy}</button>
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

  private toggleShare(key: string) {
    this.sharing = this.sharing === key ? null : key;
    this.fresh = null;
    this.expiry = '';
    this.shareError = '';
    if (this.sharing) void this.loadLinks();
  }

  private async createLink(v: ShareTarget) {
    this.shareError = '';
    const key = targetKey(v);
    // an expiry date means the end of that day, the page's own time
    const expiresAt = this.expiry ? new Date(`${this.expiry}T23:59:59`).toISOString() : null;
    try {
      const r = (await gql(CREATE_SHARE_LINK, { ...(v.kind === 'view' ? { viewId: v.id } : { presentationId: v.id }), expiresAt })).createShareLink;
      this.fresh = { target: key, linkId: r.link.id, url: new URL(r.path, location.origin).href };
      this.expiry = '';
      await this.loadLinks();
      await this.updateComplete;
      this.querySelector<HTMLInputElement>(`#share-url-${CSS.escape(key)}`)?.focus();
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

  private async copyShare(url: string, key: string) {
    try {
      await navigator.clipboard.writeText(url);
      store.toast(t().shareLinks.copied);
    } catch {
      this.querySelector<HTMLInputElement>(`#share-url-${CSS.escape(key)}`)?.select();
    }
  }

  /** Presentations: each shown full screen, shared, deleted; a new one from picked views with captions. */
  private renderPresentations() {
    const m = t().presentations;
    const list = this.presentations;
    if (list === null) return nothing;
    const canEdit = this.canShare;
    return html`<section aria-labelledby="pres-h">
      <h2 id="pres-h">${m.heading}</h2>
      ${list.length
        ? html`<ul class="views presentations">${list.map((p) => {
            const target: ShareTarget = { kind: 'presentation', id: p.id, name: p.name };
            return html`<li data-presentation=${p.id}>
              <span>${p.name} <small>(${m.steps(p.slides.length)})</small></span>
              <button type="button" class="presentation-show" aria-label=${m.showNamed(p.name)} @click=${() => void showPresentation(p as PresentationDoc)}>${m.show}</button>
              ${canEdit ? this.shareToggle(target) : nothing}
              ${canEdit ? html`<button type="button" class="icon" aria-label=${m.delete(p.name)} title=${m.delete(p.name)} @click=${() => void this.deletePresentation(p)}>✕</button>` : nothing}
              ${this.sharing === targetKey(target) ? this.renderShare(target) : nothing}
            </li>`;
          })}</ul>`
        : html`<p class="empty-state">${m.none}</p>`}
      ${canEdit && this.views.length
        ? html`<form class="presentation-new" @submit=${(e: Event) => { e.preventDefault(); void this.createPresentation(); }}>
            <label for="pres-name">${m.name}</label>
            <input id="pres-name" type="text" .value=${this.presName} @input=${(e: Event) => (this.presName = (e.target as HTMLInputElement).value)} />
            <ul class="presentation-picks">${this.views.map((v) => html`<li>
              <label><input type="checkbox" .checked=${this.presPicks.has(v.id)} @change=${(e: Event) => this.pick(v.id, (e.target as HTMLInputElement).checked)} /> ${m.include(v.name)}</label>
              ${this.presPicks.has(v.id)
                ? html`<label class="visually-hidden" for=${`pres-cap-${v.id}`}>${m.caption(v.name)}</label>
                  <input id=${`pres-cap-${v.id}`} type="text" placeholder=${m.caption(v.name)} .value=${this.presPicks.get(v.id) ?? ''}
                    @input=${(e: Event) => this.pick(v.id, true, (e.target as HTMLInputElement).value)} />`
                : nothing}
            </li>`)}</ul>
            ${this.presError ? html`<p class="field-error" role="alert">${this.presError}</p>` : nothing}
            <button type="submit">${m.create}</button>
          </form>`
        : nothing}
    </section>`;
  }

  private pick(viewId: string, on: boolean, caption?: string) {
    const next = new Map(this.presPicks);
    if (on) next.set(viewId, caption ?? next.get(viewId) ?? '');
    else next.delete(viewId);
    this.presPicks = next;
  }

  private async createPresentation() {
    const m = t().presentations;
    this.presError = '';
    // the steps in the order of the saved views' list
    const slides = this.views.filter((v) => this.presPicks.has(v.id)).map((v) => ({ viewId: v.id, caption: this.presPicks.get(v.id)!.trim() || v.name }));
    if (!slides.length) {
      this.presError = m.pickViews;
      return;
    }
    try {
      const r = (await gql(CREATE_PRESENTATION, { input: { name: this.presName.trim(), slides } })).createPresentation;
      store.toast(m.created(r.name));
      this.presName = '';
      this.presPicks = new Map();
      await this.loadPresentations();
    } catch (e) {
      const err = toApiError(e);
      const field = err.fields[0];
      this.presError = field ? (lang() === 'sv' ? (field.messageSv ?? field.message) : field.message) : messageOf(err);
    }
  }

  private async deletePresentation(p: Presentation) {
    try {
      await gql(DELETE_PRESENTATION, { id: p.id, expectedVersion: p.updatedAt });
      await this.loadPresentations();
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
      await this.loadPresentations();
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
