// The GraphQL documents the map sends. One place, so the API a page depends on is easy to see.
// Each is a /* GraphQL */ string that `npm run codegen` reads to generate its result and
// variables types (web/src/generated/operations.ts), so `gql(DOC, variables)` is typed by
// the same SDL as the server's resolvers. Shared selections are fragments, defined once and
// appended to the documents that spread them.
import type * as Op from './generated/operations.ts';

/** A document with the types of its result and variables (phantom: at run time it is the string). */
export type Operation<Result, Variables = Record<string, never>> = string & { readonly __result?: Result; readonly __variables?: Variables };
const op = <Result, Variables>(document: string) => document as Operation<Result, Variables>;
/** What a document answers, and its variables (as the arguments of `gql`: optional when none is required). */
export type ResultOf<Doc> = Doc extends Operation<infer Result, unknown> ? Result : never;
export type VariablesOf<Doc> = Doc extends Operation<unknown, infer Variables> ? Variables : never;
export type VariablesArg<Doc> = Record<string, never> extends VariablesOf<Doc> ? [variables?: VariablesOf<Doc>] : [variables: VariablesOf<Doc>];

/** The map's fields of a node and an edge: GET /api/map gives at least these (test/api/map-document.test.ts checks it). */
export const MAP_NODE = /* GraphQL */ `fragment MapNodeFields on MapNode { id label name kind principal status systemLevel severity plannedStart startDate endDate countyPart }`;
export const MAP_EDGE = /* GraphQL */ `fragment MapEdgeFields on MapEdge { id type source target role count year }`;
/** A fragment's selection, as a field list. */
const selection = (fragment: string) => fragment.slice(fragment.indexOf('{') + 1, fragment.lastIndexOf('}')).trim();
export const MAP_NODE_FIELDS = selection(MAP_NODE);
export const MAP_EDGE_FIELDS = selection(MAP_EDGE);

export const GRAPH = op<Op.MapGraphQuery, Op.MapGraphQueryVariables>(/* GraphQL */ `query MapGraph { graph { version nodes { ...MapNodeFields } edges { ...MapEdgeFields } } }
${MAP_NODE}
${MAP_EDGE}`);

/** A few nodes as the map draws them: what a live update or an edit that only changed properties reads (graph/patch.ts). */
export const MAP_NODES = op<Op.MapNodesQuery, Op.MapNodesQueryVariables>(/* GraphQL */ `query MapNodes($ids: [ID!]!) { mapNodes(ids: $ids) { ...MapNodeFields } }
${MAP_NODE}`);

export const LAYOUT = op<Op.LayoutQuery, Op.LayoutQueryVariables>(/* GraphQL */ `query Layout($key: ID) { mapLayout(key: $key) { key positions { id x y } updatedAt } }`);

export const SAVE_LAYOUT = op<Op.SaveLayoutMutation, Op.SaveLayoutMutationVariables>(/* GraphQL */ `mutation SaveLayout($key: ID, $positions: [NodePositionInput!]!, $replace: Boolean) {
  saveMapLayout(key: $key, positions: $positions, replace: $replace) { key updatedAt }
}`);

/** Which fields the server has: parts of the API a server may lack are offered only when it has them. */
export const CAPABILITIES = op<Op.CapabilitiesQuery, Op.CapabilitiesQueryVariables>(/* GraphQL */ `query Capabilities { __schema { queryType { fields { name } } mutationType { fields { name } } } }`);

/** Every enum a form offers, straight from the schema (no list written twice). */
export const ENUMS = op<Op.EnumsQuery, Op.EnumsQueryVariables>(/* GraphQL */ `query Enums {
  ActorKind: __type(name: "ActorKind") { enumValues { name } }
  CareLevelKind: __type(name: "CareLevelKind") { enumValues { name } }
  Principal: __type(name: "Principal") { enumValues { name } }
  ForumKind: __type(name: "ForumKind") { enumValues { name } }
  SystemLevel: __type(name: "SystemLevel") { enumValues { name } }
  Status: __type(name: "Status") { enumValues { name } }
  Mandate: __type(name: "Mandate") { enumValues { name } }
  MeetingFrequency: __type(name: "MeetingFrequency") { enumValues { name } }
  ParticipationRole: __type(name: "ParticipationRole") { enumValues { name } }
  InitiativeKind: __type(name: "InitiativeKind") { enumValues { name } }
  GapKind: __type(name: "GapKind") { enumValues { name } }
  Severity: __type(name: "Severity") { enumValues { name } }
  GapStatus: __type(name: "GapStatus") { enumValues { name } }
}`);

