// Generated from schema/graphql/*.graphql and web/src/queries.ts by `npm run codegen` (codegen.ts); do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** A new actor (aktör). */
export type ActorInput = {
  /** Official code, e.g. a kommunkod. */
  code?: string | null | undefined;
  /** Free-text description. */
  description?: string | null | undefined;
  /** A stable key; made from the name when left out. */
  id?: string | null | undefined;
  /** What kind of organisation, unit or role it is. */
  kind: ActorKind;
  /** Its name, e.g. `Vindelns kommun`. */
  name: string;
  /** Who is responsible for it (huvudman). */
  principal: Principal;
  /** Short name or abbreviation, e.g. `HSN`. */
  shortName?: string | null | undefined;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: string | null | undefined;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: string | null | undefined;
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
  code?: string | null | undefined;
  /** A new description; null removes it. */
  description?: string | null | undefined;
  /** A new kind. */
  kind?: ActorKind | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** A new principal. */
  principal?: Principal | null | undefined;
  /** A new short name; null removes it. */
  shortName?: string | null | undefined;
  /** A new source. */
  source?: string | null | undefined;
  /** A new note on the source; null removes it. */
  sourceNote?: string | null | undefined;
};

/** A new care level (vårdnivå). */
export type CareLevelInput = {
  /** Free-text description. */
  description?: string | null | undefined;
  /** A stable key; made from the name when left out. */
  id?: string | null | undefined;
  /** Which level of care it is. */
  kind: CareLevelKind;
  /** Its name, e.g. `Primärvård`. */
  name: string;
  /** Who is responsible for care at this level (huvudman). */
  principal: Principal;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: string | null | undefined;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: string | null | undefined;
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

/** Only the fields given change; `null` removes an optional field. */
export type CareLevelPatch = {
  /** A new description; null removes it. */
  description?: string | null | undefined;
  /** A new kind. */
  kind?: CareLevelKind | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** A new principal. */
  principal?: Principal | null | undefined;
  /** A new source. */
  source?: string | null | undefined;
  /** A new note on the source; null removes it. */
  sourceNote?: string | null | undefined;
};

/** One change: set exactly one field. */
export type ChangeInput = {
  /** Creates an actor. */
  createActor?: ActorInput | null | undefined;
  /** Creates a care level. */
  createCareLevel?: CareLevelInput | null | undefined;
  /** Creates a forum. */
  createForum?: ForumInput | null | undefined;
  /** Records a gap. */
  createGap?: GapInput | null | undefined;
  /** Creates an initiative. */
  createInitiative?: InitiativeInput | null | undefined;
  /** Creates a target group. */
  createTargetGroup?: TargetGroupInput | null | undefined;
  /** Deletes any element (and its relationships). */
  delete?: string | null | undefined;
  /** Deletes an element (and its relationships) unless it has changed since the version given: CONFLICT then, and nothing in the list is written. */
  deleteExpected?: DeleteInput | null | undefined;
  /** Creates a relationship, or updates its properties. */
  link?: LinkInput | null | undefined;
  /** Removes a relationship. */
  unlink?: UnlinkInput | null | undefined;
  /** Changes an actor. */
  updateActor?: UpdateActorInput | null | undefined;
  /** Changes a care level. */
  updateCareLevel?: UpdateCareLevelInput | null | undefined;
  /** Changes a forum. */
  updateForum?: UpdateForumInput | null | undefined;
  /** Changes a recorded gap. */
  updateGap?: UpdateGapInput | null | undefined;
  /** Changes an initiative. */
  updateInitiative?: UpdateInitiativeInput | null | undefined;
  /** Changes a target group. */
  updateTargetGroup?: UpdateTargetGroupInput | null | undefined;
};

/** Columns of a coverage matrix. */
export type CoverageColumns =
  /** One column per hand-over between two care levels: does a forum in the area span both? */
  | 'HANDOVERS'
  /** One column per system level (makro, meso, mikro): does the area share a forum with the region there? */
  | 'SYSTEM_LEVELS'
  /** One column per target group: does an active forum or initiative serve it where it has an estimated population? */
  | 'TARGET_GROUPS';

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

/** An element to delete, in `applyChanges`, with the version the deletion is based on. */
export type DeleteInput = {
  /** Its version (`updatedAt`) when it was read. */
  expectedVersion: string;
  /** The element's id. */
  id: string;
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

/** A new forum (samverkansforum). */
export type ForumInput = {
  /** Meant to bring both sides of the region–municipality boundary together; true when left out. */
  crossesBoundary?: boolean | null | undefined;
  /** Free-text description. */
  description?: string | null | undefined;
  /** When it ended, or is to end (not before `startDate`). */
  endDate?: string | null | undefined;
  /** A stable key; made from the name when left out. */
  id?: string | null | undefined;
  /** What kind of forum it is. */
  kind: ForumKind;
  /** What it may do. */
  mandate?: Mandate | null | undefined;
  /** How often it meets. */
  meetingFrequency?: MeetingFrequency | null | undefined;
  /** Its name, e.g. `Lokal samverkan Vindeln`. */
  name: string;
  /** When a planned forum is to start. */
  plannedStart?: string | null | undefined;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: string | null | undefined;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: string | null | undefined;
  /** When it started. */
  startDate?: string | null | undefined;
  /** Planned, active, paused or ended. */
  status: Status;
  /** Its system level (systemnivå). */
  systemLevel: SystemLevel;
  /** Reports to no other forum by design; false when left out. */
  topLevel?: boolean | null | undefined;
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
  crossesBoundary?: boolean | null | undefined;
  /** A new description; null removes it. */
  description?: string | null | undefined;
  /** A new end date; null removes it. */
  endDate?: string | null | undefined;
  /** A new kind. */
  kind?: ForumKind | null | undefined;
  /** A new mandate; null removes it. */
  mandate?: Mandate | null | undefined;
  /** A new meeting frequency; null removes it. */
  meetingFrequency?: MeetingFrequency | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** A new planned start; null removes it. */
  plannedStart?: string | null | undefined;
  /** A new source. */
  source?: string | null | undefined;
  /** A new note on the source; null removes it. */
  sourceNote?: string | null | undefined;
  /** A new start date; null removes it. */
  startDate?: string | null | undefined;
  /** A new status. */
  status?: Status | null | undefined;
  /** A new system level. */
  systemLevel?: SystemLevel | null | undefined;
  /** Whether it reports to no other forum by design. */
  topLevel?: boolean | null | undefined;
};

/** A new recorded gap (organisatoriskt mellanrum). Link it with BETWEEN, AFFECTS and ADDRESSES. */
export type GapInput = {
  /** Free-text description. */
  description?: string | null | undefined;
  /** What shows the gap exists (underlag). */
  evidence?: string | null | undefined;
  /** A stable key; made from the name when left out. */
  id?: string | null | undefined;
  /** Which kind of gap it is. */
  kind: GapKind;
  /** A short name for the gap. */
  name: string;
  /** How serious it is. */
  severity: Severity;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: string | null | undefined;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: string | null | undefined;
  /** Defaults to IDENTIFIED. */
  status?: GapStatus | null | undefined;
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
  description?: string | null | undefined;
  /** New evidence; null removes it. */
  evidence?: string | null | undefined;
  /** A new kind. */
  kind?: GapKind | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** A new severity. */
  severity?: Severity | null | undefined;
  /** A new source. */
  source?: string | null | undefined;
  /** A new note on the source; null removes it. */
  sourceNote?: string | null | undefined;
  /** A new status, one step from the current one. */
  status?: GapStatus | null | undefined;
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

/** A new initiative (utvecklingsområde, flödesförbättring or projekt). */
export type InitiativeInput = {
  /** Free-text description. */
  description?: string | null | undefined;
  /** When it ended, or is to end (not before `startDate`). */
  endDate?: string | null | undefined;
  /** A stable key; made from the name when left out. */
  id?: string | null | undefined;
  /** Development area, flow improvement or project. */
  kind: InitiativeKind;
  /** Its name. */
  name: string;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: string | null | undefined;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: string | null | undefined;
  /** When it started, or is to start. */
  startDate?: string | null | undefined;
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
  description?: string | null | undefined;
  /** A new end date; null removes it. */
  endDate?: string | null | undefined;
  /** A new kind. */
  kind?: InitiativeKind | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** A new source. */
  source?: string | null | undefined;
  /** A new note on the source; null removes it. */
  sourceNote?: string | null | undefined;
  /** A new start date; null removes it. */
  startDate?: string | null | undefined;
  /** A new status. */
  status?: Status | null | undefined;
};

/** A relationship to create, or whose properties to update when it exists. */
export type LinkInput = {
  /** ESTIMATE only (required there). */
  count?: number | null | undefined;
  /** The id of the element it starts from. */
  from: string;
  /** PARTICIPATES_IN only; defaults to MEMBER. */
  role?: ParticipationRole | null | undefined;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: string | null | undefined;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: string | null | undefined;
  /** The id of the element it points to. */
  to: string;
  /** Which relationship; it fixes what `from` and `to` may be (see RelType). */
  type: RelType;
  /** ESTIMATE only (required there). */
  year?: number | null | undefined;
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

/** Where the map draws one element. */
export type NodePositionInput = {
  /** The element's id. */
  id: string;
  /** Horizontal position, in the map's model coordinates. */
  x: number;
  /** Vertical position, in the map's model coordinates (down is positive). */
  y: number;
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

/** A presentation's name and steps. */
export type PresentationInput = {
  /** Its name (1–200 characters). */
  name: string;
  /** Its steps, in order (1–50), each a saved view that exists. */
  slides: Array<PresentationSlideInput>;
};

/** One step: a saved view and its caption. */
export type PresentationSlideInput = {
  /** The caption (1–500 characters). */
  caption: string;
  /** The saved view's id. */
  viewId: string;
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

/** A view to save. */
export type SavedViewInput = {
  /** A stable key; made from the name when left out. Saving with an existing id replaces that view. */
  id?: string | null | undefined;
  /** Its name. */
  name: string;
  /** The view state as the web page encodes it (filters, focus, date, grouping, selection). */
  state: unknown;
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

/** System level (systemnivå): makro (strategic), meso (tactical), mikro (operational). */
export type SystemLevel =
  /** Strategic (makro): direction and priorities, e.g. the county-wide collaboration group (länssamverkansgrupp). */
  | 'MACRO'
  /** Tactical (meso): plans and resources across units, e.g. the local collaboration group in each municipality. */
  | 'MESO'
  /** Operational (mikro): the everyday work around patients, e.g. a collaboration team at a sjukstuga. */
  | 'MICRO';

/** A new target group (målgrupp). */
export type TargetGroupInput = {
  /** How the group is delimited, e.g. `Ca 5 % av personer 65+`. */
  definition?: string | null | undefined;
  /** Free-text description. */
  description?: string | null | undefined;
  /** A stable key; made from the name when left out. */
  id?: string | null | undefined;
  /** Its name, e.g. `Mest sjuka äldre`. */
  name: string;
  /** Where the fact comes from; `illustrative` when left out. */
  source?: string | null | undefined;
  /** Where in the source, or why the fact is illustrative. */
  sourceNote?: string | null | undefined;
};

/** Only the fields given change; `null` removes an optional field. */
export type TargetGroupPatch = {
  /** A new definition; null removes it. */
  definition?: string | null | undefined;
  /** A new description; null removes it. */
  description?: string | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** A new source. */
  source?: string | null | undefined;
  /** A new note on the source; null removes it. */
  sourceNote?: string | null | undefined;
};

/** A relationship to remove. */
export type UnlinkInput = {
  /** The id of the element it starts from. */
  from: string;
  /** The id of the element it points to. */
  to: string;
  /** Which relationship. */
  type: RelType;
  /** ESTIMATE only: which year; all years when left out. */
  year?: number | null | undefined;
};

/** An actor to change, in `applyChanges`. */
export type UpdateActorInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: string | null | undefined;
  /** The actor's id. */
  id: string;
  /** What changes. */
  patch: ActorPatch;
};

/** A care level to change, in `applyChanges`. */
export type UpdateCareLevelInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: string | null | undefined;
  /** The care level's id. */
  id: string;
  /** What changes. */
  patch: CareLevelPatch;
};

/** A forum to change, in `applyChanges`. */
export type UpdateForumInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: string | null | undefined;
  /** The forum's id. */
  id: string;
  /** What changes. */
  patch: ForumPatch;
};

/** A recorded gap to change, in `applyChanges`. */
export type UpdateGapInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: string | null | undefined;
  /** The gap's id. */
  id: string;
  /** What changes (its status one step at a time). */
  patch: GapPatch;
};

/** An initiative to change, in `applyChanges`. */
export type UpdateInitiativeInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: string | null | undefined;
  /** The initiative's id. */
  id: string;
  /** What changes. */
  patch: InitiativePatch;
};

/** A target group to change, in `applyChanges`. */
export type UpdateTargetGroupInput = {
  /** The version (`updatedAt`) the change is based on. When the element has changed since, nothing is written: CONFLICT, with the element as it stands now in `extensions.current`. The page always sends it. */
  expectedVersion?: string | null | undefined;
  /** The target group's id. */
  id: string;
  /** What changes. */
  patch: TargetGroupPatch;
};

export type MapNodeFieldsFragment = { id: string, label: NodeLabel, name: string, kind: string | null, principal: Principal | null, status: string | null, systemLevel: SystemLevel | null, severity: Severity | null, plannedStart: string | null, startDate: string | null, endDate: string | null, countyPart: string | null };

export type MapEdgeFieldsFragment = { id: string, type: RelType, source: string, target: string, role: ParticipationRole | null, count: number | null, year: number | null };

export type MapGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type MapGraphQuery = { graph: { version: number, nodes: Array<{ id: string, label: NodeLabel, name: string, kind: string | null, principal: Principal | null, status: string | null, systemLevel: SystemLevel | null, severity: Severity | null, plannedStart: string | null, startDate: string | null, endDate: string | null, countyPart: string | null }>, edges: Array<{ id: string, type: RelType, source: string, target: string, role: ParticipationRole | null, count: number | null, year: number | null }> } };

export type MapNodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MapNodesQuery = { mapNodes: Array<{ id: string, label: NodeLabel, name: string, kind: string | null, principal: Principal | null, status: string | null, systemLevel: SystemLevel | null, severity: Severity | null, plannedStart: string | null, startDate: string | null, endDate: string | null, countyPart: string | null } | null> };

export type LayoutQueryVariables = Exact<{
  key?: string | null | undefined;
}>;


export type LayoutQuery = { mapLayout: { key: string, updatedAt: string | null, positions: Array<{ id: string, x: number, y: number }> } };

export type SaveLayoutMutationVariables = Exact<{
  key?: string | null | undefined;
  positions: Array<NodePositionInput> | NodePositionInput;
  replace?: boolean | null | undefined;
}>;


export type SaveLayoutMutation = { saveMapLayout: { key: string, updatedAt: string | null } };

export type CapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CapabilitiesQuery = { __schema: { queryType: { fields: Array<{ name: string }> | null }, mutationType: { fields: Array<{ name: string }> | null } | null } };

export type EnumsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnumsQuery = { ActorKind: { enumValues: Array<{ name: string }> | null } | null, CareLevelKind: { enumValues: Array<{ name: string }> | null } | null, Principal: { enumValues: Array<{ name: string }> | null } | null, ForumKind: { enumValues: Array<{ name: string }> | null } | null, SystemLevel: { enumValues: Array<{ name: string }> | null } | null, Status: { enumValues: Array<{ name: string }> | null } | null, Mandate: { enumValues: Array<{ name: string }> | null } | null, MeetingFrequency: { enumValues: Array<{ name: string }> | null } | null, ParticipationRole: { enumValues: Array<{ name: string }> | null } | null, InitiativeKind: { enumValues: Array<{ name: string }> | null } | null, GapKind: { enumValues: Array<{ name: string }> | null } | null, Severity: { enumValues: Array<{ name: string }> | null } | null, GapStatus: { enumValues: Array<{ name: string }> | null } | null };

type Ref_Actor_Fragment = { id: string, label: NodeLabel, name: string };

type Ref_CareLevel_Fragment = { id: string, label: NodeLabel, name: string };

type Ref_Forum_Fragment = { id: string, label: NodeLabel, name: string };

type Ref_Gap_Fragment = { id: string, label: NodeLabel, name: string };

type Ref_Initiative_Fragment = { id: string, label: NodeLabel, name: string };

type Ref_TargetGroup_Fragment = { id: string, label: NodeLabel, name: string };

export type RefFragment =
  | Ref_Actor_Fragment
  | Ref_CareLevel_Fragment
  | Ref_Forum_Fragment
  | Ref_Gap_Fragment
  | Ref_Initiative_Fragment
  | Ref_TargetGroup_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { principal: Principal, shortName: string | null, code: string | null, id: string, label: NodeLabel, name: string, description: string | null, source: string, sourceNote: string | null, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, actorKind: ActorKind, partOf: Array<{ id: string, label: NodeLabel, name: string }>, parts: Array<{ id: string, label: NodeLabel, name: string }>, provides: Array<{ id: string, label: NodeLabel, name: string }>, orders: Array<{ id: string, label: NodeLabel, name: string }>, participations: Array<{ role: ParticipationRole, source: string, forum: { status: Status, id: string, label: NodeLabel, name: string } }>, convenes: Array<{ id: string, label: NodeLabel, name: string }>, pairedWith: Array<{ id: string, label: NodeLabel, name: string }>, owns: Array<{ id: string, label: NodeLabel, name: string }>, forums: Array<{ status: Status, id: string, label: NodeLabel, name: string }>, estimates: Array<{ count: number, year: number, source: string, targetGroup: { id: string, label: NodeLabel, name: string } }>, gaps: Array<{ id: string, label: NodeLabel, name: string }> }
    | { principal: Principal, id: string, label: NodeLabel, name: string, description: string | null, source: string, sourceNote: string | null, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, careLevelKind: CareLevelKind, providers: Array<{ id: string, label: NodeLabel, name: string }>, forums: Array<{ status: Status, id: string, label: NodeLabel, name: string }>, initiatives: Array<{ id: string, label: NodeLabel, name: string }>, gaps: Array<{ id: string, label: NodeLabel, name: string }> }
    | { systemLevel: SystemLevel, status: Status, mandate: Mandate | null, meetingFrequency: MeetingFrequency | null, crossesBoundary: boolean, topLevel: boolean, plannedStart: string | null, startDate: string | null, endDate: string | null, id: string, label: NodeLabel, name: string, description: string | null, source: string, sourceNote: string | null, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, forumKind: ForumKind, participants: Array<{ role: ParticipationRole, source: string, actor: { principal: Principal, id: string, label: NodeLabel, name: string } }>, convenedBy: Array<{ id: string, label: NodeLabel, name: string }>, reportsTo: Array<{ id: string, label: NodeLabel, name: string }>, reportingForums: Array<{ id: string, label: NodeLabel, name: string }>, careLevels: Array<{ id: string, label: NodeLabel, name: string }>, areas: Array<{ id: string, label: NodeLabel, name: string }>, targetGroups: Array<{ id: string, label: NodeLabel, name: string }>, initiatives: Array<{ id: string, label: NodeLabel, name: string }>, owns: Array<{ id: string, label: NodeLabel, name: string }>, addresses: Array<{ id: string, label: NodeLabel, name: string }> }
    | { severity: Severity, evidence: string | null, ruleId: string | null, findingKey: string | null, id: string, label: NodeLabel, name: string, description: string | null, source: string, sourceNote: string | null, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, gapKind: GapKind, gapStatus: GapStatus, between: Array<
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
      >, affects: Array<{ id: string, label: NodeLabel, name: string }>, addressedBy: Array<
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
      > }
    | { status: Status, startDate: string | null, endDate: string | null, id: string, label: NodeLabel, name: string, description: string | null, source: string, sourceNote: string | null, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, initiativeKind: InitiativeKind, owners: Array<
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
      >, members: Array<
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
      >, careLevels: Array<{ id: string, label: NodeLabel, name: string }>, areas: Array<{ id: string, label: NodeLabel, name: string }>, targetGroups: Array<{ id: string, label: NodeLabel, name: string }>, addresses: Array<{ id: string, label: NodeLabel, name: string }> }
    | { definition: string | null, id: string, label: NodeLabel, name: string, description: string | null, source: string, sourceNote: string | null, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, estimates: Array<{ count: number, year: number, source: string, area: { id: string, label: NodeLabel, name: string } }>, forums: Array<{ status: Status, id: string, label: NodeLabel, name: string }>, initiatives: Array<{ id: string, label: NodeLabel, name: string }>, gaps: Array<{ id: string, label: NodeLabel, name: string }> }
   | null };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { id: string, label: NodeLabel, name: string }
      | { id: string, label: NodeLabel, name: string }
      | { id: string, label: NodeLabel, name: string }
      | { id: string, label: NodeLabel, name: string }
      | { id: string, label: NodeLabel, name: string }
      | { id: string, label: NodeLabel, name: string }
     }> };

