// Rules both adapters apply the same way, so that they give the same answers:
// cursors and order keys, endpoint checks, the merge of an update, the shape of a change-log entry.
import type { Direction, ListOrder, Related } from './port.ts';
import {
  RELATIONSHIPS, gapTransitionProblem, nodeInvariants, nameKey, edgeId, orient,
  type EdgeProps, type GapStatus, type GraphEdge, type GraphNode, type NodeLabel, type RelType,
} from '../../schema/domain.ts';
import { DomainError, badInput, conflict, notFound, type FieldProblem } from '../errors.ts';
import { MATCH_KINDS, SEARCH_FIELDS, searchTerms, searchWords, type SearchField, type SearchTerm } from '../../schema/search.ts';

/**
 * A list's order key of a node: the name key (lower case, code point by code
 * point) by default, the Swedish sort key for NAME, the timestamp for
 * CREATED_AT and UPDATED_AT (ISO 8601 in UTC, which sorts as text).
 */
export function orderValue(node: { name: string; createdAt?: string; updatedAt?: string }, order?: ListOrder): string {
  switch (order?.field) {
    case undefined: return nameKey(node.name);
    case 'NAME': return sortKey(node.name);
    case 'CREATED_AT': return node.createdAt ?? '';
    case 'UPDATED_AT': return node.updatedAt ?? '';
  }
}

const orderTag = (order: ListOrder) => `${order.field}:${order.direction}`;

/** A cursor is the order key of the last item, then its id, then the order it was given out for (none for the default order). */
export function encodeCursor(node: { name: string; id: string; createdAt?: string; updatedAt?: string }, order?: ListOrder): string {
  return Buffer.from(JSON.stringify([orderValue(node, order), node.id, ...(order ? [orderTag(order)] : [])])).toString('base64url');
}

/** The order key and id a cursor holds; BAD_USER_INPUT when it is not one this API gave out, or was given out for another order. */
export function decodeCursor(cursor: string, order?: ListOrder): [string, string] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not ours
  }
  if (Array.isArray(v) && (v.length === 2 || v.length === 3) && v.every((x) => typeof x === 'string')) {
    if ((v[2] ?? null) === (order ? orderTag(order) : null)) return [v[0] as string, v[1] as string];
    throw badInput('The cursor was given out for another order of this list', [{ path: ['after'], message: 'a cursor of another order (orderBy)', messageSv: 'markören hör till en annan ordning (orderBy)' }]);
  }
  throw badInput('The cursor is not one this API gave out', [{ path: ['after'], message: 'not a valid cursor', messageSv: 'ogiltig markör' }]);
}

/** Checks that a relationship may join these two nodes; throws NOT_FOUND or BAD_USER_INPUT. */
export function checkEndpoints(type: RelType, from: string, to: string, fromLabel: NodeLabel | undefined, toLabel: NodeLabel | undefined): void {
  if (!fromLabel) throw notFound(from);
  if (!toLabel) throw notFound(to);
  const spec = RELATIONSHIPS[type];
  if (from === to) {
    throw badInput(`A ${type} relationship cannot join "${from}" to itself`, [
      { path: ['to'], message: 'must differ from `from`', messageSv: 'får inte vara samma som från' },
    ]);
  }
  if (!spec.from.includes(fromLabel)) {
    throw badInput(`${type} cannot start at a ${fromLabel} (only ${spec.from.join(', ')})`, [
      { path: ['from'], message: `must be a ${spec.from.join(' or ')}`, messageSv: `måste vara ${spec.from.join(' eller ')}` },
    ]);
  }
  if (!spec.to.includes(toLabel)) {
    throw badInput(`${type} cannot end at a ${toLabel} (only ${spec.to.join(', ')})`, [
      { path: ['to'], message: `must be a ${spec.to.join(' or ')}`, messageSv: `måste vara ${spec.to.join(' eller ')}` },
    ]);
  }
}

/**
 * Throws BAD_USER_INPUT when a node's merged properties break a rule across
 * properties, or, for an update (`before` given), a rule of change: a
 * recorded gap's status moves as `gapTransitionProblem` says. Every write of
 * both stores passes here, whoever makes it (API, import, restore, analysis).
 */
