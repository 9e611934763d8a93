import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium, driven by playwright-core
// against web mode with a temporary database per test file.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // The browser runs in Europe/Amsterdam (test/e2e/harness.ts); the core must keep the same clock, as on a
    // user's machine, or "today" differs between the two for an hour each night.
    env: { TZ: 'Europe/Amsterdam' },
  },
});
