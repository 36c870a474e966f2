// Chooses the adapter the configuration names. The Neo4j adapter (and its
// driver) is loaded only when it is used.
import { join } from 'node:path';
import type { AppConfig } from '../config.ts';
import type { GraphStore } from './port.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

export const SQLITE_FILE = 'samverkanskartan.db';

export async function createStore(config: AppConfig): Promise<GraphStore> {
  if (config.store === 'sqlite') return new SqliteStore(join(config.dataDir, SQLITE_FILE));
  const { Neo4jStore } = await import('./neo4j/neo4j-store.ts');
  return new Neo4jStore(config.neo4j);
}
