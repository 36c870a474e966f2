// The domain's closed vocabularies, once. The GraphQL SDL repeats the values
// (SDL is the API contract); test/schema/enums.test.ts proves the two agree.
import { z } from 'zod';

/** Node labels: the six kinds of element on the map. */
export const NodeLabel = z.enum(['Actor', 'CareLevel', 'Forum', 'TargetGroup', 'Initiative', 'Gap']);
export type NodeLabel = z.infer<typeof NodeLabel>;

/** The enum naming each node type's kinds (a target group has none). */
export const KIND_ENUM_OF = {
  Actor: 'ActorKind', CareLevel: 'CareLevelKind', Forum: 'ForumKind', TargetGroup: null, Initiative: 'InitiativeKind', Gap: 'GapKind',
} as const satisfies Record<NodeLabel, string | null>;

/** Huvudman: who is ultimately responsible for an actor or care level. */
export const Principal = z.enum(['REGION', 'MUNICIPALITY', 'PRIVATE', 'STATE', 'CIVIL_SOCIETY']);
export type Principal = z.infer<typeof Principal>;

export const ActorKind = z.enum([
  'REGION', // region
  'MUNICIPALITY', // kommun
  'COMMITTEE', // nämnd (RS, HSN, RUN)
  'MANAGEMENT_GROUP', // ledningsgrupp (CLG)
  'ADMINISTRATION', // förvaltning (HSF)
  'COUNTY_PART', // närsjukvårdsområde / länsdel
  'HEALTH_CENTRE', // hälsocentral
  'COTTAGE_HOSPITAL', // sjukstuga (a health centre with beds)
  'HOSPITAL', // sjukhus
  'CLINIC', // klinik / mottagning
  'HOME_CARE', // kommunal hemsjukvård
  'SOCIAL_SERVICES', // socialtjänst / äldreomsorg
  'SCHOOL', // skola / elevhälsa
  'PRIVATE_PROVIDER', // privat vårdgivare
  'PATIENT_ORGANISATION', // patient- och brukarorganisation
  'TEAM', // team, e.g. a mobile team
  'ROLE', // roll: MAS, MAR, verksamhetschef
  'OTHER',
]);
export type ActorKind = z.infer<typeof ActorKind>;

/** Vårdnivå. */
export const CareLevelKind = z.enum([
  'PRIMARY_CARE', // primärvård (regional)
  'MUNICIPAL_PRIMARY_CARE', // kommunal primärvård: hemsjukvård, särskilt boende, LSS
  'SPECIALISED_OUTPATIENT', // specialiserad öppenvård
  'SPECIALISED_INPATIENT', // specialiserad slutenvård
  'EMERGENCY', // akutsjukvård
  'AMBULANCE', // ambulanssjukvård
  'SPECIALISED_HOME', // specialiserad vård i hemmet
  'SOCIAL_CARE', // omsorg
]);
export type CareLevelKind = z.infer<typeof CareLevelKind>;

/** Systemnivå: makro (strategic), meso (tactical), mikro (operational). */
export const SystemLevel = z.enum(['MACRO', 'MESO', 'MICRO']);
export type SystemLevel = z.infer<typeof SystemLevel>;

/** Status of a forum or an initiative. */
export const Status = z.enum(['PLANNED', 'ACTIVE', 'PAUSED', 'ENDED']);
export type Status = z.infer<typeof Status>;

export const ForumKind = z.enum([
  'COLLABORATION_GROUP', // samverkansgrupp (län, länsdel, lokal)
  'LEADERSHIP_SEMINAR', // ledningsseminarium
  'STEERING_GROUP', // styrgrupp
  'WORKING_GROUP', // arbetsgrupp
  'PREPARATION_GROUP', // beredningsgrupp
  'MANAGEMENT_GROUP', // ledningsgrupp
  'TEAM', // samarbetsteam, samordningsteam
  'NETWORK', // nätverk
  'OTHER',
]);
export type ForumKind = z.infer<typeof ForumKind>;

