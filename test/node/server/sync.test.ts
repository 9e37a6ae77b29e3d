import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HttpProvider } from '../../../packages/booking/src/http-provider.ts'
import { syncOutbox, type OutboxSource } from '../../../packages/booking/src/outbox-sync.ts'
import type { PendingChange } from '../../../packages/booking/src/local-provider.ts'
import type { SyncResponse } from '../../../packages/booking/src/contract.ts'
import { prepareDataDir, root, signIn, startService, type ServiceProcess } from './fixtures.ts'

// The county service as a real process on loopback (PGlite in a temp directory), fixed clock
// Monday 2 March 2026 08:00 Beijing time. The kiosk page of the last test is served first, so its
// origin can be on the service's CORS allowlist.
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
const details = { name: '张秀英', mobile: '13800138000', needs: [] }
const at = '2026-03-02T08:10:00+08:00'
const work = mkdtempSync(join(tmpdir(), 'wr-sync-'))
let service: ServiceProcess
let baseUrl = ''
let TOKEN = ''
let OTHER_TOKEN = ''
let cookie = ''
let pageJs = ''
const page: Server = createServer((req, res) => {
  if (req.url === '/entry.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(pageJs)
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/entry.js"></script>')
})
let pageUrl = ''

before(async () => {
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r))
  pageUrl = `http://127.0.0.1:${(page.address() as { port: number }).port}`
  const prepared = await prepareDataDir(join(work, 'data'))
  TOKEN = prepared.deviceToken
  OTHER_TOKEN = prepared.otherOfficeDeviceToken
  service = await startService(['--data', join(work, 'data'), '--now', '2026-03-02T08:00:00+08:00', '--faults', '--cors-origin', pageUrl, '--no-rate-limit'])
  baseUrl = `${service.url}/api/booking/offices/qingshi`
  cookie = await signIn(service.url, 'clerk')
})
after(async () => {
  page.close()
  await service?.stop()
  rmSync(work, { recursive: true, force: true })
})

const staff = () => new HttpProvider({ baseUrl, backoffMs: 20, timeoutMs: 2_000, headers: { cookie } })
const key = () => crypto.randomUUID()
const confirmEntry = (code: string, slotId: string, k = key()): PendingChange => ({
  idempotencyKey: k, operation: 'confirm', createdAt: at, body: { holdId: 'local-hold', code, slotId, priority: false, details, consent, idempotencyKey: k },
})
const cancelEntry = (code: string, k = key()): PendingChange => ({ idempotencyKey: k, operation: 'cancel', createdAt: at, body: { code, mobile: details.mobile, reason: '有事', idempotencyKey: k } })

async function post(entries: PendingChange[], token = TOKEN): Promise<{ status: number; json: SyncResponse }> {
  const res = await fetch(`${baseUrl}/staff/sync`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ entries }) })
  return { status: res.status, json: (await res.json()) as SyncResponse }
}

/** An outbox in memory, shaped like LocalProvider's. */
function memoryOutbox(entries: PendingChange[]): OutboxSource & { entries: PendingChange[] } {
  const box = {
    entries: [...entries],
    pendingOutbox: async () => [...box.entries],
    removeFromOutbox: async (keys: readonly string[]) => void (box.entries = box.entries.filter((e) => !keys.includes(e.idempotencyKey))),
    pendingCount: async () => box.entries.length,
  }
  return box
}
const fault = (spec: string) => ({ headers: { 'x-workroom-fault': `${spec}; id=${crypto.randomUUID()}` } })

