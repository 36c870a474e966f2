import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the live Neo4j tests run in npm run test:neo4j, which starts the server
    exclude: ['test/e2e/**', 'node_modules/**', 'test/store/neo4j-live.test.ts'],
    // 2-core machines: a couple of workers is the sweet spot
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
