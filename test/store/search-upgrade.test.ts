// A store written before search found words inside words (SQLite schema
// version 2; Neo4j nodes with the old search copies and the `node_search`
// full-text index) finds them after its next start: the migration writes the
// new copies of every node, and its Swedish sort key. Runs on the store under test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { Database } from '../../server/store/sqlite/driver.ts';
import { MIGRATIONS } from '../../server/store/sqlite/migrations.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { sortKey } from '../../server/store/shared.ts';
import { neo4jSettingsFromEnv } from './neo4j-harness.ts';
import { STORE_UNDER_TEST, freshStore } from './test-store.ts';

const at = '2025-01-01T00:00:00.000Z';
const GAP = {
  name: 'Journalsystemen försvårar patientkontrakt', kind: 'INFORMATION', severity: 'MEDIUM', status: 'IDENTIFIED', source: 'illustrative',
  evidence: 'Nuvarande system för vårddokumentation gör det svårt att införa patientkontrakt',
};
const INITIATIVE = { name: 'Postcovidmottagning', kind: 'FLOW_IMPROVEMENT', status: 'ACTIVE', source: 'illustrative', description: 'Infektionsklinik och primärvård' };

async function expectNewSearch(store: GraphStore) {
  const ids = async (q: string) => (await store.search(q, { limit: 10 })).map((h) => h.node.id);
  expect(await ids('vårddokumentation')).toEqual(['gap-old']);
  expect(await ids('dokumentation')).toEqual(['gap-old']);
  expect(await ids('covid')).toEqual(['init-old']);
  expect(await ids('primarvard')).toEqual(['init-old']);
  // the upgrade also gave every node its Swedish sort key (shared.ts, sortKey): ordered lists see the old nodes
  expect((await store.listNodes({ label: 'Gap', orderBy: { field: 'NAME', direction: 'ASC' }, first: 10 })).items.map((n) => n.id)).toEqual(['gap-old']);
  // and a change after the upgrade is searched as any other
  await store.apply([{ op: 'update', id: 'init-old', props: { description: 'Rehabilitering efter långvarig covid' } }], { by: 'test' });
  expect(await ids('primarvard')).toEqual([]);
  expect(await ids('langvarig')).toEqual(['init-old']);
}

/** A version-2 file gets the trigram index over every node, and loses the word index. */
async function upgradeSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-upgrade-'));
  try {
    const file = join(dir, 'v2.db');
    const db = new Database(file);
    for (const m of MIGRATIONS.slice(0, 2)) typeof m === 'string' ? db.exec(m) : m(db);
    db.pragma('user_version = 2');
    const insert = db.prepare('INSERT INTO nodes (id, label, name_key, props, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('gap-old', 'Gap', GAP.name.toLowerCase(), JSON.stringify(GAP), at, 'seed', at, 'seed');
    insert.run('init-old', 'Initiative', INITIATIVE.name.toLowerCase(), JSON.stringify(INITIATIVE), at, 'seed', at, 'seed');
    db.close();

    const store = new SqliteStore(file);
    await store.init();
    try {
      await expectNewSearch(store);
      const check = new Database(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(check.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'nodes_fts%'").all()).toEqual([]);
      check.close();
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Nodes with the old copies get new ones, the old full-text index is dropped, the text indexes are there. */
async function upgradeNeo4j(): Promise<void> {
  await (await freshStore()).close();
  const settings = neo4jSettingsFromEnv()!;
  const driver = neo4j.driver(settings.uri!, neo4j.auth.basic(settings.user, settings.password ?? ''));
  const run = (text: string, params: Record<string, unknown> = {}) => driver.executeQuery(text, params, { database: settings.database });
  try {
    // as the previous version wrote them: copies folded but not split into words, no evidence copy, no format version
    await run(`CREATE (:Node:Gap $gap), (:Node:Initiative $initiative)`, {
      gap: { ...GAP, id: 'gap-old', nameKey: GAP.name.toLowerCase(), searchName: 'journalsystemen forsvarar patientkontrakt', searchText: '', createdAt: at, createdBy: 'seed', updatedAt: at, updatedBy: 'seed' },
      initiative: { ...INITIATIVE, id: 'init-old', nameKey: INITIATIVE.name.toLowerCase(), searchName: 'postcovidmottagning', searchText: 'infektionsklinik och primarvard', createdAt: at, createdBy: 'seed', updatedAt: at, updatedBy: 'seed' },
    });
    await run("CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.searchName, n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}");

    const store = new Neo4jStore(settings);
    await store.init();
    try {
      const indexes = (await run('SHOW INDEXES YIELD name, type RETURN name, type')).records.map((r) => `${r.get('name') as string} ${r.get('type') as string}`);
      expect(indexes).not.toContain('node_search FULLTEXT');
      expect(indexes).toEqual(expect.arrayContaining(['node_search_name TEXT', 'node_search_text TEXT', 'node_search_evidence TEXT']));
      const [sorted] = (await run("MATCH (n:Node {id: 'init-old'}) RETURN n.sortKey AS key, n.sortVersion AS version")).records;
      expect(sorted!.toObject()).toEqual({ key: sortKey(INITIATIVE.name), version: neo4j.int(1) });
      const [copies] = (await run("MATCH (n:Node {id: 'gap-old'}) RETURN n.searchName AS name, n.searchEvidence AS evidence, n.searchVersion AS version")).records;
      expect(copies!.toObject()).toEqual({
        name: ' journalsystemen forsvarar patientkontrakt ',
        evidence: ' nuvarande system for varddokumentation gor det svart att infora patientkontrakt ',
        version: neo4j.int(2),
      });
      await expectNewSearch(store);
      // a second start finds nothing left to do, and keeps what changed since
      await store.init();
      expect((await store.search('dokumentation langvarig covid', { limit: 10 })).map((h) => h.node.id)).toEqual([]);
      expect((await store.search('langvarig covid', { limit: 10 })).map((h) => h.node.id)).toEqual(['init-old']);
    } finally {
      await store.close();
    }
  } finally {
    await driver.close();
  }
}

// each store has its own older layout to upgrade from: the test runs the one of the store under test
describe('search after an upgrade', () => {
  it(`finds words inside words in what an older version wrote, after the store's next start (${STORE_UNDER_TEST})`, () =>
    STORE_UNDER_TEST === 'sqlite' ? upgradeSqlite() : upgradeNeo4j());
});
