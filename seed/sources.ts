// The seed documents the Västerbotten dataset cites (the files in
// /work/shared/seeds/), keyed by the id every `source` property uses. A fact
// the documents do not give is marked `ILLUSTRATIVE` instead; generated data
// (the benchmarks' synthetic country) is `SYNTHETIC`. The API's `Source` type
// and `sources` query read this catalogue (server/graphql/sources.ts).
import { ILLUSTRATIVE } from '../schema/domain.ts';

export { ILLUSTRATIVE };

export interface SourceDoc {
  /** The document's own (Swedish) title. */
  titleSv: string;
  titleEn: string;
  /** The year the document states for itself. */
  year: number;
  /** The date the document states for itself (YYYY-MM-DD), where it gives one. */
  date?: string;
  publisher: string;
  /** What kind of document it is and anything to keep in mind when citing it. */
  note?: string;
}

export const SOURCES = {
  '000_dc0fee95e907e220': {
    titleSv: 'Uppdragsdirektiv – Utveckla samspelet mellan sjukhusvården och primärvården i syfte att stödja omställningen till nära vård (till HSN och RS)',
    titleEn: 'Directive: develop the interplay between hospital care and primary care to support the transition to nära vård (to HSN and RS)',
    year: 2024,
    date: '2023-12-21',
    publisher: 'Region Västerbotten',
    note: 'Fullmäktigeuppdrag för 2024; direktivet fastställdes i CLG 21/12-2023.',
  },
  '001_0d39a9b0a025af05': {
    titleSv: 'Stöd vid framtagande av plan för gemensam primärvård',
    titleEn: 'Support for drawing up a plan for joint primary care',
    year: 2023,
    publisher: 'Sveriges Kommuner och Regioner (SKR)',
    note: 'Nationellt stödmaterial; lärande exempel från Jönköpings län, Lidköping och Skellefteå/Norsjö.',
  },
  '002_3be67d7d3a733685': {
    titleSv: 'Nära vård i Region Västerbotten 2022 – återredovisning till Socialstyrelsen',
    titleEn: 'Nära vård in Region Västerbotten 2022 – report back to the National Board of Health and Welfare',
    year: 2022,
    publisher: 'Region Västerbotten',
    note: 'OCR-lästa bilder (diakritiska tecken saknas ofta). Rubriken anger 2022, men bilderna om det mobila samverkanssystemet beskriver arbetet under 2023.',
  },
  '004_5207004faf90fc97': {
    titleSv: 'Hälsoval primärvård och tandvård',
    titleEn: 'Choice of provider (Hälsoval) in primary care and dental care',
    year: 2023,
    date: '2023-03-30',
    publisher: 'Region Västerbotten, hälso- och sjukvårdsnämnden',
    note: 'Presentation för hälso- och sjukvårdsnämnden 2023-03-30.',
  },
} as const satisfies Record<string, SourceDoc>;

export type SourceId = keyof typeof SOURCES;

/** What generated data cites (bench/generate.ts): not facts. */
export const SYNTHETIC = 'synthetic';

/** What the sources that are not documents stand for, in Swedish and English. */
export const PSEUDO_SOURCES = {
  [ILLUSTRATIVE]: {
    titleSv: 'Illustrativt – inte ur något källdokument',
    titleEn: 'Illustrative – not from any source document',
    note: 'Dokumenten anger inte uppgiften (en hälsocentrals namn, en ordförande, ett planerat datum); den är satt för att kartan ska gå att visa och ska inte läsas som belagd.',
  },
  [SYNTHETIC]: {
    titleSv: 'Syntetiskt – genererat för prestandamätning',
    titleEn: 'Synthetic – generated for benchmarks',
    note: 'Genererade data (npm run generate): inga uppgifter om verkligheten.',
  },
} as const;
/** What a seed fact's `source` may be. */
export type SeedSource = SourceId | typeof ILLUSTRATIVE;

/** True for a seed document id or `illustrative`. */
export function isKnownSource(s: unknown): s is SeedSource {
  return typeof s === 'string' && (s === ILLUSTRATIVE || Object.prototype.hasOwnProperty.call(SOURCES, s));
}
