// What only a live Neo4j can show: each kind of failure with its own code, and
// none of them retried for a quarter of a minute when another try cannot help.
// Runs in the Neo4j suite (npm run test:neo4j), which starts the server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../server/errors.ts';
import type { Cypher } from '../../server/store/neo4j/cypher.ts';
import { DriverExecutor } from '../../server/store/neo4j/executor.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { neo4jSettingsFromEnv } from './neo4j-harness.ts';
import { freshStore } from './test-store.ts';

const settings = neo4jSettingsFromEnv();
if (!settings) throw new Error('The Neo4j suite needs NEO4J_URI (npm run test:neo4j starts a server and sets it)');
const cypher = (name: string, text: string, params: Record<string, unknown> = {}): Cypher => ({ name, text, params });
/** Minutes of work for the server: a count over a long range. */
const SLOW = cypher('slow', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n');

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; ms: number }> {
  const t = Date.now();
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e, 'expected a failure').toBeInstanceOf(DomainError);
  return { code: (e as DomainError).code, message: (e as DomainError).message, ms: Date.now() - t };
}

/** Runs Cypher as an administrator of the test server (settings, transactions). */
async function admin(text: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(settings!.uri!, neo4j.auth.basic(settings!.user, settings!.password ?? ''));
  try {
    return (await driver.executeQuery(text, params, { database: 'system' === text.slice(0, 6) ? 'system' : settings!.database })).records;
  } finally {
    await driver.close();
  }
}

describe('Neo4j failures, each with its own code', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await freshStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('a wrong password is STORE_MISCONFIGURED at once, not "try again"', async () => {
    const f = await failure(new Neo4jStore({ ...settings!, password: 'not-the-password' }).init());
    expect(f.code).toBe('STORE_MISCONFIGURED');
    expect(f.message).toMatch(/NEO4J_PASSWORD/);
    expect(f.ms).toBeLessThan(5000);
  });

  it('a transaction past its time limit is STORE_TIMEOUT', async () => {
    const exec = DriverExecutor.connect({ ...settings!, txTimeoutMs: 1000 });
    try {
      const f = await failure(exec.read('slow read', (tx) => tx.run(SLOW)));
      expect(f.code).toBe('STORE_TIMEOUT');
      expect(f.message).toMatch(/NEO4J_TX_TIMEOUT_MS/);
    } finally {
      await exec.close();
    }
  });

  it('a terminated transaction is STORE_TERMINATED, and is not tried again', async () => {
    const exec = DriverExecutor.connect(settings!);
    try {
      const running = failure(exec.read('to-terminate', (tx) => tx.run(SLOW)));
      let ids: string[] = [];
      for (let i = 0; i < 50 && !ids.length; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const rows = await admin("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.op = 'to-terminate' RETURN transactionId");
        ids = rows.map((r) => String(r.get('transactionId')));
      }
      expect(ids.length).toBe(1);
      await admin('TERMINATE TRANSACTIONS $ids', { ids });
      const f = await running;
      expect(f.code).toBe('STORE_TERMINATED');
      expect(f.ms).toBeLessThan(10_000);
    } finally {
      await exec.close();
    }
  });

  it('an import larger than one transaction may hold is STORE_OUT_OF_MEMORY at once, says what to raise, and writes nothing', async () => {
    // a second server of its own whose transactions may hold 8 MiB (db.memory.transaction.max): Community cannot change it at run time
    const env = { ...process.env, NEO4J_TEST_INSTANCE: 'small-tx', NEO4J_TEST_TX_MEMORY: '8', NEO4J_TEST_HEAP: '512m' };
    const sh = (mode: string) => promisify(execFile)('bash', ['scripts/neo4j-test-server.sh', mode], { env });
    const { stdout } = await sh('start');
    const uri = /NEO4J_URI=(\S+)/.exec(stdout)![1]!;
    const small = new Neo4jStore({ ...settings!, uri });
    try {
      await small.init();
      const before = await small.version();
      const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `oom-${i}`, label: 'Forum' as const, props: { name: `Forum ${i} ${'x'.repeat(150)}`, description: 'y'.repeat(500), kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', source: 'illustrative' } }));
      const f = await failure(small.bulkUpsert({ nodes, edges: [] }, { by: 'oom-test' }));
      expect(f.code).toBe('STORE_OUT_OF_MEMORY');
      expect(f.message).toMatch(/server\.memory\.heap\.max_size/);
      // not retried for the driver's 15 s
      expect(f.ms).toBeLessThan(10_000);
      expect(await small.version()).toBe(before);
      expect(await small.getNodes(['oom-0'])).toEqual([null]);
    } finally {
      await small.close();
      await sh('stop');
    }
  }, 180_000);
});

describe('documents an older version wrote', () => {
  it('are read as before, and the next write keeps them as one property with their version', async () => {
    const store = await freshStore();
    try {
      // as versions before one property per document kept it: value, version and writer apart
      await admin("CREATE (:Doc {ns: 'layout', key: 'main', value: $value, updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'anna'})", {
        value: JSON.stringify({ positions: { a: [1, 2] } }),
      });
      const old = await store.getDoc('layout', 'main');
      expect(old).toEqual({ key: 'main', value: { positions: { a: [1, 2] } }, updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'anna' });
      const next = await store.putDoc('layout', 'main', { positions: { a: [3, 4] } }, { by: 'bo' }, old!.updatedAt);
      expect(await store.listDocs('layout')).toEqual([next]);
      const [row] = await admin("MATCH (d:Doc {ns: 'layout', key: 'main'}) RETURN keys(d) AS keys");
      expect((row!.get('keys') as string[]).sort()).toEqual(['body', 'key', 'ns']);
    } finally {
      await store.close();
    }
  });
});
