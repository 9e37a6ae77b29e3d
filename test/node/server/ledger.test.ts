// The county ledger's own duties, beyond the shared contract: limits on holds, retention, key
// rotation and what the database refuses. PGlite in memory, with a clock the tests move.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Keyring, addKey } from '../../../packages/server/src/crypto.ts'
import { CountyLedger, DEFAULT_HOLD_LIMITS, LimitError } from '../../../packages/server/src/ledger.ts'
import { reencryptAll } from '../../../packages/server/src/rotate.ts'
import { openLedger, TEST_KEYS } from './fixtures.ts'
import { START } from './contract-suite.ts'

const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
const details = { name: '张秀英', mobile: '13800138000', needs: [], idNumber: '11010519491231002X' }
const key = () => crypto.randomUUID()
const resident = (address: string, clientId?: string) => ({ actor: { kind: 'resident' as const }, address, ...(clientId ? { clientId } : {}) })

describe('limits on holds', () => {
  it('lets one address hold at most 10 places of the whole horizon, not all of them', async () => {
    const clock = { now: START }
    const { ledger, db } = await openLedger('memory://', clock, DEFAULT_HOLD_LIMITS)
    const p = ledger.provider('qingshi', resident('198.51.100.1'))
    const { slots } = await p.listSlots({ serviceId: 'legal-aid', priority: true })
    const places = slots.reduce((n, s) => n + s.remaining, 0)
    assert.ok(places > 400, `the demo horizon has ${places} places`)
    let held = 0
    let refused = 0
    for (const s of slots.slice(0, 40))
      try {
        await p.hold({ slotId: s.id, priority: true, idempotencyKey: key() })
        held++
      } catch (err) {
        assert.ok(err instanceof LimitError)
        refused++
      }
    assert.deepEqual([held, refused], [10, 30])
    // Another resident, elsewhere, is not affected.
    await ledger.provider('qingshi', resident('198.51.100.2')).hold({ slotId: slots[50]!.id, idempotencyKey: key() })
    await db.close()
  })

  it('stops one client from holding the same place again and again (a hard cap on total hold time)', async () => {
    const clock = { now: START }
    const { ledger, db } = await openLedger('memory://', clock, DEFAULT_HOLD_LIMITS)
    const p = ledger.provider('qingshi', resident('198.51.100.3', 'phone-1'))
    const slotId = 'legal-aid~aid-zhao~2026-03-04T08:30:00+08:00'
    for (let i = 0; i < 3; i++) {
      await p.hold({ slotId, idempotencyKey: key() })
      clock.now += 5 * 60_000 // each hold runs its full 5 minutes
    }
    await assert.rejects(p.hold({ slotId, idempotencyKey: key() }), (e: unknown) => e instanceof LimitError && /held for long enough/.test(e.message))
    // …but it can still book a place it holds, and others can hold that slot.
    await ledger.provider('qingshi', resident('198.51.100.4')).hold({ slotId, idempotencyKey: key() })
    await db.close()
  })
})

describe('slot search', () => {
  it('writes the same JSON from its per-slot strings as from the objects, holds and bookings counted', async () => {
    const clock = { now: START }
    const { ledger, db } = await openLedger('memory://', clock)
    const p = ledger.provider('qingshi', resident('198.51.100.9'))
    const h = await p.hold({ slotId: 'legal-aid~aid-zhao~2026-03-04T08:30:00+08:00', idempotencyKey: key() })
    await p.confirm({ holdId: h.holdId, details, consent, idempotencyKey: key() })
    await p.hold({ slotId: 'legal-aid~aid-zhao~2026-03-04T09:00:00+08:00', priority: true, idempotencyKey: key() })
    for (const req of [{ serviceId: 'legal-aid' }, { serviceId: 'legal-aid', priority: true }, { serviceId: 'adviser', from: '2026-03-10', to: '2026-03-10' }, { serviceId: 'video', from: '2026-03-07', to: '2026-03-08' }]) {
      const json = await ledger.listSlotsJson('qingshi', req)
      assert.equal(json, JSON.stringify(await ledger.listSlots('qingshi', req)))
    }
    const { slots } = JSON.parse(await ledger.listSlotsJson('qingshi', { serviceId: 'legal-aid', from: '2026-03-04', to: '2026-03-04' })) as { slots: Array<{ remaining: number }> }
    assert.deepEqual(slots.slice(0, 3).map((s) => s.remaining), [0, 1, 1], 'booked by a general resident; held by a priority one (the green-channel place); free')
    await db.close()
  })
})

