// Relationship fields of the GraphQL types, as data: each field is one
// relationship type followed in one direction. Loaders are generated from this
// table and read the read model (brought to the store's current version
// first), so a nested query costs the store one `version()` per level and no
// reads of relationships or nodes.
import { RelType, type GraphEdge, type GraphNode, type NodeLabel, type ParticipationRole } from '../../schema/domain.ts';
import type { Direction, Related } from '../store/port.ts';
import type { GqlContext } from './context.ts';
import type * as G from './generated/types.ts';

type Shape = 'node' | 'participation' | 'estimate';
interface RelField {
  type: RelType;
  direction: Direction;
  /** Keep only nodes of this label at the other end. */
  label?: NodeLabel;
  shape?: Shape;
}

/** Each node type in its GraphQL shape (generated from the SDL). */
interface GqlNodes { Actor: G.Actor; CareLevel: G.CareLevel; Forum: G.Forum; TargetGroup: G.TargetGroup; Initiative: G.Initiative; Gap: G.Gap }
/** The fields of a node type that list other elements, as the SDL has them. */
type ListField<L extends NodeLabel> = { [K in keyof GqlNodes[L]]-?: NonNullable<GqlNodes[L][K]> extends readonly unknown[] ? K : never }[keyof GqlNodes[L]] & string;
/** Every list field but `relationships` (one loader for all types) is one relationship followed. */
type RelFields<L extends NodeLabel> = Record<Exclude<ListField<L>, 'relationships'>, RelField>;

const f = (type: RelType, direction: Direction, label?: NodeLabel, shape?: Shape): RelField => ({ type, direction, ...(label ? { label } : {}), ...(shape ? { shape } : {}) });

export const REL_FIELDS: { [L in NodeLabel]: RelFields<L> } = {
  Actor: {
    partOf: f('PART_OF', 'out'),
    parts: f('PART_OF', 'in'),
    provides: f('PROVIDES', 'out'),
    orders: f('ORDERS', 'out'),
    participations: f('PARTICIPATES_IN', 'out', undefined, 'participation'),
    convenes: f('CONVENES', 'out'),
    pairedWith: f('PAIRED_WITH', 'both'),
    owns: f('OWNS', 'out'),
    initiatives: f('BELONGS_TO', 'out'),
    participatesIn: f('PARTICIPATES_IN', 'out', 'Forum'),
    coveredBy: f('COVERS', 'in', 'Forum'),
    forums: f('COVERS', 'in', 'Forum'),
    estimates: f('ESTIMATE', 'in', undefined, 'estimate'),
    gaps: f('BETWEEN', 'in'),
  },
  CareLevel: {
    providers: f('PROVIDES', 'in'),
    orderedBy: f('ORDERS', 'in'),
    forums: f('SPANS', 'in', 'Forum'),
    initiatives: f('SPANS', 'in', 'Initiative'),
    gaps: f('BETWEEN', 'in'),
  },
  Forum: {
    participants: f('PARTICIPATES_IN', 'in', undefined, 'participation'),
    convenedBy: f('CONVENES', 'in'),
    reportsTo: f('REPORTS_TO', 'out'),
    reportingForums: f('REPORTS_TO', 'in'),
    careLevels: f('SPANS', 'out'),
    areas: f('COVERS', 'out'),
    targetGroups: f('SERVES', 'out'),
    initiatives: f('BELONGS_TO', 'out'),
    owns: f('OWNS', 'out'),
    addresses: f('ADDRESSES', 'out'),
  },
  TargetGroup: {
    estimates: f('ESTIMATE', 'out', undefined, 'estimate'),
    forums: f('SERVES', 'in', 'Forum'),
    initiatives: f('SERVES', 'in', 'Initiative'),
    gaps: f('AFFECTS', 'in'),
  },
  Initiative: {
    owners: f('OWNS', 'in'),
    members: f('BELONGS_TO', 'in'),
    careLevels: f('SPANS', 'out'),
    areas: f('COVERS', 'out'),
    targetGroups: f('SERVES', 'out'),
    addresses: f('ADDRESSES', 'out'),
  },
  Gap: {
    between: f('BETWEEN', 'out'),
    affects: f('AFFECTS', 'out'),
    addressedBy: f('ADDRESSES', 'in'),
  },
};

