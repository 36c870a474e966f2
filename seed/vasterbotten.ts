// The Västerbotten seed dataset: Region Västerbotten, its 15 municipalities,
// the county parts, care levels, health centres, the county collaboration
// structure, the mobile collaboration system in Umeå county part, target
// groups with population estimates, initiatives and recorded gaps.
//
// Every node and edge names its `source`: a seed document id (see
// `sources.ts`) or `illustrative` where the seeds do not give the fact (a
// health centre's name, a forum's chair, a planned date). `sourceNote` says
// where in the document, or what is illustrative about an otherwise sourced
// fact. Props are written complete (defaults spelt out), because the bulk
// upsert stores them as given.
import type { z } from 'zod';
import type {
  ActorProps, Batch, CareLevelProps, EdgeProps, ForumProps, GapProps, InitiativeProps, NodeLabel,
  ParticipationRole, RelType, TargetGroupProps,
} from '../schema/domain.ts';
import { ILLUSTRATIVE, type SeedSource } from './sources.ts';

// ---- sources ---------------------------------------------------------------

/** Uppdragsdirektiv 2024: samspelet sjukhusvård–primärvård (RS, HSN). */
const D000 = '000_dc0fee95e907e220';
/** SKR: stöd för plan för gemensam primärvård (mellanrum, parhästar, Skellefteå/Norsjö). */
const D001 = '001_0d39a9b0a025af05';
/** Nära vård i Region Västerbotten 2022 (OCR'd slides): länssamverkan, mobilt samverkanssystem. */
const D002 = '002_3be67d7d3a733685';
/** Hälsoval primärvård 2023: 33 hälsocentraler i egen regi (7 sjukstugor), 5 privata. */
const D004 = '004_5207004faf90fc97';
const ILL = ILLUSTRATIVE;

// ---- helpers: the data below reads as tables ---------------------------------

const nodes: Batch['nodes'] = [];
const edges: Batch['edges'] = [];

/** What a helper takes: a label's writable props, with the source required. */
type In<S extends z.ZodType> = Omit<z.input<S>, 'source'> & { source: SeedSource };

function node(label: NodeLabel, id: string, props: Record<string, unknown>): string {
  nodes.push({ id, label, props });
  return id;
}
const actor = (id: string, p: In<typeof ActorProps>) => node('Actor', id, p);
const careLevel = (id: string, p: In<typeof CareLevelProps>) => node('CareLevel', id, p);
/** A forum; `crossesBoundary` defaults to true and `topLevel` to false, written out. */
const forum = (id: string, p: In<typeof ForumProps>) =>
  node('Forum', id, { crossesBoundary: true, topLevel: false, ...p });
const targetGroup = (id: string, p: In<typeof TargetGroupProps>) => node('TargetGroup', id, p);
const initiative = (id: string, p: In<typeof InitiativeProps>) => node('Initiative', id, p);
const gap = (id: string, p: In<typeof GapProps>) => node('Gap', id, { status: 'IDENTIFIED', ...p });

/** An edge; `note` becomes its `sourceNote`. */
function link(type: Exclude<RelType, 'PARTICIPATES_IN' | 'ESTIMATE'>, from: string, to: string, source: SeedSource, note?: string): void {
  const props: EdgeProps = { source };
  if (note !== undefined) props.sourceNote = note;
  edges.push({ type, from, to, props });
}

/** Actor → Forum with a role (MEMBER unless given). */
function participates(from: string, forumId: string, source: SeedSource, role: ParticipationRole = 'MEMBER', note?: string): void {
  const props: EdgeProps = { source, role };
  if (note !== undefined) props.sourceNote = note;
  edges.push({ type: 'PARTICIPATES_IN', from, to: forumId, props });
}

/** TargetGroup → area: a population estimate. */
function estimate(tg: string, area: string, count: number, year: number, source: SeedSource, note?: string): void {
  const props: EdgeProps = { source, count, year };
  if (note !== undefined) props.sourceNote = note;
  edges.push({ type: 'ESTIMATE', from: tg, to: area, props });
}

// ---- region, municipalities, county parts -----------------------------------

export const REGION = actor('region-vasterbotten', {
  name: 'Region Västerbotten', kind: 'REGION', principal: 'REGION', shortName: 'RV', source: D000,
  sourceNote: 'Förkortningslistan: "RV Region Västerbotten".',
});

type CountyPart = 'umea' | 'skelleftea' | 'sodra-lappland';

export const COUNTY_PARTS: Record<CountyPart, string> = {
  umea: actor('lansdel-umea', {
    name: 'Umeå länsdel', kind: 'COUNTY_PART', principal: 'REGION', source: D002,
    description: 'Umeå närsjukvårdsområde: Bjurholm, Nordmaling, Robertsfors, Umeå, Vindeln och Vännäs.',
    sourceNote: 'Bilderna om mobilt samverkanssystem i Umeå länsdel; skattningar för länsdelens sex kommuner.',
  }),
  skelleftea: actor('lansdel-skelleftea', {
    name: 'Skellefteå länsdel', kind: 'COUNTY_PART', principal: 'REGION', source: D001,
    description: 'Skellefteå närsjukvårdsområde: Skellefteå och Norsjö.',
    sourceNote: '001: "Närsjukvårdsområdet Skellefteå och Norsjö" (Samverkansstruktur Skellefteå/Norsjö); länsdelen nämns också i 002.',
  }),
  'sodra-lappland': actor('lansdel-sodra-lappland', {
    name: 'Södra Lappland', kind: 'COUNTY_PART', principal: 'REGION', source: D002,
    description: 'Södra Lapplands länsdel: Dorotea, Lycksele, Malå, Sorsele, Storuman, Vilhelmina och Åsele.',
    sourceNote: '002: "Södra Lapplands länsdel" (nytänkande styrning i de tre länsdelarna).',
  }),
};
for (const id of Object.values(COUNTY_PARTS)) {
  link('PART_OF', id, REGION, D002, '002: "Nytänkande styrning i de tre länsdelarna".');
}

interface Kommun {
  /** Id slug: `kommun-<slug>`, `hemsjukvard-<slug>`, `forum-lokal-samverkan-<slug>`. */
  slug: string;
  /** The place name, as in "Hemsjukvård Umeå". */
  short: string;
  /** The municipality's official name. */
  name: string;
  /** SCB kommunkod. */
  code: string;
  lansdel: CountyPart;
}

/** The 15 municipalities. Kommunkod from SCB; county-part membership see PART_OF below. */
export const KOMMUNER: readonly Kommun[] = [
  { slug: 'bjurholm', short: 'Bjurholm', name: 'Bjurholms kommun', code: '2403', lansdel: 'umea' },
  { slug: 'dorotea', short: 'Dorotea', name: 'Dorotea kommun', code: '2425', lansdel: 'sodra-lappland' },
  { slug: 'lycksele', short: 'Lycksele', name: 'Lycksele kommun', code: '2481', lansdel: 'sodra-lappland' },
  { slug: 'mala', short: 'Malå', name: 'Malå kommun', code: '2418', lansdel: 'sodra-lappland' },
  { slug: 'nordmaling', short: 'Nordmaling', name: 'Nordmalings kommun', code: '2401', lansdel: 'umea' },
  { slug: 'norsjo', short: 'Norsjö', name: 'Norsjö kommun', code: '2417', lansdel: 'skelleftea' },
  { slug: 'robertsfors', short: 'Robertsfors', name: 'Robertsfors kommun', code: '2409', lansdel: 'umea' },
  { slug: 'skelleftea', short: 'Skellefteå', name: 'Skellefteå kommun', code: '2482', lansdel: 'skelleftea' },
  { slug: 'sorsele', short: 'Sorsele', name: 'Sorsele kommun', code: '2422', lansdel: 'sodra-lappland' },
  { slug: 'storuman', short: 'Storuman', name: 'Storumans kommun', code: '2421', lansdel: 'sodra-lappland' },
  { slug: 'umea', short: 'Umeå', name: 'Umeå kommun', code: '2480', lansdel: 'umea' },
  { slug: 'vilhelmina', short: 'Vilhelmina', name: 'Vilhelmina kommun', code: '2462', lansdel: 'sodra-lappland' },
  { slug: 'vindeln', short: 'Vindeln', name: 'Vindelns kommun', code: '2404', lansdel: 'umea' },
  { slug: 'vannas', short: 'Vännäs', name: 'Vännäs kommun', code: '2460', lansdel: 'umea' },
  { slug: 'asele', short: 'Åsele', name: 'Åsele kommun', code: '2463', lansdel: 'sodra-lappland' },
];

/** Why each county part's municipalities are placed there. */
const MEMBERSHIP_SOURCE: Record<CountyPart, [SeedSource, string]> = {
  umea: [D002, '002: mobilt samverkanssystem i Umeå länsdel, skattningar per kommun (Nordmaling, Bjurholm, Vindeln, Robertsfors, Vännäs, Umeå).'],
  skelleftea: [D001, '001: "Närsjukvårdsområdet Skellefteå och Norsjö".'],
  'sodra-lappland': [ILL, 'Länsdelsindelningen i Södra Lappland anges inte i källorna. Malå placeras här, inte i Skellefteå länsdel: 001 beskriver närsjukvårdsområdet Skellefteå som Skellefteå och Norsjö.'],
};

/** `kommun-<slug>` by slug. */
export const KOMMUN: Record<string, string> = {};
for (const k of KOMMUNER) {
  KOMMUN[k.slug] = actor(`kommun-${k.slug}`, {
    name: k.name, shortName: k.short, kind: 'MUNICIPALITY', principal: 'MUNICIPALITY', code: k.code, source: ILL,
    sourceNote: 'SCB kommunkod. Länets 15 kommuner: 000 ("Region Västerbotten och länets 15 kommuner").',
  });
  const [src, note] = MEMBERSHIP_SOURCE[k.lansdel];
  link('PART_OF', `kommun-${k.slug}`, COUNTY_PARTS[k.lansdel], src, note);
}
const kommunId = (slug: string): string => {
  const id = KOMMUN[slug];
  if (!id) throw new Error(`unknown municipality ${slug}`);
  return id;
};

// ---- committees, management, administration ----------------------------------

