/**
 * End-to-end tests: Chromium (through playwright-core) drives the built web edition, which the
 * global setup builds and serves on a free local port. One browser at a time: the suite runs
 * its files one after another.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