export type ApplyMutationVariables = Exact<{
  changes: Array<ChangeInput> | ChangeInput;
}>;


export type ApplyMutation = { applyChanges: { version: number, results: Array<{ node:
        | { id: string, label: NodeLabel, name: string, updatedAt: string }
        | { id: string, label: NodeLabel, name: string, updatedAt: string }
        | { id: string, label: NodeLabel, name: string, updatedAt: string }
        | { id: string, label: NodeLabel, name: string, updatedAt: string }
        | { id: string, label: NodeLabel, name: string, updatedAt: string }
        | { id: string, label: NodeLabel, name: string, updatedAt: string }
       | null, relationship: { id: string, type: RelType } | null }> } };

export type BulkForumsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type BulkForumsQuery = { nodes: Array<
    | { id: string, name: string, updatedAt: string }
    | { id: string, name: string, updatedAt: string }
    | { status: Status, plannedStart: string | null, startDate: string | null, endDate: string | null, id: string, name: string, updatedAt: string, careLevels: Array<{ id: string }> }
    | { id: string, name: string, updatedAt: string }
    | { id: string, name: string, updatedAt: string }
    | { id: string, name: string, updatedAt: string }
   | null> };

export type ViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewsQuery = { savedViews: Array<{ id: string, name: string, state: unknown, updatedAt: string, updatedBy: string }> };

