// The area report's page (/rapport/<area id>, web/report.html): one
// municipality or county part as a local collaboration group brings it to its
// meeting — forums by system level with their participants, coverage, gaps and
// what the plan changes. Printed from the browser (its print layout is A4,
// report.css), so "Spara som PDF" gives the PDF. Read with the signed-in
// person's own session: the API answers only what they may read.
import { html, nothing, render, type TemplateResult } from 'lit';
import '../styles.css';
import './report.css';
import { gql, toApiError } from '../api.ts';
import { LANGS, formatDate, lang, setLang } from '../i18n/index.ts';
import { todayIso } from '../graph/timeline.ts';
import { AREA_REPORT, REPORT_AREA, REPORT_MORE } from '../queries.ts';
import { forumsFromAbove, reportModel, type ReportForum, type ReportModel } from './model.ts';
import { REPORT_WORDS } from './words.ts';

type Failure = 'signIn' | 'notFound' | 'notArea' | 'failed';
type Outcome = { ok: true; model: ReportModel } | { ok: false; why: Failure };

/** The area's id from /rapport/<id>, or null. */
export function areaIdOf(pathname: string): string | null {
  const m = /^\/rapport\/([^/?#]{1,200})\/?$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

async function load(id: string, asOf: string | null): Promise<Outcome> {
  try {
    const found = (await gql(REPORT_AREA, { id })).node;
    if (!found) return { ok: false, why: 'notFound' };
    const kind = 'actorKind' in found ? found.actorKind : null;
    if (kind !== 'MUNICIPALITY' && kind !== 'COUNTY_PART') return { ok: false, why: 'notArea' };
    const partOf = ('partOf' in found ? found.partOf : []).find((p) => p.actorKind === 'COUNTY_PART' || p.actorKind === 'REGION');
    const area = { id: found.id, name: found.name, kind, partOf: partOf?.name ?? null } as const;
    const answer = await gql(AREA_REPORT, {
      area: id,
      municipality: kind === 'MUNICIPALITY' ? id : null,
      countyPart: kind === 'COUNTY_PART' ? id : null,
      rows: kind === 'MUNICIPALITY' ? 'MUNICIPALITIES' : 'COUNTY_PARTS',
      asOf,
    });
    const first = reportModel(area, answer);
    const more = await gql(REPORT_MORE, { area: id, ids: forumsFromAbove(id, answer), asOf, compareTo: first.horizon });
    return { ok: true, model: reportModel(area, answer, more) };
  } catch (e) {
    const err = toApiError(e);
    if (err.code === 'UNAUTHENTICATED') return { ok: false, why: 'signIn' };
    if (err.code === 'NOT_FOUND') return { ok: false, why: 'notFound' };
    return { ok: false, why: 'failed' };
  }
}

function dates(f: ReportForum): string {
  const w = REPORT_WORDS[lang()];
  const parts: string[] = [];
  if (f.status === 'PLANNED' && f.plannedStart) parts.push(w.plannedFrom(formatDate(f.plannedStart)));
  if (f.startDate) parts.push(w.from(formatDate(f.startDate)));
  if (f.endDate) parts.push(w.until(formatDate(f.endDate)));
  return parts.join(', ');
}

const list = (items: readonly string[], empty: string): TemplateResult =>
  items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p class="empty">${empty}</p>`;

function report(model: ReportModel): TemplateResult {
  const w = REPORT_WORDS[lang()];
  const m = LANGS[lang()];
  const text = (t: { sv: string; en: string }) => t[lang()];
  const c = model.counts;
  return html`
    <header class="report-head">
      <h1 id="report-title">${w.title(model.area.name)}</h1>
      <p class="report-sub">${w.kind[model.area.kind]}${model.area.partOf ? html` ${w.partOf(model.area.partOf)}` : nothing}.
        ${w.asOf(formatDate(model.asOf))}; ${w.horizon(model.horizon ? formatDate(model.horizon) : null)}.</p>
      <nav class="report-tools no-print" aria-label=${w.print}>
        <button type="button" class="primary" id="report-print" @click=${() => window.print()}>${w.print}</button>
        <button type="button" id="report-lang" lang=${lang() === 'sv' ? 'en' : 'sv'} @click=${() => switchLang()}>${w.other}</button>
        <a href="/">${w.toMap}</a>
      </nav>
    </header>
    <main aria-labelledby="report-title">
      ${model.truncated ? html`<p class="notice" role="note">${w.truncated}</p>` : nothing}
      <section aria-labelledby="h-summary" class="summary">
        <h2 id="h-summary">${w.summary}</h2>
        <dl>
          <div><dt>${w.counts.forums}</dt><dd data-count="forums">${c.forums}</dd></div>
          <div><dt>${w.counts.running}</dt><dd data-count="running">${c.running}</dd></div>
          <div><dt>${w.counts.planned}</dt><dd data-count="planned">${c.planned}</dd></div>
          <div><dt>${w.counts.actors}</dt><dd data-count="actors">${c.actors}</dd></div>
          <div><dt>${w.counts.gapsOpen}</dt><dd data-count="gapsOpen">${c.gapsOpen}</dd></div>
          <div><dt>${w.counts.findings}</dt><dd data-count="findings">${c.findings}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="h-forums">
        <h2 id="h-forums">${w.forumsHeading}</h2>
        ${model.levels.map(({ level, forums }) => html`
          <h3 id=${`h-level-${level}`}>${m.enums.SystemLevel[level]} (${forums.length})</h3>
          ${forums.length === 0 ? html`<p class="empty">${w.noForums}</p>` : html`
            <table class="forums" aria-labelledby=${`h-level-${level}`} data-level=${level}>
              <thead><tr><th scope="col">${w.cols.forum}</th><th scope="col">${w.cols.status}</th><th scope="col">${w.cols.participants}</th></tr></thead>
              <tbody>${forums.map((f) => html`
                <tr data-id=${f.id}>
                  <th scope="row">${f.name}${f.crossesBoundary ? html`<span class="crosses"> · ${w.crosses}</span>` : nothing}
                    ${f.coversFrom ? html`<div class="minor">${w.coversFrom(f.coversFrom.join(', '))}</div>` : nothing}
                    ${f.mandate ? html`<div class="minor">${w.cols.mandate}: ${m.enums.Mandate[f.mandate as keyof typeof m.enums.Mandate] ?? f.mandate}</div>` : nothing}</th>
                  <td class=${`state-${f.state}`}>${m.enums.Status[f.status]}${dates(f) ? html`<div class="minor">${dates(f)}</div>` : nothing}</td>
                  <td>${f.participants.length === 0 ? html`<span class="empty">${w.noParticipants}</span>` : html`<ul class=${f.participants.length > 6 ? 'people many' : 'people'}>${f.participants.map((p) => html`
                    <li>${p.name} <span class="minor">[${m.enums.PrincipalLetter[p.principal]}] ${m.enums.ParticipationRole[p.role as keyof typeof m.enums.ParticipationRole] ?? p.role}</span></li>`)}</ul>`}</td>
                </tr>`)}
              </tbody>
            </table>`}`)}
      </section>
      <section aria-labelledby="h-coverage">
        <h2 id="h-coverage">${w.coverageHeading}</h2>
        <p>${w.coverageIntro}</p>
        <table class="coverage">
          <thead><tr><th scope="col">${w.coverageCols.what}</th><th scope="col">${w.coverageCols.state}</th><th scope="col">${w.coverageCols.why}</th></tr></thead>
          <tbody>${model.coverage.map((r) => html`
            <tr data-column=${r.key}><th scope="row">${text(r.label)}</th><td class=${`cov cov-${r.state}`}>${w.coverageState[r.state]}</td><td>${text(r.text)}</td></tr>`)}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="h-gaps">
        <h2 id="h-gaps">${w.gapsHeading}</h2>
        <h3>${w.recorded} (${model.gaps.length})</h3>
        ${model.gaps.length === 0 ? html`<p class="empty">${w.noRecorded}</p>` : html`
          <table class="gaps">
            <thead><tr><th scope="col">${w.gapCols.gap}</th><th scope="col">${w.gapCols.severity}</th><th scope="col">${w.gapCols.status}</th><th scope="col">${w.gapCols.between}</th><th scope="col">${w.gapCols.addressedBy}</th></tr></thead>
            <tbody>${model.gaps.map((g) => html`
              <tr data-id=${g.id}><th scope="row">${g.name}</th>
                <td>${m.enums.Severity[g.severity as keyof typeof m.enums.Severity] ?? g.severity}</td>
                <td>${m.enums.GapStatus[g.status as keyof typeof m.enums.GapStatus] ?? g.status}</td>
                <td>${g.between.join(', ')}</td><td>${g.addressedBy.join(', ') || '–'}</td></tr>`)}
            </tbody>
          </table>`}
        <h3>${w.detected} (${model.findings.length})</h3>
        ${model.findings.length === 0 ? html`<p class="empty">${w.noDetected}</p>` : html`
          <ul class="findings">${model.findings.map((f) => html`<li data-key=${f.key}><span class=${`sev sev-${f.severity}`}>${m.enums.Severity[f.severity as keyof typeof m.enums.Severity] ?? f.severity}</span> ${text(f.title)}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="h-plan" class="plan">
        <h2 id="h-plan">${w.planHeading}</h2>
        <div class="columns">
          <div><h3>${w.starting}</h3>${list(model.plan.starting, w.none)}</div>
          <div><h3>${w.ending}</h3>${list(model.plan.ending, w.none)}</div>
          <div><h3>${w.opened}</h3>${list(model.plan.opened.map(text), w.none)}</div>
          <div><h3>${w.closed}</h3>${list(model.plan.closed.map(text), w.none)}</div>
        </div>
      </section>
    </main>
    <footer class="report-foot"><p>${w.made(formatDate(todayIso()))}</p></footer>`;
}

function failure(why: Failure): TemplateResult {
  const w = REPORT_WORDS[lang()];
  return html`<main class="center"><p role="alert">${w.errors[why]}</p><p><a href="/">${w.toMap}</a></p></main>`;
}

let outcome: Outcome | null = null;
const root = () => document.getElementById('report')!;

function draw(): void {
  if (!outcome) return;
  document.documentElement.lang = lang();
  if (outcome.ok) document.title = `${REPORT_WORDS[lang()].title(outcome.model.area.name)} – Samverkanskartan`;
  render(outcome.ok ? report(outcome.model) : failure(outcome.why), root());
  document.body.dataset.report = outcome.ok ? 'ready' : outcome.why;
}

function switchLang(): void {
  setLang(lang() === 'sv' ? 'en' : 'sv');
  const url = new URL(location.href);
  if (lang() === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  draw();
  document.getElementById('report-lang')?.focus();
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  if (query.get('lang') === 'en') setLang('en');
  // the page's own "loading" line (web/report.html) gives way to what lit draws
  root().replaceChildren();
  render(html`<p role="status">${REPORT_WORDS[lang()].loading}</p>`, root());
  const id = areaIdOf(location.pathname);
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(query.get('datum') ?? '') ? query.get('datum') : null;
  outcome = id ? await load(id, asOf) : { ok: false, why: 'notFound' };
  draw();
}

void start();
