// How a zod issue reads to people, in English and Swedish: the messages the
// domain schema and the API write themselves, zod's own Swedish for the rest.
// Used wherever input is validated (GraphQL arguments, import rows).
import { z } from 'zod';

const sv = z.locales.sv();

/** Swedish for the messages the domain schema and the API write themselves. */
const OWN_SV: Record<string, string> = {
  'cannot be removed': 'kan inte tas bort',
  'is not used by this relationship type': 'används inte av den här relationstypen',
  'set exactly one change': 'ange exakt en ändring',
  'must be a date-time as ISO 8601': 'måste vara en tidpunkt enligt ISO 8601',
  'must not be empty': 'får inte vara tom',
  'must not be empty (leave it out instead)': 'får inte vara tom (utelämna den i stället)',
  'must not contain a NUL character': 'får inte innehålla tecknet NUL',
  'must be valid Unicode text (it has a lone surrogate)': 'måste vara giltig Unicode-text (den har ett ensamt surrogattecken)',
  'must not contain Unicode noncharacters': 'får inte innehålla Unicode-icketecken',
  'must not contain line breaks, tabs or other control characters': 'får inte innehålla radbrytningar, tabbar eller andra styrtecken',
  'must not contain control characters (other than tab and line breaks)': 'får inte innehålla styrtecken (utom tabb och radbrytningar)',
  'must be a date as YYYY-MM-DD': 'måste vara ett datum som ÅÅÅÅ-MM-DD',
  'must be 1–128 characters: lower-case letters, digits, and . _ : - (not first)': 'måste vara 1–128 tecken: gemener, siffror och . _ : - (inte först)',
  'must not be before the start date': 'får inte vara före startdatum',
  'must be a finding key of a known rule': 'måste vara en nyckel till ett fynd från en känd regel',
  'must join two different care levels': 'måste förena två olika vårdnivåer',
  'must be 1–40 characters: lower-case letters, digits and - (not first)': 'måste vara 1–40 tecken: gemener, siffror och - (inte först)',
};

/** Swedish for messages that carry a number set where the limit is (a size in bytes, say). */
const OWN_SV_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^must be at most (\d+) bytes as JSON$/, (m) => `får vara högst ${m[1]} byte som JSON`],
  [/^must be one of: (.+)$/, (m) => `måste vara en av: ${m[1]}`],
];

function ownSv(message: string): string | undefined {
  if (OWN_SV[message]) return OWN_SV[message];
  for (const [re, sv] of OWN_SV_PATTERNS) {
    const m = re.exec(message);
    if (m) return sv(m);
  }
  return undefined;
}

export interface Text2 {
  message: string;
  messageSv: string;
}

/** One zod issue, in both languages; `columnAbsent` when the sheet has no column for the property. */
export function explainIssue(issue: z.core.$ZodIssue, columnAbsent = false): Text2 {
  const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
  if (missing) {
    return columnAbsent
      ? { message: 'is required, and the sheet has no column for it', messageSv: 'måste anges, och bladet saknar kolumn för det' }
      : { message: 'is required', messageSv: 'måste anges' };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { message: `is too long: at most ${String(issue.maximum)} characters`, messageSv: `är för lång: högst ${String(issue.maximum)} tecken` };
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return { message: `must be at most ${String(issue.maximum)}`, messageSv: `får vara högst ${String(issue.maximum)}` };
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return { message: `must be at least ${String(issue.minimum)}`, messageSv: `måste vara minst ${String(issue.minimum)}` };
  }
  const localized = sv.localeError(issue as never);
  const fallback = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
  return { message: issue.message, messageSv: ownSv(issue.message) ?? fallback };
}

/** The Swedish of a message the domain schema writes itself. */
export const svOf = (message: string): string => ownSv(message) ?? message;
