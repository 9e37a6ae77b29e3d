// The built kiosk, served on 127.0.0.1, and one system Chromium per test file.
// `npm test` builds the kiosk once for every end-to-end file (WORKROOM_E2E_DIST); a file run on
// its own (`node --conditions source --import tsx --test test/e2e/x.test.ts`) builds into a temporary directory.
import { rmSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { buildKiosk, launchChromium, serveKiosk } from '../../scripts/lib/kiosk.mjs'

export interface Kiosk {
  url: string
  /** The built kiosk's folder. */
  dist: string
  browser: Browser
  close(): Promise<void>
}

export async function startKiosk(): Promise<Kiosk> {
  const given = process.env.WORKROOM_E2E_DIST
  const dist = given || (await buildKiosk()).outDir
  const server = await serveKiosk(dist)
  const browser = await launchChromium()
  return {
    url: server.url,
    dist,
    browser,
    async close() {
      await browser.close().catch(() => {})
      await server.close()
      if (!given) rmSync(dist, { recursive: true, force: true })
    },
  }
}
