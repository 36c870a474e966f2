// The create form's links, held until the form saves (details-changes.ts
// sends the element and all of them as ONE applyChanges): for each of the
// element's link editors (participants with their roles, areas, care levels,
// target groups, what a gap lies between …) a list of what is chosen and a
// search that filters as the person types ("Lyck…" finds Lycksele kommun),
// each hit with its principal; Enter adds the highlighted hit and the role
// goes back to member. A participant not on the map can be made here (a new
// actor, created in the same request). The ARIA combobox pattern: the focus
// stays in the search, arrow keys move the highlighted option.
import { html, nothing, type ReactiveElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { fold, idFromName, matches, type LinkEditor } from '../forms.ts';
import type { PendingLink } from '../details-changes.ts';
import type { MapNode } from '../graph/types.ts';
import { enumLabel, t } from '../i18n/index.ts';
import { store } from '../store.ts';

type Host = ReactiveElement & HTMLElement;

interface PickState {
  query: string;
  active: number;
  role: string;
  /** A new actor being described (its name, kind and principal) before it is added. */
  creating: { name: string; kind: string; principal: string; error?: string } | null;
  said: string;
}

const DEFAULT_ROLE = 'MEMBER';
export class LinkPickers {
  /** What each editor (by key) has chosen so far. */
  pending: Record<string, PendingLink[]> = {};
  private state: Record<string, PickState> = {};

  constructor(private readonly host: Host) {}

  /** Starts over, with what the form is opened with (a gap from a forum: the forum that addresses it …). */
  reset(prefill: Record<string, PendingLink[]> = {}) {
    this.pending = Object.fromEntries(Object.entries(prefill).map(([k, v]) => [k, [...v]]));
    this.state = {};
  }

  /** Every pending link with its editor, as createChanges takes them. */
  links(editors: readonly LinkEditor[]): Array<{ editor: LinkEditor; link: PendingLink }> {
    return editors.flatMap((editor) => (this.pending[editor.key] ?? []).map((link) => ({ editor, link })));
  }

  private st(key: string): PickState {
    return (this.state[key] ??= { query: '', active: 0, role: DEFAULT_ROLE, creating: null, said: '' });
  }

  private hits(ed: LinkEditor): MapNode[] {
    const chosen = new Set((this.pending[ed.key] ?? []).map((p) => p.id));
    return matches(store.graph.nodes, ed, this.st(ed.key).query, chosen);
  }

  /** A new actor may be made from the participants' search when nothing on the map is called what was typed. */
  private canCreate(ed: LinkEditor): boolean {
    const q = this.st(ed.key).query.trim();
    return !!ed.role && ed.others.includes('Actor') && q.length > 1 && !store.graph.nodes.some((n) => n.label === 'Actor' && fold(n.name) === fold(q));
  }

  render(ed: LinkEditor, title: string) {
    const m = t();
    const s = this.st(ed.key);
    const chosen = this.pending[ed.key] ?? [];
    const hits = this.hits(ed);
    const create = this.canCreate(ed);
    const count = hits.length + (create ? 1 : 0);
    const open = !!s.query.trim() && !s.creating;
    const id = `pick-${ed.key}`;
    const optId = (i: number) => `${id}-opt-${i}`;
    const active = Math.min(s.active, Math.max(count - 1, 0));
    return html`<fieldset class="link-editor link-picker" data-picker=${ed.key}>
      <legend>${title}</legend>
      ${chosen.length
        ? html`<ul class="refs">${chosen.map((p) => html`<li>
            <span>${p.name}${p.create ? html` <em>${m.flow.newMark}</em>` : nothing}${p.principal ? html` <small class="muted">${enumLabel('Principal', p.principal)}</small>` : nothing}</span>
            ${ed.role && p.role ? html`<span class="role">${enumLabel('ParticipationRole', p.role)}</span>` : nothing}
            <button type="button" class="icon" aria-label=${m.edit.removeLink(p.name)} title=${m.edit.removeLink(p.name)} @click=${() => this.remove(ed, p)}>✕</button>
          </li>`)}</ul>`
        : nothing}
      <div class="row picker-row">
        <label class="visually-hidden" for=${id}>${m.flow.search(title)}</label>
        <div class="combo">
          <input id=${id} type="text" role="combobox" autocomplete="off" aria-autocomplete="list" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-list`}
            aria-activedescendant=${open && count ? optId(active) : nothing} aria-describedby=${`${id}-hint`} placeholder=${m.flow.search(title)} .value=${live(s.query)}
            @input=${(e: Event) => { s.query = (e.target as HTMLInputElement).value; s.active = 0; this.host.requestUpdate(); }}
            @keydown=${(e: KeyboardEvent) => this.keys(e, ed, hits, create)} />
          <ul id=${`${id}-list`} role="listbox" aria-label=${title} ?hidden=${!open}>
            ${hits.map((n, i) => html`<li role="option" id=${optId(i)} aria-selected=${i === active ? 'true' : 'false'} class=${i === active ? 'active' : ''}
                @mousedown=${(e: Event) => { e.preventDefault(); this.add(ed, n); }}>
                <span>${n.name}</span>${n.principal ? html`<span class="hit-type">${enumLabel('Principal', n.principal)}</span>` : nothing}</li>`)}
            ${create
              ? html`<li role="option" id=${optId(hits.length)} aria-selected=${hits.length === active ? 'true' : 'false'} class=${`create ${hits.length === active ? 'active' : ''}`}
                  @mousedown=${(e: Event) => { e.preventDefault(); this.startCreate(ed); }}>${m.flow.createActor(s.query.trim())}</li>`
              : nothing}
            ${count ? nothing : html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${m.flow.noMatch}</li>`}
          </ul>
        </div>
        ${ed.role
          ? html`<label class="visually-hidden" for=${`${id}-role`}>${m.edit.role}</label>
            <select id=${`${id}-role`} .value=${live(s.role)} @change=${(e: Event) => { s.role = (e.target as HTMLSelectElement).value; }}>
              ${(store.enums.ParticipationRole ?? []).map((r) => html`<option value=${r} ?selected=${r === s.role}>${enumLabel('ParticipationRole', r)}</option>`)}
            </select>`
          : nothing}
      </div>
      <p class="muted small" id=${`${id}-hint`}>${m.flow.pickHint}</p>
      ${s.creating ? this.renderCreate(ed, s) : nothing}
      <p class="visually-hidden" role="status">${s.said}</p>
    </fieldset>`;
  }

  private renderCreate(ed: LinkEditor, s: PickState) {
    const m = t();
    const c = s.creating!;
    const enter = (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        e.stopPropagation();
        this.addCreated(ed);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        s.creating = null;
        this.focusSearch(ed);
      }
    };
    const set = (k: 'name' | 'kind' | 'principal') => (e: Event) => { c[k] = (e.target as HTMLInputElement).value; };
    return html`<div class="new-actor" role="group" aria-labelledby="new-actor-title" @keydown=${enter}>
      <p id="new-actor-title"><strong>${m.flow.newActor}</strong></p>
      ${c.error ? html`<p class="form-error" role="alert">${c.error}</p>` : nothing}
      <div class="field"><label for="new-actor-name">${m.edit.name}</label><input id="new-actor-name" type="text" .value=${c.name} @input=${set('name')} /></div>
      <div class="field"><label for="new-actor-kind">${m.edit.kind}</label>
        <select id="new-actor-kind" @change=${set('kind')}>${(store.enums.ActorKind ?? []).map((k) => html`<option value=${k} ?selected=${k === c.kind}>${enumLabel('ActorKind', k)}</option>`)}</select></div>
      <div class="field"><label for="new-actor-principal">${m.edit.principal}</label>
        <select id="new-actor-principal" @change=${set('principal')}>${(store.enums.Principal ?? []).map((k) => html`<option value=${k} ?selected=${k === c.principal}>${enumLabel('Principal', k)}</option>`)}</select></div>
      <div class="actions">
        <button type="button" id="new-actor-add" @click=${() => this.addCreated(ed)}>${m.flow.addNewActor}</button>
        <button type="button" @click=${() => { s.creating = null; this.focusSearch(ed); }}>${m.edit.cancel}</button>
      </div>
    </div>`;
  }

  private keys(e: KeyboardEvent, ed: LinkEditor, hits: MapNode[], create: boolean) {
    const s = this.st(ed.key);
    const count = hits.length + (create ? 1 : 0);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!count) return;
      e.preventDefault();
      s.active = (Math.min(s.active, count - 1) + (e.key === 'ArrowDown' ? 1 : count - 1)) % count;
      this.host.requestUpdate();
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && s.query.trim()) {
      // Enter in a search adds what it highlights; it never sends the form
      e.preventDefault();
      const i = Math.min(s.active, count - 1);
      if (i < 0) return;
      if (i < hits.length) this.add(ed, hits[i]!);
      else this.startCreate(ed);
    } else if (e.key === 'Escape' && s.query) {
      e.preventDefault();
      e.stopPropagation();
      s.query = '';
      this.host.requestUpdate();
    }
  }

  private add(ed: LinkEditor, n: { id: string; name: string; principal?: string | null }, create?: PendingLink['create']) {
    const s = this.st(ed.key);
    const role = ed.role ? s.role : null;
    (this.pending[ed.key] ??= []).push({ id: n.id, name: n.name, principal: n.principal ?? null, role, ...(create ? { create } : {}) });
    // the next participant starts from the usual role again
    s.query = '';
    s.active = 0;
    s.role = DEFAULT_ROLE;
    s.creating = null;
    s.said = t().flow.added(n.name, role ? enumLabel('ParticipationRole', role) : '');
    this.host.requestUpdate();
    this.focusSearch(ed);
  }

  private remove(ed: LinkEditor, p: PendingLink) {
    const s = this.st(ed.key);
    this.pending[ed.key] = (this.pending[ed.key] ?? []).filter((x) => x !== p);
    s.said = t().flow.removed(p.name);
    this.host.requestUpdate();
    this.focusSearch(ed);
  }

  private startCreate(ed: LinkEditor) {
    const s = this.st(ed.key);
    const kinds = store.enums.ActorKind ?? [];
    const principals = store.enums.Principal ?? [];
    s.creating = { name: s.query.trim(), kind: kinds.includes('OTHER') ? 'OTHER' : kinds[0] ?? '', principal: principals[0] ?? '' };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.querySelector<HTMLElement>('#new-actor-kind')?.focus());
  }

  private addCreated(ed: LinkEditor) {
    const s = this.st(ed.key);
    const c = s.creating;
    if (!c) return;
    const name = c.name.trim();
    const taken = store.graph.nodes.some((n) => n.label === 'Actor' && fold(n.name) === fold(name)) || (this.pending[ed.key] ?? []).some((p) => fold(p.name) === fold(name));
    if (!name || taken) {
      c.error = name ? t().flow.exists(name) : t().edit.fixErrors;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.host.querySelector<HTMLElement>('#new-actor-name')?.focus());
      return;
    }
    this.add(ed, { id: idFromName('Actor', name), name, principal: c.principal }, { name, kind: c.kind, principal: c.principal });
  }

  private focusSearch(ed: LinkEditor) {
    void this.host.updateComplete.then(() => this.host.querySelector<HTMLElement>(`#pick-${ed.key}`)?.focus());
  }
}