describe('POST /staff/sync on the reference server', () => {
  it('applies a kiosk booking and its later cancel in order, keeping the kiosk’s code', async () => {
    const { status, json } = await post([confirmEntry('ACDEF3', 'adviser~adviser-wang~2026-03-03T09:00:00+08:00'), cancelEntry('ACDEF3')])
    assert.equal(status, 200)
    assert.deepEqual(json.results.map((r) => r.status), ['applied', 'applied'])
    const b = await staff().lookup({ code: 'ACDEF3', mobile: details.mobile })
    assert.equal(b.status, 'cancelled')
    assert.equal(b.start, '2026-03-03T09:00:00+08:00')
    assert.equal(b.createdAt, at)
  })

  it('applies the same key once and answers "duplicate" the second time', async () => {
    const entry = confirmEntry('ACDEF4', 'adviser~adviser-wang~2026-03-03T09:30:00+08:00')
    assert.equal((await post([entry])).json.results[0]!.status, 'applied')
    const again = await post([entry])
    assert.deepEqual(again.json.results, [{ idempotencyKey: entry.idempotencyKey, status: 'duplicate' }])
    const { bookings } = await staff().listBookings({ from: '2026-03-03', to: '2026-03-03' })
    assert.equal(bookings.filter((b) => b.code === 'ACDEF4').length, 1)
  })

  it('rejects each change it cannot take with the reason, and still applies the rest of the batch', async () => {
    const full = 'adviser~adviser-wang~2026-03-03T10:00:00+08:00'
    const { json } = await post([
      confirmEntry('ACDEF6', full),
      confirmEntry('ACDEF7', full), // the one general place is gone
      cancelEntry('XXXXXX'),
      { idempotencyKey: key(), operation: 'confirm', createdAt: at, body: { code: 'bad' } },
      confirmEntry('ACDEF6', 'adviser~adviser-wang~2026-03-03T10:30:00+08:00'), // code already used
      confirmEntry('ACDEF9', 'adviser~adviser-wang~2026-03-04T10:30:00+08:00'), // no such slot
      cancelEntry('ACDEF6'),
    ])
    assert.deepEqual(json.results.map((r) => [r.status, r.reason?.code]), [
      ['applied', undefined], ['rejected', 'slot-full'], ['rejected', 'not-found'], ['rejected', 'invalid'], ['rejected', 'conflict'], ['rejected', 'not-found'], ['applied', undefined],
    ])
    assert.match(json.results[3]!.reason!.message, /code/)
  })

  it('keeps the route behind a device token of this office', async () => {
    assert.equal((await post([], 'wrong')).status, 401)
    assert.equal((await post([], `${TOKEN.slice(0, -4)}AAAA`)).status, 401)
    assert.equal((await post([], OTHER_TOKEN)).status, 403)
  })
})

describe('syncOutbox', () => {
  it('sends the outbox in order, empties it and reports { sent, failed, pending }', async () => {
    const box = memoryOutbox([confirmEntry('CDEFG3', 'legal-aid~aid-zhao~2026-03-05T08:30:00+08:00'), cancelEntry('CDEFG3')])
    box.entries[0]!.body = { ...(box.entries[0]!.body as object), details: { ...details, idNumber: '11010519491231002X' } }
    const r = await syncOutbox(box, baseUrl, { staffToken: TOKEN, backoffMs: 20 })
    assert.deepEqual({ sent: r.sent, failed: r.failed, pending: r.pending, rejected: r.rejected }, { sent: 2, failed: 0, pending: 0, rejected: [] })
    assert.equal((await staff().lookup({ code: 'CDEFG3', mobile: details.mobile })).status, 'cancelled')
  })

  it('tells the service the kiosk’s version and how many changes still wait after each batch', async () => {
    const box = memoryOutbox([confirmEntry('CDEFH4', 'legal-aid~aid-zhao~2026-03-05T09:00:00+08:00'), cancelEntry('CDEFH4')])
    box.entries[0]!.body = { ...(box.entries[0]!.body as object), details: { ...details, idNumber: '11010519491231002X' } }
    const seen: Record<string, string>[] = []
    const spy: typeof fetch = (url, init) => {
      seen.push({ ...(init?.headers as Record<string, string>) })
      return fetch(url, init)
    }
    const r = await syncOutbox(box, baseUrl, { staffToken: TOKEN, backoffMs: 20, batchSize: 1, version: '0.1.0', fetch: spy })
    assert.equal(r.sent, 2, JSON.stringify(r))
    assert.deepEqual(seen.map((h) => [h['x-workroom-version'], h['x-workroom-pending']]), [['0.1.0', '1'], ['0.1.0', '0']])
  })

  it('retries after a 500 and then succeeds', async () => {
    const box = memoryOutbox([confirmEntry('CDEFG4', 'adviser~adviser-wang~2026-03-10T09:00:00+08:00')])
    const r = await syncOutbox(box, baseUrl, { staffToken: TOKEN, backoffMs: 20, ...fault('500; times=1') })
    assert.equal(r.sent, 1)
    assert.equal(r.pending, 0)
    assert.equal(r.error, undefined)
  })

  it('counts a change applied before the reply was lost as sent (the retry gets "duplicate"), once', async () => {
    const box = memoryOutbox([confirmEntry('CDEFG6', 'adviser~adviser-wang~2026-03-10T09:30:00+08:00')])
    const r = await syncOutbox(box, baseUrl, { staffToken: TOKEN, backoffMs: 20, ...fault('500-after; times=1') })
    assert.deepEqual([r.sent, r.pending], [1, 0])
    const { bookings } = await staff().listBookings({ from: '2026-03-10', to: '2026-03-10' })
    assert.equal(bookings.filter((b) => b.code === 'CDEFG6').length, 1)
  })

  it('keeps everything when the service cannot be reached, and a refused change until staff sort it out', async () => {
    const box = memoryOutbox([confirmEntry('CDEFG7', 'adviser~adviser-wang~2026-03-10T10:00:00+08:00'), cancelEntry('YYYYYY')])
    const down = await syncOutbox(box, 'http://127.0.0.1:9', { retries: 1, backoffMs: 10 })
    assert.deepEqual([down.sent, down.failed, down.pending, down.error?.code], [0, 2, 2, 'unavailable'])
    const up = await syncOutbox(box, baseUrl, { staffToken: TOKEN, backoffMs: 20 })
    assert.deepEqual([up.sent, up.failed, up.pending], [1, 1, 1])
    assert.deepEqual(up.rejected.map((x) => [x.operation, x.reason.code]), [['cancel', 'not-found']])
    assert.equal(box.entries[0]!.operation, 'cancel')
  })

  it('shares one run between calls made while it is under way', async () => {
    const box = memoryOutbox([confirmEntry('CDEFG9', 'adviser~adviser-wang~2026-03-10T10:30:00+08:00')])
    const [a, b] = await Promise.all([syncOutbox(box, baseUrl, { staffToken: TOKEN }), syncOutbox(box, baseUrl, { staffToken: TOKEN })])
    assert.equal(a, b)
    assert.equal(a.sent, 1)
  })
})

