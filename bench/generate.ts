// A deterministic synthetic Sweden for the benchmarks: regions, county parts,
// municipalities, health centres, hospitals, forums with participants,
// reporting lines, care-level spans, target groups with estimates,
// initiatives and recorded gaps. A seeded PRNG (no Math.random): the same
// scale and seed give the same graph, and the same CSV bytes.
//
// The graph reaches the store the way a person's spreadsheets do: CSV files
// in the import template's format (server/io/template.ts, written by the
// exporter's own `sheetCsv`), imported by `importFiles`, the code behind
// `npm run import`. So generating also exercises the import path.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ActorKind, CareLevelKind, ForumKind, Mandate, MeetingFrequency, NodeLabel, ParticipationRole, Principal, RelType, Status, SystemLevel,
} from '../schema/domain.ts';
import { nameKey } from '../schema/domain.ts';
import { sheetCsv } from '../server/io/export.ts';
import { importFiles, type ImportOptions, type ImportReport } from '../server/io/import.ts';
import { SHEETS, sheetOfLabel, sheetOfType, type SheetDef } from '../server/io/template.ts';
import type { GraphStore } from '../server/store/port.ts';

export const SCALES = ['region', 'country', 'country10'] as const;
export type Scale = (typeof SCALES)[number];

export const DEFAULT_SEED = 20_260_101;

/** The date the generated plans and endings are placed around (the analysis' "today" in the benchmarks). */
export const GENERATED_TODAY = '2026-11-01';

// ---- the PRNG --------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** In [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** One of `items`, by weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((n, [, w]) => n + w, 0);
    let r = this.next() * total;
    for (const [v, w] of items) if ((r -= w) < 0) return v;
    return items[items.length - 1]![0];
  }
  /** `k` distinct items (fewer when there are fewer), in a random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const a = [...items];
    const n = Math.min(k, a.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (a.length - i));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, n);
  }
  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
  /** A standard normal deviate (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

// ---- the scales -------------------------------------------------------------------

/** Sweden's 21 regions with their real number of municipalities (290 in all). */
export const REGIONS: ReadonlyArray<{ name: string; short: string; code: string; municipalities: number }> = [
  { name: 'Region Stockholm', short: 'Stockholm', code: '01', municipalities: 26 },
  { name: 'Region Uppsala', short: 'Uppsala', code: '03', municipalities: 8 },
  { name: 'Region Sörmland', short: 'Sörmland', code: '04', municipalities: 9 },
  { name: 'Region Östergötland', short: 'Östergötland', code: '05', municipalities: 13 },
  { name: 'Region Jönköpings län', short: 'Jönköping', code: '06', municipalities: 13 },
  { name: 'Region Kronoberg', short: 'Kronoberg', code: '07', municipalities: 8 },
  { name: 'Region Kalmar län', short: 'Kalmar', code: '08', municipalities: 12 },
  { name: 'Region Gotland', short: 'Gotland', code: '09', municipalities: 1 },
  { name: 'Region Blekinge', short: 'Blekinge', code: '10', municipalities: 5 },
  { name: 'Region Skåne', short: 'Skåne', code: '12', municipalities: 33 },
  { name: 'Region Halland', short: 'Halland', code: '13', municipalities: 6 },
  { name: 'Västra Götalandsregionen', short: 'Västra Götaland', code: '14', municipalities: 49 },
  { name: 'Region Värmland', short: 'Värmland', code: '17', municipalities: 16 },
  { name: 'Region Örebro län', short: 'Örebro', code: '18', municipalities: 12 },
  { name: 'Region Västmanland', short: 'Västmanland', code: '19', municipalities: 10 },
  { name: 'Region Dalarna', short: 'Dalarna', code: '20', municipalities: 15 },
  { name: 'Region Gävleborg', short: 'Gävleborg', code: '21', municipalities: 10 },
  { name: 'Region Västernorrland', short: 'Västernorrland', code: '22', municipalities: 7 },
  { name: 'Region Jämtland Härjedalen', short: 'Jämtland', code: '23', municipalities: 8 },
  { name: 'Region Västerbotten', short: 'Västerbotten', code: '24', municipalities: 15 },
  { name: 'Region Norrbotten', short: 'Norrbotten', code: '25', municipalities: 14 },
];

export interface ScaleSpec {
  regions: typeof REGIONS;
  healthCentres: number;
  hospitals: number;
  /** Forums in all (the structural ones included). */
  forums: number;
  /** PARTICIPATES_IN relationships in all. */
  participations: number;
  targetGroups: number;
}

export const SCALE_SPECS: Record<Scale, ScaleSpec> = {
  // about Västerbotten: 1 region, 3 county parts, 15 municipalities, 38 health centres, ~180 elements
  region: { regions: REGIONS.filter((r) => r.short === 'Västerbotten'), healthCentres: 38, hospitals: 3, forums: 45, participations: 250, targetGroups: 8 },
  country: { regions: REGIONS, healthCentres: 1150, hospitals: 70, forums: 10_000, participations: 60_000, targetGroups: 12 },
  country10: { regions: REGIONS, healthCentres: 1150, hospitals: 70, forums: 100_000, participations: 600_000, targetGroups: 12 },
};

