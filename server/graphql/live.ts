// Resolvers of the live updates (schema/graphql/live.graphql): each
// subscriber gets the app's change events (server/live/changes.ts) with the
// names of who made them, for as long as its sign-in holds.
import { DomainError } from '../errors.ts';
import type { MapChange } from '../live/changes.ts';
import type { GqlContext } from './context.ts';
import type { MapChange as MapChangeOut, Resolvers } from './generated/types.ts';

/** How long a subscriber's sign-in is trusted before it is checked again (at its next event). */
export const RECHECK_MS = 1_000;

/**
 * The events for one subscriber, as an iterator that ends (and unsubscribes)
 * the moment the client does: an async generator would wait for the next
 * event before it could stop.
 */
function eventsFor(ctx: GqlContext): AsyncIterableIterator<{ mapChanged: MapChangeOut }> {
  const stream = ctx.live.stream();
  const names = new Map<string, string>();
  let checkedAt = Date.now();
  const nameOf = async (id: string) => {
    if (!names.has(id)) names.set(id, (await ctx.accounts.getUser(id))?.name ?? id);
    return names.get(id)!;
  };
  const stillSignedIn = async () => {
    if (Date.now() - checkedAt < RECHECK_MS) return;
    const now = await ctx.app.reidentify(ctx.request);
    if (!now || now.id !== ctx.user.id) {
      await stream.return!();
      throw new DomainError('UNAUTHENTICATED', 'The sign-in behind this subscription no longer holds; sign in again', { messageSv: 'Inloggningen gäller inte längre; logga in igen.' });
    }
    checkedAt = Date.now();
  };
  const deliver = async (event: MapChange) => {
    await stillSignedIn();
    return { mapChanged: { ...event, byNames: await Promise.all(event.by.map(nameOf)) } };
  };
  return {
    async next() {
      const r = await stream.next();
      return r.done ? { value: undefined, done: true } : { value: await deliver(r.value), done: false };
    },
    return: async () => {
      await stream.return!();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export const liveResolvers: Resolvers = {
  Subscription: {
    mapChanged: {
      subscribe: (_parent, _args, ctx) => eventsFor(ctx),
    },
  },
};
