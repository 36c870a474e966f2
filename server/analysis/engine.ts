// The analysis engine: the app's read model over the store port and every
// analysis on top of it. Reads never touch the store beyond `version()` while
// the graph is unchanged; writes (promote, transition) go through `apply()`.
// Analyses run as jobs (jobs.ts) on a worker thread that mirrors the read
// model (worker-client.ts), or in-process when `worker: false`.
import type { GapNode, GapStatus, Severity } from '../../schema/domain.ts';
import { notFound } from '../errors.ts';
import type { ChangeEntry, GraphStore, WriteContext } from '../store/port.ts';
import { RULES, type RuleInfo } from './catalogue.ts';
import { type CoverageColumnKind, type CoverageMatrix, type CoverageRowKind } from './coverage.ts';
import { type Dismissal, type GapAnalysis } from './gaps.ts';
import { mergeOptions, type AnalysisOptions } from './options.ts';
import type { CollaborationPath } from './paths.ts';
import * as recorded from './recorded.ts';
import { graphAsRecordedAt } from '../audit/replay.ts';
import { ReadModel } from '../read-model/read-model.ts';
import { ReadModelSource } from '../read-model/source.ts';
import { runJob, type Job, type JobResult } from './jobs.ts';
import { AnalysisWorker } from './worker-client.ts';
import { todayInSweden } from '../../schema/time.ts';

export interface EngineOptions extends Partial<AnalysisOptions> {
  /** The present, as `YYYY-MM-DD` (tests pin it); today in Sweden by default. */
  today?: () => string;
  /** Run analyses on a worker thread (the default), or on the caller's thread. */
  worker?: boolean;
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
  /** The read model at the store's current version (brought forward from the change log when it has moved). */
  snapshot(): Promise<ReadModel>;
  /** The whole map as one JSON document (`{ data: { graph } }`), built off the event loop, and the version it is of. */
  mapDocument(): Promise<{ version: number; bytes: Buffer }>;
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
  /** Called with the change-log entries each time the read model is brought forward by them (not on its first load). */
  onChanges(listener: (entries: readonly ChangeEntry[], version: number) => void): void;
  /** Stops the worker thread. */
  close(): Promise<void>;
}

/**
 * Who writes, and through which store: a request passes its own (guarded)
 * store, so promotions, dismissals and transitions are checked like every
 * other write (server/auth/scope.ts). Reads always use the shared read model.
 */
export type EngineWriteContext = WriteContext & { store?: GraphStore };

export function createAnalysisEngine(store: GraphStore, engineOptions: EngineOptions = {}): AnalysisEngine {
  const { today: clock = () => todayInSweden(), worker: useWorker = true, ...deployment } = engineOptions;
  const options = mergeOptions(deployment);
  const source = new ReadModelSource(store);
  const worker = useWorker ? new AnalysisWorker(source) : null;
  const opts = (rules?: Partial<AnalysisOptions> | null) => (rules ? mergeOptions(options, rules) : options);
  /** Runs a job on the read model: on the worker's replica of it, or here. */
  const run = async <J extends Job>(model: ReadModel, job: J): Promise<JobResult<J>> =>
    worker ? worker.run(model, job) : (runJob(model, job) as JobResult<J>);

  const gapAnalysis = async (input: GapAnalysisInput = {}): Promise<GapAnalysis> => {
    const model = await source.get();
    const data = input.recordedAt ? await graphAsRecordedAt(store, input.recordedAt) : undefined;
    const on = data ? new ReadModel(data, -1) : model;
    if (input.scope && !on.node(input.scope)) throw notFound(input.scope);
    const today = clock();
    const dismissals = await recorded.listDismissals(store);
    const q = { scope: input.scope ?? null, asOf: input.asOf ?? today, compareTo: input.compareTo ?? null, includeDismissed: input.includeDismissed ?? false };
    const result = await run(model, { kind: 'gaps', q, options: opts(input.rules), today, dismissals, ...(data ? { data } : {}) });
    return { ...result, snapshot: on };
  };

  return {
    options,
    today: clock,
    snapshot: () => source.get(),
    async mapDocument() {
      const model = await source.get();
      return { version: model.version, bytes: Buffer.from(await run(model, { kind: 'map' })) };
    },
    rules: () => RULES,
    gapAnalysis,

    async coverage(input) {
      const model = await source.get();
      const today = clock();
      const result = await run(model, { kind: 'coverage', q: { rows: input.rows, columns: input.columns, asOf: input.asOf ?? today }, options: opts(input.rules), today });
      return { ...result, snapshot: model };
    },

    async collaborationPath(from, to, asOf) {
      const model = await source.get();
      const today = clock();
      return { ...(await run(model, { kind: 'path', from, to, asOf: asOf ?? today, today })), snapshot: model };
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
    onChanges(listener) {
      source.onUpdate((update) => {
        if (update.kind === 'apply') listener(update.entries, update.version);
      });
    },
    close: async () => worker?.close(),
  };
}
