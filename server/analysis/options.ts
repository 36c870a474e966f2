// Rule options: set per deployment (createAnalysisEngine) and overridable per
// query (the `rules` argument). Inside the engine they are trusted; the
// GraphQL edge validates them with zod.
import type { CareLevelKind, Severity, SystemLevel } from '../../schema/domain.ts';
import type { RuleId } from './catalogue.ts';
import type { CoverageRows } from './enums.ts';
import { canonicalJson } from '../store/shared.ts';

export interface HandoverPair {
  a: CareLevelKind;
  b: CareLevelKind;
}

export interface AnalysisOptions {
  /** Only these rules run (all when null). */
  onlyRules: RuleId[] | null;
  /** These rules never run. */
  disabledRules: RuleId[];
  /** Severity per rule, overriding the catalogue's default. */
  severities: Partial<Record<RuleId, Severity>>;
  /** The system levels at which every municipality should share a forum with the region. */
  systemLevels: SystemLevel[];
  /** Care levels that hand patients over to each other (order within a pair does not matter). */
  handoverPairs: HandoverPair[];
  /** Where a hand-over must be spanned: in every municipality, or in every county part. */
  handoverArea: CoverageRows;
  /** Participant overlap (Jaccard, 0–1) at or above which two forums are near-duplicates. */
  nearDuplicateThreshold: number;
  /** Near-duplicates must share at least this many participants (two one-person forums are not a pattern). */
  nearDuplicateMinShared: number;
}

export const DEFAULT_HANDOVER_PAIRS: readonly HandoverPair[] = [
  { a: 'SPECIALISED_INPATIENT', b: 'MUNICIPAL_PRIMARY_CARE' }, // utskrivning från slutenvård
  { a: 'PRIMARY_CARE', b: 'MUNICIPAL_PRIMARY_CARE' },
  { a: 'EMERGENCY', b: 'PRIMARY_CARE' }, // återkommande besökare på akuten
  { a: 'AMBULANCE', b: 'PRIMARY_CARE' },
  { a: 'SPECIALISED_OUTPATIENT', b: 'PRIMARY_CARE' },
];

export const DEFAULT_OPTIONS: AnalysisOptions = {
  onlyRules: null,
  disabledRules: [],
  severities: {},
  systemLevels: ['MACRO', 'MESO', 'MICRO'],
  handoverPairs: [...DEFAULT_HANDOVER_PAIRS],
  handoverArea: 'MUNICIPALITIES',
  nearDuplicateThreshold: 0.8,
  nearDuplicateMinShared: 2,
};

/** Later layers win field by field; severities merge per rule. */
export function mergeOptions(...layers: Array<Partial<AnalysisOptions> | undefined>): AnalysisOptions {
  let out: AnalysisOptions = { ...DEFAULT_OPTIONS };
  for (const layer of layers) {
    if (!layer) continue;
    const defined = Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)) as Partial<AnalysisOptions>;
    out = { ...out, ...defined, severities: { ...out.severities, ...(defined.severities ?? {}) } };
  }
  return out;
}

/**
 * A stable key for memoizing results per option set: every field, by name,
 * so an option added later can never be left out of it (which would serve
 * findings computed under other options). Set-like lists are sorted first.
 */
export function optionsKey(o: AnalysisOptions): string {
  const sets: Partial<Record<keyof AnalysisOptions, unknown>> = {
    onlyRules: o.onlyRules ? [...o.onlyRules].sort() : null,
    disabledRules: [...o.disabledRules].sort(),
    systemLevels: [...o.systemLevels].sort(),
    handoverPairs: o.handoverPairs.map(pairKey).sort(),
  };
  return canonicalJson({ ...o, ...sets });
}

/** A pair's identity, whichever way round it was given: `EMERGENCY~PRIMARY_CARE`. */
export function pairKey(p: HandoverPair): string {
  return [p.a, p.b].sort().join('~');
}
