// Races on a real PostgreSQL 15 (PGlite runs one transaction at a time, so only a real server can
// show two takers racing): many residents at once for the last places, repeated keys, repeated
// sync batches. The database decides; nobody gets a place twice.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BookingError } from '../../../packages/booking/src/contract.ts'
import type { Db } from '../../../packages/server/src/db.ts'
import type { CountyLedger } from '../../../packages/server/src/ledger.ts'
import { openLedger, startService } from './fixtures.ts'
import { startPgCluster, type PgCluster } from './pg-cluster.ts'
import { START } from './contract-suite.ts'

const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
const details = { name: '张秀英', mobile: '13800138000', needs: [], idNumber: '11010519491231002X' }
const key = () => crypto.randomUUID()
const clock = { now: START }
let cluster: PgCluster
let ledger: CountyLedger
let db: Db
const ctx = (i: number) => ({ actor: { kind: 'resident' as const }, address: `10.0.${i >> 8}.${i & 255}` })
const p = (i = 0) => ledger.provider('qingshi', ctx(i))

before(async () => {
  cluster = await startPgCluster()
  ;({ ledger, db } = await openLedger(await cluster.database('race'), clock))
})
after(async () => {
  await db?.close()
  cluster?.stop()
})

const settle = async <T>(n: number, fn: (i: number) => Promise<T>) => {
  const all = await Promise.allSettled(Array.from({ length: n }, (_, i) => fn(i)))
  return { ok: all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])), errors: all.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])) }
}

describe('races on PostgreSQL', () => {
  it('gives 2 places to exactly 2 of 200 residents holding at the same moment', async () => {
    const slotId = 'legal-aid~aid-zhao~2026-03-04T08:30:00+08:00'
    const { ok, errors } = await settle(200, (i) => p(i).hold({ slotId, priority: true, idempotencyKey: key() }))
    assert.equal(ok.length, 2)
    assert.ok(errors.every((e) => e instanceof BookingError && e.code === 'slot-full'), String(errors.find((e) => !(e instanceof BookingError))))
  })

  it('keeps the green-channel place: of 100 general residents at once exactly 1 gets the one general place', async () => {
    const slotId = 'legal-aid~aid-zhao~2026-03-04T09:00:00+08:00'
    const { ok } = await settle(100, (i) => p(i).hold({ slotId, idempotencyKey: key() }))
    assert.equal(ok.length, 1)
    const { ok: prio } = await settle(20, (i) => p(i).hold({ slotId, priority: true, idempotencyKey: key() }))
    assert.equal(prio.length, 1)
  })

  it('books once when the same confirm arrives 20 times at once (a retried request)', async () => {
    const h = await p().hold({ slotId: 'legal-aid~aid-zhao~2026-03-04T09:30:00+08:00', idempotencyKey: key() })
    const k = key()
    const { ok, errors } = await settle(20, () => p().confirm({ holdId: h.holdId, details, consent, idempotencyKey: k }))
    assert.deepEqual(errors, [])
    assert.equal(new Set(ok.map((b) => b.code)).size, 1)
    const [n] = await db.query<{ n: number }>("select count(*)::int as n from bookings where slot_id = 'legal-aid~aid-zhao~2026-03-04T09:30:00+08:00'")
    assert.equal(n!.n, 1)
  })

  it('never over-books when lapsed holds are confirmed while new residents hold the same slot', async () => {
    const slotId = 'legal-aid~aid-zhao~2026-03-04T10:00:00+08:00'
    const first = await settle(2, (i) => p(i).hold({ slotId, priority: true, idempotencyKey: key() }))
    clock.now += 6 * 60_000 // both lapse
    const late = first.ok.map((h) => () => p().confirm({ holdId: h.holdId, details, consent, idempotencyKey: key() }))
    const fresh = Array.from({ length: 30 }, (_, i) => () => p(100 + i).hold({ slotId, priority: true, idempotencyKey: key() }))
    const mixed = await Promise.allSettled([...late, ...fresh].map((f) => f()))
    assert.equal(mixed.filter((r) => r.status === 'fulfilled').length, 2)
  })

  it('applies each change of a kiosk batch sent 10 times at once exactly once', async () => {
    const at = '2026-03-02T08:10:00+08:00'
    const entries = ['08:30', '09:00'].map((t, i) => ({
      idempotencyKey: key(), operation: 'confirm' as const, createdAt: at,
      body: { code: `RACE${'AC'[i]}${'DE'[i]}`, slotId: `legal-aid~aid-zhao~2026-03-05T${t}:00+08:00`, priority: false, details, consent },
    }))
    const { ok, errors } = await settle(10, () => p().sync({ entries }))
    assert.deepEqual(errors, [])
    for (let i = 0; i < entries.length; i++) {
      const statuses = ok.map((r) => r.results[i]!.status)
      assert.equal(statuses.filter((s) => s === 'applied').length, 1, statuses.join())
      assert.equal(statuses.filter((s) => s === 'duplicate').length, 9)
    }
  })

  it('gives 20 residents joining one waitlist at once the positions 1 to 20', async () => {
    const { ok } = await settle(20, (i) => p(i).joinWaitlist({ serviceId: 'mediation', date: '2026-03-09', details: { ...details, idNumber: undefined, description: '纠纷' }, consent, idempotencyKey: key() }))
    assert.deepEqual(ok.map((e) => e.position).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1))
  })

  it('leaves no slot with more places taken than it has', async () => {
    const rows = await db.query<{ slot_id: string; capacity: number; taken: number }>(
      `select s.slot_id, s.capacity, (select count(*) from bookings b where b.slot_id = s.slot_id and b.status <> 'cancelled')::int
         + (select count(*) from holds h where h.slot_id = s.slot_id and h.ended_at is null and h.expires_at > $1)::int as taken from slots s`,
      [new Date(clock.now)],
    )
    assert.ok(rows.length >= 6)
    for (const r of rows) assert.ok(r.taken <= r.capacity, `${r.slot_id}: ${r.taken} of ${r.capacity}`)
  })
})

describe('the service on PostgreSQL (DATABASE_URL)', () => {
  it('refuses to start without a data key, then keeps bookings across a restart', async () => {
    const url = await cluster.database('service')
    await assert.rejects(startService(['--demo'], { DATABASE_URL: url, WORKROOM_DATA_KEYS: '' }), (e: { output: string }) => /With DATABASE_URL, give --key-file or WORKROOM_DATA_KEYS/.test(e.output))
    let s = await startService(['--demo', '--now', '2026-03-02T08:00:00+08:00'], { DATABASE_URL: url })
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${s.url}/api/booking/offices/qingshi${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: res.status, json: (await res.json()) as any }
    }
    try {
      const hold = await post('/holds', { slotId: 'adviser~adviser-wang~2026-03-03T09:00:00+08:00', idempotencyKey: key() })
      const booked = await post('/bookings', { holdId: hold.json.holdId, details: { name: '王大爷', mobile: '13700137000' }, consent, idempotencyKey: key() })
      assert.equal(booked.status, 200)
      await s.stop()
      s = await startService(['--demo', '--now', '2026-03-02T08:00:00+08:00'], { DATABASE_URL: url })
      assert.match(s.output(), /"engine":"postgres"/)
      const found = await post('/bookings/lookup', { code: booked.json.code, mobile: '13700137000' })
      assert.equal(found.json.details.name, '王大爷')
      const ready = (await (await fetch(`${s.url}/ready`)).json()) as { engine: string; ready: boolean }
      assert.deepEqual([ready.engine, ready.ready], ['postgres', true])
    } finally {
      await s.stop()
    }
  })
})
