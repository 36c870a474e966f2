// Resolvers of the analysis API (schema/graphql/analysis.graphql): gap
// analysis, coverage, collaboration paths, dismissals, promotion and gap
// transitions. Every argument crosses zod here, once; the engine
// (ctx.analysis) trusts what it is given. Nested fields resolve ids against
// the snapshot the answer was computed from, so a whole answer costs one
// snapshot and no store calls per row.
import { z } from 'zod';
import { CareLevelKind, GapStatus, Id, IsoDate, Name, Severity, SystemLevel, type GraphNode } from '../../schema/domain.ts';
import {
  CoverageColumns, CoverageRows, RULE_IDS, ruleOfKey, RULES,
  type AnalysisOptions, type CoverageCell, type CoverageColumn, type CoverageMatrix, type CoverageRow,
  type Dismissal, type FindingView, type GapAnalysis, type GapComparison, type RuleInfo, type ReadModel,
} from '../analysis/index.ts';
import type { CollaborationPath } from '../analysis/paths.ts';
import { parseInput } from '../errors.ts';
import type { GqlContext } from './context.ts';
import type { WithSnap } from './parents.ts';
import type { Resolvers } from './generated/types.ts';

// ctx.analysis is added to Services by app wiring; until then this keeps the
// resolvers typed (an identical declaration merges cleanly with it).
// ---- input ------------------------------------------------------------------

/** Swedish for the messages written here (zod's own Swedish covers the rest). */
const RuleIdInput = z.enum(RULE_IDS as [string, ...string[]]);
const FindingKeyInput = z.string().max(2000).refine((k) => ruleOfKey(k) !== null, { message: 'must be a finding key of a known rule' });

const RuleOptionsInput = z
  .object({
    onlyRules: z.array(RuleIdInput).nullish(),
    disabledRules: z.array(RuleIdInput).nullish(),
    severities: z.array(z.object({ ruleId: RuleIdInput, severity: Severity })).nullish(),
    systemLevels: z.array(SystemLevel).min(1).nullish(),
    handoverPairs: z.array(z.object({ a: CareLevelKind, b: CareLevelKind }).refine((p) => p.a !== p.b, { message: 'must join two different care levels', path: ['b'] })).nullish(),
    handoverArea: CoverageRows.nullish(),
    nearDuplicateThreshold: z.number().gt(0).max(1).nullish(),
    nearDuplicateMinShared: z.number().int().min(1).max(10_000).nullish(),
  })
  .strict()
  .nullish()
  .transform((o): Partial<AnalysisOptions> | null => {
    if (!o) return null;
    const out: Partial<AnalysisOptions> = {};
    if (o.onlyRules) out.onlyRules = o.onlyRules as AnalysisOptions['disabledRules'];
    if (o.disabledRules) out.disabledRules = o.disabledRules as AnalysisOptions['disabledRules'];
    if (o.severities) out.severities = Object.fromEntries(o.severities.map((s) => [s.ruleId, s.severity]));
    if (o.systemLevels) out.systemLevels = [...new Set(o.systemLevels)];
    if (o.handoverPairs) out.handoverPairs = o.handoverPairs;
    if (o.handoverArea) out.handoverArea = o.handoverArea;
    if (o.nearDuplicateThreshold != null) out.nearDuplicateThreshold = o.nearDuplicateThreshold;
    if (o.nearDuplicateMinShared != null) out.nearDuplicateMinShared = o.nearDuplicateMinShared;
    return out;
  });

const GapAnalysisArgs = z.object({
  scope: Id.nullish(),
  asOf: IsoDate.nullish(),
  compareTo: IsoDate.nullish(),
  rules: RuleOptionsInput,
  includeDismissed: z.boolean().nullish(),
  recordedAt: z.iso.datetime({ offset: true, message: 'must be a date-time as ISO 8601' }).nullish(),
});
const CoverageArgs = z.object({ rows: CoverageRows, columns: CoverageColumns, asOf: IsoDate.nullish(), rules: RuleOptionsInput });
const PathArgs = z.object({ from: Id, to: Id, asOf: IsoDate.nullish() });
const PromoteArgs = z.object({ key: FindingKeyInput, asOf: IsoDate.nullish(), rules: RuleOptionsInput, severity: Severity.nullish(), name: Name.nullish() });
const DismissArgs = z.object({ key: FindingKeyInput, reason: z.string().trim().min(1, { message: 'must not be empty' }).max(2000) });
const KeyArgs = z.object({ key: FindingKeyInput });
const TransitionArgs = z.object({ id: Id, status: GapStatus });

// ---- output -----------------------------------------------------------------


const nodes = (snap: ReadModel, ids: readonly string[]): GraphNode[] => ids.map((id) => snap.node(id)).filter((n): n is GraphNode => !!n);
const withSnap = <T extends object>(snap: ReadModel, items: readonly T[]): Array<WithSnap<T>> => items.map((x) => ({ ...x, snap }));
const RULE_BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));
/** The rule of a finding or a count: always one of RULES. */
const ruleOf = (id: string): RuleInfo => RULE_BY_ID.get(id)!;
const estimateOut = (e: { count: number; year: number; source: string } | null | undefined) => (e ? { count: e.count, year: e.year, source: e.source } : null);

/** Writes go through the request's own store, which checks the user's rights. */
const by = (ctx: GqlContext) => ({ by: ctx.user.id, store: ctx.store });

