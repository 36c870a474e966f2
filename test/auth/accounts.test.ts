// Accounts, tokens and sessions on a real store, with a clock the test moves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { hashPassword, verifyPassword } from '../../server/auth/passwords.ts';
import { DomainError } from '../../server/errors.ts';
import { freshStore } from '../store/test-store.ts';
import type { GraphStore } from '../../server/store/port.ts';

let store: GraphStore;
let now: Date;
let accounts: Accounts;
beforeEach(async () => {
  store = await freshStore();
  now = new Date('2026-11-23T10:00:00Z');
  accounts = new Accounts(store, () => now);
});
afterEach(() => store.close());

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof DomainError ? e.code : String(e)));

describe('passwords', () => {
  it('are hashed with scrypt and a salt, and verified', async () => {
    const a = await hashPassword('korrekt häst batteri');
    const b = await hashPassword('korrekt häst batteri');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('korrekt häst batteri', a)).toBe(true);
    expect(await verifyPassword('korrekt häst batterI', a)).toBe(false);
  });
});

describe('accounts', () => {
  it('store no password, only its hash', async () => {
    await accounts.createUser({ id: 'anna', role: 'EDITOR', scopes: ['kommun-vindeln'], password: 'ett långt lösenord' });
    const doc = await store.getDoc('auth.users', 'anna');
    expect(JSON.stringify(doc)).not.toContain('ett långt lösenord');
    expect(await accounts.checkPassword('anna', 'ett långt lösenord')).toMatchObject({ id: 'anna', role: 'EDITOR' });
    expect(await accounts.checkPassword('ANNA ', 'ett långt lösenord')).toMatchObject({ id: 'anna' });
    expect(await accounts.checkPassword('anna', 'fel lösenord!!')).toBeNull();
    expect(await accounts.checkPassword('ingen', 'ett långt lösenord')).toBeNull();
  });

  it('refuse a disabled user at sign-in', async () => {
    await accounts.createUser({ id: 'bo', role: 'VIEWER', password: 'ett långt lösenord' });
    await accounts.updateUser('bo', { disabled: true });
    expect(await accounts.checkPassword('bo', 'ett långt lösenord')).toBeNull();
  });

  it('refuse a second user with the same name', async () => {
    await accounts.createUser({ id: 'cleo', role: 'VIEWER' });
    expect(await code(accounts.createUser({ id: 'cleo', role: 'ADMIN' }))).toBe('CONFLICT');
  });

  it('of two administrators creating the same user at once, let one through and tell the other', async () => {
    const answers = await Promise.all([
      code(accounts.createUser({ id: 'cleo', role: 'VIEWER', name: 'Cleo Berg' })),
      code(accounts.createUser({ id: 'cleo', role: 'ADMIN', name: 'Cleo Ek' })),
    ]);
    expect(answers.sort()).toEqual(['CONFLICT', 'ok']);
  });

  it('keep both of two changes made to one user at once', async () => {
    await accounts.createUser({ id: 'dina', role: 'VIEWER', scopes: ['kommun-vindeln'] });
    await Promise.all([accounts.updateUser('dina', { name: 'Dina Sjöberg' }), accounts.updateUser('dina', { role: 'EDITOR' })]);
    expect(await accounts.getUser('dina')).toMatchObject({ name: 'Dina Sjöberg', role: 'EDITOR', scopes: ['kommun-vindeln'] });
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, and identify their user until revoked', async () => {
    await accounts.createUser({ id: 'dan', role: 'EDITOR', scopes: ['region'] });
    const { token, record } = await accounts.createToken('dan', 'analysskript', 30);
    expect(token).toMatch(/^svk_[0-9a-f]{12}_/);
    // the secret is everything after `svk_<id>_` (base64url, which may itself hold `_`)
    const secret = token.slice('svk_'.length + record.id.length + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(await store.listDocs('auth.tokens'))).not.toContain(secret);
    expect(await accounts.identityForToken(token)).toMatchObject({ id: 'dan', role: 'EDITOR', via: 'token' });
    await accounts.revokeToken(record.id);
    expect(await code(accounts.identityForToken(token))).toBe('UNAUTHENTICATED');
  });

  it('stop working when they expire', async () => {
    await accounts.createUser({ id: 'eva', role: 'VIEWER' });
    const { token } = await accounts.createToken('eva', 'kort', 1);
    now = new Date('2026-11-24T09:59:59Z');
    expect(await accounts.identityForToken(token)).toMatchObject({ id: 'eva' });
    now = new Date('2026-11-24T10:00:00Z');
    await expect(accounts.identityForToken(token)).rejects.toThrow(/expired/);
  });

  it('refuse a forged or malformed token', async () => {
    await accounts.createUser({ id: 'fia', role: 'VIEWER' });
    const { token } = await accounts.createToken('fia', 't', 10);
    const forged = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(await code(accounts.identityForToken(forged))).toBe('UNAUTHENTICATED');
    expect(await code(accounts.identityForToken('svk_nonsense'))).toBe('UNAUTHENTICATED');
  });
});

describe('sessions', () => {
  it('identify their user and end on sign-out or expiry', async () => {
    await accounts.createUser({ id: 'gun', role: 'VIEWER' });
    const s1 = await accounts.createSession('gun', 12);
    expect(await accounts.identityForSession(s1)).toMatchObject({ id: 'gun', via: 'session' });
    await accounts.endSession(s1);
    expect(await accounts.identityForSession(s1)).toBeNull();
    const s2 = await accounts.createSession('gun', 12);
    now = new Date('2026-11-23T22:00:01Z');
    expect(await accounts.identityForSession(s2)).toBeNull();
  });
});

describe('account input', () => {
  it('refuses a role the product does not have', async () => {
    await expect(accounts.createUser({ id: 'hugo', role: 'editor' as never })).rejects.toThrow();
    expect(await accounts.getUser('hugo')).toBeNull();
  });
});
