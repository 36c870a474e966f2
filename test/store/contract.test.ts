// One contract suite, every adapter: SQLite always; Neo4j when NEO4J_URI is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { storeContract } from './contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-contract-'));
storeContract({
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
