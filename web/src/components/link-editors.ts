// The link editors under an element's edit form (participants and their
// roles, care levels, target groups, areas, reporting line, gap ends): each
// lists what the element is linked to, with ✕ to unlink, and offers the
// elements it may be linked to. Every change goes through the store, so it
// can be undone; a refusal is a message, and the focus stays where the
// person is.
import { html, nothing, type ReactiveElement } from 'lit';
import { toApiError } from '../api.ts';
import { linkChange, roleChange, unlinkChange, type Change, type Detail } from '../details-changes.ts';
import { LINK_EDITORS, type LinkEditor } from '../forms.ts';
import type { MapEdge } from '../graph/types.ts';
import { enumLabel, t } from '../i18n/index.ts';
import { messageOf, store } from '../store.ts';

/** The element the editors are drawn in: they find their controls there and wait for its renders. */
type Host = ReactiveElement & HTMLElement;

function edgesOf(d: Detail, ed: LinkEditor): MapEdge[] {
  return store.graph.edges.filter((e) => e.type === ed.rel && (ed.direction === 'out' ? e.source === d.id : e.target === d.id));
}

export function renderLinkEditors(host: Host, d: Detail) {
  const editors = LINK_EDITORS[d.label];
  if (!editors) return nothing;
  const m = t();
  const titles: Record<string, string> = {
    participants: m.edit.participants, careLevels: m.details.careLevels, targetGroups: m.details.targetGroups, areas: m.details.areas,
    reportsTo: m.details.reportsTo, between: m.details.between, affects: m.details.affects, partOf: m.details.partOf,
    addresses: m.flow.addresses, addressedBy: m.flow.addressedBy,
  };
  return html`<section class="link-editors" aria-label=${m.edit.links}>
    ${editors.map((ed) => {
      const edges = edgesOf(d, ed);
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
                  <select id=${`r-${e.id}`} @change=${(ev: Event) => void run(roleChange(d, ed, e, (ev.target as HTMLSelectElement).value), () => t().edit.linked)}>
                    ${(store.enums.ParticipationRole ?? []).map((r) => html`<option value=${r} ?selected=${e.role === r}>${enumLabel('ParticipationRole', r)}</option>`)}
                  </select>`
                : nothing}
              <button type="button" class="icon" aria-label=${m.edit.removeLink(other.name)} title=${m.edit.removeLink(other.name)} @click=${() => void unlink(host, d, ed, e)}>✕</button>
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
          <button type="button" @click=${() => void link(host, d, ed)}>${m.edit.add}</button>
        </div>
      </fieldset>`;
    })}
  </section>`;
}

async function link(host: Host, d: Detail, ed: LinkEditor) {
  const other = host.querySelector<HTMLSelectElement>(`#link-${ed.key}`)?.value;
  if (!other) return;
  const role = ed.role ? host.querySelector<HTMLSelectElement>(`#role-${ed.key}`)?.value : null;
  await run(linkChange(d, ed, other, role), () => t().edit.linked);
}

async function unlink(host: Host, d: Detail, ed: LinkEditor, e: MapEdge) {
  const index = edgesOf(d, ed).findIndex((x) => x.id === e.id);
  if (!(await run(unlinkChange(d, e), () => t().edit.unlinked))) return;
  // the ✕ pressed is gone: the focus goes to the next one in the list (or the one before), else to the editor's choice to add
  await host.updateComplete;
  const editor = host.querySelector(`fieldset[data-editor="${ed.key}"]`);
  const removes = [...(editor?.querySelectorAll<HTMLElement>('ul.refs button.icon') ?? [])];
  (removes[Math.min(index, removes.length - 1)] ?? editor?.querySelector<HTMLElement>(`#link-${ed.key}`))?.focus();
}

/** Applies a link change; a refusal is a message (the focus stays on the control that acted). True when it was applied. */
async function run(change: Change, done: () => string): Promise<boolean> {
  try {
    await store.apply([change], done);
    store.toast(done());
    return true;
  } catch (e) {
    store.toast(messageOf(toApiError(e)), 'error');
    return false;
  }
}
