// County service figures, on PGlite (the one-machine default) and on PostgreSQL 15:
//   1. requests per second and p50/p99 latency, 200 concurrent loopback clients, a mix of slot
//      search (60 %), lookup by code and mobile (25 %) and hold + release (15 %);
//   2. the race: 1,000 concurrent holds at one last place → exactly 1 booking (PostgreSQL);
//   3. restart: bookings found after a clean restart, and the time until it answers again;
//   4. crash: SIGKILL under concurrent booking load, acknowledged bookings lost.
// Run: node --conditions source --import tsx bench/server.ts [--seconds 8] [--kills 20]
import { Agent, request } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { crashLoop, prepareDataDir, startService, type ServiceProcess } from '../test/node/server/fixtures.ts'
import { startPgCluster } from '../test/node/server/pg-cluster.ts'

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '8' }, kills: { type: 'string', default: '20' }, clients: { type: 'string', default: '200' } } })
const SECONDS = Number(values.seconds)
const CLIENTS = Number(values.clients)
const OFFICE = '/api/booking/offices/qingshi'
const details = { name: '张秀英', mobile: '13800138000', idNumber: '11010519491231002X', needs: [], priorityGroup: 'elderly' }
const consent = { version: '1', given: true, at: new Date().toISOString().slice(0, 19) + 'Z' }
const work = mkdtempSync(join(tmpdir(), 'wr-bench-server-'))
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS })

function post(base: string, path: string, body: unknown, address = '127.0.0.1'): Promise<{ status: number; json: any }> {
  const data = JSON.stringify(body)
  const url = new URL(base + path)
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), 'x-forwarded-for': address } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        // Parsed only when read: the client should not spend the cores the service is measured on.
        res.on('end', () => {
          const status = res.statusCode ?? 0
          let parsed: unknown
          resolve({ status, get json() { return (parsed ??= JSON.parse(Buffer.concat(chunks).toString() || '{}')) as any } })
        })
      },
    )
    req.on('error', reject)
    req.end(data)
  })
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

async function throughput(service: ServiceProcess, label: string): Promise<void> {
  const base = service.url
  const { json } = await post(base, `${OFFICE}/slots/search`, { serviceId: 'legal-aid', priority: true })
  const slots = (json.slots as Array<{ id: string }>).map((s) => s.id)
  // Bookings to look up.
  const codes: string[] = []
  for (const slotId of slots.slice(0, 40)) {
    const h = await post(base, `${OFFICE}/holds`, { slotId, priority: true, idempotencyKey: crypto.randomUUID() }, `10.1.0.${codes.length}`)
    if (h.status !== 200) continue
    const b = await post(base, `${OFFICE}/bookings`, { holdId: h.json.holdId, details, consent, idempotencyKey: crypto.randomUUID() }, `10.1.0.${codes.length}`)
    if (b.status === 200) codes.push(b.json.code)
  }
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let requests = 0
  const until = performance.now() + SECONDS * 1000
  const client = async (c: number) => {
    const address = `10.2.${c >> 8}.${c & 255}`
    while (performance.now() < until) {
      const r = Math.random()
      const t0 = performance.now()
      let res: { status: number; json: any }
      if (r < 0.6) res = await post(base, `${OFFICE}/slots/search`, { serviceId: Math.random() < 0.5 ? 'legal-aid' : 'adviser' }, address)
      else if (r < 0.85) res = await post(base, `${OFFICE}/bookings/lookup`, { code: codes[Math.floor(Math.random() * codes.length)], mobile: details.mobile }, address)
      else {
        res = await post(base, `${OFFICE}/holds`, { slotId: slots[Math.floor(Math.random() * slots.length)], priority: true, idempotencyKey: crypto.randomUUID() }, address)
        if (res.status === 200) {
          latencies.push(performance.now() - t0)
          statuses.set(200, (statuses.get(200) ?? 0) + 1)
          requests++
          const t1 = performance.now()
          res = await post(base, `${OFFICE}/holds/release`, { holdId: res.json.holdId }, address)
          latencies.push(performance.now() - t1)
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          requests++
          continue
        }
      }
      latencies.push(performance.now() - t0)
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      requests++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)))
  const secs = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const mix = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
  console.log(`${label.padEnd(11)} ${(requests / secs).toFixed(0).padStart(6)} req/s   p50 ${pct(latencies, 50).toFixed(1)} ms   p99 ${pct(latencies, 99).toFixed(1)} ms   (${CLIENTS} clients, ${secs.toFixed(1)} s, ${mix})`)
}