describe('retention', () => {
  it('deletes a booking’s personal data 180 days after the appointment and keeps its anonymous row', async () => {
    const clock = { now: START }
    const { ledger, db } = await openLedger('memory://', clock)
    const p = ledger.provider('qingshi', resident('198.51.100.5'))
    const h = await p.hold({ slotId: 'legal-aid~aid-zhao~2026-03-04T08:30:00+08:00', idempotencyKey: key() })
    const b = await p.confirm({ holdId: h.holdId, details, consent, idempotencyKey: key() })
    await p.joinWaitlist({ serviceId: 'mediation', date: '2026-03-09', details: { ...details, idNumber: undefined, description: '邻里纠纷' }, consent, idempotencyKey: key() })
    clock.now = Date.parse('2026-08-30T09:00:00+08:00') // 179 days after
    assert.deepEqual((await ledger.purgeExpired()).bookings, 0)
    assert.equal((await p.lookup({ code: b.code, mobile: details.mobile })).code, b.code)
    clock.now = Date.parse('2026-08-31T09:30:00+08:00') // 180 days after it ended
    const purged = await ledger.purgeExpired()
    assert.equal(purged.bookings, 1)
    assert.equal(purged.waitlist, 0, 'the waitlist entry is kept 180 days after the day it was for (9 March)')
    await assert.rejects(p.lookup({ code: b.code, mobile: details.mobile }))
    const [row] = await db.query<{ private_enc: unknown; status: string; purged_at: Date }>('select private_enc, status, purged_at from bookings where code = $1', [b.code])
    assert.deepEqual([row!.private_enc, row!.status, row!.purged_at.toISOString()], [null, 'booked', '2026-08-31T01:30:00.000Z'])
    const [idem] = await db.query<{ n: number }>('select count(*)::int as n from idempotency_keys where response_enc is not null')
    assert.equal(idem!.n, 0, 'stored replies (which hold the details too) are gone')
    clock.now = Date.parse('2026-09-06T00:00:00+08:00')
    assert.equal((await ledger.purgeExpired()).waitlist, 1)
    const logs = await db.query<{ detail: { bookings: number; waitlist: number } }>("select detail from audit_log where action = 'retention.purge' order by id")
    assert.deepEqual(logs.map((l) => [l.detail.bookings, l.detail.waitlist]), [[1, 0], [0, 1]])
    await db.close()
  })
})

describe('data keys', () => {
  it('keeps old rows readable after a new key, re-encrypts them all, and then needs only the new key', async () => {
    const clock = { now: START }
    const { ledger, db } = await openLedger('memory://', clock)
    const p = ledger.provider('qingshi', resident('198.51.100.6'))
    const h = await p.hold({ slotId: 'legal-aid~aid-zhao~2026-03-05T08:30:00+08:00', idempotencyKey: key() })
    const b = await p.confirm({ holdId: h.holdId, details, consent, idempotencyKey: key() })
    const rotated = addKey(TEST_KEYS, 'test2')
    const both = new CountyLedger({ db, keyring: new Keyring(rotated), now: () => clock.now })
    assert.equal((await both.openBooking('qingshi', b.code)).details.name, '张秀英')
    assert.ok((await reencryptAll(db, new Keyring(rotated))) >= 2)
    const ids = await db.query<{ key_id: string }>('select distinct key_id from bookings where key_id is not null')
    assert.deepEqual(ids.map((r) => r.key_id), ['test2'])
    const onlyNew = new CountyLedger({ db, keyring: new Keyring({ current: 'test2', keys: { test2: rotated.keys['test2']! } }), now: () => clock.now })
    assert.equal((await onlyNew.openBooking('qingshi', b.code)).details.mobile, '13800138000')
    // A ciphertext copied onto another row does not open there.
    const sealed = new Keyring(TEST_KEYS).seal({ details }, 'booking:AAAAAA')
    assert.throws(() => new Keyring(TEST_KEYS).open(sealed.data, sealed.keyId, 'booking:BBBBBB'))
    await db.close()
  })
})

describe('the database refuses what the code must never write', () => {
  it('keeps the audit log append-only and a booking’s data either sealed or purged', async () => {
    const { db } = await openLedger('memory://', { now: START })
    await assert.rejects(db.query('delete from audit_log'), /append-only/)
    await assert.rejects(db.query("update audit_log set action = 'x'"), /append-only/)
    await assert.rejects(
      db.query(`insert into bookings (code, office_id, service_id, place_id, slot_id, starts_at, ends_at, status, priority, private_enc, key_id, created_at, updated_at, purge_after, source)
        values ('AAAAAA', 'qingshi', 's', 'p', 'x', now(), now() + interval '1 hour', 'booked', false, null, null, now(), now(), now(), 'web')`),
    )
    await db.close()
  })
})
