// The form that creates or edits an element: its fields (FORM_FIELDS), the
// values typed so far, and the server's validation problems shown at their
// field. Saving goes through the store (so it can be undone) and selects the
// element on the map; the panel it is drawn in decides what shows when the
// form closes and where the focus goes. An edit is based on the element as
// the form read it (its version goes with the save), however the details
// change meanwhile; when someone else saved first, the form says so, shows
// what differs and offers to load theirs or save over it.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { toApiError, type ApiError } from '../api.ts';
import { conflictRows, reapplied, staleCurrent } from '../conflict.ts';
import { createChanges, updateChange, type CreatePrefill, type Detail, type Ref } from '../details-changes.ts';
import { FORM_FIELDS, formValues, LINK_EDITORS, type FieldDef, type FormValues } from '../forms.ts';
import type { NodeLabel } from '../graph/types.ts';
import { enumLabel, lang, t } from '../i18n/index.ts';
import { messageOf, store } from '../store.ts';
import { renderConflict } from './conflict-notice.ts';
import { LinkPickers } from './link-picker.ts';

export class NodeForm {
  values: FormValues = {};
  private errors = new Map<string, { message: string; messageSv?: string }>();
  private formError = '';
  private busy = false;
  /** The create form's links, saved with the element in one request. */
  private readonly pickers: LinkPickers;
  /** The element the create form was started from (said under its title). */
  private from: string | null = null;
  /** The element as the edit form read it: the save is based on it (its version, and what changed from it). */
  private base: Detail | null = null;
  /** Someone else saved the element first: it as it stands now. */
  private conflict: Detail | null = null;

  /**
   * @param host the element the form is drawn in: it re-renders it and finds its fields there
   * @param closed called when the form is saved or cancelled
   */
  constructor(private readonly host: ReactiveElement & HTMLElement, private readonly closed: () => void) {
    this.pickers = new LinkPickers(host);
  }

  /**
   * Starts a form to create an element of the type, with its defaults; a gap
   * started from a selected actor or care level lies between it and …
   */
  create(label: NodeLabel, selected: Ref | null, prefill: CreatePrefill = {}) {
    const between = label === 'Gap' && selected && (selected.label === 'Actor' || selected.label === 'CareLevel') ? selected : null;
    this.pickers.reset(prefill.links ?? (between ? { between: [{ id: between.id, name: between.name, principal: between.principal ?? null }] } : {}));
    this.from = prefill.from ?? null;
    const defaults: FormValues = {};
    for (const f of FORM_FIELDS[label]) if (f.type === 'enum' && f.required) defaults[f.name] = store.enums[f.enum!]?.[0] ?? '';
    if (label === 'Forum') Object.assign(defaults, { status: 'PLANNED', systemLevel: 'MESO', kind: 'COLLABORATION_GROUP' });
    if (label === 'Gap') Object.assign(defaults, { severity: 'MEDIUM' });
    this.values = { ...defaults, ...prefill.values };
    this.base = null;
    this.clearErrors();
  }

  /** Starts a form to edit the element, with its values as they stand. */
  edit(d: Detail) {
    this.values = formValues(d.label, d);
    this.base = d;
    this.clearErrors();
  }

  /** The focus to the form's first field, once it is drawn. */
  focusFirst() {
    void this.host.updateComplete.then(() => this.host.querySelector<HTMLInputElement>('#field-name')?.focus());
  }

  cancel() {
    this.clearErrors();
    this.closed();
  }

  private clearErrors() {
    this.errors = new Map();
    this.formError = '';
    this.conflict = null;
    this.host.requestUpdate();
  }

  /** "Läs in det nya": the form again with what is saved now; the person's changes are let go. */
  private loadCurrent() {
    const base = this.base;
    const current = this.conflict;
    if (!base || !current) return;
    this.edit({ ...base, ...current });
    this.focusFirst();
  }

  /** "Spara mitt ändå": the person's changes put on top of what is saved now, and saved against its version. */
  private saveAnyway(label: NodeLabel) {
    const base = this.base;
    const current = this.conflict;
    if (!base || !current) return;
    this.values = reapplied(label, base, current, this.values);
    this.base = { ...base, ...current };
    this.conflict = null;
    void this.submit(label, this.base);
  }

  /** The form to create an element of a type (`d` null) or to edit `d`. */
  render(label: NodeLabel, d: Detail | null): TemplateResult {
    const m = t();
    const title = d ? m.edit.editing(d.name) : label === 'Gap' ? m.edit.createGap : m.flow.createTitle[label];
    const send = () => void this.submit(label, d && this.base?.id === d.id ? this.base : d);
    // a new element's links are chosen in the form and saved with it; participants come right after the name
    const pickers = d ? [] : LINK_EDITORS[label] ?? [];
    const titles = this.pickerTitles();
    const early = pickers.filter((ed) => ed.key === 'participants');
    const late = pickers.filter((ed) => ed.key !== 'participants');
    const [first, ...rest] = FORM_FIELDS[label];
    return html`
      <form class="node-form" novalidate @submit=${(e: Event) => { e.preventDefault(); send(); }} aria-labelledby="form-title" aria-describedby="form-hint"
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); } }}>
        <h2 id="form-title">${title}</h2>
        ${this.from && !d ? html`<p class="muted" id="form-from">${m.flow.from(this.from)}</p>` : nothing}
        ${this.formError ? html`<p class="form-error" role="alert" id="form-error" tabindex="-1">${this.formError}</p>` : nothing}
        ${d && this.conflict && this.base
          ? renderConflict({
            message: m.conflict.edited(String(this.conflict.name ?? d.name)),
            rows: conflictRows(label, this.base, this.conflict, this.values),
            reload: () => this.loadCurrent(),
            force: () => this.saveAnyway(label),
            forceLabel: m.conflict.force,
          })
          : nothing}
        ${first ? this.renderField(first) : nothing}
        ${early.map((ed) => this.pickers.render(ed, titles[ed.key] ?? ed.key))}
        ${rest.map((f) => this.renderField(f))}
        ${late.map((ed) => this.pickers.render(ed, titles[ed.key] ?? ed.key))}
        <p class="muted small" id="form-hint">${m.flow.saveHint}</p>
        <div class="actions">
          <!-- aria-disabled, not disabled, while saving: a disabled button would drop the focus to the page's body -->
          <button type="submit" class="primary" id="form-save" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? m.edit.saving : m.edit.save}</button>
          <button type="button" @click=${() => this.cancel()}>${m.edit.cancel}</button>
        </div>
      </form>
    `;
  }

