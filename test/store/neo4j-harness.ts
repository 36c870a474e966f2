// The live Neo4j harness for the store contract: the real adapter against the
// database NEO4J_URI names (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
// The database may be shared: every contract test uses ids and names with its
// own prefix, this harness notes each node id and document namespace the
// suite writes, and cleanup removes exactly those (with their relationships
// and their change-log entries), nothing else. The version counter is shared
// and is left as it is.
import type { Batch, Change } from '../../schema/domain.ts';
import { CLEANUP } from '../../server/store/neo4j/cypher.ts';
import { DriverExecutor, type Neo4jSettings } from '../../server/store/neo4j/executor.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { WriteContext } from '../../server/store/port.ts';
import type { AdapterHarness } from './contract.ts';

export function neo4jSettingsFromEnv(env: Record<string, string | undefined> = process.env): Neo4jSettings | null {
  if (!env.NEO4J_URI) return null;
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || 'neo4j' };
}

/** What the suite wrote: node ids (created or upserted) and document namespaces. */
class Written {
  readonly ids = new Set<string>();
  readonly namespaces = new Set<string>();
}

/**
 * The real adapter, noting what it is asked to write. Every call goes to
 * Neo4jStore unchanged: this is bookkeeping for cleanup, not a fake.
 */
class NotingNeo4jStore extends Neo4jStore {
  constructor(settings: Neo4jSettings, private readonly written: Written) {
    super(settings);
  }

  override apply(changes: readonly Change[], ctx: WriteContext) {
    for (const c of changes) if (c.op === 'create') this.written.ids.add(c.id);
    return super.apply(changes, ctx);
  }

  override bulkUpsert(batch: Batch, ctx: WriteContext) {
    for (const n of batch.nodes) this.written.ids.add(n.id);
    return super.bulkUpsert(batch, ctx);
  }

  override putDoc(ns: string, key: string, value: unknown, ctx: WriteContext, expected?: string | null) {
    this.written.namespaces.add(ns);
    return super.putDoc(ns, key, value, ctx, expected);
  }
}

/** The harness, or null when NEO4J_URI is not set. */
export function neo4jHarness(env: Record<string, string | undefined> = process.env): AdapterHarness | null {
  const settings = neo4jSettingsFromEnv(env);
  if (!settings) return null;
  const written = new Written();
  return {
    name: `neo4j (${settings.uri}, database ${settings.database})`,
    async open() {
      const store = new NotingNeo4jStore(settings, written);
      await store.init();
      return store;
    },
    async reopen(store) {
      await store.close();
      return this.open();
    },
    async cleanup() {
      const exec = DriverExecutor.connect(settings);
      try {
        const params = { ids: [...written.ids], namespaces: [...written.namespaces] };
        await exec.write('contract cleanup', async (tx) => {
          for (const s of CLEANUP) await tx.run(s, Object.fromEntries(Object.keys(s.params).map((k) => [k, params[k as keyof typeof params]])));
        });
      } finally {
        await exec.close();
      }
    },
  };
}
