// Browser end-to-end tests (npm run test:e2e): headless Chromium from the
// Debian package through playwright-core, against the real server. Kept out
// of `npm test` (vitest.config.ts excludes test/e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    // one browser at a time on a 2-core machine
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
