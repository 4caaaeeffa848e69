import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { validatedCities } from './src/cities/vite-plugin.ts';

// Two projects in one run:
// - unit: the pure engine, the data, storage and i18n (Node, only the city plugin);
// - render: the app's own pages rendered in Node through the build's prerender path (src/main.tsx renderAt), with the
//   app's whole Vite config, so what a page says is checked per URL in milliseconds, not in a browser.
export default defineConfig({
  test: {
    projects: [
      {
        // The app's city modules are what the build bundles: the schema's output.
        plugins: [validatedCities()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      mergeConfig(viteConfig, {
        test: { name: 'render', include: ['tests/render/**/*.test.{ts,tsx}'], environment: 'node' },
      }),
    ],
  },
});