export type SaveViewMutationVariables = Exact<{
  input: SavedViewInput;
}>;


export type SaveViewMutation = { saveView: { id: string, name: string, state: unknown, updatedAt: string, updatedBy: string } };

export type DeleteViewMutationVariables = Exact<{
  id: string;
}>;


export type DeleteViewMutation = { deleteView: { id: string, deleted: boolean } };

export type ShareLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type ShareLinksQuery = { shareLinks: Array<{ id: string, viewId: string | null, presentationId: string | null, createdBy: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, uses: number, lastUsedAt: string | null }> };

export type CreateShareLinkMutationVariables = Exact<{
  viewId?: string | null | undefined;
  presentationId?: string | null | undefined;
  expiresAt?: string | null | undefined;
}>;


export type CreateShareLinkMutation = { createShareLink: { token: string, path: string, link: { id: string, viewId: string | null, presentationId: string | null, createdBy: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, uses: number, lastUsedAt: string | null } } };

export type RevokeShareLinkMutationVariables = Exact<{
  id: string;
}>;


export type RevokeShareLinkMutation = { revokeShareLink: { id: string, viewId: string | null, presentationId: string | null, createdBy: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, uses: number, lastUsedAt: string | null } };

export type PresentationFieldsFragment = { id: string, name: string, updatedAt: string, updatedBy: string, slides: Array<{ viewId: string, caption: string, view: { id: string, name: string, state: unknown } | null }> };

