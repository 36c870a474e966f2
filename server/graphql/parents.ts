// What the resolvers of a GraphQL type receive as their parent, where that is
// the server's own shape rather than the SDL's: the generated resolver types
// (generated/types.ts) use these through the `mappers` of codegen.ts. A type
// not named here is passed in its GraphQL shape.
import type { GraphEdge, GraphNode } from '../../schema/domain.ts';
import type { mapGraph, mapNode } from '../../schema/map-graph.ts';
import type {
  CollaborationPath, CoverageCell, CoverageColumn, CoverageMatrix, CoverageRow, FindingView, GapAnalysis, GapComparison, ReadModel, RuleInfo,
} from '../analysis/index.ts';
import type { ApplyResult } from '../store/port.ts';
import type { Connection } from './lists.ts';
import type { EstimateRow, ParticipationRow } from './relations.ts';
import type { SourceView } from './sources.ts';

/** An engine result travelling with the snapshot it was computed from, so nested fields resolve ids without a store call. */
export type WithSnap<T> = T & { snap: ReadModel };

// every element type is a node as the store and the read model hold it; its label says which
export type ActorParent = GraphNode;
export type CareLevelParent = GraphNode;
export type ForumParent = GraphNode;
export type TargetGroupParent = GraphNode;
export type InitiativeParent = GraphNode;
export type GapParent = GraphNode;

export type RelationshipParent = GraphEdge;
export type ParticipationParent = ParticipationRow;
export type PopulationEstimateParent = EstimateRow;

// a page of a list, with the query it answered (for groupCounts)
export type ActorConnectionParent = Connection;
export type CareLevelConnectionParent = Connection;
export type ForumConnectionParent = Connection;
export type TargetGroupConnectionParent = Connection;
export type InitiativeConnectionParent = Connection;
export type GapConnectionParent = Connection;

export type ChangeResultParent = ApplyResult['results'][number];

export type GapAnalysisParent = GapAnalysis;
export type GapComparisonParent = WithSnap<GapComparison>;
export type FindingParent = WithSnap<FindingView>;
export type GapRuleParent = RuleInfo;
export type CoverageMatrixParent = CoverageMatrix;
export type CoverageColumnParent = WithSnap<CoverageColumn>;
export type CoverageRowParent = WithSnap<CoverageRow>;
export type CoverageCellParent = WithSnap<CoverageCell>;
export type CollaborationPathParent = CollaborationPath;

export type SourceParent = SourceView;

/** The map as schema/map-graph.ts computes it (its nodes' properties untyped: they differ by label). */
export type GraphParent = ReturnType<typeof mapGraph>;
/** A node as the map draws it (schema/map-graph.ts, mapNode). */
export type MapNodeParent = ReturnType<typeof mapNode>;
