// The rule catalogue: every gap the structure itself reveals, with a stable id
// (findings, dismissals and promoted gaps refer to it), the kind of gap it is,
// a default severity and what it looks for, in Swedish and English.
import type { GapKind, Severity } from '../../schema/domain.ts';

export interface Localized {
  sv: string;
  en: string;
}

export interface RuleInfo {
  id: string;
  /** The Tyrstrup kind a promoted gap gets. */
  kind: GapKind;
  defaultSeverity: Severity;
  title: Localized;
  description: Localized;
}

export const RULES = [
  {
    id: 'municipality-level-uncovered',
    kind: 'RESPONSIBILITY',
    defaultSeverity: 'HIGH',
    title: { sv: 'Kommun utan gemensamt forum på en systemnivå', en: 'Municipality without a shared forum at a system level' },
    description: {
      sv: 'En kommun saknar ett aktivt forum på makro-, meso- eller mikronivå som omfattar kommunen (direkt, via sin länsdel eller regionen) och där både regionen och kommunen deltar.',
      en: 'A municipality has no active forum at the macro, meso or micro level that covers it (directly, through its county part or the region) and in which both the region and the municipality take part.',
    },
  },
  {
    id: 'handover-uncovered',
    kind: 'HANDOVER',
    defaultSeverity: 'HIGH',
    title: { sv: 'Överlämning mellan vårdnivåer utan forum', en: 'Hand-over between care levels without a forum' },
    description: {
      sv: 'Två vårdnivåer som lämnar över patienter till varandra saknar ett aktivt forum som spänner över båda och omfattar området.',
      en: 'Two care levels that hand patients over to each other have no active forum spanning both that covers the area.',
    },
  },
  {
    id: 'target-group-unserved',
    kind: 'RESPONSIBILITY',
    defaultSeverity: 'HIGH',
    title: { sv: 'Målgrupp utan forum eller initiativ', en: 'Target group without a forum or initiative' },
    description: {
      sv: 'En målgrupp har en uppskattad population i kommunen men inget aktivt forum eller initiativ som omfattar kommunen riktar sig till den.',
      en: 'A target group has an estimated population in the municipality, but no active forum or initiative covering the municipality serves it.',
    },
  },
  {
    id: 'boundary-forum-one-principal',
    kind: 'INFORMATION',
    defaultSeverity: 'MEDIUM',
    title: { sv: 'Gränsöverskridande forum med en enda huvudman', en: 'Cross-boundary forum with a single principal' },
    description: {
      sv: 'Ett forum som ska föra samman båda sidor av gränsen mellan region och kommun har bara deltagare med samma huvudman: motparten saknas.',
      en: 'A forum meant to bring both sides of the region–municipality boundary together has participants of one principal only: the counterpart is missing.',
    },
  },
  {
    id: 'forum-orphan',
    kind: 'MANDATE',
    defaultSeverity: 'LOW',
    title: { sv: 'Forum utan rapporteringsväg', en: 'Forum without a reporting line' },
    description: {
      sv: 'Ett forum som inte är högst upp i en struktur rapporterar inte till något forum som finns kvar.',
      en: 'A forum that is not at the top of a structure reports to no forum that still exists.',
    },
  },
  {
    id: 'reporting-cycle',
    kind: 'MANDATE',
    defaultSeverity: 'MEDIUM',
    title: { sv: 'Rapporteringsvägar i cirkel', en: 'Reporting lines in a cycle' },
    description: {
      sv: 'Forum rapporterar till varandra i en cirkel, så att ingen av dem når en beslutande nivå.',
      en: 'Forums report to each other in a circle, so none of them reaches a deciding level.',
    },
  },
  {
    id: 'forum-without-mandate',
    kind: 'MANDATE',
    defaultSeverity: 'LOW',
    title: { sv: 'Forum utan mandat', en: 'Forum without a mandate' },
    description: {
      sv: 'Det är inte angivet vad forumet får göra: besluta, ge råd, samordna eller informera.',
      en: 'It is not recorded what the forum may do: decide, advise, coordinate or inform.',
    },
  },
  {
    id: 'forum-without-convener',
    kind: 'RESPONSIBILITY',
    defaultSeverity: 'LOW',
    title: { sv: 'Forum utan sammankallande', en: 'Forum without a convener' },
    description: {
      sv: 'Ingen aktör är angiven som sammankallande för forumet.',
      en: 'No actor is recorded as convening the forum.',
    },
  },
  {
    id: 'forum-without-participants',
    kind: 'RESPONSIBILITY',
    defaultSeverity: 'MEDIUM',
    title: { sv: 'Aktivt forum utan deltagare', en: 'Active forum without participants' },
    description: {
      sv: 'Forumet är aktivt men ingen aktör är angiven som deltagare.',
      en: 'The forum is active but no actor is recorded as taking part.',
    },
  },
  {
    id: 'planned-forum-overdue',
    kind: 'AMBITION',
    defaultSeverity: 'MEDIUM',
    title: { sv: 'Planerat forum efter planerad start', en: 'Planned forum past its planned start' },
    description: {
      sv: 'Forumet är fortfarande planerat fast dess planerade start har passerat.',
      en: 'The forum is still planned although its planned start has passed.',
    },
  },
  {
    id: 'single-point-of-connection',
    kind: 'INFORMATION',
    defaultSeverity: 'HIGH',
    title: { sv: 'Enda förbindelsen mellan region och kommun', en: 'Single point of connection between region and municipality' },
    description: {
      sv: 'Om aktören eller forumet försvann skulle regionen och kommunen inte längre vara förbundna genom något aktivt forum (en artikulationspunkt i deltagandegrafen).',
      en: 'Were the actor or forum to go, the region and the municipality would no longer be linked through any active forum (an articulation point in the participation graph).',
    },
  },
  {
    id: 'near-duplicate-forums',
    kind: 'MANDATE',
    defaultSeverity: 'LOW',
    title: { sv: 'Forum som nästan överlappar', en: 'Near-duplicate forums' },
    description: {
      sv: 'Två forum på samma systemnivå med överlappande område har nästan samma deltagare: kandidater att slå samman.',
      en: 'Two forums at the same system level with overlapping areas have almost the same participants: candidates for consolidation.',
    },
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS = RULES.map((r) => r.id) as RuleId[];

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: RuleId): RuleInfo {
  return BY_ID.get(id)!;
}

export const isRuleId = (id: string): id is RuleId => BY_ID.has(id);

/** The separator in a finding key: never part of an id (ids are `[a-z0-9._:-]`). */
export const KEY_SEPARATOR = '|';

/** A finding's stable key: the rule id and the scope's parts. */
export const findingKey = (rule: RuleId, ...parts: string[]): string => [rule, ...parts].join(KEY_SEPARATOR);

/** The rule a finding key belongs to, or null when it is not a finding key. */
export function ruleOfKey(key: string): RuleId | null {
  const [rule, ...rest] = key.split(KEY_SEPARATOR);
  return rule !== undefined && rest.length > 0 && rest.every(Boolean) && isRuleId(rule) ? rule : null;
}