export function checkInvariants(props: Record<string, unknown>, before?: GraphNode | null): void {
  const problems: FieldProblem[] = nodeInvariants(props);
  let details: Record<string, unknown> = {};
  if (before?.label === 'Gap' && typeof props.status === 'string') {
    const move = gapTransitionProblem(before.status, props.status as GapStatus);
    if (move) {
      problems.push({ path: ['status'], message: move.message, messageSv: move.messageSv });
      details = { from: before.status, to: props.status, allowed: move.allowed };
    }
  }
  if (problems.length) {
    throw new DomainError('BAD_USER_INPUT', `Invalid properties: ${problems.map((p) => `${p.path.join('.')} ${p.message}`).join('; ')}`, {
      fields: problems.map((p) => ({ ...p, path: ['props', ...p.path] })),
      details,
    });
  }
}

export const nameConflict = (label: NodeLabel, name: string) =>
  conflict(`A ${label} named "${name}" already exists`, { label, name });
export const idConflict = (id: string) => conflict(`An element with id "${id}" already exists`, { id });

/**
 * Optimistic concurrency, the one rule both stores apply: an update or delete
 * that names the version it was based on (`expected`, the element's
 * `updatedAt` when the writer read it) is refused with CONFLICT when the
 * element has changed since, the current element in the error's details so
 * the writer can show it and reapply.
 */
export function checkExpected(before: GraphNode, expected: string | undefined): void {
  if (expected === undefined || expected === before.updatedAt) return;
  throw new DomainError('CONFLICT', `"${before.name}" has been changed by ${before.updatedBy} since version ${expected}; nothing was written`, {
    messageSv: `”${before.name}” har ändrats av någon annan sedan du öppnade det; inget sparades. Läs in det igen eller gör om din ändring.`,
    details: { id: before.id, reason: 'STALE_VERSION', expected, current: before },
  });
}

/** The compare-and-set of a document write (`putDoc` with `expected`): the stored one must be the one the writer read. */
export function checkDocExpected(ns: string, key: string, current: { updatedAt: string } | null, expected: string | null | undefined): void {
  if (expected === undefined || (current?.updatedAt ?? null) === expected) return;
  throw new DomainError('CONFLICT', `The document ${ns}/${key} has changed since it was read; nothing was written`, {
    messageSv: 'Någon annan sparade samtidigt; inget sparades. Försök igen.',
    details: { reason: 'STALE_VERSION', ns, key, expected, current: current?.updatedAt ?? null },
  });
}

/**
 * The time a write stamps on an element whose last write was at `previous`:
 * `at`, or one millisecond after `previous` when `at` is not later (two
 * writes in one millisecond, a clock set back). So every write moves an
 * element's version (`updatedAt`) on, and `checkExpected` can tell them apart.
 */
export function nextStamp(at: string, previous: string): string {
  if (at > previous) return at;
  const t = Date.parse(previous);
  return Number.isNaN(t) ? at : new Date(t + 1).toISOString();
}

/** Properties a client may not set through an update. */
const FIXED = new Set(['id', 'label', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

/** The properties after an update: patch over current, `unset` keys removed. */
export function mergeProps(current: Record<string, unknown>, patch: Record<string, unknown>, unset: readonly string[] = []): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) if (!FIXED.has(k) && v !== undefined) next[k] = v;
  for (const k of unset) if (!FIXED.has(k) && k !== 'name') delete next[k];
  return next;
}

/** Only the defined, storable properties of a node (no undefined, no meta). */
export function cleanProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null && !FIXED.has(k)) out[k] = v;
  return out;
}

export function edgeProps(type: RelType, props: EdgeProps): Record<string, unknown> {
  const out: Record<string, unknown> = { source: props.source };
  if (props.sourceNote !== undefined) out.sourceNote = props.sourceNote;
  if (type === 'PARTICIPATES_IN') out.role = props.role ?? 'MEMBER';
  if (type === 'ESTIMATE') {
    out.count = props.count;
    out.year = props.year;
  }
  return out;
}

/** The stored identity and orientation of a relationship. */
export function edgeKey(type: RelType, from: string, to: string, props: EdgeProps) {
  const [a, b] = orient(type, from, to);
  return { id: edgeId(type, a, b, props.year), from: a, to: b };
}

export const nowIso = () => new Date().toISOString();

/** Canonical JSON: keys sorted at every level, so property order never counts as a change. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : val,
  );
}

/** Same stored values, whatever the key order. */
export const sameProps = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The nodes a change-log target is about: a node id, or the two ends of a relationship id (`from|TYPE|to[|year]`). */
export function nodesOfTarget(target: string): string[] {
  const parts = target.split('|');
  return parts.length >= 3 ? [parts[0]!, parts[2]!] : [target];
}

