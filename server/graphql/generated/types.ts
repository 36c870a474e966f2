// Generated from schema/graphql/*.graphql by `npm run codegen` (codegen.ts); do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorParent, CareLevelParent, ForumParent, TargetGroupParent, InitiativeParent, GapParent, RelationshipParent, ParticipationParent, PopulationEstimateParent, ActorConnectionParent, CareLevelConnectionParent, ForumConnectionParent, TargetGroupConnectionParent, InitiativeConnectionParent, GapConnectionParent, ChangeResultParent, GapAnalysisParent, GapComparisonParent, FindingParent, CoverageMatrixParent, CoverageColumnParent, CoverageRowParent, CoverageCellParent, CollaborationPathParent, SourceParent, GapRuleParent, GraphParent, MapNodeParent } from '../parents.ts';
import type { GqlContext } from '../context.ts';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD` (ISO 8601), e.g. `2024-09-01`. */
  Date: { input: string; output: string; }
  /** A moment in time, ISO 8601 with its offset, e.g. `2024-09-01T08:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** Any JSON value (an object, a list, a string, a number, a boolean or null). */
  JSON: { input: unknown; output: unknown; }
};

/** Aktör: an organisation, unit or role. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Official code, e.g. a municipality's kommunkod (`2480` for Umeå). */
  code?: Maybe<Scalars['String']['output']>;
  /** Forums it convenes (sammankallar). */
  convenes: Array<Forum>;
  /** The forums covering this area (a municipality, county part or region). */
  coveredBy: Array<Forum>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Population estimates of target groups in this area. */
  estimates: Array<PopulationEstimate>;
  /**
   * Forums covering this area.
   * @deprecated The name misled: these are the forums covering this area (coveredBy); for the forums this actor takes part in, use participatesIn.
   */
  forums: Array<Forum>;
  /** Recorded gaps that lie between this actor and others. */
  gaps: Array<Gap>;
  /** Stable id, e.g. `kommun-vindeln` or `lansdel-umea`. */
  id: Scalars['ID']['output'];
  /** Initiatives it takes part in, e.g. as a pilot municipality (BELONGS_TO). */
  initiatives: Array<Initiative>;
  /** What kind of organisation, unit or role it is. */
  kind: ActorKind;
  /** Always `Actor`. */
  label: NodeLabel;
  /** Its name, e.g. `Vindelns kommun`, `Hälso- och sjukvårdsnämnden`. */
  name: Scalars['String']['output'];
  /** Care levels it orders. */
  orders: Array<CareLevel>;
  /** Initiatives it owns. */
  owns: Array<Initiative>;
  /** Parhästar: counterparts across the region–municipality boundary. */
  pairedWith: Array<Actor>;
  /** What this actor is part of (a municipality's county part, a county part's region). */
  partOf: Array<Actor>;
  /** The forums this actor takes part in (deltar i), whatever its role. */
  participatesIn: Array<Forum>;
  /** Its participations (deltaganden): each forum it takes part in, with its role there. */
  participations: Array<Participation>;
  /** What is part of this actor. */
  parts: Array<Actor>;
  /** Who is responsible for it (huvudman). */
  principal: Principal;
  /** Care levels it runs. */
  provides: Array<CareLevel>;
  /** Its relationships, each with its type, both ends and its source; all when `types` is left out. */
  relationships: Array<Relationship>;
  /** Short name or abbreviation, e.g. `RS`, `HSN`, `CLG`. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** A seed document id, `illustrative`, or where the fact was found. */
  source: Scalars['String']['output'];
  /** The source this actor's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};


/** Aktör: an organisation, unit or role. */
export type ActorRelationshipsArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<RelType>>;
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The whole list (every page, the same filter) counted by group: property groups in the enum's order, relationship groups by name (Swedish collation). */
  groupCounts: Array<GroupCount>;
  /** The actors on this page. */
  nodes: Array<Actor>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many actors match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of actors. */
export type ActorConnectionGroupCountsArgs = {
  by: ActorGroupBy;
};

/**
 * Area filters: `municipality` keeps what is tied directly to it; `countyPart`
 * keeps what is tied to the county part or to anything that is part of it.
 * The fields of a filter combine with AND; the values in one list with OR.
 */
