// What the web map stores beside the graph, as small documents through the
// port (getDoc/putDoc/listDocs/deleteDoc): node positions per layout and named
// saved views. Every argument crosses zod once, here.
import { z } from 'zod';
import { Id, Name } from '../../schema/domain.ts';
import { badInput, notFound, parseInput } from '../errors.ts';
import { updateDoc } from '../store/docs.ts';
import type { Doc } from '../store/port.ts';
import type { Resolvers } from './generated/types.ts';

/** Document namespaces; one per kind of thing, so a listing never mixes them. */
export const LAYOUT_NS = 'map-layout';
export const VIEW_NS = 'map-view';

/** Generous for the 10 000-element synthetic graph, small enough to bound one document. */
export const MAX_POSITIONS = 50_000;
/** A view state is a URL's worth of settings, not a data store. */
export const MAX_VIEW_STATE_BYTES = 16 * 1024;
export const MAX_VIEWS = 500;

const LayoutKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be 1–40 characters: lower-case letters, digits and - (not first)' });
/** Positions are finite and on a sane canvas (Cytoscape model coordinates). */
const Coord = z.number().finite().min(-1e7).max(1e7);
const Position = z.object({ id: Id, x: Coord, y: Coord });

const SaveLayoutArgs = z.object({
  key: LayoutKey,
  positions: z.array(Position).max(MAX_POSITIONS),
  replace: z.boolean(),
});

const ViewState = z
  .record(z.string(), z.unknown())
  .refine((v) => JSON.stringify(v).length <= MAX_VIEW_STATE_BYTES, { message: `must be at most ${MAX_VIEW_STATE_BYTES} bytes as JSON` });

const SaveViewInput = z.object({ id: Id.optional(), name: Name, state: ViewState }).strict();



/** Stored as one object id → [x, y]: compact for ten thousand elements. */
type StoredLayout = { positions: Record<string, [number, number]> };

function layoutOut(key: string, doc: Doc | null) {
  const stored = (doc?.value as StoredLayout | undefined)?.positions ?? {};
  return {
    key,
    positions: Object.entries(stored).map(([id, [x, y]]) => ({ id, x, y })),
    updatedAt: doc?.updatedAt ?? null,
    updatedBy: doc?.updatedBy ?? null,
  };
}

export type StoredView = { name: string; state: Record<string, unknown> };

/** A saved view as the API answers it. */
export const viewOut = (doc: Doc) => {
  const v = doc.value as StoredView;
  return { id: doc.key, name: v.name, state: v.state, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy };
};

type Args = Record<string, unknown>;

/** A readable key from a view's name: `view-vindeln-planerat`. */
export function viewId(name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
  return `view-${slug || 'x'}`;
}

export const mapDocsResolvers: Resolvers = {
  Query: {
    mapLayout: async (_, args, ctx) => {
      const key = parseInput(LayoutKey, args.key ?? 'main', ['key']);
      return layoutOut(key, await ctx.store.getDoc(LAYOUT_NS, key));
    },
    savedViews: async (_, _args, ctx) =>
      (await ctx.store.listDocs(VIEW_NS)).map(viewOut).sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id)),
    savedView: async (_, args, ctx) => {
      const id = parseInput(Id, args.id, ['id']);
      const doc = await ctx.store.getDoc(VIEW_NS, id);
      return doc ? viewOut(doc) : null;
    },
  },
  Mutation: {
    saveMapLayout: async (_, args, ctx) => {
      const a = parseInput(SaveLayoutArgs, { key: args.key ?? 'main', positions: args.positions, replace: args.replace ?? false });
      const merged = (before: Doc | null): StoredLayout => {
        const positions: Record<string, [number, number]> = { ...((before?.value as StoredLayout | undefined)?.positions ?? {}) };
        // rounded to a tenth of a pixel: exact enough to look the same, a third of the bytes
        for (const p of a.positions) positions[p.id] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
        if (Object.keys(positions).length > MAX_POSITIONS) {
          throw badInput(`A layout holds at most ${MAX_POSITIONS} positions`, [
            { path: ['positions'], message: `at most ${MAX_POSITIONS} in one layout`, messageSv: `högst ${MAX_POSITIONS} i en layout` },
          ]);
        }
        return { positions };
      };
      const by = { by: ctx.user.id };
      // a merge is a compare-and-set on the layout (updateDoc): two people dragging at once both keep their moves
      const doc = a.replace ? await ctx.store.putDoc(LAYOUT_NS, a.key, merged(null), by) : (await updateDoc(ctx.store, LAYOUT_NS, a.key, merged, by))!;
      return layoutOut(a.key, doc);
    },
    resetMapLayout: async (_, args, ctx) => {
      const key = parseInput(LayoutKey, args.key ?? 'main', ['key']);
      return ctx.store.deleteDoc(LAYOUT_NS, key);
    },
    saveView: async (_, args, ctx) => {
      const input = parseInput(SaveViewInput, Object.fromEntries(Object.entries((args.input ?? {}) as Args).filter(([, v]) => v != null)), ['input']);
      const key = input.id ?? viewId(input.name);
      const existing = await ctx.store.getDoc(VIEW_NS, key);
      if (!existing && (await ctx.store.listDocs(VIEW_NS)).length >= MAX_VIEWS) {
        throw badInput(`At most ${MAX_VIEWS} saved views`, [{ path: ['input'], message: `at most ${MAX_VIEWS} saved views`, messageSv: `högst ${MAX_VIEWS} sparade vyer` }]);
      }
      const doc = await ctx.store.putDoc(VIEW_NS, key, { name: input.name, state: input.state } satisfies StoredView, { by: ctx.user.id });
      return viewOut(doc);
    },
    deleteView: async (_, args, ctx) => {
      const id = parseInput(Id, args.id, ['id']);
      const deleted = await ctx.store.deleteDoc(VIEW_NS, id);
      if (!deleted) throw notFound(id, 'saved view');
      return { id, deleted };
    },
  },
};
