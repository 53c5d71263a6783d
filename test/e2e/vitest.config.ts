import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (two cores), generous timeouts (Firefox's session.new alone
// takes 6–8 s here).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
