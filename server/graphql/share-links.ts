// Read-only links to saved views and presentations (create, list, revoke), for editors and
// admins only; what a link shows is answered by the public route in
// server/shared-view.ts. Writes go through the request's guarded store.
import { Id } from '../../schema/domain.ts';
import type { Identity } from '../auth/accounts.ts';
import { ShareLinks, type ShareRecord } from '../auth/share-links.ts';
import { badInput, DomainError, notFound, parseInput } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';
import type { Resolvers } from './generated/types.ts';
import { parseDateTime } from './inputs.ts';
import { VIEW_NS, viewOut } from './map-docs.ts';
import { PRESENTATION_NS, presentationOut } from './presentations.ts';

/** Deny by default: only the roles that may change the map may hand out views of it. */
function mustEdit(user: Identity): void {
  if (user.role !== 'EDITOR' && user.role !== 'ADMIN') {
    throw new DomainError('FORBIDDEN', 'Only an editor or an admin may create, list or revoke read-only links', {
      details: { role: user.role },
      messageSv: 'Bara redaktörer och administratörer får skapa, se och återkalla läslänkar.',
    });
  }
}

async function linkOut(store: GraphStore, r: ShareRecord) {
  const view = r.viewId ? await store.getDoc(VIEW_NS, r.viewId) : null;
  const pres = r.presentationId ? await store.getDoc(PRESENTATION_NS, r.presentationId) : null;
  return {
    id: r.id, viewId: r.viewId, presentationId: r.presentationId, createdBy: r.createdBy, createdAt: r.createdAt, expiresAt: r.expiresAt, revokedAt: r.revokedAt, uses: r.uses, lastUsedAt: r.lastUsedAt,
    view: view ? viewOut(view) : null,
    presentation: pres ? await presentationOut(store, pres) : null,
  };
}

export const shareLinkResolvers: Resolvers = {
  Query: {
    shareLinks: async (_, _args, ctx) => {
      mustEdit(ctx.user);
      const links = await new ShareLinks(ctx.store).list();
      return Promise.all(links.map((r) => linkOut(ctx.store, r)));
    },
  },
  Mutation: {
    createShareLink: async (_, args, ctx) => {
      mustEdit(ctx.user);
      if ((args.viewId == null) === (args.presentationId == null)) {
        throw badInput('Give either viewId or presentationId', [{ path: ['viewId'], message: 'give either viewId or presentationId', messageSv: 'ange antingen en vy eller en presentation' }]);
      }
      const viewId = args.viewId == null ? null : parseInput(Id, args.viewId, ['viewId']);
      const presentationId = args.presentationId == null ? null : parseInput(Id, args.presentationId, ['presentationId']);
      const expiresAt = args.expiresAt == null ? null : new Date(parseDateTime(args.expiresAt, ['expiresAt'])).toISOString();
      if (expiresAt !== null && expiresAt <= new Date().toISOString()) {
        throw badInput('expiresAt must be in the future', [{ path: ['expiresAt'], message: 'must be in the future', messageSv: 'måste ligga i framtiden' }]);
      }
      if (viewId !== null && !(await ctx.store.getDoc(VIEW_NS, viewId))) throw notFound(viewId, 'saved view');
      if (presentationId !== null && !(await ctx.store.getDoc(PRESENTATION_NS, presentationId))) throw notFound(presentationId, 'presentation');
      const { token, record } = await new ShareLinks(ctx.store).create(viewId !== null ? { viewId } : { presentationId: presentationId! }, expiresAt, ctx.user.id);
      ctx.reply.request.log.info({ shareLink: record.id, view: viewId, presentation: presentationId, expiresAt, by: ctx.user.id }, 'read-only link created');
      return { token, path: `/v/${token}`, link: await linkOut(ctx.store, record) };
    },
    revokeShareLink: async (_, args, ctx) => {
      mustEdit(ctx.user);
      const id = parseInput(Id, args.id, ['id']);
      const record = await new ShareLinks(ctx.store).revoke(id, ctx.user.id);
      ctx.reply.request.log.info({ shareLink: id, by: ctx.user.id }, 'read-only link revoked');
      return linkOut(ctx.store, record);
    },
  },
};
