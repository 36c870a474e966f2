// The domain, once: node and relationship schemas, their provenance, and the
// changes that may be applied to the graph. Types are inferred, never restated.
import { z } from 'zod';
import { SV_WORDS } from './vocabulary.ts';
import {
  ActorKind, CareLevelKind, ForumKind, GapKind, GapStatus, InitiativeKind, Mandate, MeetingFrequency,
  NodeLabel, ParticipationRole, Principal, RelType, Severity, Status, SystemLevel,
} from './enums.ts';

export * from './enums.ts';

// ---- scalars -------------------------------------------------------------

/** A stable key: lower-case letters, digits and `._:-`; never contains `|`. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9._:-]{0,127}$/, {
  message: 'must be 1–128 characters: lower-case letters, digits, and . _ : - (not first)',
});

// Text is normalised (Unicode NFC, trimmed) and refused when some export could
// not carry it: a NUL, other control characters (a long text may hold tabs and
// line breaks, kept as LF), lone surrogates and noncharacters. A required text
// needs at least one visible character; an optional one is left out, not empty
// (a spreadsheet cannot tell an empty text from none).

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_TAB_AND_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** U+FDD0–U+FDEF and the last two code points of every plane: never text, and XML cannot hold U+FFFE/U+FFFF. */
const NONCHARACTER = /[\u{FDD0}-\u{FDEF}\u{FFFE}\u{FFFF}\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
/** Letters that show nothing (Hangul fillers, the braille blank). */
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** Something to see: a letter, digit, punctuation mark or symbol (not only spaces, format characters, combining marks). */
const visible = (s: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(s.replace(BLANK_LETTERS, ''));

export const TEXT_MESSAGES = {
  nul: 'must not contain a NUL character',
  surrogate: 'must be valid Unicode text (it has a lone surrogate)',
  noncharacter: 'must not contain Unicode noncharacters',
  controlShort: 'must not contain line breaks, tabs or other control characters',
  controlLong: 'must not contain control characters (other than tab and line breaks)',
  empty: 'must not be empty',
  emptyOptional: 'must not be empty (leave it out instead)',
} as const;

/**
 * A text field: NFC, trimmed (unless `trim: false`, for keys), and refused
 * with one clear message when an export could not carry it. `multiline`
 * allows tab and line breaks (CR LF and CR become LF).
 */
function textField(opts: { max: number; multiline?: boolean; required?: boolean; trim?: boolean }) {
  let s = z.string().normalize('NFC');
  if (opts.trim !== false) s = s.trim();
  if (opts.multiline) s = s.overwrite((v) => (v.includes('\r') ? v.replace(/\r\n?/g, '\n') : v));
  return s
    .refine((v) => !v.includes('\u0000'), { message: TEXT_MESSAGES.nul, abort: true })
    .refine((v) => !LONE_SURROGATE.test(v), { message: TEXT_MESSAGES.surrogate, abort: true })
    .refine((v) => !NONCHARACTER.test(v), { message: TEXT_MESSAGES.noncharacter, abort: true })
    .refine((v) => !(opts.multiline ? CONTROL_BUT_TAB_AND_LF : CONTROL).test(v), {
      message: opts.multiline ? TEXT_MESSAGES.controlLong : TEXT_MESSAGES.controlShort, abort: true,
    })
    .refine(opts.required ? visible : (v) => v.trim() !== '', {
      message: opts.required ? TEXT_MESSAGES.empty : TEXT_MESSAGES.emptyOptional, abort: true,
    })
    .max(opts.max);
}

/** A name: one line of at most 200 characters, with something visible in it. */
export const Name = textField({ max: 200, required: true });
/** Free text: lines (LF), tabs, at most 10 000 characters. */
export const Text = textField({ max: 10_000, multiline: true });
export const IsoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
/** Where a fact comes from: a seed document id (e.g. `002_3be67d7d3a733685`), `illustrative`, or free text. */
export const Source = textField({ max: 500, required: true });
/** A short optional text on one line (a short name, a code). */
const ShortText = (max: number) => textField({ max });
/** A key kept exactly as given (not trimmed): a rule id, a finding key. */
const KeyText = (max: number) => textField({ max, trim: false });
export const ILLUSTRATIVE = 'illustrative';

/** Set by the store on every write; never accepted from clients. */
export const Provenance = z.object({
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Provenance = z.infer<typeof Provenance>;

// ---- node properties (what a client may write) -----------------------------

const common = {
  name: Name,
  description: Text.optional(),
  source: Source.default(ILLUSTRATIVE),
  /** Where in the source: a page, a slide, a quotation. */
  sourceNote: Text.optional(),
};

export const ActorProps = z.object({
  ...common,
  kind: ActorKind,
  principal: Principal,
  /** Short name or abbreviation: RS, HSN, CLG. */
  shortName: ShortText(40).optional(),
  /** Official code, e.g. a municipality's kommunkod (2480 for Umeå). */
  code: ShortText(20).optional(),
});

export const CareLevelProps = z.object({
  ...common,
  kind: CareLevelKind,
  principal: Principal,
});

export const ForumProps = z.object({
  ...common,
  kind: ForumKind,
  systemLevel: SystemLevel,
  status: Status,
  mandate: Mandate.optional(),
  meetingFrequency: MeetingFrequency.optional(),
  /** True when the forum is meant to bring both sides of the region–municipality boundary together. */
  crossesBoundary: z.boolean().default(true),
  /** Top of a reporting structure: it reports to no other forum by design. */
  topLevel: z.boolean().default(false),
  plannedStart: IsoDate.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
});

export const TargetGroupProps = z.object({
  ...common,
  /** How the group is delimited, e.g. "ca 5 % av personer 65+". */
  definition: Text.optional(),
});

export const InitiativeProps = z.object({
  ...common,
  kind: InitiativeKind,
  status: Status,
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
});

export const GapProps = z.object({
  ...common,
  kind: GapKind,
  severity: Severity,
  status: GapStatus.default('IDENTIFIED'),
  /** What shows the gap exists. */
  evidence: Text.optional(),
  /** When promoted from a detected finding: the rule and the finding's key. */
  ruleId: KeyText(100).optional(),
  findingKey: KeyText(500).optional(),
});

/** Per label, the properties a client writes (patches are `.partial()` of these). */
export const nodeProps = {
  Actor: ActorProps,
  CareLevel: CareLevelProps,
  Forum: ForumProps,
  TargetGroup: TargetGroupProps,
  Initiative: InitiativeProps,
  Gap: GapProps,
} as const;

export interface Problem {
  path: (string | number)[];
  message: string;
}

/**
 * Rules across properties, checked on the whole node after every create or
 * update (by the store, which alone sees the merged result).
 */
export function nodeInvariants(props: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const { startDate, endDate } = props as { startDate?: string; endDate?: string };
  if (startDate && endDate && endDate < startDate) {
    problems.push({ path: ['endDate'], message: 'must not be before the start date' });
  }
  return problems;
}

export type ActorProps = z.infer<typeof ActorProps>;
export type CareLevelProps = z.infer<typeof CareLevelProps>;
export type ForumProps = z.infer<typeof ForumProps>;
export type TargetGroupProps = z.infer<typeof TargetGroupProps>;
export type InitiativeProps = z.infer<typeof InitiativeProps>;
export type GapProps = z.infer<typeof GapProps>;

type WithMeta<L extends NodeLabel, P> = P & { id: string; label: L } & Provenance;
export type ActorNode = WithMeta<'Actor', ActorProps>;
export type CareLevelNode = WithMeta<'CareLevel', CareLevelProps>;
export type ForumNode = WithMeta<'Forum', ForumProps>;
export type TargetGroupNode = WithMeta<'TargetGroup', TargetGroupProps>;
export type InitiativeNode = WithMeta<'Initiative', InitiativeProps>;
export type GapNode = WithMeta<'Gap', GapProps>;
export type GraphNode = ActorNode | CareLevelNode | ForumNode | TargetGroupNode | InitiativeNode | GapNode;
export type NodeOf<L extends NodeLabel> = Extract<GraphNode, { label: L }>;

/** Properties every label may be filtered on, when the label has them. */
export const FILTERABLE = ['kind', 'principal', 'status', 'systemLevel', 'severity', 'mandate'] as const;
export type Filterable = (typeof FILTERABLE)[number];

/** All property keys any node may carry (for the Neo4j schema and the linter). */
export const NODE_PROPERTY_KEYS = [
  ...new Set([
    'id', 'nameKey', ...Object.keys(Provenance.shape),
    ...Object.values(nodeProps).flatMap((s) => Object.keys(s.shape)),
  ]),
];

/** The key that makes a name unique within its label: case and spacing do not count. */
export const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** A readable id from a name: `forum-lokal-samverkan-vindeln`. */
export function idFromName(label: NodeLabel, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `${label.toLowerCase()}-${slug || 'x'}`;
}

// ---- relationships -------------------------------------------------------

export const EstimateProps = z.object({
  count: z.number().int().min(0).max(100_000_000),
  year: z.number().int().min(1900).max(2100),
  source: Source,
  sourceNote: Text.optional(),
});
export const ParticipationProps = z.object({
  role: ParticipationRole.default('MEMBER'),
  source: Source.default(ILLUSTRATIVE),
  sourceNote: Text.optional(),
});
export const PlainEdgeProps = z.object({
  source: Source.default(ILLUSTRATIVE),
  sourceNote: Text.optional(),
});

interface RelSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  props: z.ZodObject;
  /** Stored once for the pair, whichever way it was given. */
  symmetric?: boolean;
}

/** Which labels each relationship type joins, and what it carries. */
export const RELATIONSHIPS: Record<RelType, RelSpec> = {
  PART_OF: { from: ['Actor'], to: ['Actor'], props: PlainEdgeProps },
  PROVIDES: { from: ['Actor'], to: ['CareLevel'], props: PlainEdgeProps },
  ORDERS: { from: ['Actor'], to: ['CareLevel'], props: PlainEdgeProps },
  PARTICIPATES_IN: { from: ['Actor'], to: ['Forum'], props: ParticipationProps },
  CONVENES: { from: ['Actor'], to: ['Forum'], props: PlainEdgeProps },
  REPORTS_TO: { from: ['Forum'], to: ['Forum'], props: PlainEdgeProps },
  SPANS: { from: ['Forum', 'Initiative'], to: ['CareLevel'], props: PlainEdgeProps },
  COVERS: { from: ['Forum', 'Initiative'], to: ['Actor'], props: PlainEdgeProps },
  SERVES: { from: ['Forum', 'Initiative'], to: ['TargetGroup'], props: PlainEdgeProps },
  OWNS: { from: ['Actor', 'Forum'], to: ['Initiative'], props: PlainEdgeProps },
  BELONGS_TO: { from: ['Forum', 'Actor'], to: ['Initiative'], props: PlainEdgeProps },
  ADDRESSES: { from: ['Forum', 'Initiative'], to: ['Gap'], props: PlainEdgeProps },
  BETWEEN: { from: ['Gap'], to: ['Actor', 'CareLevel'], props: PlainEdgeProps },
  AFFECTS: { from: ['Gap'], to: ['TargetGroup'], props: PlainEdgeProps },
  PAIRED_WITH: { from: ['Actor'], to: ['Actor'], props: PlainEdgeProps, symmetric: true },
  ESTIMATE: { from: ['TargetGroup'], to: ['Actor'], props: EstimateProps },
};

export type EstimateProps = z.infer<typeof EstimateProps>;
export type ParticipationProps = z.infer<typeof ParticipationProps>;
export type EdgeProps = { source: string; sourceNote?: string | undefined; role?: ParticipationRole; count?: number; year?: number };

export interface GraphEdge extends Provenance {
  id: string;
  type: RelType;
  from: string;
  to: string;
  source: string;
  sourceNote?: string | undefined;
  role?: ParticipationRole | undefined;
  count?: number | undefined;
  year?: number | undefined;
}

export const EDGE_PROPERTY_KEYS = ['id', 'role', 'count', 'year', 'source', 'sourceNote', ...Object.keys(Provenance.shape)];

/** Orients a symmetric pair the one way it is stored. */
export function orient(type: RelType, from: string, to: string): [string, string] {
  return RELATIONSHIPS[type].symmetric && to < from ? [to, from] : [from, to];
}

/** The identity of a relationship: one per type and (oriented) pair, and per year for estimates. */
export function edgeId(type: RelType, from: string, to: string, year?: number): string {
  const [a, b] = orient(type, from, to);
  return type === 'ESTIMATE' ? `${a}|${type}|${b}|${year}` : `${a}|${type}|${b}`;
}

// ---- changes -------------------------------------------------------------

/** A change to the graph, already validated. Stores apply lists of these atomically. */
export type Change =
  | { op: 'create'; label: NodeLabel; id: string; props: Record<string, unknown> }
  /** `label`, when given, must be the node's label (else NOT_FOUND); `expected`, when given, its version (`updatedAt`) the change was based on (else CONFLICT). */
  | { op: 'update'; id: string; label?: NodeLabel; props: Record<string, unknown>; unset?: string[]; expected?: string }
  | { op: 'delete'; id: string; label?: NodeLabel; expected?: string }
  | { op: 'link'; type: RelType; from: string; to: string; props: EdgeProps }
  | { op: 'unlink'; type: RelType; from: string; to: string; year?: number };

/** Nodes and edges for a bulk upsert (seed, import, copy): keyed, idempotent. */
export interface Batch {
  nodes: Array<{ id: string; label: NodeLabel; props: Record<string, unknown> }>;
  edges: Array<{ type: RelType; from: string; to: string; props: EdgeProps }>;
}

export { NodeLabel, RelType };

// ---- recorded gaps -------------------------------------------------------

const GAP_ORDER = GapStatus.options;

/**
 * A recorded gap moves identified → analysed → being addressed → closed, one
 * step at a time; a step back corrects a mistake, and a closed gap may reopen
 * (back to identified).
 */
export function gapTransitionAllowed(from: GapStatus, to: GapStatus): boolean {
  if (from === to) return true;
  if (from === 'CLOSED' && to === 'IDENTIFIED') return true;
  return Math.abs(GAP_ORDER.indexOf(to) - GAP_ORDER.indexOf(from)) === 1;
}

/**
 * Why a recorded gap may not move from one status to another, in English and
 * Swedish, with the statuses it may move to; null when it may. The one wording
 * of the rule: the stores refuse such an update with it, and the API and the
 * import report it.
 */
export function gapTransitionProblem(from: GapStatus, to: GapStatus): { message: string; messageSv: string; allowed: GapStatus[] } | null {
  if (gapTransitionAllowed(from, to)) return null;
  const sv = (s: GapStatus) => SV_WORDS.GapStatus[s].toLowerCase();
  return {
    message: `cannot move from ${from} to ${to} in one step (identified → analysed → being addressed → closed; a closed gap may reopen)`,
    messageSv: `kan inte gå från ${sv(from)} till ${sv(to)} i ett steg (identifierat → analyserat → åtgärdas → stängt; ett stängt kan öppnas igen)`,
    allowed: GAP_ORDER.filter((s) => s !== from && gapTransitionAllowed(from, s)),
  };
}
