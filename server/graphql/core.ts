// Resolvers of the core API: lists with filters, node lookup, search,
// neighbourhood, the map, and the mutations. Relationship fields are loaders
// (relations.ts); analysis fields live in analysis.ts.
import type { IResolvers } from 'mercurius';
import {
  NodeLabel, type Change, type GraphEdge, type GraphNode, type RelType,
} from '../../schema/domain.ts';
import { badInput } from '../errors.ts';
import { MAX_DEPTH, MAX_PAGE, type NodeQuery } from '../store/port.ts';
import type { GqlContext } from './context.ts';
import { changesFromInput, createChange, deleteChange, linkChange, parseDateTime, unlinkChange, updateChange } from './inputs.ts';
import { graphAsRecordedAt } from '../audit/replay.ts';
import { canonicalJson } from '../store/shared.ts';
import { mapGraph, type GraphFilterInput } from '../../schema/map-graph.ts';
import { withParts } from '../../schema/hierarchy.ts';
import type { ReadModel } from '../read-model/read-model.ts';

type Args = Record<string, unknown>;
type Filter = Record<string, unknown> | null | undefined;

/** How each label is tied to an area, a care level, a target group. */
const TIES: Record<NodeLabel, { area?: { types: RelType[]; direction: 'out' | 'both' }; careLevel?: RelType; targetGroup?: RelType }> = {
  Actor: { area: { types: ['PART_OF'], direction: 'out' }, careLevel: 'PROVIDES' },
  CareLevel: {},
  Forum: { area: { types: ['COVERS'], direction: 'out' }, careLevel: 'SPANS', targetGroup: 'SERVES' },
  TargetGroup: { area: { types: ['ESTIMATE'], direction: 'out' } },
  Initiative: { area: { types: ['COVERS', 'BELONGS_TO'], direction: 'both' }, careLevel: 'SPANS', targetGroup: 'SERVES' },
  Gap: { area: { types: ['BETWEEN'], direction: 'out' }, careLevel: 'BETWEEN', targetGroup: 'AFFECTS' },
};

const PROPERTY_FILTERS = ['kind', 'principal', 'status', 'systemLevel', 'severity', 'mandate'] as const;

