// Resolvers of the core API: lists with filters (lists.ts), node lookup, search,
// neighbourhood, the map, and the mutations. Relationship fields are loaders
// (relations.ts); analysis fields live in analysis.ts.
import {
  NodeLabel, type Change, type GraphEdge, type GraphNode,
} from '../../schema/domain.ts';
import { badInput } from '../errors.ts';
import { MAX_DEPTH, MAX_PAGE } from '../store/port.ts';
import type { GqlContext } from './context.ts';
import type { MutationResolvers, QueryResolvers, Resolvers } from './generated/types.ts';
import { listResolver } from './lists.ts';
import { changesFromInput, createChange, deleteChange, linkChange, parseDateTime, unlinkChange, updateChange } from './inputs.ts';
import { graphAsRecordedAt } from '../audit/replay.ts';
import { matchedFields } from '../store/shared.ts';
import { mapGraph, type GraphFilterInput } from '../../schema/map-graph.ts';

type Args = Record<string, unknown>;

async function applyOne(ctx: GqlContext, change: Change) {
  return (await ctx.store.apply([change], { by: ctx.user.id })).results[0]!;
}

type ListField = `${Uncapitalize<NodeLabel>}s`;
type NodeMutation = `${'create' | 'update' | 'delete'}${NodeLabel}`;

/** The list field of a node type: `Actor` → `actors`, `CareLevel` → `careLevels`. */
export const listFieldOf = (label: NodeLabel): ListField => `${label[0]!.toLowerCase()}${label.slice(1)}s` as ListField;

function nodeMutations(label: NodeLabel) {
  return [
    // a create or update always answers its node (the store's result has it)
    [`create${label}`, async (_: unknown, args: Args, ctx: GqlContext) => (await applyOne(ctx, createChange(label, args.input as Args))).node!],
    [`update${label}`, async (_: unknown, args: Args, ctx: GqlContext) => {
      const change = updateChange(label, args.id, args.patch as Args, ['patch'], args.expectedVersion);
      return (await applyOne(ctx, change)).node!;
    }],
    [`delete${label}`, async (_: unknown, args: Args, ctx: GqlContext) => {
      const change = deleteChange(label, args.id, ['id'], args.expectedVersion);
      const r = await ctx.store.apply([change], { by: ctx.user.id });
      return { id: change.id, deleted: true, version: r.version };
    }],
  ] as const;
}

const relationshipOut = (edge: GraphEdge | null | undefined) => (edge ? { ...edge } : null);

export const coreResolvers: Resolvers = {
  Node: {
    resolveType: (obj: GraphNode) => obj.label,
  },
  Relationship: {
    // from the read model (at the store's current version, which holds both ends of its relationships):
    // no store read per relationship
    from: async (edge, _, ctx) => (await ctx.analysis.snapshot()).node(edge.from)!,
    to: async (edge, _, ctx) => (await ctx.analysis.snapshot()).node(edge.to)!,
  },
  ChangeResult: {
    relationship: (r) => relationshipOut(r.edge),
  },
  Query: {
    node: async (_, { id }, ctx) => (await ctx.store.getNodes([id]))[0],
    nodes: async (_, { ids }, ctx) => {
      if (ids.length > MAX_PAGE) throw badInput(`At most ${MAX_PAGE} ids`, [{ path: ['ids'], message: `at most ${MAX_PAGE}`, messageSv: `högst ${MAX_PAGE}` }]);
      return ctx.store.getNodes(ids);
    },
    mapNodes: async (_, { ids }, ctx) => {
      if (ids.length > MAX_PAGE) throw badInput(`At most ${MAX_PAGE} ids`, [{ path: ['ids'], message: `at most ${MAX_PAGE}`, messageSv: `högst ${MAX_PAGE}` }]);
      return (await ctx.analysis.snapshot()).mapNodes(ids);
    },
    // one list per node type: actors, careLevels, forums, … (the SDL names them so)
    ...(Object.fromEntries(NodeLabel.options.map((label) => [listFieldOf(label), listResolver(label)])) as Pick<QueryResolvers, ListField>),
    neighbourhood: async (_, args, ctx) => {
      const depth = Number(args.depth ?? 1);
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
        throw badInput(`depth must be between 1 and ${MAX_DEPTH}`, [{ path: ['depth'], message: `must be between 1 and ${MAX_DEPTH}`, messageSv: `måste vara mellan 1 och ${MAX_DEPTH}` }]);
      }
      const types = args.types ?? undefined;
      const [sub, version] = await Promise.all([ctx.store.neighbourhood(args.id, depth, types ? { types } : {}), ctx.store.version()]);
      return mapGraph(sub, version, null);
    },
    graph: async (_, args, ctx) => {
      const filter: GraphFilterInput | null = args.filter ?? null;
      if (args.asRecordedAt != null) {
        const at = parseDateTime(args.asRecordedAt, ['asRecordedAt']);
        return mapGraph(await graphAsRecordedAt(ctx.store, at), -1, filter);
      }
      // the read model at the store's current version; each filter's map computed once per version
      const snap = await ctx.analysis.snapshot();
      return snap.mapGraph(filter);
    },
    search: async (_, args, ctx) => {
      const limit = Number(args.limit ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        throw badInput('limit must be between 1 and 100', [{ path: ['limit'], message: 'must be between 1 and 100', messageSv: 'måste vara mellan 1 och 100' }]);
      }
      const labels = args.labels ?? undefined;
      const text = args.text;
      const hits = await ctx.store.search(text, { limit, ...(labels ? { labels } : {}) });
      return hits.map((hit) => ({ ...hit, matchedFields: matchedFields(hit.node, text).map((f) => f.toUpperCase() as Uppercase<typeof f>) }));
    },
    storeStatus: async (_, __, ctx) => {
      const [info, version] = await Promise.all([ctx.store.ping(), ctx.store.version()]);
      return { kind: info.store, engineVersion: info.version, version };
    },
  },
  Mutation: {
    ...(Object.fromEntries(NodeLabel.options.flatMap(nodeMutations)) as Pick<MutationResolvers, NodeMutation>),
    // a link always answers its relationship (the store's result has it)
    link: async (_, args, ctx) => relationshipOut((await applyOne(ctx, linkChange(args.input))).edge)!,
    unlink: async (_, args, ctx) => {
      const r = await ctx.store.apply([unlinkChange(args.input)], { by: ctx.user.id });
      return { unlinked: true, version: r.version };
    },
    applyChanges: async (_, args, ctx) => {
      const changes = changesFromInput(args.changes);
      const r = await ctx.store.apply(changes, { by: ctx.user.id });
      return { version: r.version, results: r.results };
    },
  },
};