/** What a forum may do. */
export const Mandate = z.enum(['DECIDES', 'ADVISES', 'COORDINATES', 'INFORMS']);
export type Mandate = z.infer<typeof Mandate>;

export const MeetingFrequency = z.enum(['WEEKLY', 'BIWEEKLY', 'MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'BIANNUAL', 'ANNUAL', 'AD_HOC']);
export type MeetingFrequency = z.infer<typeof MeetingFrequency>;

export const ParticipationRole = z.enum(['CHAIR', 'CO_CHAIR', 'MEMBER', 'SECRETARY', 'ADJUNCT']);
export type ParticipationRole = z.infer<typeof ParticipationRole>;

export const InitiativeKind = z.enum(['DEVELOPMENT_AREA', 'FLOW_IMPROVEMENT', 'PROJECT']);
export type InitiativeKind = z.infer<typeof InitiativeKind>;

/** Tyrstrup's kinds of organisational gap, plus the hand-over between care levels. */
export const GapKind = z.enum(['RESPONSIBILITY', 'MANDATE', 'AMBITION', 'COMPETENCE', 'INFORMATION', 'HANDOVER']);
export type GapKind = z.infer<typeof GapKind>;

export const Severity = z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
export type Severity = z.infer<typeof Severity>;

export const GapStatus = z.enum(['IDENTIFIED', 'ANALYSED', 'BEING_ADDRESSED', 'CLOSED']);
export type GapStatus = z.infer<typeof GapStatus>;

/** Relationship types. Their endpoints are fixed in `relationships.ts`. */
export const RelType = z.enum([
  'PART_OF', // Actor → Actor: hierarchy (health centre → county part → region)
  'PROVIDES', // Actor → CareLevel: runs (driver) care at that level
  'ORDERS', // Actor → CareLevel: orders (beställer) care at that level, e.g. RS orders primary care
  'PARTICIPATES_IN', // Actor → Forum, with a role
  'CONVENES', // Actor → Forum: sammankallande
  'REPORTS_TO', // Forum → Forum
  'SPANS', // Forum | Initiative → CareLevel
  'COVERS', // Forum | Initiative → Actor (an area: region, county part, municipality)
  'SERVES', // Forum | Initiative → TargetGroup
  'OWNS', // Actor | Forum → Initiative
  'BELONGS_TO', // Forum | Actor → Initiative: a forum set up within it, a pilot municipality taking part
  'ADDRESSES', // Forum | Initiative → Gap
  'BETWEEN', // Gap → Actor | CareLevel
  'AFFECTS', // Gap → TargetGroup
  'PAIRED_WITH', // Actor ↔ Actor: parhästar across the region–municipality boundary
  'ESTIMATE', // TargetGroup → Actor (municipality or county part): population estimate
]);
export type RelType = z.infer<typeof RelType>;

// ---- the analysis API's vocabularies --------------------------------------

/** Rows of a coverage matrix (and where hand-overs are checked). */
export const CoverageRows = z.enum(['MUNICIPALITIES', 'COUNTY_PARTS']);
export type CoverageRows = z.infer<typeof CoverageRows>;

/** Columns of a coverage matrix. */
export const CoverageColumns = z.enum(['SYSTEM_LEVELS', 'HANDOVERS', 'TARGET_GROUPS']);
export type CoverageColumns = z.infer<typeof CoverageColumns>;

/** COVERED: an active forum or initiative answers; PLANNED_ONLY: only planned ones would; NONE: nothing does. */
export const CoverageState = z.enum(['COVERED', 'PLANNED_ONLY', 'NONE']);
export type CoverageState = z.infer<typeof CoverageState>;

/** What a finding is about. */
export const FindingScopeKind = z.enum(['MUNICIPALITY', 'COUNTY_PART', 'FORUM', 'ACTOR']);
export type FindingScopeKind = z.infer<typeof FindingScopeKind>;

// ---- lists ---------------------------------------------------------------------

/** What a list can be ordered by: the name (Swedish collation), or when the element was created or last changed. */
export const NodeOrderField = z.enum(['NAME', 'CREATED_AT', 'UPDATED_AT']);
export type NodeOrderField = z.infer<typeof NodeOrderField>;

export const OrderDirection = z.enum(['ASC', 'DESC']);
export type OrderDirection = z.infer<typeof OrderDirection>;

// ---- aggregates: what each list can be counted by (groupCounts) -------------------
// A property (its values) or what the list's filters follow: the area an
// element is tied to (a municipality directly, a county part at any depth),
// its care levels, its target groups.

export const ActorGroupBy = z.enum(['KIND', 'PRINCIPAL', 'COUNTY_PART', 'MUNICIPALITY', 'CARE_LEVEL']);
export type ActorGroupBy = z.infer<typeof ActorGroupBy>;
export const CareLevelGroupBy = z.enum(['KIND', 'PRINCIPAL']);
export type CareLevelGroupBy = z.infer<typeof CareLevelGroupBy>;
export const ForumGroupBy = z.enum(['KIND', 'STATUS', 'SYSTEM_LEVEL', 'MANDATE', 'COUNTY_PART', 'MUNICIPALITY', 'CARE_LEVEL', 'TARGET_GROUP']);
export type ForumGroupBy = z.infer<typeof ForumGroupBy>;
export const TargetGroupGroupBy = z.enum(['COUNTY_PART', 'MUNICIPALITY']);
export type TargetGroupGroupBy = z.infer<typeof TargetGroupGroupBy>;
export const InitiativeGroupBy = z.enum(['KIND', 'STATUS', 'COUNTY_PART', 'MUNICIPALITY', 'CARE_LEVEL', 'TARGET_GROUP']);
export type InitiativeGroupBy = z.infer<typeof InitiativeGroupBy>;
export const GapGroupBy = z.enum(['KIND', 'SEVERITY', 'STATUS', 'COUNTY_PART', 'MUNICIPALITY', 'CARE_LEVEL', 'TARGET_GROUP']);
export type GapGroupBy = z.infer<typeof GapGroupBy>;

// ---- sources ------------------------------------------------------------------

/** What a fact's `source` is: a catalogued document, illustrative, synthetic, or a reference given as text. */
export const SourceKind = z.enum(['DOCUMENT', 'ILLUSTRATIVE', 'SYNTHETIC', 'REFERENCE']);
export type SourceKind = z.infer<typeof SourceKind>;

// ---- relationships and search --------------------------------------------------

/** Which way an element's relationships are asked for: leaving it, arriving at it, or both. */
export const RelationshipDirection = z.enum(['OUT', 'IN', 'BOTH']);
export type RelationshipDirection = z.infer<typeof RelationshipDirection>;

/** The fields search reads (server/store/shared.ts SEARCH_FIELDS, upper-cased). */
export const SearchField = z.enum(['NAME', 'DESCRIPTION', 'EVIDENCE']);
export type SearchField = z.infer<typeof SearchField>;

// ---- people ------------------------------------------------------------------

/** VIEWER reads; EDITOR writes within its scopes; ADMIN does everything and manages users and tokens. */
export const Role = z.enum(['VIEWER', 'EDITOR', 'ADMIN']);
export type Role = z.infer<typeof Role>;

/** Every enum the SDL must mirror, by its GraphQL type name. */
export const sdlEnums = {
  NodeLabel,
  Principal,
  ActorKind,
  CareLevelKind,
  SystemLevel,
  Status,
  ForumKind,
  Mandate,
  MeetingFrequency,
  ParticipationRole,
  InitiativeKind,
  GapKind,
  Severity,
  GapStatus,
  RelType,
  CoverageRows,
  CoverageColumns,
  CoverageState,
  FindingScopeKind,
  NodeOrderField,
  OrderDirection,
  ActorGroupBy,
  CareLevelGroupBy,
  ForumGroupBy,
  TargetGroupGroupBy,
  InitiativeGroupBy,
  GapGroupBy,
  SourceKind,
  RelationshipDirection,
  SearchField,
  Role,
} as const;
