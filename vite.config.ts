import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// Prerendered HTML for each route's default state; the app hydrates over it.
export default defineConfig({
  plugins: [
    preact({
      prerender: { enabled: true, renderTarget: '#app', additionalPrerenderRoutes: ['/checklist', '/counters', '/renewal'] },
    }),
  ],
});
