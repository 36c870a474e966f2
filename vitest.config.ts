import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // 2-core machines: a couple of workers is the sweet spot
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