// ---- the graph -----------------------------------------------------------------------

export interface GenNode {
  id: string;
  label: NodeLabel;
  props: Record<string, unknown>;
}
export interface GenEdge {
  type: RelType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export interface GeneratedGraph {
  scale: Scale;
  seed: number;
  nodes: GenNode[];
  edges: GenEdge[];
}

const SOURCE = 'synthetic';

const CARE_LEVELS: ReadonlyArray<[id: string, name: string, kind: CareLevelKind, principal: Principal]> = [
  ['vn-primarvard', 'Primärvård', 'PRIMARY_CARE', 'REGION'],
  ['vn-kommunal-primarvard', 'Kommunal primärvård', 'MUNICIPAL_PRIMARY_CARE', 'MUNICIPALITY'],
  ['vn-specialiserad-oppenvard', 'Specialiserad öppenvård', 'SPECIALISED_OUTPATIENT', 'REGION'],
  ['vn-specialiserad-slutenvard', 'Specialiserad slutenvård', 'SPECIALISED_INPATIENT', 'REGION'],
  ['vn-akutsjukvard', 'Akutsjukvård', 'EMERGENCY', 'REGION'],
  ['vn-ambulanssjukvard', 'Ambulanssjukvård', 'AMBULANCE', 'REGION'],
  ['vn-specialiserad-vard-i-hemmet', 'Specialiserad vård i hemmet', 'SPECIALISED_HOME', 'REGION'],
  ['vn-omsorg', 'Omsorg', 'SOCIAL_CARE', 'MUNICIPALITY'],
];
const CL = Object.fromEntries(CARE_LEVELS.map(([id, , kind]) => [kind, id])) as Record<CareLevelKind, string>;

/** Care-level sets a forum typically spans; the hand-over pairs of the analysis appear in some, not all. */
const SPAN_SETS: ReadonlyArray<readonly [CareLevelKind[], number]> = [
  [['PRIMARY_CARE', 'MUNICIPAL_PRIMARY_CARE'], 30],
  [['PRIMARY_CARE', 'MUNICIPAL_PRIMARY_CARE', 'SOCIAL_CARE'], 15],
  [['SPECIALISED_INPATIENT', 'MUNICIPAL_PRIMARY_CARE'], 12],
  [['EMERGENCY', 'PRIMARY_CARE'], 6],
  [['AMBULANCE', 'PRIMARY_CARE'], 3],
  [['SPECIALISED_OUTPATIENT', 'PRIMARY_CARE'], 8],
  [['SPECIALISED_HOME', 'MUNICIPAL_PRIMARY_CARE'], 5],
  [['SOCIAL_CARE'], 10],
  [['PRIMARY_CARE'], 11],
];

const TARGET_GROUPS: ReadonlyArray<[slug: string, name: string, rate: number]> = [
  ['multisjuka-aldre', 'Multisjuka äldre', 0.035],
  ['mobilt-team', 'Individer i behov av mobilt team', 0.02],
  ['barn-unga-psykisk-ohalsa', 'Barn och unga med psykisk ohälsa', 0.03],
  ['demens', 'Personer med demenssjukdom', 0.015],
  ['samsjuklighet', 'Personer med missbruk och psykisk ohälsa', 0.008],
  ['mangbesokare', 'Mångbesökare på akuten', 0.004],
  ['palliativ', 'Personer i palliativt skede', 0.003],
  ['langvarig-smarta', 'Personer med långvarig smärta', 0.02],
  ['postcovid', 'Postcovidpatienter', 0.002],
  ['diabetes', 'Personer med diabetes', 0.05],
  ['lss', 'Personer med insatser enligt LSS', 0.007],
  ['nyanlanda', 'Nyanlända med vårdbehov', 0.006],
];

const TOPICS: ReadonlyArray<[topic: string, tg: string | null]> = [
  ['trygg hemgång', 'multisjuka-aldre'], ['psykisk hälsa barn och unga', 'barn-unga-psykisk-ohalsa'], ['demensvård', 'demens'],
  ['palliativ vård', 'palliativ'], ['läkemedelsgenomgångar', 'multisjuka-aldre'], ['rehabilitering', null], ['hjälpmedel', null],
  ['mobilt team', 'mobilt-team'], ['missbruk och beroende', 'samsjuklighet'], ['samordnad individuell plan', null],
  ['förebyggande hembesök', 'multisjuka-aldre'], ['akutflöden', 'mangbesokare'], ['vaccination', null], ['elevhälsa', 'barn-unga-psykisk-ohalsa'],
  ['digital vård', null], ['långvarig smärta', 'langvarig-smarta'], ['diabetesvård', 'diabetes'], ['LSS och habilitering', 'lss'],
  ['hälsa för nyanlända', 'nyanlanda'], ['postcovid', 'postcovid'],
];

const FORUM_KINDS: ReadonlyArray<readonly [ForumKind, number]> = [
  ['WORKING_GROUP', 30], ['TEAM', 22], ['NETWORK', 14], ['STEERING_GROUP', 8], ['MANAGEMENT_GROUP', 6], ['PREPARATION_GROUP', 6], ['COLLABORATION_GROUP', 8], ['OTHER', 6],
];
const KIND_SV: Record<ForumKind, string> = {
  COLLABORATION_GROUP: 'Samverkansgrupp', LEADERSHIP_SEMINAR: 'Ledningsseminarium', STEERING_GROUP: 'Styrgrupp', WORKING_GROUP: 'Arbetsgrupp',
  PREPARATION_GROUP: 'Beredningsgrupp', MANAGEMENT_GROUP: 'Ledningsgrupp', TEAM: 'Team', NETWORK: 'Nätverk', OTHER: 'Forum',
};
const MANDATES: readonly Mandate[] = ['DECIDES', 'ADVISES', 'COORDINATES', 'INFORMS'];
const FREQUENCIES: readonly MeetingFrequency[] = ['WEEKLY', 'BIWEEKLY', 'MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'BIANNUAL', 'ANNUAL', 'AD_HOC'];

const PREFIXES = [
  'Björk', 'Gran', 'Tall', 'Ek', 'Al', 'Ask', 'Sjö', 'Berg', 'Dal', 'Lund', 'Hög', 'Läng', 'Norr', 'Sör', 'Väst', 'Öst', 'Mal', 'Strand',
  'Kors', 'Hed', 'Fors', 'Myr', 'Lid', 'Ros', 'Lin', 'Mark', 'Holm', 'Torp', 'Vik', 'Kvarn', 'Skog', 'Hav', 'Bro', 'Sand', 'Sten', 'Ny',
  'Gull', 'Järn', 'Koppar', 'Råg', 'Öde', 'Räv', 'Björn', 'Varg', 'Älg', 'Svan', 'Örn', 'Lax', 'Gädd', 'Hjort', 'Tran', 'Ulv', 'Frö', 'Hassel',
];
const SUFFIXES = [
  'by', 'holm', 'vik', 'berg', 'dal', 'sjö', 'å', 'fors', 'lunda', 'köping', 'hamn', 'bo', 'näs', 'mo', 'torp', 'sele', 'ryd', 'hult',
  'stad', 'tuna', 'vara', 'ås', 'red', 'öra', 'lid', 'sund', 'näset', 'heden',
];

/** Unique, Swedish-looking place names, in a seeded order. */
class PlaceNames {
  private readonly pool: string[];
  private i = 0;
  constructor(rng: Rng) {
    const two = PREFIXES.flatMap((p) => SUFFIXES.map((s) => p + s));
    const three = PREFIXES.flatMap((p) => ['a', 'e', 'o'].flatMap((m) => SUFFIXES.map((s) => `${p}${m}${s}`)));
    this.pool = [...rng.shuffle(two), ...rng.shuffle(three)];
  }
  next(): string {
    const name = this.pool[this.i++];
    if (!name) throw new Error('out of place names');
    return name;
  }
}

export const slug = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** Splits `total` over `weights` (largest remainder), each part at least `min`. */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const rest = total - min * weights.length;
  if (rest < 0) throw new Error(`cannot give ${weights.length} parts at least ${min} of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]![1]]! += 1;
  return parts.map((p) => p + min);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

interface Muni {
  id: string;
  place: string;
  weight: number;
  population: number;
  region: RegionCtx;
  countyPart: string;
  homeCare: string;
  social: string;
  school: string;
  healthCentres: string[];
  regionalHcs: string[];
  local: string;
}
interface RegionCtx {
  id: string;
  short: string;
  hsf: string;
  hsn: string;
  rs: string;
  ambulance: string;
  lsg: string;
  countyParts: Array<{ id: string; group: string; hospitals: string[]; clinics: string[]; munis: Muni[] }>;
  munis: Muni[];
}

/** Builds the graph for a scale; the same scale and seed always give the same graph. */
export function generate(scale: Scale, seed = DEFAULT_SEED): GeneratedGraph {
  const spec = SCALE_SPECS[scale];
  const rng = new Rng(seed);
  const places = new PlaceNames(rng);
  const nodes: GenNode[] = [];
  const edges: GenEdge[] = [];
  const names = new Map<NodeLabel, Set<string>>();
  const ids = new Set<string>();
  const participations = { count: 0 };

  const node = (label: NodeLabel, id: string, props: Record<string, unknown>): string => {
    if (ids.has(id)) throw new Error(`duplicate id ${id}`);
    ids.add(id);
    const taken = names.get(label) ?? names.set(label, new Set()).get(label)!;
    let name = String(props.name);
    for (let n = 2; taken.has(nameKey(name)); n++) name = `${props.name} ${n}`;
    taken.add(nameKey(name));
    nodes.push({ id, label, props: { ...props, name, source: SOURCE } });
    return id;
  };
  const link = (type: RelType, from: string, to: string, extra: Record<string, unknown> = {}) => {
    edges.push({ type, from, to, props: { ...extra, source: SOURCE } });
  };
  const participate = (actor: string, forum: string, role: ParticipationRole = 'MEMBER') => {
    participations.count += 1;
    link('PARTICIPATES_IN', actor, forum, { role });
  };
  const forum = (id: string, p: { name: string; kind: ForumKind; systemLevel: SystemLevel; status?: Status } & Record<string, unknown>) =>
    node('Forum', id, { crossesBoundary: true, topLevel: false, status: 'ACTIVE', ...p });

  // ---- national: care levels and target groups ----
  for (const [id, name, kind, principal] of CARE_LEVELS) node('CareLevel', id, { name, kind, principal });
  const tgs = TARGET_GROUPS.slice(0, spec.targetGroups).map(([s, name, rate]) => ({
    id: node('TargetGroup', `tg-${s}`, { name, definition: `Ungefär ${(rate * 100).toLocaleString('sv-SE')} % av befolkningen (syntetisk skattning)` }),
    slug: s,
    rate,
  }));
  const tgBySlug = new Map(tgs.map((t) => [t.slug, t.id]));

  // ---- regions, county parts, municipalities ----
  const regions: RegionCtx[] = [];
  const allMunis: Muni[] = [];
  for (const r of spec.regions) {
    const rid = node('Actor', `region-${slug(r.short)}`, { name: r.name, kind: 'REGION', principal: 'REGION', shortName: r.short, code: r.code });
    const sub = (key: string, name: string, kind: ActorKind, shortName: string) => {
      const id = node('Actor', `${key}-${slug(r.short)}`, { name: `${name}, ${r.short}`, kind, principal: 'REGION', shortName });
      link('PART_OF', id, rid);
      return id;
    };
    const rs = sub('rs', 'Regionstyrelsen', 'COMMITTEE', 'RS');
    const hsn = sub('hsn', 'Hälso- och sjukvårdsnämnden', 'COMMITTEE', 'HSN');
    const hsf = sub('hsf', 'Hälso- och sjukvårdsförvaltningen', 'ADMINISTRATION', 'HSF');
    const ambulance = sub('ambulans', 'Ambulanssjukvården', 'OTHER', 'Ambulans');
    link('ORDERS', rs, CL.PRIMARY_CARE);
    link('PROVIDES', hsn, CL.PRIMARY_CARE);
    link('PROVIDES', ambulance, CL.AMBULANCE);
    const ctx: RegionCtx = { id: rid, short: r.short, hsf, hsn, rs, ambulance, lsg: '', countyParts: [], munis: [] };
    const cpCount = r.municipalities <= 2 ? 1 : Math.min(5, Math.max(2, Math.round(r.municipalities / 5)));
    const directions = ['norra', 'södra', 'östra', 'västra', 'mellersta'];
    const sizes = apportion(r.municipalities, Array.from({ length: cpCount }, () => 1), 1);
    let m = 0;
    for (let c = 0; c < cpCount; c++) {
      const cpName = cpCount === 1 ? `${r.short} länsdel` : `${r.short} ${directions[c]} länsdel`;
      const cpId = node('Actor', `lansdel-${slug(r.short)}-${c + 1}`, { name: cpName, kind: 'COUNTY_PART', principal: 'REGION' });
      link('PART_OF', cpId, rid);
      const cp = { id: cpId, group: '', hospitals: [] as string[], clinics: [] as string[], munis: [] as Muni[] };
      for (let i = 0; i < sizes[c]!; i++, m++) {
        const place = places.next();
        const weight = Math.exp(rng.normal() * 0.9) * (i === 0 && c === 0 ? 4 : 1);
        const population = Math.round(2500 + weight * 18_000);
        const mid = node('Actor', `kommun-${slug(place)}`, { name: `${place} kommun`, kind: 'MUNICIPALITY', principal: 'MUNICIPALITY', shortName: place, code: `${r.code}${pad(m + 1, 2)}` });
        link('PART_OF', mid, cpId);
        const unit = (key: string, name: string, kind: ActorKind, care: CareLevelKind | null) => {
          const id = node('Actor', `${key}-${slug(place)}`, { name: `${name} ${place}`, kind, principal: 'MUNICIPALITY' });
          link('PART_OF', id, mid);
          if (care) link('PROVIDES', id, CL[care]);
          return id;
        };
        const muni: Muni = {
          id: mid, place, weight, population, region: ctx, countyPart: cpId,
          homeCare: unit('hemsjukvard', 'Hemsjukvård', 'HOME_CARE', 'MUNICIPAL_PRIMARY_CARE'),
          social: unit('socialtjanst', 'Socialtjänst', 'SOCIAL_SERVICES', 'SOCIAL_CARE'),
          school: unit('elevhalsa', 'Elevhälsa', 'SCHOOL', null),
          healthCentres: [], regionalHcs: [], local: '',
        };
        cp.munis.push(muni);
        ctx.munis.push(muni);
        allMunis.push(muni);
      }
      ctx.countyParts.push(cp);
    }
    regions.push(ctx);
  }

  // ---- health centres, by population ----
  const hcCounts = apportion(spec.healthCentres, allMunis.map((m) => m.weight), 1);
  allMunis.forEach((m, i) => {
    for (let k = 0; k < hcCounts[i]!; k++) {
      const district = places.next();
      const priv = k > 0 && rng.chance(0.12);
      const cottage = !priv && m.population < 9000 && k === 0 && rng.chance(0.5);
      const id = node('Actor', `${cottage ? 'sjukstuga' : priv ? 'hc-privat' : 'hc'}-${slug(district)}`, {
        name: cottage ? `${district} sjukstuga` : `${district} hälsocentral`,
        kind: cottage ? 'COTTAGE_HOSPITAL' : 'HEALTH_CENTRE',
        principal: priv ? 'PRIVATE' : 'REGION',
        ...(priv ? { description: 'Hälsocentral i privat regi inom Hälsoval.' } : {}),
      });
      link('PART_OF', id, m.id);
      link('PROVIDES', id, CL.PRIMARY_CARE);
      m.healthCentres.push(id);
      if (!priv) m.regionalHcs.push(id);
    }
  });

  // ---- hospitals (at least one per region) and their clinics ----
  const hospitalCounts = apportion(spec.hospitals, regions.map((r) => r.munis.reduce((n, m) => n + m.weight, 0)), 1);
  regions.forEach((r, i) => {
    for (let k = 0; k < hospitalCounts[i]!; k++) {
      const cp = r.countyParts[k % r.countyParts.length]!;
      const town = cp.munis[Math.floor(k / r.countyParts.length) % cp.munis.length]!.place;
      const id = node('Actor', `sjukhus-${slug(town)}-${k + 1}`, { name: k < r.countyParts.length ? `${town} lasarett` : `${town} sjukhus`, kind: 'HOSPITAL', principal: 'REGION' });
      link('PART_OF', id, cp.id);
      for (const c of ['SPECIALISED_INPATIENT', 'SPECIALISED_OUTPATIENT', 'EMERGENCY'] as const) link('PROVIDES', id, CL[c]);
      if (k === 0) link('PROVIDES', id, CL.SPECIALISED_HOME);
      cp.hospitals.push(id);
      for (const [key, name] of [['geriatrik', 'Geriatriska kliniken'], ['psykiatri', 'Psykiatriska kliniken']] as const) {
        const clinic = node('Actor', `klinik-${key}-${slug(town)}-${k + 1}`, { name: `${name} ${town}${k >= r.countyParts.length ? ` ${k + 1}` : ''}`, kind: 'CLINIC', principal: 'REGION' });
        link('PART_OF', clinic, id);
        link('PROVIDES', clinic, CL.SPECIALISED_OUTPATIENT);
        cp.clinics.push(clinic);
      }
    }
    // a county part without a hospital of its own uses the region's first
    const first = r.countyParts.find((c) => c.hospitals.length)!;
    for (const cp of r.countyParts) {
      if (!cp.hospitals.length) {
        cp.hospitals.push(first.hospitals[0]!);
        cp.clinics.push(...first.clinics.slice(0, 2));
      }
    }
  });

  // ---- pairs across the boundary ----
  for (const m of allMunis) if (m.regionalHcs.length && rng.chance(0.5)) link('PAIRED_WITH', m.regionalHcs[0]!, m.homeCare);

  // ---- target-group estimates: every municipality, some county parts and an earlier year ----
  for (const t of tgs) {
    const earlier = rng.chance(0.33);
    for (const m of allMunis) {
      const count = Math.max(1, Math.round(m.population * t.rate * (0.8 + rng.next() * 0.4)));
      link('ESTIMATE', t.id, m.id, { count, year: 2024 });
      if (earlier) link('ESTIMATE', t.id, m.id, { count: Math.round(count * 0.93), year: 2022 });
    }
  }
  for (const r of regions) {
    for (const cp of r.countyParts) {
      if (!rng.chance(0.2)) continue;
      const t = rng.pick(tgs);
      link('ESTIMATE', t.id, cp.id, { count: cp.munis.reduce((n, m) => n + Math.round(m.population * t.rate), 0), year: 2024 });
    }
  }

  // ---- structural forums: region, county part, municipality ----
  let forumCount = 0;
  const forumId = () => `forum-${pad(++forumCount, 6)}`;
  const span = (f: string, kinds: readonly CareLevelKind[]) => kinds.forEach((k) => link('SPANS', f, CL[k]));
  for (const r of regions) {
    const seminar = forum(forumId(), { name: `Ledningsseminarium ${r.short}`, kind: 'LEADERSHIP_SEMINAR', systemLevel: 'MACRO', topLevel: true, mandate: 'DECIDES', meetingFrequency: 'BIANNUAL' });
    link('COVERS', seminar, r.id);
    link('CONVENES', r.id, seminar);
    participate(r.id, seminar, 'CO_CHAIR');
    participate(r.rs, seminar);
    participate(r.hsn, seminar);
    for (const m of r.munis) participate(m.id, seminar);
    r.lsg = forum(forumId(), { name: `Länssamverkansgrupp ${r.short}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', mandate: 'COORDINATES', meetingFrequency: 'MONTHLY' });
    link('REPORTS_TO', r.lsg, seminar);
    link('COVERS', r.lsg, r.id);
    link('CONVENES', r.hsf, r.lsg);
    participate(r.hsf, r.lsg, 'CHAIR');
    for (const m of r.munis) participate(m.id, r.lsg);
    span(r.lsg, ['PRIMARY_CARE', 'MUNICIPAL_PRIMARY_CARE', 'SOCIAL_CARE', 'SPECIALISED_INPATIENT']);
    for (const cp of r.countyParts) {
      const cpNode = nodes.find((n) => n.id === cp.id)!;
      cp.group = forum(forumId(), { name: `Samverkan ${String(cpNode.props.name)}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', mandate: 'COORDINATES', meetingFrequency: 'MONTHLY' });
      link('REPORTS_TO', cp.group, r.lsg);
      link('COVERS', cp.group, cp.id);
      participate(r.hsf, cp.group, 'CO_CHAIR');
      participate(cp.hospitals[0]!, cp.group);
      for (const m of cp.munis) participate(m.id, cp.group);
      span(cp.group, ['SPECIALISED_INPATIENT', 'MUNICIPAL_PRIMARY_CARE']);
      for (const m of cp.munis) {
        m.local = forum(forumId(), { name: `Lokal samverkan ${m.place}`, kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', mandate: 'COORDINATES', meetingFrequency: 'MONTHLY' });
        link('REPORTS_TO', m.local, cp.group);
        link('COVERS', m.local, m.id);
        link('CONVENES', m.id, m.local);
        participate(m.id, m.local, 'CO_CHAIR');
        participate(m.homeCare, m.local);
        participate(m.social, m.local);
        m.regionalHcs.forEach((h, i) => participate(h, m.local, i === 0 ? 'CO_CHAIR' : 'MEMBER'));
        span(m.local, ['PRIMARY_CARE', 'MUNICIPAL_PRIMARY_CARE', 'SOCIAL_CARE']);
      }
      // a planned collaboration team in each county part (every other one past its planned start)
      const m = cp.munis[0]!;
      const team = forum(forumId(), {
        name: `Samarbetsteam ${m.place} – planerat`, kind: 'TEAM', systemLevel: 'MICRO', status: 'PLANNED', mandate: 'COORDINATES',
        plannedStart: r.countyParts.indexOf(cp) % 2 ? '2026-03-01' : '2027-04-01',
      });
      link('REPORTS_TO', team, m.local);
      link('COVERS', team, m.id);
      if (m.regionalHcs[0]) participate(m.regionalHcs[0], team);
      participate(m.homeCare, team);
      span(team, ['PRIMARY_CARE', 'MUNICIPAL_PRIMARY_CARE']);
    }
    // an ended project group in each region
    const m = r.munis[r.munis.length - 1]!;
    const ended = forum(forumId(), {
      name: `Projektgrupp trygg hemgång ${m.place} – avslutad`, kind: 'WORKING_GROUP', systemLevel: 'MESO', status: 'ENDED',
      mandate: 'ADVISES', startDate: '2021-01-15', endDate: '2024-06-30',
    });
    link('REPORTS_TO', ended, m.local);
    link('COVERS', ended, m.id);
    participate(m.id, ended);
    participate(r.hsf, ended, 'CHAIR');
    span(ended, ['SPECIALISED_INPATIENT', 'MUNICIPAL_PRIMARY_CARE']);
  }

  // ---- the other forums: spread over municipalities by population ----
  const structural = forumCount;
  const fillers = spec.forums - structural;
  if (fillers < 0) throw new Error(`the scale has fewer forums (${spec.forums}) than its structure needs (${structural})`);
  const perMuni = apportion(fillers, allMunis.map((m) => m.weight));
  interface Filler { id: string; muni: Muni; level: SystemLevel; status: Status; /** Participants from one pool only (one side, or an internal forum). */ narrow: boolean; pool: string[]; regionSide: string[]; muniSide: string[]; k: number }
  const fill: Filler[] = [];
  allMunis.forEach((m, i) => {
    const cp = m.region.countyParts.find((c) => c.id === m.countyPart)!;
    const regionSide = [...m.regionalHcs, ...cp.hospitals.slice(0, 2), ...cp.clinics.slice(0, 4), m.region.hsf, m.region.ambulance];
    const muniSide = [m.id, m.homeCare, m.social, m.school];
    const privateSide = m.healthCentres.filter((h) => !m.regionalHcs.includes(h));
    for (let k = 0; k < perMuni[i]!; k++) {
      const kind = rng.weighted(FORUM_KINDS);
      const level: SystemLevel = rng.weighted([['MICRO', 45], ['MESO', 45], ['MACRO', 10]] as const);
      const [topic, tg] = rng.pick(TOPICS);
      const status: Status = rng.weighted([['ACTIVE', 82], ['PLANNED', 7], ['ENDED', 6], ['PAUSED', 5]] as const);
      const props: Record<string, unknown> = { name: `${KIND_SV[kind]} ${topic} ${m.place}`, kind, systemLevel: level, status };
      if (rng.chance(0.9)) props.mandate = rng.pick(MANDATES);
      if (rng.chance(0.85)) props.meetingFrequency = rng.pick(FREQUENCIES);
      const internal = rng.chance(0.02);
      if (internal) props.crossesBoundary = false;
      if (status === 'ACTIVE' && rng.chance(0.6)) props.startDate = isoDate(rng.int(2015, 2026), rng.int(1, 9), rng.int(1, 28));
      if (status === 'PLANNED') props.plannedStart = rng.chance(0.3) ? isoDate(rng.int(2025, 2026), rng.int(1, 9), rng.int(1, 28)) : isoDate(rng.int(2027, 2028), rng.int(1, 12), rng.int(1, 28));
      if (status === 'ENDED') {
        const y = rng.int(2019, 2024);
        props.startDate = isoDate(y, rng.int(1, 12), rng.int(1, 28));
        props.endDate = isoDate(y + 1 + rng.int(0, 1), rng.int(1, 12), rng.int(1, 28));
      }
      const id = forumId();
      forum(id, props as Parameters<typeof forum>[1]);
      const cpId = m.countyPart;
      link('COVERS', id, level === 'MACRO' ? cpId : m.id);
      if (level !== 'MACRO' && rng.chance(0.08)) {
        const neighbour = rng.pick(cp.munis);
        if (neighbour !== m) link('COVERS', id, neighbour.id);
      }
      span(id, rng.weighted(SPAN_SETS));
      if (tg && tgBySlug.has(tg) && rng.chance(0.5)) link('SERVES', id, tgBySlug.get(tg)!);
      // 88 % report to the local (or county-part) group; the rest have no line: orphans for the analysis
      if (rng.chance(0.88)) link('REPORTS_TO', id, level === 'MACRO' ? cp.group : m.local);
      const oneSided = !internal && rng.chance(0.08);
      const pool = oneSided ? (rng.chance(0.5) ? muniSide : regionSide) : internal ? (rng.chance(0.5) ? muniSide : [...regionSide, ...privateSide]) : [...regionSide, ...muniSide, ...privateSide];
      const k = status === 'PLANNED' && rng.chance(0.3) ? 0 : rng.int(3, 9);
      fill.push({ id, muni: m, level, status, narrow: oneSided || internal, pool, regionSide, muniSide, k });
    }
  });

  // ---- participants: exactly the scale's total ----
  const wanted = spec.participations - participations.count;
  const open = fill.filter((f) => f.k > 0);
  let have = open.reduce((n, f) => n + Math.min(f.k, f.pool.length), 0);
  for (const f of open) f.k = Math.min(f.k, f.pool.length);
  // nudge counts up or down, one at a time, at seeded forums, until the total is right
  for (let guard = 0; have !== wanted && guard < 50_000_000; guard++) {
    const f = open[Math.floor(rng.next() * open.length)]!;
    if (have < wanted && f.k < f.pool.length) {
      f.k++;
      have++;
    } else if (have > wanted && f.k > 2) {
      f.k--;
      have--;
    }
  }
  if (have !== wanted) throw new Error(`could not place ${wanted} participations (placed ${have})`);
  for (const f of open) {
    let chosen: string[];
    if (f.narrow) chosen = rng.sample(f.pool, f.k);
    else {
      // a boundary forum: both sides, then anyone from the pool
      const first = [rng.pick(f.regionSide), rng.pick(f.muniSide)];
      const rest = rng.sample(f.pool.filter((p) => !first.includes(p)), f.k - 2);
      chosen = f.k >= 2 ? [...first, ...rest] : rng.sample(f.pool, f.k);
    }
    chosen.forEach((a, i) => participate(a, f.id, i === 0 ? (rng.chance(0.5) ? 'CHAIR' : 'CO_CHAIR') : i === 1 && rng.chance(0.2) ? 'SECRETARY' : rng.chance(0.05) ? 'ADJUNCT' : 'MEMBER'));
    if (chosen.length && rng.chance(0.7)) link('CONVENES', chosen[0]!, f.id);
  }
  if (participations.count !== spec.participations) throw new Error(`placed ${participations.count} participations, wanted ${spec.participations}`);

  // ---- a reporting cycle in a few county parts (a mistake the analysis should catch) ----
  for (const r of regions) {
    const inRegion = fill.filter((f) => f.muni.region === r && f.level === 'MICRO');
    if (inRegion.length < 2 || !rng.chance(0.5)) continue;
    const [a, b] = rng.sample(inRegion, 2) as [Filler, Filler];
    link('REPORTS_TO', a.id, b.id);
    link('REPORTS_TO', b.id, a.id);
  }

  // ---- initiatives: one development area per county part, projects per region ----
  let initiativeCount = 0;
  for (const r of regions) {
    for (const cp of r.countyParts) {
      const cpNode = nodes.find((n) => n.id === cp.id)!;
      const id = node('Initiative', `init-${pad(++initiativeCount, 4)}`, { name: `Nära vård ${String(cpNode.props.name)}`, kind: 'DEVELOPMENT_AREA', status: 'ACTIVE', startDate: '2024-01-01' });
      link('OWNS', cp.group, id);
      link('COVERS', id, cp.id);
      span(id, ['SPECIALISED_INPATIENT', 'MUNICIPAL_PRIMARY_CARE']);
      link('SERVES', id, tgs[0]!.id);
      for (const m of rng.sample(cp.munis, Math.min(2, cp.munis.length))) link('BELONGS_TO', m.id, id);
      const members = fill.filter((f) => f.muni.countyPart === cp.id);
      for (const f of rng.sample(members, Math.min(3, members.length))) link('BELONGS_TO', f.id, id);
    }
    for (let p = 0; p < 2; p++) {
      const m = rng.pick(r.munis);
      const status: Status = rng.weighted([['ACTIVE', 60], ['PLANNED', 30], ['ENDED', 10]] as const);
      const id = node('Initiative', `init-${pad(++initiativeCount, 4)}`, {
        name: `Projekt ${rng.pick(TOPICS)[0]} ${m.place}`, kind: rng.pick(['PROJECT', 'FLOW_IMPROVEMENT'] as const), status,
        ...(status === 'ENDED' ? { startDate: '2021-03-01', endDate: '2023-12-31' } : status === 'ACTIVE' ? { startDate: '2025-02-01' } : {}),
      });
      link('OWNS', r.hsf, id);
      link('COVERS', id, m.id);
      span(id, rng.weighted(SPAN_SETS));
    }
  }

  // ---- recorded gaps ----
  let gapCount = 0;
  for (const r of regions) {
    for (let g = 0; g < 3; g++) {
      const m = rng.pick(r.munis);
      const kind = rng.pick(['RESPONSIBILITY', 'MANDATE', 'INFORMATION', 'HANDOVER', 'COMPETENCE'] as const);
      const id = node('Gap', `gap-${pad(++gapCount, 4)}`, {
        name: `Mellanrum ${kind.toLowerCase()} ${m.place}`, kind, severity: rng.pick(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const),
        status: rng.pick(['IDENTIFIED', 'ANALYSED', 'BEING_ADDRESSED'] as const), evidence: 'Syntetiskt exempel.',
      });
      link('BETWEEN', id, r.hsn);
      link('BETWEEN', id, m.id);
      if (rng.chance(0.5)) link('AFFECTS', id, rng.pick(tgs).id);
      if (rng.chance(0.5)) link('ADDRESSES', m.local, id);
    }
  }

  return { scale, seed, nodes, edges };
}

// ---- CSV files in the template's format ----------------------------------------------

export interface GeneratedFiles {
  dir: string;
  /** The files written, in template order, with their sheet. */
  files: Array<{ path: string; name: string; sheet: SheetDef; rows: number; bytes: number }>;
  nodes: number;
  edges: number;
  participations: number;
}

/** The graph's rows per sheet, each row in its sheet's column order. */
export function sheetRowsOf(graph: GeneratedGraph): Map<SheetDef, Array<Array<string | number | boolean | null>>> {
  const out = new Map<SheetDef, Array<Array<string | number | boolean | null>>>(SHEETS.map((s) => [s, []]));
  const cell = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v));
  for (const n of graph.nodes) {
    const sheet = sheetOfLabel(n.label);
    const rec: Record<string, unknown> = { id: n.id, ...n.props };
    out.get(sheet)!.push(sheet.columns.map((c) => cell(rec[c.key])));
  }
  for (const e of graph.edges) {
    const sheet = sheetOfType(e.type);
    const rec: Record<string, unknown> = { type: e.type, from: e.from, to: e.to, ...e.props };
    out.get(sheet)!.push(sheet.columns.map((c) => cell(rec[c.key])));
  }
  return out;
}

/** Writes one CSV file per template sheet (actors.csv, forums.csv, participation.csv …) into `dir`. */
export function writeCsvFiles(graph: GeneratedGraph, dir: string): GeneratedFiles {
  mkdirSync(dir, { recursive: true });
  const files: GeneratedFiles['files'] = [];
  for (const [sheet, rows] of sheetRowsOf(graph)) {
    if (!rows.length) continue;
    const text = sheetCsv(sheet, rows);
    const path = join(dir, sheet.file);
    writeFileSync(path, text);
    files.push({ path, name: sheet.file, sheet, rows: rows.length, bytes: Buffer.byteLength(text) });
  }
  return {
    dir, files, nodes: graph.nodes.length, edges: graph.edges.length,
    participations: graph.edges.filter((e) => e.type === 'PARTICIPATES_IN').length,
  };
}

/** Import limits that let a generated scale through (the defaults serve a region, not the country). */
export function limitsFor(files: GeneratedFiles): NonNullable<ImportOptions['limits']> {
  const rows = files.files.reduce((n, f) => n + f.rows, 0);
  const bytes = Math.max(...files.files.map((f) => f.bytes));
  return { maxRows: Math.max(100_000, rows + 1), maxBytes: Math.max(50 * 1024 * 1024, bytes + 1) };
}

/**
 * Imports generated files into a store with the code behind `npm run import`
 * (`importFiles`), every file at once or the ones `only` names.
 */
export function importGenerated(store: GraphStore, files: GeneratedFiles, opts: { dryRun?: boolean; only?: (name: string) => boolean; onProgress?: ImportOptions['onProgress'] } = {}): Promise<ImportReport> {
  const chosen = files.files.filter((f) => !opts.only || opts.only(f.name));
  return importFiles(store, chosen.map((f) => ({ path: f.path, name: f.name })), {
    dryRun: opts.dryRun ?? false,
    by: 'import',
    limits: limitsFor(files),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
}

/** How many elements and relationships of each kind a graph holds (for the CLI's summary). */
export function summary(graph: GeneratedGraph): { nodes: Record<string, number>; edges: Record<string, number> } {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const n of graph.nodes) {
    const k = n.label === 'Actor' ? `Actor:${String(n.props.kind)}` : n.label;
    nodes[k] = (nodes[k] ?? 0) + 1;
  }
  for (const e of graph.edges) edges[e.type] = (edges[e.type] ?? 0) + 1;
  return { nodes, edges };
}
