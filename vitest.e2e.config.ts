import { defineConfig } from 'vitest/config';

/** End-to-end tier: the built extension in real Chromium and real Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    retry: 0,
  },
});
