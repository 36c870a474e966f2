// Relationship fields of the GraphQL types, as data: each field is one
// relationship type followed in one direction. Loaders are generated from this
// table and read the read model (brought to the store's current version
// first), so a nested query costs the store one `version()` per level and no
// reads of relationships or nodes.
import { RelType, type GraphNode, type NodeLabel } from '../../schema/domain.ts';
import type { Direction, Related } from '../store/port.ts';
import type { GqlContext } from './context.ts';

type Shape = 'node' | 'participation' | 'estimate';
interface RelField {
  type: RelType;
  direction: Direction;
  /** Keep only nodes of this label at the other end. */
  label?: NodeLabel;
  shape?: Shape;
}

const f = (type: RelType, direction: Direction, label?: NodeLabel, shape?: Shape): RelField => ({ type, direction, ...(label ? { label } : {}), ...(shape ? { shape } : {}) });

export const REL_FIELDS: Record<NodeLabel, Record<string, RelField>> = {
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

function shapeRow(field: RelField, self: GraphNode, row: Related): unknown {
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

type Loader = (queries: Array<{ obj: GraphNode; params?: Record<string, unknown> }>, ctx: GqlContext) => Promise<unknown[][]>;

const DIRECTION = { OUT: 'out', IN: 'in', BOTH: 'both' } as const;

/** `relationships(types, direction)` of every element: the relationships themselves (with their sources), by id. */
const relationships: Loader = async (queries, ctx) => {
  const model = await ctx.analysis.snapshot();
  return queries.map(({ obj, params = {} }) => {
    const types = (params.types as RelType[] | null | undefined) ?? RelType.options;
    const direction = DIRECTION[(params.direction as keyof typeof DIRECTION | null | undefined) ?? 'BOTH'];
    const byId = new Map(types.flatMap((type) => model.related([obj.id], type, direction).map((r) => [r.edge.id, r.edge] as const)));
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
};

/** Mercurius loaders for every relationship field: `{ Forum: { participants: loader, … }, … }`. */
export function relationLoaders(): Record<string, Record<string, Loader>> {
  const out: Record<string, Record<string, Loader>> = {};
  for (const [typeName, fields] of Object.entries(REL_FIELDS)) {
    out[typeName] = { relationships };
    for (const [name, field] of Object.entries(fields)) {
      out[typeName][name] = async (queries, ctx) => {
        const model = await ctx.analysis.snapshot();
        const rows = model.related(queries.map((q) => q.obj.id), field.type, field.direction);
        const byOrigin = new Map<string, Related[]>();
        for (const r of rows) {
          if (field.label && r.node.label !== field.label) continue;
          (byOrigin.get(r.origin) ?? byOrigin.set(r.origin, []).get(r.origin)!).push(r);
        }
        return queries.map((q) => (byOrigin.get(q.obj.id) ?? []).sort(byName).map((r) => shapeRow(field, q.obj, r)));
      };
    }
  }
  return out;
}
