// The steps of a start that are not the app itself, each a named function the
// entry point (main.ts) calls: the first admin, and the seed of an empty store.
import type { FastifyBaseLogger } from 'fastify';
import { isEmpty, seedStore } from '../seed/load.ts';
import { Accounts } from './auth/accounts.ts';
import type { AppConfig } from './config.ts';
import type { GraphStore } from './store/port.ts';

/** A start that must not go on; `message` tells the operator what to do. */
export class StartupRefused extends Error {
  readonly exitCode = 78; // EX_CONFIG
}

/**
 * Sign-in is required beyond loopback (or with AUTH=required): never start
 * without an admin. Creates one from ADMIN_USER/ADMIN_PASSWORD when the store
 * has none; refuses the start when those are not set either.
 */
export async function ensureAdmin(config: AppConfig, store: GraphStore, log: FastifyBaseLogger): Promise<void> {
  if (!config.auth.required) return;
  const accounts = new Accounts(store);
  if (await accounts.hasAdmin()) return;
  if (config.auth.adminUser && config.auth.adminPassword) {
    await accounts.createUser({ id: config.auth.adminUser, role: 'ADMIN', password: config.auth.adminPassword }, 'startup');
    log.info(`Created the admin "${config.auth.adminUser}" from ADMIN_USER/ADMIN_PASSWORD`);
    return;
  }
  throw new StartupRefused(
    `Sign-in is required (HOST=${config.host}${process.env.AUTH === 'required' ? ', AUTH=required' : ''}) and the store has no admin.\n` +
      'Create one with `npm run admin -- create-admin --username NAME` (the password is read from standard input),\n' +
      'or set ADMIN_USER and ADMIN_PASSWORD for the first start.',
  );
}

/** With SEED=auto, an empty store gets the Västerbotten dataset. */
export async function seedIfEmpty(config: AppConfig, store: GraphStore, log: FastifyBaseLogger): Promise<void> {
  if (config.seed !== 'auto' || !(await isEmpty(store))) return;
  const r = await seedStore(store);
  log.info(`Empty store: loaded the Västerbotten dataset (${r.nodes} elements, ${r.edges} relationships)`);
}
