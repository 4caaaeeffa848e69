import { defineConfig } from 'vitest/config';

// Unit tests cover the pure engine, the data and storage; browser tests live in tests/e2e (Playwright).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