export type PresentationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PresentationsQuery = { presentations: Array<{ id: string, name: string, updatedAt: string, updatedBy: string, slides: Array<{ viewId: string, caption: string, view: { id: string, name: string, state: unknown } | null }> }> };

export type CreatePresentationMutationVariables = Exact<{
  input: PresentationInput;
}>;


export type CreatePresentationMutation = { createPresentation: { id: string, name: string, updatedAt: string, updatedBy: string, slides: Array<{ viewId: string, caption: string, view: { id: string, name: string, state: unknown } | null }> } };

export type DeletePresentationMutationVariables = Exact<{
  id: string;
  expectedVersion?: string | null | undefined;
}>;


export type DeletePresentationMutation = { deletePresentation: { id: string, deleted: boolean } };

export type FindingFieldsFragment = { key: string, ruleId: string, kind: GapKind, severity: Severity, evidenceIds: Array<string>, title: { sv: string, en: string }, explanation: { sv: string, en: string }, scope: { kind: FindingScopeKind, ids: Array<string> }, between: Array<
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
  >, affects: Array<{ id: string, label: NodeLabel, name: string }>, remedies: Array<
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
  >, areas: Array<{ id: string, label: NodeLabel, name: string }>, estimate: { count: number, year: number, source: string } | null, dismissal: { reason: string, at: string, by: string } | null, recordedGap: { id: string, name: string } | null };