export const RS = actor('rs', {
  name: 'Regionstyrelsen', kind: 'COMMITTEE', principal: 'REGION', shortName: 'RS', source: D000,
  description: 'Beställare av primärvård; ansvarar för styrningsfrågor (förfrågningsunderlag, ersättningsmodell, uppföljning).',
  sourceNote: '000, 1.1 Idé: "Regionstyrelsen är beställare av primärvård".',
});
export const HSN = actor('hsn', {
  name: 'Hälso- och sjukvårdsnämnden', kind: 'COMMITTEE', principal: 'REGION', shortName: 'HSN', source: D000,
  description: 'Utförare av primärvård i egen regi; styr driften.',
  sourceNote: '000, 1.1 Idé: "Hälsa- och sjukvårdsnämnden är utförare".',
});
export const RUN = actor('run', {
  name: 'Regionala utvecklingsnämnden', kind: 'COMMITTEE', principal: 'REGION', shortName: 'RUN', source: D000,
  sourceNote: '000, 1. Bakgrund: de tre nämnderna.',
});
export const CLG = actor('clg', {
  name: 'Centrala ledningsgruppen', kind: 'MANAGEMENT_GROUP', principal: 'REGION', shortName: 'CLG', source: D000,
  sourceNote: '000, förkortningar; uppdragsdirektivet fastställdes i CLG 21/12-2023.',
});
export const HSF = actor('hsf', {
  name: 'Hälsa- och sjukvårdsförvaltningen', kind: 'ADMINISTRATION', principal: 'REGION', shortName: 'HSF', source: D000,
  sourceNote: '000, förkortningar: "HSF Hälsa- och sjukvårdsförvaltningen".',
});
for (const id of [RS, HSN, RUN, CLG, HSF]) link('PART_OF', id, REGION, D000);

// ---- care levels -------------------------------------------------------------

export const CARE = {
  primary: careLevel('vn-primarvard', {
    name: 'Primärvård', kind: 'PRIMARY_CARE', principal: 'REGION', source: D004,
    description: 'Regionens primärvård: hälsocentraler och sjukstugor i egen och privat regi (Hälsoval). Ca 19 % av befolkningen är listade vid en privat hälsocentral.',
    sourceNote: '004: "Hälsocentral i egen regi 33 stycken (varav 7 sjukstugor)", "Hälsocentral privat regi 5 stycken", "Listade vid privat hälsocentral, ca 19 % av befolkningen".',
  }),
  municipalPrimary: careLevel('vn-kommunal-primarvard', {
    name: 'Kommunal primärvård', kind: 'MUNICIPAL_PRIMARY_CARE', principal: 'MUNICIPALITY', source: D000,
    description: 'Hemsjukvård, särskilt boende, LSS.',
    sourceNote: '000, 3.2: länets kommuner "har ansvar för primärvård".',
  }),
  outpatient: careLevel('vn-specialiserad-oppenvard', {
    name: 'Specialiserad öppenvård', kind: 'SPECIALISED_OUTPATIENT', principal: 'REGION', source: ILL,
  }),
  inpatient: careLevel('vn-specialiserad-slutenvard', {
    name: 'Specialiserad slutenvård', kind: 'SPECIALISED_INPATIENT', principal: 'REGION', source: D002,
    sourceNote: '002: "trygg hemgång genom samverkan vid utskrivning från slutenvård".',
  }),
  emergency: careLevel('vn-akutsjukvard', {
    name: 'Akutsjukvård', kind: 'EMERGENCY', principal: 'REGION', source: D002,
    sourceNote: '002: "Samordningsteam för mångbesökare vid akuten".',
  }),
  ambulance: careLevel('vn-ambulanssjukvard', {
    name: 'Ambulanssjukvård', kind: 'AMBULANCE', principal: 'REGION', source: D002,
    sourceNote: '002: "Förstärkning av ambulanssjukvården".',
  }),
  specialisedHome: careLevel('vn-specialiserad-vard-i-hemmet', {
    name: 'Specialiserad vård i hemmet', kind: 'SPECIALISED_HOME', principal: 'REGION', source: D002,
    sourceNote: '002: Umeå kommun önskar "mobilt stöd från sjukhuskopplad specialistvård" för hälso- och sjukvård i hemmet.',
  }),
  social: careLevel('vn-omsorg', {
    name: 'Omsorg', kind: 'SOCIAL_CARE', principal: 'MUNICIPALITY', source: D002,
    description: 'Kommunal vård och omsorg: hemtjänst, särskilt boende, biståndsbedömda insatser.',
    sourceNote: '002: "hemsjukvård och hemtjänst", "bistånd".',
  }),
} as const;

link('ORDERS', RS, CARE.primary, D004, '004: "Regionstyrelsen beslutar om förfrågningsunderlag/beställningen"; 000, 1.1: "Regionstyrelsen är beställare av primärvård".');
link('PROVIDES', HSN, CARE.primary, D000, '000, 1.1: "Hälsa- och sjukvårdsnämnden är utförare"; 004 är en presentation för HSN om Hälsoval.');

// ---- health centres ------------------------------------------------------------
// 004: 33 hälsocentraler i egen regi, varav 7 sjukstugor, och 5 i privat regi.
// The counts are sourced; which places they are is illustrative.

const HC_COUNT_NOTE = '004: "Hälsocentral i egen regi 33 stycken (varav 7 sjukstugor)", "Hälsocentral privat regi 5 stycken". Namn och ort illustrativa.';

interface HealthCentre {
  id: string;
  name: string;
  kommun: string;
  kind: 'HEALTH_CENTRE' | 'COTTAGE_HOSPITAL';
  principal: 'REGION' | 'PRIVATE';
}