describe('a kiosk LocalProvider syncing to the county service (Chromium)', () => {
  const dir = join(work, 'kiosk')
  it('books and moves a booking offline, counts the pending changes, then syncs them and the county sees the same code', { timeout: 60_000 }, async () => {
    mkdirSync(dir, { recursive: true })
    const entry = join(dir, 'entry.ts')
    writeFileSync(
      entry,
      `import { LocalProvider, demoConfig, instantOf, syncOutbox } from ${JSON.stringify(join(root, 'packages/booking/src/index.ts'))}
const consent = { version: '1', given: true, at: '2026-03-02T08:00:00+08:00' }
;(window as any).run = async (baseUrl: string, token: string) => {
  const p = new LocalProvider({ config: demoConfig, databaseName: 'sync-' + Math.random(), now: () => instantOf('2026-03-02', 480) })
  const h = await p.hold({ slotId: 'adviser~adviser-wang~2026-03-17T09:00:00+08:00', idempotencyKey: crypto.randomUUID() })
  const b = await p.confirm({ holdId: h.holdId, details: { name: '李大姐', mobile: '13900139000', needs: [] }, consent, idempotencyKey: crypto.randomUUID() })
  const h2 = await p.hold({ slotId: 'adviser~adviser-wang~2026-03-24T10:00:00+08:00', idempotencyKey: crypto.randomUUID() })
  await p.reschedule({ code: b.code, mobile: '13900139000', holdId: h2.holdId, idempotencyKey: crypto.randomUUID() })
  const before = await p.pendingCount()
  const offline = await syncOutbox(p, 'http://127.0.0.1:9', { retries: 0 })
  const online = await syncOutbox(p, baseUrl, { staffToken: token, backoffMs: 20 })
  return { code: b.code, before, offline: [offline.sent, offline.pending], online: [online.sent, online.failed, online.pending], after: await p.pendingCount() }
}`,
    )
    const { bundle } = (await import(join(root, 'scripts/lib/vite-bundle.mjs'))) as { bundle(o: { entries: Record<string, string>; outDir: string; write?: boolean }): Promise<{ code: string; isEntry: boolean }[]> }
    const chunks = await bundle({ entries: { entry }, outDir: join(dir, 'out'), write: false })
    pageJs = chunks.find((c) => c.isEntry)!.code
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
    try {
      const tab = await browser.newPage()
      await tab.goto(`${pageUrl}/`)
      await tab.waitForFunction(() => 'run' in window)
      const r = (await tab.evaluate(([u, t]) => (window as unknown as { run(u: string, t: string): Promise<unknown> }).run(u!, t!), [baseUrl, TOKEN])) as {
        code: string; before: number; offline: number[]; online: number[]; after: number
      }
      assert.equal(r.before, 2)
      assert.deepEqual(r.offline, [0, 2])
      assert.deepEqual(r.online, [2, 0, 0])
      assert.equal(r.after, 0)
      const county = await staff().lookup({ code: r.code, mobile: '13900139000' })
      assert.equal(county.start, '2026-03-24T10:00:00+08:00')
      assert.equal(county.details.name, '李大姐')
    } finally {
      await browser.close()
    }
  })
})
