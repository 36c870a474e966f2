// Presentations: saved views in order, each with a caption, kept as documents
// (PRESENTATION_NS) like saved views, so both stores carry them. Every
// argument crosses zod here; writes go through the request's guarded store
// (viewers are refused there; a scoped editor may not widen what a working
// read-only link shows). An update or delete that sends `expectedVersion` is
// a compare-and-set: a stale one is refused with CONFLICT and the current
// presentation.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { Id, Name, Text } from '../../schema/domain.ts';
import { badInput, DomainError, isDomainError, notFound, parseInput } from '../errors.ts';
import type { Doc, GraphStore } from '../store/port.ts';
import type { Resolvers } from './generated/types.ts';
import { parseDateTime } from './inputs.ts';
import { VIEW_NS, viewOut } from './map-docs.ts';

/** The document namespace of presentations. */
export const PRESENTATION_NS = 'presentations';
export const MAX_SLIDES = 50;
export const MAX_PRESENTATIONS = 200;

const Caption = Text.refine((v) => v.trim() !== '', { message: 'must not be empty' }).refine((v) => v.length <= 500, { message: 'must be at most 500 characters' });
const Slide = z.object({ viewId: Id, caption: Caption }).strict();
export const PresentationInput = z.object({ name: Name, slides: z.array(Slide).min(1).max(MAX_SLIDES) }).strict();
export type StoredPresentation = z.infer<typeof PresentationInput>;

/** A presentation as the API answers it, each step with its saved view (null when deleted since). */
export async function presentationOut(store: GraphStore, doc: Doc, views?: Map<string, Doc>) {
  const p = doc.value as StoredPresentation;
  const byId = views ?? new Map((await store.listDocs(VIEW_NS)).map((d) => [d.key, d]));
  return {
    id: doc.key, name: p.name, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy,
    slides: p.slides.map((s) => {
      const v = byId.get(s.viewId);
      return { viewId: s.viewId, caption: s.caption, view: v ? viewOut(v) : null };
    }),
  };
}

/** The input, its views checked to exist (each missing one named at its field). */
async function parsePresentation(store: GraphStore, input: unknown): Promise<StoredPresentation> {
  const p = parseInput(PresentationInput, input, ['input']);
  const views = new Set((await store.listDocs(VIEW_NS)).map((d) => d.key));
  const missing = p.slides.flatMap((s, i) => (views.has(s.viewId) ? [] : [{ path: ['input', 'slides', i, 'viewId'], message: `no saved view with id "${s.viewId}"`, messageSv: `det finns ingen sparad vy med id ”${s.viewId}”` }]));
  if (missing.length) throw badInput(`Every step must show a saved view: ${missing.map((m) => m.message).join('; ')}`, missing);
  return p;
}

/** CONFLICT for a stale `expectedVersion`, with the presentation as it is now. */
async function stale(store: GraphStore, doc: Doc, expected: string): Promise<DomainError> {
  const name = (doc.value as StoredPresentation).name;
  return new DomainError('CONFLICT', `The presentation "${name}" has been changed by ${doc.updatedBy} since version ${expected}; nothing was written`, {
    messageSv: `Presentationen ”${name}” har ändrats av någon annan sedan du öppnade den; inget sparades. Läs in den igen eller gör om din ändring.`,
    details: { id: doc.key, reason: 'STALE_VERSION', expected, current: await presentationOut(store, doc) },
  });
}

export const presentationResolvers: Resolvers = {
  Query: {
    presentations: async (_, _args, ctx) => {
      const views = new Map((await ctx.store.listDocs(VIEW_NS)).map((d) => [d.key, d]));
      const docs = await ctx.store.listDocs(PRESENTATION_NS);
      const out = await Promise.all(docs.map((d) => presentationOut(ctx.store, d, views)));
      return out.sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
    },
    presentation: async (_, args, ctx) => {
      const id = parseInput(Id, args.id, ['id']);
      const doc = await ctx.store.getDoc(PRESENTATION_NS, id);
      return doc ? presentationOut(ctx.store, doc) : null;
    },
  },
  Mutation: {
    createPresentation: async (_, args, ctx) => {
      const p = await parsePresentation(ctx.store, args.input);
      if ((await ctx.store.listDocs(PRESENTATION_NS)).length >= MAX_PRESENTATIONS) {
        throw badInput(`At most ${MAX_PRESENTATIONS} presentations`, [{ path: ['input'], message: `at most ${MAX_PRESENTATIONS} presentations`, messageSv: `högst ${MAX_PRESENTATIONS} presentationer` }]);
      }
      const id = `pres-${randomBytes(6).toString('hex')}`;
      const doc = await ctx.store.putDoc(PRESENTATION_NS, id, p, { by: ctx.user.id }, null);
      return presentationOut(ctx.store, doc);
    },
    updatePresentation: async (_, args, ctx) => {
      const id = parseInput(Id, args.id, ['id']);
      const expected = args.expectedVersion == null ? undefined : parseDateTime(args.expectedVersion, ['expectedVersion']);
      const p = await parsePresentation(ctx.store, args.input);
      const before = await ctx.store.getDoc(PRESENTATION_NS, id);
      if (!before) throw notFound(id, 'presentation');
      if (expected !== undefined && before.updatedAt !== expected) throw await stale(ctx.store, before, expected);
      try {
        // a compare-and-set on the version read, so a write in between is not overwritten either
        return presentationOut(ctx.store, await ctx.store.putDoc(PRESENTATION_NS, id, p, { by: ctx.user.id }, before.updatedAt));
      } catch (e) {
        const now = isDomainError(e) && e.code === 'CONFLICT' ? await ctx.store.getDoc(PRESENTATION_NS, id) : null;
        if (now && expected !== undefined) throw await stale(ctx.store, now, expected);
        throw e;
      }
    },
    deletePresentation: async (_, args, ctx) => {
      const id = parseInput(Id, args.id, ['id']);
      const expected = args.expectedVersion == null ? undefined : parseDateTime(args.expectedVersion, ['expectedVersion']);
      const before = await ctx.store.getDoc(PRESENTATION_NS, id);
      if (!before) throw notFound(id, 'presentation');
      try {
        // a compare-and-set on the version sent, so a change in between is not deleted unseen
        await ctx.store.deleteDoc(PRESENTATION_NS, id, expected);
      } catch (e) {
        const now = isDomainError(e) && e.code === 'CONFLICT' ? await ctx.store.getDoc(PRESENTATION_NS, id) : null;
        if (now && expected !== undefined) throw await stale(ctx.store, now, expected);
        throw e;
      }
      return { id, deleted: true };
    },
  },
};
