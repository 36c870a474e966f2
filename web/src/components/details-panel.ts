// <sk-details>: the side panel's details of the selected element, and where
// an element is created, edited or deleted. It loads the details, switches
// between the view (details-view.ts), the form (details-form.ts) with its
// link editors (link-editors.ts), and puts the focus back where the person
// was when a form closes. What each write sends, and what undo needs to put
// it back, is in details-changes.ts.
import { html, nothing, type TemplateResult } from 'lit';
import { gql, toApiError } from '../api.ts';
import { conflictRows, staleCurrent } from '../conflict.ts';
import { deleteChange, type CreatePrefill, type Detail, type Ref } from '../details-changes.ts';
import { gapFromDetail } from '../gap-prefill.ts';
import { formValues } from '../forms.ts';
import type { NodeLabel } from '../graph/types.ts';
import { t } from '../i18n/index.ts';
import { NODE, normalizeNode } from '../queries.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';
import { renderConflict } from './conflict-notice.ts';
import { NodeForm } from './details-form.ts';
import { renderDetailsView } from './details-view.ts';
import { renderLinkEditors } from './link-editors.ts';

/** The order the create menu offers element types in: a Record, so a new type must take its place here. */
const CREATE_RANK: Record<NodeLabel, number> = { Forum: 0, Actor: 1, Gap: 2, Initiative: 3, CareLevel: 4, TargetGroup: 5 };
const CREATE_ORDER = (Object.keys(CREATE_RANK) as NodeLabel[]).sort((a, b) => CREATE_RANK[a] - CREATE_RANK[b]);

export class DetailsPanel extends StoreElement {
  static override properties = {
    detail: { state: true }, mode: { state: true }, createLabel: { state: true }, loadingId: { state: true }, deleteConflict: { state: true },
  };
  declare detail: Detail | null;
  declare mode: 'view' | 'edit' | 'create';
  declare createLabel: NodeLabel;
  declare loadingId: string | null;
  /** A delete someone else overtook: the element as it was read, and as it stands now. */
  declare deleteConflict: { read: Detail; current: Detail } | null;
  private loadedKey = '';
  private readonly form = new NodeForm(this, () => this.formClosed());
  /** The control that opened the form (its id when it has one: a re-render replaces it): the focus goes back there when the form closes. */
  private opener: { id: string; el: HTMLElement } | null = null;

  constructor() {
    super();
    this.detail = null;
    this.mode = 'view';
    this.createLabel = 'Forum';
    this.loadingId = null;
    this.deleteConflict = null;
  }

