// The analyses as jobs over a read model: one function the analysis worker
// runs and the in-process engine runs, so both give the same answers. A job
// and its result are plain data (structured-clonable); the read model a
// result was computed from travels separately.
import type { Subgraph } from '../store/port.ts';
import { mapGraph } from '../../schema/map-graph.ts';
import { ReadModel } from '../read-model/read-model.ts';
import { coverageMatrix, type CoverageMatrix, type CoverageQuery } from './coverage.ts';
import { analyseGaps, type Dismissal, type GapAnalysis, type GapQuery } from './gaps.ts';
import type { AnalysisOptions } from './options.ts';
import { collaborationPath, type CollaborationPath } from './paths.ts';

export type Job =
  | { kind: 'gaps'; q: GapQuery; options: AnalysisOptions; today: string; dismissals: Dismissal[]; data?: Subgraph }
  | { kind: 'coverage'; q: CoverageQuery; options: AnalysisOptions; today: string }
  | { kind: 'path'; from: string; to: string; asOf: string; today: string }
  | { kind: 'map' };

/** What a job answers, without the read model. */
export type Detached<T> = Omit<T, 'snapshot'>;

export interface JobResults {
  gaps: Detached<GapAnalysis>;
  coverage: Detached<CoverageMatrix>;
  path: Detached<CollaborationPath>;
  /** The whole map as the `{ data: { graph } }` JSON document, UTF-8. */
  map: Uint8Array;
}

export type JobResult<J extends Job> = JobResults[J['kind']];

const detach = <T extends { snapshot: ReadModel }>({ snapshot: _, ...rest }: T): Detached<T> => rest;

/** Runs a job on a model (a gap job with its own `data` runs on that graph instead: the map as recorded at a moment). */
export function runJob(model: ReadModel, job: Job): JobResults[Job['kind']] {
  switch (job.kind) {
    case 'gaps': {
      const on = job.data ? new ReadModel(job.data, -1) : model;
      return detach(analyseGaps(on, job.q, job.options, job.today, new Map(job.dismissals.map((d) => [d.key, d]))));
    }
    case 'coverage':
      return detach(coverageMatrix(model, job.q, job.options, job.today));
    case 'path':
      return detach(collaborationPath(model, job.from, job.to, job.asOf, job.today));
    case 'map':
      return mapDocumentBytes(model);
  }
}

/** The whole map as one document (what the GraphQL `graph` field answers without a filter); its caller keeps it per version, so nothing of it is kept here. */
export function mapDocumentBytes(model: ReadModel): Uint8Array {
  return Buffer.from(JSON.stringify({ data: { graph: mapGraph(model.data, model.version, null) } }));
}
