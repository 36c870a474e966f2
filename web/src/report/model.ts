// The area report as data: what the API answers for one municipality or county
// part (AREA_REPORT, web/src/queries.ts), arranged as a local collaboration
// group reads it — forums by system level with their participants, the area's
// coverage, its gaps, and what the plan changes. Pure: the page (page.ts) only
// draws it, and test/web/report.test.ts checks the arrangement.
import type { CoverageState, Principal, Status, SystemLevel } from '../../../schema/enums.ts';
import type { AREA_REPORT, REPORT_MORE, ResultOf } from '../queries.ts';
import { planDiff, stateOn, type DayState } from '../graph/timeline.ts';
import type { MapNode } from '../graph/types.ts';

type Answer = ResultOf<typeof AREA_REPORT>;
type More = ResultOf<typeof REPORT_MORE>;
type ForumAnswer = Answer['forums']['nodes'][number];
type Text = { sv: string; en: string };

export interface ReportParticipant {
  id: string;
  name: string;
  principal: Principal;
  role: string;
}

export interface ReportForum {
  id: string;
  name: string;
  systemLevel: SystemLevel;
  status: Status;
  /** Where it stands on the report's date (planned, expected, active, paused, ended). */
  state: DayState;
  mandate: string | null;
  plannedStart: string | null;
  startDate: string | null;
  endDate: string | null;
  crossesBoundary: boolean;
  /** The areas it covers, when it covers this one from further up (its county part, the region); null when it covers this area itself. */
  coversFrom: string[] | null;
  participants: ReportParticipant[];
}

export interface ReportModel {
  area: { id: string; name: string; kind: 'MUNICIPALITY' | 'COUNTY_PART'; partOf: string | null };
  asOf: string;
  /** The date the plan is read to: the last date after today in the area's own forums and initiatives, or null when nothing is dated ahead. */
  horizon: string | null;
  counts: { forums: number; running: number; planned: number; actors: number; gapsOpen: number; findings: number };
  /** Forums by system level, makro to mikro; a level with no forum is listed empty, so its absence shows. */
  levels: { level: SystemLevel; forums: ReportForum[] }[];
  /** The area's row of the coverage matrices, system levels then hand-overs. */
  coverage: { key: string; label: Text; state: CoverageState; text: Text }[];
  gaps: { id: string; name: string; severity: string; status: string; between: string[]; addressedBy: string[] }[];
  findings: { key: string; severity: string; title: Text }[];
  plan: { starting: string[]; ending: string[]; opened: Text[]; closed: Text[] };
  /** A list was longer than a page: the report says so rather than pretend. */
  truncated: boolean;
}

const LEVELS: readonly SystemLevel[] = ['MACRO', 'MESO', 'MICRO'];
const SEVERITY_RANK: Record<string, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };
const ROLE_RANK: Record<string, number> = { CHAIR: 0, CO_CHAIR: 1, SECRETARY: 2, MEMBER: 3, ADJUNCT: 4 };
const GAP_OPEN = new Set(['IDENTIFIED', 'ANALYSED', 'BEING_ADDRESSED']);
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

/** The dates of a forum or an initiative as the map's timeline reads them. */
function asMapNode(n: { id: string; name: string; status: string; plannedStart?: string | null; startDate?: string | null; endDate?: string | null }, label: MapNode['label']): MapNode {
  return {
    id: n.id, label, name: n.name, kind: null, principal: null, status: n.status, systemLevel: null, severity: null,
    plannedStart: n.plannedStart ?? null, startDate: n.startDate ?? null, endDate: n.endDate ?? null, countyPart: null,
  };
}

/** The latest date after today among the forums and initiatives: how far the plan reaches. */
export function planHorizon(items: readonly { plannedStart?: string | null; startDate?: string | null; endDate?: string | null }[], today: string): string | null {
  let last: string | null = null;
  for (const i of items) for (const d of [i.plannedStart, i.startDate, i.endDate]) if (d && d > today && (!last || d > last)) last = d;
  return last;
}

/**
 * The forums the area's row of coverage names (active or planned) that the
 * area's own forum list does not hold: those covering it from further up. The
 * page asks for them (REPORT_MORE) so that the report lists what coverage counts.
 */