const hc = (place: string, kommun: string, slug = place): HealthCentre => ({
  id: `hc-${slugify(slug)}`, name: `${place} hälsocentral`, kommun, kind: 'HEALTH_CENTRE', principal: 'REGION',
});
const sjukstuga = (place: string, kommun: string): HealthCentre => ({
  id: `sjukstuga-${slugify(place)}`, name: `${place} sjukstuga`, kommun, kind: 'COTTAGE_HOSPITAL', principal: 'REGION',
});
const privatHc = (place: string, kommun: string): HealthCentre => ({
  id: `hc-privat-${slugify(place)}`, name: `${place} hälsocentral`, kommun, kind: 'HEALTH_CENTRE', principal: 'PRIVATE',
});
function slugify(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export const HEALTH_CENTRES: readonly HealthCentre[] = [
  // Umeå länsdel: 16 in regional operation
  hc('Ersboda', 'umea'), hc('Mariehem', 'umea'), hc('Teg', 'umea'), hc('Ålidhem', 'umea'), hc('Sävar', 'umea'),
  hc('Holmsund', 'umea'), hc('Hörnefors', 'umea'), hc('Backen', 'umea'), hc('Carlslid', 'umea'),
  hc('Nordmaling', 'nordmaling'), hc('Bjurholm', 'bjurholm'), hc('Vindeln', 'vindeln'), hc('Hällnäs', 'vindeln'),
  hc('Robertsfors', 'robertsfors'), hc('Bygdeå', 'robertsfors'), hc('Vännäs', 'vannas'),
  // Skellefteå länsdel: 8 health centres and the Norsjö sjukstuga
  hc('Norrböle', 'skelleftea'), hc('Sunnanå', 'skelleftea'), hc('Ursviken', 'skelleftea'), hc('Kåge', 'skelleftea'),
  hc('Byske', 'skelleftea'), hc('Bureå', 'skelleftea'), hc('Burträsk', 'skelleftea'), hc('Jörn', 'skelleftea'),
  sjukstuga('Norsjö', 'norsjo'),
  // Södra Lappland: 2 health centres and 6 sjukstugor
  hc('Lycksele', 'lycksele'), hc('Tärnaby', 'storuman'),
  sjukstuga('Dorotea', 'dorotea'), sjukstuga('Vilhelmina', 'vilhelmina'), sjukstuga('Storuman', 'storuman'),
  sjukstuga('Sorsele', 'sorsele'), sjukstuga('Åsele', 'asele'), sjukstuga('Malå', 'mala'),
  // private (Hälsoval): 5
  privatHc('Tomtebo', 'umea'), privatHc('Västerslätt', 'umea'), privatHc('Haga', 'umea'),
  privatHc('Anderstorp', 'skelleftea'), privatHc('Skellefteå centrum', 'skelleftea'),
];

for (const h of HEALTH_CENTRES) {
  actor(h.id, {
    name: h.name, kind: h.kind, principal: h.principal, source: D004, sourceNote: HC_COUNT_NOTE,
    ...(h.kind === 'COTTAGE_HOSPITAL' ? { description: 'Sjukstuga: hälsocentral med vårdplatser.' } : {}),
    ...(h.principal === 'PRIVATE' ? { description: 'Hälsocentral i privat regi inom Hälsoval.' } : {}),
  });
  link('PART_OF', h.id, kommunId(h.kommun), ILL, 'Ort illustrativ.');
  link('PROVIDES', h.id, CARE.primary, D004);
}

/** The regional (own-operation) health centres and sjukstugor in a municipality. */
const regionalHcIn = (slug: string): HealthCentre[] => HEALTH_CENTRES.filter((h) => h.kommun === slug && h.principal === 'REGION');
/** The municipality's sjukstuga, if it has one. */
const sjukstugaIn = (slug: string): HealthCentre | undefined => HEALTH_CENTRES.find((h) => h.kommun === slug && h.kind === 'COTTAGE_HOSPITAL');

// ---- hospitals, clinic, ambulance ----------------------------------------------

export const NUS = actor('sjukhus-nus', {
  name: 'Norrlands universitetssjukhus', kind: 'HOSPITAL', principal: 'REGION', shortName: 'NUS', source: ILL,
});
export const SKELLEFTEA_LASARETT = actor('sjukhus-skelleftea', {
  name: 'Skellefteå lasarett', kind: 'HOSPITAL', principal: 'REGION', source: ILL,
});
export const LYCKSELE_LASARETT = actor('sjukhus-lycksele', {
  name: 'Lycksele lasarett', kind: 'HOSPITAL', principal: 'REGION', source: ILL,
});
const HOSPITAL_AREA: Array<[string, CountyPart]> = [[NUS, 'umea'], [SKELLEFTEA_LASARETT, 'skelleftea'], [LYCKSELE_LASARETT, 'sodra-lappland']];
for (const [h, part] of HOSPITAL_AREA) {
  link('PART_OF', h, COUNTY_PARTS[part], ILL);
  link('PROVIDES', h, CARE.inpatient, ILL);
  link('PROVIDES', h, CARE.outpatient, ILL);
  link('PROVIDES', h, CARE.emergency, ILL);
}
link('PROVIDES', NUS, CARE.specialisedHome, ILL, 'Sjukhuskopplad specialistvård i hemmet; jfr 002 (Umeå kommuns behov).');

export const INFEKTION_NUS = actor('klinik-infektion-nus', {
  name: 'Infektionskliniken NUS', kind: 'CLINIC', principal: 'REGION', source: D002,
  sourceNote: '002: "Postcovidmottagning i samverkan mellan vårdnivåer – infektionsklinik och primärvård". Att kliniken är NUS:s är illustrativt.',
});
link('PART_OF', INFEKTION_NUS, NUS, ILL);
link('PROVIDES', INFEKTION_NUS, CARE.outpatient, D002, '002: postcovidmottagning.');

export const AMBULANS = actor('ambulanssjukvarden', {
  name: 'Ambulanssjukvården', kind: 'OTHER', principal: 'REGION', source: D002,
  sourceNote: '002: "Förstärkning av ambulanssjukvården"; ambulans intervjuades i nulägesanalysen för mobilt samverkanssystem.',
});
link('PART_OF', AMBULANS, REGION, ILL);
link('PROVIDES', AMBULANS, CARE.ambulance, D002);

// ---- municipal home care and social services ----------------------------------

/** `hemsjukvard-<slug>` and `socialtjanst-<slug>` by municipality slug. */
export const HOME_CARE: Record<string, string> = {};
export const SOCIAL_SERVICES: Record<string, string> = {};
for (const k of KOMMUNER) {
  HOME_CARE[k.slug] = actor(`hemsjukvard-${k.slug}`, {
    name: `Hemsjukvård ${k.short}`, kind: 'HOME_CARE', principal: 'MUNICIPALITY', source: ILL,
    sourceNote: 'Kommunal hemsjukvård; enheten per kommun är illustrativ (jfr 002: "hemsjukvård och hemtjänst").',
  });
  SOCIAL_SERVICES[k.slug] = actor(`socialtjanst-${k.slug}`, {
    name: `Socialtjänst ${k.short}`, kind: 'SOCIAL_SERVICES', principal: 'MUNICIPALITY', source: ILL,
    sourceNote: 'Socialtjänst/äldreomsorg; enheten per kommun är illustrativ.',
  });
  link('PART_OF', `hemsjukvard-${k.slug}`, kommunId(k.slug), ILL);
  link('PART_OF', `socialtjanst-${k.slug}`, kommunId(k.slug), ILL);
  link('PROVIDES', `hemsjukvard-${k.slug}`, CARE.municipalPrimary, ILL);
  link('PROVIDES', `socialtjanst-${k.slug}`, CARE.social, ILL);
}
const homeCare = (slug: string): string => HOME_CARE[slug] ?? fail(`no home care for ${slug}`);
const socialServices = (slug: string): string => SOCIAL_SERVICES[slug] ?? fail(`no social services for ${slug}`);
function fail(message: string): never {
  throw new Error(message);
}

// ---- parhästar -----------------------------------------------------------------
// 001: "Etablering av parhästar" over the boundary (example: Skellefteå/Norsjö).
// Which units are paired is illustrative.

const PARHASTAR_NOTE = 'Begreppet parhästar: 001 ("Samverkande parförhållanden på var sida om organisationsgränsen"). Paret är illustrativt.';
link('PAIRED_WITH', 'sjukstuga-norsjo', homeCare('norsjo'), ILL, `${PARHASTAR_NOTE} 001:s exempel är samverkanssystemet Skellefteå/Norsjö.`);
link('PAIRED_WITH', 'sjukstuga-dorotea', homeCare('dorotea'), ILL, PARHASTAR_NOTE);
link('PAIRED_WITH', 'sjukstuga-vilhelmina', homeCare('vilhelmina'), ILL, PARHASTAR_NOTE);
link('PAIRED_WITH', 'hc-vannas', homeCare('vannas'), ILL, PARHASTAR_NOTE);
link('PAIRED_WITH', SKELLEFTEA_LASARETT, socialServices('skelleftea'), ILL, `${PARHASTAR_NOTE} Utskrivning från slutenvård.`);

// ---- forums: the county collaboration structure (002) ---------------------------
// 002's slide "Länssamverkan" shows, top to bottom: Ledningsseminarium; Vård och
// omsorg; Länssamverkansgrupp; Lokal samverkan i respektive kommun, between
// Region Västerbotten and Kommunerna. The OCR keeps the order, not the lines.

const LANSSAMVERKAN_NOTE = '002: bilden "Länssamverkan" (Region Västerbotten – Kommunerna); ordningen uppifrån, linjerna syns inte i OCR-texten.';
const allKommuner = (): string[] => KOMMUNER.map((k) => kommunId(k.slug));

export const FORUM_SEMINAR = forum('forum-ledningsseminarium', {
  name: 'Ledningsseminarium', kind: 'LEADERSHIP_SEMINAR', systemLevel: 'MACRO', status: 'ACTIVE',
  mandate: 'DECIDES', meetingFrequency: 'BIANNUAL', topLevel: true, source: D002,
  description: 'Länssamverkans högsta nivå: politisk och tjänstemannaledning i regionen och länets kommuner.',
  sourceNote: `${LANSSAMVERKAN_NOTE} Mandat och mötesfrekvens illustrativa.`,
});
export const FORUM_VARD_OMSORG = forum('forum-vard-och-omsorg', {
  name: 'Vård och omsorg', kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', status: 'ACTIVE',
  mandate: 'COORDINATES', meetingFrequency: 'QUARTERLY', source: D002,
  description: 'Länsövergripande samverkan om vård och omsorg mellan ledningsseminariet och länssamverkansgruppen (bilden har ett ofullständigt ord "Samr…" framför).',
  sourceNote: `${LANSSAMVERKAN_NOTE} Mandat och mötesfrekvens illustrativa.`,
});
export const FORUM_LSG = forum('forum-lanssamverkansgrupp', {
  name: 'Länssamverkansgrupp', kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', status: 'ACTIVE',
  mandate: 'COORDINATES', meetingFrequency: 'MONTHLY', source: D002,
  description: 'Länssamverkansgruppen (LSG), med beredningsgrupper. Beslutade den gemensamma hjälpmedelsstrategin.',
  sourceNote: `${LANSSAMVERKAN_NOTE} 000 nämner "LSG och beredningsgrupper" bland intressenterna utan att skriva ut förkortningen; att LSG är länssamverkansgruppen är en tolkning. Mandat och mötesfrekvens illustrativa.`,
});
link('REPORTS_TO', FORUM_VARD_OMSORG, FORUM_SEMINAR, D002, LANSSAMVERKAN_NOTE);
link('REPORTS_TO', FORUM_LSG, FORUM_VARD_OMSORG, D002, LANSSAMVERKAN_NOTE);
for (const f of [FORUM_SEMINAR, FORUM_VARD_OMSORG, FORUM_LSG]) {
  link('COVERS', f, REGION, D002, LANSSAMVERKAN_NOTE);
  for (const k of allKommuner()) participates(k, f, D002, 'MEMBER', LANSSAMVERKAN_NOTE);
}
participates(REGION, FORUM_SEMINAR, ILL, 'CO_CHAIR', 'Deltagandet: 002; ordförandeskapet illustrativt.');
participates(RS, FORUM_SEMINAR, ILL);
participates(HSN, FORUM_SEMINAR, ILL);
link('CONVENES', REGION, FORUM_SEMINAR, ILL);
participates(HSN, FORUM_VARD_OMSORG, ILL, 'CO_CHAIR');
participates(HSF, FORUM_VARD_OMSORG, ILL);
link('CONVENES', HSF, FORUM_VARD_OMSORG, ILL);
participates(HSF, FORUM_LSG, ILL, 'CHAIR', 'Regionens deltagande: 002; att HSF är ordförande är illustrativt.');
link('CONVENES', HSF, FORUM_LSG, ILL);
for (const c of [CARE.primary, CARE.municipalPrimary, CARE.social]) link('SPANS', FORUM_VARD_OMSORG, c, ILL);
for (const c of [CARE.primary, CARE.municipalPrimary, CARE.social, CARE.inpatient]) link('SPANS', FORUM_LSG, c, ILL);

// Beredningsgrupper (000: "LSG och beredningsgrupper").
export const FORUM_BEREDNING = forum('forum-beredningsgrupp-lsg', {
  name: 'Beredningsgrupp för länssamverkansgruppen', kind: 'PREPARATION_GROUP', systemLevel: 'MACRO', status: 'ACTIVE',
  mandate: 'ADVISES', meetingFrequency: 'MONTHLY', source: D000,
  description: 'Bereder ärenden till LSG.',
  sourceNote: '000, 8. Organisation, övriga intressenter: "LSG och beredningsgrupper". Namn, mandat och sammansättning illustrativa.',
});
link('REPORTS_TO', FORUM_BEREDNING, FORUM_LSG, D000, '000: "LSG och beredningsgrupper".');
participates(HSF, FORUM_BEREDNING, ILL, 'CHAIR');
for (const k of ['umea', 'skelleftea', 'lycksele']) participates(kommunId(k), FORUM_BEREDNING, ILL, 'MEMBER', 'En kommun per länsdel: illustrativt.');
link('CONVENES', HSF, FORUM_BEREDNING, ILL);

export const FORUM_BEREDNING_HJALPMEDEL = forum('forum-beredningsgrupp-hjalpmedel', {
  name: 'Beredningsgrupp hjälpmedel', kind: 'PREPARATION_GROUP', systemLevel: 'MESO', status: 'ACTIVE',
  mandate: 'ADVISES', meetingFrequency: 'QUARTERLY', source: ILL,
  sourceNote: 'Illustrativ beredningsgrupp (000 nämner beredningsgrupper under LSG; 002: hjälpmedelsstrategin beslutad i länssamverkan).',
});
link('REPORTS_TO', FORUM_BEREDNING_HJALPMEDEL, FORUM_LSG, ILL);
participates(HSF, FORUM_BEREDNING_HJALPMEDEL, ILL, 'CHAIR');
for (const k of ['umea', 'skelleftea', 'lycksele']) participates(homeCare(k), FORUM_BEREDNING_HJALPMEDEL, ILL);
link('SPANS', FORUM_BEREDNING_HJALPMEDEL, CARE.municipalPrimary, ILL);
link('SPANS', FORUM_BEREDNING_HJALPMEDEL, CARE.primary, ILL);

// ---- forums: local collaboration and collaboration teams ---------------------------

/** `forum-lokal-samverkan-<slug>` by municipality slug. */
export const LOKAL_SAMVERKAN: Record<string, string> = {};
const LOKAL_NOTE = '002: "Lokal samverkan i respektive kommun". Mandat, mötesfrekvens, deltagare och ordförandeskap illustrativa.';
for (const k of KOMMUNER) {
  const f = forum(`forum-lokal-samverkan-${k.slug}`, {
    name: `Lokal samverkan ${k.short}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', status: 'ACTIVE',
    mandate: 'COORDINATES', meetingFrequency: 'MONTHLY', source: D002, sourceNote: LOKAL_NOTE,
  });
  LOKAL_SAMVERKAN[k.slug] = f;
  link('REPORTS_TO', f, FORUM_LSG, D002, LANSSAMVERKAN_NOTE);
  link('COVERS', f, kommunId(k.slug), D002, '002: "Lokal samverkan i respektive kommun".');
  participates(kommunId(k.slug), f, ILL, 'CO_CHAIR');
  link('CONVENES', kommunId(k.slug), f, ILL);
  participates(homeCare(k.slug), f, ILL);
  participates(socialServices(k.slug), f, ILL);
  regionalHcIn(k.slug).forEach((h, i) => participates(h.id, f, ILL, i === 0 ? 'CO_CHAIR' : 'MEMBER'));
  for (const c of [CARE.primary, CARE.municipalPrimary, CARE.social]) link('SPANS', f, c, ILL);
}
const lokal = (slug: string): string => LOKAL_SAMVERKAN[slug] ?? fail(`no local collaboration for ${slug}`);

// 002: "Samarbetsteam i varje kommun mellan kommunen och sjukstugorna."
const SAMARBETSTEAM_NOTE = '002, Insatser i glesbygd: "Samarbetsteam i varje kommun mellan kommunen och sjukstugorna". Mandat, frekvens, deltagare och rapportering illustrativa.';
/** `forum-samarbetsteam-<slug>` by municipality slug. */
export const SAMARBETSTEAM: Record<string, string> = {};
for (const k of KOMMUNER) {
  const s = sjukstugaIn(k.slug);
  if (!s) continue;
  const f = forum(`forum-samarbetsteam-${k.slug}`, {
    name: `Samarbetsteam ${k.short} – sjukstugan`, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE',
    mandate: 'COORDINATES', meetingFrequency: 'WEEKLY', source: D002, sourceNote: SAMARBETSTEAM_NOTE,
  });
  SAMARBETSTEAM[k.slug] = f;
  link('REPORTS_TO', f, lokal(k.slug), ILL);
  link('COVERS', f, kommunId(k.slug), D002, SAMARBETSTEAM_NOTE);
  participates(s.id, f, D002, 'CO_CHAIR', 'Sjukstugans deltagande: 002; ordförandeskapet illustrativt.');
  participates(homeCare(k.slug), f, D002, 'CO_CHAIR', 'Kommunens deltagande: 002 (här genom hemsjukvården); ordförandeskapet illustrativt.');
  participates(socialServices(k.slug), f, ILL);
  link('CONVENES', s.id, f, ILL);
  link('SPANS', f, CARE.primary, D002);
  link('SPANS', f, CARE.municipalPrimary, ILL);
}

// Planned collaboration teams where there is none yet (illustrative).
const PLANNED_TEAMS: Array<[slug: string, plannedStart: string]> = [
  ['lycksele', '2027-02-01'], ['vindeln', '2027-04-01'], ['robertsfors', '2027-09-01'],
];
for (const [slug, plannedStart] of PLANNED_TEAMS) {
  const k = KOMMUNER.find((x) => x.slug === slug) ?? fail(slug);
  const f = forum(`forum-samarbetsteam-${slug}`, {
    name: `Samarbetsteam ${k.short} – hälsocentralen`, kind: 'TEAM', systemLevel: 'MICRO', status: 'PLANNED',
    mandate: 'COORDINATES', meetingFrequency: 'BIWEEKLY', plannedStart, source: ILL,
    sourceNote: 'Planerat samarbetsteam efter mönster av samarbetsteamen kommun–sjukstuga (002); planen och datumet är illustrativa.',
  });
  link('REPORTS_TO', f, lokal(slug), ILL);
  link('COVERS', f, kommunId(slug), ILL);
  for (const h of regionalHcIn(slug)) participates(h.id, f, ILL);
  participates(homeCare(slug), f, ILL);
  participates(socialServices(slug), f, ILL);
  link('SPANS', f, CARE.primary, ILL);
  link('SPANS', f, CARE.municipalPrimary, ILL);
}

// ---- forums: Skellefteå/Norsjö samverkanssystem (001) -------------------------------

const SKE_NOTE = '001, Samverkansstruktur Skellefteå/Norsjö: "tre olika nivåer av väl förankrade ledningsstrukturer; strategiskt, taktiskt och operativt", med "balanserad horisontell samverkan mellan region- och kommunföreträdare". Namn, mandat och frekvens illustrativa.';
export const FORUM_SKE_STRATEGISK = forum('forum-skelleftea-norsjo-strategisk', {
  name: 'Samverkanssystemet Skellefteå/Norsjö – strategisk nivå', kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO',
  status: 'ACTIVE', mandate: 'DECIDES', meetingFrequency: 'QUARTERLY', source: D001, sourceNote: SKE_NOTE,
});
export const FORUM_SKE_TAKTISK = forum('forum-skelleftea-norsjo-taktisk', {
  name: 'Samverkanssystemet Skellefteå/Norsjö – taktisk nivå', kind: 'COLLABORATION_GROUP', systemLevel: 'MESO',
  status: 'ACTIVE', mandate: 'COORDINATES', meetingFrequency: 'MONTHLY', source: D001, sourceNote: SKE_NOTE,
});
export const FORUM_SKE_OPERATIV = forum('forum-skelleftea-norsjo-operativ', {
  name: 'Samverkanssystemet Skellefteå/Norsjö – operativ nivå', kind: 'COLLABORATION_GROUP', systemLevel: 'MICRO',
  status: 'ACTIVE', mandate: 'COORDINATES', meetingFrequency: 'BIWEEKLY', source: D001, sourceNote: SKE_NOTE,
});
link('REPORTS_TO', FORUM_SKE_OPERATIV, FORUM_SKE_TAKTISK, D001, SKE_NOTE);
link('REPORTS_TO', FORUM_SKE_TAKTISK, FORUM_SKE_STRATEGISK, D001, SKE_NOTE);
link('REPORTS_TO', FORUM_SKE_STRATEGISK, FORUM_LSG, ILL);
for (const f of [FORUM_SKE_STRATEGISK, FORUM_SKE_TAKTISK, FORUM_SKE_OPERATIV]) {
  link('COVERS', f, kommunId('skelleftea'), D001);
  link('COVERS', f, kommunId('norsjo'), D001);
}
participates(kommunId('skelleftea'), FORUM_SKE_STRATEGISK, D001, 'CO_CHAIR', 'Deltagandet: 001; ordförandeskapet illustrativt.');
participates(kommunId('norsjo'), FORUM_SKE_STRATEGISK, D001);
participates(SKELLEFTEA_LASARETT, FORUM_SKE_STRATEGISK, ILL, 'CO_CHAIR', 'Regionföreträdare: 001; vilken enhet är illustrativt.');
participates(HSF, FORUM_SKE_STRATEGISK, ILL);
link('CONVENES', SKELLEFTEA_LASARETT, FORUM_SKE_STRATEGISK, ILL);
for (const id of [socialServices('skelleftea'), socialServices('norsjo'), 'hc-norrbole', 'sjukstuga-norsjo', SKELLEFTEA_LASARETT]) {
  participates(id, FORUM_SKE_TAKTISK, ILL);
}
for (const id of [homeCare('skelleftea'), homeCare('norsjo'), 'hc-kage', 'hc-ursviken', 'sjukstuga-norsjo']) {
  participates(id, FORUM_SKE_OPERATIV, ILL);
}
for (const c of [CARE.primary, CARE.municipalPrimary, CARE.social, CARE.inpatient]) link('SPANS', FORUM_SKE_TAKTISK, c, ILL);
for (const c of [CARE.primary, CARE.municipalPrimary]) link('SPANS', FORUM_SKE_OPERATIV, c, ILL);

// ---- forums: the mobile collaboration system in Umeå county part (002) ---------------

/** The initiative the mobile system's forums belong to (defined with the initiatives below). */
const INIT_MOBILT = 'init-mobilt-samverkanssystem';
const UMEA_LANSDEL = KOMMUNER.filter((k) => k.lansdel === 'umea').map((k) => k.slug);
const KRANSKOMMUNER = UMEA_LANSDEL.filter((s) => s !== 'umea');

export const FORUM_MOBILT_STYRGRUPP = forum('forum-mobilt-styrgrupp', {
  name: 'Styrgrupp mobilt samverkanssystem', kind: 'STEERING_GROUP', systemLevel: 'MESO', status: 'ACTIVE',
  mandate: 'DECIDES', meetingFrequency: 'MONTHLY', source: D002,
  description: 'Styrgrupp för det gemensamma mobila samverkanssystemet i Umeå länsdel; tar emot månatlig rapportering.',
  sourceNote: '002: arbetsplanen (Styrgrupp x 2, Dialogmöte, Styrgrupp) och "Månatlig rapportering projektmedlemmar, styrgrupp och övriga intressenter". Sammansättning och mandat illustrativa.',
});
export const FORUM_MOBILT_AG1 = forum('forum-mobilt-arbetsgrupp-1', {
  name: 'Arbetsgrupp 1 – målgrupper och behov, bemanning och kapacitet', kind: 'WORKING_GROUP', systemLevel: 'MESO',
  status: 'ACTIVE', mandate: 'ADVISES', meetingFrequency: 'BIWEEKLY', startDate: '2023-03-16', source: D002,
  description: 'MAS, läkare, bistånd, arbetsterapeut, sjuksköterska m.fl. Förtydligar målgruppernas bestämning och antal; dimensionerar kapacitet och bemanning inom länsdelen.',
  sourceNote: '002: "Arbetsgrupp 1: MAS, Läkare, Bistånd, arbetsterapeut, sjuksköterska mfl – Målgrupper & behov / Bemanning & kapacitet"; "De aktuella arbetsgrupperna genomförde sitt första arbetsmöte 16 mars" (2023). Status i dag och frekvens illustrativa.',
});
export const FORUM_MOBILT_AG2 = forum('forum-mobilt-arbetsgrupp-2', {
  name: 'Arbetsgrupp 2 – gemensam ledning', kind: 'WORKING_GROUP', systemLevel: 'MESO',
  status: 'ACTIVE', mandate: 'ADVISES', meetingFrequency: 'BIWEEKLY', startDate: '2023-03-16', source: D002,
  description: 'Verksamhetschef, avdelningschef/enhetschef, biträdande verksamhetschef, region och kommun. Ledningsrepresentation, struktur och ledningssystem; operativa ledningsstrukturer.',
  sourceNote: '002: "Arbetsgrupp 2: Verksamhetschef, avdelningschef/enhetschef, Bitr VC AC region/kommun – Gemensam ledning"; första arbetsmöte 16 mars (2023). Status i dag och frekvens illustrativa.',
});
for (const f of [FORUM_MOBILT_STYRGRUPP, FORUM_MOBILT_AG1, FORUM_MOBILT_AG2]) {
  link('BELONGS_TO', f, INIT_MOBILT, D002);
  link('COVERS', f, COUNTY_PARTS.umea, D002);
}
link('REPORTS_TO', FORUM_MOBILT_AG1, FORUM_MOBILT_STYRGRUPP, D002, '002: "Avstämning styrgrupp", månatlig rapportering till styrgruppen.');
link('REPORTS_TO', FORUM_MOBILT_AG2, FORUM_MOBILT_STYRGRUPP, D002, '002: "Avstämning styrgrupp", månatlig rapportering till styrgruppen.');
link('REPORTS_TO', FORUM_MOBILT_STYRGRUPP, FORUM_LSG, ILL);
link('CONVENES', HSF, FORUM_MOBILT_STYRGRUPP, ILL);
participates(HSF, FORUM_MOBILT_STYRGRUPP, ILL, 'CHAIR');
participates(NUS, FORUM_MOBILT_STYRGRUPP, ILL);
for (const s of UMEA_LANSDEL) participates(kommunId(s), FORUM_MOBILT_STYRGRUPP, ILL, 'MEMBER', 'Styrgruppens sammansättning anges inte i 002.');
const AG_NOTE = '002: arbetsgrupperna består av "Region och kommunerna"; vilka enheter är illustrativt.';
for (const s of UMEA_LANSDEL) participates(homeCare(s), FORUM_MOBILT_AG1, ILL, 'MEMBER', `${AG_NOTE} MAS och sjuksköterskor.`);
participates(socialServices('umea'), FORUM_MOBILT_AG1, ILL, 'MEMBER', `${AG_NOTE} Bistånd.`);
participates('hc-nordmaling', FORUM_MOBILT_AG1, ILL, 'MEMBER', `${AG_NOTE} Läkare.`);
participates(NUS, FORUM_MOBILT_AG1, ILL, 'MEMBER', `${AG_NOTE} Läkare, sjukhuskopplad specialistvård.`);
participates(HSF, FORUM_MOBILT_AG2, ILL, 'CHAIR', `${AG_NOTE} Verksamhetschef.`);
participates(socialServices('umea'), FORUM_MOBILT_AG2, ILL, 'MEMBER', AG_NOTE);
participates(socialServices('vannas'), FORUM_MOBILT_AG2, ILL, 'MEMBER', AG_NOTE);
participates('hc-vannas', FORUM_MOBILT_AG2, ILL, 'MEMBER', AG_NOTE);
for (const c of [CARE.primary, CARE.municipalPrimary, CARE.specialisedHome]) link('SPANS', FORUM_MOBILT_AG1, c, D002);
link('SPANS', FORUM_MOBILT_STYRGRUPP, CARE.primary, D002, '002: nuläge "Primärvård, sjukhusvård, ambulans, akuten".');
link('SPANS', FORUM_MOBILT_STYRGRUPP, CARE.municipalPrimary, D002);
link('SPANS', FORUM_MOBILT_STYRGRUPP, CARE.specialisedHome, D002);

// The one planned forum past its planned start: Governo's proposed management group.
export const FORUM_MOBILT_LEDNINGSGRUPP = forum('forum-mobilt-ledningsgrupp', {
  name: 'Ledningsgrupp med mandat för mobilt samverkanssystem', kind: 'MANAGEMENT_GROUP', systemLevel: 'MESO',
  status: 'PLANNED', mandate: 'DECIDES', meetingFrequency: 'MONTHLY', plannedStart: '2025-09-01', source: ILL,
  description: 'Systemrepresentativ och exekutiv ledningsgrupp med mandat över hela hälso- och sjukvårdssystemet i länsdelen.',
  sourceNote: 'Förslaget finns i 002 (arbetsgruppen Gemensam ledning, "Samlad bedömning av Governo"); att den är planerad och det planerade startdatumet är illustrativt.',
});
link('BELONGS_TO', FORUM_MOBILT_LEDNINGSGRUPP, INIT_MOBILT, D002, '002: "Ledningsgrupp med mandat" för initiativet.');
link('REPORTS_TO', FORUM_MOBILT_LEDNINGSGRUPP, FORUM_LSG, ILL);
link('COVERS', FORUM_MOBILT_LEDNINGSGRUPP, COUNTY_PARTS.umea, D002);
participates(HSF, FORUM_MOBILT_LEDNINGSGRUPP, ILL, 'CO_CHAIR');
participates(kommunId('umea'), FORUM_MOBILT_LEDNINGSGRUPP, ILL, 'CO_CHAIR');
for (const s of KRANSKOMMUNER) participates(kommunId(s), FORUM_MOBILT_LEDNINGSGRUPP, ILL);

// ---- forums: frequent ED visitors (002) ----------------------------------------------

export const FORUM_MANGBESOKARE = forum('forum-samordningsteam-mangbesokare', {
  name: 'Samordningsteam för mångbesökare vid akuten', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE',
  mandate: 'COORDINATES', meetingFrequency: 'WEEKLY', source: D002,
  sourceNote: '002: "Projekt – Samordningsteam för mångbesökare vid akuten". Att teamet finns vid NUS akutmottagning, deltagare och frekvens är illustrativt.',
});
link('BELONGS_TO', FORUM_MANGBESOKARE, 'init-samordningsteam-mangbesokare', D002);
link('REPORTS_TO', FORUM_MANGBESOKARE, lokal('umea'), ILL);
link('COVERS', FORUM_MANGBESOKARE, kommunId('umea'), ILL);
participates(NUS, FORUM_MANGBESOKARE, ILL, 'CHAIR');
link('CONVENES', NUS, FORUM_MANGBESOKARE, ILL);
participates(socialServices('umea'), FORUM_MANGBESOKARE, ILL);
participates('hc-alidhem', FORUM_MANGBESOKARE, ILL);
participates('hc-ersboda', FORUM_MANGBESOKARE, ILL);
link('SPANS', FORUM_MANGBESOKARE, CARE.emergency, D002);
link('SPANS', FORUM_MANGBESOKARE, CARE.primary, ILL);
link('SPANS', FORUM_MANGBESOKARE, CARE.social, ILL);

// ---- forums: internal to the region (crossesBoundary false) ------------------------------

export const FORUM_CLG = forum('forum-clg-ledningsmote', {
  name: 'CLG:s ledningsmöte', kind: 'MANAGEMENT_GROUP', systemLevel: 'MACRO', status: 'ACTIVE',
  mandate: 'DECIDES', meetingFrequency: 'BIWEEKLY', crossesBoundary: false, topLevel: true, source: D000,
  sourceNote: '000: uppdragsdirektivet fastställdes i CLG 21/12-2023. Mötesfrekvens illustrativ.',
});
participates(CLG, FORUM_CLG, D000);
participates(HSF, FORUM_CLG, ILL);
link('CONVENES', CLG, FORUM_CLG, ILL);

export const FORUM_HSF_LG = forum('forum-hsf-ledningsgrupp', {
  name: 'HSF:s ledningsgrupp', kind: 'MANAGEMENT_GROUP', systemLevel: 'MACRO', status: 'ACTIVE',
  mandate: 'DECIDES', meetingFrequency: 'WEEKLY', crossesBoundary: false, source: ILL,
});
link('REPORTS_TO', FORUM_HSF_LG, FORUM_CLG, ILL);
participates(HSF, FORUM_HSF_LG, ILL, 'CHAIR');
link('CONVENES', HSF, FORUM_HSF_LG, ILL);
for (const id of [NUS, SKELLEFTEA_LASARETT, LYCKSELE_LASARETT, AMBULANS]) participates(id, FORUM_HSF_LG, ILL);

export const FORUM_PV_LG = forum('forum-primarvardens-ledningsgrupp', {
  name: 'Primärvårdens ledningsgrupp', kind: 'MANAGEMENT_GROUP', systemLevel: 'MESO', status: 'ACTIVE',
  mandate: 'COORDINATES', meetingFrequency: 'BIWEEKLY', crossesBoundary: false, source: D000,
  sourceNote: '000: nya modeller "ska utformas i dialog med primärvårdens ledning". Sammansättning och frekvens illustrativa.',
});
link('REPORTS_TO', FORUM_PV_LG, FORUM_HSF_LG, ILL);
participates(HSF, FORUM_PV_LG, ILL, 'CHAIR');
link('CONVENES', HSF, FORUM_PV_LG, ILL);
for (const id of ['hc-ersboda', 'hc-norrbole', 'hc-lycksele', 'sjukstuga-vilhelmina']) participates(id, FORUM_PV_LG, ILL);
link('SPANS', FORUM_PV_LG, CARE.primary, ILL);

export const FORUM_HALSOVAL = forum('forum-halsoval-dialog', {
  name: 'Hälsovalsdialog med privata utförare', kind: 'NETWORK', systemLevel: 'MESO', status: 'ACTIVE',
  mandate: 'INFORMS', meetingFrequency: 'QUARTERLY', crossesBoundary: false, source: D000,
  description: 'Dialog om beställning, ersättningsmodell och uppföljning i Hälsoval primärvård; region och privata utförare, inga kommuner.',
  sourceNote: '000, 9.2: inriktning för ny ersättningsmodell och uppföljning "ska utformas i dialog med primärvårdens ledning, företrädare för privata utförare samt utvalda sakkunniga". Forumets form och frekvens illustrativa.',
});
link('REPORTS_TO', FORUM_HALSOVAL, FORUM_CLG, ILL);
participates(RS, FORUM_HALSOVAL, ILL, 'CHAIR', 'Beställarenheten (000) företräder RS; ordförandeskapet illustrativt.');
link('CONVENES', RS, FORUM_HALSOVAL, ILL);
participates(HSF, FORUM_HALSOVAL, D000, 'MEMBER', '000: "primärvårdens ledning".');
for (const h of HEALTH_CENTRES.filter((x) => x.principal === 'PRIVATE')) participates(h.id, FORUM_HALSOVAL, D000, 'MEMBER', '000: "företrädare för privata utförare".');
link('SPANS', FORUM_HALSOVAL, CARE.primary, D000);

// ---- forums: one ended (illustrative) ------------------------------------------------------

export const FORUM_VHU_LSS = forum('forum-arbetsgrupp-vhu-lss', {
  name: 'Arbetsgrupp VHU i LSS-boende', kind: 'WORKING_GROUP', systemLevel: 'MICRO', status: 'ENDED',
  mandate: 'COORDINATES', meetingFrequency: 'MONTHLY', startDate: '2022-09-01', endDate: '2025-06-30', source: ILL,
  description: 'Anpassade arbetssätt vid Västerbottens hälsoundersökning (VHU) för personer i särskilt boende enligt LSS.',
  sourceNote: 'Projektet finns i 002 ("Anpassade arbetssätt vid hälsoundersökning (VHU) för personer som bor i särskilt boende enligt LSS … (projekt)"); arbetsgruppen, deltagarna och datumen är illustrativa.',
});
link('BELONGS_TO', FORUM_VHU_LSS, 'init-vhu-lss', ILL);
link('REPORTS_TO', FORUM_VHU_LSS, lokal('umea'), ILL);
link('COVERS', FORUM_VHU_LSS, kommunId('umea'), ILL);
participates('hc-teg', FORUM_VHU_LSS, ILL, 'CHAIR');
participates(socialServices('umea'), FORUM_VHU_LSS, ILL);
participates(homeCare('umea'), FORUM_VHU_LSS, ILL);
link('SPANS', FORUM_VHU_LSS, CARE.primary, ILL);
link('SPANS', FORUM_VHU_LSS, CARE.municipalPrimary, ILL);

// ---- target groups ------------------------------------------------------------------

const MALGRUPP_NOTE = '002: "Målgrupper i samverkanssystemet" och "Uppskattning av behovsgruppernas storlek i länsdelen utifrån nationella nyckeltal".';
export const TG = {
  mestSjuka: targetGroup('tg-mest-sjuka-aldre', {
    name: 'Mest sjuka äldre', definition: 'Ca 5 % av personer 65+ (Stiftelsen Äldrecentrum). De allra mest sjuka: kort återstående livstid, beroende av kontinuerliga insatser från specialistvård, hemsjukvård och hemtjänst.',
    source: D002, sourceNote: MALGRUPP_NOTE,
  }),
  periodvisSviktande: targetGroup('tg-periodvis-sviktande', {
    name: 'Periodvis sviktande äldre', definition: 'Ca 15 % av personer 65+ (The Canadian Study of Health and Aging, Gunnar Akner). Stort beroende av andra; flertalet har hemsjukvård men även längre stabila perioder.',
    source: D002, sourceNote: MALGRUPP_NOTE,
  }),
  riskgrupper: targetGroup('tg-riskgrupper', {
    name: 'Riskgrupper/sköra äldre', definition: 'Ca 25 % av personer 65+ (Gunnar Akner). En eller flera diagnoser, skörhet som börjar ge ökade vårdbehov, ev. serviceinsatser från hemtjänst, mångbesökare på hälsocentral och/eller akutmottagning.',
    source: D002, sourceNote: MALGRUPP_NOTE,
  }),
  mangbesokare: targetGroup('tg-mangbesokare', {
    name: 'Mångbesökare vid akuten', source: D002,
    sourceNote: '002: "Projekt – Samordningsteam för mångbesökare vid akuten".',
  }),
  barnUnga: targetGroup('tg-barn-unga-psykisk-ohalsa', {
    name: 'Barn och unga med psykisk ohälsa', source: D002,
    sourceNote: '002: "Ny bred överenskommelse för att bättre motsvara barn och ungas behov vid psykisk ohälsa, inkluderar skola och socialtjänst".',
  }),
  lss: targetGroup('tg-lss', {
    name: 'Personer inom LSS', definition: 'Vuxna personer inom LSS-målgrupper, bl.a. boende i särskilt boende enligt LSS.',
    source: D002, sourceNote: '002: "PRIMO breddinfört – team för omhändertagande av vuxna personer inom LSS-målgrupper"; VHU för personer i särskilt boende enligt LSS.',
  }),
  mobiltTeam: targetGroup('tg-mobilt-team', {
    name: 'Individer i behov av mobilt team', definition: 'Mest sjuka äldre (5 % av 65+) och omkring hälften av de periodvis sviktande: behov av insatser från ett mobilt team för hälso- och sjukvård i hemmet.',
    source: D002, sourceNote: '002: "Uppskattning av antal individer som har behov av insatser från ett mobilt team för hälso- och sjukvård i hemmet"; "omkring hälften av individerna inom periodvis sviktande".',
  }),
  fastVardkontakt: targetGroup('tg-fast-vardkontakt', {
    name: 'Individer i behov av fast vårdkontakt', definition: 'Periodvis sviktande utan hemsjukvårdsinsatser och riskgrupper; den fasta vårdkontakten finns vanligen på hälsocentralen.',
    source: D002, sourceNote: '002: "Uppskattning av antal individer som har behov av en fast vårdkontakt"; "Vårdlösning för riskgrupper".',
  }),
} as const;

// ---- population estimates (002) --------------------------------------------------------
// 002 does not date the estimates; the document reports on 2022 (the slides
// describe work planned for 2023), so the year is 2022.

const ESTIMATE_YEAR = 2022;
const YEAR_NOTE = 'Året anges inte på bilden; dokumentet avser 2022.';
const MOBILT_TEAM_ESTIMATES: Array<[slug: string, count: number]> = [
  ['nordmaling', 204], ['bjurholm', 70], ['vindeln', 156], ['robertsfors', 187], ['vannas', 195], ['umea', 2311],
];
const FAST_VARDKONTAKT_ESTIMATES: Array<[slug: string, count: number]> = [
  ['nordmaling', 306], ['bjurholm', 105], ['robertsfors', 281], ['vannas', 292], ['umea', 3466],
];
for (const [slug, count] of MOBILT_TEAM_ESTIMATES) {
  estimate(TG.mobiltTeam, kommunId(slug), count, ESTIMATE_YEAR, D002, `002: skattning per kommun, mobilt team för hälso- och sjukvård i hemmet. ${YEAR_NOTE}`);
}
for (const [slug, count] of FAST_VARDKONTAKT_ESTIMATES) {
  estimate(TG.fastVardkontakt, kommunId(slug), count, ESTIMATE_YEAR, D002, `002: skattning per kommun, fast vårdkontakt. ${YEAR_NOTE}`);
}
estimate(TG.mobiltTeam, COUNTY_PARTS.umea, 3123, ESTIMATE_YEAR, D002, `002: "totalt 3 123 individer i länsdelen". ${YEAR_NOTE}`);
estimate(TG.fastVardkontakt, COUNTY_PARTS.umea, 4684, ESTIMATE_YEAR, D002,
  `002: "totalt 4 684 individer i länsdelen". Vindelns siffra saknas i OCR-texten (bilden visar VINDELN utan tal); den skattas inte här. ${YEAR_NOTE}`);
estimate(TG.mestSjuka, COUNTY_PARTS.umea, 1561, ESTIMATE_YEAR, D002, `002: "5 % av 65+ … 1 561 individer i länsdelen". ${YEAR_NOTE}`);

// Forums serving target groups.
link('SERVES', FORUM_MOBILT_AG1, TG.mobiltTeam, D002, '002: arbetsgrupp 1 förtydligar målgruppernas bestämning och antal.');
link('SERVES', FORUM_MOBILT_AG1, TG.fastVardkontakt, D002);
link('SERVES', FORUM_MOBILT_STYRGRUPP, TG.mobiltTeam, D002);
link('SERVES', FORUM_MANGBESOKARE, TG.mangbesokare, D002);
link('SERVES', FORUM_VHU_LSS, TG.lss, ILL);
for (const f of Object.values(SAMARBETSTEAM)) {
  link('SERVES', f, TG.mestSjuka, ILL);
  link('SERVES', f, TG.periodvisSviktande, ILL);
}
for (const slug of ['umea', 'skelleftea', 'lycksele']) link('SERVES', lokal(slug), TG.barnUnga, ILL);

// ---- initiatives ------------------------------------------------------------------------

// The mobile collaboration system in Umeå county part.
export const INITIATIVE_MOBILT = initiative(INIT_MOBILT, {
  name: 'Mobilt samverkanssystem Umeå länsdel', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', startDate: '2023-03-01', source: D002,
  description: 'Gemensamt mobilt samverkanssystem för att bemöta kroniskt och periodvis sviktande sjuka inom hemsjukvården, inklusive proaktiva arbetssätt för riskgrupper. Två mobila team (kranskommunerna respektive Umeå kommun) inom samma lednings- och samverkanssystem; fast vårdkontakt ingår som funktion.',
  sourceNote: '002: "Gemensamt mobilt samverkanssystem … Umeå länsdel"; "2023 – Beslut"; "Start mars 2023". Status i dag illustrativ.',
});
link('OWNS', FORUM_MOBILT_STYRGRUPP, INIT_MOBILT, D002, '002: styrgruppen leder arbetet (arbetsplan, avstämningar, månatlig rapportering).');
link('COVERS', INIT_MOBILT, COUNTY_PARTS.umea, D002);
for (const tg of [TG.mestSjuka, TG.periodvisSviktande, TG.riskgrupper, TG.mobiltTeam, TG.fastVardkontakt]) link('SERVES', INIT_MOBILT, tg, D002, '002: "Målgrupper i samverkanssystemet".');
for (const c of [CARE.primary, CARE.municipalPrimary, CARE.specialisedHome, CARE.social]) link('SPANS', INIT_MOBILT, c, D002, '002: hemsjukvård, hemtjänst, primärvård, sjukhuskopplad specialistvård.');
// Pilot municipalities: 002's slide headed "PILOTER" lists the county part's municipalities
// with their estimates; the OCR does not show which of them are marked as pilots.
const PILOT_NOTE = '002: bilden "PILOTER" med skattningar per kommun (Nordmaling, Bjurholm, Vindeln, Robertsfors, Vännäs [195], Umeå). Vilka kommuner som markeras som piloter går inte att utläsa ur OCR-texten; alla sex tas med.';
for (const s of UMEA_LANSDEL) link('BELONGS_TO', kommunId(s), INIT_MOBILT, D002, PILOT_NOTE);

export const INITIATIVES = {
  mangbesokare: initiative('init-samordningsteam-mangbesokare', {
    name: 'Projekt samordningsteam för mångbesökare vid akuten', kind: 'PROJECT', status: 'ACTIVE', source: D002,
    sourceNote: '002, Ett personcentrerat förhållningssätt: "Projekt – Samordningsteam för mångbesökare vid akuten". Status i dag illustrativ.',
  }),
  primo: initiative('init-primo', {
    name: 'PRIMO – team för vuxna inom LSS', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    description: 'Team för omhändertagande av vuxna personer inom LSS-målgrupper; breddinfört.',
    sourceNote: '002, Förbättrad tillgänglighet i primärvården: "PRIMO breddinfört – team för omhändertagande av vuxna personer inom LSS-målgrupper".',
  }),
  digitalUngdomsmottagning: initiative('init-digital-ungdomsmottagning', {
    name: 'Digital ungdomsmottagning', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    sourceNote: '002, Förbättrad tillgänglighet i primärvården.',
  }),
  kontaktcenter: initiative('init-kontaktcenter-barn-unga', {
    name: 'Kontaktcenter barn och unga', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    sourceNote: '002, Förbättrad tillgänglighet i primärvården.',
  }),
  postcovid: initiative('init-postcovidmottagning', {
    name: 'Postcovidmottagning', kind: 'FLOW_IMPROVEMENT', status: 'ACTIVE', source: D002,
    description: 'Mottagning i samverkan mellan vårdnivåer: infektionsklinik och primärvård.',
    sourceNote: '002, Ändamålsenligt resursnyttjande: "Postcovidmottagning i samverkan mellan vårdnivåer – infektionsklinik och primärvård".',
  }),
  lakarmedverkan: initiative('init-lakarmedverkan-aldreomsorg', {
    name: 'Läkarmedverkan i kommunal äldreomsorg', kind: 'FLOW_IMPROVEMENT', status: 'ACTIVE', source: D002,
    description: 'Samarbete mellan medicin/geriatrik och primärvård genom läkarmedverkan i kommunal äldreomsorg.',
    sourceNote: '002, Ändamålsenligt resursnyttjande.',
  }),
  hjalpmedel: initiative('init-hjalpmedelsstrategi', {
    name: 'Gemensam hjälpmedelsstrategi', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    sourceNote: '002: "En ny gemensam hjälpmedelsstrategi i länet är beslutad i länssamverkan".',
  }),
  seniortorg: initiative('init-seniortorg', {
    name: 'Seniortorg', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    description: 'Seniortorg eller motsvarande mötesplatser i flera kommuner för att nå äldre med aktiviteter, träning, digital teknik m.m.',
    sourceNote: '002, Hälsofrämjande, rehabiliterande och habiliterande arbetssätt: "finns i flera kommuner" (vilka anges inte).',
  }),
  patientkontrakt: initiative('init-patientkontrakt', {
    name: 'Patientkontrakt', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    description: 'Sammanhållen plan och fasta vårdkontakter; former för patientkontrakt testas.',
    sourceNote: '002: "former för patientkontrakt testas"; "Sammanhållen plan och fasta vårdkontakter – patientkontrakt" (Aktuellt och angeläget).',
  }),
  fastVardkontakt: initiative('init-fast-vardkontakt', {
    name: 'Fast vårdkontakt', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    description: 'Fast vårdkontakt med samordningsansvar, vanligen på hälsocentralen; ingår som funktion i det mobila samverkanssystemet.',
    sourceNote: '002: "I fler verksamheter än tidigare pågår arbete med att skapa förutsättningar att erbjuda fast vårdkontakt med samordningsansvar"; "Vårdlösning för riskgrupper".',
  }),
  sip: initiative('init-sip', {
    name: 'Samordnad individuell plan (SIP)', kind: 'FLOW_IMPROVEMENT', status: 'ACTIVE', source: D002,
    sourceNote: '002: "Samordnad individuell planering används allt oftare"; 004, Uppdrag och regler: "Samverkan vid utskrivning från sluten hälso- och sjukvård och SIP".',
  }),
  tryggHemgang: initiative('init-trygg-hemgang', {
    name: 'Trygg hemgång vid utskrivning från slutenvård', kind: 'FLOW_IMPROVEMENT', status: 'ACTIVE', source: D002,
    sourceNote: '002: "Ökad delaktighet för den enskilde och trygg hemgång genom samverkan vid utskrivning från slutenvård".',
  }),
  overenskommelseBarnUnga: initiative('init-overenskommelse-barn-unga', {
    name: 'Överenskommelse om barn och ungas psykiska ohälsa', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    sourceNote: '002: "Ny bred överenskommelse för att bättre motsvara barn och ungas behov vid psykisk ohälsa, inkluderar skola och socialtjänst".',
  }),
  egenmonitorering: initiative('init-egenmonitorering-sodra-lappland', {
    name: 'Digital teknik och egenmonitorering i Södra Lappland', kind: 'PROJECT', status: 'ACTIVE', source: D002,
    sourceNote: '002, Insatser i glesbygd: "Test av digital teknik och egenmonitorering i kommuner i södra Lappland". Vilka kommuner anges inte.',
  }),
  vhuLss: initiative('init-vhu-lss', {
    name: 'Anpassad hälsoundersökning (VHU) i LSS-boende', kind: 'PROJECT', status: 'ENDED', startDate: '2022-09-01', endDate: '2025-06-30', source: D002,
    sourceNote: '002: "Anpassade arbetssätt vid hälsoundersökning (VHU) för personer som bor i särskilt boende enligt LSS har ökat antal som genomfört VHU (projekt)". Status och datum illustrativa.',
  }),
  ledningssystemSkelleftea: initiative('init-ledningssystem-skelleftea', {
    name: 'Gemensamt ledningssystem Skellefteå länsdel', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    description: 'Framtidssäkra och realisera potential för innovationskapacitet inom ett gemensamt "ledningssystem" för hälso- och sjukvården och omsorgen.',
    sourceNote: '002: nytänkande styrning i de tre länsdelarna, Skellefteå länsdel.',
  }),
  samverkanskedjor: initiative('init-samverkanskedjor-sodra-lappland', {
    name: 'Samverkanskedjor Södra Lappland', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D002,
    description: 'Styrning och ledning byggs upp utifrån optimala samverkanskedjor för individer med behov av insatser från båda huvudmännen, utifrån glesbygdens förutsättningar.',
    sourceNote: '002: nytänkande styrning i de tre länsdelarna, Södra Lapplands länsdel.',
  }),
  fardplan: initiative('init-fardplan-nara-vard', {
    name: 'Färdplan Nära vård 2030', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', source: D000,
    description: 'Regional färdplan för omställningen till nära vård, fastställd av fullmäktige i Region Västerbotten och länets 15 kommuner.',
    sourceNote: '000, 1. Bakgrund; 002: "Färdplan Nära vård 2030 för beslut i RF".',
  }),
  samspel: initiative('init-samspel-sjukhusvard-primarvard', {
    name: 'Uppdrag: utveckla samspelet mellan sjukhusvården och primärvården', kind: 'DEVELOPMENT_AREA', status: 'ENDED',
    startDate: '2024-01-01', endDate: '2024-10-31', source: D000,
    description: 'Fullmäktigeuppdrag 2024 till HSN och RS. Första delaktiviteten: regionövergripande och samordnad kartläggning av samverkansytor mellan och inom vårdnivåer.',
    sourceNote: '000, 5. Tidplan: start 1/1-2024, leverans till uppdragsägare 31/10 2024. Status ENDED härledd av leveransdatumet.',
  }),
} as const;

// Who owns or takes part in which initiative.
link('OWNS', NUS, INITIATIVES.mangbesokare, ILL);
link('OWNS', HSF, INITIATIVES.primo, ILL);
link('OWNS', HSF, INITIATIVES.digitalUngdomsmottagning, ILL);
link('OWNS', HSF, INITIATIVES.kontaktcenter, ILL);
link('BELONGS_TO', INFEKTION_NUS, INITIATIVES.postcovid, D002, '002: "infektionsklinik och primärvård".');
link('OWNS', INFEKTION_NUS, INITIATIVES.postcovid, ILL);
link('OWNS', FORUM_LSG, INITIATIVES.hjalpmedel, D002, '002: "beslutad i länssamverkan"; att det är länssamverkansgruppen är en tolkning.');
link('BELONGS_TO', FORUM_BEREDNING_HJALPMEDEL, INITIATIVES.hjalpmedel, ILL);
link('OWNS', FORUM_SEMINAR, INITIATIVES.fardplan, ILL);
link('OWNS', RS, INITIATIVES.samspel, D000, '000: uppdragsdirektiv "till HSN och RS".');
link('OWNS', HSN, INITIATIVES.samspel, D000, '000: uppdragsdirektiv "till HSN och RS".');
link('BELONGS_TO', HSF, INITIATIVES.samspel, D000, '000: uppdragsägare HSD; uppdragsmedlemmar från HSF:s verksamheter.');
link('OWNS', FORUM_SKE_STRATEGISK, INITIATIVES.ledningssystemSkelleftea, ILL);
link('OWNS', HSF, INITIATIVES.fastVardkontakt, ILL);
link('BELONGS_TO', 'hc-vannas', INITIATIVES.patientkontrakt, ILL);
link('BELONGS_TO', homeCare('vannas'), INITIATIVES.patientkontrakt, ILL);

// Areas covered.
link('COVERS', INITIATIVES.hjalpmedel, REGION, D002, '002: "gemensam hjälpmedelsstrategi i länet".');
link('COVERS', INITIATIVES.fardplan, REGION, D000);
link('COVERS', INITIATIVES.samspel, REGION, D000, '000: "Regionövergripande".');
link('COVERS', INITIATIVES.primo, REGION, ILL);
link('COVERS', INITIATIVES.egenmonitorering, COUNTY_PARTS['sodra-lappland'], D002);
link('COVERS', INITIATIVES.ledningssystemSkelleftea, COUNTY_PARTS.skelleftea, D002);
link('COVERS', INITIATIVES.samverkanskedjor, COUNTY_PARTS['sodra-lappland'], D002);
link('COVERS', INITIATIVES.mangbesokare, kommunId('umea'), ILL);
link('COVERS', INITIATIVES.vhuLss, kommunId('umea'), ILL);
for (const s of ['vannas', 'lycksele', 'skelleftea']) link('COVERS', INITIATIVES.seniortorg, kommunId(s), ILL, '002 anger "flera kommuner" utan namn; kommunerna är illustrativa.');
link('COVERS', INITIATIVES.fastVardkontakt, COUNTY_PARTS.umea, D002, '002: fast vårdkontakt som funktion i det mobila samverkanssystemet i Umeå länsdel.');

// Target groups served.
link('SERVES', INITIATIVES.mangbesokare, TG.mangbesokare, D002);
link('SERVES', INITIATIVES.primo, TG.lss, D002);
link('SERVES', INITIATIVES.vhuLss, TG.lss, D002);
link('SERVES', INITIATIVES.digitalUngdomsmottagning, TG.barnUnga, ILL);
link('SERVES', INITIATIVES.kontaktcenter, TG.barnUnga, D002, '002: "Kontaktcenter barn och unga".');
link('SERVES', INITIATIVES.overenskommelseBarnUnga, TG.barnUnga, D002);
link('SERVES', INITIATIVES.lakarmedverkan, TG.mestSjuka, ILL);
link('SERVES', INITIATIVES.seniortorg, TG.riskgrupper, ILL, '002: seniortorg "med syfte att nå äldre"; målgruppen riskgrupper/sköra äldre är en tolkning.');
link('SERVES', INITIATIVES.fastVardkontakt, TG.fastVardkontakt, D002);
link('SERVES', INITIATIVES.fastVardkontakt, TG.riskgrupper, D002, '002: "Vårdlösning för riskgrupper … en fast vårdkontakt".');
link('SERVES', INITIATIVES.patientkontrakt, TG.fastVardkontakt, ILL);
link('SERVES', INITIATIVES.tryggHemgang, TG.periodvisSviktande, ILL);
link('SERVES', INITIATIVES.sip, TG.mestSjuka, ILL);

// Care levels spanned.
link('SPANS', INITIATIVES.postcovid, CARE.outpatient, D002, '002: "infektionsklinik".');
link('SPANS', INITIATIVES.postcovid, CARE.primary, D002, '002: "primärvård".');
link('SPANS', INITIATIVES.mangbesokare, CARE.emergency, D002);
link('SPANS', INITIATIVES.mangbesokare, CARE.primary, ILL);
link('SPANS', INITIATIVES.primo, CARE.primary, D002, '002: under "Förbättrad tillgänglighet i primärvården".');
link('SPANS', INITIATIVES.primo, CARE.municipalPrimary, ILL);
link('SPANS', INITIATIVES.digitalUngdomsmottagning, CARE.primary, D002);
link('SPANS', INITIATIVES.kontaktcenter, CARE.primary, D002);
link('SPANS', INITIATIVES.lakarmedverkan, CARE.outpatient, D002, '002: "medicin/geriatrik".');
link('SPANS', INITIATIVES.lakarmedverkan, CARE.primary, D002);
link('SPANS', INITIATIVES.lakarmedverkan, CARE.social, D002, '002: "kommunal äldreomsorg".');
link('SPANS', INITIATIVES.hjalpmedel, CARE.primary, ILL);
link('SPANS', INITIATIVES.hjalpmedel, CARE.municipalPrimary, ILL);
link('SPANS', INITIATIVES.seniortorg, CARE.social, ILL);
link('SPANS', INITIATIVES.patientkontrakt, CARE.primary, ILL);
link('SPANS', INITIATIVES.patientkontrakt, CARE.municipalPrimary, ILL);
link('SPANS', INITIATIVES.fastVardkontakt, CARE.primary, D002, '002: "Den fasta vårdkontakten finns vanligen på hälsocentralen".');
link('SPANS', INITIATIVES.sip, CARE.primary, D004);
link('SPANS', INITIATIVES.sip, CARE.municipalPrimary, ILL);
link('SPANS', INITIATIVES.sip, CARE.social, ILL);
link('SPANS', INITIATIVES.tryggHemgang, CARE.inpatient, D002);
link('SPANS', INITIATIVES.tryggHemgang, CARE.municipalPrimary, ILL);
link('SPANS', INITIATIVES.vhuLss, CARE.primary, D002, '002: Västerbottens hälsoundersökning (VHU) görs i primärvården (jfr 004, uppföljning: VHU).');
link('SPANS', INITIATIVES.vhuLss, CARE.municipalPrimary, ILL);
link('SPANS', INITIATIVES.samspel, CARE.primary, D000);
link('SPANS', INITIATIVES.samspel, CARE.inpatient, D000, '000: "samspelet mellan sjukhusvården och primärvården".');
link('SPANS', INITIATIVES.samspel, CARE.outpatient, D000, '000: "samspelet mellan sjukhusvården och primärvården".');
link('SPANS', INITIATIVES.egenmonitorering, CARE.municipalPrimary, ILL);

// ---- recorded gaps (organisatoriska mellanrum) ---------------------------------------------

export const GAPS = {
  journalsystem: gap('gap-journalsystem-patientkontrakt', {
    name: 'Journalsystemen försvårar införandet av patientkontrakt', kind: 'INFORMATION', severity: 'MEDIUM', source: D002,
    evidence: '002, Kontinuitet, delaktighet och samverkan: "Nuvarande system för vårddokumentation gör det svårt att införa patientkontrakt".',
    sourceNote: 'Allvarlighetsgrad illustrativ.',
  }),
  olikaBehov: gap('gap-kranskommuner-umea-olika-behov', {
    name: 'Kranskommunerna och Umeå kommun har olika behov', kind: 'AMBITION', severity: 'MEDIUM', status: 'BEING_ADDRESSED', source: D002,
    description: 'Kranskommunerna (mer välfungerande primärvård) önskar främst ett fokuserat och tillgängligt läkarstöd genom mobila arbetssätt; Umeå kommun (mindre välfungerande primärvård) önskar främst mobilt stöd från sjukhuskopplad specialistvård.',
    evidence: '002, arbetsgruppen Målgrupper & behov/Bemanning & kapacitet: "Två helt olika behov kranskommunerna och Umeå kommun"; "Reviderad inriktning utifrån olika behov".',
    sourceNote: 'Status BEING_ADDRESSED: 002 beskriver en reviderad inriktning med två mobila angreppssätt. Allvarlighetsgrad illustrativ.',
  }),
  forebyggande: gap('gap-forebyggande-far-sta-tillbaka', {
    name: 'Det förebyggande arbetet får stå tillbaka för det akuta', kind: 'AMBITION', severity: 'HIGH', source: D000,
    evidence: '000, 1. Bakgrund: "Det hälsofrämjande och förebyggande perspektivet får i stor utsträckning ge vika för det mer brådskande (och uppdämda)." 004, Genomlysning av beställning och drift av primärvård: uppföljningen visar "att förebyggande perspektiv får ge vika för mer brådskande och uppdämda behov".',
    sourceNote: 'Hälsofrämjande och sjukdomsförebyggande åtgärder ingår i primärvårdens uppdrag (004, Uppdrag och regler). Allvarlighetsgrad illustrativ.',
  }),
  ersattningsmodell: gap('gap-ersattningsmodell-nara-vard', {
    name: 'Ersättningsmodellen stödjer inte förflyttningen mot nära vård', kind: 'MANDATE', severity: 'MEDIUM', status: 'BEING_ADDRESSED', source: D000,
    description: 'Beställningen (RS) och driften (HSN) styrs av två nämnder; ersättningsmodell och uppföljningsplan i Hälsoval primärvård stödjer inte fullt ut nya arbetssätt.',
    evidence: '000, 1. Bakgrund: "Ersättningsmodellen och uppföljningsplan för hälsoval primärvård stödjer inte fullt ut en förflyttning mot nära vård och nya arbetsätt."',
    sourceNote: 'Status BEING_ADDRESSED: 000 ger Beställarenheten i uppdrag att ta fram ny inriktning för ersättningsmodellen. Slag och allvarlighetsgrad illustrativa.',
  }),
  kompetens: gap('gap-kompetensforsorjning', {
    name: 'Kompetensförsörjningen försvårar kontinuiteten', kind: 'COMPETENCE', severity: 'HIGH', source: D000,
    evidence: '000, 1. Bakgrund: "Bilden av att kompetensförsörjningen är svår tillkommer och det påverkar möjligheten att bibehålla kontinuitet".',
    sourceNote: 'Allvarlighetsgrad illustrativ.',
  }),
} as const;

// Journalsystemen: documentation shared across the boundary.
link('BETWEEN', GAPS.journalsystem, CARE.primary, ILL, 'Vilka vårdnivåer dokumentationen ska delas mellan anges inte i 002.');
link('BETWEEN', GAPS.journalsystem, CARE.municipalPrimary, ILL, 'Vilka vårdnivåer dokumentationen ska delas mellan anges inte i 002.');
link('AFFECTS', GAPS.journalsystem, TG.fastVardkontakt, ILL);
link('ADDRESSES', INITIATIVES.patientkontrakt, GAPS.journalsystem, D002, '002: patientkontrakt testas trots dokumentationssystemen.');

// Olika behov i Umeå länsdel.
link('BETWEEN', GAPS.olikaBehov, kommunId('umea'), D002, '002: "Umeå kommun".');
for (const s of KRANSKOMMUNER) link('BETWEEN', GAPS.olikaBehov, kommunId(s), D002, '002: "kranskommunerna".');
link('AFFECTS', GAPS.olikaBehov, TG.mobiltTeam, D002);
link('AFFECTS', GAPS.olikaBehov, TG.mestSjuka, D002, '002: mobilt angreppssätt 1 (mest sjuka).');
link('AFFECTS', GAPS.olikaBehov, TG.periodvisSviktande, D002, '002: mobilt angreppssätt 2 (periodvis sviktande).');
link('ADDRESSES', INIT_MOBILT, GAPS.olikaBehov, D002, '002: "Reviderad inriktning utifrån olika behov"; två mobila team i samma lednings- och samverkanssystem.');
link('ADDRESSES', FORUM_MOBILT_AG1, GAPS.olikaBehov, D002, '002: lägesbild från arbetsgruppen Målgrupper & behov/Bemanning & kapacitet.');

// Förebyggande får stå tillbaka.
link('BETWEEN', GAPS.forebyggande, CARE.primary, D000, '000: hälsocentralernas uppdrag.');
link('BETWEEN', GAPS.forebyggande, CARE.emergency, ILL, 'Det "brådskande" i 000 tolkat som akut vård.');
link('AFFECTS', GAPS.forebyggande, TG.riskgrupper, ILL);
link('ADDRESSES', INITIATIVES.samspel, GAPS.forebyggande, D000, '000: uppdraget tar vid efter genomlysningen som påvisade utmaningen.');
link('ADDRESSES', INITIATIVES.fastVardkontakt, GAPS.forebyggande, ILL, '002: den fasta vårdkontakten ska bidra med "ett hälsofrämjande och proaktivt anslag".');

// Ersättningsmodellen.
link('BETWEEN', GAPS.ersattningsmodell, RS, D000, '000: RS beställer.');
link('BETWEEN', GAPS.ersattningsmodell, HSN, D000, '000: HSN utför.');
link('ADDRESSES', INITIATIVES.samspel, GAPS.ersattningsmodell, D000, '000: "Identifiera åtgärder som utvecklar beställning, ersättningsmodell och uppföljning".');
link('ADDRESSES', FORUM_HALSOVAL, GAPS.ersattningsmodell, ILL);

// Kompetensförsörjning.
link('BETWEEN', GAPS.kompetens, CARE.primary, D000);
link('BETWEEN', GAPS.kompetens, HSF, ILL);
link('AFFECTS', GAPS.kompetens, TG.fastVardkontakt, ILL, 'Kontinuitet i vårdkontakten.');

// ---- the batch -------------------------------------------------------------

export const vasterbotten: Batch = { nodes, edges };