export type GapsQueryVariables = Exact<{
  scope?: string | null | undefined;
  asOf?: string | null | undefined;
  includeDismissed?: boolean | null | undefined;
}>;


export type GapsQuery = { gapAnalysis: { asOf: string, today: string, total: number, dismissedCount: number, version: number, findings: Array<{ key: string, ruleId: string, kind: GapKind, severity: Severity, evidenceIds: Array<string>, title: { sv: string, en: string }, explanation: { sv: string, en: string }, scope: { kind: FindingScopeKind, ids: Array<string> }, between: Array<
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
      >, affects: Array<{ id: string, label: NodeLabel, name: string }>, remedies: Array<
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
        | { id: string, label: NodeLabel, name: string }
      >, areas: Array<{ id: string, label: NodeLabel, name: string }>, estimate: { count: number, year: number, source: string } | null, dismissal: { reason: string, at: string, by: string } | null, recordedGap: { id: string, name: string } | null }> } };

export type PromoteMutationVariables = Exact<{
  key: string;
  asOf?: string | null | undefined;
}>;


export type PromoteMutation = { promoteFinding: { id: string, name: string } };

export type DismissMutationVariables = Exact<{
  key: string;
  reason: string;
}>;


export type DismissMutation = { dismissFinding: { key: string } };

