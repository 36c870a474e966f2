// The seed documents the Västerbotten dataset cites (the files in
// /work/shared/seeds/), keyed by the id every `source` property uses. A fact
// the documents do not give is marked `ILLUSTRATIVE` instead.
import { ILLUSTRATIVE } from '../schema/domain.ts';

export { ILLUSTRATIVE };

export interface SourceDoc {
  /** The document's own (Swedish) title. */
  titleSv: string;
  titleEn: string;
  /** The year the document states for itself. */
  year: number;
  publisher: string;
  /** What kind of document it is and anything to keep in mind when citing it. */
  note?: string;
}

export const SOURCES = {
  '000_dc0fee95e907e220': {
    titleSv: 'Uppdragsdirektiv – Utveckla samspelet mellan sjukhusvården och primärvården i syfte att stödja omställningen till nära vård (till HSN och RS)',
    titleEn: 'Directive: develop the interplay between hospital care and primary care to support the transition to nära vård (to HSN and RS)',
    year: 2024,
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
    publisher: 'Region Västerbotten, hälso- och sjukvårdsnämnden',
    note: 'Presentation för hälso- och sjukvårdsnämnden 2023-03-30.',
  },
} as const satisfies Record<string, SourceDoc>;

export type SourceId = keyof typeof SOURCES;
/** What a seed fact's `source` may be. */
export type SeedSource = SourceId | typeof ILLUSTRATIVE;

/** True for a seed document id or `illustrative`. */
export function isKnownSource(s: unknown): s is SeedSource {
  return typeof s === 'string' && (s === ILLUSTRATIVE || Object.prototype.hasOwnProperty.call(SOURCES, s));
}
