import { defineConfig } from 'vitest/config';

/** Unit tier: the pure core and DOM code under linkedom, in Node. */
export default defineConfig({
  define: { __TEST__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
