// Local accounts, API tokens and sign-in sessions, kept as documents in the
// store (so both adapters carry them). Secrets are never stored: passwords as
// scrypt hashes, tokens and session ids as SHA-256 digests.
import { randomBytes } from 'node:crypto';
import { digest, newSecret, sameDigest } from './secrets.ts';
import { z } from 'zod';
import { badInput, conflict, DomainError, isDomainError, notFound } from '../errors.ts';
import { updateDoc } from '../store/docs.ts';
import type { GraphStore } from '../store/port.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

import { Role } from '../../schema/enums.ts';

export { Role };

/** The whole region; otherwise a scope is the id of a county part or municipality. */
export const REGION_SCOPE = 'region';

export const Username = z.string().trim().toLowerCase().regex(/^[a-z0-9._@-]{2,64}$/, { message: 'must be 2–64 characters: letters, digits, . _ @ -' });
export const Password = z.string().min(12, { message: 'must be at least 12 characters' }).max(200);

const UserRecord = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  scopes: z.array(z.string()),
  passwordHash: z.string().optional(),
  disabled: z.boolean().default(false),
  createdAt: z.string(),
});
export type UserRecord = z.infer<typeof UserRecord>;

const TokenRecord = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  hash: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().optional(),
});
export type TokenRecord = z.infer<typeof TokenRecord>;

const SessionRecord = z.object({ userId: z.string(), createdAt: z.string(), expiresAt: z.string() });

/** Who a request acts as. */
export interface Identity {
  id: string;
  name: string;
  role: Role;
  scopes: string[];
  /** How the identity was established. */
  via: 'local' | 'session' | 'token' | 'oidc';
}

/** The one user of a loopback-only embedded install: no sign-in, full rights. */
export const LOCAL_USER: Identity = { id: 'local', name: 'Lokal användare', role: 'ADMIN', scopes: [REGION_SCOPE], via: 'local' };

/** Document namespaces of accounts (sessions are short-lived and never copied). */
export const AUTH_NS = { users: 'auth.users', tokens: 'auth.tokens', sessions: 'auth.sessions' } as const;
const NS = AUTH_NS;
const TOKEN_PREFIX = 'svk_';

export const toIdentity = (u: UserRecord, via: Identity['via']): Identity => ({ id: u.id, name: u.name, role: u.role, scopes: u.scopes, via });

export class Accounts {
  constructor(private readonly store: GraphStore, private readonly now: () => Date = () => new Date()) {}