export const analysisResolvers: Resolvers = {
  Query: {
    gapAnalysis: async (_, args, ctx) => {
      const a = parseInput(GapAnalysisArgs, args);
      return ctx.analysis.gapAnalysis(a);
    },
    coverage: async (_, args, ctx) => {
      const a = parseInput(CoverageArgs, args);
      return ctx.analysis.coverage(a);
    },
    collaborationPath: async (_, args, ctx) => {
      const a = parseInput(PathArgs, args);
      return ctx.analysis.collaborationPath(a.from, a.to, a.asOf);
    },
    dismissals: (_, _args, ctx) => ctx.analysis.dismissals(),
    gapRules: () => [...RULES],
  },

  Mutation: {
    promoteFinding: async (_, args, ctx) => {
      const a = parseInput(PromoteArgs, args);
      return ctx.analysis.promoteFinding(a, by(ctx));
    },
    dismissFinding: async (_, args, ctx) => {
      const a = parseInput(DismissArgs, args);
      return ctx.analysis.dismissFinding(a.key, a.reason, by(ctx));
    },
    undismissFinding: async (_, args, ctx) => {
      const { key } = parseInput(KeyArgs, args);
      return { key, undismissed: await ctx.analysis.undismissFinding(key, by(ctx)) };
    },
    transitionGap: async (_, args, ctx) => {
      const a = parseInput(TransitionArgs, args);
      return ctx.analysis.transitionGap(a.id, a.status, by(ctx));
    },
  },

  GapAnalysis: {
    scope: (a: GapAnalysis) => (a.scope ? a.snapshot.node(a.scope) ?? null : null),
    total: (a: GapAnalysis) => a.findings.length,
    findings: (a: GapAnalysis) => withSnap(a.snapshot, a.findings),
    byRule: (a: GapAnalysis) => a.byRule.map((r) => ({ rule: ruleOf(r.ruleId), count: r.count })),
    comparison: (a: GapAnalysis) => (a.comparison ? { ...a.comparison, snap: a.snapshot } : null),
  },

  GapComparison: {
    openedCount: (c: WithSnap<GapComparison>) => c.opened.length,
    closedCount: (c: WithSnap<GapComparison>) => c.closed.length,
    unchangedCount: (c: WithSnap<GapComparison>) => c.unchanged.length,
    opened: (c: WithSnap<GapComparison>) => withSnap(c.snap, c.opened),
    closed: (c: WithSnap<GapComparison>) => withSnap(c.snap, c.closed),
    unchanged: (c: WithSnap<GapComparison>) => withSnap(c.snap, c.unchanged),
    starting: (c: WithSnap<GapComparison>) => nodes(c.snap, c.starting),
    ending: (c: WithSnap<GapComparison>) => nodes(c.snap, c.ending),
  },

  Finding: {
    rule: (f: WithSnap<FindingView>) => ruleOf(f.ruleId),
    scope: (f: WithSnap<FindingView>) => ({ ...f.scope, nodes: nodes(f.snap, f.scope.ids) }),
    evidence: (f: WithSnap<FindingView>) => nodes(f.snap, f.evidence),
    evidenceIds: (f: WithSnap<FindingView>) => f.evidence,
    areas: (f: WithSnap<FindingView>) => nodes(f.snap, f.areas),
    between: (f: WithSnap<FindingView>) => nodes(f.snap, f.between),
    affects: (f: WithSnap<FindingView>) => nodes(f.snap, f.affects),
    remedies: (f: WithSnap<FindingView>) => nodes(f.snap, f.remedies),
    estimate: (f: WithSnap<FindingView>) => estimateOut(f.estimate),
    dismissal: (f: WithSnap<FindingView>): Dismissal | null => f.dismissal,
    recordedGap: (f: WithSnap<FindingView>) => (f.recordedGapId ? f.snap.node(f.recordedGapId) ?? null : null),
  },

  CoverageMatrix: {
    columns: (m: CoverageMatrix) => withSnap(m.snapshot, m.columns),
    rows: (m: CoverageMatrix) => withSnap(m.snapshot, m.rows),
    totals: (m: CoverageMatrix) => ({ covered: m.totals.COVERED, plannedOnly: m.totals.PLANNED_ONLY, none: m.totals.NONE }),
  },

  CoverageColumn: {
    targetGroup: (c: WithSnap<CoverageColumn>) => (c.targetGroupId ? c.snap.node(c.targetGroupId) ?? null : null),
    careLevels: (c: WithSnap<CoverageColumn>) => c.careLevels ?? null,
    systemLevel: (c: WithSnap<CoverageColumn>) => c.systemLevel ?? null,
  },

  CoverageRow: {
    // a row's area, a path's ends: ids from the snapshot they are resolved against
    area: (r: WithSnap<CoverageRow>) => r.snap.node(r.areaId)!,
    cells: (r: WithSnap<CoverageRow>) => withSnap(r.snap, r.cells),
  },

  CoverageCell: {
    active: (c: WithSnap<CoverageCell>) => nodes(c.snap, c.active),
    planned: (c: WithSnap<CoverageCell>) => nodes(c.snap, c.planned),
    related: (c: WithSnap<CoverageCell>) => nodes(c.snap, c.related),
    estimate: (c: WithSnap<CoverageCell>) => estimateOut(c.estimate),
  },

  CollaborationPath: {
    from: (p: CollaborationPath) => p.snapshot.node(p.from)!,
    to: (p: CollaborationPath) => p.snapshot.node(p.to)!,
    path: (p: CollaborationPath) => nodes(p.snapshot, p.path),
  },
};
