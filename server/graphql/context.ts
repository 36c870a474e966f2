// The request context every resolver and loader receives: Mercurius's own
// context, extended (by declaration merging) with our services and the user.
// Built once per request in graphql/index.ts.
import type { MercuriusContext } from 'mercurius';
import type { AnalysisEngine } from '../analysis/index.ts';
import type { AppConfig } from '../config.ts';
import type { GraphStore } from '../store/port.ts';

export interface RequestUser {
  /** Who changes are attributed to. */
  id: string;
}

export interface Services {
  store: GraphStore;
  config: AppConfig;
  /** Gap analysis over a cached snapshot of the store. */
  analysis: AnalysisEngine;
}

declare module 'mercurius' {
  interface MercuriusContext extends Services {
    user: RequestUser;
  }
}

export type GqlContext = MercuriusContext;
