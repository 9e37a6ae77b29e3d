// The kiosk app: `vite` (dev), `vite build` → dist/kiosk, `vite preview`.
// Workspace packages resolve to their TypeScript sources through the `source` export condition.
// Lit's decorators are the legacy kind: the TS transform follows tsconfig.json
// (experimentalDecorators, useDefineForClassFields: false).
import { fileURLToPath } from 'node:url'
import { defineConfig, defaultClientConditions } from 'vite'

export const sourceConditions = ['source', ...defaultClientConditions]

export default defineConfig({
  root: fileURLToPath(new URL('./kiosk', import.meta.url)),
  resolve: { conditions: sourceConditions },
  build: {
    outDir: fileURLToPath(new URL('./dist/kiosk', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  preview: { port: 4173 },
})