  async getUser(id: string): Promise<UserRecord | null> {
    const d = await this.store.getDoc(NS.users, id);
    return d ? UserRecord.parse(d.value) : null;
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.store.listDocs(NS.users)).map((d) => UserRecord.parse(d.value));
  }

  async hasAdmin(): Promise<boolean> {
    return (await this.listUsers()).some((u) => u.role === 'ADMIN' && !u.disabled);
  }

  async createUser(input: { id: string; name?: string; role: Role; scopes?: string[]; password?: string }, by = 'auth'): Promise<UserRecord> {
    const id = Username.parse(input.id);
    Role.parse(input.role);
    if (await this.getUser(id)) throw conflict(`A user "${id}" already exists`, { id });
    const user: UserRecord = {
      id,
      name: input.name?.trim() || id,
      role: input.role,
      scopes: input.scopes?.length ? input.scopes : [REGION_SCOPE],
      disabled: false,
      createdAt: this.now().toISOString(),
      ...(input.password ? { passwordHash: await hashPassword(Password.parse(input.password)) } : {}),
    };
    // written only where none is (compare-and-set on "no document"): of two creating the same user at once, one is told
    await this.store.putDoc(NS.users, id, user, { by }, null).catch((e: unknown) => {
      throw isDomainError(e) && e.code === 'CONFLICT' ? conflict(`A user "${id}" already exists`, { id }) : e;
    });
    return user;
  }

  async updateUser(id: string, patch: { name?: string; role?: Role; scopes?: string[]; password?: string; disabled?: boolean }, by = 'auth'): Promise<UserRecord> {
    const changes: Partial<UserRecord> = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.role !== undefined ? { role: Role.parse(patch.role) } : {}),
      ...(patch.scopes !== undefined ? { scopes: patch.scopes } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      ...(patch.password !== undefined ? { passwordHash: await hashPassword(Password.parse(patch.password)) } : {}),
    };
    // over the user as stored when written (updateDoc): two changes made at once both stay
    const doc = await updateDoc(this.store, NS.users, id, (d) => {
      if (!d) throw notFound(id, 'user');
      return { ...UserRecord.parse(d.value), ...changes };
    }, { by });
    const next = UserRecord.parse(doc!.value);
    // a new password or a disabled account ends every way in the old one opened
    if (patch.password !== undefined || patch.disabled === true) await this.endAccess(id, by);
    return next;
  }

  /** Ends every session of the user and revokes every live token (after a password reset or when disabled). */
  async endAccess(userId: string, by = 'auth'): Promise<{ sessions: number; tokens: number }> {
    const sessions = (await this.store.listDocs(NS.sessions)).filter((d) => SessionRecord.safeParse(d.value).data?.userId === userId);
    for (const d of sessions) await this.store.deleteDoc(NS.sessions, d.key);
    const tokens = (await this.listTokens(userId)).filter((t) => !t.revokedAt);
    for (const t of tokens) await this.revokeToken(t.id, by);
    return { sessions: sessions.length, tokens: tokens.length };
  }

  /** The user for a username and password, or null (the same answer for an unknown user and a wrong password). */
  async checkPassword(username: string, password: string): Promise<UserRecord | null> {
    const user = await this.getUser(username.trim().toLowerCase());
    // hash anyway, so an unknown user costs the same time as a wrong password
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    return user && ok && !user.disabled ? user : null;
  }

  // ---- API tokens ----------------------------------------------------------

  /** Creates a token; the secret is returned once and never stored. */
  async createToken(userId: string, name: string, expiresInDays: number, by = 'auth'): Promise<{ token: string; record: TokenRecord }> {
    if (!(await this.getUser(userId))) throw notFound(userId, 'user');
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 366) {
      throw badInput('expiresInDays must be between 1 and 366', [{ path: ['expiresInDays'], message: 'must be between 1 and 366', messageSv: 'måste vara mellan 1 och 366' }]);
    }
    const id = randomBytes(6).toString('hex');
    const secret = newSecret();
    const now = this.now();
    const record: TokenRecord = {
      id, userId, name: name.trim().slice(0, 100) || 'token', hash: digest(secret),
      createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + expiresInDays * 86_400_000).toISOString(),
    };
    await this.store.putDoc(NS.tokens, id, record, { by });
    return { token: `${TOKEN_PREFIX}${id}_${secret}`, record };
  }

  async listTokens(userId?: string): Promise<TokenRecord[]> {
    return (await this.store.listDocs(NS.tokens)).map((d) => TokenRecord.parse(d.value)).filter((t) => !userId || t.userId === userId);
  }

  async revokeToken(id: string, by = 'auth'): Promise<TokenRecord> {
    const revokedAt = this.now().toISOString();
    const doc = await updateDoc(this.store, NS.tokens, id, (d) => {
      if (!d) throw notFound(id, 'token');
      return { ...TokenRecord.parse(d.value), revokedAt };
    }, { by });
    return TokenRecord.parse(doc!.value);
  }

  /** The identity a bearer token stands for; UNAUTHENTICATED when unknown, revoked or expired. */
  async identityForToken(token: string): Promise<Identity> {
    const m = /^svk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
    const d = m ? await this.store.getDoc(NS.tokens, m[1]!) : null;
    const record = d ? TokenRecord.parse(d.value) : null;
    if (!m || !record || !sameDigest(record.hash, digest(m[2]!))) throw new DomainError('UNAUTHENTICATED', 'Unknown API token');
    if (record.revokedAt) throw new DomainError('UNAUTHENTICATED', 'This API token has been revoked');
    if (record.expiresAt <= this.now().toISOString()) throw new DomainError('UNAUTHENTICATED', 'This API token has expired');
    const user = await this.getUser(record.userId);
    if (!user || user.disabled) throw new DomainError('UNAUTHENTICATED', 'The token’s user is disabled');
    return toIdentity(user, 'token');
  }

  // ---- sessions (the web page's cookie) ------------------------------------

  async createSession(userId: string, hours: number): Promise<string> {
    const secret = newSecret();
    const now = this.now();
    await this.store.putDoc(NS.sessions, digest(secret), { userId, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString() }, { by: userId });
    return secret;
  }

  async identityForSession(secret: string): Promise<Identity | null> {
    const d = await this.store.getDoc(NS.sessions, digest(secret));
    if (!d) return null;
    const s = SessionRecord.parse(d.value);
    if (s.expiresAt <= this.now().toISOString()) {
      await this.store.deleteDoc(NS.sessions, digest(secret));
      return null;
    }
    const user = await this.getUser(s.userId);
    return user && !user.disabled ? toIdentity(user, 'session') : null;
  }

  async endSession(secret: string): Promise<void> {
    await this.store.deleteDoc(NS.sessions, digest(secret));
  }
}
