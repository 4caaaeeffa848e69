import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Shown in the footer; MADOGUCHI_BUILD_ID lets the update test build two visibly different versions. */
const BUILD_ID = process.env.MADOGUCHI_BUILD_ID || pkg.version;

/** Prerendered routes besides '/'; keep in step with ROUTES in src/app/routes.ts. */
const ROUTES = ['/checklist', '/counters', '/renewal'];

/**
 * The Content-Security-Policy of every page. A <meta> works on any static host (public/_headers repeats it, plus
 * frame-ancestors, for hosts that send headers). Nothing inline is needed: Vite emits files, the service worker is
 * registered from a module, and the prerender's <script type="isodata"> is a data block that never executes.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Adds the CSP <meta> to built HTML only: the dev server injects inline styles and scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'madoguchi-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          /<meta charset="utf-8" \/>/i,
          (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        ),
    },
  };
}

/**
 * Precache entries for prerendered pages under their clean URL ('/checklist', not '/checklist/index.html'), so that
 * Workbox, after dropping the query (ignoreURLParametersMatching), answers '/checklist?city=…&lang=en' offline with
 * exactly that page. '/' stays 'index.html' (directoryIndex) and is also the fallback for any other navigation.
 */
function cleanPageUrls(entries: Array<{ url: string; revision: string | null; size: number }>) {
  return {
    manifest: entries.map((entry) => {
      const m = /^(.+)\/index\.html$/.exec(entry.url);
      return m ? { ...entry, url: m[1]! } : entry;
    }),
    warnings: [],
  };
}

export default defineConfig({
  define: {
    __MADOGUCHI_BUILD__: JSON.stringify(BUILD_ID),
  },
  plugins: [
    contentSecurityPolicy(),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        additionalPrerenderRoutes: ROUTES,
        // `vite preview` then answers /checklist?… with checklist/index.html, like static hosts do.
        previewMiddlewareEnabled: true,
      },
    }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already takes the icons; listing them twice would be a precache conflict.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: '窓口 Madoguchi — マイナンバーカード手続きの持ち物',
        short_name: '窓口 Madoguchi',
        description:
          'マイナンバーカードの手続き（電子証明書の更新、暗証番号の再設定・変更）で窓口に持っていくもの。What to bring to the city office for My Number card procedures.',
        lang: 'ja',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b5563',
        background_color: '#fbfaf7',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app can ever show: every page, every JS chunk (each city, each language), styles, icons.
        globPatterns: ['**/*.{html,js,css,png,svg}'],
        globIgnores: ['**/_headers'],
        manifestTransforms: [cleanPageUrls],
        // Answers live in the query; the cached page for a path is the same whatever the answers are.
        ignoreURLParametersMatching: [/.*/],
        directoryIndex: 'index.html',
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        sourcemap: false,
        // The first visit is controlled at once, so it works offline without a reload. Updates still wait for the
        // person (registerType 'prompt': no skipWaiting until they choose "Reload to update").
        clientsClaim: true,
        // No runtimeCaching: nothing from other origins, nothing outside the precache.
      },
    }),
  ],
});
