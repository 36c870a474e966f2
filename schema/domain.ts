// The domain, once: node and relationship schemas, their provenance, and the
// changes that may be applied to the graph. Types are inferred, never restated.
import { z } from 'zod';
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
export const Name = z.string().trim().min(1, { message: 'must not be empty' }).max(200);
export const Text = z.string().trim().max(10_000);
export const IsoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
/** Where a fact comes from: a seed document id (e.g. `002_3be67d7d3a733685`), `illustrative`, or free text. */
export const Source = z.string().trim().min(1, { message: 'must not be empty' }).max(500);
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
  shortName: z.string().trim().max(40).optional(),
  /** Official code, e.g. a municipality's kommunkod (2480 for Umeå). */
  code: z.string().trim().max(20).optional(),
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
  ruleId: z.string().max(100).optional(),
  findingKey: z.string().max(500).optional(),
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
  /** `label`, when given, must be the node's label (else NOT_FOUND). */
  | { op: 'update'; id: string; label?: NodeLabel; props: Record<string, unknown>; unset?: string[] }
  | { op: 'delete'; id: string; label?: NodeLabel }
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
