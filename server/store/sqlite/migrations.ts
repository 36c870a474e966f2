// Versioned schema of the embedded store. Each entry runs once, in order, in a
// transaction; PRAGMA user_version records how far a database has come.
// Never edit a released migration: add the next one.
import type Database from 'better-sqlite3';
import { nodesOfTarget, searchCopies, sortKey } from '../shared.ts';

export type Migration = string | ((db: Database.Database) => void);

export const MIGRATIONS: readonly Migration[] = [
  /* 1: nodes, edges, full-text search, change log, documents */ `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  INSERT INTO meta (key, value) VALUES ('version', '0');

  CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    name_key TEXT NOT NULL,
    props TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX nodes_name_unique ON nodes (label, name_key);

  CREATE TABLE edges (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    from_id TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    props TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
  ) STRICT;
  CREATE INDEX edges_from ON edges (from_id, type);
  CREATE INDEX edges_to ON edges (to_id, type);

  -- Diacritics folded, so "Umea" finds "Umeå".
  CREATE VIRTUAL TABLE nodes_fts USING fts5 (name, description, tokenize = 'unicode61 remove_diacritics 2');
  CREATE TRIGGER nodes_fts_insert AFTER INSERT ON nodes BEGIN
    INSERT INTO nodes_fts (rowid, name, description)
    VALUES (new.rowid, json_extract(new.props, '$.name'), coalesce(json_extract(new.props, '$.description'), ''));
  END;
  CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes BEGIN
    DELETE FROM nodes_fts WHERE rowid = old.rowid;
  END;
  CREATE TRIGGER nodes_fts_update AFTER UPDATE OF props ON nodes BEGIN
    UPDATE nodes_fts SET name = json_extract(new.props, '$.name'), description = coalesce(json_extract(new.props, '$.description'), '')
    WHERE rowid = new.rowid;
  END;

  CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    op TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after TEXT
  ) STRICT;
  CREATE INDEX changes_target ON changes (target, seq);

  CREATE TABLE docs (
    ns TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (ns, key)
  ) STRICT;
  `,
  /* 2: the nodes each change-log entry is about, for an element's history */ (db) => {
    db.exec(`
      ALTER TABLE changes ADD COLUMN node_a TEXT;
      ALTER TABLE changes ADD COLUMN node_b TEXT;
      CREATE INDEX changes_node_a ON changes (node_a, seq);
      CREATE INDEX changes_node_b ON changes (node_b, seq);
      CREATE INDEX changes_by ON changes (by, seq);
      CREATE INDEX changes_at ON changes (at);
    `);
    const set = db.prepare('UPDATE changes SET node_a = ?, node_b = ? WHERE seq = ?');
    for (const r of db.prepare('SELECT seq, target FROM changes').all() as Array<{ seq: number; target: string }>) {
      const [a, b] = nodesOfTarget(r.target);
      set.run(a, b ?? null, r.seq);
    }
  },
  /*
   * 3: search inside words. A trigram index over the folded copies of name,
   * description and evidence that the adapter writes (shared.ts, searchCopy),
   * keyed by the node's rowid; it replaces nodes_fts (words as prefixes, no evidence).
   */ (db) => {
    db.exec(`
      DROP TRIGGER nodes_fts_insert;
      DROP TRIGGER nodes_fts_delete;
      DROP TRIGGER nodes_fts_update;
      DROP TABLE nodes_fts;
      CREATE VIRTUAL TABLE nodes_search USING fts5 (name, description, evidence, tokenize = 'trigram');
    `);
    const put = db.prepare('INSERT INTO nodes_search (rowid, name, description, evidence) VALUES (?, ?, ?, ?)');
    const rows = db.prepare('SELECT rowid, props FROM nodes WHERE rowid > ? ORDER BY rowid LIMIT 5000');
    for (let last = 0; ;) {
      const batch = rows.all(last) as Array<{ rowid: number; props: string }>;
      for (const r of batch) {
        const c = searchCopies(JSON.parse(r.props) as Record<string, unknown>);
        put.run(r.rowid, c.name, c.description, c.evidence);
      }
      if (batch.length < 5000) break;
      last = batch.at(-1)!.rowid;
    }
  },
  /*
   * 4: lists in Swedish order and by time. Each node's Swedish sort key
   * (shared.ts, sortKey: what Neo4j keeps as `sortKey` too), written by the
   * adapter; indexes for each order a list can take.
   */ (db) => {
    db.function('sort_key', { deterministic: true }, (name: unknown) => sortKey(String(name)));
    db.exec(`
      ALTER TABLE nodes ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      UPDATE nodes SET sort_key = sort_key(json_extract(props, '$.name'));
      CREATE INDEX nodes_sort_key ON nodes (label, sort_key, id);
      CREATE INDEX nodes_created_at ON nodes (label, created_at, id);
      CREATE INDEX nodes_updated_at ON nodes (label, updated_at, id);
    `);
  },
];
