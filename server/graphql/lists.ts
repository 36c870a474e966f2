// The lists (`actors`, `forums`, …): a list's arguments as the store's
// NodeQuery, and the connection it answers. The aggregates (aggregates.ts)
// read the same filters, so a count by group and a filtered list agree.
import type { NodeLabel, NodeOrderField, OrderDirection, RelType } from '../../schema/domain.ts';
import { withParts } from '../../schema/hierarchy.ts';
import { badInput } from '../errors.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import { MAX_PAGE, type NodeQuery } from '../store/port.ts';
import type { GqlContext } from './context.ts';

type Args = Record<string, unknown>;
export type Filter = Record<string, unknown> | null | undefined;

/** How each label is tied to an area, a care level, a target group: what the area, care-level and target-group filters (and groups) follow. */
export const TIES: Record<NodeLabel, { area?: { types: RelType[]; direction: 'out' | 'both' }; careLevel?: RelType; targetGroup?: RelType }> = {
  Actor: { area: { types: ['PART_OF'], direction: 'out' }, careLevel: 'PROVIDES' },
  CareLevel: {},
  Forum: { area: { types: ['COVERS'], direction: 'out' }, careLevel: 'SPANS', targetGroup: 'SERVES' },
  TargetGroup: { area: { types: ['ESTIMATE'], direction: 'out' } },
  Initiative: { area: { types: ['COVERS', 'BELONGS_TO'], direction: 'both' }, careLevel: 'SPANS', targetGroup: 'SERVES' },
  Gap: { area: { types: ['BETWEEN'], direction: 'out' }, careLevel: 'BETWEEN', targetGroup: 'AFFECTS' },
};

export const PROPERTY_FILTERS = ['kind', 'principal', 'status', 'systemLevel', 'severity', 'mandate'] as const;

/** A list filter as the store's query (no page): a county-part filter takes the part's whole hierarchy from the read model. */
export async function filterQuery(model: () => Promise<ReadModel>, label: NodeLabel, filter: Filter): Promise<NodeQuery> {
  const q: NodeQuery = { label, first: 0, where: {}, related: [] };
  const fl = filter ?? {};
  for (const p of PROPERTY_FILTERS) {
    const v = fl[p] as string[] | null | undefined;
    if (v) q.where![p] = v;
  }
  const ties = TIES[label];
  const related = q.related as Array<NonNullable<NodeQuery['related']>[number]>;
  if (ties.area && (fl.municipality || fl.countyPart)) {
    if (fl.municipality) related.push({ ids: [String(fl.municipality)], types: ties.area.types, direction: ties.area.direction });
    if (fl.countyPart) {
      const m = await model();
      related.push({ ids: [...withParts(String(fl.countyPart), (id) => m.sources(id, 'PART_OF'))], types: ties.area.types, direction: ties.area.direction });
    }
  }
  if (ties.careLevel && fl.careLevel) related.push({ ids: [String(fl.careLevel)], types: [ties.careLevel], direction: 'out' });
  if (ties.targetGroup && fl.targetGroup) related.push({ ids: [String(fl.targetGroup)], types: [ties.targetGroup], direction: 'out' });
  if (label === 'Forum' && fl.participant) related.push({ ids: [String(fl.participant)], types: ['PARTICIPATES_IN'], direction: 'in' });
  if (typeof fl.text === 'string' && fl.text.trim()) q.text = fl.text;
  return q;
}

/** A list's arguments (filter, orderBy, first, after) as the store's query. */
export async function nodeQuery(model: () => Promise<ReadModel>, label: NodeLabel, args: Args): Promise<NodeQuery> {
  const n = Number(args.first ?? 50);
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE}`, [{ path: ['first'], message: `must be between 0 and ${MAX_PAGE}`, messageSv: `måste vara mellan 0 och ${MAX_PAGE}` }]);
  }
  const q = await filterQuery(model, label, args.filter as Filter);
  q.first = n;
  q.after = (args.after as string | null | undefined) ?? null;
  const order = args.orderBy as { field: NodeOrderField; direction?: OrderDirection | null } | null | undefined;
  if (order) q.orderBy = { field: order.field, direction: order.direction ?? 'ASC' };
  return q;
}

/** A page of a list, with the query it answered (for the connection's aggregates). */
export interface Connection {
  nodes: unknown[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  query: NodeQuery;
}

/** The resolver of a list field (`actors`, `forums`, …). */
export function listResolver(label: NodeLabel) {
  return async (_: unknown, args: Args, ctx: GqlContext): Promise<Connection> => {
    const query = await nodeQuery(() => ctx.analysis.snapshot(), label, args);
    const page = await ctx.store.listNodes(query);
    return { nodes: page.items, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor }, query };
  };
}
