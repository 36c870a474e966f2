// <sk-details>: the selected element's properties, participants and roles,
// reporting line, relationships and sources; forms to create, edit and
// delete; link editors (participation, care levels, target groups, areas,
// gap ends). Server validation problems are shown at their field.
import { html, nothing, type TemplateResult } from 'lit';
import { KIND_ENUM_OF } from '../../../schema/enums.ts';
import { ApiError, gql, toApiError } from '../api.ts';
import { FORM_FIELDS, LINK_EDITORS, createInput, idFromName, patchFrom, writableProps, type FieldDef, type FormValues, type LinkEditor } from '../forms.ts';
import type { MapEdge, NodeLabel } from '../graph/types.ts';
import type { ChangeInput, LinkInput } from '../graph/undo.ts';
import { enumLabel, formatDate, lang, t } from '../i18n/index.ts';
import { NODE, normalizeNode } from '../queries.ts';
import { messageOf, store } from '../store.ts';
import { StoreElement } from './base.ts';

type Ref = { id: string; label: NodeLabel; name: string; status?: string; principal?: string };
type Detail = Record<string, unknown> & { id: string; label: NodeLabel; name: string };

/** The order the create menu offers element types in: a Record, so a new type must take its place here. */
const CREATE_RANK: Record<NodeLabel, number> = { Forum: 0, Actor: 1, Gap: 2, Initiative: 3, CareLevel: 4, TargetGroup: 5 };
const CREATE_ORDER = (Object.keys(CREATE_RANK) as NodeLabel[]).sort((a, b) => CREATE_RANK[a] - CREATE_RANK[b]);

export class DetailsPanel extends StoreElement {
  static override properties = {
    detail: { state: true }, mode: { state: true }, createLabel: { state: true }, values: { state: true },
    errors: { state: true }, formError: { state: true }, busy: { state: true }, loadingId: { state: true },
  };
  declare detail: Detail | null;
  declare mode: 'view' | 'edit' | 'create';
  declare createLabel: NodeLabel;
  declare values: FormValues;
  declare errors: Map<string, { message: string; messageSv?: string }>;
  declare formError: string;
  declare busy: boolean;
  declare loadingId: string | null;
  private loadedKey = '';
  /** The element the create form started from (a new gap lies between it and …). */
  private context: Ref | null = null;
  /** The control that opened the form (its id when it has one: a re-render replaces it): the focus goes back there when the form closes. */
  private opener: { id: string; el: HTMLElement } | null = null;

  constructor() {
    super();
    this.detail = null;
    this.mode = 'view';
    this.createLabel = 'Forum';
    this.values = {};
    this.errors = new Map();
    this.formError = '';
    this.busy = false;
    this.loadingId = null;
  }

  protected override storeChanged(): void {
    const id = store.state.selected;
    const key = `${id}@${store.graph.version}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      if (this.mode === 'edit' && this.detail?.id !== id) this.mode = 'view';
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

  // ---- rendering ----

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
      ${this.mode === 'create' ? this.renderForm(this.createLabel, null) : this.mode === 'edit' && this.detail ? this.renderForm(this.detail.label, this.detail) : this.renderView()}
    `;
  }

