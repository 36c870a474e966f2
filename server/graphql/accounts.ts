// Users and API tokens through GraphQL (the audit trail is audit.ts).
import { z } from 'zod';
import { Role } from '../../schema/domain.ts';
import { Password, REGION_SCOPE, Username, type Identity } from '../auth/accounts.ts';
import { DomainError, badInput, parseInput } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';
import type { Resolvers } from './generated/types.ts';

const mustBeAdmin = (user: Identity) => {
  if (user.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'Only an ADMIN may do this', { details: { role: user.role } });
};

const Scopes = z.array(z.string().trim().min(1)).max(100);

/** Scopes name the region or real county parts and municipalities. */
async function checkScopes(store: GraphStore, scopes: string[] | undefined | null, path: (string | number)[]) {
  if (!scopes) return;
  const ids = scopes.filter((s) => s !== REGION_SCOPE);
  const nodes = await store.getNodes(ids);
  const bad = ids.filter((id, i) => {
    const n = nodes[i];
    return !(n?.label === 'Actor' && (n.kind === 'COUNTY_PART' || n.kind === 'MUNICIPALITY' || n.kind === 'REGION'));
  });
  if (bad.length) {
    throw badInput(`Not a county part or municipality: ${bad.join(', ')}`, [{ path, message: 'must be `region` or ids of county parts or municipalities', messageSv: 'måste vara `region` eller id för länsdelar eller kommuner' }]);
  }
}

const publicUser = (u: { id: string; name: string; role: Role; scopes: string[]; disabled?: boolean; createdAt?: string }) => ({
  id: u.id, name: u.name, role: u.role, scopes: u.scopes, disabled: u.disabled ?? false, createdAt: u.createdAt ?? null,
});

const UserInput = z.object({ id: Username, name: z.string().trim().max(200).nullish(), role: Role, scopes: Scopes.nullish(), password: Password.nullish() });
const UserPatch = z.object({ name: z.string().trim().max(200).nullish(), role: Role.nullish(), scopes: Scopes.nullish(), password: Password.nullish(), disabled: z.boolean().nullish() });
const TokenArgs = z.object({ name: z.string().trim().min(1).max(100), expiresInDays: z.number().int().min(1).max(366), userId: Username.nullish() });

const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]?: NonNullable<T[K]> };

export const accountResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ({ user: publicUser(ctx.user), via: ctx.user.via, authRequired: ctx.config.auth.required }),
    users: async (_, __, ctx) => {
      mustBeAdmin(ctx.user);
      return (await ctx.accounts.listUsers()).map(publicUser);
    },
    apiTokens: async (_, args, ctx) => {
      if (args.userId !== ctx.user.id) mustBeAdmin(ctx.user);
      const all = await ctx.accounts.listTokens(args.userId ?? undefined);
      return all.map(({ hash: _h, ...t }) => t);
    },
  },
  Mutation: {
    createUser: async (_, args, ctx) => {
      mustBeAdmin(ctx.user);
      const input = parseInput(UserInput, args.input, ['input']);
      await checkScopes(ctx.store, input.scopes, ['input', 'scopes']);
      return publicUser(await ctx.accounts.createUser(strip(input) as never, ctx.user.id));
    },
    updateUser: async (_, args, ctx) => {
      mustBeAdmin(ctx.user);
      const id = parseInput(Username, args.id, ['id']);
      const patch = parseInput(UserPatch, args.patch, ['patch']);
      await checkScopes(ctx.store, patch.scopes, ['patch', 'scopes']);
      return publicUser(await ctx.accounts.updateUser(id, strip(patch), ctx.user.id));
    },
    createApiToken: async (_, args, ctx) => {
      const a = parseInput(TokenArgs, args);
      const userId = a.userId ?? ctx.user.id;
      if (userId !== ctx.user.id) mustBeAdmin(ctx.user);
      if (ctx.user.via === 'local' && userId === ctx.user.id) {
        throw badInput('The local user has no account to hold a token; create a user first (npm run admin)', [{ path: ['userId'], message: 'create a user first', messageSv: 'skapa en användare först' }]);
      }
      const { token, record } = await ctx.accounts.createToken(userId, a.name, a.expiresInDays, ctx.user.id);
      const { hash: _h, ...apiToken } = record;
      return { token, apiToken };
    },
    revokeApiToken: async (_, args, ctx) => {
      const mine = (await ctx.accounts.listTokens(ctx.user.id)).some((t) => t.id === args.id);
      if (!mine) mustBeAdmin(ctx.user);
      const { hash: _h, ...t } = await ctx.accounts.revokeToken(args.id, ctx.user.id);
      return t;
    },
  },
};
