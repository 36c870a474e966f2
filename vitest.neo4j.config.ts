// The store-touching suite on a live Neo4j (npm run test:neo4j starts one and
// sets NEO4J_URI …): every test that reaches a store gets it from
// test/store/test-store.ts, which TEST_STORE=neo4j points at Neo4j. Files run
// one after another, since Neo4j Community has one database.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'node_modules/**',
      'test/e2e/**',
      // no store: the page's logic, the SDL, and Cypher checked without a database
      'test/web/elements.test.ts', 'test/web/export.test.ts', 'test/web/filters.test.ts', 'test/web/forms.test.ts', 'test/web/gaps.test.ts',
      'test/web/i18n.test.ts', 'test/web/queries.test.ts', 'test/web/state.test.ts', 'test/web/style.test.ts', 'test/web/timeline.test.ts',
      'test/web/view.test.ts', 'test/web/web-plugin.test.ts',
      // the event loop during a national analysis: reads the read model, whatever the store (SQLite only, by design)
      'test/server/health-during-analysis.test.ts',
      'test/schema/**', 'test/store/neo4j-cypher.test.ts', 'test/store/neo4j-cypher-lint.test.ts', 'test/server/config.test.ts',
    ],
    env: { TEST_STORE: 'neo4j' },
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
