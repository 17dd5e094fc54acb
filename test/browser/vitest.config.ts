import { defineConfig } from 'vitest/config';

// Browser tests drive real Chromium and Firefox from Node; one file at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/support/versions.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    retry: 0,
  },
});
