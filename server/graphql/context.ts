// The request context every resolver and loader receives: Mercurius's own
// context, extended (by declaration merging) with our services and the user.
// Built once per request in graphql/index.ts, where `store` becomes the
// request's guarded store (every write checked against the user's rights).
import type { MercuriusContext } from 'mercurius';
import type { AnalysisEngine } from '../analysis/index.ts';
import type { Accounts, Identity } from '../auth/accounts.ts';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config.ts';
import type { LiveChanges } from '../live/changes.ts';
import type { GraphStore } from '../store/port.ts';

export interface Services {
  store: GraphStore;
  config: AppConfig;
  /** Gap analysis over a cached snapshot of the store. */
  analysis: AnalysisEngine;
  accounts: Accounts;
  /** Change events for the subscriptions. */
  live: LiveChanges;
}

declare module 'mercurius' {
  interface MercuriusContext extends Services {
    /** Who the request acts as; changes are attributed to `user.id`. */
    user: Identity;
    /** The request that opened a subscription's WebSocket (subscriptions only; HTTP requests have `reply.request`). */
    request: FastifyRequest;
  }
}

export type GqlContext = MercuriusContext;
