// Every use of a read-only link is logged, by the link's id and never its
// token: not in the request lines (the token is in the URL) and not in the
// line that records the use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { Accounts } from '../../server/auth/accounts.ts';
import { ShareLinks } from '../../server/auth/share-links.ts';
import { loadConfig } from '../../server/config.ts';
import { VIEW_NS } from '../../server/graphql/map-docs.ts';
import type { GraphStore } from '../../server/store/port.ts';
import type { FastifyInstance } from 'fastify';
import { fixture } from '../store/fixture.ts';
import { freshStore } from '../store/test-store.ts';

const lines: string[] = [];
const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
let app: FastifyInstance;
let store: GraphStore;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-share-log-'));
  store = await freshStore(join(dir, 'test.db'));
  await store.apply(fixture('').changes, { by: 'fixture' });
  await new Accounts(store).createUser({ id: 'editor', role: 'EDITOR' });
  await store.putDoc(VIEW_NS, 'view-all', { name: 'Allt', state: {} }, { by: 'editor' });
  app = await buildApp({ config: loadConfig({ DATA_DIR: dir, AUTH: 'required' }), store, logger: { level: 'info', stream: sink } as unknown as { level: string } });
}, 120_000);
afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the log of a read-only link', () => {
  it('records each use by the link’s id, and never the token', async () => {
    const { token, record } = await new ShareLinks(store).create('view-all', null, 'editor');
    // The secret is base64url and may itself contain '_': all after the id.
    const secret = /^svl_[0-9a-f]{16}_(.+)$/.exec(token)![1]!;
    expect(secret).toHaveLength(43);
    expect((await app.inject({ method: 'GET', url: `/api/shared/${token}` })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/v/${token}`, headers: { accept: 'text/html' } })).statusCode).toBeLessThan(600);
    expect((await app.inject({ method: 'GET', url: `/api/shared/${token}x` })).statusCode).toBe(404);
    const log = lines.join('');
    expect(log).toContain('"shareLink":"' + record.id + '"');
    expect(log).toContain('read-only link used');
    expect(log).toContain('/api/shared/…');
    expect(log).not.toContain(secret);
    expect(log).not.toContain(token);
  });
});
