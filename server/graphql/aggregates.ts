// Resolvers of the aggregates (schema/graphql/aggregates.graphql): each list
// counted by group, actors ranked by the forums they take part in, and
// target-group estimates summed over an area's parts. All read the read model
// at the store's current version (ctx.analysis.snapshot()), so both stores
// answer alike; the lists' filters select what is counted (lists.ts,
// select.ts), so a group's count is what the list filtered to that group
// holds.
import {
  ActorKind, CareLevelKind, ForumKind, GapKind, GapStatus, InitiativeKind, Mandate, Principal, Severity, Status, SystemLevel,
  type ActorGroupBy, type CareLevelGroupBy, type ForumGroupBy, type GapGroupBy, type GraphEdge, type GraphNode, type InitiativeGroupBy,
  type NodeLabel, type ParticipationRole, type TargetGroupGroupBy,
} from '../../schema/domain.ts';
import { reach, withParts } from '../../schema/hierarchy.ts';
import { badInput, notFound } from '../errors.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import { selectNodes } from '../read-model/select.ts';
import { MAX_PAGE } from '../store/port.ts';
import { sortKey } from '../store/shared.ts';
import type { GqlContext } from './context.ts';
import type { Resolvers } from './generated/types.ts';
import { TIES, filterQuery, type Connection, type Filter } from './lists.ts';
import type { EstimateRow } from './relations.ts';

type Args = Record<string, unknown>;