export type UndismissMutationVariables = Exact<{
  key: string;
}>;


export type UndismissMutation = { undismissFinding: { key: string, undismissed: boolean } };

export type TransitionMutationVariables = Exact<{
  id: string;
  status: GapStatus;
}>;


export type TransitionMutation = { transitionGap: { id: string, status: GapStatus, updatedAt: string } };

export type CoverageQueryVariables = Exact<{
  asOf?: string | null | undefined;
  columns: CoverageColumns;
}>;


export type CoverageQuery = { coverage: { asOf: string, columns: Array<{ key: string, systemLevel: SystemLevel | null, label: { sv: string, en: string } }>, rows: Array<{ area: { id: string, name: string }, cells: Array<{ column: string, state: CoverageState, count: number, findingKey: string | null, text: { sv: string, en: string }, active: Array<
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        >, planned: Array<
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        >, related: Array<
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        > }> }>, totals: { covered: number, plannedOnly: number, none: number } } };

export type MapChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MapChangedSubscription = { mapChanged: { version: number, count: number, by: Array<string>, byNames: Array<string>, missed: boolean, changes: Array<{ seq: number, at: string, by: string, op: string, id: string, label: NodeLabel | null, type: RelType | null, name: string | null, from: string | null, to: string | null }> } };

export type ReportAreaQueryVariables = Exact<{
  id: string;
}>;