/** Relationships of the nodes asked for, each seen from the end(s) asked, with the node at the other end. */
export function relatedRows(asked: ReadonlySet<string>, edges: readonly GraphEdge[], others: ReadonlyMap<string, GraphNode>, direction: Direction): Related[] {
  const out: Related[] = [];
  for (const edge of edges) {
    if (direction !== 'in' && asked.has(edge.from)) out.push({ origin: edge.from, edge, node: others.get(edge.to)! });
    if (direction !== 'out' && asked.has(edge.to)) out.push({ origin: edge.to, edge, node: others.get(edge.from)! });
  }
  return out;
}

/**
 * The ids within `depth` steps of `start`, nearest first, at most `limit`:
 * `step` gives the relationships (as end pairs) touching a frontier. Both
 * adapters walk the same way, so they stop at the same nodes.
 */
export async function breadthFirst(start: string, depth: number, limit: number, step: (frontier: string[]) => Promise<Array<readonly [string, string]>> | Array<readonly [string, string]>): Promise<string[]> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length && seen.size < limit; d++) {
    const next: string[] = [];
    for (const ends of await step(frontier)) {
      for (const n of ends) {
        if (!seen.has(n) && seen.size < limit) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

/** A node's own properties: without its identity and provenance. */
export const propsOf = (n: GraphNode): Record<string, unknown> => {
  const { id: _i, label: _l, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, ...rest } = n;
  return rest;
};

/** A relationship's own properties: without its identity, ends and provenance. */
export const edgePropsOf = (e: GraphEdge): Record<string, unknown> => {
  const { id: _i, type: _t, from: _f, to: _to, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, ...rest } = e;
  return rest;
};

// ---- search: one rule, both stores (schema/search.ts) -------------------------
export { MATCH_KINDS, MAX_SEARCH_WORDS, MIN_INSIDE, SEARCH_FIELDS, fold, searchTerms, searchWords, type SearchField, type SearchTerm } from '../../schema/search.ts';

/** A copy's largest size in UTF-8 bytes, below the 32 766 Neo4j's text index takes (a 10 000-character field folds to at most 30 002). */
const MAX_COPY_BYTES = 32_000;

/** A field as search reads it: its words folded, each between single spaces (" lokal samverkan vindeln "); '' when it has none. */
export function searchCopy(value: unknown): string {
  const words = typeof value === 'string' ? searchWords(value) : [];
  if (!words.length) return '';
  let copy = ` ${words.join(' ')} `;
  while (Buffer.byteLength(copy) > MAX_COPY_BYTES) copy = `${copy.slice(0, copy.lastIndexOf(' ', copy.length - 2))} `;
  return copy;
}

/** The search copies of a node's (or a node's props') searched fields. */
export function searchCopies(props: Record<string, unknown> | GraphNode): Record<SearchField, string> {
  const p = props as Record<string, unknown>;
  return Object.fromEntries(SEARCH_FIELDS.map(({ field }) => [field, searchCopy(p[field])])) as Record<SearchField, string>;
}

/** The needle an index can narrow the search with best: the longest that every hit contains. */
export const searchProbe = (terms: readonly SearchTerm[]): string =>
  terms.map((t) => t.inside).reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * A store's score for one term in one field, as `(field, needle) → test`
 * renders "the copy of field contains the term's needle": the points of the
 * best match kind times the field's weight, 0 when not found. A hit's score
 * is, per term, the best of its fields, summed over the terms.
 */
export function termScoreCases(field: SearchField): Array<{ needle: keyof SearchTerm; score: number }> {
  const weight = SEARCH_FIELDS.find((f) => f.field === field)!.weight;
  return MATCH_KINDS.map((k) => ({ needle: k.needle, score: weight * k.points }));
}

/**
 * The fields of a node the query's words are found in, the one that weighs
 * most first (by the same points as a store's score): what a hit shows.
 */
export function matchedFields(node: GraphNode, text: string): SearchField[] {
  const copies = searchCopies(node);
  const terms = searchTerms(text);
  const weighed = SEARCH_FIELDS.map(({ field }) => ({
    field,
    score: terms.reduce((sum, t) => sum + Math.max(0, ...termScoreCases(field).filter((c) => copies[field].includes(t[c.needle])).map((c) => c.score)), 0),
  }));
  return weighed.filter((w) => w.score > 0).sort((a, b) => b.score - a.score).map((w) => w.field);
}

// ---- ordering: one Swedish sort key, both stores ---------------------------------
// Neither SQLite nor Neo4j collates Swedish, and their string orders differ
// beyond ASCII, so both adapters store a name's sort key as plain ASCII, made
// here: comparing the keys byte by byte (SQLite's BINARY, Neo4j's string
// order, JavaScript's `<`) orders the names as Swedish collation does
// (`Intl.Collator('sv')`: the Unicode Collation Algorithm with CLDR's Swedish
// rules). Level by level, as the algorithm does: first the letters (a–z, then
// å, ä, ö; é sorts as e, ü as y, æ as ä, ø as ö; case and accents ignored;
// spaces before punctuation before symbols before digits before letters),
// then the accents, then the case (lower before upper). Two names equal at
// every level keep their order by id.

/** Secondary weights of the accents, in the order Swedish collation puts them (acute first). */
const MARK_ORDER = '\u0301\u0300\u0306\u0302\u030C\u030A\u0308\u030B\u0303\u0307\u0327\u0304\u0323\u0326\u0331\u0328';
const NO_MARK = '!';
const markWeight = (marks: string): string => {
  if (!marks) return NO_MARK;
  const i = MARK_ORDER.indexOf(marks[0]!);
  return i >= 0 ? String.fromCharCode(0x23 + i) : 'u';
};
/** Primary weights of the letters after z. */
const AA = '{';
const AE = '|';
const OE = '}';
/** A base letter with a mark that Swedish sorts as a letter of its own, or with another letter: [primary, secondary]. */
const COMPOSED: Record<string, readonly [string, string | null]> = {
  'a\u030A': [AA, null], // å
  'a\u0308': [AE, null], // ä
  'o\u0308': [OE, null], // ö
  'e\u0328': [AE, 'y'], // ę sorts with ä
  'o\u030B': [OE, 'w'], // ő with ö
  'o\u0302': [OE, 'y'], // ô with ö
  'u\u0308': ['y', 'x'], // ü with y
  'u\u030B': ['y', 'y'], // ű with y
};
/** Letters that do not decompose: [primary, secondary, tertiary]; two letters for þ and ß. */
const LETTERS: Record<string, readonly [string, string, string]> = {
  'æ': [AE, 'x', 'a'], 'ø': [OE, 'v', 'a'], 'œ': [OE, 'x', 'a'],
  'đ': ['d', 'x', 'a'], 'ð': ['d', 'y', 'a'], 'ł': ['l', 'x', 'a'], 'ħ': ['h', 'x', 'a'], 'ſ': ['s', NO_MARK, 'c'],
  // after their base letter and everything that begins with it
  'ŋ': ['n~', NO_MARK, 'a'], 'ŧ': ['t~', NO_MARK, 'a'],
  'þ': ['th', NO_MARK + NO_MARK, 'cc'], 'ß': ['ss', NO_MARK + NO_MARK, 'cc'],
};

/**
 * A name's Swedish sort key (ASCII): its letters' weights, a space, their
 * accents, a space, their case. So `Zeta` < `Åsele` < `Ängel` < `Öst`, and
 * `eva` < `Eva` < `Éva` < `Evert`.
 */
export function sortKey(name: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const push = (p: string, s: string, t: string) => {
    primary += p;
    secondary += s;
    tertiary += t;
  };
  const chars = [...name.normalize('NFKD').trim().replace(/\s+/gu, ' ')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    let marks = '';
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1]!)) marks += chars[++i];
    const lower = c.toLowerCase();
    const tertiary1 = c !== lower ? 'b' : 'a';
    if (lower >= 'a' && lower <= 'z' && lower.length === 1) {
      const composed = marks ? COMPOSED[lower + marks[0]] : undefined;
      if (composed) push(composed[0], composed[1] ?? markWeight(marks.slice(1)), tertiary1);
      else push(lower, markWeight(marks), tertiary1);
    } else if (LETTERS[lower]) {
      const [p, s, t] = LETTERS[lower];
      push(p, s, tertiary1 === 'b' ? t.replace(/./g, 'd') : t);
    } else if (c >= '0' && c <= '9') push(c, NO_MARK, 'a');
    else if (c === ' ') push('!', NO_MARK, 'a');
    else if (/\p{P}/u.test(c)) push('"', NO_MARK, 'a');
    else if (/\p{S}/u.test(c)) push('#', NO_MARK, 'a');
    else if (/[\p{L}\p{N}]/u.test(c)) push(`~${c.codePointAt(0)!.toString(16).padStart(6, '0')}`, markWeight(marks), tertiary1);
    // anything else (a mark without a base, a format or control character) is ignored, as collation does
  }
  return `${primary} ${secondary} ${tertiary}`;
}
