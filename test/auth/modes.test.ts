// Two modes, chosen safely: loopback needs no sign-in; anything else (or
// AUTH=required) needs an identity on every API request.
import { afterEach, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { openHarness, type Harness } from '../api/harness.ts';

let h: Harness;
afterEach(() => h?.close());

const PASSWORD = 'ett riktigt långt lösenord';

async function signIn(username: string, password: string, headers: Record<string, string> = {}) {
  return h.app.inject({ method: 'POST', url: '/auth/login', payload: { username, password }, headers });
}

describe('on loopback (the newcomer’s npm start)', () => {
  it('needs no sign-in and attributes changes to the local user', async () => {
    h = await openHarness({ data: 'fixture' });
    const me = await h.gql('{ me { authRequired via user { id role } } }');
    expect(me.data!.me).toEqual({ authRequired: false, via: 'local', user: { id: 'local', role: 'ADMIN' } });
    await h.gql('mutation { updateForum(id: "local", patch: { meetingFrequency: WEEKLY }) { id } }');
    const [entry] = await h.store.changes({ node: 'local', newestFirst: true, limit: 1 });
    expect(entry).toMatchObject({ op: 'update', by: 'local' });
  });
});

describe('beyond loopback, or with AUTH=required', () => {
  it.each<Record<string, string>>([{ HOST: '0.0.0.0' }, { AUTH: 'required' }])('refuses an anonymous request with UNAUTHENTICATED (%o)', async (env) => {
    h = await openHarness({ data: 'fixture', env });
    const r = await h.gql('{ actors { totalCount } }');
    expect(r.status).toBe(401);
    expect(r).toMatchObject({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await h.app.inject('/health')).statusCode).toBe(200);
    expect((await h.app.inject('/auth/me')).json()).toEqual({ authRequired: true, user: null });
  });

  it('signs in with a password, sets a safe cookie, and signs out', async () => {
    h = await openHarness({ data: 'fixture', env: { AUTH: 'required' } });
    await new Accounts(h.store).createUser({ id: 'anna', role: 'VIEWER', password: PASSWORD });
    const res = await signIn('anna', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'svk_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const headers = { cookie: `svk_session=${cookie.value}` };
    const me = await h.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ me { via user { id } } }' }, headers });
    expect(me.json().data.me).toEqual({ via: 'session', user: { id: 'anna' } });
    await h.app.inject({ method: 'POST', url: '/auth/logout', headers: { ...headers, 'x-requested-with': 'samverkanskartan' } });
    const after = await h.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ me { via } }' }, headers });
    expect(after.statusCode).toBe(401);
  });

  it('marks the cookie Secure when served over HTTPS (behind a trusted proxy)', async () => {
    h = await openHarness({ data: 'fixture', env: { AUTH: 'required', TRUST_PROXY: 'true' } });
    await new Accounts(h.store).createUser({ id: 'anna', role: 'VIEWER', password: PASSWORD });
    const res = await signIn('anna', PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(res.cookies.find((c) => c.name === 'svk_session')!.secure).toBe(true);
  });

  it('refuses a wrong password or an unknown user with the same answer', async () => {
    h = await openHarness({ data: 'fixture', env: { AUTH: 'required' } });
    await new Accounts(h.store).createUser({ id: 'anna', role: 'VIEWER', password: PASSWORD });
    const wrong = await signIn('anna', 'fel lösenord här');
    const unknown = await signIn('ingen', PASSWORD);
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ code: 'UNAUTHENTICATED', messageSv: 'Fel användarnamn eller lösenord.' });
    expect(wrong.cookies).toEqual([]);
  });

  it('accepts an API token, and refuses it once revoked or expired', async () => {
    h = await openHarness({ data: 'fixture', env: { HOST: '0.0.0.0' } });
    const accounts = new Accounts(h.store);
    await accounts.createUser({ id: 'analys', role: 'VIEWER' });
    const { token, record } = await accounts.createToken('analys', 'skript', 30);
    expect((await h.gqlAs(token, '{ actors { totalCount } }')).data).toEqual({ actors: { totalCount: 5 } });
    await accounts.revokeToken(record.id);
    const revoked = await h.gqlAs(token, '{ actors { totalCount } }');
    expect(revoked).toMatchObject({ status: 401, errors: [{ message: 'This API token has been revoked', extensions: { code: 'UNAUTHENTICATED' } }] });

    const expiring = await new Accounts(h.store, () => new Date(Date.now() - 2 * 86_400_000)).createToken('analys', 'gammal', 1);
    const expired = await h.gqlAs(expiring.token, '{ actors { totalCount } }');
    expect(expired).toMatchObject({ status: 401, errors: [{ message: 'This API token has expired' }] });
  });

  it('refuses a malformed Authorization header', async () => {
    h = await openHarness({ data: 'fixture', env: { HOST: '0.0.0.0' } });
    const res = await h.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ me { via } }' }, headers: { authorization: 'Basic YWJj' } });
    expect(res.statusCode).toBe(401);
  });

  it('refuses a cross-site request that rides on the sign-in cookie', async () => {
    h = await openHarness({ data: 'fixture', env: { AUTH: 'required' } });
    await new Accounts(h.store).createUser({ id: 'anna', role: 'ADMIN', password: PASSWORD });
    const cookie = (await signIn('anna', PASSWORD)).cookies.find((c) => c.name === 'svk_session')!;
    const res = await h.app.inject({
      method: 'POST', url: '/graphql', payload: { query: 'mutation { deleteActor(id: "umea") { id } }' },
      headers: { cookie: `svk_session=${cookie.value}`, origin: 'https://evil.example', host: 'localhost:4000' },
    });
    expect(res.statusCode).toBe(403);
    expect((await h.store.getNodes(['umea']))[0]).not.toBeNull();
  });
});