const SWEDISH = new Intl.Collator('sv');
const byName = (a: Related, b: Related) => SWEDISH.compare(a.node.name, b.node.name) || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0);

/** A participation as `Actor.participations` and `Forum.participants` give it (the parent of `Participation`'s resolvers). */
export interface ParticipationRow {
  actor: GraphNode;
  forum: GraphNode;
  role: ParticipationRole;
  source: string;
  sourceNote: string | undefined;
}

/** A population estimate as `estimates` and the aggregates give it (the parent of `PopulationEstimate`'s resolvers). */
export interface EstimateRow {
  targetGroup: GraphNode;
  area: GraphNode;
  count: number | undefined;
  year: number | undefined;
  source: string;
  sourceNote: string | undefined;
}

type Row = GraphNode | ParticipationRow | EstimateRow;

function shapeRow(field: RelField, self: GraphNode, row: Related): Row {
  switch (field.shape) {
    case 'participation': {
      const [actor, forum] = self.label === 'Actor' ? [self, row.node] : [row.node, self];
      return { actor, forum, role: row.edge.role ?? 'MEMBER', source: row.edge.source, sourceNote: row.edge.sourceNote };
    }
    case 'estimate': {
      const [targetGroup, area] = self.label === 'TargetGroup' ? [self, row.node] : [row.node, self];
      return { targetGroup, area, count: row.edge.count, year: row.edge.year, source: row.edge.source, sourceNote: row.edge.sourceNote };
    }
    default:
      return row.node;
  }
}

/** A Mercurius loader of a node type's field: one list per query, in order (mercurius's own `Loader` types its answer `any`). */
type Loader<Params, Out> = (queries: Array<{ obj: GraphNode; params: Params }>, ctx: GqlContext) => Promise<Out[][]>;

const DIRECTION = { OUT: 'out', IN: 'in', BOTH: 'both' } as const;

/** `relationships(types, direction)` of every element: the relationships themselves (with their sources), by id. */
const relationships: Loader<G.NodeRelationshipsArgs, GraphEdge> = async (queries, ctx) => {
  const model = await ctx.analysis.snapshot();
  return queries.map(({ obj, params }) => {
    const types = params.types ?? RelType.options;
    const direction = DIRECTION[params.direction ?? 'BOTH'];
    const byId = new Map(types.flatMap((type) => model.related([obj.id], type, direction).map((r) => [r.edge.id, r.edge] as const)));
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
};

/** The loader of one relationship field: the elements at the other end, by name, in its shape. */
const follow = (field: RelField): Loader<unknown, Row> => async (queries, ctx) => {
  const model = await ctx.analysis.snapshot();
  const rows = model.related(queries.map((q) => q.obj.id), field.type, field.direction);
  const byOrigin = new Map<string, Related[]>();
  for (const r of rows) {
    if (field.label && r.node.label !== field.label) continue;
    (byOrigin.get(r.origin) ?? byOrigin.set(r.origin, []).get(r.origin)!).push(r);
  }
  return queries.map((q) => (byOrigin.get(q.obj.id) ?? []).sort(byName).map((r) => shapeRow(field, q.obj, r)));
};

type FieldLoaders = Record<string, Loader<G.NodeRelationshipsArgs, GraphEdge> | Loader<unknown, Row>>;

/** Mercurius loaders for every relationship field: `{ Forum: { participants: loader, … }, … }`. */
export function relationLoaders(): Record<string, FieldLoaders> {
  return Object.fromEntries(Object.entries(REL_FIELDS).map(([typeName, fields]): [string, FieldLoaders] => [
    typeName,
    { relationships, ...Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, follow(field)])) },
  ]));
}