/** An element as a reference: enough to name it and select it. */
export const REF = /* GraphQL */ `fragment Ref on Node { id label name }`;

/**
 * Everything the details panel shows, and the writable properties an undo
 * needs. \`kind\` and a gap's \`status\` differ in type between the element
 * types, so GraphQL wants them aliased; \`normalizeNode\` puts them back.
 */
export const NODE = op<Op.NodeQuery, Op.NodeQueryVariables>(/* GraphQL */ `query Node($id: ID!) {
  node(id: $id) {
    id label name description source sourceNote createdAt createdBy updatedAt updatedBy
    ... on Actor {
      actorKind: kind principal shortName code
      partOf { ...Ref } parts { ...Ref } provides { ...Ref } orders { ...Ref }
      participations { role source forum { ...Ref status } }
      convenes { ...Ref } pairedWith { ...Ref } owns { ...Ref } forums: coveredBy { ...Ref status }
      estimates { count year source targetGroup { ...Ref } }
      gaps { ...Ref }
    }
    ... on CareLevel { careLevelKind: kind principal providers { ...Ref } forums { ...Ref status } initiatives { ...Ref } gaps { ...Ref } }
    ... on Forum {
      forumKind: kind systemLevel status mandate meetingFrequency crossesBoundary topLevel plannedStart startDate endDate
      participants { role source actor { ...Ref principal } }
      convenedBy { ...Ref } reportsTo { ...Ref } reportingForums { ...Ref }
      careLevels { ...Ref } areas { ...Ref } targetGroups { ...Ref } initiatives { ...Ref } owns { ...Ref } addresses { ...Ref }
    }
    ... on TargetGroup { definition estimates { count year source area { ...Ref } } forums { ...Ref status } initiatives { ...Ref } gaps { ...Ref } }
    ... on Initiative {
      initiativeKind: kind status startDate endDate
      owners { ...Ref } members { ...Ref } careLevels { ...Ref } areas { ...Ref } targetGroups { ...Ref } addresses { ...Ref }
    }
    ... on Gap { gapKind: kind severity gapStatus: status evidence ruleId findingKey between { ...Ref } affects { ...Ref } addressedBy { ...Ref } }
  }
}
${REF}`);

export const SEARCH = op<Op.SearchQuery, Op.SearchQueryVariables>(/* GraphQL */ `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { score node { id label name } } }`);

export const APPLY = op<Op.ApplyMutation, Op.ApplyMutationVariables>(/* GraphQL */ `mutation Apply($changes: [ChangeInput!]!) {
  applyChanges(changes: $changes) { version results { node { id label name updatedAt } relationship { id type } } }
}`);

/** The forums a bulk change is about, as they stand: each one's version (what its update is based on) and what the form can change. */
export const BULK_FORUMS = op<Op.BulkForumsQuery, Op.BulkForumsQueryVariables>(/* GraphQL */ `query BulkForums($ids: [ID!]!) {
  nodes(ids: $ids) { id name updatedAt ... on Forum { status plannedStart startDate endDate careLevels { id } } }
}`);

export const SAVED_VIEWS = op<Op.ViewsQuery, Op.ViewsQueryVariables>(/* GraphQL */ `query Views { savedViews { id name state updatedAt updatedBy } }`);
export const SAVE_VIEW = op<Op.SaveViewMutation, Op.SaveViewMutationVariables>(/* GraphQL */ `mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name state updatedAt updatedBy } }`);
export const DELETE_VIEW = op<Op.DeleteViewMutation, Op.DeleteViewMutationVariables>(/* GraphQL */ `mutation DeleteView($id: ID!) { deleteView(id: $id) { id deleted } }`);

