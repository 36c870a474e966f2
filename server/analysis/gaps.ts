// Gap analysis as of a date, optionally compared with another date: the
// findings, their dismissals and recorded gaps, and what changes between the dates.
import type { Severity } from '../../schema/domain.ts';
import { RULE_IDS, type RuleId } from './catalogue.ts';
import type { Finding } from './finding.ts';
import type { AnalysisOptions } from './options.ts';
import { detectFindings } from './rules/index.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import { AsOfView } from './view.ts';

/** A finding set aside by a person, with the reason (stored as a document in `dismissals`). */
export interface Dismissal {
  key: string;
  ruleId: RuleId;
  reason: string;
  at: string;
  by: string;
}

export interface FindingView extends Finding {
  dismissal: Dismissal | null;
  /** The recorded Gap promoted from this finding, if any. */
  recordedGapId: string | null;
}

export interface GapComparison {
  from: string;
  to: string;
  /** Findings on `to` that are not there on `from` (e.g. opened when forums end). */
  opened: FindingView[];
  /** Findings on `from` that are gone on `to` (e.g. closed by planned forums starting). */
  closed: FindingView[];
  unchanged: FindingView[];
  /** Forums and initiatives active on `to` but not on `from`, and the reverse. */
  starting: string[];
  ending: string[];
}

export interface GapAnalysis {
  asOf: string;
  today: string;
  scope: string | null;
  /** The store version the answer was computed at. */
  version: number;
  findings: FindingView[];
  /** Findings hidden because they are dismissed (0 when `includeDismissed`). */
  dismissedCount: number;
  bySeverity: Array<{ severity: Severity; count: number }>;
  byRule: Array<{ ruleId: RuleId; count: number }>;
  comparison: GapComparison | null;
  /** The snapshot read, for resolving ids to nodes. */
  snapshot: ReadModel;
}

export interface GapQuery {
  scope?: string | null;
  asOf: string;
  compareTo?: string | null;
  includeDismissed?: boolean;
}

/**
 * True when a finding concerns `scopeId`: the id is in its scope or evidence;
 * or one of its areas is `scopeId` or part of it (a county part gathers its
 * municipalities' findings); or, for a finding about forums, a forum covers
 * `scopeId` through a wider area (the county group's findings concern every
 * municipality it covers).
 */
export function inScope(view: AsOfView, f: Finding, scopeId: string): boolean {
  if (f.scope.ids.includes(scopeId) || f.evidence.includes(scopeId)) return true;
  const above = view.ancestors(scopeId);
  return f.areas.some((area) => area === scopeId || view.ancestors(area).includes(scopeId) || (f.scope.kind === 'FORUM' && above.includes(area)));
}

function findingsOn(snap: ReadModel, date: string, today: string, options: AnalysisOptions, q: GapQuery, dismissals: ReadonlyMap<string, Dismissal>) {
  const view = new AsOfView(snap, date, today, q.scope ?? null);
  const all = detectFindings(view, options).filter((f) => !q.scope || inScope(view, f, q.scope));
  const views: FindingView[] = all.map((f) => ({ ...f, dismissal: dismissals.get(f.key) ?? null, recordedGapId: snap.gapForFinding(f.key)?.id ?? null }));
  const shown = q.includeDismissed ? views : views.filter((f) => !f.dismissal);
  return { view, shown, dismissedCount: views.length - shown.length };
}

export function analyseGaps(snap: ReadModel, q: GapQuery, options: AnalysisOptions, today: string, dismissals: ReadonlyMap<string, Dismissal>): GapAnalysis {
  const now = findingsOn(snap, q.asOf, today, options, q, dismissals);
  // counted in one pass over the findings
  const severities = new Map<Severity, number>();
  const rules = new Map<RuleId, number>();
  for (const f of now.shown) {
    severities.set(f.severity, (severities.get(f.severity) ?? 0) + 1);
    rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
  }
  const bySeverity = (['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const).map((severity) => ({ severity, count: severities.get(severity) ?? 0 }));
  const byRule = RULE_IDS.filter((ruleId) => rules.has(ruleId)).map((ruleId) => ({ ruleId, count: rules.get(ruleId)! }));
  let comparison: GapComparison | null = null;
  if (q.compareTo) {
    const then = findingsOn(snap, q.compareTo, today, options, q, dismissals);
    const before = new Set(now.shown.map((f) => f.key));
    const after = new Set(then.shown.map((f) => f.key));
    const runs = (v: AsOfView) => new Set([...v.forums(), ...v.initiatives()].filter((n) => v.isActive(n.id)).map((n) => n.id));
    const [runNow, runThen] = [runs(now.view), runs(then.view)];
    comparison = {
      from: q.asOf,
      to: q.compareTo,
      opened: then.shown.filter((f) => !before.has(f.key)),
      closed: now.shown.filter((f) => !after.has(f.key)),
      unchanged: then.shown.filter((f) => before.has(f.key)),
      starting: [...runThen].filter((id) => !runNow.has(id)),
      ending: [...runNow].filter((id) => !runThen.has(id)),
    };
  }
  return {
    asOf: q.asOf,
    today,
    scope: q.scope ?? null,
    version: snap.version,
    findings: now.shown,
    dismissedCount: now.dismissedCount,
    bySeverity,
    byRule,
    comparison,
    snapshot: snap,
  };
}
