// The audit trail through GraphQL: an element's history, the changes by
// whom, when and where, and restoring an element to a logged version (as a
// new change by the restorer, checked like every other write).
import { z } from 'zod';
import { Id, nodeProps, type GraphNode } from '../../schema/domain.ts';
import { Placement } from '../auth/scope.ts';
import { notFound, parseInput } from '../errors.ts';
import { MAX_CHANGES, type ChangeEntry } from '../store/port.ts';
import { propsOf } from '../store/shared.ts';
import type { Resolvers } from './generated/types.ts';
import { DateTimeArg } from './inputs.ts';

const First = z.number().int().min(1).max(1000);
const HistoryArgs = z.object({ id: Id, first: First });
const ChangesArgs = z.object({ since: DateTimeArg.nullish(), until: DateTimeArg.nullish(), by: z.string().max(100).nullish(), scope: Id.nullish(), first: First });
const RestoreArgs = z.object({ id: Id, seq: z.number().int().min(1) });

export const auditResolvers: Resolvers = {
  Query: {
    history: async (_, args, ctx) => {
      const a = parseInput(HistoryArgs, args);
      return ctx.store.changes({ node: a.id, limit: a.first });
    },
    changes: async (_, args, ctx) => {
      const a = parseInput(ChangesArgs, args);
      const query = { newestFirst: true, ...(a.since ? { from: a.since } : {}), ...(a.until ? { until: a.until } : {}), ...(a.by ? { by: a.by } : {}) };
      if (!a.scope) return ctx.store.changes({ ...query, limit: a.first });
      // in an area: entries about elements that lie in it, as the map stands now
      const placement = Placement.fromSnapshot(await ctx.analysis.snapshot());
      const scopes = new Set([a.scope]);
      const out: ChangeEntry[] = [];
      let before: ChangeEntry | undefined;
      for (let round = 0; round < 20 && out.length < a.first; round++) {
        const page = await ctx.store.changes({ ...query, ...(before ? { until: before.at } : {}), limit: MAX_CHANGES });
        const fresh = before ? page.filter((c) => c.seq < before!.seq) : page;
        for (const c of fresh) {
          const ends = c.target.includes('|') ? [c.target.split('|')[0]!, c.target.split('|')[2]!] : [c.target];
          if (ends.some((id) => placement.has(id) && placement.inScope(id, scopes))) out.push(c);
          if (out.length >= a.first) break;
        }
        if (page.length < MAX_CHANGES || !fresh.length) break;
        before = fresh.at(-1);
      }
      return out;
    },
  },
  Mutation: {
    restore: async (_, args, ctx) => {
      const a = parseInput(RestoreArgs, args);
      const [entry] = await ctx.store.changes({ node: a.id, since: a.seq - 1, limit: 1 });
      if (!entry || entry.seq !== a.seq || entry.target !== a.id) throw notFound(`${a.id}@${a.seq}`, 'version');
      const version = (entry.op === 'delete' ? entry.before : entry.after) as GraphNode | null;
      if (!version) throw notFound(`${a.id}@${a.seq}`, 'version');
      const { label } = version;
      const props = propsOf(version);
      const [current] = await ctx.store.getNodes([a.id]);
      const known = Object.keys(nodeProps[label].shape);
      const change = current
        ? { op: 'update' as const, id: a.id, label, props, unset: known.filter((k) => !(k in props) && k in current) }
        : { op: 'create' as const, id: a.id, label, props };
      return (await ctx.store.apply([change], { by: ctx.user.id })).results[0]!.node!;
    },
  },
};
