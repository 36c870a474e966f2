// Profiling aid (not part of npm run bench): one app on a copy of a scale's
// store, N whole-map GraphQL requests, for `node --cpu-prof`.
//   npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-graph.ts /tmp/bench-data/country/base.db 5 [jit]
import { copyFileSync } from 'node:fs';
import { SqliteStore } from '../server/store/sqlite/sqlite-store.ts';
import { startBenchApp } from './lib/fixtures.ts';
import { closeAgent, graphql } from './lib/http.ts';
import { startJitApp } from './lib/jit.ts';
import { GRAPH_QUERY } from './rows/graph.ts';

const [db, n = '5', mode] = process.argv.slice(2);
if (!db) throw new Error('usage: profile-graph.ts BASE.db [N]');
const copy = `${db}.profile.db`;
copyFileSync(db, copy);
const store = new SqliteStore(copy);
await store.init();
const server = mode === 'jit' ? await startJitApp(store, '/tmp') : await startBenchApp(store, '/tmp');
await graphql(server.base, GRAPH_QUERY);
for (let i = 0; i < Number(n); i++) {
  const t0 = performance.now();
  await graphql(server.base, GRAPH_QUERY);
  console.log(`request ${i + 1}: ${Math.round(performance.now() - t0)} ms`);
}
closeAgent();
await server.close();
await store.close();
