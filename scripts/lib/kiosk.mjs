// The built kiosk for end-to-end tests and benchmarks: build it (vite, root vite.config.ts, any
// outDir), serve it with vite's preview server on 127.0.0.1, and launch the system Chromium.
// Used by test/e2e/, bench/lighthouse.mjs, bench/soak.mjs and scripts/test.mjs.
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './workspace.mjs'
import { chromeFlags, chromePath } from './chromium.mjs'

export { root }
export const configFile = join(root, 'vite.config.ts')
export const defaultOutDir = join(root, 'dist', 'kiosk')
export { chromePath, chromeFlags }

/** Builds the kiosk into `outDir` (a new temporary directory if none). Returns outDir and seconds. */
export async function buildKiosk(outDir = mkdtempSync(join(tmpdir(), 'workroom-kiosk-'))) {
  const { build } = await import('vite')
  const start = performance.now()
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  return { outDir, seconds: (performance.now() - start) / 1000 }
}

function newestMtime(dir) {
  if (!existsSync(dir)) return 0
  let newest = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath ?? entry.path, entry.name)
    if (/(^|[\\/])(node_modules|dist)([\\/]|$)/.test(path)) continue
    newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/** True when `outDir` holds a kiosk build newer than every source it is built from. */
export function isFresh(outDir = defaultOutDir) {
  const index = join(outDir, 'index.html')
  if (!existsSync(index) || !existsSync(join(outDir, 'sw.js'))) return false
  const built = statSync(index).mtimeMs
  const sources = [join(root, 'kiosk'), ...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'src'))]
  const newest = Math.max(statSync(configFile).mtimeMs, ...sources.map(newestMtime))
  return built >= newest
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** Serves a built kiosk with vite's preview server; `url` ends with '/'. */
export async function serveKiosk(outDir = defaultOutDir) {
  const { preview } = await import('vite')
  const port = await freePort()
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: false, host: '127.0.0.1', open: false },
  })
  const address = server.httpServer.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`
  return { url, close: () => server.close() }
}

/** The system Chromium through playwright-core (never a downloaded browser). */
export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: chromePath, args: [...chromeFlags, ...extraArgs] })
}
