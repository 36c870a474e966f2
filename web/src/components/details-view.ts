// The selected element's details as a person reads them: its type and kind,
// properties, participants and roles, reporting line, relationships,
// estimates and sources; each named element is a button that selects it.
import { html, nothing, type TemplateResult } from 'lit';
import { KIND_ENUM_OF } from '../../../schema/enums.ts';
import type { Detail, Ref } from '../details-changes.ts';
import type { NodeLabel } from '../graph/types.ts';
import { enumLabel, formatDate, t } from '../i18n/index.ts';
import { store } from '../store.ts';

/**
 * The selected element's details, or what stands in their place (nothing
 * selected, loading, not found); `on` is what its ✎ and ✕ buttons do.
 */
export function renderDetailsView(d: Detail | null, loading: boolean, on: { edit(): void; delete(): void; recordGap(): void }): TemplateResult {
  const m = t();
  if (!store.state.selected) return html`<p class="empty-state">${m.details.empty}</p>`;
  if (!d) return html`<p class="empty-state" role="status">${loading ? m.details.loading : m.details.notFound}</p>`;
  const row = (label: string, value: unknown) => (value === null || value === undefined || value === '' ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`);
  const e = (name: keyof typeof m.enums, v: unknown) => enumLabel(name, v as string);
  return html`
    <article class="details" aria-labelledby="details-title">
      <p class="type-line"><span class="type-chip">${m.enums.NodeLabel[d.label]}</span> ${d.kind ? html`<span>${kindLabel(d.label, d.kind as string)}</span>` : nothing}</p>
      <h2 id="details-title" tabindex="-1">${d.name}</h2>
      ${d.description ? html`<p class="description">${d.description}</p>` : nothing}
      <div class="actions">
        <button type="button" id="edit-button" @click=${() => on.edit()}>✎ ${m.details.edit}</button>
        <button type="button" @click=${() => store.setState({ focus: store.state.focus || 1 })}>◎ ${m.details.focusHere}</button>
        ${d.label === 'Gap' ? nothing : html`<button type="button" id="record-gap" @click=${() => on.recordGap()}>△ ${m.flow.recordGap}</button>`}
        <button type="button" class="danger" id="delete-button" @click=${() => on.delete()}>✕ ${m.details.delete}</button>
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
      ${d.label === 'Forum' ? renderParticipants(d) : nothing}
      ${d.label === 'Forum' ? html`
        <h3>${m.details.reportsTo}</h3>
        ${(d.reportsTo as Ref[]).length ? refList(d.reportsTo as Ref[]) : html`<p class="muted">${m.details.noReportingLine}</p>`}
        ${section(m.details.reportingForums, d.reportingForums)}` : nothing}
      ${section(m.details.careLevels, d.careLevels)}
      ${section(m.details.targetGroups, d.targetGroups)}
      ${section(m.details.areas, d.areas)}
      ${section(m.details.between, d.between)}
      ${section(m.details.affects, d.affects)}
      ${section(m.flow.addressedBy, d.addressedBy)}
      ${section(m.flow.addresses, d.addresses)}
      ${section(m.details.partOf, d.partOf)}
      ${section(m.details.parts, d.parts)}
      ${section(m.details.provides, d.provides)}
      ${d.label === 'Actor' ? section(m.details.participations, (d.participations as Array<{ role: string; forum: Ref }>).map((p) => ({ ...p.forum, extra: enumLabel('ParticipationRole', p.role) }))) : nothing}
      ${section(m.details.forums, d.label === 'Actor' ? null : d.forums)}
      ${section(m.details.owners, d.owners)}
      ${section(m.details.members, d.members)}
      ${renderEstimates(d)}
      <p class="muted small">${m.details.updated(formatDate(d.updatedAt as string), String(d.updatedBy))}</p>
    </article>
  `;
}

function renderParticipants(d: Detail) {
  const m = t();
  const parts = (d.participants as Array<{ role: string; actor: Ref }>) ?? [];
  return html`
    <h3>${m.details.participants}</h3>
    ${parts.length
      ? html`<ul class="refs">${parts.map((p) => html`<li>${refButton(p.actor)} <span class="role">${enumLabel('ParticipationRole', p.role)}</span>
          ${p.actor.principal ? html`<span class="principal-tag">[${m.enums.PrincipalLetter[p.actor.principal as keyof typeof m.enums.PrincipalLetter]}]</span>` : nothing}</li>`)}</ul>`
      : html`<p class="muted">${m.details.noParticipants}</p>`}
  `;
}

function renderEstimates(d: Detail) {
  const list = d.estimates as Array<{ count: number; year: number; source: string; targetGroup?: Ref; area?: Ref }> | undefined;
  if (!list?.length) return nothing;
  const m = t();
  return html`<h3>${m.details.estimates}</h3>
    <ul class="refs">${list.map((x) => html`<li>${refButton((x.targetGroup ?? x.area)!)}: <strong>${x.count.toLocaleString(m.locale)}</strong> (${x.year})</li>`)}</ul>`;
}

function section(title: string, refs: unknown) {
  const list = refs as Array<Ref & { extra?: string }> | null | undefined;
  if (!list?.length) return nothing;
  return html`<h3>${title}</h3>${refList(list)}`;
}

function refList(list: Array<Ref & { extra?: string }>) {
  return html`<ul class="refs">${list.map((r) => html`<li>${refButton(r)}${r.extra ? html` <span class="role">${r.extra}</span>` : nothing}</li>`)}</ul>`;
}

function refButton(r: Ref) {
  const status = r.status && r.status !== 'ACTIVE' ? ` (${enumLabel('Status', r.status).toLowerCase()})` : '';
  return html`<button type="button" class="ref" @click=${() => store.select(r.id, { highlight: true })}>${r.name}${status}</button>`;
}

function kindLabel(label: NodeLabel, kind: string): string {
  const name = KIND_ENUM_OF[label];
  return name ? enumLabel(name, kind) : kind;
}
