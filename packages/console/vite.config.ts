// The county console: `vite build -c packages/console/vite.config.ts` → dist/console, served by the
// county service at /console/. Workspace packages resolve to their TypeScript sources.
import { fileURLToPath } from 'node:url'
import { defineConfig, defaultClientConditions } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No inline module preload polyfill: the page runs under script-src 'self'.
    modulePreload: { polyfill: false },
  },
})
