// Live updates over a real WebSocket (graphql-ws, as a page or an analyst's
// client opens it): a change made by one person reaches everyone listening,
// named by who made it; a socket needs the same sign-in as a query, cannot be
// opened from another site's page, and ends when its sign-in no longer holds.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Accounts } from '../../server/auth/accounts.ts';
import { RECHECK_MS } from '../../server/graphql/live.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
let url: string;
let accounts: Accounts;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await openHarness({ data: 'fixture', env: { AUTH: 'required' } });
  accounts = new Accounts(h.store);
  await accounts.createUser({ id: 'anna', name: 'Anna Lind', role: 'EDITOR' });
  await accounts.createUser({ id: 'analytiker', name: 'Bo Berg', role: 'VIEWER' });
  for (const id of ['anna', 'analytiker']) tokens[id] = (await accounts.createToken(id, 'live', 1)).token;
  url = `${(await h.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}/graphql`;
});
afterAll(() => h.close());

const SUBSCRIBE = 'subscription { mapChanged { version count by byNames missed changes { op id label name by from to type } } }';

function clientAs(token: string | null, headers: Record<string, string> = {}): Client {
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  return createClient({
    url,
    lazy: false,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { ...auth, ...headers } });
      }
    },
  });
}

/** Subscribes; `events` fills as they arrive, `ended` settles when the server ends it (an error) or it completes. */
function listen(client: Client) {
  const events: Array<Record<string, any>> = [];
  let stop = () => {};
  const ended = new Promise<unknown>((resolve) => {
    stop = client.subscribe({ query: SUBSCRIBE }, { next: (r) => events.push(r.data!.mapChanged as Record<string, any>), error: resolve, complete: () => resolve('complete') });
  });
  return { events, ended, stop: () => stop() };
}

const connections = () => new Promise<number>((resolve) => h.app.server.getConnections((_e, n) => resolve(n)));

async function until<T>(what: () => T | undefined | Promise<T | undefined>, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`nothing within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens a raw socket and says how the server answered the upgrade. */
function upgrade(headers: Record<string, string>): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
    ws.on('open', () => { ws.close(); resolve('open'); });
    ws.on('unexpected-response', (req, res) => { req.destroy(); resolve(res.statusCode ?? 0); });
    ws.on('error', () => resolve(0));
  });
}

describe('live updates', () => {
  it('brings a change made by one person to another\'s open subscription, naming who made it', async () => {
    const client = clientAs(tokens.analytiker!);
    const sub = listen(client);
    const before = await h.store.version();
    try {
      // the subscription is in place a moment after the socket opens (longer on a busy machine): change until one arrives
      const event = await until(async () => {
        const r = await h.gqlAs(tokens.anna!, `mutation { updateForum(id: "local", patch: { description: "Möts ${Date.now()}" }) { updatedAt } }`);
        expect(r.errors).toBeUndefined();
        return until(() => sub.events[0], 500).catch(() => undefined);
      }, 15_000);
      expect(event).toMatchObject({ count: 1, by: ['anna'], byNames: ['Anna Lind'], missed: false });
      // a version that holds the change: after the one before it, and not past the store's
      expect(event.version).toBeGreaterThan(before);
      expect(event.version).toBeLessThanOrEqual(await h.store.version());
      expect(event.changes).toEqual([expect.objectContaining({ op: 'update', id: 'local', label: 'Forum', name: 'Lokal samverkan Vindeln', by: 'anna' })]);
    } finally {
      sub.stop();
      await client.dispose();
    }
  });

  it('opens no socket without a sign-in, nor for another site\'s page', async () => {
    expect(await upgrade({})).toBe(401);
    expect(await upgrade({ authorization: 'Bearer not-a-token' })).toBe(401);
    expect(await upgrade({ authorization: `Bearer ${tokens.analytiker}`, origin: 'https://evil.example' })).toBe(403);
    expect(await upgrade({ authorization: `Bearer ${tokens.analytiker}` })).toBe('open');
    // and a refused upgrade leaves no socket open on the server
    await until(async () => ((await connections()) === 0 ? true : undefined));
  });

  it('ends a subscription whose sign-in no longer holds, before it tells it anything more', async () => {
    const { token, record } = await accounts.createToken('analytiker', 'short', 1);
    const client = clientAs(token);
    const sub = listen(client);
    await new Promise((r) => setTimeout(r, 500));
    await accounts.revokeToken(record.id);
    await new Promise((r) => setTimeout(r, RECHECK_MS + 100));
    // changes until the server ends the subscription (each would be an event for a sign-in that held)
    let open = true;
    void sub.ended.finally(() => (open = false));
    for (let i = 0; open && i < 20; i++) {
      await h.gqlAs(tokens.anna!, `mutation { updateForum(id: "local", patch: { description: "Efter återkallelsen ${i}" }) { updatedAt } }`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const ended = await Promise.race([sub.ended, new Promise((r) => setTimeout(() => r('still open'), 1_000))]);
    expect(JSON.stringify(ended)).toMatch(/UNAUTHENTICATED|no longer holds/);
    expect(sub.events).toEqual([]);
    await client.dispose();
  });
});
