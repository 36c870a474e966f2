// The real entry point as a newcomer runs it: a child process on a fresh data
// folder, seeded on first start, stopped with SIGTERM, started again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../server/web.ts';
import { emptyNeo4j, STORE_UNDER_TEST } from '../store/test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// on Neo4j the entry point is started with STORE=neo4j (NEO4J_URI … come from the suite's environment), on an empty database
const STORE_ENV: Record<string, string> = STORE_UNDER_TEST === 'neo4j' ? { STORE: 'neo4j' } : {};
beforeAll(async () => {
  if (STORE_UNDER_TEST === 'neo4j') await emptyNeo4j();
  // what `npm start` does before the entry point (scripts/build-web.ts): the page built when stale
  await ensureWebBuild();
}, 300_000);

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function start(env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', ...STORE_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${out}`)), 120_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
}

function stop(r: Running): Promise<number | null> {
  return new Promise((resolve) => {
    r.child.removeAllListeners('exit');
    r.child.on('exit', (code) => resolve(code));
    r.child.kill('SIGTERM');
  });
}

async function gql(url: string, query: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data: Record<string, any>; errors?: unknown[] };
}

describe('npm start', () => {
  it('seeds an empty store, keeps changes across a SIGTERM restart, and does not seed again', async () => {
    const first = await start();
    const counted = await gql(first.url, '{ actors(filter: { kind: [MUNICIPALITY] }) { totalCount } }');
    expect(counted.data.actors.totalCount).toBe(15);
    expect(first.output()).toMatch(/loaded the Västerbotten dataset/);
    expect((await fetch(`${first.url}/graphiql`)).status).toBe(200);
    const created = await gql(first.url, 'mutation { createForum(input: { id: "restart-forum", name: "Omstartsforum", kind: TEAM, systemLevel: MICRO, status: ACTIVE }) { id } }');
    expect(created.errors).toBeUndefined();
    expect(await stop(first)).toBe(0);

    const second = await start();
    try {
      const r = await gql(second.url, '{ node(id: "restart-forum") { name } actors(filter: { kind: [MUNICIPALITY] }) { totalCount } }');
      expect(r.data).toEqual({ node: { name: 'Omstartsforum' }, actors: { totalCount: 15 } });
      expect(second.output()).not.toMatch(/loaded the Västerbotten dataset/);
    } finally {
      expect(await stop(second)).toBe(0);
    }
  }, 180_000);

  it('refuses to start beyond loopback without an admin, and starts with one from ADMIN_USER/ADMIN_PASSWORD', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, PORT: '0', HOST: '0.0.0.0', DATA_DIR: dir, ...STORE_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(78);
    expect(err).toMatch(/Sign-in is required .* and the store has no admin/);
    expect(err).toMatch(/npm run admin -- create-admin/);

    const guarded = await start({ HOST: '127.0.0.1', AUTH: 'required', ADMIN_USER: 'admin', ADMIN_PASSWORD: 'ett långt adminlösenord' });
    try {
      const anonymous = await fetch(`${guarded.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { via } }' }) });
      expect(anonymous.status).toBe(401);
      const login = await fetch(`${guarded.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'ett långt adminlösenord' }) });
      expect(login.status).toBe(200);
      expect(guarded.output()).toMatch(/Created the admin .{0,2}admin/);
    } finally {
      expect(await stop(guarded)).toBe(0);
    }
  }, 180_000);

  it('refuses bad configuration with a clear message and exit code 78', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, PORT: 'eighty', DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    expect(err).toMatch(/Invalid configuration:\n {2}PORT:/);
  });
});
