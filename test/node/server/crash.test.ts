// A crash never loses an acknowledged booking: the service (PGlite in its data directory) is
// killed with SIGKILL 20 times while residents book concurrently; after each restart every booking
// that got a 200 is there, and no slot holds more bookings than it has places.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPglite } from '../../../packages/server/src/db.ts'
import { prepareDataDir, startService, type ServiceProcess } from './fixtures.ts'

const KILLS = 20
const WORKERS = 6
const work = mkdtempSync(join(tmpdir(), 'wr-crash-'))
after(() => rmSync(work, { recursive: true, force: true }))
const OFFICE = '/api/booking/offices/qingshi'
const details = { name: '张秀英', mobile: '13800138000', idNumber: '11010519491231002X', needs: [] }
const consent = { version: '1', given: true as const, at: new Date().toISOString().slice(0, 19) + 'Z' }

async function call(url: string, path: string, body: unknown, worker: number): Promise<{ status: number; json: any }> {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${worker}.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify(body),
  })
  return { status: res.status, json: await res.json() }
}

/** Books as fast as it can until the process dies under it; returns the codes that got a 200. */
async function resident(url: string, worker: number, stop: { dead: boolean; firstAck?: () => void }): Promise<string[]> {
  const codes: string[] = []
  while (!stop.dead) {
    try {
      const { json } = await call(url, `${OFFICE}/slots/search`, { serviceId: 'legal-aid', priority: true }, worker)
      const free = (json.slots as Array<{ id: string; remaining: number }>).filter((s) => s.remaining > 0)
      if (!free.length) return codes
      const slot = free[Math.floor(Math.random() * Math.min(free.length, 8))]!
      const hold = await call(url, `${OFFICE}/holds`, { slotId: slot.id, priority: true, idempotencyKey: crypto.randomUUID() }, worker)
      if (hold.status !== 200) continue
      const booked = await call(url, `${OFFICE}/bookings`, { holdId: hold.json.holdId, details: { ...details, priorityGroup: 'elderly' }, consent, idempotencyKey: crypto.randomUUID() }, worker)
      if (booked.status === 200) {
        codes.push(booked.json.code)
        stop.firstAck?.()
      }
    } catch {
      // the process was killed mid-request: that request was never acknowledged
    }
  }
  return codes
}

describe('SIGKILL under concurrent booking load', () => {
  it(`loses no acknowledged booking across ${KILLS} kills and never counts a place twice`, { timeout: 300_000 }, async () => {
    const dir = join(work, 'data')
    await prepareDataDir(dir)
    const args = ['--data', dir, '--trust-proxy', '--no-rate-limit']
    const acknowledged: string[] = []
    let service: ServiceProcess | undefined
    for (let round = 0; round < KILLS; round++) {
      service = await startService(args)
      // Kill at a random moment once bookings are being acknowledged, so the kill lands mid-write.
      let acked!: () => void
      const firstAck = new Promise<void>((r) => (acked = r))
      const stop: { dead: boolean; firstAck?: () => void } = { dead: false, firstAck: () => acked() }
      const load = Array.from({ length: WORKERS }, (_, w) => resident(service!.url, w, stop))
      await Promise.race([firstAck, new Promise((r) => setTimeout(r, 20_000))])
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 400))
      await service.kill()
      stop.dead = true
      for (const codes of await Promise.all(load)) acknowledged.push(...codes)
    }
    service = await startService(args)
    try {
      const missing: string[] = []
      for (const code of acknowledged) {
        const r = await call(service.url, `${OFFICE}/bookings/lookup`, { code, mobile: details.mobile }, 0)
        if (r.status !== 200) missing.push(code)
      }
      assert.ok(acknowledged.length >= KILLS, `only ${acknowledged.length} bookings were acknowledged: the load did not run`)
      assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.length} acknowledged bookings lost`)
      process.stdout.write(`# crash: ${KILLS} kills, ${acknowledged.length} acknowledged bookings, 0 lost\n`)
    } finally {
      await service.stop()
    }
    const db = await openPglite(dir)
    try {
      const over = await db.query<{ slot_id: string; n: number; capacity: number }>(
        `select b.slot_id, count(*)::int as n, s.capacity from bookings b join slots s using (office_id, slot_id) where b.status <> 'cancelled' group by b.slot_id, s.capacity having count(*) > s.capacity`,
      )
      assert.deepEqual(over, [])
      const [dups] = await db.query<{ n: number }>('select count(*)::int as n from (select code from bookings group by code having count(*) > 1) d')
      assert.equal(dups!.n, 0)
    } finally {
      await db.close()
    }
  })
})
