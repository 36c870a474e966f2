// Versioned schema of the embedded store. Each entry runs once, in order, in a
// transaction; PRAGMA user_version records how far a database has come.
// Never edit a released migration: add the next one.
export const MIGRATIONS: readonly string[] = [
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
];
