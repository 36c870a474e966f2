// The SQLite driver for the Node that runs. better-sqlite3 12 is a classic
// native addon, built here against each Node's headers; on Node 24.19 and later
// its objects abort the process when collected at exit (`node::ObjectWrap`
// changed: "Assertion failed: (env) != nullptr"). better-sqlite3 13 is built
// on Node-API and ships prebuilt binaries, which fixes that, but it needs
// Node 22 or later (on Node 20 it crashes). So Node 22+ loads 13 (the
// dependency `better-sqlite3-napi`), Node 20 loads 12. Same API for what the
// store uses.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);

export const SQLITE_DRIVER = major >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3';
export const Database = require(SQLITE_DRIVER) as typeof BetterSqlite3;
// eslint-disable-next-line @typescript-eslint/no-namespace -- the driver's own type names, as `import Database from 'better-sqlite3'` gives them
export declare namespace Database {
  type Database = BetterSqlite3.Database;
  type Statement = BetterSqlite3.Statement;
}
