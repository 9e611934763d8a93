import { defineConfig } from 'vitest/config';

// Unit (shared/), integration (core on real SQLite files) and shell wiring tests.
// End-to-end tests in Chromium have their own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