/** Swedish collation, then id: the order of relationship groups, ranks' ties, parts. */
const bySwedishName = (a: GraphNode, b: GraphNode) => {
  const [ka, kb] = [sortKey(a.name), sortKey(b.name)];
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

// ---- counts by group -----------------------------------------------------------

interface GroupCount {
  key: string | null;
  node: GraphNode | null;
  count: number;
}

/**
 * One way of grouping: by a property (every value of its enum, in order, and
 * the elements without one), or by the nodes an element is tied to (`of`
 * gives them; an element may be in several groups, or in none).
 */
type Grouping =
  | { property: string; values: readonly string[] }
  | { of: (model: ReadModel, node: GraphNode) => Iterable<string> };

const property = (name: string, values: readonly string[]): Grouping => ({ property: name, values });

/** The ids at the other end of a label's tie (TIES: what its area, care-level and target-group filters follow). */
const tiedTo = (model: ReadModel, node: GraphNode, types: readonly GraphEdge['type'][], direction: 'out' | 'both'): string[] =>
  types.flatMap((type) => model.related([node.id], type, direction).map((r) => r.node.id));

const isActorOfKind = (model: ReadModel, id: string, kind: string) => model.nodeOf('Actor', id)?.kind === kind;

/** Groups by the municipalities an element is tied to directly, as the `municipality` filter. */
const municipalityOf = (label: NodeLabel): Grouping => ({
  of: (model, node) => tiedTo(model, node, TIES[label].area!.types, TIES[label].area!.direction).filter((id) => isActorOfKind(model, id, 'MUNICIPALITY')),
});

/** Groups by the county parts an element's areas are, or are part of at any depth, as the `countyPart` filter. */
const countyPartOf = (label: NodeLabel): Grouping => ({
  of: (model, node) => {
    const parts = new Set<string>();
    for (const area of tiedTo(model, node, TIES[label].area!.types, TIES[label].area!.direction)) {
      for (const id of [area, ...reach(area, (x) => model.targets(x, 'PART_OF'))]) if (isActorOfKind(model, id, 'COUNTY_PART')) parts.add(id);
    }
    return parts;
  },
});

/** Groups by the nodes of one label at the end of a relationship type leaving the element. */
const targetsOf = (type: GraphEdge['type'], label: NodeLabel): Grouping => ({
  of: (model, node) => model.targets(node.id, type).filter((id) => model.node(id)?.label === label),
});

const GROUPINGS: {
  Actor: Record<ActorGroupBy, Grouping>;
  CareLevel: Record<CareLevelGroupBy, Grouping>;
  Forum: Record<ForumGroupBy, Grouping>;
  TargetGroup: Record<TargetGroupGroupBy, Grouping>;
  Initiative: Record<InitiativeGroupBy, Grouping>;
  Gap: Record<GapGroupBy, Grouping>;
} = {
  Actor: {
    KIND: property('kind', ActorKind.options),
    PRINCIPAL: property('principal', Principal.options),
    COUNTY_PART: countyPartOf('Actor'),
    MUNICIPALITY: municipalityOf('Actor'),
    CARE_LEVEL: targetsOf(TIES.Actor.careLevel!, 'CareLevel'),
  },
  CareLevel: {
    KIND: property('kind', CareLevelKind.options),
    PRINCIPAL: property('principal', Principal.options),
  },
  Forum: {
    KIND: property('kind', ForumKind.options),
    STATUS: property('status', Status.options),
    SYSTEM_LEVEL: property('systemLevel', SystemLevel.options),
    MANDATE: property('mandate', Mandate.options),
    COUNTY_PART: countyPartOf('Forum'),
    MUNICIPALITY: municipalityOf('Forum'),
    CARE_LEVEL: targetsOf(TIES.Forum.careLevel!, 'CareLevel'),
    TARGET_GROUP: targetsOf(TIES.Forum.targetGroup!, 'TargetGroup'),
  },
  TargetGroup: {
    COUNTY_PART: countyPartOf('TargetGroup'),
    MUNICIPALITY: municipalityOf('TargetGroup'),
  },
  Initiative: {
    KIND: property('kind', InitiativeKind.options),
    STATUS: property('status', Status.options),
    COUNTY_PART: countyPartOf('Initiative'),
    MUNICIPALITY: municipalityOf('Initiative'),
    CARE_LEVEL: targetsOf(TIES.Initiative.careLevel!, 'CareLevel'),
    TARGET_GROUP: targetsOf(TIES.Initiative.targetGroup!, 'TargetGroup'),
  },
  Gap: {
    KIND: property('kind', GapKind.options),
    SEVERITY: property('severity', Severity.options),
    STATUS: property('status', GapStatus.options),
    COUNTY_PART: countyPartOf('Gap'),
    MUNICIPALITY: municipalityOf('Gap'),
    CARE_LEVEL: targetsOf(TIES.Gap.careLevel!, 'CareLevel'),
    TARGET_GROUP: targetsOf(TIES.Gap.targetGroup!, 'TargetGroup'),
  },
};

/** Counts `nodes` by a grouping. */
export function countGroups(model: ReadModel, nodes: readonly GraphNode[], grouping: Grouping): GroupCount[] {
  const counts = new Map<string | null, number>();
  const add = (key: string | null) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if ('property' in grouping) {
    for (const node of nodes) add(((node as unknown as Record<string, unknown>)[grouping.property] as string | undefined) ?? null);
    const rows: GroupCount[] = grouping.values.map((v) => ({ key: v, node: null, count: counts.get(v) ?? 0 }));
    if (counts.has(null)) rows.push({ key: null, node: null, count: counts.get(null)! });
    return rows;
  }
  for (const node of nodes) {
    const keys = new Set(grouping.of(model, node));
    if (!keys.size) add(null);
    for (const k of keys) add(k);
  }
  const rows: GroupCount[] = [...counts].filter(([k]) => k !== null).map(([k, count]) => ({ key: k, node: model.node(k!)!, count }));
  rows.sort((a, b) => bySwedishName(a.node!, b.node!));
  if (counts.has(null)) rows.push({ key: null, node: null, count: counts.get(null)! });
  return rows;
}

function groupCountsOf(label: NodeLabel) {
  return async (conn: Connection, args: Args, ctx: GqlContext): Promise<GroupCount[]> => {
    const model = await ctx.analysis.snapshot();
    const grouping = (GROUPINGS[label] as Record<string, Grouping>)[String(args.by)]!;
    // not memoized: one pass over a label's nodes, cheaper than evicting what the analysis keeps in the model's memo
    return countGroups(model, selectNodes(model, conn.query), grouping);
  };
}

// ---- who sits in the most forums ------------------------------------------------------

interface ParticipantRank {
  rank: number;
  actor: GraphNode;
  forumCount: number;
  forums: GraphNode[];
}

async function topParticipants(_: unknown, args: Args, ctx: GqlContext): Promise<ParticipantRank[]> {
  const first = Number(args.first ?? 10);
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE}`, [{ path: ['first'], message: `must be between 1 and ${MAX_PAGE}`, messageSv: `måste vara mellan 1 och ${MAX_PAGE}` }]);
  }
  const model = await ctx.analysis.snapshot();
  const snapshot = async () => model;
  const actors = selectNodes(model, await filterQuery(snapshot, 'Actor', args.filter as Filter));
  const forums = args.forumFilter ? new Set(selectNodes(model, await filterQuery(snapshot, 'Forum', args.forumFilter as Filter)).map((f) => f.id)) : null;
  const roles = (args.roles as ParticipationRole[] | null | undefined) ?? null;
  const counted = actors.map((actor) => ({
    actor,
    forums: model.out(actor.id, 'PARTICIPATES_IN')
      .filter((e) => (!forums || forums.has(e.to)) && (!roles || roles.includes(e.role ?? 'MEMBER')))
      .map((e) => model.node(e.to)!)
      .sort(bySwedishName),
  })).filter((r) => r.forums.length > 0);
  counted.sort((a, b) => b.forums.length - a.forums.length || bySwedishName(a.actor, b.actor));
  return counted.slice(0, first).map((r, i, rows) => ({
    // competition ranking: a tie shares the place of the first of them
    rank: rows.findIndex((x) => x.forums.length === r.forums.length) + 1,
    actor: r.actor,
    forumCount: r.forums.length,
    forums: r.forums,
  }));
}

// ---- estimates summed over an area's parts ------------------------------------------------

/** A population estimate as the API gives it (the shape of `TargetGroup.estimates`); both its ends are in the model it was read from. */
const estimateRow = (model: ReadModel, e: GraphEdge): EstimateRow => ({
  targetGroup: model.node(e.from)!, area: model.node(e.to)!, count: e.count, year: e.year, source: e.source, sourceNote: e.sourceNote,
});

async function estimateTotals(_: unknown, args: Args, ctx: GqlContext) {
  const model = await ctx.analysis.snapshot();
  const areaId = String(args.area);
  const area = model.nodeOf('Actor', areaId);
  if (!area) throw notFound(areaId, 'area');
  const targetGroups = args.targetGroup != null ? [model.nodeOf('TargetGroup', String(args.targetGroup))] : model.nodes('TargetGroup');
  if (targetGroups.some((t) => !t)) throw notFound(String(args.targetGroup), 'target group');
  const year = args.year == null ? null : Number(args.year);
  const partsOf = (id: string) => model.sources(id, 'PART_OF');
  const parts = withParts(areaId, partsOf);
  parts.delete(areaId);
  const rows = [];
  for (const tg of [...targetGroups as GraphNode[]].sort(bySwedishName)) {
    const byYear = new Map<number, GraphEdge[]>();
    for (const e of model.out(tg.id, 'ESTIMATE')) {
      if ((e.to === areaId || parts.has(e.to)) && (year === null || e.year === year)) (byYear.get(e.year!) ?? byYear.set(e.year!, []).get(e.year!)!).push(e);
    }
    for (const [y, estimates] of [...byYear].sort(([a], [b]) => a - b)) {
      const estimated = new Set(estimates.map((e) => e.to));
      // the most detailed on each branch: a part counts when nothing below it has an estimate for the year
      const summed = estimates
        .filter((e) => e.to !== areaId && ![...withParts(e.to, partsOf)].some((below) => below !== e.to && estimated.has(below)))
        .sort((a, b) => bySwedishName(model.node(a.to)!, model.node(b.to)!));
      const stated = estimates.find((e) => e.to === areaId);
      rows.push({
        targetGroup: tg,
        area,
        year: y,
        count: summed.length ? summed.reduce((sum, e) => sum + (e.count ?? 0), 0) : null,
        parts: summed.map((e) => estimateRow(model, e)),
        stated: stated ? estimateRow(model, stated) : null,
      });
    }
  }
  return rows;
}

export const aggregateResolvers: Resolvers = {
  ActorConnection: { groupCounts: groupCountsOf('Actor') },
  CareLevelConnection: { groupCounts: groupCountsOf('CareLevel') },
  ForumConnection: { groupCounts: groupCountsOf('Forum') },
  TargetGroupConnection: { groupCounts: groupCountsOf('TargetGroup') },
  InitiativeConnection: { groupCounts: groupCountsOf('Initiative') },
  GapConnection: { groupCounts: groupCountsOf('Gap') },
  Query: { topParticipants, estimateTotals },
};
