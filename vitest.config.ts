import { defineConfig } from 'vitest/config';

// Unit tests: pure core in Node, DOM adapters in jsdom (per-file `@vitest-environment jsdom`).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 20_000,
  },
});
