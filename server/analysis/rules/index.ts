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
/**
 * Every character a finding key holds (ids are `[a-z0-9._:-]`, rule ids
 * kebab-case, parts joined by `|`, hand-over pairs and levels in capitals and
 * `~`), case aside, mapped to a letter that sorts, by code unit, where the
 * collator sorts it. Each has its own primary weight and capitals differ only
 * in the third level, so the collator orders two keys by their letters, then
 * by the case of each character, lower first (a property test holds it to
 * the collator).
 */
const KEY_CHARS = new Map([...'abcdefghijklmnopqrstuvwxyz0123456789._:-|~'].sort(byKey.compare).map((c, i) => [c, String.fromCharCode(0x22 + i)]));

/** A key in `byKey`'s order as a plain string, or null when it holds a character outside KEY_CHARS. */
export function keyOrder(key: string): string | null {
  let letters = '';
  let cases = '';
  for (const c of key) {
    const lower = c.toLowerCase();
    const mapped = KEY_CHARS.get(lower);
    if (mapped === undefined || (lower !== c && c !== lower.toUpperCase())) return null;
    letters += mapped;
    cases += lower === c ? '0' : '1';
  }
  // the letters first; '!' sorts before every letter, so a key that is the start of another sorts first
  return `${letters}!${cases}`;
}

/** Findings ordered by severity, then rule (catalogue order), then key (`byKey`). */
function sortFindings(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => String.fromCharCode(0x21 + SEVERITY_ORDER.indexOf(f.severity), 0x21 + RULE_IDS.indexOf(f.ruleId));
  const keyed = findings.map((f) => ({ f, order: keyOrder(f.key) }));
  if (keyed.every((k) => k.order !== null)) {
    return keyed.map(({ f, order }) => ({ f, order: rank(f) + order })).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)).map((k) => k.f);
  }
  return findings.sort((a, b) =>
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
    || RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId)
    || byKey.compare(a.key, b.key));
}

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
    return sortFindings([...found.values()]);
  });
}
