// The Swedish words for every enum value, once: the web page shows them, the
// workbook template lists them on its Values sheet, and an import accepts them
// (and the aliases below) beside the codes.
export const SV_WORDS = {
  NodeLabel: { Actor: 'Aktör', CareLevel: 'Vårdnivå', Forum: 'Forum', TargetGroup: 'Målgrupp', Initiative: 'Initiativ', Gap: 'Mellanrum' },
  Principal: { REGION: 'Region', MUNICIPALITY: 'Kommun', PRIVATE: 'Privat', STATE: 'Staten', CIVIL_SOCIETY: 'Civilsamhälle' },
  ActorKind: {
    REGION: 'Region', MUNICIPALITY: 'Kommun', COMMITTEE: 'Nämnd', MANAGEMENT_GROUP: 'Ledningsgrupp', ADMINISTRATION: 'Förvaltning',
    COUNTY_PART: 'Länsdel', HEALTH_CENTRE: 'Hälsocentral', COTTAGE_HOSPITAL: 'Sjukstuga', HOSPITAL: 'Sjukhus', CLINIC: 'Klinik/mottagning',
    HOME_CARE: 'Hemsjukvård', SOCIAL_SERVICES: 'Socialtjänst', SCHOOL: 'Skola/elevhälsa', PRIVATE_PROVIDER: 'Privat vårdgivare',
    PATIENT_ORGANISATION: 'Patient- och brukarorganisation', TEAM: 'Team', ROLE: 'Roll', OTHER: 'Annan',
  },
  CareLevelKind: {
    PRIMARY_CARE: 'Primärvård', MUNICIPAL_PRIMARY_CARE: 'Kommunal primärvård', SPECIALISED_OUTPATIENT: 'Specialiserad öppenvård',
    SPECIALISED_INPATIENT: 'Specialiserad slutenvård', EMERGENCY: 'Akutsjukvård', AMBULANCE: 'Ambulanssjukvård',
    SPECIALISED_HOME: 'Specialiserad vård i hemmet', SOCIAL_CARE: 'Omsorg',
  },
  SystemLevel: { MACRO: 'Makro (strategisk)', MESO: 'Meso (taktisk)', MICRO: 'Mikro (operativ)' },
  Status: { PLANNED: 'Planerat', ACTIVE: 'Aktivt', PAUSED: 'Pausat', ENDED: 'Avslutat' },
  ForumKind: {
    COLLABORATION_GROUP: 'Samverkansgrupp', LEADERSHIP_SEMINAR: 'Ledningsseminarium', STEERING_GROUP: 'Styrgrupp', WORKING_GROUP: 'Arbetsgrupp',
    PREPARATION_GROUP: 'Beredningsgrupp', MANAGEMENT_GROUP: 'Ledningsgrupp', TEAM: 'Team', NETWORK: 'Nätverk', OTHER: 'Annat',
  },
  Mandate: { DECIDES: 'Beslutar', ADVISES: 'Rådgör', COORDINATES: 'Samordnar verksamhet', INFORMS: 'Delar information' },
  MeetingFrequency: {
    WEEKLY: 'Varje vecka', BIWEEKLY: 'Varannan vecka', MONTHLY: 'Varje månad', BIMONTHLY: 'Varannan månad', QUARTERLY: 'Varje kvartal',
    BIANNUAL: 'Två gånger om året', ANNUAL: 'En gång om året', AD_HOC: 'Vid behov',
  },
  ParticipationRole: { CHAIR: 'Ordförande', CO_CHAIR: 'Vice ordförande', MEMBER: 'Ledamot', SECRETARY: 'Sekreterare', ADJUNCT: 'Adjungerad' },
  InitiativeKind: { DEVELOPMENT_AREA: 'Utvecklingsområde', FLOW_IMPROVEMENT: 'Flödesförbättring', PROJECT: 'Projekt' },
  GapKind: { RESPONSIBILITY: 'Ansvar', MANDATE: 'Mandat', AMBITION: 'Ambition', COMPETENCE: 'Kompetens', INFORMATION: 'Information', HANDOVER: 'Överlämning' },
  Severity: { LOW: 'Låg', MEDIUM: 'Medel', HIGH: 'Hög', CRITICAL: 'Kritisk' },
  GapStatus: { IDENTIFIED: 'Identifierat', ANALYSED: 'Analyserat', BEING_ADDRESSED: 'Åtgärdas', CLOSED: 'Stängt' },
  RelType: {
    PART_OF: 'Del av', PROVIDES: 'Driver', ORDERS: 'Beställer', PARTICIPATES_IN: 'Deltar i', CONVENES: 'Sammankallar', REPORTS_TO: 'Rapporterar till',
    SPANS: 'Spänner över', COVERS: 'Täcker', SERVES: 'Riktar sig till', OWNS: 'Äger', BELONGS_TO: 'Hör till', ADDRESSES: 'Hanterar',
    BETWEEN: 'Mellan', AFFECTS: 'Påverkar', PAIRED_WITH: 'Parhäst med', ESTIMATE: 'Uppskattning',
  },
} satisfies Record<string, Record<string, string>>;

