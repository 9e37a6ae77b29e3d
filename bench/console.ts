// `npm run bench:console`: the county console's time from pressing "sign in" to a rendered Today
// list of 500 bookings, in the system Chromium, against a real county service process on a PGlite
// directory (the production console build, served at /console/ with its CSP).
//   Each run is a fresh browser context (cold cache, no session). Printed: median, min, max.
// Run: npm run bench:console [-- --runs N]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { launchChromium, root } from '../scripts/lib/kiosk.mjs'
import { demoConfig } from '../packages/booking/src/demo-config.ts'
import { openLedger, prepareDataDir, startService } from '../test/node/server/fixtures.ts'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7
const BOOKINGS = 500
const NOW = '2026-03-02T08:00:00+08:00'
const DAY = '2026-03-03'

const dir = mkdtempSync(join(tmpdir(), 'workroom-bench-console-'))
try {
  // A busy county centre: one service, ten hours of slots with 100 places each, 500 of them booked.
  await prepareDataDir(join(dir, 'data'))
  const { ledger, db } = await openLedger(join(dir, 'data'), { now: Date.parse(NOW) })
  const service = { ...demoConfig.services[0]!, id: 'bench', minNoticeMinutes: 0, rules: [{ weekday: 2 as const, start: '08:00', end: '18:00', slotMinutes: 60, capacity: 100 }] }
  await ledger.saveOffice({ id: 'centre', name: { 'zh-Hans': '临河县公共法律服务中心' }, config: { ...demoConfig, services: [service] } }, { kind: 'system' })
  const { slots } = await ledger.listSlots('centre', { serviceId: 'bench', from: DAY, to: DAY })
  const started = performance.now()
  for (let batch = 0; batch < BOOKINGS / 100; batch++) {
    const entries = Array.from({ length: 100 }, (_, i) => {
      const n = batch * 100 + i
      const key = `bench-${n}-${crypto.randomUUID()}`
      return {
        idempotencyKey: key, operation: 'confirm', createdAt: NOW,
        body: { holdId: 'bench', code: `B${String(n).padStart(5, '0')}`, slotId: slots[n % slots.length]!.id, priority: false, details: { name: `居民${n}`, mobile: '13800138000', needs: [] }, consent: { version: '1', given: true, at: NOW }, idempotencyKey: key },
      }
    })
    const r = await ledger.sync('centre', { entries }, { actor: { kind: 'system' }, address: 'bench' })
    const bad = r.results.filter((x) => x.status !== 'applied')
    if (bad.length) throw new Error(`seeding: ${JSON.stringify(bad[0])}`)
  }
  await db.close()
  console.log(`seeded ${BOOKINGS} bookings on ${DAY} in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const consoleDir = join(dir, 'console')
  await build({ configFile: join(root, 'packages', 'console', 'vite.config.ts'), logLevel: 'warn', build: { outDir: consoleDir, emptyOutDir: true } })
  const server = await startService(['--data', join(dir, 'data'), '--now', NOW, '--console-dir', consoleDir, '--no-rate-limit'])
  const browser = await launchChromium()
  try {
    const times: number[] = []
    const apiTimes: Array<Record<string, number>> = []
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
      const page = await context.newPage()
      // The console opens on the browser's today; this run's list is the seeded day.
      await page.addInitScript((day) => {
        const real = Date.now
        const offset = Date.parse(`${day}T08:00:00+08:00`) - real()
        Date.now = () => real() + offset
      }, DAY)
      await page.goto(`${server.url}/console/`)
      await page.locator('#username').fill('admin')
      await page.locator('#password').fill('correct-horse-battery')
      const t0 = await page.evaluate(() => performance.now())
      await page.locator('form button[type=submit]').click()
      await page.waitForFunction((n) => {
        const today = document.querySelector('wr-console-app')?.shadowRoot?.querySelector('wr-console-today')?.shadowRoot
        return (today?.querySelectorAll('tr[data-code]').length ?? 0) >= n
      }, BOOKINGS, { polling: 'raf', timeout: 60_000 })
      const t1 = await page.evaluate(() => performance.now())
      times.push(t1 - t0)
      const api = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).map((e) => [e.name.replace(/^.*\/api\//, ''), Math.round(e.duration)] as const))
      const answered = await page.evaluate((start) => Math.round((performance.getEntriesByType('resource').find((e) => e.name.includes('/console/today')) as PerformanceResourceTiming).responseEnd - start), t0)
      apiTimes.push({ ...Object.fromEntries(api), answered })
      await context.close()
    }
    times.sort((a, b) => a - b)
    const ms = (n: number) => `${Math.round(n)} ms`
    console.log(`\nSign-in to a rendered Today list of ${BOOKINGS} bookings (${RUNS} cold runs, PGlite, loopback):`)
    console.log(`  median ${ms(times[Math.floor(times.length / 2)]!)}   min ${ms(times[0]!)}   max ${ms(times.at(-1)!)}`)
    const median = (k: string) => apiTimes.map((a) => a[k] ?? 0).sort((a, b) => a - b)[Math.floor(apiTimes.length / 2)]!
    console.log(`  of which the service (median): sign-in ${ms(median('auth/sign-in'))}, scope ${ms(median('console/scope'))}, today ${ms(median('console/today'))}; the day's list had arrived ${ms(median('answered'))} after the press, the rest is rendering it`)
  } finally {
    await browser.close()
    await server.stop()
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
