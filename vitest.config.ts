import { defineConfig } from 'vitest/config';
import { validatedCities } from './src/cities/vite-plugin.ts';

// Unit tests cover the pure engine, the data and storage; browser tests live in tests/e2e (Playwright).
export default defineConfig({
  // The app's city modules are what the build bundles: the schema's output.
  plugins: [validatedCities()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