export function forumsFromAbove(area: string, answer: Answer): string[] {
  const own = new Set(answer.forums.nodes.map((f) => f.id));
  const more = new Set<string>();
  for (const m of [answer.levels, answer.handovers]) {
    for (const cell of m.rows.find((r) => r.area.id === area)?.cells ?? []) {
      for (const n of [...cell.active, ...cell.planned]) if (n.label === 'Forum' && !own.has(n.id)) more.add(n.id);
    }
  }
  return [...more].sort();
}

const isForum = (n: More['nodes'][number]): n is ForumAnswer => !!n && 'systemLevel' in n;

/**
 * The report of an area from the answers: AREA_REPORT, and REPORT_MORE (the
 * forums from further up, and the findings that open and close up to the
 * plan's horizon) once asked.
 */
export function reportModel(area: ReportModel['area'], answer: Answer, more: More | null = null): ReportModel {
  const analysis = answer.gapAnalysis;
  const today = analysis.today;
  const asOf = analysis.asOf;
  const all = [...answer.forums.nodes, ...(more?.nodes.filter(isForum) ?? [])];
  const forums = all.map((f): ReportForum => ({
    id: f.id, name: f.name, systemLevel: f.systemLevel, status: f.status, state: stateOn({ label: 'Forum', ...f }, asOf, today), mandate: f.mandate ?? null,
    plannedStart: f.plannedStart ?? null, startDate: f.startDate ?? null, endDate: f.endDate ?? null, crossesBoundary: f.crossesBoundary,
    coversFrom: f.areas.some((a) => a.id === area.id) ? null : f.areas.map((a) => a.name).sort(collator.compare),
    participants: f.participants
      .map((p) => ({ id: p.actor.id, name: p.actor.name, principal: p.actor.principal, role: p.role }))
      .sort((a, b) => (ROLE_RANK[a.role] ?? 9) - (ROLE_RANK[b.role] ?? 9) || byName(a, b)),
  }));
  const temporal = [...all.map((f) => asMapNode(f, 'Forum')), ...answer.initiatives.nodes.map((i) => asMapNode(i, 'Initiative'))];
  const diff = planDiff(temporal, today, null);
  const names = (ids: Set<string>) => temporal.filter((n) => ids.has(n.id)).sort(byName).map((n) => n.name);
  const row = (m: Answer['levels']) => m.rows.find((r) => r.area.id === area.id);
  const coverage = [answer.levels, answer.handovers].flatMap((m) => {
    const cells = row(m)?.cells ?? [];
    return m.columns.flatMap((c) => {
      const cell = cells.find((x) => x.column === c.key);
      return cell ? [{ key: c.key, label: c.label, state: cell.state, text: cell.text }] : [];
    });
  });
  const running = forums.filter((f) => f.state === 'active' || f.state === 'paused').length;
  return {
    area,
    asOf,
    // from the area's own forums and initiatives: the second step (REPORT_MORE) is asked up to it
    horizon: planHorizon([...answer.forums.nodes, ...answer.initiatives.nodes], today),
    counts: {
      forums: forums.length,
      running,
      planned: forums.filter((f) => f.state === 'planned' || f.state === 'expected').length,
      actors: new Set(forums.flatMap((f) => f.participants.map((p) => p.id))).size,
      gapsOpen: answer.gaps.nodes.filter((g) => GAP_OPEN.has(g.status)).length,
      findings: analysis.total,
    },
    levels: LEVELS.map((level) => ({ level, forums: forums.filter((f) => f.systemLevel === level).sort(byName) })),
    coverage,
    gaps: answer.gaps.nodes
      .map((g) => ({ id: g.id, name: g.name, severity: g.severity, status: g.status, between: g.between.map((b) => b.name).sort(collator.compare), addressedBy: g.addressedBy.map((b) => b.name).sort(collator.compare) }))
      .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || byName(a, b)),
    findings: analysis.findings
      .map((f) => ({ key: f.key, severity: f.severity, title: f.title }))
      .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || collator.compare(a.title.sv, b.title.sv)),
    plan: {
      starting: names(diff.added),
      ending: names(diff.ending),
      opened: more?.gapAnalysis.comparison?.opened.map((f) => f.title) ?? [],
      closed: more?.gapAnalysis.comparison?.closed.map((f) => f.title) ?? [],
    },
    truncated: answer.forums.totalCount > answer.forums.nodes.length || answer.initiatives.totalCount > answer.initiatives.nodes.length || answer.gaps.totalCount > answer.gaps.nodes.length,
  };
}