/** Other Swedish spellings an import accepts for a value (short forms, other genders). */
export const SV_ALIASES: Record<string, Record<string, readonly string[]>> = {
  Principal: { STATE: ['Stat'] },
  ActorKind: { CLINIC: ['Klinik', 'Mottagning'], SCHOOL: ['Skola', 'Elevhälsa'], PATIENT_ORGANISATION: ['Patientorganisation'], OTHER: ['Övrigt', 'Annat'] },
  SystemLevel: { MACRO: ['Makro', 'Strategisk'], MESO: ['Meso', 'Taktisk'], MICRO: ['Mikro', 'Operativ'] },
  Status: { PLANNED: ['Planerad'], ACTIVE: ['Aktiv'], PAUSED: ['Pausad'], ENDED: ['Avslutad'] },
  ForumKind: { OTHER: ['Annan', 'Övrigt'] },
  Mandate: { ADVISES: ['Ger råd'], COORDINATES: ['Samordnar'], INFORMS: ['Informerar'] },
  RelType: { PROVIDES: ['Bedriver'], COVERS: ['Täcker område'], AFFECTS: ['Berör'], ESTIMATE: ['Skattning'] },
};

/**
 * The English words for every enum value (#17: English spreadsheets say
 * words, not codes), the same tables as SV_WORDS; the page's English messages
 * (web/src/i18n/en.ts) hold the same words (test/web/i18n.test.ts).
 */
export const EN_WORDS = {
  NodeLabel: { Actor: 'Actor', CareLevel: 'Care level', Forum: 'Forum', TargetGroup: 'Target group', Initiative: 'Initiative', Gap: 'Gap' },
  Principal: { REGION: 'Region', MUNICIPALITY: 'Municipality', PRIVATE: 'Private', STATE: 'State', CIVIL_SOCIETY: 'Civil society' },
  ActorKind: {
    REGION: 'Region', MUNICIPALITY: 'Municipality', COMMITTEE: 'Committee', MANAGEMENT_GROUP: 'Management group', ADMINISTRATION: 'Administration',
    COUNTY_PART: 'County part', HEALTH_CENTRE: 'Health centre', COTTAGE_HOSPITAL: 'Cottage hospital (sjukstuga)', HOSPITAL: 'Hospital', CLINIC: 'Clinic',
    HOME_CARE: 'Municipal home care', SOCIAL_SERVICES: 'Social services', SCHOOL: 'School / pupil health', PRIVATE_PROVIDER: 'Private provider',
    PATIENT_ORGANISATION: 'Patient organisation', TEAM: 'Team', ROLE: 'Role', OTHER: 'Other',
  },
  CareLevelKind: {
    PRIMARY_CARE: 'Primary care', MUNICIPAL_PRIMARY_CARE: 'Municipal primary care', SPECIALISED_OUTPATIENT: 'Specialised outpatient care',
    SPECIALISED_INPATIENT: 'Specialised inpatient care', EMERGENCY: 'Emergency care', AMBULANCE: 'Ambulance care',
    SPECIALISED_HOME: 'Specialised care in the home', SOCIAL_CARE: 'Social care',
  },
  SystemLevel: { MACRO: 'Macro (strategic)', MESO: 'Meso (tactical)', MICRO: 'Micro (operational)' },
  Status: { PLANNED: 'Planned', ACTIVE: 'Active', PAUSED: 'Paused', ENDED: 'Ended' },
  ForumKind: {
    COLLABORATION_GROUP: 'Collaboration group', LEADERSHIP_SEMINAR: 'Leadership seminar', STEERING_GROUP: 'Steering group', WORKING_GROUP: 'Working group',
    PREPARATION_GROUP: 'Preparation group', MANAGEMENT_GROUP: 'Management group', TEAM: 'Team', NETWORK: 'Network', OTHER: 'Other',
  },
  Mandate: { DECIDES: 'Decides', ADVISES: 'Advises', COORDINATES: 'Coordinates operations', INFORMS: 'Shares information' },
  MeetingFrequency: {
    WEEKLY: 'Weekly', BIWEEKLY: 'Every other week', MONTHLY: 'Monthly', BIMONTHLY: 'Every other month', QUARTERLY: 'Quarterly',
    BIANNUAL: 'Twice a year', ANNUAL: 'Once a year', AD_HOC: 'As needed',
  },
  ParticipationRole: { CHAIR: 'Chair', CO_CHAIR: 'Co-chair', MEMBER: 'Member', SECRETARY: 'Secretary', ADJUNCT: 'Adjunct' },
  InitiativeKind: { DEVELOPMENT_AREA: 'Development area', FLOW_IMPROVEMENT: 'Flow improvement', PROJECT: 'Project' },
  GapKind: { RESPONSIBILITY: 'Responsibility', MANDATE: 'Mandate', AMBITION: 'Ambition', COMPETENCE: 'Competence', INFORMATION: 'Information', HANDOVER: 'Hand-over' },
  Severity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
  GapStatus: { IDENTIFIED: 'Identified', ANALYSED: 'Analysed', BEING_ADDRESSED: 'Being addressed', CLOSED: 'Closed' },
  RelType: {
    PART_OF: 'Part of', PROVIDES: 'Runs', ORDERS: 'Orders', PARTICIPATES_IN: 'Takes part in', CONVENES: 'Convenes', REPORTS_TO: 'Reports to',
    SPANS: 'Spans', COVERS: 'Covers', SERVES: 'Serves', OWNS: 'Owns', BELONGS_TO: 'Belongs to', ADDRESSES: 'Addresses',
    BETWEEN: 'Between', AFFECTS: 'Affects', PAIRED_WITH: 'Paired with', ESTIMATE: 'Estimate',
  },
} satisfies { [K in keyof typeof SV_WORDS]: { [V in keyof (typeof SV_WORDS)[K]]: string } };
