import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { validatedCities } from './src/cities/vite-plugin.ts';
import { japaneseReadings, languageSections, localeValues } from './src/i18n/vite-plugin.ts';

// Three projects in one run:
// - unit: the pure engine, the data, storage and i18n (Node, with the plugins that make the city and locale modules);
// - render: the app's own pages rendered in Node through the build's render (src/main.tsx renderAt), with the app's
//   whole Vite config, so what a page says is checked per URL in milliseconds, not in a browser;
// - tz: the time tests and the time-dependent render tests again with the process in Los Angeles, where the device's
//   date is often a day behind Japan's (its own worker processes, so the zone is theirs from the start), and the
//   tests that switch zones themselves.
const TZ_TESTS = ['tests/unit/time/**/*.test.ts', 'tests/render/counters.test.ts', 'tests/render/renewal.test.ts'];
/** Tests that switch the process's zone themselves (process.env.TZ): they need a process of their own (tz only). */
const ZONE_SWITCHING = ['tests/unit/time/tz.test.ts', 'tests/unit/time/holidays.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        // The app's city modules are what the build bundles: the schema's output.
        plugins: [validatedCities(), languageSections(), japaneseReadings(), localeValues()],
        // Threads start faster than processes; the zone-switching tests run in the tz project's processes.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ZONE_SWITCHING, environment: 'node', pool: 'threads', isolate: false, testTimeout: 30_000 },
      },
      mergeConfig(viteConfig, {
        // A test may walk every page of a language: minutes of a browser, seconds here, more on a busy machine (in
        // `npm test` Vitest runs at a lower priority beside the browser tests, on what CPU they leave).
        test: { name: 'render', include: ['tests/render/**/*.test.ts'], environment: 'node', pool: 'threads', isolate: false, testTimeout: 120_000 },
      }),
      mergeConfig(viteConfig, {
        test: { name: 'tz', include: TZ_TESTS, environment: 'node', pool: 'forks', env: { TZ: 'America/Los_Angeles' }, testTimeout: 120_000 },
      }),
    ],
  },
});
