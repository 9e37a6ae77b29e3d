// Booking figures: slot generation for a 90-day horizon with 10 services (target ≤ 5 ms), a
// booking round trip (hold + confirm, encrypted, one transaction) on LocalProvider in Chromium,
// and the gzip size of <wr-booking> with core, Lit and i18next (target ≤ 45 KB; lazy chunks such
// as the English strings and the CSV library not counted).
// Run: node --conditions source --import tsx bench/booking.ts
import { createServer } from 'node:http'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { BookingConfig } from '../packages/booking/src/config.ts'
import { CN_HOLIDAYS_2026, HolidayCalendar } from '../packages/booking/src/holidays.ts'
import { generateSlots } from '../packages/booking/src/slots.ts'
import { instantOf } from '../packages/booking/src/time.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
type Chunk = { fileName: string; code: string; isEntry: boolean; imports: string[]; dynamicImports: string[] }
const { bundle } = (await import(join(root, 'scripts/lib/vite-bundle.mjs') as string)) as {
  bundle(o: { entries: Record<string, string>; outDir: string; write?: boolean }): Promise<Chunk[]>
}

// 1. Slot generation
const config = BookingConfig.parse({
  version: 1,
  dataController: { 'zh-Hans': '司法所' },
  places: [{ id: 'room', kind: 'workroom', name: { 'zh-Hans': '工作室' } }],
  services: Array.from({ length: 10 }, (_, i) => ({
    id: `service-${i}`, kind: 'legal-consultation', name: { 'zh-Hans': `服务${i}` }, placeId: 'room', horizonDays: 90, minNoticeMinutes: 60,
    rules: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, start: '08:30', end: '11:30', slotMinutes: 30, capacity: 2 },
      { weekday, start: '14:30', end: '17:00', slotMinutes: 30, capacity: 2 },
    ]),
  })),
  greenChannel: { reservedShare: 0.5, groups: ['elderly'] },
})
const calendar = new HolidayCalendar([CN_HOLIDAYS_2026])
const now = instantOf('2026-03-02', 8 * 60)
let count = 0
for (let i = 0; i < 20; i++) count = generateSlots(config, calendar, { now }).length
let best = Infinity
for (let r = 0; r < 60; r++) {
  const t = performance.now()
  generateSlots(config, calendar, { now })
  best = Math.min(best, performance.now() - t)
}
console.log(`slot generation, 90 days × 10 services (${count} slots): ${best.toFixed(2)} ms (best of 60; target ≤ 5 ms)`)

// 2. Element size: <wr-booking> alone (what a county page loads), the whole define entry, and core alone
const sizeDir = mkdtempSync(join(tmpdir(), 'wr-booking-size-'))
const gz = (code: string) => gzipSync(code, { level: 9 }).length / 1024
async function eagerSize(entry: string): Promise<{ kb: number; lazy: string[] }> {
  const chunks = await bundle({ entries: { entry }, outDir: join(sizeDir, 'out'), write: false })
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const eager = new Set<string>()
  const visit = (name: string) => {
    if (eager.has(name)) return
    eager.add(name)
    for (const i of byName.get(name)?.imports ?? []) visit(i)
  }
  for (const c of chunks) if (c.isEntry) visit(c.fileName)
  return {
    kb: gz([...eager].map((n) => byName.get(n)?.code ?? '').join('\n')),
    lazy: chunks.filter((c) => !eager.has(c.fileName)).map((c) => `${c.fileName.replace(/^chunks\//, '')} ${gz(c.code).toFixed(1)} KB`),
  }
}
try {
  const only = join(sizeDir, 'booking-only.ts')
  const core = (f: string) => JSON.stringify(join(root, 'packages/core/src', f))
  // What define.ts registers for residents: <wr-booking> and the core elements it renders (the desk loads on demand).
  writeFileSync(
    only,
    `import { defineElement, WrButton, WrChoiceList, WrQrCode, WrReadAloud, WrTextField } from ${core('index.ts')}\nimport { WrBooking } from ${JSON.stringify(join(root, 'packages/booking/src/booking/booking.ts'))}\n` +
      `defineElement('wr-button', WrButton)\ndefineElement('wr-choice-list', WrChoiceList)\ndefineElement('wr-text-field', WrTextField)\ndefineElement('wr-qr-code', WrQrCode)\ndefineElement('wr-read-aloud', WrReadAloud)\ndefineElement('wr-booking', WrBooking)\n`,
  )
  const coreOnly = join(sizeDir, 'core-only.ts')
  writeFileSync(coreOnly, `import ${core('define.ts')}\n`)
  const el = await eagerSize(only)
  const all = await eagerSize(join(root, 'packages/booking/src/define.ts'))
  const coreKb = await eagerSize(coreOnly)
  console.log(`<wr-booking> with the core elements it uses, Lit and i18next: ${el.kb.toFixed(1)} KB gzip (target ≤ 45 KB); all of core alone ${coreKb.kb.toFixed(1)} KB`)
  console.log(`@workroom/booking/define (<wr-booking>; <wr-booking-desk> on demand): ${all.kb.toFixed(1)} KB gzip`)
  console.log(`  loaded on demand, not counted: ${all.lazy.join(', ') || 'none'}`)
} finally {
  rmSync(sizeDir, { recursive: true, force: true })
}

// 3. LocalProvider round trip in Chromium (IndexedDB + WebCrypto are browser APIs)
const chromePath = process.env['CHROME_PATH'] || '/usr/bin/chromium'
const dir = mkdtempSync(join(tmpdir(), 'wr-booking-bench-'))
try {
  const entry = join(dir, 'entry.ts')
  writeFileSync(
    entry,
    `import { LocalProvider, demoConfig, instantOf } from ${JSON.stringify(join(root, 'packages/booking/src/index.ts'))}
const consent = { version: '1', given: true, at: '2026-03-02T08:00:00+08:00' }
;(window as any).bench = async (n: number) => {
  const p = new LocalProvider({ config: demoConfig, databaseName: 'bench-' + Math.random(), now: () => instantOf('2026-03-02', 480) })
  const { slots } = await p.listSlots({ serviceId: 'legal-aid', priority: true })
  await p.hold({ slotId: slots[0]!.id, priority: true, idempotencyKey: crypto.randomUUID() })
  const times: number[] = []
  for (let i = 1; i <= n; i++) {
    const t = performance.now()
    const h = await p.hold({ slotId: slots[i]!.id, priority: true, idempotencyKey: crypto.randomUUID() })
    await p.confirm({ holdId: h.holdId, details: { name: '张秀英', mobile: '13800138000', idNumber: '11010519491231002X', needs: [] }, consent, idempotencyKey: crypto.randomUUID() })
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { median: times[times.length >> 1], p95: times[Math.floor(times.length * 0.95)] }
}`,
  )
  const [page] = await bundle({ entries: { entry }, outDir: join(dir, 'out'), write: false })
  const server = createServer((req, res) => {
    if (req.url === '/entry.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(page!.code)
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/entry.js"></script>')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  try {
    const tab = await browser.newPage()
    await tab.goto(`http://127.0.0.1:${port}/`)
    await tab.waitForFunction(() => 'bench' in window)
    const r = (await tab.evaluate('bench(40)')) as { median: number; p95: number }
    console.log(`LocalProvider booking round trip (hold + encrypt + confirm + outbox): median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (40 bookings, Chromium)`)
  } finally {
    await browser.close()
    server.close()
  }
} catch (e) {
  console.log(`LocalProvider round trip: not measured (${(e as Error).message.split('\n')[0]})`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
