// What a rule reports: a finding, with a stable key, its scope, its evidence
// and its explanation in Swedish and English.
import type { GapKind, Severity } from '../../schema/domain.ts';
import { findingKey, ruleInfo, type Localized, type RuleId } from './catalogue.ts';
import type { FindingScopeKind } from './enums.ts';
import type { AnalysisOptions } from './options.ts';
import type { Estimate, AsOfView } from './view.ts';

export type ScopeKind = FindingScopeKind;

export interface Finding {
  /** Rule id and scope ids: stable across runs and dates, so it can be dismissed or promoted. */
  key: string;
  ruleId: RuleId;
  kind: GapKind;
  severity: Severity;
  title: Localized;
  explanation: Localized;
  /** What the finding is about. */
  scope: { kind: ScopeKind; ids: string[] };
  /** The elements that make the rule fire. */
  evidence: string[];
  /** The areas (municipalities, county parts, the region) the finding lies in; a forum's finding lies where the forum covers. */
  areas: string[];
  /** The actors and care levels the gap lies between (BETWEEN edges when promoted). */
  between: string[];
  /** The target groups it affects (AFFECTS edges when promoted). */
  affects: string[];
  /** Planned forums and initiatives that would close it once they start. */
  remedies: string[];
  /** The population behind a target-group finding. */
  estimate?: Estimate & { targetGroupId: string; areaId: string };
}

/** A rule's output before the catalogue and options fill in kind, severity and key. */
export type Draft = Omit<Finding, 'key' | 'ruleId' | 'kind' | 'severity' | 'between' | 'affects' | 'remedies' | 'areas'> & {
  areas?: string[];
  keyParts: string[];
  between?: string[];
  affects?: string[];
  remedies?: string[];
};

export type Rule = (view: AsOfView, options: AnalysisOptions) => Draft[];

export function finish(ruleId: RuleId, draft: Draft, options: AnalysisOptions): Finding {
  const info = ruleInfo(ruleId);
  // one shape for every finding, whatever the rule's draft held
  const finding: Finding = {
    key: findingKey(ruleId, ...draft.keyParts),
    ruleId,
    kind: info.kind,
    severity: options.severities[ruleId] ?? info.defaultSeverity,
    title: draft.title,
    explanation: draft.explanation,
    scope: draft.scope,
    evidence: unique(draft.evidence),
    areas: unique(draft.areas ?? draft.scope.ids),
    between: unique(draft.between ?? []),
    affects: unique(draft.affects ?? []),
    remedies: unique(draft.remedies ?? []),
  };
  if (draft.estimate) finding.estimate = draft.estimate;
  return finding;
}

/** The ids without repeats, first occurrence kept (a new array). */
export const unique = (ids: readonly string[]): string[] => (ids.length < 2 ? [...ids] : [...new Set(ids)]);
