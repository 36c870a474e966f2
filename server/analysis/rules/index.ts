// Every rule, by its catalogue id, and the one function that runs them.
import { RULE_IDS, type RuleId } from '../catalogue.ts';
import { finish, type Finding, type Rule } from '../finding.ts';
import { optionsKey, type AnalysisOptions } from '../options.ts';
import type { AsOfView } from '../view.ts';
import { handoverUncovered, municipalityLevelUncovered, targetGroupUnserved } from './area.ts';
import { singlePointOfConnection } from './connectivity.ts';
import { nearDuplicateForums } from './duplicates.ts';
import {
  boundaryForumOnePrincipal, forumOrphan, forumWithoutConvener, forumWithoutMandate, forumWithoutParticipants,
  plannedForumOverdue, reportingCycle,
} from './forum.ts';

export const RULE_FUNCTIONS: Record<RuleId, Rule> = {
  'municipality-level-uncovered': municipalityLevelUncovered,
  'handover-uncovered': handoverUncovered,
  'target-group-unserved': targetGroupUnserved,
  'boundary-forum-one-principal': boundaryForumOnePrincipal,
  'forum-orphan': forumOrphan,
  'reporting-cycle': reportingCycle,
  'forum-without-mandate': forumWithoutMandate,
  'forum-without-convener': forumWithoutConvener,
  'forum-without-participants': forumWithoutParticipants,
  'planned-forum-overdue': plannedForumOverdue,
  'single-point-of-connection': singlePointOfConnection,
  'near-duplicate-forums': nearDuplicateForums,
};

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
/** `localeCompare`'s order (the default locale), without making a collator per comparison. */
const byKey = new Intl.Collator();

/** The rules the options switch on, in catalogue order. */
export function enabledRules(options: AnalysisOptions): RuleId[] {
  return RULE_IDS.filter((id) => (!options.onlyRules || options.onlyRules.includes(id)) && !options.disabledRules.includes(id));
}

/**
 * Runs every enabled rule on the view: findings ordered by severity, then
 * rule (catalogue order), then key. Memoized per snapshot, date and options.
 * A scoped view's rules look only at what can concern its scope (focus.ts),
 * so it gives those findings and possibly more; when the whole analysis of
 * the snapshot is already memoized, that is given instead.
 */
export function detectFindings(view: AsOfView, options: AnalysisOptions): Finding[] {
  const whole = `findings|${view.date}|${view.today}|${optionsKey(options)}`;
  const key = view.focus && !view.snap.isCached(whole) ? `${whole}|${view.focus.scope}` : whole;
  return view.snap.cached(key, () => {
    const found = new Map<string, Finding>();
    for (const id of enabledRules(options)) {
      for (const draft of RULE_FUNCTIONS[id](view, options)) {
        const f = finish(id, draft, options);
        if (!found.has(f.key)) found.set(f.key, f);
      }
    }
    return [...found.values()].sort((a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
      || RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId)
      || byKey.compare(a.key, b.key));
  });
}
