// The store every store-touching test runs on: the embedded SQLite store by
// default, a live Neo4j when TEST_STORE=neo4j (`npm run test:neo4j` starts one
// and sets NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Tests ask for
// a fresh store or the same store again after a restart, never for a kind.
//
// Neo4j Community has one user database, so a fresh Neo4j store is the whole
// database emptied. One is live at a time: asking for a fresh store closes the
// previous one, so a test that still used it fails loudly instead of reading
// another test's data. The Neo4j suite runs its files one after another.
import neo4j from 'neo4j-driver';
import type { GraphStore } from '../../server/store/port.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { neo4jSettingsFromEnv } from './neo4j-harness.ts';

export type StoreKind = 'sqlite' | 'neo4j';

/** The kind of store under test in this run. */
export const STORE_UNDER_TEST: StoreKind = process.env.TEST_STORE === 'neo4j' ? 'neo4j' : 'sqlite';

function settings() {
  const s = neo4jSettingsFromEnv();
  if (!s) throw new Error('TEST_STORE=neo4j needs NEO4J_URI (run the suite with `npm run test:neo4j`)');
  return s;
}

let live: GraphStore | null = null;

/** Empties the Neo4j database: every node and relationship; constraints and indexes stay. */
export async function emptyNeo4j(): Promise<void> {
  const s = settings();
  const driver = neo4j.driver(s.uri!, neo4j.auth.basic(s.user, s.password ?? ''));
  const session = driver.session({ database: s.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

/** A fresh, empty store of the kind under test; `file` is where SQLite keeps it (`:memory:` for none). */
export async function freshStore(file = ':memory:'): Promise<GraphStore> {
  if (STORE_UNDER_TEST === 'sqlite') {
    const s = new SqliteStore(file);
    await s.init();
    return s;
  }
  if (live) await live.close().catch(() => undefined);
  await emptyNeo4j();
  const s = new Neo4jStore(settings());
  await s.init();
  live = s;
  return s;
}

/** The same store again after it was closed (a restart): SQLite reopens its file, Neo4j connects anew. */
export async function reopenStore(file: string): Promise<GraphStore> {
  if (STORE_UNDER_TEST === 'sqlite') {
    const s = new SqliteStore(file);
    await s.init();
    return s;
  }
  const s = new Neo4jStore(settings());
  await s.init();
  live = s;
  return s;
}