// ---- read-only links (#18: views panel) ----
export const SHARE_LINKS = op<Op.ShareLinksQuery, Op.ShareLinksQueryVariables>(/* GraphQL */ `query ShareLinks { shareLinks { id viewId presentationId createdBy createdAt expiresAt revokedAt uses lastUsedAt } }`);
export const CREATE_SHARE_LINK = op<Op.CreateShareLinkMutation, Op.CreateShareLinkMutationVariables>(/* GraphQL */ `mutation CreateShareLink($viewId: ID, $presentationId: ID, $expiresAt: DateTime) {
  createShareLink(viewId: $viewId, presentationId: $presentationId, expiresAt: $expiresAt) { token path link { id viewId presentationId createdBy createdAt expiresAt revokedAt uses lastUsedAt } }
}`);
export const REVOKE_SHARE_LINK = op<Op.RevokeShareLinkMutation, Op.RevokeShareLinkMutationVariables>(/* GraphQL */ `mutation RevokeShareLink($id: ID!) { revokeShareLink(id: $id) { id viewId presentationId createdBy createdAt expiresAt revokedAt uses lastUsedAt } }`);
// ---- end read-only links ----
// ---- presentations (#18) ----
const PRESENTATION_FIELDS = /* GraphQL */ `fragment PresentationFields on Presentation { id name updatedAt updatedBy slides { viewId caption view { id name state } } }`;
export const PRESENTATIONS = op<Op.PresentationsQuery, Op.PresentationsQueryVariables>(/* GraphQL */ `query Presentations { presentations { ...PresentationFields } }
${PRESENTATION_FIELDS}`);
export const CREATE_PRESENTATION = op<Op.CreatePresentationMutation, Op.CreatePresentationMutationVariables>(/* GraphQL */ `mutation CreatePresentation($input: PresentationInput!) { createPresentation(input: $input) { ...PresentationFields } }
${PRESENTATION_FIELDS}`);
export const DELETE_PRESENTATION = op<Op.DeletePresentationMutation, Op.DeletePresentationMutationVariables>(/* GraphQL */ `mutation DeletePresentation($id: ID!, $expectedVersion: DateTime) { deletePresentation(id: $id, expectedVersion: $expectedVersion) { id deleted } }`);
// ---- end presentations ----

const FINDING = /* GraphQL */ `fragment FindingFields on Finding { key ruleId kind severity title { sv en } explanation { sv en } evidenceIds
  scope { kind ids } between { ...Ref } affects { ...Ref } remedies { ...Ref } areas { ...Ref }
  estimate { count year source } dismissal { reason at by } recordedGap { id name } }`;

export const GAP_ANALYSIS = op<Op.GapsQuery, Op.GapsQueryVariables>(/* GraphQL */ `query Gaps($scope: ID, $asOf: Date, $includeDismissed: Boolean) {
  gapAnalysis(scope: $scope, asOf: $asOf, includeDismissed: $includeDismissed) {
    asOf today total dismissedCount version findings { ...FindingFields }
  }
}
${FINDING}
${REF}`);

export const PROMOTE = op<Op.PromoteMutation, Op.PromoteMutationVariables>(/* GraphQL */ `mutation Promote($key: String!, $asOf: Date) { promoteFinding(key: $key, asOf: $asOf) { id name } }`);
export const DISMISS = op<Op.DismissMutation, Op.DismissMutationVariables>(/* GraphQL */ `mutation Dismiss($key: String!, $reason: String!) { dismissFinding(key: $key, reason: $reason) { key } }`);
export const UNDISMISS = op<Op.UndismissMutation, Op.UndismissMutationVariables>(/* GraphQL */ `mutation Undismiss($key: String!) { undismissFinding(key: $key) { key undismissed } }`);
export const TRANSITION = op<Op.TransitionMutation, Op.TransitionMutationVariables>(/* GraphQL */ `mutation Transition($id: ID!, $status: GapStatus!) { transitionGap(id: $id, status: $status) { id status updatedAt } }`);

