/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// No inline script, no eval, no request leaving the app's origin. Styles allow 'unsafe-inline'
// because React writes style attributes (e.g. drag transforms).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Only the sync server a person typed (src/sync): its WebSocket, and its HTTP API when they
  // share a plan or join one (https, plain http only on this machine, as for a local server).
  // Any host, as the socket already allows; nothing is requested while no plan is shared.
  "connect-src 'self' ws: wss: https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// Only in the build: the dev server's react-refresh preamble is an inline script.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'sprintbord-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // A waiting version is announced and installed only when the user says so: a silent
      // reload could drop an edit that is being typed.
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches every icon; listing them again would only duplicate.
      includeManifestIcons: false,
      manifest: {
        name: 'Sprintbord',
        short_name: 'Sprintbord',
        description:
          'Sprint- en roadmapbord van het AI-kernteam: je jaarplan blijft op dit toestel en werkt ook zonder netwerk.',
        lang: 'nl-BE',
        theme_color: '#0b3a5d',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: 'index.html',
        // The lazily loaded Excel chunk is about 1 MB; it is precached so exports work offline.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173, host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CSP },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first screen loads goes in one file: split into shared chunks (React,
        // Dexie, i18n …) it is all fetched up front anyway and gzips about 3 kB worse apart
        // (scripts/first-load-size.mjs). The lazy views and dialogs keep chunks of their own.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // CI has two cores; component tests that render the whole demo plan need the room.
    testTimeout: 20_000,
    // The service worker registration exists only in a real build.
    alias: {
      'virtual:pwa-register/react': fileURLToPath(
        new URL('./tests/stubs/pwa-register-react.ts', import.meta.url),
      ),
    },
  },
});
