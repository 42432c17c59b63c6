import { defineConfig } from 'vitest/config';

// `npm run bench`: performance budgets, kept out of `npm test` so timing never makes CI flaky.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['bench/**/*.bench.test.ts'],
    testTimeout: 120_000,
  },
});