  private pickerTitles(): Record<string, string> {
    const m = t();
    return {
      participants: m.edit.participants, careLevels: m.details.careLevels, targetGroups: m.details.targetGroups, areas: m.details.areas,
      reportsTo: m.details.reportsTo, between: m.details.between, affects: m.details.affects, partOf: m.details.partOf,
      addresses: m.flow.addresses, addressedBy: m.flow.addressedBy,
    };
  }

  private fieldError(name: string): string | null {
    const e = this.errors.get(name);
    if (!e) return null;
    return lang() === 'sv' ? (e.messageSv ?? e.message) : e.message;
  }

  private renderField(f: FieldDef) {
    const m = t();
    const id = `field-${f.name}`;
    const label = (m.edit as unknown as Record<string, string>)[f.name] ?? f.name;
    const err = this.fieldError(f.name);
    const errId = `${id}-error`;
    const value = this.values[f.name];
    const set = (v: string | boolean) => {
      this.values = { ...this.values, [f.name]: v };
      this.host.requestUpdate();
    };
    const common = { id, invalid: err ? 'true' : 'false', described: err ? errId : undefined };
    let control: TemplateResult;
    if (f.type === 'bool') {
      return html`<div class="field check-field ${err ? 'has-error' : ''}">
        <label class="check"><input type="checkbox" id=${id} name=${f.name} .checked=${!!value} aria-invalid=${common.invalid} aria-describedby=${common.described ?? nothing}
          @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} /> ${label}</label>
        ${err ? html`<p class="field-error" id=${errId}>${err}</p>` : nothing}
      </div>`;
    }
    if (f.type === 'enum') {
      const options = store.enums[f.enum!] ?? [];
      control = html`<select id=${id} name=${f.name} aria-invalid=${common.invalid} aria-required=${f.required ? 'true' : 'false'} aria-describedby=${common.described ?? nothing}
          @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          ${f.required ? nothing : html`<option value="" ?selected=${!value}>${m.edit.notSet}</option>`}
          ${options.map((o) => html`<option value=${o} ?selected=${value === o}>${enumLabel(f.enum as keyof typeof m.enums, o)}</option>`)}
        </select>`;
    } else if (f.type === 'textarea') {
      control = html`<textarea id=${id} name=${f.name} rows="3" aria-invalid=${common.invalid} aria-describedby=${common.described ?? nothing}
          .value=${(value as string) ?? ''} @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea>`;
    } else {
      control = html`<input id=${id} name=${f.name} type=${f.type === 'date' ? 'date' : 'text'} aria-invalid=${common.invalid} aria-required=${f.required ? 'true' : 'false'}
          aria-describedby=${common.described ?? nothing} .value=${(value as string) ?? ''} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />`;
    }
    return html`<div class="field ${err ? 'has-error' : ''}">
      <label for=${id}>${label}${f.required ? html` <span class="req">(${m.edit.required})</span>` : nothing}</label>
      ${control}
      ${err ? html`<p class="field-error" id=${errId}>${err}</p>` : nothing}
    </div>`;
  }

  private async submit(label: NodeLabel, d: Detail | null) {
    if (this.busy) return;
    const m = t();
    this.busy = true;
    this.clearErrors();
    try {
      if (!d) {
        const { changes, name } = createChanges(label, this.values, null, this.pickers.links(LINK_EDITORS[label] ?? []));
        const results = await store.apply(changes, () => t().edit.created(name));
        // the element is the one create of its label (new actors come before it)
        const created = results.find((r, i) => Object.keys(changes[i]!.change)[0] === `create${label}`)?.node;
        this.pickers.reset();
        this.from = null;
        store.toast(m.edit.created(created?.name ?? name));
        if (created) store.select(created.id, { highlight: true });
      } else {
        const change = updateChange(label, d, this.values);
        if (change) {
          await store.apply([change], () => t().edit.updated(d.name));
          store.toast(m.edit.updated(String(this.values.name ?? d.name)));
        }
        // the map shows where the change is
        store.select(d.id, { highlight: true });
      }
      this.closed();
    } catch (e) {
      this.showError(toApiError(e));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private showError(e: ApiError) {
    const m = t();
    const current = staleCurrent(e);
    if (current && this.base) {
      // someone else saved first: what differs, and the way on, with the focus on the message
      this.conflict = { ...this.base, ...current };
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.host.querySelector<HTMLElement>('#conflict')?.focus());
      return;
    }
    this.errors = e.byField();
    this.formError = this.errors.size ? m.edit.fixErrors : messageOf(e);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const first = this.host.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.host.querySelector<HTMLElement>('#form-error');
      first?.focus();
    });
  }
}
