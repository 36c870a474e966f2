// Search: one rule for both stores and the page. Both adapters keep a folded
// copy of each searched field (" lokal samverkan vindeln ": lower case, no
// diacritics, words between single spaces) and look for the query's words in
// it with the needles below, so they find the same nodes and give them the
// same scores; the page finds names it holds by the same rule as the person
// types (web/src/graph/search.ts). Swedish makes compounds, so a word is found
// inside longer words too ("dokumentation" in "vårddokumentation", "covid" in
// "postcovid"); a word shorter than MIN_INSIDE only at the start of a word, or
// it would match nearly everything. Pure: no Node or browser API.

/** Lower case without diacritics: how the search copies and the query's words are written (`Umeå` → `umea`, `Ærø` → `aero`). */
export function fold(text: string): string {
  const special: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', đ: 'd', ı: 'i' };
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[æøœßðþłđı]/g, (c) => special[c] ?? c).normalize('NFC');
}

/** The words of a text as search sees them: folded, split at anything that is not a letter or a digit. */
export function searchWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The fields search reads, and what a match in each weighs: any match in the name outweighs every match in the text. */
export const SEARCH_FIELDS = [
  { field: 'name', weight: 4 },
  { field: 'description', weight: 1 },
  { field: 'evidence', weight: 1 },
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number]['field'];

/** Where in a field a word is found, best first, and its points: the whole word, the start of a word, inside a word. */
export const MATCH_KINDS = [
  { needle: 'whole', points: 3 },
  { needle: 'start', points: 2 },
  { needle: 'inside', points: 1 },
] as const;

/** Words shorter than this are found only at the start of a word ("in" in "in i", not in "Vindeln"). */
export const MIN_INSIDE = 3;
/** At most this many words of a query count. */
export const MAX_SEARCH_WORDS = 20;
/** One query word as the needles a store looks for in a copy. */
export interface SearchTerm {
  /** The whole word: " covid ". */
  whole: string;
  /** The start of a word: " covid". */
  start: string;
  /** Anywhere: "covid"; for a word shorter than MIN_INSIDE the start of a word again. Every term must be found this way. */
  inside: string;
}

/** The query's words, each once, as needles; none when the text has no words. */
export function searchTerms(text: string): SearchTerm[] {
  return [...new Set(searchWords(text))].slice(0, MAX_SEARCH_WORDS).map((w) => ({
    whole: ` ${w} `,
    start: ` ${w}`,
    inside: w.length >= MIN_INSIDE ? w : ` ${w}`,
  }));
}