async function race(service: ServiceProcess): Promise<void> {
  const base = service.url
  const { json } = await post(base, `${OFFICE}/slots/search`, { serviceId: 'legal-aid', priority: true })
  const slotId = (json.slots as Array<{ id: string }>).at(-1)!.id
  // Take one of its two places, so one is left.
  const h = await post(base, `${OFFICE}/holds`, { slotId, priority: true, idempotencyKey: crypto.randomUUID() }, '10.3.0.1')
  await post(base, `${OFFICE}/bookings`, { holdId: h.json.holdId, details, consent, idempotencyKey: crypto.randomUUID() }, '10.3.0.1')
  const t0 = performance.now()
  const attempts = await Promise.all(
    Array.from({ length: 1000 }, async (_, i) => {
      const address = `10.4.${i >> 8}.${i & 255}`
      const hold = await post(base, `${OFFICE}/holds`, { slotId, priority: true, idempotencyKey: crypto.randomUUID() }, address)
      if (hold.status !== 200) return hold.status
      const b = await post(base, `${OFFICE}/bookings`, { holdId: hold.json.holdId, details, consent, idempotencyKey: crypto.randomUUID() }, address)
      return b.status === 200 ? 'booked' : b.status
    }),
  )
  const booked = attempts.filter((a) => a === 'booked').length
  const full = attempts.filter((a) => a === 409).length
  console.log(`race        1000 concurrent attempts at the last place → ${booked} booking, ${full} told slot-full, ${1000 - booked - full} other, in ${(performance.now() - t0).toFixed(0)} ms`)
}

async function restart(args: string[]): Promise<void> {
  let service = await startService(args)
  const codes: string[] = []
  const { json } = await post(service.url, `${OFFICE}/slots/search`, { serviceId: 'legal-aid', priority: true })
  for (const s of (json.slots as Array<{ id: string }>).slice(-20)) {
    const h = await post(service.url, `${OFFICE}/holds`, { slotId: s.id, priority: true, idempotencyKey: crypto.randomUUID() }, `10.5.0.${codes.length}`)
    const b = await post(service.url, `${OFFICE}/bookings`, { holdId: h.json.holdId, details, consent, idempotencyKey: crypto.randomUUID() }, `10.5.0.${codes.length}`)
    if (b.status === 200) codes.push(b.json.code)
  }
  await service.stop()
  const t0 = performance.now()
  service = await startService(args)
  const ready = performance.now() - t0
  let found = 0
  for (const code of codes) if ((await post(service.url, `${OFFICE}/bookings/lookup`, { code, mobile: details.mobile })).status === 200) found++
  await service.stop()
  console.log(`restart     ${found} of ${codes.length} bookings found after a restart; listening again ${ready.toFixed(0)} ms after start (process start, PGlite open, migrations check)`)
}

try {
  console.log(`County service on ${CLIENTS} concurrent loopback clients, ${SECONDS} s a run (in-memory reference server before: 7,000 req/s, p99 63 ms)`)
  // PGlite
  const dir = join(work, 'pglite')
  await prepareDataDir(dir)
  const pgliteArgs = ['--data', dir, '--trust-proxy', '--no-rate-limit']
  let service = await startService(pgliteArgs)
  await throughput(service, 'PGlite')
  await service.stop()
  await restart(pgliteArgs)
  // PostgreSQL
  const cluster = await startPgCluster()
  try {
    const url = await cluster.database('bench')
    const { openLedger } = await import('../test/node/server/fixtures.ts')
    const { db } = await openLedger(url, { now: Date.now() })
    const { StaffAuth } = await import('../packages/server/src/auth.ts')
    await new StaffAuth(db).createAccount({ username: 'admin', displayName: 'admin', password: 'bench-password-1', role: 'county-admin' })
    await db.close()
    const pgArgs = ['--trust-proxy', '--no-rate-limit']
    service = await startService(pgArgs, { DATABASE_URL: url })
    await throughput(service, 'PostgreSQL')
    await race(service)
    await service.stop()
  } finally {
    cluster.stop()
  }
  // Crash
  const crashDir = join(work, 'crash')
  await prepareDataDir(crashDir)
  const crashArgs = ['--data', crashDir, '--trust-proxy', '--no-rate-limit']
  const kills = Number(values.kills)
  const acknowledged = await crashLoop(crashArgs, kills, 6)
  service = await startService(crashArgs)
  let lost = 0
  for (const code of acknowledged) if ((await post(service.url, `${OFFICE}/bookings/lookup`, { code, mobile: details.mobile })).status !== 200) lost++
  await service.stop()
  console.log(`crash       ${kills} SIGKILLs under booking load: ${acknowledged.length} acknowledged bookings, ${lost} lost`)
} finally {
  agent.destroy()
  rmSync(work, { recursive: true, force: true })
}
