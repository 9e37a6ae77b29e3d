// The county console end to end: the console built with Vite, a real county service process on a
// PGlite directory (two offices, their staff, a kiosk each; see prepareDataDir) serving it at
// /console/, and the system Chromium. The service's clock is fixed (Monday 2 March 2026, 08:00
// Beijing time), so bookings for Tuesday 3 March never depend on when the test runs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { launchChromium, root } from '../../scripts/lib/kiosk.mjs'
import { HttpProvider } from '../../packages/booking/src/http-provider.ts'
import { prepareDataDir, startService, type ServiceProcess } from '../node/server/fixtures.ts'

export const SERVICE_NOW = '2026-03-02T08:00:00+08:00'
export const DAY = '2026-03-03'
export const consent = { version: '1', given: true as const, at: SERVICE_NOW }

export interface ConsoleSite {
  url: string
  service: ServiceProcess
  browser: Browser
  deviceToken: string
  otherOfficeDeviceToken: string
  dir: string
  close(): Promise<void>
}

/** Builds the console into a temp directory, prepares the data, starts the service, launches Chromium. */
export async function startConsoleSite(options: { rateLimits?: boolean } = {}): Promise<ConsoleSite> {
  const dir = mkdtempSync(join(tmpdir(), 'workroom-console-e2e-'))
  const consoleDir = join(dir, 'console')
  await build({ configFile: join(root, 'packages', 'console', 'vite.config.ts'), logLevel: 'warn', build: { outDir: consoleDir, emptyOutDir: true } })
  const prepared = await prepareDataDir(join(dir, 'data'))
  const service = await startService(['--data', join(dir, 'data'), '--now', SERVICE_NOW, '--console-dir', consoleDir, ...(options.rateLimits ? [] : ['--no-rate-limit'])])
  const browser = await launchChromium()
  return {
    url: service.url, service, browser, dir, deviceToken: prepared.deviceToken, otherOfficeDeviceToken: prepared.otherOfficeDeviceToken,
    async close() {
      await browser.close()
      await service.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface ConsolePage {
  page: Page
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[]
  close(): Promise<void>
}

export async function openConsole(site: ConsoleSite, viewport = { width: 1280, height: 900 }, locale = 'zh-CN'): Promise<ConsolePage> {
  const context = await site.browser.newContext({ viewport, locale })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    // A refused sign-in or a 403 is the answer under test, not a problem with the page.
    if (m.type() === 'error' && !/status of (401|403|423|429)/.test(m.text())) problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  await page.goto(`${site.url}/console/`)
  await page.locator('#username').waitFor()
  return { page, problems, close: () => context.close() }
}

export async function signInAs(p: ConsolePage, username: string, password = 'correct-horse-battery'): Promise<void> {
  await p.page.locator('#username').fill(username)
  await p.page.locator('#password').fill(password)
  const answered = p.page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'))
  await p.page.locator('form button[type=submit]').click()
  await answered
}

/** Today's list for the fixed day (the date field, as staff would change it). */
export async function showDay(p: ConsolePage, date = DAY): Promise<void> {
  const field = p.page.locator('wr-console-today #date')
  await field.waitFor()
  await field.fill(date)
  await field.dispatchEvent('change')
}

/** A resident books through HttpProvider, as <wr-booking service-url> on the county website does. */
export async function bookOnline(site: ConsoleSite, officeId: string, serviceId: string, name: string, pick = 0): Promise<{ code: string; start: string }> {
  const provider = new HttpProvider({ baseUrl: `${site.url}/api/booking/offices/${officeId}`, timeoutMs: 10_000 })
  const { slots } = await provider.listSlots({ serviceId, from: DAY, to: DAY })
  const slot = slots.filter((s) => s.remaining > 0)[pick]!
  const hold = await provider.hold({ slotId: slot.id, priority: false, idempotencyKey: crypto.randomUUID() })
  const b = await provider.confirm({ holdId: hold.holdId, details: { name, mobile: '13912345678', needs: [] }, consent, idempotencyKey: crypto.randomUUID() })
  return { code: b.code, start: b.start }
}

/** A kiosk's offline booking, sent with its device token the way its outbox does. */
export async function syncKioskBooking(site: ConsoleSite, token: string, code: string, slotId: string, name: string): Promise<Response> {
  const key = crypto.randomUUID()
  const entry = { idempotencyKey: key, operation: 'confirm', createdAt: '2026-03-02T07:50:00+08:00', body: { holdId: 'local-hold', code, slotId, priority: false, details: { name, mobile: '13700001111', needs: [] }, consent, idempotencyKey: key } }
  return fetch(`${site.url}/api/booking/offices/qingshi/staff/sync`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ entries: [entry] }) })
}