  private renderView(): TemplateResult {
    const m = t();
    const d = this.detail;
    if (!store.state.selected) return html`<p class="empty-state">${m.details.empty}</p>`;
    if (!d) return html`<p class="empty-state" role="status">${this.loadingId ? m.details.loading : m.details.notFound}</p>`;
    const row = (label: string, value: unknown) => (value === null || value === undefined || value === '' ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`);
    const e = (name: keyof typeof m.enums, v: unknown) => enumLabel(name, v as string);
    return html`
      <article class="details" aria-labelledby="details-title">
        <p class="type-line"><span class="type-chip">${m.enums.NodeLabel[d.label]}</span> ${d.kind ? html`<span>${this.kindLabel(d.label, d.kind as string)}</span>` : nothing}</p>
        <h2 id="details-title" tabindex="-1">${d.name}</h2>
        ${d.description ? html`<p class="description">${d.description}</p>` : nothing}
        <div class="actions">
          <button type="button" id="edit-button" @click=${() => this.startEdit()}>✎ ${m.details.edit}</button>
          <button type="button" @click=${() => store.setState({ focus: store.state.focus || 1 })}>◎ ${m.details.focusHere}</button>
          <button type="button" class="danger" id="delete-button" @click=${() => this.deleteElement()}>✕ ${m.details.delete}</button>
        </div>
        <h3>${m.details.properties}</h3>
        <dl class="props">
          ${row(m.edit.principal, e('Principal', d.principal))}
          ${row(m.edit.systemLevel, e('SystemLevel', d.systemLevel))}
          ${row(m.edit.status, d.label === 'Gap' ? e('GapStatus', d.status) : e('Status', d.status))}
          ${row(m.edit.severity, e('Severity', d.severity))}
          ${row(m.edit.mandate, e('Mandate', d.mandate))}
          ${row(m.edit.meetingFrequency, e('MeetingFrequency', d.meetingFrequency))}
          ${d.label === 'Forum' ? row(m.edit.crossesBoundary, d.crossesBoundary ? '✓' : '✗') : nothing}
          ${row(m.edit.plannedStart, formatDate(d.plannedStart as string))}
          ${row(m.edit.startDate, formatDate(d.startDate as string))}
          ${row(m.edit.endDate, formatDate(d.endDate as string))}
          ${row(m.edit.shortName, d.shortName)}
          ${row(m.edit.code, d.code)}
          ${row(m.edit.definition, d.definition)}
          ${row(m.details.evidence, d.evidence)}
          <dt>${m.details.source}</dt><dd>${d.source === 'illustrative' ? m.details.illustrative : d.source}</dd>
          ${row(m.details.sourceNote, d.sourceNote)}
        </dl>
        ${d.label === 'Forum' ? this.renderParticipants(d) : nothing}
        ${d.label === 'Forum' ? html`
          <h3>${m.details.reportsTo}</h3>
          ${(d.reportsTo as Ref[]).length ? this.refList(d.reportsTo as Ref[]) : html`<p class="muted">${m.details.noReportingLine}</p>`}
          ${this.section(m.details.reportingForums, d.reportingForums)}` : nothing}
        ${this.section(m.details.careLevels, d.careLevels)}
        ${this.section(m.details.targetGroups, d.targetGroups)}
        ${this.section(m.details.areas, d.areas)}
        ${this.section(m.details.between, d.between)}
        ${this.section(m.details.affects, d.affects)}
        ${this.section(m.details.addressedBy, d.addressedBy ?? d.addresses)}
        ${this.section(m.details.partOf, d.partOf)}
        ${this.section(m.details.parts, d.parts)}
        ${this.section(m.details.provides, d.provides)}
        ${d.label === 'Actor' ? this.section(m.details.participations, (d.participations as Array<{ role: string; forum: Ref }>).map((p) => ({ ...p.forum, extra: enumLabel('ParticipationRole', p.role) }))) : nothing}
        ${this.section(m.details.forums, d.label === 'Actor' ? null : d.forums)}
        ${this.section(m.details.owners, d.owners)}
        ${this.section(m.details.members, d.members)}
        ${this.renderEstimates(d)}
        <p class="muted small">${m.details.updated(formatDate(d.updatedAt as string), String(d.updatedBy))}</p>
      </article>
    `;
  }

  private renderParticipants(d: Detail) {
    const m = t();
    const parts = (d.participants as Array<{ role: string; actor: Ref }>) ?? [];
    return html`
      <h3>${m.details.participants}</h3>
      ${parts.length
        ? html`<ul class="refs">${parts.map((p) => html`<li>${this.refButton(p.actor)} <span class="role">${enumLabel('ParticipationRole', p.role)}</span>
            ${p.actor.principal ? html`<span class="principal-tag">[${m.enums.PrincipalLetter[p.actor.principal as keyof typeof m.enums.PrincipalLetter]}]</span>` : nothing}</li>`)}</ul>`
        : html`<p class="muted">${m.details.noParticipants}</p>`}
    `;
  }

  private renderEstimates(d: Detail) {
    const list = d.estimates as Array<{ count: number; year: number; source: string; targetGroup?: Ref; area?: Ref }> | undefined;
    if (!list?.length) return nothing;
    const m = t();
    return html`<h3>${m.details.estimates}</h3>
      <ul class="refs">${list.map((x) => html`<li>${this.refButton((x.targetGroup ?? x.area)!)}: <strong>${x.count.toLocaleString(m.locale)}</strong> (${x.year})</li>`)}</ul>`;
  }

  private section(title: string, refs: unknown) {
    const list = refs as Array<Ref & { extra?: string }> | null | undefined;
    if (!list?.length) return nothing;
    return html`<h3>${title}</h3>${this.refList(list)}`;
  }

  private refList(list: Array<Ref & { extra?: string }>) {
    return html`<ul class="refs">${list.map((r) => html`<li>${this.refButton(r)}${r.extra ? html` <span class="role">${r.extra}</span>` : nothing}</li>`)}</ul>`;
  }

  private refButton(r: Ref) {
    const status = r.status && r.status !== 'ACTIVE' ? ` (${enumLabel('Status', r.status).toLowerCase()})` : '';
    return html`<button type="button" class="ref" @click=${() => store.select(r.id, { highlight: true })}>${r.name}${status}</button>`;
  }

  private kindLabel(label: NodeLabel, kind: string): string {
    const name = KIND_ENUM_OF[label];
    return name ? enumLabel(name, kind) : kind;
  }

  // ---- forms ----

  private startCreate(label: NodeLabel) {
    this.rememberOpener();
    const ctx = this.detail && store.state.selected === this.detail.id ? { id: this.detail.id, label: this.detail.label, name: this.detail.name } : null;
    this.context = label === 'Gap' && ctx && (ctx.label === 'Actor' || ctx.label === 'CareLevel') ? ctx : null;
    this.mode = 'create';
    this.createLabel = label;
    const defaults: FormValues = {};
    for (const f of FORM_FIELDS[label]) if (f.type === 'enum' && f.required) defaults[f.name] = store.enums[f.enum!]?.[0] ?? '';
    if (label === 'Forum') Object.assign(defaults, { status: 'PLANNED', systemLevel: 'MESO', kind: 'COLLABORATION_GROUP' });
    if (label === 'Gap') Object.assign(defaults, { severity: 'MEDIUM' });
    this.values = defaults;
    this.errors = new Map();
    this.formError = '';
    if (store.state.side !== 'details') store.setState({ side: 'details' });
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('#field-name')?.focus());
  }

  private startEdit() {
    if (!this.detail) return;
    this.rememberOpener();
    this.mode = 'edit';
    this.values = Object.fromEntries(FORM_FIELDS[this.detail.label].map((f) => [f.name, (this.detail![f.name] as string | boolean | null) ?? (f.type === 'bool' ? false : '')]));
    this.errors = new Map();
    this.formError = '';
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('#field-name')?.focus());
  }

  private cancel() {
    this.mode = 'view';
    this.errors = new Map();
    this.formError = '';
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

  private renderForm(label: NodeLabel, d: Detail | null): TemplateResult {
    const m = t();
    const title = d ? m.edit.editing(d.name) : label === 'Gap' ? m.edit.createGap : m.edit.create(m.enums.NodeLabel[label]);
    return html`
      <form class="node-form" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.submit(label, d); }} aria-labelledby="form-title">
        <h2 id="form-title">${title}</h2>
        ${this.context ? html`<p class="muted">${m.details.between}: ${this.context.name}</p>` : nothing}
        ${this.formError ? html`<p class="form-error" role="alert" id="form-error" tabindex="-1">${this.formError}</p>` : nothing}
        ${FORM_FIELDS[label].map((f) => this.renderField(f))}
        <div class="actions">
          <!-- aria-disabled, not disabled, while saving: a disabled button would drop the focus to the page's body -->
          <button type="submit" class="primary" id="form-save" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? m.edit.saving : m.edit.save}</button>
          <button type="button" @click=${() => this.cancel()}>${m.edit.cancel}</button>
        </div>
      </form>
      ${d ? this.renderLinkEditors(d) : nothing}
    `;
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
    this.errors = new Map();
    this.formError = '';
    try {
      if (!d) {
        const input = createInput(label, this.values);
        const changes: Array<{ change: ChangeInput }> = [];
        if (this.context) {
          // one request: the new gap, and the line to what it lies next to
          const id = idFromName(label, String(input.name ?? ''));
          changes.push({ change: { [`create${label}`]: { id, ...input } } as ChangeInput });
          changes.push({ change: { link: { type: 'BETWEEN', from: id, to: this.context.id } } });
        } else changes.push({ change: { [`create${label}`]: input } as ChangeInput });
        const results = await store.apply(changes, () => t().edit.created(String(input.name)));
        const created = results[0]?.node;
        this.mode = 'view';
        this.context = null;
        store.toast(m.edit.created(created?.name ?? String(input.name)));
        if (created) store.select(created.id, { highlight: true });
        void this.returnFocus();
      } else {
        const before = writableProps(label, d);
        const patch = patchFrom(label, before, this.values);
        if (Object.keys(patch).length) {
          await store.apply([{ change: { [`update${label}`]: { id: d.id, patch } } as ChangeInput, before: { node: { id: d.id, label, props: before } } }], () => t().edit.updated(d.name));
          store.toast(m.edit.updated(String(this.values.name ?? d.name)));
        }
        this.mode = 'view';
        // the map shows where the change is
        store.select(d.id, { highlight: true });
        void this.returnFocus();
      }
    } catch (e) {
      this.showError(toApiError(e));
    } finally {
      this.busy = false;
    }
  }

  private showError(e: ApiError) {
    const m = t();
    this.errors = e.byField();
    this.formError = this.errors.size ? m.edit.fixErrors : messageOf(e);
    void this.updateComplete.then(() => {
      const first = this.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.querySelector<HTMLElement>('#form-error');
      first?.focus();
    });
  }

  // ---- links ----

  private edgesOf(d: Detail, ed: LinkEditor): MapEdge[] {
    return store.graph.edges.filter((e) => e.type === ed.rel && (ed.direction === 'out' ? e.source === d.id : e.target === d.id));
  }

  private renderLinkEditors(d: Detail) {
    const editors = LINK_EDITORS[d.label];
    if (!editors) return nothing;
    const m = t();
    const titles: Record<string, string> = {
      participants: m.edit.participants, careLevels: m.details.careLevels, targetGroups: m.details.targetGroups, areas: m.details.areas,
      reportsTo: m.details.reportsTo, between: m.details.between, affects: m.details.affects, partOf: m.details.partOf,
    };
    return html`<section class="link-editors" aria-label=${m.edit.links}>
      ${editors.map((ed) => {
        const edges = this.edgesOf(d, ed);
        const linked = new Set(edges.map((e) => (ed.direction === 'out' ? e.target : e.source)));
        const candidates = store.graph.nodes
          .filter((n) => ed.others.includes(n.label) && n.id !== d.id && !linked.has(n.id) && (!ed.kinds || (n.kind && ed.kinds.includes(n.kind))))
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
        const selId = `link-${ed.key}`;
        const roleId = `role-${ed.key}`;
        return html`<fieldset class="link-editor" data-editor=${ed.key}>
          <legend>${titles[ed.key] ?? ed.key}</legend>
          <ul class="refs">
            ${edges.map((e) => {
              const other = store.byId.get(ed.direction === 'out' ? e.target : e.source);
              if (!other) return nothing;
              return html`<li>
                <span>${other.name}</span>
                ${ed.role
                  ? html`<label class="visually-hidden" for=${`r-${e.id}`}>${m.edit.role}</label>
                    <select id=${`r-${e.id}`} @change=${(ev: Event) => void this.setRole(d, ed, e, (ev.target as HTMLSelectElement).value)}>
                      ${(store.enums.ParticipationRole ?? []).map((r) => html`<option value=${r} ?selected=${e.role === r}>${enumLabel('ParticipationRole', r)}</option>`)}
                    </select>`
                  : nothing}
                <button type="button" class="icon" aria-label=${m.edit.removeLink(other.name)} title=${m.edit.removeLink(other.name)} @click=${() => void this.unlink(d, ed, e)}>✕</button>
              </li>`;
            })}
          </ul>
          <div class="row">
            <label class="visually-hidden" for=${selId}>${titles[ed.key]}</label>
            <select id=${selId}>
              <option value="">${m.edit.choose}</option>
              ${candidates.map((n) => html`<option value=${n.id}>${n.name}</option>`)}
            </select>
            ${ed.role
              ? html`<label class="visually-hidden" for=${roleId}>${m.edit.role}</label>
                <select id=${roleId}>${(store.enums.ParticipationRole ?? []).map((r) => html`<option value=${r} ?selected=${r === 'MEMBER'}>${enumLabel('ParticipationRole', r)}</option>`)}</select>`
              : nothing}
            <button type="button" @click=${() => void this.link(d, ed)}>${m.edit.add}</button>
          </div>
        </fieldset>`;
      })}
    </section>`;
  }

  private linkInput(d: Detail, ed: LinkEditor, other: string, role?: string | null): LinkInput {
    const [from, to] = ed.direction === 'out' ? [d.id, other] : [other, d.id];
    return { type: ed.rel, from, to, ...(ed.role && role ? { role } : {}) };
  }

  /** The relationship as it stands, with its source when the details know it (for undo). */
  private existing(d: Detail, e: MapEdge): LinkInput {
    const participant = (d.participants as Array<{ actor: { id: string }; source: string }> | undefined)?.find((p) => p.actor.id === e.source);
    return { type: e.type, from: e.source, to: e.target, role: e.role, count: e.count, year: e.year, ...(participant && e.type === 'PARTICIPATES_IN' ? { source: participant.source } : {}) };
  }

  private async link(d: Detail, ed: LinkEditor) {
    const other = this.querySelector<HTMLSelectElement>(`#link-${ed.key}`)?.value;
    if (!other) return;
    const role = ed.role ? this.querySelector<HTMLSelectElement>(`#role-${ed.key}`)?.value : null;
    await this.run([{ change: { link: this.linkInput(d, ed, other, role) } }], () => t().edit.linked);
  }

  private async setRole(d: Detail, ed: LinkEditor, e: MapEdge, role: string) {
    const other = ed.direction === 'out' ? e.target : e.source;
    await this.run([{ change: { link: this.linkInput(d, ed, other, role) }, before: { edges: [this.existing(d, e)] } }], () => t().edit.linked);
  }

  private async unlink(d: Detail, ed: LinkEditor, e: MapEdge) {
    const index = this.edgesOf(d, ed).findIndex((x) => x.id === e.id);
    if (!(await this.run([{ change: { unlink: { type: e.type, from: e.source, to: e.target } }, before: { edges: [this.existing(d, e)] } }], () => t().edit.unlinked))) return;
    // the ✕ pressed is gone: the focus goes to the next one in the list (or the one before), else to the editor's choice to add
    await this.updateComplete;
    const editor = this.querySelector(`fieldset[data-editor="${ed.key}"]`);
    const removes = [...(editor?.querySelectorAll<HTMLElement>('ul.refs button.icon') ?? [])];
    (removes[Math.min(index, removes.length - 1)] ?? editor?.querySelector<HTMLElement>(`#link-${ed.key}`))?.focus();
  }

  /** Applies a link change; a refusal is a message (the focus stays on the control that acted). True when it was applied. */
  private async run(changes: Parameters<typeof store.apply>[0], done: () => string): Promise<boolean> {
    try {
      await store.apply(changes, done);
      store.toast(done());
      return true;
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
      return false;
    }
  }

  // ---- delete ----

  private async deleteElement() {
    const d = this.detail;
    if (!d) return;
    const m = t();
    if (!confirm(m.details.confirmDelete(d.name))) return;
    const participants = (d.participants as Array<{ actor: { id: string }; source: string }> | undefined) ?? [];
    const participations = (d.participations as Array<{ forum: { id: string }; source: string }> | undefined) ?? [];
    const estimates = (d.estimates as Array<{ source: string; year: number; targetGroup?: { id: string }; area?: { id: string } }> | undefined) ?? [];
    const edges: LinkInput[] = store.graph.edges
      .filter((e) => e.source === d.id || e.target === d.id)
      .map((e) => {
        let source: string | undefined;
        if (e.type === 'PARTICIPATES_IN') source = (participants.find((p) => p.actor.id === e.source) ?? participations.find((p) => p.forum.id === e.target))?.source;
        if (e.type === 'ESTIMATE') source = estimates.find((x) => x.year === e.year && (x.targetGroup?.id === e.source || x.area?.id === e.target))?.source;
        return { type: e.type, from: e.source, to: e.target, role: e.role, count: e.count, year: e.year, ...(source ? { source } : {}) };
      });
    try {
      await store.apply([{ change: { delete: d.id }, before: { node: { id: d.id, label: d.label, props: writableProps(d.label, d) }, edges } }], () => t().details.deleted(d.name));
      store.toast(m.details.deleted(d.name));
      store.select(null);
      // what was shown is gone: the focus goes to the start of the side panel
      await this.updateComplete;
      document.getElementById('side-panel')?.focus();
    } catch (e) {
      store.toast(messageOf(toApiError(e)), 'error');
    }
  }
}

customElements.define('sk-details', DetailsPanel);
