// A client's mistake is a client error: a coded 4xx, logged at info without a
// stack; a slowly trickled body does not outlive REQUEST_TIMEOUT_MS; field
// suggestions do not leak the schema when introspection is off.
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { fixture } from '../store/fixture.ts';
import { openHarness, type Harness } from '../api/harness.ts';
import { freshStore } from '../store/test-store.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const json = { 'content-type': 'application/json' };

describe('client errors on /graphql and the REST routes', () => {
  const CASES = [
    { name: 'malformed JSON', url: '/graphql', payload: '{"query": ', headers: json, status: 400, code: 'BAD_REQUEST' },
    { name: 'a body over BODY_LIMIT', url: '/graphql', payload: JSON.stringify({ query: '{ me { via } }', pad: 'x'.repeat(4096) }), headers: json, status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { name: 'a batch when batching is off', url: '/graphql', payload: JSON.stringify([{ query: '{ me { via } }' }, { query: '{ me { via } }' }]), headers: json, status: 400, code: 'BAD_REQUEST' },
    { name: 'malformed JSON at sign-in', url: '/auth/login', payload: '{"username', headers: json, status: 400, code: 'BAD_REQUEST' },
    { name: 'a sign-in body over BODY_LIMIT', url: '/auth/login', payload: JSON.stringify({ username: 'a', password: 'x'.repeat(4096) }), headers: json, status: 413, code: 'PAYLOAD_TOO_LARGE' },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s: a coded 4xx, logged at info without a stack', async (_n, c) => {
    const lines: Array<{ level: number; err?: { stack?: string } }> = [];
    const sink = new Writable({ write(chunk, _e, cb) { lines.push(JSON.parse(String(chunk))); cb(); } });
    const dir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/samverkan-clienterr-`);
    const store = await freshStore(`${dir}/t.db`);
    await store.apply(fixture('').changes, { by: 'fixture' });
    const app = await buildApp({ config: loadConfig({ DATA_DIR: dir, BODY_LIMIT: '2048' }), store, logger: { level: 'info', stream: sink } as never });
    try {
      const res = await app.inject({ method: 'POST', url: c.url, payload: c.payload, headers: c.headers });
      expect(res.statusCode).toBe(c.status);
      const body = res.json();
      const code = body.errors ? body.errors[0].extensions.code : body.code;
      expect(code).toBe(c.code);
      expect(JSON.stringify(body)).not.toMatch(/Internal error|at .*\.js:\d+/);
      // nothing logged as an error, no stack anywhere
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
      expect(lines.filter((l) => l.err?.stack), JSON.stringify(lines.filter((l) => l.err?.stack))).toEqual([]);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('introspection off', () => {
  it('names no field in a validation error', async () => {
    h = await openHarness({ data: 'fixture', env: { INTROSPECTION: 'false' } });
    const r = await h.gql('{ actr { id } forums { nodes { nme } } }');
    expect(r.errors!.length).toBe(2);
    for (const e of r.errors!) {
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
      expect(e.message).not.toMatch(/Did you mean|actors|"name"/);
    }
  });

  it('still suggests when introspection is on (the schema is public then)', async () => {
    h = await openHarness({ data: 'fixture' });
    const r = await h.gql('{ actr { id } }');
    expect(r.errors![0]!.message).toMatch(/Did you mean "actors"\?/);
  });
});

describe('a slowly trickled request body', () => {
  it('is cut off after REQUEST_TIMEOUT_MS, not half a minute later', async () => {
    h = await openHarness({ data: 'fixture', env: { REQUEST_TIMEOUT_MS: '1000' } });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as { port: number };
    const started = Date.now();
    const ended = await new Promise<{ ms: number; reply: string }>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let reply = '';
      socket.on('data', (d) => (reply += String(d)));
      const body = JSON.stringify({ query: '{ me { via } }' });
      socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      let i = 0;
      const timer = setInterval(() => {
        // one byte every 300 ms: the whole body would take several seconds
        if (i < body.length - 1 && !socket.destroyed) socket.write(body[i++]!);
      }, 300);
      const done = () => {
        clearInterval(timer);
        resolve({ ms: Date.now() - started, reply });
      };
      socket.on('close', done);
      socket.on('error', done);
      setTimeout(() => socket.destroy(), 15_000);
    });
    expect(ended.ms).toBeLessThan(4000);
    expect(ended.reply).toMatch(/^HTTP\/1\.1 408/);
  }, 20_000);
});

describe('idle connections', () => {
  it('are kept 72 s (Fastify’s default), longer than a reverse proxy keeps them, not Node’s 5 s', async () => {
    h = await openHarness({ data: 'fixture' });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    expect(h.app.server.keepAliveTimeout).toBe(72_000);
  });
});
