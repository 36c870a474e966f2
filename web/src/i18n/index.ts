// The current language and its messages. Swedish by default; English one
// click away. Components read `t()` and re-render on the `langchange` event.
import { en } from './en.ts';
import { sv, type Messages } from './sv.ts';

export type Lang = 'sv' | 'en';
export type { Messages };

export const LANGS: Record<Lang, Messages> = { sv, en };

let current: Lang = 'sv';
const listeners = new Set<(lang: Lang) => void>();

export const t = (): Messages => LANGS[current];
export const lang = (): Lang => current;

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  for (const l of listeners) l(next);
}

/** `f` in the language given, without telling anyone the language changed (an undo step is named in both languages, #17). */
export function inLang<T>(l: Lang, f: () => T): T {
  const was = current;
  current = l;
  try {
    return f();
  } finally {
    current = was;
  }
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The label of an enum value in the current language, the raw value when unknown. */
export function enumLabel(enumName: keyof Messages['enums'], value: string | null | undefined): string {
  if (!value) return '';
  const table = t().enums[enumName] as Record<string, string>;
  return table[value] ?? value;
}

/** A date for people, in the current locale. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(t().locale, iso.length === 10 ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
