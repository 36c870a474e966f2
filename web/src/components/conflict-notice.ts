// The message for an edit or delete someone else overtook (conflict.ts): what
// happened, each field that differs (the person's value and the one saved
// now), and the two ways on. It is an alert and takes the focus when shown.
import { html, nothing, type TemplateResult } from 'lit';
import type { ConflictRow } from '../conflict.ts';
import type { FieldDef } from '../forms.ts';
import { enumLabel, t, type Messages } from '../i18n/index.ts';

/** A field's value for people: an enum's word, yes or no, or "(ej angivet)". */
function shown(f: FieldDef, v: unknown): string {
  const m = t();
  if (f.type === 'bool') return v ? m.conflict.yes : m.conflict.no;
  if (v === null || v === undefined || v === '') return m.edit.notSet;
  if (f.type === 'enum') return enumLabel(f.enum as keyof Messages['enums'], String(v));
  return String(v);
}

export interface ConflictView {
  message: string;
  rows: ConflictRow[];
  reload: () => void;
  force: () => void;
  forceLabel: string;
}

/** The message, at id `conflict` (the focus goes there), with "Läs in det nya" and the given way to go ahead anyway. */
export function renderConflict(c: ConflictView): TemplateResult {
  const m = t();
  const label = (f: FieldDef) => (m.edit as unknown as Record<string, string>)[f.name] ?? f.name;
  return html`<div class="conflict" role="alert" id="conflict" tabindex="-1">
    <p><strong>${c.message}</strong></p>
    ${c.rows.length
      ? html`<p>${m.conflict.whatChanged}</p>
        <table>
          <thead><tr><th scope="col">${m.conflict.field}</th><th scope="col">${m.conflict.yours}</th><th scope="col">${m.conflict.current}</th></tr></thead>
          <tbody>${c.rows.map((r) => html`<tr data-field=${r.field.name}>
            <th scope="row">${label(r.field)}</th>
            <td class="yours">${shown(r.field, r.yours)}</td>
            <td class="current">${shown(r.field, r.current)}${r.byOther ? html` <small class="muted">${m.conflict.byOther}</small>` : nothing}</td>
          </tr>`)}</tbody>
        </table>`
      : nothing}
    <div class="actions">
      <button type="button" id="conflict-reload" @click=${c.reload}>${m.conflict.reload}</button>
      <button type="button" id="conflict-force" class="primary" @click=${c.force}>${c.forceLabel}</button>
    </div>
  </div>`;
}
