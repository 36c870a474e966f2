// One contract suite, every adapter: SQLite always; Neo4j when NEO4J_URI is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { storeContract } from './contract.ts';
import { neo4jHarness } from './neo4j-harness.ts';
import { STORE_UNDER_TEST } from './test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-contract-'));
// the SQLite run belongs to `npm test`; the Neo4j suite (TEST_STORE=neo4j) runs the contract on Neo4j only
if (STORE_UNDER_TEST === 'sqlite') storeContract({
  name: 'sqlite',
  async open() {
    const s = new SqliteStore(join(dir, 'contract.db'));
    await s.init();
    return s;
  },
  async reopen(store: GraphStore) {
    await store.close();
    return this.open();
  },
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});

const neo4j = neo4jHarness();
if (neo4j) storeContract(neo4j);
else if (STORE_UNDER_TEST === 'neo4j') throw new Error('TEST_STORE=neo4j needs NEO4J_URI: a missing Neo4j is a failure, not a skip');
else console.info('Skipped the Neo4j contract run: NEO4J_URI is not set (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE to run the store contract against a live Neo4j).');