  protected override storeChanged(): void {
    const request = store.createRequest;
    if (request) {
      // taken once: a panel drawn anew (after signing in again) does not open it a second time
      store.createRequest = null;
      this.startCreate(request.label, request.prefill);
    }
    const id = store.state.selected;
    const key = `${id}@${store.graph.version}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      if (this.mode === 'edit' && this.detail?.id !== id) this.mode = 'view';
      if (this.deleteConflict && this.deleteConflict.read.id !== id) this.deleteConflict = null;
      void this.fetch(id);
    }
    this.requestUpdate();
  }

  private async fetch(id: string | null) {
    if (!id) {
      this.detail = null;
      this.loadingId = null;
      return;
    }
    this.loadingId = id;
    try {
      const r = await gql<{ node: Detail | null }>(NODE, { id });
      if (this.loadingId !== id) return;
      this.detail = normalizeNode(r.node);
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    } finally {
      if (this.loadingId === id) this.loadingId = null;
    }
  }

  override render() {
    const m = t();
    return html`
      <div class="create-bar" role="group" aria-label=${m.edit.newElement}>
        <button type="button" class="primary" id="create-forum" @click=${() => this.startCreate('Forum')}>+ ${m.edit.createForum}</button>
        <button type="button" id="create-actor" @click=${() => this.startCreate('Actor')}>+ ${m.edit.createActor}</button>
        <button type="button" id="create-gap" @click=${() => this.startCreate('Gap')}>+ ${m.edit.createGap}</button>
        <label class="visually-hidden" for="create-other">${m.edit.newElement}</label>
        <select id="create-other" @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value as NodeLabel; (e.target as HTMLSelectElement).value = ''; if (v) this.startCreate(v); }}>
          <option value="">${m.edit.newElement} …</option>
          ${CREATE_ORDER.slice(3).map((l) => html`<option value=${l}>${m.enums.NodeLabel[l]}</option>`)}
        </select>
      </div>
      ${this.mode === 'create'
        ? this.renderForm(this.createLabel, null)
        : this.mode === 'edit' && this.detail
          ? this.renderForm(this.detail.label, this.detail)
          : html`${this.renderDeleteConflict()}${renderDetailsView(this.detail, !!this.loadingId, { edit: () => this.startEdit(), delete: () => void this.deleteElement(), recordGap: () => this.recordGap() })}`}
    `;
  }

  /** A refused delete: what someone else changed, "Läs in det nya" (the details as they stand) or "Ta bort ändå". */
  private renderDeleteConflict() {
    const c = this.deleteConflict;
    if (!c) return nothing;
    const m = t();
    return renderConflict({
      message: m.conflict.deleted(c.current.name),
      rows: conflictRows(c.read.label, c.read, c.current, formValues(c.read.label, c.read)),
      reload: () => {
        this.deleteConflict = null;
        void this.fetch(c.read.id).then(() => this.updateComplete).then(() => (this.querySelector<HTMLElement>('#edit-button') ?? document.getElementById('side-panel'))?.focus());
      },
      force: () => void this.deleteElement(c.current, false),
      forceLabel: m.conflict.forceDelete,
    });
  }

  /** The form, and under an existing element's form its link editors. */
  private renderForm(label: NodeLabel, d: Detail | null): TemplateResult {
    return html`
      ${this.form.render(label, d)}
      ${d ? renderLinkEditors(this, d) : nothing}
    `;
  }

  private startCreate(label: NodeLabel, prefill?: CreatePrefill) {
    this.rememberOpener();
    const selected: Ref | null = this.detail && store.state.selected === this.detail.id ? { id: this.detail.id, label: this.detail.label, name: this.detail.name } : null;
    this.mode = 'create';
    this.createLabel = label;
    this.form.create(label, selected, prefill);
    if (store.state.side !== 'details') store.setState({ side: 'details' });
    this.form.focusFirst();
  }

  /** "Registrera mellanrum" from the selected element: the new-gap form, prefilled as the element implies. */
  private recordGap() {
    if (this.detail) this.startCreate('Gap', gapFromDetail(this.detail));
  }

  private startEdit() {
    if (!this.detail) return;
    this.rememberOpener();
    this.mode = 'edit';
    this.form.edit(this.detail);
    this.form.focusFirst();
  }

  /** A saved or cancelled form: the details again, and the focus back where it was. */
  private formClosed() {
    this.mode = 'view';
    void this.returnFocus();
  }

  private rememberOpener() {
    const a = document.activeElement as HTMLElement | null;
    this.opener = a && a !== document.body ? { id: a.id, el: a } : null;
  }

  /**
   * A closed form gives the focus back to the control that opened it (never
   * to the page's body): ✎ Redigera, + Nytt forum …; when that is gone, to
   * the element's ✎ Redigera, else to the side panel.
   */
  private async returnFocus() {
    await this.updateComplete;
    const o = this.opener;
    this.opener = null;
    const visible = (el: HTMLElement | null) => (el?.isConnected && el.getClientRects().length ? el : null);
    const target = visible(o?.id ? document.getElementById(o.id) : null) ?? visible(o?.el ?? null) ?? visible(this.querySelector<HTMLElement>('#edit-button')) ?? document.getElementById('side-panel');
    target?.focus();
  }

  /** Deletes the element as it was read (`d`: the details shown), unless someone else has changed it since. */
  private async deleteElement(d = this.detail, ask = true) {
    if (!d) return;
    const m = t();
    if (ask && !confirm(m.details.confirmDelete(d.name))) return;
    this.deleteConflict = null;
    try {
      await store.apply([deleteChange(d, store.graph.edges)], () => t().details.deleted(d.name));
      store.toast(m.details.deleted(d.name));
      store.select(null);
      // what was shown is gone: the focus goes to the start of the side panel
      await this.updateComplete;
      document.getElementById('side-panel')?.focus();
    } catch (e) {
      const error = toApiError(e);
      const current = staleCurrent(error);
      if (!current) {
        store.toast(messageOf(error), 'error');
        return;
      }
      // someone else changed it first: say so, with the focus on the message
      this.deleteConflict = { read: d, current: { ...d, ...current } };
      await this.updateComplete;
      this.querySelector<HTMLElement>('#conflict')?.focus();
    }
  }
}

customElements.define('sk-details', DetailsPanel);
