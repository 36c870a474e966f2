// <sk-bulk-edit>: several forums changed in one step (status, dates, care
// levels), in a modal dialog opened from the header. The forums selected on
// the map (shift-click, shift-drag a box) come ticked; any forum in view can
// be ticked by keyboard in the list. Each ticked forum is read when ticked
// (its version), and the step goes as ONE atomic applyChanges (bulk-edit.ts):
// a forum someone changed meanwhile refuses all of it, said in the dialog.
import { html, nothing } from 'lit';
import { gql, toApiError } from '../api.ts';
import { bulkPlan, BULK_DATES, type BulkEdit, type ReadForum } from '../graph/bulk-edit.ts';
import { enumLabel, t } from '../i18n/index.ts';
import { BULK_FORUMS } from '../queries.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';

/** At most this many forums are read in one request (the API's `nodes` limit). */
const READ_BATCH = 500;

type CareChoice = 'keep' | 'add' | 'remove';

export class BulkEditDialog extends StoreElement {
  static override properties = { open: { state: true }, chosen: { state: true }, filter: { state: true }, busy: { state: true }, reading: { state: true }, problem: { state: true } };
  declare open: boolean;
  /** True while ticked forums are being read (the form says so with aria-busy). */
  declare reading: boolean;
  /** The ticked forums' ids. */
  declare chosen: Set<string>;
  declare filter: string;
  declare busy: boolean;
  declare problem: string;
  /** The ticked forums as read (their version is what the step is based on). */
  private read = new Map<string, ReadForum>();
  /** What had the focus when the dialog opened: it returns there. */
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.open = false;
    this.chosen = new Set();
    this.filter = '';
    this.busy = false;
    this.reading = false;
    this.problem = '';
  }

  /** Opens the dialog with the forums selected on the map ticked. */
  async show(): Promise<void> {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const selected = new Set(store.mapApi?.selectedIds() ?? (store.state.selected ? [store.state.selected] : []));
    this.chosen = new Set(this.forumsInView().filter((f) => selected.has(f.id)).map((f) => f.id));
    this.read.clear();
    this.filter = '';
    this.problem = '';
    this.open = true;
    await this.updateComplete;
    this.querySelector<HTMLDialogElement>('dialog')?.showModal();
    this.querySelector<HTMLElement>('#bulk-filter')?.focus();
    await this.readForums([...this.chosen]).catch((e: unknown) => this.fail(e));
  }

  private close() {
    this.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private closed() {
    this.open = false;
    this.busy = false;
    this.opener?.focus();
  }

  /** Every forum the map shows, by name. */
  private forumsInView() {
    const { ids } = store.visible();
    return store.graph.nodes.filter((n) => n.label === 'Forum' && ids.has(n.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  /** Reads forums not read yet: their version now is what a change of them is based on. */
  private async readForums(ids: string[]) {
    const missing = ids.filter((id) => !this.read.has(id));
    this.reading = true;
    try {
      await this.readBatches(missing);
    } finally {
      this.reading = false;
    }
  }

  private async readBatches(missing: string[]) {
    for (let i = 0; i < missing.length; i += READ_BATCH) {
      const r = await gql(BULK_FORUMS, { ids: missing.slice(i, i + READ_BATCH) });
      for (const n of r.nodes) {
        if (!n || !('status' in n)) continue;
        this.read.set(n.id, {
          id: n.id, name: n.name, updatedAt: n.updatedAt, status: n.status ?? null,
          plannedStart: n.plannedStart ?? null, startDate: n.startDate ?? null, endDate: n.endDate ?? null,
          careLevels: n.careLevels.map((c) => c.id),
        });
      }
    }
  }

  private toggle(id: string, on: boolean) {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
    if (on) void this.readForums([id]).catch((e: unknown) => this.fail(e));
  }

  private fail(e: unknown) {
    const err = toApiError(e);
    const m = t().bulk;
    this.problem = err.code === 'CONFLICT' ? m.conflict : `${m.failed} ${messageOf(err)}`;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#bulk-problem')?.focus());
  }

  private editOf(form: HTMLFormElement): BulkEdit {
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '');
    const care = store.graph.nodes.filter((n) => n.label === 'CareLevel');
    const choice = (id: string) => get(`care-${id}`) as CareChoice;
    return {
      ...(get('status') ? { status: get('status') } : {}),
      // 'Töm' clears the date in every chosen forum; a date typed sets it; neither leaves it as each forum has it
      dates: Object.fromEntries(BULK_DATES.flatMap((k): Array<[string, string | null]> => (get(`clear-${k}`) ? [[k, null]] : get(k) ? [[k, get(k)]] : []))),
      addCareLevels: care.filter((c) => choice(c.id) === 'add').map((c) => c.id),
      removeCareLevels: care.filter((c) => choice(c.id) === 'remove').map((c) => c.id),
    };
  }

  private async submit(e: Event) {
    e.preventDefault();
    if (this.busy) return;
    const m = t().bulk;
    const ids = [...this.chosen];
    if (!ids.length) {
      this.problem = m.noneChosen;
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('#bulk-problem')?.focus());
      return;
    }
    this.busy = true;
    this.problem = '';
    try {
      await this.readForums(ids);
      const plan = bulkPlan(ids.map((id) => this.read.get(id)).filter((f): f is ReadForum => !!f), this.editOf(e.target as HTMLFormElement));
      if (!plan.changes.length) {
        this.problem = m.nothing;
        this.busy = false;
        void this.updateComplete.then(() => this.querySelector<HTMLElement>('#bulk-problem')?.focus());
        return;
      }
      const label = () => t().bulk.label(plan.what.map((w) => t().bulk.what[w]), plan.forums);
      await store.apply(plan.changes, label);
      store.toast(label());
      this.close();
    } catch (err) {
      this.busy = false;
      // what stands now is read again, so a second try is based on it (and the person has seen that something changed)
      this.read.clear();
      if (toApiError(err).code === 'CONFLICT') void store.reloadGraph().catch(() => undefined);
      this.fail(err);
    }
  }

  override render() {
    if (!this.open) return nothing;
    const m = t();
    const b = m.bulk;
    const forums = this.forumsInView();
    const needle = this.filter.trim().toLocaleLowerCase('sv');
    const listed = forums.filter((f) => this.chosen.has(f.id) || !needle || f.name.toLocaleLowerCase('sv').includes(needle));
    const care = store.graph.nodes.filter((n) => n.label === 'CareLevel').sort((a, c) => a.name.localeCompare(c.name, 'sv'));
    const statuses = store.enums.Status ?? ['PLANNED', 'ACTIVE', 'PAUSED', 'ENDED'];
    return html`<dialog id="bulk-edit" aria-labelledby="bulk-h" aria-describedby="bulk-intro" @close=${() => this.closed()}>
      <form aria-busy=${this.reading || this.busy ? 'true' : 'false'} @submit=${(e: Event) => void this.submit(e)}>
        <h2 id="bulk-h">${b.heading}</h2>
        <p id="bulk-intro">${b.intro}</p>
        <p id="bulk-problem" class="form-error" role="alert" tabindex="-1" ?hidden=${!this.problem}>${this.problem}</p>
        <fieldset class="bulk-forums">
          <legend>${b.forums} <span class="muted">(${b.chosen(this.chosen.size)})</span></legend>
          <label for="bulk-filter">${b.filter}</label>
          <input id="bulk-filter" type="search" autocomplete="off" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
          <ul class="bulk-list">
            ${listed.map((f) => html`<li><label><input type="checkbox" name="forum" value=${f.id} .checked=${this.chosen.has(f.id)}
              @change=${(e: Event) => this.toggle(f.id, (e.target as HTMLInputElement).checked)} /> ${f.name}
              <span class="muted">${enumLabel('Status', f.status)}</span></label></li>`)}
          </ul>
        </fieldset>
        <div class="field">
          <label for="bulk-status">${m.edit.status}</label>
          <select id="bulk-status" name="status">
            <option value="">${b.unchanged}</option>
            ${statuses.map((s) => html`<option value=${s}>${enumLabel('Status', s)}</option>`)}
          </select>
        </div>
        ${BULK_DATES.map((k) => html`<div class="field">
          <label for=${`bulk-${k}`}>${m.edit[k]}</label>
          <div class="row">
            <input id=${`bulk-${k}`} name=${k} type="date" aria-describedby="bulk-dates-help" />
            <label class="check"><input type="checkbox" id=${`bulk-clear-${k}`} name=${`clear-${k}`} aria-describedby="bulk-dates-help"
              @change=${(e: Event) => { const input = this.querySelector<HTMLInputElement>(`#bulk-${k}`); if (input) input.disabled = (e.target as HTMLInputElement).checked; }} /> ${m.flow.clearDate}</label>
          </div>
        </div>`)}
        <p id="bulk-dates-help" class="muted small">${b.datesHelp} ${m.flow.clearHelp}</p>
        <fieldset class="bulk-care">
          <legend>${b.careLevels}</legend>
          ${care.map((c) => html`<div class="field">
            <label for=${`bulk-care-${c.id}`}>${c.name}</label>
            <select id=${`bulk-care-${c.id}`} name=${`care-${c.id}`}>
              <option value="keep">${b.careKeep}</option>
              <option value="add">${b.careAdd}</option>
              <option value="remove">${b.careRemove}</option>
            </select>
          </div>`)}
        </fieldset>
        <div class="actions">
          <button type="submit" id="bulk-apply" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? m.edit.saving : b.apply(this.chosen.size)}</button>
          <button type="button" id="bulk-cancel" @click=${() => this.close()}>${m.edit.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }
}

customElements.define('sk-bulk-edit', BulkEditDialog);