export type ReportAreaQuery = { node:
    | { id: string, label: NodeLabel, name: string, actorKind: ActorKind, partOf: Array<{ id: string, name: string, actorKind: ActorKind }> }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
    | { id: string, label: NodeLabel, name: string }
   | null };

export type ReportForumFragment = { id: string, name: string, systemLevel: SystemLevel, status: Status, mandate: Mandate | null, plannedStart: string | null, startDate: string | null, endDate: string | null, crossesBoundary: boolean, areas: Array<{ id: string, name: string }>, participants: Array<{ role: ParticipationRole, actor: { id: string, name: string, principal: Principal } }> };

export type AreaReportQueryVariables = Exact<{
  area: string;
  municipality?: string | null | undefined;
  countyPart?: string | null | undefined;
  rows: CoverageRows;
  asOf?: string | null | undefined;
}>;


export type AreaReportQuery = { forums: { totalCount: number, nodes: Array<{ id: string, name: string, systemLevel: SystemLevel, status: Status, mandate: Mandate | null, plannedStart: string | null, startDate: string | null, endDate: string | null, crossesBoundary: boolean, areas: Array<{ id: string, name: string }>, participants: Array<{ role: ParticipationRole, actor: { id: string, name: string, principal: Principal } }> }> }, initiatives: { totalCount: number, nodes: Array<{ id: string, name: string, status: Status, startDate: string | null, endDate: string | null }> }, gaps: { totalCount: number, nodes: Array<{ id: string, name: string, severity: Severity, status: GapStatus, between: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, addressedBy: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }> }, gapAnalysis: { asOf: string, today: string, total: number, findings: Array<{ key: string, severity: Severity, title: { sv: string, en: string } }> }, levels: { columns: Array<{ key: string, label: { sv: string, en: string } }>, rows: Array<{ area: { id: string }, cells: Array<{ column: string, state: CoverageState, text: { sv: string, en: string }, active: Array<
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
        >, planned: Array<
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
        > }> }> }, handovers: { columns: Array<{ key: string, label: { sv: string, en: string } }>, rows: Array<{ area: { id: string }, cells: Array<{ column: string, state: CoverageState, text: { sv: string, en: string }, active: Array<
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
        >, planned: Array<
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
          | { id: string, label: NodeLabel }
        > }> }> } };

export type ReportCoverageFragment = { columns: Array<{ key: string, label: { sv: string, en: string } }>, rows: Array<{ area: { id: string }, cells: Array<{ column: string, state: CoverageState, text: { sv: string, en: string }, active: Array<
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
      >, planned: Array<
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
        | { id: string, label: NodeLabel }
      > }> }> };

export type ReportMoreQueryVariables = Exact<{
  area: string;
  ids: Array<string> | string;
  asOf?: string | null | undefined;
  compareTo?: string | null | undefined;
}>;


export type ReportMoreQuery = { nodes: Array<
    | { id: string, name: string, systemLevel: SystemLevel, status: Status, mandate: Mandate | null, plannedStart: string | null, startDate: string | null, endDate: string | null, crossesBoundary: boolean, areas: Array<{ id: string, name: string }>, participants: Array<{ role: ParticipationRole, actor: { id: string, name: string, principal: Principal } }> }
    | Record<PropertyKey, never>
   | null>, gapAnalysis: { comparison: { opened: Array<{ title: { sv: string, en: string } }>, closed: Array<{ title: { sv: string, en: string } }> } | null } };