export const COVERAGE = op<Op.CoverageQuery, Op.CoverageQueryVariables>(/* GraphQL */ `query Coverage($asOf: Date, $columns: CoverageColumns!) {
  coverage(rows: MUNICIPALITIES, columns: $columns, asOf: $asOf) {
    asOf columns { key label { sv en } systemLevel }
    rows { area { id name } cells { column state count text { sv en } active { id } planned { id } related { id } findingKey } }
    totals { covered plannedOnly none }
  }
}`);

/**
 * Every change to the map from now on, over the WebSocket (web/src/live.ts):
 * who made it and what, so the page can catch up and say so.
 */
export const MAP_CHANGED = op<Op.MapChangedSubscription, Op.MapChangedSubscriptionVariables>(/* GraphQL */ `subscription MapChanged {
  mapChanged { version count by byNames missed changes { seq at by op id label type name from to } }
}`);

/** The details answer with `kind` and `status` under their own names again. */
export function normalizeNode<T extends Record<string, unknown>>(n: T | null): T | null {
  if (!n) return n;
  const out: Record<string, unknown> = { ...n };
  for (const alias of ['actorKind', 'careLevelKind', 'forumKind', 'initiativeKind', 'gapKind']) {
    if (alias in out) {
      out.kind = out[alias];
      delete out[alias];
    }
  }
  if ('gapStatus' in out) {
    out.status = out.gapStatus;
    delete out.gapStatus;
  }
  return out as T;
}

// ---- the area report (web/report.html, web/src/report/) ----------------------

/** What the report needs to know of the area first: is it a municipality or a county part. */
export const REPORT_AREA = op<Op.ReportAreaQuery, Op.ReportAreaQueryVariables>(/* GraphQL */ `query ReportArea($id: ID!) {
  node(id: $id) { id label name ... on Actor { actorKind: kind partOf { id name actorKind: kind } } }
}`);

const REPORT_FORUM = /* GraphQL */ `fragment ReportForum on Forum {
  id name systemLevel status mandate plannedStart startDate endDate crossesBoundary areas { id name }
  participants { role actor { id name principal } }
}`;

/**
 * Everything of one area a local collaboration group brings to its meeting: the
 * forums covering it, its initiatives and gaps, its findings, its row of coverage.
 */
export const AREA_REPORT = op<Op.AreaReportQuery, Op.AreaReportQueryVariables>(/* GraphQL */ `query AreaReport($area: ID!, $municipality: ID, $countyPart: ID, $rows: CoverageRows!, $asOf: Date) {
  forums(filter: { municipality: $municipality, countyPart: $countyPart }, first: 500) { totalCount nodes { ...ReportForum } }
  initiatives(filter: { municipality: $municipality, countyPart: $countyPart }, first: 500) {
    totalCount nodes { id name status startDate endDate }
  }
  gaps(filter: { municipality: $municipality, countyPart: $countyPart }, first: 500) {
    totalCount nodes { id name severity status between { id name } addressedBy { id name } }
  }
  gapAnalysis(scope: $area, asOf: $asOf) { asOf today total findings { key severity title { sv en } } }
  levels: coverage(rows: $rows, columns: SYSTEM_LEVELS, asOf: $asOf) { ...ReportCoverage }
  handovers: coverage(rows: $rows, columns: HANDOVERS, asOf: $asOf) { ...ReportCoverage }
}
fragment ReportCoverage on CoverageMatrix {
  columns { key label { sv en } }
  rows { area { id } cells { column state text { sv en } active { id label } planned { id label } } }
}
${REPORT_FORUM}`);

/**
 * The report's second step: the forums that cover the area from further up (its
 * county part, the region), which coverage counts but the area's own list does
 * not hold, and the findings that open and close up to the plan's horizon.
 */
export const REPORT_MORE = op<Op.ReportMoreQuery, Op.ReportMoreQueryVariables>(/* GraphQL */ `query ReportMore($area: ID!, $ids: [ID!]!, $asOf: Date, $compareTo: Date) {
  nodes(ids: $ids) { ...ReportForum }
  gapAnalysis(scope: $area, asOf: $asOf, compareTo: $compareTo) { comparison { opened { title { sv en } } closed { title { sv en } } } }
}
${REPORT_FORUM}`);
