// The GraphQL documents the map sends. One place, so the API a page depends on is easy to see.

export const MAP_NODE_FIELDS = `id label name kind principal status systemLevel severity plannedStart startDate endDate countyPart`;
export const MAP_EDGE_FIELDS = `id type source target role count year`;

/** The map's fields of the `graph` field: GET /api/map gives at least these (test/api/map-document.test.ts checks it). */
export const GRAPH = `query MapGraph { graph { version nodes { ${MAP_NODE_FIELDS} } edges { ${MAP_EDGE_FIELDS} } } }`;

export const LAYOUT = `query Layout($key: ID) { mapLayout(key: $key) { key positions { id x y } updatedAt } }`;

export const SAVE_LAYOUT = `mutation SaveLayout($key: ID, $positions: [NodePositionInput!]!, $replace: Boolean) {
  saveMapLayout(key: $key, positions: $positions, replace: $replace) { key updatedAt }
}`;

/** Every enum a form offers, straight from the schema (no list written twice). */
export const ENUMS = `query Enums {
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
}`;

const REF = `id label name`;

/**
 * Everything the details panel shows, and the writable properties an undo
 * needs. \`kind\` and a gap's \`status\` differ in type between the element
 * types, so GraphQL wants them aliased; \`normalizeNode\` puts them back.
 */
export const NODE = `query Node($id: ID!) {
  node(id: $id) {
    id label name description source sourceNote createdAt createdBy updatedAt updatedBy
    ... on Actor {
      actorKind: kind principal shortName code
      partOf { ${REF} } parts { ${REF} } provides { ${REF} } orders { ${REF} }
      participations { role source forum { ${REF} status } }
      convenes { ${REF} } pairedWith { ${REF} } owns { ${REF} } forums: coveredBy { ${REF} status }
      estimates { count year source targetGroup { ${REF} } }
      gaps { ${REF} }
    }
    ... on CareLevel { careLevelKind: kind principal providers { ${REF} } forums { ${REF} status } initiatives { ${REF} } gaps { ${REF} } }
    ... on Forum {
      forumKind: kind systemLevel status mandate meetingFrequency crossesBoundary topLevel plannedStart startDate endDate
      participants { role source actor { ${REF} principal } }
      convenedBy { ${REF} } reportsTo { ${REF} } reportingForums { ${REF} }
      careLevels { ${REF} } areas { ${REF} } targetGroups { ${REF} } initiatives { ${REF} } owns { ${REF} } addresses { ${REF} }
    }
    ... on TargetGroup { definition estimates { count year source area { ${REF} } } forums { ${REF} status } initiatives { ${REF} } gaps { ${REF} } }
    ... on Initiative {
      initiativeKind: kind status startDate endDate
      owners { ${REF} } members { ${REF} } careLevels { ${REF} } areas { ${REF} } targetGroups { ${REF} } addresses { ${REF} }
    }
    ... on Gap { gapKind: kind severity gapStatus: status evidence ruleId findingKey between { ${REF} } affects { ${REF} } addressedBy { ${REF} } }
  }
}`;

export const SEARCH = `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { score node { id label name } } }`;

export const APPLY = `mutation Apply($changes: [ChangeInput!]!) {
  applyChanges(changes: $changes) { version results { node { id label name } relationship { id type } } }
}`;

export const SAVED_VIEWS = `query Views { savedViews { id name state updatedAt updatedBy } }`;
export const SAVE_VIEW = `mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name state updatedAt updatedBy } }`;
export const DELETE_VIEW = `mutation DeleteView($id: ID!) { deleteView(id: $id) { id deleted } }`;

const FINDING = `key ruleId kind severity title { sv en } explanation { sv en } evidenceIds
  scope { kind ids } between { ${REF} } affects { ${REF} } remedies { ${REF} } areas { ${REF} }
  estimate { count year source } dismissal { reason at by } recordedGap { id name }`;

export const GAP_ANALYSIS = `query Gaps($scope: ID, $asOf: Date, $includeDismissed: Boolean) {
  gapAnalysis(scope: $scope, asOf: $asOf, includeDismissed: $includeDismissed) {
    asOf today total dismissedCount version findings { ${FINDING} }
  }
}`;

export const PROMOTE = `mutation Promote($key: String!, $asOf: Date) { promoteFinding(key: $key, asOf: $asOf) { id name } }`;
export const DISMISS = `mutation Dismiss($key: String!, $reason: String!) { dismissFinding(key: $key, reason: $reason) { key } }`;
export const UNDISMISS = `mutation Undismiss($key: String!) { undismissFinding(key: $key) { key undismissed } }`;
export const TRANSITION = `mutation Transition($id: ID!, $status: GapStatus!) { transitionGap(id: $id, status: $status) { id status } }`;

export const COVERAGE = `query Coverage($asOf: Date, $columns: CoverageColumns!) {
  coverage(rows: MUNICIPALITIES, columns: $columns, asOf: $asOf) {
    asOf columns { key label { sv en } systemLevel }
    rows { area { id name } cells { column state count text { sv en } active { id } planned { id } related { id } findingKey } }
    totals { covered plannedOnly none }
  }
}`;

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
