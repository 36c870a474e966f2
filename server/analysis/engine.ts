// The analysis engine: one snapshot cache over the store port and every
// analysis on top of it. Reads never touch the store beyond `version()` while
// the graph is unchanged; writes (promote, transition) go through `apply()`.
import type { GapNode, GapStatus, Severity } from '../../schema/domain.ts';
import { notFound } from '../errors.ts';
import type { GraphStore, WriteContext } from '../store/port.ts';
import { RULES, type RuleInfo } from './catalogue.ts';
import { coverageMatrix, type CoverageColumnKind, type CoverageMatrix, type CoverageRowKind } from './coverage.ts';
import { analyseGaps, type Dismissal, type GapAnalysis } from './gaps.ts';
import { mergeOptions, type AnalysisOptions } from './options.ts';
import { collaborationPath, type CollaborationPath } from './paths.ts';
import * as recorded from './recorded.ts';
import { graphAsRecordedAt } from '../audit/replay.ts';
import { Snapshot, SnapshotCache } from './snapshot.ts';
import { todayInSweden } from './time.ts';

export interface EngineOptions extends Partial<AnalysisOptions> {
  /** The present, as `YYYY-MM-DD` (tests pin it); today in Sweden by default. */
  today?: () => string;
}

export interface GapAnalysisInput {
  /** Only findings concerning this element (an area, forum, actor or target group). */
  scope?: string | null;
  /** The date evaluated; today when left out. */
  asOf?: string | null;
  /** A second date to compare with. */
  compareTo?: string | null;
  /** Per-query rule options over the deployment's. */
  rules?: Partial<AnalysisOptions> | null;
  includeDismissed?: boolean | null;
  /** Analyse the map as it was recorded at this moment (from the audit trail) instead of as it is. */
  recordedAt?: string | null;
}

export interface CoverageInput {
  rows: CoverageRowKind;
  columns: CoverageColumnKind;
  asOf?: string | null;
  rules?: Partial<AnalysisOptions> | null;
}

export interface PromoteInput {
  key: string;
  /** The date the finding is looked up on; today when left out. */
  asOf?: string | null;
  rules?: Partial<AnalysisOptions> | null;
  severity?: Severity | null;
  name?: string | null;
}

export interface AnalysisEngine {
  /** The deployment's options (defaults merged with createAnalysisEngine's). */
  readonly options: AnalysisOptions;
  today(): string;
  /** The current snapshot (reloaded only when the store's version has moved). */
  snapshot(): Promise<Snapshot>;
  rules(): readonly RuleInfo[];
  gapAnalysis(input?: GapAnalysisInput): Promise<GapAnalysis>;
  coverage(input: CoverageInput): Promise<CoverageMatrix>;
  collaborationPath(from: string, to: string, asOf?: string | null): Promise<CollaborationPath>;
  promoteFinding(input: PromoteInput, ctx: EngineWriteContext): Promise<GapNode>;
  dismissFinding(key: string, reason: string, ctx: EngineWriteContext): Promise<Dismissal>;
  /** True when there was a dismissal to remove. */
  undismissFinding(key: string, ctx?: EngineWriteContext): Promise<boolean>;
  dismissals(): Promise<Dismissal[]>;
  transitionGap(id: string, status: GapStatus, ctx: EngineWriteContext): Promise<GapNode>;
}

/**
 * Who writes, and through which store: a request passes its own (guarded)
 * store, so promotions, dismissals and transitions are checked like every
 * other write (server/auth/scope.ts). Reads always use the shared snapshot.
 */
export type EngineWriteContext = WriteContext & { store?: GraphStore };

export function createAnalysisEngine(store: GraphStore, engineOptions: EngineOptions = {}): AnalysisEngine {
  const { today: clock = () => todayInSweden(), ...deployment } = engineOptions;
  const options = mergeOptions(deployment);
  const cache = new SnapshotCache(store);
  const opts = (rules?: Partial<AnalysisOptions> | null) => (rules ? mergeOptions(options, rules) : options);

  const gapAnalysis = async (input: GapAnalysisInput = {}): Promise<GapAnalysis> => {
    const snap = input.recordedAt ? new Snapshot(await graphAsRecordedAt(store, input.recordedAt), -1) : await cache.get();
    if (input.scope && !snap.node(input.scope)) throw notFound(input.scope);
    const today = clock();
    const dismissals = new Map((await recorded.listDismissals(store)).map((d) => [d.key, d]));
    return analyseGaps(snap, {
      scope: input.scope ?? null,
      asOf: input.asOf ?? today,
      compareTo: input.compareTo ?? null,
      includeDismissed: input.includeDismissed ?? false,
    }, opts(input.rules), today, dismissals);
  };

  return {
    options,
    today: clock,
    snapshot: () => cache.get(),
    rules: () => RULES,
    gapAnalysis,

    async coverage(input) {
      const snap = await cache.get();
      const today = clock();
      return coverageMatrix(snap, { rows: input.rows, columns: input.columns, asOf: input.asOf ?? today }, opts(input.rules), today);
    },

    async collaborationPath(from, to, asOf) {
      const snap = await cache.get();
      const today = clock();
      return collaborationPath(snap, from, to, asOf ?? today, today);
    },

    async promoteFinding(input, ctx) {
      const asOf = input.asOf ?? clock();
      const analysis = await gapAnalysis({ asOf, rules: input.rules ?? null, includeDismissed: true });
      const finding = analysis.findings.find((f) => f.key === input.key);
      if (!finding) {
        throw notFound(input.key, `finding on ${asOf}`);
      }
      return recorded.promoteFinding(ctx.store ?? store, analysis.snapshot, finding, asOf, {
        ...(input.severity ? { severity: input.severity } : {}),
        ...(input.name ? { name: input.name } : {}),
      }, ctx);
    },

    dismissFinding: (key, reason, ctx) => recorded.dismissFinding(ctx.store ?? store, key, reason, ctx),
    undismissFinding: (key, ctx) => recorded.undismissFinding(ctx?.store ?? store, key),
    dismissals: () => recorded.listDismissals(store),
    transitionGap: (id, status, ctx) => recorded.transitionGap(ctx.store ?? store, id, status, ctx),
  };
}
