// Words for findings and matrix cells, in Swedish and English.
import type { CareLevelKind, GraphNode, SystemLevel } from '../../schema/domain.ts';
import type { Localized } from './catalogue.ts';

/**
 * A count as people write it: `2 311` in Swedish, `2,311` in English. The
 * Swedish group separator is a plain space (not U+00A0) so the text reads and
 * searches the same everywhere.
 */
export function formatCount(n: number, lang: 'sv' | 'en'): string {
  const digits = Math.round(Math.abs(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  return n < 0 ? `-${digits}` : digits;
}

export const LEVEL: Record<SystemLevel, Localized> = {
  MACRO: { sv: 'makronivå (strategisk)', en: 'macro level (strategic)' },
  MESO: { sv: 'mesonivå (taktisk)', en: 'meso level (tactical)' },
  MICRO: { sv: 'mikronivå (operativ)', en: 'micro level (operational)' },
};

export const LEVEL_SHORT: Record<SystemLevel, Localized> = {
  MACRO: { sv: 'Makro', en: 'Macro' },
  MESO: { sv: 'Meso', en: 'Meso' },
  MICRO: { sv: 'Mikro', en: 'Micro' },
};

export const CARE_LEVEL: Record<CareLevelKind, Localized> = {
  PRIMARY_CARE: { sv: 'primärvård', en: 'primary care' },
  MUNICIPAL_PRIMARY_CARE: { sv: 'kommunal primärvård', en: 'municipal primary care' },
  SPECIALISED_OUTPATIENT: { sv: 'specialiserad öppenvård', en: 'specialised outpatient care' },
  SPECIALISED_INPATIENT: { sv: 'specialiserad slutenvård', en: 'specialised inpatient care' },
  EMERGENCY: { sv: 'akutsjukvård', en: 'emergency care' },
  AMBULANCE: { sv: 'ambulanssjukvård', en: 'ambulance care' },
  SPECIALISED_HOME: { sv: 'specialiserad vård i hemmet', en: 'specialised care in the home' },
  SOCIAL_CARE: { sv: 'omsorg', en: 'social care' },
};

/** How a place is named in running text: its short name when it has one (`Umeå`), else its name. */
export function placeName(node: GraphNode | undefined): string {
  if (!node) return '?';
  return (node.label === 'Actor' && node.shortName) || node.name;
}

/** `A`, `A och B`, `A, B och C` (or `and`). */
export function joinList(items: readonly string[], lang: 'sv' | 'en'): string {
  const and = lang === 'sv' ? 'och' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Names of elements, quoted, as a readable list. */
export function namesOf(nodes: ReadonlyArray<GraphNode | undefined>, lang: 'sv' | 'en'): string {
  const [open, close] = lang === 'sv' ? ['”', '”'] : ['“', '”'];
  return joinList(nodes.filter((n): n is GraphNode => !!n).map((n) => `${open}${n.name}${close}`), lang);
}

export const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