export type ActorFilter = {
  /** Actors that run this care level. */
  careLevel?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors that are part of this county part (its id), at any depth. */
  countyPart?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kind?: InputMaybe<Array<ActorKind>>;
  /** Only actors that are part of this municipality (its id), e.g. its home health care. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors with these principals. */
  principal?: InputMaybe<Array<Principal>>;
  /** Only actors matching every word of this text, by the rules of `search`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What actors can be counted by. */
export type ActorGroupBy =
  /** The care levels they run: as the `careLevel` filter keeps them. */
  | 'CARE_LEVEL'
  /** The county part (länsdel) they are part of, at any depth: as the `countyPart` filter keeps them. */
  | 'COUNTY_PART'
  /** Their kind: one group per ActorKind, empty ones included. */
  | 'KIND'
  /** The municipality they are directly part of (e.g. a municipality's home health care): as the `municipality` filter keeps them. */
  | 'MUNICIPALITY'
  /** Their principal (huvudman): one group per Principal, empty ones included. */
  | 'PRINCIPAL';

/** A new actor (aktör). */
export type ActorInput = {
  /** Official code, e.g. a kommunkod. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A stable key; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of organisation, unit or role it is. */
  kind: ActorKind;
  /** Its name, e.g. `Vindelns kommun`. */
  name: Scalars['String']['input'];
  /** Who is responsible for it (huvudman). */
  principal: Principal;
  /** Short name or abbreviation, e.g. `HSN`. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of organisation, unit or role an actor is. */
export type ActorKind =
  /** An administration (förvaltning), e.g. the health-care administration HSF. */
  | 'ADMINISTRATION'
  /** A clinic or outpatient unit (klinik, mottagning). */
  | 'CLINIC'
  /** A political committee (nämnd), e.g. RS, HSN, RUN. */
  | 'COMMITTEE'
  /** A cottage hospital (sjukstuga): a health centre with beds. */
  | 'COTTAGE_HOSPITAL'
  /** A county part (länsdel, närsjukvårdsområde): Umeå, Skellefteå, Södra Lappland. */
  | 'COUNTY_PART'
  /** A health centre (hälsocentral), regional or private. */
  | 'HEALTH_CENTRE'
  /** Municipal home health care (kommunal hemsjukvård). */
  | 'HOME_CARE'
  /** A hospital (sjukhus). */
  | 'HOSPITAL'
  /** A management group (ledningsgrupp), e.g. the region's central management group CLG. */
  | 'MANAGEMENT_GROUP'
  /** A municipality (kommun). */
  | 'MUNICIPALITY'
  /** Any other kind (annan). */
  | 'OTHER'
  /** A patient or user organisation (patient- och brukarorganisation). */
  | 'PATIENT_ORGANISATION'
  /** A private care provider (privat vårdgivare). */
  | 'PRIVATE_PROVIDER'
  /** A region (region), e.g. Region Västerbotten. */
  | 'REGION'
  /** A role held by a person, e.g. MAS, MAR, verksamhetschef. */
  | 'ROLE'
  /** A school or its pupil health service (skola, elevhälsa). */
  | 'SCHOOL'
  /** Social services and elderly care (socialtjänst, äldreomsorg). */
  | 'SOCIAL_SERVICES'
  /** A team, e.g. a mobile team. */
  | 'TEAM';

/** Only the fields given change; `null` removes an optional field. */
export type ActorPatch = {
  /** A new code; null removes it. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** A new description; null removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new kind. */
  kind?: InputMaybe<ActorKind>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new principal. */
  principal?: InputMaybe<Principal>;
  /** A new short name; null removes it. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** A new source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A new note on the source; null removes it. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

/** A population estimate behind a finding or a matrix cell. */
export type AnalysisEstimate = {
  __typename?: 'AnalysisEstimate';
  /** How many people (individer). */
  count: Scalars['Int']['output'];
  /** Where the estimate comes from: a seed document id, `illustrative`, or a reference. */
  source: Scalars['String']['output'];
  /** The year the estimate is for. */
  year: Scalars['Int']['output'];
};

/** An API token for scripts and analysts' tools (send it as `Authorization: Bearer <token>`). Its secret is never shown again. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The token's id (part of the token itself). */
  id: Scalars['ID']['output'];
  /** What it is for, e.g. the script or tool that uses it. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it is valid. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user it acts as. */
  userId: Scalars['ID']['output'];
};

/** What `applyChanges` did. */
export type ApplyChangesResult = {
  __typename?: 'ApplyChangesResult';
  /** One result per change, in the order given. */
  results: Array<ChangeResult>;
  /** The store version after all the changes. */
  version: Scalars['Int']['output'];
};

/** Vårdnivå. */
export type CareLevel = Node & {
  __typename?: 'CareLevel';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Forums that span this care level. */
  forums: Array<Forum>;
  /** Recorded gaps that lie between this care level and others. */
  gaps: Array<Gap>;
  /** Stable id, e.g. `vn-primarvard`. */
  id: Scalars['ID']['output'];
  /** Initiatives that span this care level. */
  initiatives: Array<Initiative>;
  /** Which level of care it is. */
  kind: CareLevelKind;
  /** Always `CareLevel`. */
  label: NodeLabel;
  /** Its name, e.g. `Primärvård`, `Kommunal primärvård`. */
  name: Scalars['String']['output'];
  /** Actors that order care at this level, e.g. RS for primary care. */
  orderedBy: Array<Actor>;
  /** Who is responsible for care at this level (huvudman): the region or the municipalities. */
  principal: Principal;
  /** Actors that run care at this level. */
  providers: Array<Actor>;
  /** Its relationships, each with its type, both ends and its source; all when `types` is left out. */
  relationships: Array<Relationship>;
  /** A seed document id, `illustrative`, or where the fact was found. */
  source: Scalars['String']['output'];
  /** The source this care level's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};


/** Vårdnivå. */
export type CareLevelRelationshipsArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<RelType>>;
};

/** A page of care levels. */
export type CareLevelConnection = {
  __typename?: 'CareLevelConnection';
  /** The whole list (every page, the same filter) counted by group, in the enum's order. */
  groupCounts: Array<GroupCount>;
  /** The care levels on this page. */
  nodes: Array<CareLevel>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many care levels match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of care levels. */
export type CareLevelConnectionGroupCountsArgs = {
  by: CareLevelGroupBy;
};

/** Which care levels to list. The fields combine with AND; the values in one list with OR. */
export type CareLevelFilter = {
  /** Only these kinds. */
  kind?: InputMaybe<Array<CareLevelKind>>;
  /** Only care levels with these principals. */
  principal?: InputMaybe<Array<Principal>>;
  /** Only care levels matching every word of this text, by the rules of `search`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What care levels can be counted by. */
export type CareLevelGroupBy =
  /** Their kind: one group per CareLevelKind, empty ones included. */
  | 'KIND'
  /** Their principal (huvudman): one group per Principal, empty ones included. */
  | 'PRINCIPAL';

/** A new care level (vårdnivå). */
export type CareLevelInput = {
  /** Free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A stable key; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Which level of care it is. */
  kind: CareLevelKind;
  /** Its name, e.g. `Primärvård`. */
  name: Scalars['String']['input'];
  /** Who is responsible for care at this level (huvudman). */
  principal: Principal;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of a care level (vårdnivå). */
export type CareLevelKind =
  /** Ambulance care (ambulanssjukvård). */
  | 'AMBULANCE'
  /** Emergency care (akutsjukvård, akuten). */
  | 'EMERGENCY'
  /** Municipal primary care (kommunal primärvård): home health care, special housing (särskilt boende), LSS. */
  | 'MUNICIPAL_PRIMARY_CARE'
  /** Regional primary care (primärvård): health centres. */
  | 'PRIMARY_CARE'
  /** Social care (omsorg). */
  | 'SOCIAL_CARE'
  /** Specialised care in the home (specialiserad vård i hemmet). */
  | 'SPECIALISED_HOME'
  /** Specialised inpatient care (specialiserad slutenvård). */
  | 'SPECIALISED_INPATIENT'
  /** Specialised outpatient care (specialiserad öppenvård). */
  | 'SPECIALISED_OUTPATIENT';

/** Two care levels that hand patients over to each other. */
export type CareLevelPairInput = {
  /** One care level. */
  a: CareLevelKind;
  /** The other (a different one). */
  b: CareLevelKind;
};

/** Only the fields given change; `null` removes an optional field. */
export type CareLevelPatch = {
  /** A new description; null removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new kind. */
  kind?: InputMaybe<CareLevelKind>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new principal. */
  principal?: InputMaybe<Principal>;
  /** A new source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A new note on the source; null removes it. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

/** One entry of the audit trail. */
export type ChangeEntry = {
  __typename?: 'ChangeEntry';
  /** The element or relationship after the change; null when it was deleted. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The element or relationship before the change; null when it was created. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Who made it (a user id, or e.g. `seed` or `import`). */
  by: Scalars['String']['output'];
  /** create, update, delete, link or unlink. */
  op: Scalars['String']['output'];
  /** Its place in the trail: increases with every change. */
  seq: Scalars['Int']['output'];
  /** The element or relationship id. */
  target: Scalars['ID']['output'];
};

/** One change: set exactly one field. */
export type ChangeInput = {
  /** Creates an actor. */
  createActor?: InputMaybe<ActorInput>;
  /** Creates a care level. */
  createCareLevel?: InputMaybe<CareLevelInput>;
  /** Creates a forum. */
  createForum?: InputMaybe<ForumInput>;
  /** Records a gap. */
  createGap?: InputMaybe<GapInput>;
  /** Creates an initiative. */
  createInitiative?: InputMaybe<InitiativeInput>;
  /** Creates a target group. */
  createTargetGroup?: InputMaybe<TargetGroupInput>;
  /** Deletes any element (and its relationships). */
  delete?: InputMaybe<Scalars['ID']['input']>;
  /** Deletes an element (and its relationships) unless it has changed since the version given: CONFLICT then, and nothing in the list is written. */
  deleteExpected?: InputMaybe<DeleteInput>;
  /** Creates a relationship, or updates its properties. */
  link?: InputMaybe<LinkInput>;
  /** Removes a relationship. */
  unlink?: InputMaybe<UnlinkInput>;
  /** Changes an actor. */
  updateActor?: InputMaybe<UpdateActorInput>;
  /** Changes a care level. */
  updateCareLevel?: InputMaybe<UpdateCareLevelInput>;
  /** Changes a forum. */
  updateForum?: InputMaybe<UpdateForumInput>;
  /** Changes a recorded gap. */
  updateGap?: InputMaybe<UpdateGapInput>;
  /** Changes an initiative. */
  updateInitiative?: InputMaybe<UpdateInitiativeInput>;
  /** Changes a target group. */
  updateTargetGroup?: InputMaybe<UpdateTargetGroupInput>;
};

/** What one change of `applyChanges` did. */
export type ChangeResult = {
  __typename?: 'ChangeResult';
  /** The element created or updated (null for delete, link, unlink). */
  node?: Maybe<Node>;
  /** The relationship linked (null otherwise). */
  relationship?: Maybe<Relationship>;
};

/** One committed change, as the change log has it. */
export type ChangeSummary = {
  __typename?: 'ChangeSummary';
  /** When it was made. */
  at: Scalars['DateTime']['output'];
  /** Who made it. */
  by: Scalars['String']['output'];
  /** Where the relationship starts (for a relationship). */
  from?: Maybe<Scalars['ID']['output']>;
  /** The element's or relationship's id. */
  id: Scalars['ID']['output'];
  /** The element's kind (for an element). */
  label?: Maybe<NodeLabel>;
  /** The element's name (for an element). */
  name?: Maybe<Scalars['String']['output']>;
  /** create, update, delete, link or unlink. */
  op: Scalars['String']['output'];
  /** Its place in the change log. */
  seq: Scalars['Int']['output'];
  /** Where the relationship ends (for a relationship). */
  to?: Maybe<Scalars['ID']['output']>;
  /** The relationship's type (for a relationship). */
  type?: Maybe<RelType>;
};

/** The shortest chain of forums and actors linking two actors through forums active on a date. */
export type CollaborationPath = {
  __typename?: 'CollaborationPath';
  /** The date evaluated. */
  asOf: Scalars['Date']['output'];
  /** How many forums the chain passes through. */
  forumCount: Scalars['Int']['output'];
  /** True when a chain was found. */
  found: Scalars['Boolean']['output'];
  /** The actor the chain starts from. */
  from: Actor;
  /** What was found, or why nothing was. */
  message: LocalizedText;
  /** Actor, forum, actor, …, actor; empty when not found. */
  path: Array<Node>;
  /** The actor it leads to. */
  to: Actor;
};

/** One cell of a coverage matrix: one area and one column. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** Active forums or initiatives behind the cell. */
  active: Array<Node>;
  /** The column's key. */
  column: Scalars['String']['output'];
  /** How many active forums or initiatives make the cell COVERED. */
  count: Scalars['Int']['output'];
  /** The target group's estimated population in the area, for TARGET_GROUPS cells. */
  estimate?: Maybe<AnalysisEstimate>;
  /** The finding this cell shows, when its rule fires here. */
  findingKey?: Maybe<Scalars['String']['output']>;
  /** Planned ones that would cover it once they start. */
  planned: Array<Node>;
  /** Active ones that nearly count: a forum at the level only one side attends; an initiative spanning the hand-over. */
  related: Array<Node>;
  /** Covered, planned only, or not at all. */
  state: CoverageState;
  /** The cell as words: `Täckt (2)`, `Endast planerat (1)`, `Saknas · 2 311 individer`. */
  text: LocalizedText;
};

/** A column of a coverage matrix. */
export type CoverageColumn = {
  __typename?: 'CoverageColumn';
  /** The two care levels handing over, for HANDOVERS columns. */
  careLevels?: Maybe<Array<CareLevelKind>>;
  /** Its key, as each cell's `column`: a system level, a hand-over pair or a target group's id. */
  key: Scalars['String']['output'];
  /** Its heading. */
  label: LocalizedText;
  /** The system level, for SYSTEM_LEVELS columns. */
  systemLevel?: Maybe<SystemLevel>;
  /** The target group, for TARGET_GROUPS columns. */
  targetGroup?: Maybe<TargetGroup>;
};

/** Columns of a coverage matrix. */
export type CoverageColumns =
  /** One column per hand-over between two care levels: does a forum in the area span both? */
  | 'HANDOVERS'
  /** One column per system level (makro, meso, mikro): does the area share a forum with the region there? */
  | 'SYSTEM_LEVELS'
  /** One column per target group: does an active forum or initiative serve it where it has an estimated population? */
  | 'TARGET_GROUPS';

/** Areas × system levels, hand-overs or target groups: where a forum or initiative answers, and where nothing does. */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  /** The date evaluated. */
  asOf: Scalars['Date']['output'];
  /** What the columns are. */
  columnKind: CoverageColumns;
  /** The columns, in order. */
  columns: Array<CoverageColumn>;
  /** What the rows are. */
  rowKind: CoverageRows;
  /** The rows, one per area. */
  rows: Array<CoverageRow>;
  /** How many cells are in each state. */
  totals: CoverageTotals;
  /** The store version the answer was computed at. */
  version: Scalars['Int']['output'];
};

/** One row of a coverage matrix: an area and its cells. */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  /** The municipality or county part. */
  area: Actor;
  /** One cell per column, in the columns' order. */
  cells: Array<CoverageCell>;
};

/** Rows of a coverage matrix; also where hand-overs are checked. */
export type CoverageRows =
  /** One row per county part (länsdel). */
  | 'COUNTY_PARTS'
  /** One row per municipality (kommun). */
  | 'MUNICIPALITIES';

/** A cell's state, readable without colour: an active forum or initiative answers it (COVERED), only planned ones would (PLANNED_ONLY), or nothing does (NONE). */
export type CoverageState =
  /** An active forum or initiative answers the cell (täckt). */
  | 'COVERED'
  /** Nothing answers it: a gap (saknas). */
  | 'NONE'
  /** Only planned forums or initiatives would answer it, once they start (endast planerat). */
  | 'PLANNED_ONLY';

/** How many cells of a matrix are in each state. */
export type CoverageTotals = {
  __typename?: 'CoverageTotals';
  /** Cells COVERED. */
  covered: Scalars['Int']['output'];
  /** Cells NONE. */
  none: Scalars['Int']['output'];
  /** Cells PLANNED_ONLY. */
  plannedOnly: Scalars['Int']['output'];
};

/** An element to delete, in `applyChanges`, with the version the deletion is based on. */
export type DeleteInput = {
  /** Its version (`updatedAt`) when it was read. */
  expectedVersion: Scalars['DateTime']['input'];
  /** The element's id. */
  id: Scalars['ID']['input'];
};

/** What a delete did. */
export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** False when there was nothing with that id. */
  deleted: Scalars['Boolean']['output'];
  /** The id asked for. */
  id: Scalars['ID']['output'];
  /** The store version after the change. */
  version: Scalars['Int']['output'];
};

/** A finding set aside by a person, with the reason. Reversible (undismissFinding). */
export type Dismissal = {
  __typename?: 'Dismissal';
  /** When it was set aside. */
  at: Scalars['DateTime']['output'];
  /** Who set it aside (a user id). */
  by: Scalars['String']['output'];
  /** The finding's key. */
  key: Scalars['String']['output'];
  /** Why it was set aside. */
  reason: Scalars['String']['output'];
  /** The id of the rule behind the finding. */
  ruleId: Scalars['String']['output'];
};

/**
 * A target group's estimates summed over an area's parts for one year. The sum
 * takes, on each branch of the area's hierarchy (PART_OF, any depth), the most
 * detailed estimates there are: a part's own estimate counts only when nothing
 * below it has one, so nothing counts twice. The area's own estimate (a total a
 * document states) is not part of the sum; it is `stated`, with its own source.
 */
export type EstimateTotal = {
  __typename?: 'EstimateTotal';
  /** The area summed over: a region, county part or municipality. */
  area: Actor;
  /** The sum of `parts`; null when no part of the area has an estimate for the year. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The estimates summed, by area name (Swedish collation). */
  parts: Array<PopulationEstimate>;
  /** The estimate recorded for the area itself, e.g. a total a document states; null when there is none. It may differ from `count` when a part's figure is missing. */
  stated?: Maybe<PopulationEstimate>;
  /** The target group (målgrupp). */
  targetGroup: TargetGroup;
  /** The year of the estimates. */
  year: Scalars['Int']['output'];
};

/** A detected gap: one rule firing for one scope. */
export type Finding = {
  __typename?: 'Finding';
  /** The target groups the gap affects. */
  affects: Array<TargetGroup>;
  /** The areas the finding lies in (a forum's finding lies where the forum covers). */
  areas: Array<Actor>;
  /** The actors and care levels the gap lies between. */
  between: Array<Node>;
  /** Set when the finding is dismissed (shown only with includeDismissed). */
  dismissal?: Maybe<Dismissal>;
  /** The estimated population, for a target-group finding. */
  estimate?: Maybe<AnalysisEstimate>;
  /** The elements that make the rule fire. */
  evidence: Array<Node>;
  /** The ids of `evidence`. */
  evidenceIds: Array<Scalars['ID']['output']>;
  /** Why the rule fired here, in words. */
  explanation: LocalizedText;
  /** Rule id and scope ids separated by `|`: stable across runs and dates; dismiss or promote by it. */
  key: Scalars['String']['output'];
  /** The kind of gap it is. */
  kind: GapKind;
  /** The recorded gap promoted from this finding, if any. */
  recordedGap?: Maybe<Gap>;
  /** Planned forums and initiatives that would close the gap once they start. */
  remedies: Array<Node>;
  /** The rule that fired. */
  rule: GapRule;
  /** The id of the rule that fired. */
  ruleId: Scalars['String']['output'];
  /** What the finding is about. */
  scope: FindingScope;
  /** How serious it is: the rule's default, or the query's `rules.severities`. */
  severity: Severity;
  /** A one-line summary naming the elements, e.g. the municipality and the system level. */
  title: LocalizedText;
};

/** What a finding is about: its kind and the elements. */
export type FindingScope = {
  __typename?: 'FindingScope';
  /** The ids of the elements, e.g. two near-duplicate forums. */
  ids: Array<Scalars['ID']['output']>;
  /** A municipality, county part, forum or actor. */
  kind: FindingScopeKind;
  /** The elements themselves. */
  nodes: Array<Node>;
};

/** What a finding is about. */
export type FindingScopeKind =
  /** An actor, e.g. a single point of connection. */
  | 'ACTOR'
  /** A county part (länsdel). */
  | 'COUNTY_PART'
  /** One or more forums. */
  | 'FORUM'
  /** A municipality (kommun). */
  | 'MUNICIPALITY';

/** Samverkansforum: a recurring place where actors collaborate. */
export type Forum = Node & {
  __typename?: 'Forum';
  /** Recorded gaps it works on closing. */
  addresses: Array<Gap>;
  /** The areas it covers: the region, county parts or municipalities. */
  areas: Array<Actor>;
  /** The care levels it spans. */
  careLevels: Array<CareLevel>;
  /** Who convenes it (sammankallande). */
  convenedBy: Array<Actor>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** True when it is meant to bring both sides of the region–municipality boundary together. */
  crossesBoundary: Scalars['Boolean']['output'];
  /** Free-text description: its purpose and what it works on. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ended, or is to end. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Stable id, e.g. `forum-lokal-samverkan-vindeln`. */
  id: Scalars['ID']['output'];
  /** Initiatives this forum belongs to. */
  initiatives: Array<Initiative>;
  /** What kind of forum it is. */
  kind: ForumKind;
  /** Always `Forum`. */
  label: NodeLabel;
  /** What it may do; null when not recorded (a gap rule asks for it). */
  mandate?: Maybe<Mandate>;
  /** How often it meets; null when not recorded. */
  meetingFrequency?: Maybe<MeetingFrequency>;
  /** Its name, e.g. `Lokal samverkan Vindeln`, `Länssamverkansgrupp`. */
  name: Scalars['String']['output'];
  /** Initiatives it owns. */
  owns: Array<Initiative>;
  /** Who takes part (deltagande), each with a role. */
  participants: Array<Participation>;
  /** When a planned forum is to start. */
  plannedStart?: Maybe<Scalars['Date']['output']>;
  /** Its relationships, each with its type, both ends and its source; all when `types` is left out. */
  relationships: Array<Relationship>;
  /** The forums that report to it. */
  reportingForums: Array<Forum>;
  /** The forums it reports to. */
  reportsTo: Array<Forum>;
  /** A seed document id, `illustrative`, or where the fact was found. */
  source: Scalars['String']['output'];
  /** The source this forum's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** When it started. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Planned, active, paused or ended. */
  status: Status;
  /** Its system level (systemnivå): strategic, tactical or operational. */
  systemLevel: SystemLevel;
  /** The target groups it serves (målgrupper). */
  targetGroups: Array<TargetGroup>;
  /** True when it is the top of a reporting structure and by design reports to no other forum. */
  topLevel: Scalars['Boolean']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};


/** Samverkansforum: a recurring place where actors collaborate. */
export type ForumRelationshipsArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<RelType>>;
};

/** A page of forums. */
export type ForumConnection = {
  __typename?: 'ForumConnection';
  /** The whole list (every page, the same filter) counted by group: property groups in the enum's order, relationship groups by name (Swedish collation). */
  groupCounts: Array<GroupCount>;
  /** The forums on this page. */
  nodes: Array<Forum>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many forums match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of forums. */
export type ForumConnectionGroupCountsArgs = {
  by: ForumGroupBy;
};

/** Which forums to list. The fields combine with AND; the values in one list with OR. */
export type ForumFilter = {
  /** Only forums spanning this care level (its id). */
  careLevel?: InputMaybe<Scalars['ID']['input']>;
  /** Only forums covering this county part or an area in it (its id). */
  countyPart?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kind?: InputMaybe<Array<ForumKind>>;
  /** Only forums with these mandates. */
  mandate?: InputMaybe<Array<Mandate>>;
  /** Only forums covering this municipality (its id). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Forums this actor takes part in. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only forums with these statuses. */
  status?: InputMaybe<Array<Status>>;
  /** Only forums at these system levels. */
  systemLevel?: InputMaybe<Array<SystemLevel>>;
  /** Only forums serving this target group (its id). */
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
  /** Only forums matching every word of this text, by the rules of `search`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What forums can be counted by. */
export type ForumGroupBy =
  /** The care levels they span: as the `careLevel` filter keeps them. */
  | 'CARE_LEVEL'
  /** The county parts (länsdelar) the areas they cover are in: as the `countyPart` filter keeps them. */
  | 'COUNTY_PART'
  /** Their kind: one group per ForumKind, empty ones included. */
  | 'KIND'
  /** Their mandate: one group per Mandate, empty ones included, and `key: null` for forums without one. */
  | 'MANDATE'
  /** The municipalities they cover: as the `municipality` filter keeps them. */
  | 'MUNICIPALITY'
  /** Their status: one group per Status, empty ones included. */
  | 'STATUS'
  /** Their system level (systemnivå): one group per SystemLevel, empty ones included. */
  | 'SYSTEM_LEVEL'
  /** The target groups they serve: as the `targetGroup` filter keeps them. */
  | 'TARGET_GROUP';

/** A new forum (samverkansforum). */
export type ForumInput = {
  /** Meant to bring both sides of the region–municipality boundary together; true when left out. */
  crossesBoundary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ended, or is to end (not before `startDate`). */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A stable key; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of forum it is. */
  kind: ForumKind;
  /** What it may do. */
  mandate?: InputMaybe<Mandate>;
  /** How often it meets. */
  meetingFrequency?: InputMaybe<MeetingFrequency>;
  /** Its name, e.g. `Lokal samverkan Vindeln`. */
  name: Scalars['String']['input'];
  /** When a planned forum is to start. */
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** When it started. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Planned, active, paused or ended. */
  status: Status;
  /** Its system level (systemnivå). */
  systemLevel: SystemLevel;
  /** Reports to no other forum by design; false when left out. */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What kind of forum (samverkansforum) this is. */
export type ForumKind =
  /** A collaboration group (samverkansgrupp): county-wide, per county part or local per municipality. */
  | 'COLLABORATION_GROUP'
  /** A leadership seminar (ledningsseminarium). */
  | 'LEADERSHIP_SEMINAR'
  /** A management group (ledningsgrupp). */
  | 'MANAGEMENT_GROUP'
  /** A network (nätverk). */
  | 'NETWORK'
  /** Any other kind (annat). */
  | 'OTHER'
  /** A preparation group (beredningsgrupp) that prepares matters for another forum. */
  | 'PREPARATION_GROUP'
  /** A steering group (styrgrupp). */
  | 'STEERING_GROUP'
  /** A team (samarbetsteam, samordningsteam), e.g. a collaboration team between a municipality and a sjukstuga. */
  | 'TEAM'
  /** A working group (arbetsgrupp). */
  | 'WORKING_GROUP';

/** Only the fields given change; `null` removes an optional field. */
export type ForumPatch = {
  /** Whether it is meant to cross the region–municipality boundary. */
  crossesBoundary?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new description; null removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new end date; null removes it. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A new kind. */
  kind?: InputMaybe<ForumKind>;
  /** A new mandate; null removes it. */
  mandate?: InputMaybe<Mandate>;
  /** A new meeting frequency; null removes it. */
  meetingFrequency?: InputMaybe<MeetingFrequency>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new planned start; null removes it. */
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  /** A new source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A new note on the source; null removes it. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** A new start date; null removes it. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** A new status. */
  status?: InputMaybe<Status>;
  /** A new system level. */
  systemLevel?: InputMaybe<SystemLevel>;
  /** Whether it reports to no other forum by design. */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Organisatoriskt mellanrum: where responsibility, mandate, ambition, competence or information ends without another's taking over. */
export type Gap = Node & {
  __typename?: 'Gap';
  /** The forums and initiatives working on closing it. */
  addressedBy: Array<Node>;
  /** The target groups it affects. */
  affects: Array<TargetGroup>;
  /** The actors and care levels the gap lies between. */
  between: Array<Node>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  createdBy: Scalars['String']['output'];
  /** Free-text description: what is missing, and for whom. */
  description?: Maybe<Scalars['String']['output']>;
  /** What shows the gap exists (underlag). */
  evidence?: Maybe<Scalars['String']['output']>;
  /** When promoted from a detected finding: that finding's key. */
  findingKey?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `gap-journalsystem-patientkontrakt`. */
  id: Scalars['ID']['output'];
  /** Which kind of gap it is (Tyrstrup's kinds, plus hand-over). */
  kind: GapKind;
  /** Always `Gap`. */
  label: NodeLabel;
  /** A short name for the gap. */
  name: Scalars['String']['output'];
  /** Its relationships, each with its type, both ends and its source; all when `types` is left out. */
  relationships: Array<Relationship>;
  /** When promoted from a detected finding: the id of the rule that found it. */
  ruleId?: Maybe<Scalars['String']['output']>;
  /** How serious it is. */
  severity: Severity;
  /** A seed document id, `illustrative`, or where the fact was found. */
  source: Scalars['String']['output'];
  /** The source this gap's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** Where it stands: identified, analysed, being addressed or closed. */
  status: GapStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};


/** Organisatoriskt mellanrum: where responsibility, mandate, ambition, competence or information ends without another's taking over. */
export type GapRelationshipsArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<RelType>>;
};

/** The gaps the structure reveals on a date, with counts, and optionally how they change by another date. */
export type GapAnalysis = {
  __typename?: 'GapAnalysis';
  /** The date analysed. */
  asOf: Scalars['Date']['output'];
  /** How many findings each rule made. */
  byRule: Array<RuleCount>;
  /** How many findings have each severity. */
  bySeverity: Array<SeverityCount>;
  /** Present when compareTo is given. */
  comparison?: Maybe<GapComparison>;
  /** Findings hidden because they are dismissed (0 with includeDismissed). */
  dismissedCount: Scalars['Int']['output'];
  /** Most severe first. */
  findings: Array<Finding>;
  /** The element the findings were limited to, if any. */
  scope?: Maybe<Node>;
  /** The date the data describes; dates after it are projections. */
  today: Scalars['Date']['output'];
  /** How many findings (not counting dismissed ones unless includeDismissed). */
  total: Scalars['Int']['output'];
  /** The store version the answer was computed at. */
  version: Scalars['Int']['output'];
};

/** What changes between `from` (asOf) and `to` (compareTo). */
export type GapComparison = {
  __typename?: 'GapComparison';
  /** Findings on `from` that are gone on `to`, e.g. closed by planned forums starting. */
  closed: Array<Finding>;
  /** How many findings close between the dates. */
  closedCount: Scalars['Int']['output'];
  /** Forums and initiatives active on `from` but not on `to`. */
  ending: Array<Node>;
  /** The earlier date (the query's `asOf`). */
  from: Scalars['Date']['output'];
  /** Findings on `to` that are not there on `from`, e.g. opened when forums end. */
  opened: Array<Finding>;
  /** How many findings open between the dates. */
  openedCount: Scalars['Int']['output'];
  /** Forums and initiatives active on `to` but not on `from`. */
  starting: Array<Node>;
  /** The later date (the query's `compareTo`). */
  to: Scalars['Date']['output'];
  /** Findings there on both dates. */
  unchanged: Array<Finding>;
  /** How many findings are there on both dates. */
  unchangedCount: Scalars['Int']['output'];
};

/** A page of recorded gaps. */
export type GapConnection = {
  __typename?: 'GapConnection';
  /** The whole list (every page, the same filter) counted by group: property groups in the enum's order, relationship groups by name (Swedish collation). */
  groupCounts: Array<GroupCount>;
  /** The gaps on this page. */
  nodes: Array<Gap>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many gaps match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of recorded gaps. */
export type GapConnectionGroupCountsArgs = {
  by: GapGroupBy;
};

/** Which recorded gaps to list. The fields combine with AND; the values in one list with OR. */
export type GapFilter = {
  /** Only gaps lying between this care level (its id) and others. */
  careLevel?: InputMaybe<Scalars['ID']['input']>;
  /** Only gaps lying between actors in this county part (its id) and others. */
  countyPart?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kind?: InputMaybe<Array<GapKind>>;
  /** Only gaps lying between this municipality (its id) and others. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only gaps of these severities. */
  severity?: InputMaybe<Array<Severity>>;
  /** Only gaps with these statuses. */
  status?: InputMaybe<Array<GapStatus>>;
  /** Only gaps affecting this target group (its id). */
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
  /** Only gaps matching every word of this text, by the rules of `search`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What recorded gaps can be counted by. */
export type GapGroupBy =
  /** The care levels they lie between: as the `careLevel` filter keeps them. */
  | 'CARE_LEVEL'
  /** The county parts (länsdelar) of the actors they lie between: as the `countyPart` filter keeps them. */
  | 'COUNTY_PART'
  /** Their kind: one group per GapKind, empty ones included. */
  | 'KIND'
  /** The municipalities they lie between: as the `municipality` filter keeps them. */
  | 'MUNICIPALITY'
  /** Their severity: one group per Severity, empty ones included. */
  | 'SEVERITY'
  /** Their status: one group per GapStatus, empty ones included. */
  | 'STATUS'
  /** The target groups they affect: as the `targetGroup` filter keeps them. */
  | 'TARGET_GROUP';

/** A new recorded gap (organisatoriskt mellanrum). Link it with BETWEEN, AFFECTS and ADDRESSES. */
export type GapInput = {
  /** Free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What shows the gap exists (underlag). */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** A stable key; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Which kind of gap it is. */
  kind: GapKind;
  /** A short name for the gap. */
  name: Scalars['String']['input'];
  /** How serious it is. */
  severity: Severity;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to IDENTIFIED. */
  status?: InputMaybe<GapStatus>;
};

/** Tyrstrup's kinds of organisational gap (organisatoriskt mellanrum), plus hand-over. */
export type GapKind =
  /** Ambitions differ on each side of the boundary (ambition). */
  | 'AMBITION'
  /** Competence ends where it is needed next (kompetens). */
  | 'COMPETENCE'
  /** A hand-over between care levels has no one holding it (överlämning). */
  | 'HANDOVER'
  /** Information does not follow the patient or the matter (information). */
  | 'INFORMATION'
  /** Mandate ends: nobody may decide across the boundary (mandat). */
  | 'MANDATE'
  /** Responsibility ends without another's taking over (ansvar). */
  | 'RESPONSIBILITY';

/** Status moves one step at a time (identified → analysed → being addressed → closed), may step back one, and a closed gap may reopen. */
export type GapPatch = {
  /** A new description; null removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New evidence; null removes it. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** A new kind. */
  kind?: InputMaybe<GapKind>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new severity. */
  severity?: InputMaybe<Severity>;
  /** A new source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A new note on the source; null removes it. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** A new status, one step from the current one. */
  status?: InputMaybe<GapStatus>;
};

/** A rule that detects a kind of gap from the structure of the graph. */
export type GapRule = {
  __typename?: 'GapRule';
  /** The severity its findings get unless the query's `rules.severities` says otherwise. */
  defaultSeverity: Severity;
  /** What it detects, and why that is a gap. */
  description: LocalizedText;
  /** Stable id, e.g. `handover-uncovered`; part of every finding key. */
  id: Scalars['String']['output'];
  /** The kind of gap a promoted finding records. */
  kind: GapKind;
  /** Its name. */
  title: LocalizedText;
};

/** Rule options for one query, over the deployment's. Fields left out keep the deployment's value. */
export type GapRuleOptions = {
  /** Run every rule but these (rule ids). */
  disabledRules?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Check hand-overs per municipality (default) or per county part. */
  handoverArea?: InputMaybe<CoverageRows>;
  /** Care levels that hand patients over (default: inpatient ↔ municipal primary care, primary ↔ municipal primary care, emergency ↔ primary, ambulance ↔ primary, outpatient ↔ primary). */
  handoverPairs?: InputMaybe<Array<CareLevelPairInput>>;
  /** Near-duplicates share at least this many participants (default 2). */
  nearDuplicateMinShared?: InputMaybe<Scalars['Int']['input']>;
  /** Participant overlap (Jaccard, 0–1) at or above which forums are near-duplicates (default 0.8). */
  nearDuplicateThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** Run only these rules. */
  onlyRules?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Severities for the findings of these rules, instead of each rule's default. */
  severities?: InputMaybe<Array<RuleSeverityInput>>;
  /** Levels at which every municipality should share a forum with the region (default all three). */
  systemLevels?: InputMaybe<Array<SystemLevel>>;
};

/** Where a recorded gap stands. It moves one step at a time: identified → analysed → being addressed → closed. */
export type GapStatus =
  /** Its causes and consequences are understood (analyserat). */
  | 'ANALYSED'
  /** A forum or initiative is working on it (åtgärdas). */
  | 'BEING_ADDRESSED'
  /** Closed (stängt): nothing is missing any more; it may reopen. */
  | 'CLOSED'
  /** Recorded, not yet analysed (identifierat). */
  | 'IDENTIFIED';

/** A part of the map (or all of it): elements and the relationships between them. */
export type Graph = {
  __typename?: 'Graph';
  /** The relationships whose both ends are among `nodes`. */
  edges: Array<MapEdge>;
  /** The elements. */
  nodes: Array<MapNode>;
  /** The store version this answer was read at. */
  version: Scalars['Int']['output'];
};

/**
 * What the map shows. The fields combine with AND. An area, care-level or
 * target-group filter keeps what is tied to it and, for the forums kept, their
 * participants and care levels, so the map still shows who meets where.
 */
export type GraphFilter = {
  /** The care level (its id) and what spans, runs, orders or lies next to it. */
  careLevel?: InputMaybe<Scalars['ID']['input']>;
  /** What concerns this county part (its id): its actors, the forums and initiatives covering it or its actors take part in, its estimates and gaps. */
  countyPart?: InputMaybe<Scalars['ID']['input']>;
  /** Only elements of these kinds. */
  labels?: InputMaybe<Array<NodeLabel>>;
  /** What concerns this municipality (its id), in the same way as `countyPart`. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only forums and initiatives with these statuses (other elements are kept). */
  status?: InputMaybe<Array<Status>>;
  /** Only forums at these system levels (other elements are kept). */
  systemLevel?: InputMaybe<Array<SystemLevel>>;
  /** The target group (its id), what serves or affects it, and the areas it is estimated in. */
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
  /** Only elements whose name or description contains this text (case and accents ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How many elements of a list fall in one group. */
export type GroupCount = {
  __typename?: 'GroupCount';
  /** How many elements of the list, on all pages, fall in the group. An element tied to two areas counts in both, so relationship groups may add up to more than `totalCount`. */
  count: Scalars['Int']['output'];
  /** The group: a property's value (e.g. `ACTIVE`), or the id of an area, care level or target group; null for the elements without one (e.g. no mandate recorded, no municipality covered). */
  key?: Maybe<Scalars['String']['output']>;
  /** The area, care level or target group the group is; null for a property's value and for the `key: null` group. */
  node?: Maybe<Node>;
};

/** Utvecklingsområde, flödesförbättring or projekt. */
export type Initiative = Node & {
  __typename?: 'Initiative';
  /** Recorded gaps it works on closing. */
  addresses: Array<Gap>;
  /** The areas it covers. */
  areas: Array<Actor>;
  /** The care levels it spans. */
  careLevels: Array<CareLevel>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ended, or is to end. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Stable id, e.g. `init-mobilt-samverkanssystem`. */
  id: Scalars['ID']['output'];
  /** Development area, flow improvement or project. */
  kind: InitiativeKind;
  /** Always `Initiative`. */
  label: NodeLabel;
  /** Forums set up within it and actors taking part (e.g. pilot municipalities). */
  members: Array<Node>;
  /** Its name, e.g. `Mobilt samverkanssystem Umeå länsdel`. */
  name: Scalars['String']['output'];
  /** Actors and forums that own it. */
  owners: Array<Node>;
  /** Its relationships, each with its type, both ends and its source; all when `types` is left out. */
  relationships: Array<Relationship>;
  /** A seed document id, `illustrative`, or where the fact was found. */
  source: Scalars['String']['output'];
  /** The source this initiative's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** When it started, or is to start. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Planned, active, paused or ended. */
  status: Status;
  /** The target groups it serves. */
  targetGroups: Array<TargetGroup>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};


/** Utvecklingsområde, flödesförbättring or projekt. */
export type InitiativeRelationshipsArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<RelType>>;
};

/** A page of initiatives. */
export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  /** The whole list (every page, the same filter) counted by group: property groups in the enum's order, relationship groups by name (Swedish collation). */
  groupCounts: Array<GroupCount>;
  /** The initiatives on this page. */
  nodes: Array<Initiative>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many initiatives match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of initiatives. */
export type InitiativeConnectionGroupCountsArgs = {
  by: InitiativeGroupBy;
};

/** Which initiatives to list. The fields combine with AND; the values in one list with OR. */
export type InitiativeFilter = {
  /** Only initiatives spanning this care level (its id). */
  careLevel?: InputMaybe<Scalars['ID']['input']>;
  /** Only initiatives covering, or taken part in by, this county part or an area in it (its id). */
  countyPart?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kind?: InputMaybe<Array<InitiativeKind>>;
  /** Only initiatives covering, or taken part in by, this municipality (its id). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only initiatives with these statuses. */
  status?: InputMaybe<Array<Status>>;
  /** Only initiatives serving this target group (its id). */
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
  /** Only initiatives matching every word of this text, by the rules of `search`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What initiatives can be counted by. */
export type InitiativeGroupBy =
  /** The care levels they span: as the `careLevel` filter keeps them. */
  | 'CARE_LEVEL'
  /** The county parts (länsdelar) of the areas they cover or that take part: as the `countyPart` filter keeps them. */
  | 'COUNTY_PART'
  /** Their kind: one group per InitiativeKind, empty ones included. */
  | 'KIND'
  /** The municipalities they cover or that take part: as the `municipality` filter keeps them. */
  | 'MUNICIPALITY'
  /** Their status: one group per Status, empty ones included. */
  | 'STATUS'
  /** The target groups they serve: as the `targetGroup` filter keeps them. */
  | 'TARGET_GROUP';

/** A new initiative (utvecklingsområde, flödesförbättring or projekt). */
export type InitiativeInput = {
  /** Free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ended, or is to end (not before `startDate`). */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A stable key; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Development area, flow improvement or project. */
  kind: InitiativeKind;
  /** Its name. */
  name: Scalars['String']['input'];
  /** Where the fact comes from; `illustrative` when left out. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** When it started, or is to start. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Planned, active, paused or ended. */
  status: Status;
};

/** What kind of development effort an initiative is. */
export type InitiativeKind =
  /** A development area (utvecklingsområde), e.g. the mobile collaboration system in Umeå county part. */
  | 'DEVELOPMENT_AREA'
  /** A flow improvement (flödesförbättring) along a patient's path between care levels. */
  | 'FLOW_IMPROVEMENT'
  /** A project (projekt) with a start and an end. */
  | 'PROJECT';

/** Only the fields given change; `null` removes an optional field. */
export type InitiativePatch = {
  /** A new description; null removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new end date; null removes it. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A new kind. */
  kind?: InputMaybe<InitiativeKind>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A new note on the source; null removes it. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** A new start date; null removes it. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** A new status. */
  status?: InputMaybe<Status>;
};

/** A relationship to create, or whose properties to update when it exists. */
export type LinkInput = {
  /** ESTIMATE only (required there). */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** The id of the element it starts from. */
  from: Scalars['ID']['input'];
  /** PARTICIPATES_IN only; defaults to MEMBER. */
  role?: InputMaybe<ParticipationRole>;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** The id of the element it points to. */
  to: Scalars['ID']['input'];
  /** Which relationship; it fixes what `from` and `to` may be (see RelType). */
  type: RelType;
  /** ESTIMATE only (required there). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Text in Swedish (the UI's language) and English. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** In English. */
  en: Scalars['String']['output'];
  /** In Swedish. */
  sv: Scalars['String']['output'];
};

/** What a forum may do (mandat). */
export type Mandate =
  /** Advises others who decide (rådgör). */
  | 'ADVISES'
  /** Coordinates operations (samordnar verksamhet). */
  | 'COORDINATES'
  /** Takes decisions (beslutar). */
  | 'DECIDES'
  /** Shares information (delar information). */
  | 'INFORMS';

/** Changes committed to the map since the last event. */
export type MapChange = {
  __typename?: 'MapChange';
  /** Who made them (user ids, or e.g. `import`), each once. */
  by: Array<Scalars['String']['output']>;
  /** Their names, in the same order (the id where the user is unknown). */
  byNames: Array<Scalars['String']['output']>;
  /** Each change, oldest first; empty when there were more than 200 (reload the map instead). */
  changes: Array<ChangeSummary>;
  /** How many changes this event stands for. */
  count: Scalars['Int']['output'];
  /** True when this subscriber fell behind and events were dropped: reload the map. */
  missed: Scalars['Boolean']['output'];
  /** The store version after them. */
  version: Scalars['Int']['output'];
};

/** A relationship as the map draws it (Cytoscape's `source`/`target`). */
export type MapEdge = {
  __typename?: 'MapEdge';
  /** ESTIMATE only: how many people. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The relationship's id. */
  id: Scalars['ID']['output'];
  /** PARTICIPATES_IN only: the actor's role in the forum. */
  role?: Maybe<ParticipationRole>;
  /** The id of the element it starts from. */
  source: Scalars['ID']['output'];
  /** The id of the element it points to. */
  target: Scalars['ID']['output'];
  /** Which relationship it is. */
  type: RelType;
  /** ESTIMATE only: the year of the estimate. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** The stored positions of one layout (`main`, or one per grouping such as `countyPart`). */
export type MapLayout = {
  __typename?: 'MapLayout';
  /** Which layout: `main`, or one per grouping such as `countyPart`. */
  key: Scalars['ID']['output'];
  /** The stored positions, one per element placed. */
  positions: Array<NodePosition>;
  /** Null until the layout has been saved once. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who saved it last; null until saved once. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** A node as the map draws it. */
export type MapNode = {
  __typename?: 'MapNode';
  /** The county part it belongs to, when it belongs to one (for grouping). */
  countyPart?: Maybe<Scalars['ID']['output']>;
  /** A forum's or initiative's end date. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The element's id. */
  id: Scalars['ID']['output'];
  /** The element's kind (ActorKind, ForumKind, …) as a string. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Which kind of element it is. */
  label: NodeLabel;
  /** The element's name. */
  name: Scalars['String']['output'];
  /** A planned forum's planned start. */
  plannedStart?: Maybe<Scalars['Date']['output']>;
  /** An actor's or care level's principal (huvudman); null for other elements. */
  principal?: Maybe<Principal>;
  /** A gap's severity; null for other elements. */
  severity?: Maybe<Severity>;
  /** A forum's or initiative's start date. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** A forum's or initiative's Status, or a gap's GapStatus, as a string; null for other elements. */
  status?: Maybe<Scalars['String']['output']>;
  /** A forum's system level; null for other elements. */
  systemLevel?: Maybe<SystemLevel>;
};

/** Who the request acts as. */
export type Me = {
  __typename?: 'Me';
  /** True when this server requires signing in (AUTH=required). */
  authRequired: Scalars['Boolean']['output'];
  /** Who this request acts as (the local user when sign-in is not required). */
  user?: Maybe<User>;
  /** How: local, session, token or oidc. */
  via?: Maybe<Scalars['String']['output']>;
};

/** How often a forum meets (mötesfrekvens). */
export type MeetingFrequency =
  /** When needed (vid behov). */
  | 'AD_HOC'
  /** Once a year (en gång om året). */
  | 'ANNUAL'
  /** Twice a year (två gånger om året). */
  | 'BIANNUAL'
  /** Every other month (varannan månad). */
  | 'BIMONTHLY'
  /** Every other week (varannan vecka). */
  | 'BIWEEKLY'
  /** Every month (varje månad). */
  | 'MONTHLY'
  /** Every quarter (varje kvartal). */
  | 'QUARTERLY'
  /** Every week (varje vecka). */
  | 'WEEKLY';

/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Applies all changes in order, atomically: all or none. */
  applyChanges: ApplyChangesResult;
  /** Creates an actor (aktör). */
  createActor: Actor;
  /** A token for scripts, for yourself (or, as ADMIN, for another user). */
  createApiToken: NewApiToken;
  /** Creates a care level (vårdnivå). */
  createCareLevel: CareLevel;
  /** Creates a forum (samverkansforum). */
  createForum: Forum;
  /** Records a gap (organisatoriskt mellanrum). */
  createGap: Gap;
  /** Creates an initiative. */
  createInitiative: Initiative;
  /** Creates a presentation (editors and admins). */
  createPresentation: Presentation;
  /** Creates a read-only link to a saved view or a presentation (give one of them), optionally expiring (editors and admins only). */
  createShareLink: ShareLinkCreated;
  /** Creates a target group (målgrupp). */
  createTargetGroup: TargetGroup;
  /** Creates a user (ADMIN). */
  createUser: User;
  /** Deletes an actor and its relationships. */
  deleteActor: DeleteResult;
  /** Deletes a care level and its relationships. */
  deleteCareLevel: DeleteResult;
  /** Deletes a forum and its relationships. */
  deleteForum: DeleteResult;
  /** Deletes a recorded gap and its relationships. */
  deleteGap: DeleteResult;
  /** Deletes an initiative and its relationships. */
  deleteInitiative: DeleteResult;
  /** Deletes a presentation (editors and admins); with `expectedVersion`, refused with CONFLICT when it has changed since. Its read-only links then show nothing. */
  deletePresentation: PresentationDeleteResult;
  /** Deletes a target group and its relationships. */
  deleteTargetGroup: DeleteResult;
  /** Deletes a named view. */
  deleteView: SavedViewDeleteResult;
  /** Sets a finding aside with a reason; it stops appearing unless includeDismissed. */
  dismissFinding: Dismissal;
  /** Creates a relationship, or updates its properties when it exists. */
  link: Relationship;
  /** Records a finding (found on asOf, today by default) as a Gap between its actors and care levels, affecting its target groups. */
  promoteFinding: Gap;
  /** Forgets the stored positions of a layout (the map computes a layout next time). */
  resetMapLayout: Scalars['Boolean']['output'];
  /** Puts an element back as it was after change `seq` of its history (as it was before, when that change deleted it). */
  restore: Node;
  /** Revokes a token: it stops working at once. */
  revokeApiToken: ApiToken;
  /** Revokes a read-only link: it stops working at once (editors and admins only). */
  revokeShareLink: ShareLink;
  /**
   * Stores positions. With `replace` (a full re-layout) the stored set becomes
   * exactly the positions given; otherwise they are merged into it (a dragged node).
   */
  saveMapLayout: MapLayout;
  /** Saves a named view, or replaces the one with the same id. */
  saveView: SavedView;
  /** Moves a recorded gap one step (identified → analysed → being addressed → closed), one step back, or from closed to identified. */
  transitionGap: Gap;
  /** Brings a dismissed finding back. */
  undismissFinding: UndismissResult;
  /** Removes a relationship. */
  unlink: UnlinkResult;
  /** Changes an actor. */
  updateActor: Actor;
  /** Changes a care level. */
  updateCareLevel: CareLevel;
  /** Changes a forum. */
  updateForum: Forum;
  /** Changes a recorded gap (its status one step at a time). */
  updateGap: Gap;
  /** Changes an initiative. */
  updateInitiative: Initiative;
  /** Replaces a presentation's name and steps (editors and admins); with `expectedVersion`, refused with CONFLICT when it has changed since. */
  updatePresentation: Presentation;
  /** Changes a target group. */
  updateTargetGroup: TargetGroup;
  /** Changes a user (ADMIN). */
  updateUser: User;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationApplyChangesArgs = {
  changes: Array<ChangeInput>;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateActorArgs = {
  input: ActorInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateApiTokenArgs = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateCareLevelArgs = {
  input: CareLevelInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateForumArgs = {
  input: ForumInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateGapArgs = {
  input: GapInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateInitiativeArgs = {
  input: InitiativeInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreatePresentationArgs = {
  input: PresentationInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateShareLinkArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  presentationId?: InputMaybe<Scalars['ID']['input']>;
  viewId?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateTargetGroupArgs = {
  input: TargetGroupInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationCreateUserArgs = {
  input: UserInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeleteActorArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeleteCareLevelArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeleteForumArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeleteGapArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeleteInitiativeArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeletePresentationArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeleteTargetGroupArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationDismissFindingArgs = {
  key: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationLinkArgs = {
  input: LinkInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationPromoteFindingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  key: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  rules?: InputMaybe<GapRuleOptions>;
  severity?: InputMaybe<Severity>;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationResetMapLayoutArgs = {
  key?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationRestoreArgs = {
  id: Scalars['ID']['input'];
  seq: Scalars['Int']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationRevokeShareLinkArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationSaveMapLayoutArgs = {
  key?: InputMaybe<Scalars['ID']['input']>;
  positions: Array<NodePositionInput>;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationSaveViewArgs = {
  input: SavedViewInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationTransitionGapArgs = {
  id: Scalars['ID']['input'];
  status: GapStatus;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUndismissFindingArgs = {
  key: Scalars['String']['input'];
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUnlinkArgs = {
  input: UnlinkInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdateActorArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  patch: ActorPatch;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdateCareLevelArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  patch: CareLevelPatch;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdateForumArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  patch: ForumPatch;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdateGapArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  patch: GapPatch;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdateInitiativeArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  patch: InitiativePatch;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdatePresentationArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  input: PresentationInput;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdateTargetGroupArgs = {
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  patch: TargetGroupPatch;
};


/** What can be changed. Each change is checked against the caller's role and scopes, and written to the audit trail. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  patch: UserPatch;
};

/** A new token: `token` is shown this once and never stored. */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  /** The token's record. */
  apiToken: ApiToken;
  /** The secret to send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** Every element on the map, with its provenance. */
export type Node = {
  /** When it was created (set by the server). */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it: a user id, or e.g. `seed` or `import`. */
  createdBy: Scalars['String']['output'];
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `kommun-vindeln`; made from the name when created without one. */
  id: Scalars['ID']['output'];
  /** Which kind of element this is (the name of its type). */
  label: NodeLabel;
  /** Its name, as the region and municipalities write it. */
  name: Scalars['String']['output'];
  /** Its relationships, each with its type, both ends and its source; all when `types` is left out. */
  relationships: Array<Relationship>;
  /** A seed document id, `illustrative`, or where the fact was found. */
  source: Scalars['String']['output'];
  /** The source this element's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source (a page, a slide, a quotation), or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** When it last changed (set by the server). Also its version: every change moves it on, and an update or delete may send it back as `expectedVersion` so that it cannot overwrite a change it has not seen. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};


/** Every element on the map, with its provenance. */
export type NodeRelationshipsArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<RelType>>;
};

/** The six kinds of element on the map. Each value is the name of the element's GraphQL type. */
export type NodeLabel =
  /** An organisation, unit or role (aktör). */
  | 'Actor'
  /** A level of care (vårdnivå). */
  | 'CareLevel'
  /** A collaboration forum (samverkansforum). */
  | 'Forum'
  /** An organisational gap (organisatoriskt mellanrum). */
  | 'Gap'
  /** A development effort (utvecklingsområde, flödesförbättring or projekt). */
  | 'Initiative'
  /** A target group (målgrupp). */
  | 'TargetGroup';

/** What a list can be ordered by. */
export type NodeOrderField =
  /** When the element was created. */
  | 'CREATED_AT'
  /** The name in Swedish collation (svensk sortering): a–z, then å, ä, ö; é sorts with e, ü with y; case and accents count only between names otherwise alike. */
  | 'NAME'
  /** When the element last changed. */
  | 'UPDATED_AT';

/** The order of a list: a field, then the element's id the same way, so the order is total and cursors stay stable. */
export type NodeOrderInput = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: NodeOrderField;
};

/** Where the map draws one element. */
export type NodePosition = {
  __typename?: 'NodePosition';
  /** The element's id. */
  id: Scalars['ID']['output'];
  /** Horizontal position, in the map's model coordinates. */
  x: Scalars['Float']['output'];
  /** Vertical position, in the map's model coordinates (down is positive). */
  y: Scalars['Float']['output'];
};

/** Where the map draws one element. */
export type NodePositionInput = {
  /** The element's id. */
  id: Scalars['ID']['input'];
  /** Horizontal position, in the map's model coordinates. */
  x: Scalars['Float']['input'];
  /** Vertical position, in the map's model coordinates (down is positive). */
  y: Scalars['Float']['input'];
};

/** Which way a list runs. */
export type OrderDirection =
  /** Smallest first: A to Ö, oldest first. */
  | 'ASC'
  /** Largest first: Ö to A, newest first. */
  | 'DESC';

/** Where a page of a list ends, and whether there is more. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An actor and how many forums it takes part in (deltar i). */
export type ParticipantRank = {
  __typename?: 'ParticipantRank';
  /** The actor. */
  actor: Actor;
  /** How many of the counted forums it takes part in. */
  forumCount: Scalars['Int']['output'];
  /** Those forums, by name (Swedish collation). */
  forums: Array<Forum>;
  /** Its place: 1 for the most forums; actors with as many share a place (1, 1, 3 …). */
  rank: Scalars['Int']['output'];
};

/** Deltagande: an actor taking part in a forum. */
export type Participation = {
  __typename?: 'Participation';
  /** Who takes part. */
  actor: Actor;
  /** The forum it takes part in. */
  forum: Forum;
  /** Its role there (MEMBER when none was recorded). */
  role: ParticipationRole;
  /** Where the fact comes from: a seed document id, `illustrative`, or a reference. */
  source: Scalars['String']['output'];
  /** The source the participation's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
};

/** An actor's role in a forum (roll). */
export type ParticipationRole =
  /** Attends without being a member, for a matter or by invitation (adjungerad). */
  | 'ADJUNCT'
  /** Chairs the forum (ordförande). */
  | 'CHAIR'
  /** Co-chairs or deputises for the chair (vice ordförande). */
  | 'CO_CHAIR'
  /** A member (ledamot). */
  | 'MEMBER'
  /** Keeps the minutes and the papers (sekreterare). */
  | 'SECRETARY';

/** An estimate of how many people in an area belong to a target group. */
export type PopulationEstimate = {
  __typename?: 'PopulationEstimate';
  /** The area: a municipality or a county part. */
  area: Actor;
  /** How many people (individer). */
  count: Scalars['Int']['output'];
  /** Where the estimate comes from: a seed document id, `illustrative`, or a reference. */
  source: Scalars['String']['output'];
  /** The source the estimate's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or how the estimate was made. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** The target group estimated. */
  targetGroup: TargetGroup;
  /** The year the estimate is for. */
  year: Scalars['Int']['output'];
};

/**
 * A presentation: saved views in order, each with a caption, stepped through
 * full screen (→/PageDown next, ←/PageUp back, Esc leaves) — for a committee
 * meeting. Shown by anyone who may read the map; made, changed and deleted by
 * editors and admins. Shareable by a read-only link (createShareLink with
 * presentationId), which then shows only its views.
 */
export type Presentation = {
  __typename?: 'Presentation';
  /** Its key. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its steps, in order. */
  slides: Array<PresentationSlide>;
  /** When it was saved last. Also its version: send it back as `expectedVersion` so that a change cannot overwrite one it has not seen. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who saved it last. */
  updatedBy: Scalars['String']['output'];
};

/** What deletePresentation did. */
export type PresentationDeleteResult = {
  __typename?: 'PresentationDeleteResult';
  /** True: it is gone. */
  deleted: Scalars['Boolean']['output'];
  /** The id asked for. */
  id: Scalars['ID']['output'];
};

/** A presentation's name and steps. */
export type PresentationInput = {
  /** Its name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Its steps, in order (1–50), each a saved view that exists. */
  slides: Array<PresentationSlideInput>;
};

/** One step of a presentation: a saved view and what to say about it. */
export type PresentationSlide = {
  __typename?: 'PresentationSlide';
  /** The caption shown with the view. */
  caption: Scalars['String']['output'];
  /** The saved view; null when it has been deleted since (the step is then left out when shown). */
  view?: Maybe<SavedView>;
  /** The saved view's id. */
  viewId: Scalars['ID']['output'];
};

/** One step: a saved view and its caption. */
export type PresentationSlideInput = {
  /** The caption (1–500 characters). */
  caption: Scalars['String']['input'];
  /** The saved view's id. */
  viewId: Scalars['ID']['input'];
};

/** Who is ultimately responsible for an actor or a care level (huvudman). */
export type Principal =
  /** Civil society: patient and user organisations, associations (civilsamhälle). */
  | 'CIVIL_SOCIETY'
  /** A municipality (kommunen). */
  | 'MUNICIPALITY'
  /** A private provider (privat). */
  | 'PRIVATE'
  /** The region (regionen). */
  | 'REGION'
  /** The state (staten). */
  | 'STATE';

/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type Query = {
  __typename?: 'Query';
  /** Actors (aktörer), a page at a time. */
  actors: ActorConnection;
  /** Your API tokens; an ADMIN may ask for anyone's, or everyone's with userId null. */
  apiTokens: Array<ApiToken>;
  /** Care levels (vårdnivåer), a page at a time. */
  careLevels: CareLevelConnection;
  /** Changes, newest first, filtered by time, by whom, and by area (a county part or municipality). */
  changes: Array<ChangeEntry>;
  /** The shortest chain of forums and actors linking two actors, or found=false with the reason. */
  collaborationPath: CollaborationPath;
  /** Areas × system levels, hand-overs or target groups, each cell with the forums and initiatives behind it. */
  coverage: CoverageMatrix;
  /** Every dismissed finding, with who dismissed it, when and why. */
  dismissals: Array<Dismissal>;
  /** Target-group estimates summed over an area's parts, per target group and year (e.g. individuals needing a mobile team across Umeå county part), beside the area's own stated estimate; by target group name, then year. */
  estimateTotals: Array<EstimateTotal>;
  /** Collaboration forums (samverkansforum), a page at a time. */
  forums: ForumConnection;
  /**
   * Detected gaps as of a date (today by default), optionally compared with
   * another date. `recordedAt` analyses the map as it was recorded at that
   * moment (from the audit trail) instead of as it is now.
   */
  gapAnalysis: GapAnalysis;
  /** The rule catalogue. */
  gapRules: Array<GapRule>;
  /** Recorded organisational gaps (organisatoriska mellanrum), a page at a time. Detected ones: `gapAnalysis`. */
  gaps: GapConnection;
  /**
   * The map: nodes and edges ready for Cytoscape. `asRecordedAt` shows the map
   * as it was recorded at that moment (from the audit trail; `version` is then -1).
   */
  graph: Graph;
  /** An element's history: its own changes and its relationships', oldest first. */
  history: Array<ChangeEntry>;
  /** Initiatives (utvecklingsområden, flödesförbättringar, projekt), a page at a time. */
  initiatives: InitiativeConnection;
  /** Stored positions of a layout; empty when none is stored. */
  mapLayout: MapLayout;
  /**
   * These elements as the map draws them, the same as `graph` gives them, in the
   * order asked; null where an id has none (deleted, or never there). What a map
   * page asks after a live update names a few changed elements: it costs what
   * the ids touch, not the whole map.
   */
  mapNodes: Array<Maybe<MapNode>>;
  /** Who this request acts as, and how. */
  me: Me;
  /** Everything within `depth` steps (1–5) of an element. */
  neighbourhood: Graph;
  /** One element by its id; null when there is none. */
  node?: Maybe<Node>;
  /** Elements by their ids, in the same order; null where an id has none. */
  nodes: Array<Maybe<Node>>;
  /** One presentation, or null. */
  presentation?: Maybe<Presentation>;
  /** Every presentation, by name. */
  presentations: Array<Presentation>;
  /** One named view; null when there is none with that id. */
  savedView?: Maybe<SavedView>;
  /** Named views, by name. */
  savedViews: Array<SavedView>;
  /** Elements whose name, description or evidence contain every word of `text`, also inside longer words (Swedish compounds: `covid` finds `postcovid`); best first. */
  search: Array<SearchHit>;
  /** Every read-only link, newest first (editors and admins only). */
  shareLinks: Array<ShareLink>;
  /** Every source: the catalogued documents (cited or not), then every other source some element or relationship cites (illustrative, synthetic, references given as text), each with how much cites it. */
  sources: Array<Source>;
  /** Which store answers, and its version (changes on every write). */
  storeStatus: StoreStatus;
  /** Target groups (målgrupper), a page at a time. */
  targetGroups: TargetGroupConnection;
  /** Actors ranked by how many forums they take part in (deltar i), most first; ties by name (Swedish collation). Actors in no counted forum are left out. */
  topParticipants: Array<ParticipantRank>;
  /** Every user (ADMIN). */
  users: Array<User>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NodeOrderInput>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryApiTokensArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryCareLevelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CareLevelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NodeOrderInput>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryChangesArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryCollaborationPathArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryCoverageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  columns: CoverageColumns;
  rows: CoverageRows;
  rules?: InputMaybe<GapRuleOptions>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryEstimateTotalsArgs = {
  area: Scalars['ID']['input'];
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryForumsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ForumFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NodeOrderInput>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryGapAnalysisArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  compareTo?: InputMaybe<Scalars['Date']['input']>;
  includeDismissed?: InputMaybe<Scalars['Boolean']['input']>;
  recordedAt?: InputMaybe<Scalars['DateTime']['input']>;
  rules?: InputMaybe<GapRuleOptions>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NodeOrderInput>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryGraphArgs = {
  asRecordedAt?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<GraphFilter>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NodeOrderInput>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryMapLayoutArgs = {
  key?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryMapNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelType>>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryPresentationArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QuerySearchArgs = {
  labels?: InputMaybe<Array<NodeLabel>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryTargetGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TargetGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NodeOrderInput>;
};


/** What can be read: the map's elements, lists with filters, search, the map itself. */
export type QueryTopParticipantsArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  forumFilter?: InputMaybe<ForumFilter>;
  roles?: InputMaybe<Array<ParticipationRole>>;
};

/** The types of relationship between elements. Each joins fixed kinds of element (from → to). */
export type RelType =
  /** Forum or Initiative → Gap: works on closing it (hanterar). */
  | 'ADDRESSES'
  /** Gap → TargetGroup: the gap affects that target group (påverkar). */
  | 'AFFECTS'
  /** Forum or Actor → Initiative: a forum set up within it, or an actor taking part, e.g. a pilot municipality (hör till). */
  | 'BELONGS_TO'
  /** Gap → Actor or CareLevel: the gap lies between these (mellan). */
  | 'BETWEEN'
  /** Actor → Forum: convenes the forum (sammankallar). */
  | 'CONVENES'
  /** Forum or Initiative → Actor: covers that area, a region, county part or municipality (täcker). */
  | 'COVERS'
  /** TargetGroup → Actor: an estimate of how many people in that area belong to the group, with `count` and `year` (skattning). */
  | 'ESTIMATE'
  /** Actor → CareLevel: orders care at that level, e.g. RS orders primary care (beställer). */
  | 'ORDERS'
  /** Actor or Forum → Initiative: owns it (äger). */
  | 'OWNS'
  /** Actor ↔ Actor: counterparts across the region–municipality boundary who act together (parhästar). */
  | 'PAIRED_WITH'
  /** Actor → Forum: takes part, with a role (deltar i). */
  | 'PARTICIPATES_IN'
  /** Actor → Actor: the hierarchy (a health centre is part of a county part, a county part of the region) (del av). */
  | 'PART_OF'
  /** Actor → CareLevel: runs care at that level (driver). */
  | 'PROVIDES'
  /** Forum → Forum: reports to (rapporterar till). */
  | 'REPORTS_TO'
  /** Forum or Initiative → TargetGroup: serves that target group (riktar sig till). */
  | 'SERVES'
  /** Forum or Initiative → CareLevel: spans that care level (spänner över). */
  | 'SPANS';

/** A relationship as stored. */
export type Relationship = {
  __typename?: 'Relationship';
  /** ESTIMATE only: how many people. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The element it starts from. */
  from: Node;
  /** The relationship's id. */
  id: Scalars['ID']['output'];
  /** PARTICIPATES_IN only: the actor's role in the forum. */
  role?: Maybe<ParticipationRole>;
  /** Where the fact comes from: a seed document id, `illustrative`, or a reference. */
  source: Scalars['String']['output'];
  /** The source the relationship's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** The element it points to. */
  to: Node;
  /** Which relationship it is. */
  type: RelType;
  /** ESTIMATE only: the year of the estimate. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Which way a relationship runs, seen from the element asked about. */
export type RelationshipDirection =
  /** Both ways. */
  | 'BOTH'
  /** Relationships that end at the element (the element is `to`). */
  | 'IN'
  /** Relationships that start at the element (the element is `from`). */
  | 'OUT';

/** VIEWER reads; EDITOR writes within its scopes; ADMIN does everything and manages users and tokens. */
export type Role =
  /** Does everything, and manages users and tokens. */
  | 'ADMIN'
  /** Reads everything; changes what lies within its scopes. */
  | 'EDITOR'
  /** Reads the map, and changes nothing. */
  | 'VIEWER';

/** How many findings one rule made. */
export type RuleCount = {
  __typename?: 'RuleCount';
  /** How many findings it made. */
  count: Scalars['Int']['output'];
  /** The rule. */
  rule: GapRule;
};

/** A rule's severity for one query. */
export type RuleSeverityInput = {
  /** The rule's id, e.g. `forum-orphan`. */
  ruleId: Scalars['String']['input'];
  /** The severity its findings get. */
  severity: Severity;
};

/** A named view of the map: its state as the web page encodes it in its URL. */
export type SavedView = {
  __typename?: 'SavedView';
  /** Stable key, made from the name unless given. */
  id: Scalars['ID']['output'];
  /** Its name, as the list of saved views shows it. */
  name: Scalars['String']['output'];
  /** The view state (filters, focus, date, grouping, selection) as the web page wrote it. */
  state: Scalars['JSON']['output'];
  /** When it was saved last. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who saved it last. */
  updatedBy: Scalars['String']['output'];
};

/** What deleteView did. */
export type SavedViewDeleteResult = {
  __typename?: 'SavedViewDeleteResult';
  /** False when there was no view with that id. */
  deleted: Scalars['Boolean']['output'];
  /** The id asked for. */
  id: Scalars['ID']['output'];
};

/** A view to save. */
export type SavedViewInput = {
  /** A stable key; made from the name when left out. Saving with an existing id replaces that view. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** The view state as the web page encodes it (filters, focus, date, grouping, selection). */
  state: Scalars['JSON']['input'];
};

/** A searched field of an element. */
export type SearchField =
  /** Its description. */
  | 'DESCRIPTION'
  /** A recorded gap's evidence. */
  | 'EVIDENCE'
  /** The element's name. */
  | 'NAME';

/** One element found by `search`, with how well it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The fields the words were found in, the one that weighed most first (a hit is shown by it). */
  matchedFields: Array<SearchField>;
  /** The element found. */
  node: Node;
  /** How well it matched: higher is better; a match in the name outweighs any in the text. */
  score: Scalars['Float']['output'];
};

/** How serious a gap is (allvarlighet). */
export type Severity =
  /** Critical (kritisk): the most serious. */
  | 'CRITICAL'
  /** High (hög). */
  | 'HIGH'
  /** Low (låg). */
  | 'LOW'
  /** Medium (medel). */
  | 'MEDIUM';

/** How many findings have one severity. */
export type SeverityCount = {
  __typename?: 'SeverityCount';
  /** How many findings have it. */
  count: Scalars['Int']['output'];
  /** The severity. */
  severity: Severity;
};

/**
 * A read-only link to a saved view or a presentation, for a committee: anyone
 * holding its token sees that view (or steps through that presentation's views)
 * at /v/<token> (and GET /api/shared/<token>) without signing in, and nothing
 * outside it. The token grants no identity: every other route
 * refuses it.
 */
export type ShareLink = {
  __typename?: 'ShareLink';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** When it stops working; null when it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The link's id (not its token, which is shown once, when it is created). */
  id: Scalars['ID']['output'];
  /** When it was used last; null until used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The presentation it shows; null when it has been deleted since (the link then shows nothing). */
  presentation?: Maybe<Presentation>;
  /** The presentation's id; null for a link to a saved view. */
  presentationId?: Maybe<Scalars['ID']['output']>;
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many times the view was opened through it. */
  uses: Scalars['Int']['output'];
  /** The saved view it shows; null when the view has been deleted since (the link then shows nothing). */
  view?: Maybe<SavedView>;
  /** The saved view's id; null for a link to a presentation. */
  viewId?: Maybe<Scalars['ID']['output']>;
};

/** A new link: its token is shown here once and never again (only a digest of it is stored). */
export type ShareLinkCreated = {
  __typename?: 'ShareLinkCreated';
  /** The link. */
  link: ShareLink;
  /** The page's path for it: /v/<token>. */
  path: Scalars['String']['output'];
  /** The secret that opens the view; keep it like a password. */
  token: Scalars['String']['output'];
};

/** Where facts come from (källa): a catalogued document, or what stands in for one. */
export type Source = {
  __typename?: 'Source';
  /** The date the document states for itself, where it gives one. */
  date?: Maybe<Scalars['Date']['output']>;
  /** How many elements (nodes) cite it. */
  elementCount: Scalars['Int']['output'];
  /** The document's file among the seed documents (`shared/seeds/`). */
  file?: Maybe<Scalars['String']['output']>;
  /** The id facts cite as their `source`: a document's id such as `002_3be67d7d3a733685`, `illustrative`, `synthetic`, or the reference's text. */
  id: Scalars['ID']['output'];
  /** True when the facts citing it do not come from a document (illustrative or synthetic data). */
  illustrative: Scalars['Boolean']['output'];
  /** What kind of source it is. */
  kind: SourceKind;
  /** What to keep in mind when citing it (in Swedish), e.g. that a document's text was read by OCR. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who published the document. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** How many relationships cite it. */
  relationshipCount: Scalars['Int']['output'];
  /** The document's own (Swedish) title; for illustrative and synthetic data, what they are; null for a reference given as text. */
  title?: Maybe<Scalars['String']['output']>;
  /** The title in English. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** The year the document states for itself. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** What kind of source a fact cites. */
export type SourceKind =
  /** One of the catalogued documents (the seed documents in `shared/seeds/`). */
  | 'DOCUMENT'
  /** No document gives the fact (illustrativt): set so the map can be shown, e.g. a health centre's name or a forum's chair; not to be read as sourced. */
  | 'ILLUSTRATIVE'
  /** A reference written as text by whoever recorded the fact, not a catalogued document. */
  | 'REFERENCE'
  /** Generated data (the benchmarks' synthetic country), not facts. */
  | 'SYNTHETIC';

/** Where a forum or an initiative stands. */
export type Status =
  /** Running (aktivt). */
  | 'ACTIVE'
  /** Ended (avslutat); see `endDate`. */
  | 'ENDED'
  /** Set aside for now, expected to resume (pausat). */
  | 'PAUSED'
  /** Decided or proposed but not started (planerat); see `plannedStart`. */
  | 'PLANNED';

/** Which store answers, and its current version. */
export type StoreStatus = {
  __typename?: 'StoreStatus';
  /** The store engine's version, e.g. SQLite's or Neo4j's. */
  engineVersion: Scalars['String']['output'];
  /** The store: `sqlite` (embedded) or `neo4j`. */
  kind: Scalars['String']['output'];
  /** Changes on every write. */
  version: Scalars['Int']['output'];
};

/**
 * Live updates over a WebSocket at `/graphql` (the graphql-ws protocol,
 * subprotocol `graphql-transport-ws`), signed in as for queries: the session
 * cookie or `Authorization: Bearer <token>` on the upgrade request. A socket
 * ends when its sign-in no longer holds.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every change to the map from now on, as it is committed, by anyone, through any app instance; one event per batch of changes (usually within half a second). */
  mapChanged: MapChange;
};

/** System level (systemnivå): makro (strategic), meso (tactical), mikro (operational). */
export type SystemLevel =
  /** Strategic (makro): direction and priorities, e.g. the county-wide collaboration group (länssamverkansgrupp). */
  | 'MACRO'
  /** Tactical (meso): plans and resources across units, e.g. the local collaboration group in each municipality. */
  | 'MESO'
  /** Operational (mikro): the everyday work around patients, e.g. a collaboration team at a sjukstuga. */
  | 'MICRO';

/** Målgrupp. */
export type TargetGroup = Node & {
  __typename?: 'TargetGroup';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** How the group is delimited, e.g. `Ca 5 % av personer 65+`. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Estimates of how many people belong to it, per area and year. */
  estimates: Array<PopulationEstimate>;
  /** Forums that serve it. */
  forums: Array<Forum>;
  /** Recorded gaps that affect it. */
  gaps: Array<Gap>;
  /** Stable id, e.g. `tg-mest-sjuka-aldre`. */
  id: Scalars['ID']['output'];
  /** Initiatives that serve it. */
  initiatives: Array<Initiative>;
  /** Always `TargetGroup`. */
  label: NodeLabel;
  /** Its name, e.g. `Mest sjuka äldre`. */
  name: Scalars['String']['output'];
  /** Its relationships, each with its type, both ends and its source; all when `types` is left out. */
  relationships: Array<Relationship>;
  /** A seed document id, `illustrative`, or where the fact was found. */
  source: Scalars['String']['output'];
  /** The source this target group's `source` names: the document, or what stands in for one. */
  sourceDocument: Source;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};


/** Målgrupp. */
export type TargetGroupRelationshipsArgs = {
  direction?: InputMaybe<RelationshipDirection>;
  types?: InputMaybe<Array<RelType>>;
};

/** A page of target groups. */
export type TargetGroupConnection = {
  __typename?: 'TargetGroupConnection';
  /** The whole list (every page, the same filter) counted by group, by name (Swedish collation). */
  groupCounts: Array<GroupCount>;
  /** The target groups on this page. */
  nodes: Array<TargetGroup>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many target groups match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of target groups. */
export type TargetGroupConnectionGroupCountsArgs = {
  by: TargetGroupGroupBy;
};

/** Which target groups to list. The fields combine with AND. */
export type TargetGroupFilter = {
  /** Only target groups with an estimate for this county part or an area in it (its id). */
  countyPart?: InputMaybe<Scalars['ID']['input']>;
  /** Only target groups with an estimate for this municipality (its id). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only target groups matching every word of this text, by the rules of `search`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What target groups can be counted by. */
export type TargetGroupGroupBy =
  /** The county parts (länsdelar) they have an estimate in, or in an area of: as the `countyPart` filter keeps them. */
  | 'COUNTY_PART'
  /** The municipalities they have an estimate for: as the `municipality` filter keeps them. */
  | 'MUNICIPALITY';

/** A new target group (målgrupp). */
export type TargetGroupInput = {
  /** How the group is delimited, e.g. `Ca 5 % av personer 65+`. */
  definition?: InputMaybe<Scalars['String']['input']>;
  /** Free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A stable key; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Its name, e.g. `Mest sjuka äldre`. */
  name: Scalars['String']['input'];
  /** Where the fact comes from; `illustrative` when left out. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; `null` removes an optional field. */
export type TargetGroupPatch = {
  /** A new definition; null removes it. */
  definition?: InputMaybe<Scalars['String']['input']>;
  /** A new description; null removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A new note on the source; null removes it. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

/** What undismissFinding did. */
export type UndismissResult = {
  __typename?: 'UndismissResult';
  /** The finding's key. */
  key: Scalars['String']['output'];
  /** False when the finding was not dismissed. */
  undismissed: Scalars['Boolean']['output'];
};

/** A relationship to remove. */
export type UnlinkInput = {
  /** The id of the element it starts from. */
  from: Scalars['ID']['input'];
  /** The id of the element it points to. */
  to: Scalars['ID']['input'];
  /** Which relationship. */
  type: RelType;
  /** ESTIMATE only: which year; all years when left out. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What an unlink did. */
export type UnlinkResult = {
  __typename?: 'UnlinkResult';
  /** False when there was no such relationship. */
  unlinked: Scalars['Boolean']['output'];
  /** The store version after the change. */
  version: Scalars['Int']['output'];
};

/** An actor to change, in `applyChanges`. */
export type UpdateActorInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  /** The actor's id. */
  id: Scalars['ID']['input'];
  /** What changes. */
  patch: ActorPatch;
};

/** A care level to change, in `applyChanges`. */
export type UpdateCareLevelInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  /** The care level's id. */
  id: Scalars['ID']['input'];
  /** What changes. */
  patch: CareLevelPatch;
};

/** A forum to change, in `applyChanges`. */
export type UpdateForumInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  /** The forum's id. */
  id: Scalars['ID']['input'];
  /** What changes. */
  patch: ForumPatch;
};

/** A recorded gap to change, in `applyChanges`. */
export type UpdateGapInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  /** The gap's id. */
  id: Scalars['ID']['input'];
  /** What changes (its status one step at a time). */
  patch: GapPatch;
};

/** An initiative to change, in `applyChanges`. */
export type UpdateInitiativeInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  /** The initiative's id. */
  id: Scalars['ID']['input'];
  /** What changes. */
  patch: InitiativePatch;
};

/** A target group to change, in `applyChanges`. */
export type UpdateTargetGroupInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: InputMaybe<Scalars['DateTime']['input']>;
  /** The target group's id. */
  id: Scalars['ID']['input'];
  /** What changes. */
  patch: TargetGroupPatch;
};

/** A person who may sign in, or hold API tokens. */
export type User = {
  __typename?: 'User';
  /** Null for the built-in local user. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when the account is switched off: no sign-in, no tokens. */
  disabled: Scalars['Boolean']['output'];
  /** The user name they sign in with. */
  id: Scalars['ID']['output'];
  /** Their name as shown, e.g. in the audit trail. */
  name: Scalars['String']['output'];
  /** What they may do. */
  role: Role;
  /** `region`, or ids of county parts and municipalities (each includes what is part of it). */
  scopes: Array<Scalars['String']['output']>;
};

/** A new user. */
export type UserInput = {
  /** The user name they sign in with. */
  id: Scalars['ID']['input'];
  /** Their name as shown; the user name when left out. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 12 characters or more. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** What they may do. */
  role: Role;
  /** `region`, or ids of county parts and municipalities; `region` when left out. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Only the fields given change. */
export type UserPatch = {
  /** Switches the account off (true) or on again; switching off ends its sessions and tokens. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new password (12 characters or more); ends the user's sessions and tokens. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** A new role. */
  role?: InputMaybe<Role>;
  /** New scopes: `region`, or ids of county parts and municipalities. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActorParent )
    | ( CareLevelParent )
    | ( ForumParent )
    | ( GapParent )
    | ( InitiativeParent )
    | ( TargetGroupParent )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorParent>;
  ActorConnection: ResolverTypeWrapper<ActorConnectionParent>;
  ActorFilter: ActorFilter;
  ActorGroupBy: ActorGroupBy;
  ActorInput: ActorInput;
  ActorKind: ActorKind;
  ActorPatch: ActorPatch;
  AnalysisEstimate: ResolverTypeWrapper<AnalysisEstimate>;
  ApiToken: ResolverTypeWrapper<ApiToken>;
  ApplyChangesResult: ResolverTypeWrapper<Omit<ApplyChangesResult, 'results'> & { results: Array<ResolversTypes['ChangeResult']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CareLevel: ResolverTypeWrapper<CareLevelParent>;
  CareLevelConnection: ResolverTypeWrapper<CareLevelConnectionParent>;
  CareLevelFilter: CareLevelFilter;
  CareLevelGroupBy: CareLevelGroupBy;
  CareLevelInput: CareLevelInput;
  CareLevelKind: CareLevelKind;
  CareLevelPairInput: CareLevelPairInput;
  CareLevelPatch: CareLevelPatch;
  ChangeEntry: ResolverTypeWrapper<ChangeEntry>;
  ChangeInput: ChangeInput;
  ChangeResult: ResolverTypeWrapper<ChangeResultParent>;
  ChangeSummary: ResolverTypeWrapper<ChangeSummary>;
  CollaborationPath: ResolverTypeWrapper<CollaborationPathParent>;
  CoverageCell: ResolverTypeWrapper<CoverageCellParent>;
  CoverageColumn: ResolverTypeWrapper<CoverageColumnParent>;
  CoverageColumns: CoverageColumns;
  CoverageMatrix: ResolverTypeWrapper<CoverageMatrixParent>;
  CoverageRow: ResolverTypeWrapper<CoverageRowParent>;
  CoverageRows: CoverageRows;
  CoverageState: CoverageState;
  CoverageTotals: ResolverTypeWrapper<CoverageTotals>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteInput: DeleteInput;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  Dismissal: ResolverTypeWrapper<Dismissal>;
  EstimateTotal: ResolverTypeWrapper<Omit<EstimateTotal, 'area' | 'parts' | 'stated' | 'targetGroup'> & { area: ResolversTypes['Actor'], parts: Array<ResolversTypes['PopulationEstimate']>, stated?: Maybe<ResolversTypes['PopulationEstimate']>, targetGroup: ResolversTypes['TargetGroup'] }>;
  Finding: ResolverTypeWrapper<FindingParent>;
  FindingScope: ResolverTypeWrapper<Omit<FindingScope, 'nodes'> & { nodes: Array<ResolversTypes['Node']> }>;
  FindingScopeKind: FindingScopeKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Forum: ResolverTypeWrapper<ForumParent>;
  ForumConnection: ResolverTypeWrapper<ForumConnectionParent>;
  ForumFilter: ForumFilter;
  ForumGroupBy: ForumGroupBy;
  ForumInput: ForumInput;
  ForumKind: ForumKind;
  ForumPatch: ForumPatch;
  Gap: ResolverTypeWrapper<GapParent>;
  GapAnalysis: ResolverTypeWrapper<GapAnalysisParent>;
  GapComparison: ResolverTypeWrapper<GapComparisonParent>;
  GapConnection: ResolverTypeWrapper<GapConnectionParent>;
  GapFilter: GapFilter;
  GapGroupBy: GapGroupBy;
  GapInput: GapInput;
  GapKind: GapKind;
  GapPatch: GapPatch;
  GapRule: ResolverTypeWrapper<GapRuleParent>;
  GapRuleOptions: GapRuleOptions;
  GapStatus: GapStatus;
  Graph: ResolverTypeWrapper<GraphParent>;
  GraphFilter: GraphFilter;
  GroupCount: ResolverTypeWrapper<Omit<GroupCount, 'node'> & { node?: Maybe<ResolversTypes['Node']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Initiative: ResolverTypeWrapper<InitiativeParent>;
  InitiativeConnection: ResolverTypeWrapper<InitiativeConnectionParent>;
  InitiativeFilter: InitiativeFilter;
  InitiativeGroupBy: InitiativeGroupBy;
  InitiativeInput: InitiativeInput;
  InitiativeKind: InitiativeKind;
  InitiativePatch: InitiativePatch;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LinkInput: LinkInput;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Mandate: Mandate;
  MapChange: ResolverTypeWrapper<MapChange>;
  MapEdge: ResolverTypeWrapper<MapEdge>;
  MapLayout: ResolverTypeWrapper<MapLayout>;
  MapNode: ResolverTypeWrapper<MapNodeParent>;
  Me: ResolverTypeWrapper<Me>;
  MeetingFrequency: MeetingFrequency;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewApiToken: ResolverTypeWrapper<NewApiToken>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeLabel: NodeLabel;
  NodeOrderField: NodeOrderField;
  NodeOrderInput: NodeOrderInput;
  NodePosition: ResolverTypeWrapper<NodePosition>;
  NodePositionInput: NodePositionInput;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantRank: ResolverTypeWrapper<Omit<ParticipantRank, 'actor' | 'forums'> & { actor: ResolversTypes['Actor'], forums: Array<ResolversTypes['Forum']> }>;
  Participation: ResolverTypeWrapper<ParticipationParent>;
  ParticipationRole: ParticipationRole;
  PopulationEstimate: ResolverTypeWrapper<PopulationEstimateParent>;
  Presentation: ResolverTypeWrapper<Presentation>;
  PresentationDeleteResult: ResolverTypeWrapper<PresentationDeleteResult>;
  PresentationInput: PresentationInput;
  PresentationSlide: ResolverTypeWrapper<PresentationSlide>;
  PresentationSlideInput: PresentationSlideInput;
  Principal: Principal;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelType: RelType;
  Relationship: ResolverTypeWrapper<RelationshipParent>;
  RelationshipDirection: RelationshipDirection;
  Role: Role;
  RuleCount: ResolverTypeWrapper<Omit<RuleCount, 'rule'> & { rule: ResolversTypes['GapRule'] }>;
  RuleSeverityInput: RuleSeverityInput;
  SavedView: ResolverTypeWrapper<SavedView>;
  SavedViewDeleteResult: ResolverTypeWrapper<SavedViewDeleteResult>;
  SavedViewInput: SavedViewInput;
  SearchField: SearchField;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Severity: Severity;
  SeverityCount: ResolverTypeWrapper<SeverityCount>;
  ShareLink: ResolverTypeWrapper<ShareLink>;
  ShareLinkCreated: ResolverTypeWrapper<ShareLinkCreated>;
  Source: ResolverTypeWrapper<SourceParent>;
  SourceKind: SourceKind;
  Status: Status;
  StoreStatus: ResolverTypeWrapper<StoreStatus>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SystemLevel: SystemLevel;
  TargetGroup: ResolverTypeWrapper<TargetGroupParent>;
  TargetGroupConnection: ResolverTypeWrapper<TargetGroupConnectionParent>;
  TargetGroupFilter: TargetGroupFilter;
  TargetGroupGroupBy: TargetGroupGroupBy;
  TargetGroupInput: TargetGroupInput;
  TargetGroupPatch: TargetGroupPatch;
  UndismissResult: ResolverTypeWrapper<UndismissResult>;
  UnlinkInput: UnlinkInput;
  UnlinkResult: ResolverTypeWrapper<UnlinkResult>;
  UpdateActorInput: UpdateActorInput;
  UpdateCareLevelInput: UpdateCareLevelInput;
  UpdateForumInput: UpdateForumInput;
  UpdateGapInput: UpdateGapInput;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateTargetGroupInput: UpdateTargetGroupInput;
  User: ResolverTypeWrapper<User>;
  UserInput: UserInput;
  UserPatch: UserPatch;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorParent;
  ActorConnection: ActorConnectionParent;
  ActorFilter: ActorFilter;
  ActorInput: ActorInput;
  ActorPatch: ActorPatch;
  AnalysisEstimate: AnalysisEstimate;
  ApiToken: ApiToken;
  ApplyChangesResult: Omit<ApplyChangesResult, 'results'> & { results: Array<ResolversParentTypes['ChangeResult']> };
  Boolean: Scalars['Boolean']['output'];
  CareLevel: CareLevelParent;
  CareLevelConnection: CareLevelConnectionParent;
  CareLevelFilter: CareLevelFilter;
  CareLevelInput: CareLevelInput;
  CareLevelPairInput: CareLevelPairInput;
  CareLevelPatch: CareLevelPatch;
  ChangeEntry: ChangeEntry;
  ChangeInput: ChangeInput;
  ChangeResult: ChangeResultParent;
  ChangeSummary: ChangeSummary;
  CollaborationPath: CollaborationPathParent;
  CoverageCell: CoverageCellParent;
  CoverageColumn: CoverageColumnParent;
  CoverageMatrix: CoverageMatrixParent;
  CoverageRow: CoverageRowParent;
  CoverageTotals: CoverageTotals;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteInput: DeleteInput;
  DeleteResult: DeleteResult;
  Dismissal: Dismissal;
  EstimateTotal: Omit<EstimateTotal, 'area' | 'parts' | 'stated' | 'targetGroup'> & { area: ResolversParentTypes['Actor'], parts: Array<ResolversParentTypes['PopulationEstimate']>, stated?: Maybe<ResolversParentTypes['PopulationEstimate']>, targetGroup: ResolversParentTypes['TargetGroup'] };
  Finding: FindingParent;
  FindingScope: Omit<FindingScope, 'nodes'> & { nodes: Array<ResolversParentTypes['Node']> };
  Float: Scalars['Float']['output'];
  Forum: ForumParent;
  ForumConnection: ForumConnectionParent;
  ForumFilter: ForumFilter;
  ForumInput: ForumInput;
  ForumPatch: ForumPatch;
  Gap: GapParent;
  GapAnalysis: GapAnalysisParent;
  GapComparison: GapComparisonParent;
  GapConnection: GapConnectionParent;
  GapFilter: GapFilter;
  GapInput: GapInput;
  GapPatch: GapPatch;
  GapRule: GapRuleParent;
  GapRuleOptions: GapRuleOptions;
  Graph: GraphParent;
  GraphFilter: GraphFilter;
  GroupCount: Omit<GroupCount, 'node'> & { node?: Maybe<ResolversParentTypes['Node']> };
  ID: Scalars['ID']['output'];
  Initiative: InitiativeParent;
  InitiativeConnection: InitiativeConnectionParent;
  InitiativeFilter: InitiativeFilter;
  InitiativeInput: InitiativeInput;
  InitiativePatch: InitiativePatch;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LinkInput: LinkInput;
  LocalizedText: LocalizedText;
  MapChange: MapChange;
  MapEdge: MapEdge;
  MapLayout: MapLayout;
  MapNode: MapNodeParent;
  Me: Me;
  Mutation: Record<PropertyKey, never>;
  NewApiToken: NewApiToken;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeOrderInput: NodeOrderInput;
  NodePosition: NodePosition;
  NodePositionInput: NodePositionInput;
  PageInfo: PageInfo;
  ParticipantRank: Omit<ParticipantRank, 'actor' | 'forums'> & { actor: ResolversParentTypes['Actor'], forums: Array<ResolversParentTypes['Forum']> };
  Participation: ParticipationParent;
  PopulationEstimate: PopulationEstimateParent;
  Presentation: Presentation;
  PresentationDeleteResult: PresentationDeleteResult;
  PresentationInput: PresentationInput;
  PresentationSlide: PresentationSlide;
  PresentationSlideInput: PresentationSlideInput;
  Query: Record<PropertyKey, never>;
  Relationship: RelationshipParent;
  RuleCount: Omit<RuleCount, 'rule'> & { rule: ResolversParentTypes['GapRule'] };
  RuleSeverityInput: RuleSeverityInput;
  SavedView: SavedView;
  SavedViewDeleteResult: SavedViewDeleteResult;
  SavedViewInput: SavedViewInput;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  SeverityCount: SeverityCount;
  ShareLink: ShareLink;
  ShareLinkCreated: ShareLinkCreated;
  Source: SourceParent;
  StoreStatus: StoreStatus;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TargetGroup: TargetGroupParent;
  TargetGroupConnection: TargetGroupConnectionParent;
  TargetGroupFilter: TargetGroupFilter;
  TargetGroupInput: TargetGroupInput;
  TargetGroupPatch: TargetGroupPatch;
  UndismissResult: UndismissResult;
  UnlinkInput: UnlinkInput;
  UnlinkResult: UnlinkResult;
  UpdateActorInput: UpdateActorInput;
  UpdateCareLevelInput: UpdateCareLevelInput;
  UpdateForumInput: UpdateForumInput;
  UpdateGapInput: UpdateGapInput;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateTargetGroupInput: UpdateTargetGroupInput;
  User: User;
  UserInput: UserInput;
  UserPatch: UserPatch;
};

export type ActorResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convenes?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  coveredBy?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimates?: Resolver<Array<ResolversTypes['PopulationEstimate']>, ParentType, ContextType>;
  forums?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['CareLevel']>, ParentType, ContextType>;
  owns?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  pairedWith?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  participatesIn?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  provides?: Resolver<Array<ResolversTypes['CareLevel']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ActorRelationshipsArgs, 'direction'>>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  groupCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<ActorConnectionGroupCountsArgs, 'by'>>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalysisEstimateResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['AnalysisEstimate'] = ResolversParentTypes['AnalysisEstimate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ApplyChangesResultResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ApplyChangesResult'] = ResolversParentTypes['ApplyChangesResult']> = {
  results?: Resolver<Array<ResolversTypes['ChangeResult']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareLevelResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CareLevel'] = ResolversParentTypes['CareLevel']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forums?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CareLevelKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  providers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<CareLevelRelationshipsArgs, 'direction'>>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CareLevelConnectionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CareLevelConnection'] = ResolversParentTypes['CareLevelConnection']> = {
  groupCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<CareLevelConnectionGroupCountsArgs, 'by'>>;
  nodes?: Resolver<Array<ResolversTypes['CareLevel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEntryResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ChangeEntry'] = ResolversParentTypes['ChangeEntry']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChangeResultResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ChangeResult'] = ResolversParentTypes['ChangeResult']> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type ChangeSummaryResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ChangeSummary'] = ResolversParentTypes['ChangeSummary']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['NodeLabel']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RelType']>, ParentType, ContextType>;
};

export type CollaborationPathResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CollaborationPath'] = ResolversParentTypes['CollaborationPath']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  forumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type CoverageCellResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  active?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['AnalysisEstimate']>, ParentType, ContextType>;
  findingKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CoverageState'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type CoverageColumnResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CoverageColumn'] = ResolversParentTypes['CoverageColumn']> = {
  careLevels?: Resolver<Maybe<Array<ResolversTypes['CareLevelKind']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  systemLevel?: Resolver<Maybe<ResolversTypes['SystemLevel']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
};

export type CoverageMatrixResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  columnKind?: Resolver<ResolversTypes['CoverageColumns'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['CoverageColumn']>, ParentType, ContextType>;
  rowKind?: Resolver<ResolversTypes['CoverageRows'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CoverageRow']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['CoverageTotals'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageRowResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CoverageRow'] = ResolversParentTypes['CoverageRow']> = {
  area?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType>;
};

export type CoverageTotalsResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['CoverageTotals'] = ResolversParentTypes['CoverageTotals']> = {
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  none?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteResultResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DismissalResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Dismissal'] = ResolversParentTypes['Dismissal']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EstimateTotalResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['EstimateTotal'] = ResolversParentTypes['EstimateTotal']> = {
  area?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PopulationEstimate']>, ParentType, ContextType>;
  stated?: Resolver<Maybe<ResolversTypes['PopulationEstimate']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  affects?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  between?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  dismissal?: Resolver<Maybe<ResolversTypes['Dismissal']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['AnalysisEstimate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  evidenceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  recordedGap?: Resolver<Maybe<ResolversTypes['Gap']>, ParentType, ContextType>;
  remedies?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['GapRule'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['FindingScope'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type FindingScopeResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['FindingScope'] = ResolversParentTypes['FindingScope']> = {
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FindingScopeKind'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type ForumResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Forum'] = ResolversParentTypes['Forum']> = {
  addresses?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  careLevels?: Resolver<Array<ResolversTypes['CareLevel']>, ParentType, ContextType>;
  convenedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  crossesBoundary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ForumKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  mandate?: Resolver<Maybe<ResolversTypes['Mandate']>, ParentType, ContextType>;
  meetingFrequency?: Resolver<Maybe<ResolversTypes['MeetingFrequency']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owns?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ForumRelationshipsArgs, 'direction'>>;
  reportingForums?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  reportsTo?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  systemLevel?: Resolver<ResolversTypes['SystemLevel'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  topLevel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ForumConnectionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ForumConnection'] = ResolversParentTypes['ForumConnection']> = {
  groupCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<ForumConnectionGroupCountsArgs, 'by'>>;
  nodes?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GapResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = {
  addressedBy?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  affects?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  between?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  findingKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<GapRelationshipsArgs, 'direction'>>;
  ruleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GapAnalysisResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['GapAnalysis'] = ResolversParentTypes['GapAnalysis']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byRule?: Resolver<Array<ResolversTypes['RuleCount']>, ParentType, ContextType>;
  bySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
  comparison?: Resolver<Maybe<ResolversTypes['GapComparison']>, ParentType, ContextType>;
  dismissedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  today?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GapComparisonResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['GapComparison'] = ResolversParentTypes['GapComparison']> = {
  closed?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  closedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ending?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  opened?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  openedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  starting?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unchanged?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GapConnectionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['GapConnection'] = ResolversParentTypes['GapConnection']> = {
  groupCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<GapConnectionGroupCountsArgs, 'by'>>;
  nodes?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GapRuleResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['GapRule'] = ResolversParentTypes['GapRule']> = {
  defaultSeverity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['MapEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MapNode']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupCountResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['GroupCount'] = ResolversParentTypes['GroupCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = {
  addresses?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  careLevels?: Resolver<Array<ResolversTypes['CareLevel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InitiativeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<InitiativeRelationshipsArgs, 'direction'>>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InitiativeConnectionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['InitiativeConnection'] = ResolversParentTypes['InitiativeConnection']> = {
  groupCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<InitiativeConnectionGroupCountsArgs, 'by'>>;
  nodes?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MapChangeResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['MapChange'] = ResolversParentTypes['MapChange']> = {
  by?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  byNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ChangeSummary']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MapEdgeResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['MapEdge'] = ResolversParentTypes['MapEdge']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ParticipationRole']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MapLayoutResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['MapLayout'] = ResolversParentTypes['MapLayout']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['NodePosition']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MapNodeResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['MapNode'] = ResolversParentTypes['MapNode']> = {
  countyPart?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  principal?: Resolver<Maybe<ResolversTypes['Principal']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['Severity']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemLevel?: Resolver<Maybe<ResolversTypes['SystemLevel']>, ParentType, ContextType>;
};

export type MeResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  authRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyChanges?: Resolver<ResolversTypes['ApplyChangesResult'], ParentType, ContextType, RequireFields<MutationApplyChangesArgs, 'changes'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'expiresInDays' | 'name'>>;
  createCareLevel?: Resolver<ResolversTypes['CareLevel'], ParentType, ContextType, RequireFields<MutationCreateCareLevelArgs, 'input'>>;
  createForum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType, RequireFields<MutationCreateForumArgs, 'input'>>;
  createGap?: Resolver<ResolversTypes['Gap'], ParentType, ContextType, RequireFields<MutationCreateGapArgs, 'input'>>;
  createInitiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationCreateInitiativeArgs, 'input'>>;
  createPresentation?: Resolver<ResolversTypes['Presentation'], ParentType, ContextType, RequireFields<MutationCreatePresentationArgs, 'input'>>;
  createShareLink?: Resolver<ResolversTypes['ShareLinkCreated'], ParentType, ContextType, Partial<MutationCreateShareLinkArgs>>;
  createTargetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType, RequireFields<MutationCreateTargetGroupArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteActor?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'id'>>;
  deleteCareLevel?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteCareLevelArgs, 'id'>>;
  deleteForum?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteForumArgs, 'id'>>;
  deleteGap?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteGapArgs, 'id'>>;
  deleteInitiative?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteInitiativeArgs, 'id'>>;
  deletePresentation?: Resolver<ResolversTypes['PresentationDeleteResult'], ParentType, ContextType, RequireFields<MutationDeletePresentationArgs, 'id'>>;
  deleteTargetGroup?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTargetGroupArgs, 'id'>>;
  deleteView?: Resolver<ResolversTypes['SavedViewDeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteViewArgs, 'id'>>;
  dismissFinding?: Resolver<ResolversTypes['Dismissal'], ParentType, ContextType, RequireFields<MutationDismissFindingArgs, 'key' | 'reason'>>;
  link?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationLinkArgs, 'input'>>;
  promoteFinding?: Resolver<ResolversTypes['Gap'], ParentType, ContextType, RequireFields<MutationPromoteFindingArgs, 'key'>>;
  resetMapLayout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetMapLayoutArgs, 'key'>>;
  restore?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationRestoreArgs, 'id' | 'seq'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeShareLink?: Resolver<ResolversTypes['ShareLink'], ParentType, ContextType, RequireFields<MutationRevokeShareLinkArgs, 'id'>>;
  saveMapLayout?: Resolver<ResolversTypes['MapLayout'], ParentType, ContextType, RequireFields<MutationSaveMapLayoutArgs, 'key' | 'positions' | 'replace'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'input'>>;
  transitionGap?: Resolver<ResolversTypes['Gap'], ParentType, ContextType, RequireFields<MutationTransitionGapArgs, 'id' | 'status'>>;
  undismissFinding?: Resolver<ResolversTypes['UndismissResult'], ParentType, ContextType, RequireFields<MutationUndismissFindingArgs, 'key'>>;
  unlink?: Resolver<ResolversTypes['UnlinkResult'], ParentType, ContextType, RequireFields<MutationUnlinkArgs, 'input'>>;
  updateActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id' | 'patch'>>;
  updateCareLevel?: Resolver<ResolversTypes['CareLevel'], ParentType, ContextType, RequireFields<MutationUpdateCareLevelArgs, 'id' | 'patch'>>;
  updateForum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType, RequireFields<MutationUpdateForumArgs, 'id' | 'patch'>>;
  updateGap?: Resolver<ResolversTypes['Gap'], ParentType, ContextType, RequireFields<MutationUpdateGapArgs, 'id' | 'patch'>>;
  updateInitiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationUpdateInitiativeArgs, 'id' | 'patch'>>;
  updatePresentation?: Resolver<ResolversTypes['Presentation'], ParentType, ContextType, RequireFields<MutationUpdatePresentationArgs, 'id' | 'input'>>;
  updateTargetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType, RequireFields<MutationUpdateTargetGroupArgs, 'id' | 'patch'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'patch'>>;
};

export type NewApiTokenResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  resolveType: TypeResolveFn<'Actor' | 'CareLevel' | 'Forum' | 'Gap' | 'Initiative' | 'TargetGroup', ParentType, ContextType>;
};

export type NodePositionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['NodePosition'] = ResolversParentTypes['NodePosition']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipantRankResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ParticipantRank'] = ResolversParentTypes['ParticipantRank']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  forumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forums?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  forum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipationRole'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PopulationEstimateResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['PopulationEstimate'] = ResolversParentTypes['PopulationEstimate']> = {
  area?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PresentationResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Presentation'] = ResolversParentTypes['Presentation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slides?: Resolver<Array<ResolversTypes['PresentationSlide']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PresentationDeleteResultResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['PresentationDeleteResult'] = ResolversParentTypes['PresentationDeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PresentationSlideResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['PresentationSlide'] = ResolversParentTypes['PresentationSlide']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  view?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType>;
  viewId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, Partial<QueryApiTokensArgs>>;
  careLevels?: Resolver<ResolversTypes['CareLevelConnection'], ParentType, ContextType, RequireFields<QueryCareLevelsArgs, 'first'>>;
  changes?: Resolver<Array<ResolversTypes['ChangeEntry']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  collaborationPath?: Resolver<ResolversTypes['CollaborationPath'], ParentType, ContextType, RequireFields<QueryCollaborationPathArgs, 'from' | 'to'>>;
  coverage?: Resolver<ResolversTypes['CoverageMatrix'], ParentType, ContextType, RequireFields<QueryCoverageArgs, 'columns' | 'rows'>>;
  dismissals?: Resolver<Array<ResolversTypes['Dismissal']>, ParentType, ContextType>;
  estimateTotals?: Resolver<Array<ResolversTypes['EstimateTotal']>, ParentType, ContextType, RequireFields<QueryEstimateTotalsArgs, 'area'>>;
  forums?: Resolver<ResolversTypes['ForumConnection'], ParentType, ContextType, RequireFields<QueryForumsArgs, 'first'>>;
  gapAnalysis?: Resolver<ResolversTypes['GapAnalysis'], ParentType, ContextType, RequireFields<QueryGapAnalysisArgs, 'includeDismissed'>>;
  gapRules?: Resolver<Array<ResolversTypes['GapRule']>, ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['GapConnection'], ParentType, ContextType, RequireFields<QueryGapsArgs, 'first'>>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, Partial<QueryGraphArgs>>;
  history?: Resolver<Array<ResolversTypes['ChangeEntry']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id'>>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, RequireFields<QueryInitiativesArgs, 'first'>>;
  mapLayout?: Resolver<ResolversTypes['MapLayout'], ParentType, ContextType, RequireFields<QueryMapLayoutArgs, 'key'>>;
  mapNodes?: Resolver<Array<Maybe<ResolversTypes['MapNode']>>, ParentType, ContextType, RequireFields<QueryMapNodesArgs, 'ids'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  neighbourhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  presentation?: Resolver<Maybe<ResolversTypes['Presentation']>, ParentType, ContextType, RequireFields<QueryPresentationArgs, 'id'>>;
  presentations?: Resolver<Array<ResolversTypes['Presentation']>, ParentType, ContextType>;
  savedView?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'id'>>;
  savedViews?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  shareLinks?: Resolver<Array<ResolversTypes['ShareLink']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  storeStatus?: Resolver<ResolversTypes['StoreStatus'], ParentType, ContextType>;
  targetGroups?: Resolver<ResolversTypes['TargetGroupConnection'], ParentType, ContextType, RequireFields<QueryTargetGroupsArgs, 'first'>>;
  topParticipants?: Resolver<Array<ResolversTypes['ParticipantRank']>, ParentType, ContextType, RequireFields<QueryTopParticipantsArgs, 'first'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ParticipationRole']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RuleCountResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['RuleCount'] = ResolversParentTypes['RuleCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['GapRule'], ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SavedViewDeleteResultResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['SavedViewDeleteResult'] = ResolversParentTypes['SavedViewDeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  matchedFields?: Resolver<Array<ResolversTypes['SearchField']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SeverityCountResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['SeverityCount'] = ResolversParentTypes['SeverityCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
};

export type ShareLinkResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ShareLink'] = ResolversParentTypes['ShareLink']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  presentation?: Resolver<Maybe<ResolversTypes['Presentation']>, ParentType, ContextType>;
  presentationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  uses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  view?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType>;
  viewId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ShareLinkCreatedResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['ShareLinkCreated'] = ResolversParentTypes['ShareLinkCreated']> = {
  link?: Resolver<ResolversTypes['ShareLink'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  elementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StoreStatusResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['StoreStatus'] = ResolversParentTypes['StoreStatus']> = {
  engineVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  mapChanged?: SubscriptionResolver<ResolversTypes['MapChange'], "mapChanged", ParentType, ContextType>;
};

export type TargetGroupResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimates?: Resolver<Array<ResolversTypes['PopulationEstimate']>, ParentType, ContextType>;
  forums?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<TargetGroupRelationshipsArgs, 'direction'>>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetGroupConnectionResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['TargetGroupConnection'] = ResolversParentTypes['TargetGroupConnection']> = {
  groupCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<TargetGroupConnectionGroupCountsArgs, 'by'>>;
  nodes?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UndismissResultResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['UndismissResult'] = ResolversParentTypes['UndismissResult']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undismissed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UnlinkResultResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['UnlinkResult'] = ResolversParentTypes['UnlinkResult']> = {
  unlinked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GqlContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GqlContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  AnalysisEstimate?: AnalysisEstimateResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApplyChangesResult?: ApplyChangesResultResolvers<ContextType>;
  CareLevel?: CareLevelResolvers<ContextType>;
  CareLevelConnection?: CareLevelConnectionResolvers<ContextType>;
  ChangeEntry?: ChangeEntryResolvers<ContextType>;
  ChangeResult?: ChangeResultResolvers<ContextType>;
  ChangeSummary?: ChangeSummaryResolvers<ContextType>;
  CollaborationPath?: CollaborationPathResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageColumn?: CoverageColumnResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  CoverageRow?: CoverageRowResolvers<ContextType>;
  CoverageTotals?: CoverageTotalsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Dismissal?: DismissalResolvers<ContextType>;
  EstimateTotal?: EstimateTotalResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingScope?: FindingScopeResolvers<ContextType>;
  Forum?: ForumResolvers<ContextType>;
  ForumConnection?: ForumConnectionResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  GapAnalysis?: GapAnalysisResolvers<ContextType>;
  GapComparison?: GapComparisonResolvers<ContextType>;
  GapConnection?: GapConnectionResolvers<ContextType>;
  GapRule?: GapRuleResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GroupCount?: GroupCountResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MapChange?: MapChangeResolvers<ContextType>;
  MapEdge?: MapEdgeResolvers<ContextType>;
  MapLayout?: MapLayoutResolvers<ContextType>;
  MapNode?: MapNodeResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodePosition?: NodePositionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipantRank?: ParticipantRankResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  PopulationEstimate?: PopulationEstimateResolvers<ContextType>;
  Presentation?: PresentationResolvers<ContextType>;
  PresentationDeleteResult?: PresentationDeleteResultResolvers<ContextType>;
  PresentationSlide?: PresentationSlideResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RuleCount?: RuleCountResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SavedViewDeleteResult?: SavedViewDeleteResultResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SeverityCount?: SeverityCountResolvers<ContextType>;
  ShareLink?: ShareLinkResolvers<ContextType>;
  ShareLinkCreated?: ShareLinkCreatedResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StoreStatus?: StoreStatusResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  TargetGroupConnection?: TargetGroupConnectionResolvers<ContextType>;
  UndismissResult?: UndismissResultResolvers<ContextType>;
  UnlinkResult?: UnlinkResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