/** A list query's store query; a county-part filter takes the part's whole hierarchy from the read model. */
async function nodeQuery(model: () => Promise<ReadModel>, label: NodeLabel, filter: Filter, first: unknown, after: unknown): Promise<NodeQuery> {
  const n = Number(first ?? 50);
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE}`, [{ path: ['first'], message: `must be between 0 and ${MAX_PAGE}`, messageSv: `måste vara mellan 0 och ${MAX_PAGE}` }]);
  }
  const q: NodeQuery = { label, first: n, after: (after as string | null | undefined) ?? null, where: {}, related: [] };
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

function listResolver(label: NodeLabel) {
  return async (_: unknown, args: Args, ctx: GqlContext) => {
    const page = await ctx.store.listNodes(await nodeQuery(() => ctx.analysis.snapshot(), label, args.filter as Filter, args.first, args.after));
    return { nodes: page.items, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  };
}

async function applyOne(ctx: GqlContext, change: Change) {
  return (await ctx.store.apply([change], { by: ctx.user.id })).results[0]!;
}

/** The list field of a node type: `Actor` → `actors`, `CareLevel` → `careLevels`. */
export const listFieldOf = (label: NodeLabel): string => `${label[0]!.toLowerCase()}${label.slice(1)}s`;

function nodeMutations(label: NodeLabel) {
  return {
    [`create${label}`]: async (_: unknown, args: Args, ctx: GqlContext) => (await applyOne(ctx, createChange(label, args.input as Args))).node,
    [`update${label}`]: async (_: unknown, args: Args, ctx: GqlContext) => {
      const change = updateChange(label, args.id, args.patch as Args);
      return (await applyOne(ctx, change)).node;
    },
    [`delete${label}`]: async (_: unknown, args: Args, ctx: GqlContext) => {
      const change = deleteChange(label, args.id);
      const r = await ctx.store.apply([change], { by: ctx.user.id });
      return { id: change.id, deleted: true, version: r.version };
    },
  };
}

const relationshipOut = (edge: GraphEdge | null | undefined) => (edge ? { ...edge } : null);

export const coreResolvers: IResolvers = {
  Node: {
    resolveType: (obj: GraphNode) => obj.label,
  },
  Relationship: {
    // from the read model (at the store's current version): no store read per relationship
    from: async (edge: GraphEdge, _: unknown, ctx: GqlContext) => (await ctx.analysis.snapshot()).node(edge.from) ?? null,
    to: async (edge: GraphEdge, _: unknown, ctx: GqlContext) => (await ctx.analysis.snapshot()).node(edge.to) ?? null,
  },
  ChangeResult: {
    relationship: (r: { edge?: GraphEdge | null }) => relationshipOut(r.edge),
  },
  Query: {
    node: async (_: unknown, { id }: Args, ctx: GqlContext) => (await ctx.store.getNodes([String(id)]))[0],
    nodes: async (_: unknown, { ids }: Args, ctx: GqlContext) => {
      const list = ids as string[];
      if (list.length > MAX_PAGE) throw badInput(`At most ${MAX_PAGE} ids`, [{ path: ['ids'], message: `at most ${MAX_PAGE}`, messageSv: `högst ${MAX_PAGE}` }]);
      return ctx.store.getNodes(list);
    },
    // one list per node type: actors, careLevels, forums, … (the SDL names them so)
    ...Object.fromEntries(NodeLabel.options.map((label) => [listFieldOf(label), listResolver(label)])),
    neighbourhood: async (_: unknown, args: Args, ctx: GqlContext) => {
      const depth = Number(args.depth ?? 1);
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
        throw badInput(`depth must be between 1 and ${MAX_DEPTH}`, [{ path: ['depth'], message: `must be between 1 and ${MAX_DEPTH}`, messageSv: `måste vara mellan 1 och ${MAX_DEPTH}` }]);
      }
      const types = (args.types as RelType[] | null | undefined) ?? undefined;
      const [sub, version] = await Promise.all([ctx.store.neighbourhood(String(args.id), depth, types ? { types } : {}), ctx.store.version()]);
      return mapGraph(sub, version, null);
    },
    graph: async (_: unknown, args: Args, ctx: GqlContext) => {
      if (args.asRecordedAt != null) {
        const at = parseDateTime(args.asRecordedAt, ['asRecordedAt']);
        return mapGraph(await graphAsRecordedAt(ctx.store, at), -1, (args.filter as GraphFilterInput | null | undefined) ?? null);
      }
      // the read model at the store's current version; each filter's map computed once per version
      const snap = await ctx.analysis.snapshot();
      const filter = (args.filter as GraphFilterInput | null | undefined) ?? null;
      return snap.cached(`map-graph:${canonicalJson(filter)}`, () => mapGraph(snap.data, snap.version, filter));
    },
    search: async (_: unknown, args: Args, ctx: GqlContext) => {
      const limit = Number(args.limit ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        throw badInput('limit must be between 1 and 100', [{ path: ['limit'], message: 'must be between 1 and 100', messageSv: 'måste vara mellan 1 och 100' }]);
      }
      const labels = (args.labels as NodeLabel[] | null | undefined) ?? undefined;
      return ctx.store.search(String(args.text), { limit, ...(labels ? { labels } : {}) });
    },
    storeStatus: async (_: unknown, __: Args, ctx: GqlContext) => {
      const [info, version] = await Promise.all([ctx.store.ping(), ctx.store.version()]);
      return { kind: info.store, engineVersion: info.version, version };
    },
  },
  Mutation: {
    ...Object.assign({}, ...NodeLabel.options.map(nodeMutations)),
    link: async (_: unknown, args: Args, ctx: GqlContext) => relationshipOut((await applyOne(ctx, linkChange(args.input as Args))).edge),
    unlink: async (_: unknown, args: Args, ctx: GqlContext) => {
      const r = await ctx.store.apply([unlinkChange(args.input as Args)], { by: ctx.user.id });
      return { unlinked: true, version: r.version };
    },
    applyChanges: async (_: unknown, args: Args, ctx: GqlContext) => {
      const changes = changesFromInput(args.changes as Args[]);
      const r = await ctx.store.apply(changes, { by: ctx.user.id });
      return { version: r.version, results: r.results };
    },
  },
};
