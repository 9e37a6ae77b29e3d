// One suite of booking-contract behaviours, run against every back end (the in-memory ledger,
// PGlite and PostgreSQL): the same requests must get the same answers.
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { BookingError, type BookingProvider, type SyncRequest, type SyncResponse } from '../../../packages/booking/src/contract.ts'

export type SuiteProvider = BookingProvider & { sync(req: SyncRequest): Promise<SyncResponse> }
export interface Backend {
  provider: SuiteProvider
  close(): Promise<void>
}

/** Monday 2 March 2026, 08:00 Beijing time. */
export const START = Date.parse('2026-03-02T08:00:00+08:00')
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
const details = { name: '张秀英', mobile: '13800138000', needs: [] }
const idDetails = { ...details, idNumber: '11010519491231002X' }
const key = () => crypto.randomUUID()
const ADVISER = (d: string) => `adviser~adviser-wang~2026-03-${d}T09:00:00+08:00`
const AID = (d: string, t = '08:30') => `legal-aid~aid-zhao~2026-03-${d}T${t}:00+08:00`

const rejectsWith = (p: Promise<unknown>, code: BookingError['code']) => assert.rejects(p, (e: unknown) => e instanceof BookingError && e.code === code)

export function contractSuite(name: string, open: (clock: { now: number }) => Promise<Backend>): void {
  describe(`booking contract on ${name}`, () => {
    const clock = { now: START }
    let b: Backend
    let p: SuiteProvider
    before(async () => {
      b = await open(clock)
      p = b.provider
    })
    after(() => b.close())

    it('lists slots with the places left for general and priority residents (green channel)', async () => {
      const { slots } = await p.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03' })
      assert.deepEqual(slots.map((s) => [s.start.slice(11, 16), s.remaining]), [['09:00', 1], ['09:30', 1], ['10:00', 1], ['10:30', 1], ['11:00', 1]])
      const prio = await p.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03', priority: true })
      assert.equal(prio.slots[0]!.remaining, 2)
    })

    it('gives the general place once, keeps the reserved one for a priority resident, then is full', async () => {
      await p.hold({ slotId: ADVISER('03'), idempotencyKey: key() })
      await rejectsWith(p.hold({ slotId: ADVISER('03'), idempotencyKey: key() }), 'slot-full')
      await p.hold({ slotId: ADVISER('03'), priority: true, idempotencyKey: key() })
      await rejectsWith(p.hold({ slotId: ADVISER('03'), priority: true, idempotencyKey: key() }), 'slot-full')
      const { slots } = await p.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03', priority: true })
      assert.equal(slots[0]!.remaining, 0)
    })

    it('refuses a slot the config does not offer', async () => {
      await rejectsWith(p.hold({ slotId: 'adviser~adviser-wang~2026-03-03T09:10:00+08:00', idempotencyKey: key() }), 'not-found')
      await rejectsWith(p.hold({ slotId: 'nonsense', idempotencyKey: key() }), 'not-found')
    })

    it('gives a released place back', async () => {
      const h = await p.hold({ slotId: ADVISER('10'), idempotencyKey: key() })
      await p.releaseHold({ holdId: h.holdId })
      await p.hold({ slotId: ADVISER('10'), idempotencyKey: key() })
    })

    it('books from a hold, finds it by code and mobile only, and answers a repeated key with the same booking', async () => {
      const h = await p.hold({ slotId: AID('04'), idempotencyKey: key() })
      const k = key()
      const booking = await p.confirm({ holdId: h.holdId, details: idDetails, consent, idempotencyKey: k })
      assert.match(booking.code, /^\d{8}$/)
      assert.equal(booking.status, 'booked')
      assert.equal(booking.start, '2026-03-04T08:30:00+08:00')
      assert.equal(booking.details.name, '张秀英')
      const again = await p.confirm({ holdId: h.holdId, details: idDetails, consent, idempotencyKey: k })
      assert.equal(again.code, booking.code)
      assert.equal((await p.lookup({ code: booking.code, mobile: '13800138000' })).code, booking.code)
      await rejectsWith(p.lookup({ code: booking.code, mobile: '13900139000' }), 'not-found')
      await rejectsWith(p.confirm({ holdId: h.holdId, details: idDetails, consent, idempotencyKey: key() }), 'hold-expired')
    })

    it('checks what the service needs: a valid ID number for legal aid, none where not asked', async () => {
      const h = await p.hold({ slotId: AID('05'), idempotencyKey: key() })
      await rejectsWith(p.confirm({ holdId: h.holdId, details: { ...details, idNumber: '110105194912310021' }, consent, idempotencyKey: key() }), 'invalid')
      await rejectsWith(p.confirm({ holdId: h.holdId, details, consent, idempotencyKey: key() }), 'invalid')
      const h2 = await p.hold({ slotId: ADVISER('17'), idempotencyKey: key() })
      await rejectsWith(p.confirm({ holdId: h2.holdId, details: idDetails, consent, idempotencyKey: key() }), 'invalid')
    })

    it('still books on a lapsed hold while its place is free, and not once someone else took it', async () => {
      const h = await p.hold({ slotId: ADVISER('24'), idempotencyKey: key() })
      clock.now += 6 * 60_000
      const late = await p.confirm({ holdId: h.holdId, details, consent, idempotencyKey: key() })
      assert.equal(late.status, 'booked')
      const h2 = await p.hold({ slotId: 'adviser~adviser-wang~2026-03-24T09:30:00+08:00', idempotencyKey: key() })
      clock.now += 6 * 60_000
      await p.hold({ slotId: 'adviser~adviser-wang~2026-03-24T09:30:00+08:00', idempotencyKey: key() })
      await rejectsWith(p.confirm({ holdId: h2.holdId, details, consent, idempotencyKey: key() }), 'hold-expired')
    })

    it('cancels by code and mobile, frees the place, and refuses a second cancel', async () => {
      const h = await p.hold({ slotId: ADVISER('31'), idempotencyKey: key() })
      const booking = await p.confirm({ holdId: h.holdId, details, consent, idempotencyKey: key() })
      await rejectsWith(p.hold({ slotId: ADVISER('31'), idempotencyKey: key() }), 'slot-full')
      const c = await p.cancel({ code: booking.code, mobile: '13800138000', reason: '有事', idempotencyKey: key() })
      assert.equal(c.status, 'cancelled')
      assert.equal(c.cancelReason, '有事')
      await p.hold({ slotId: ADVISER('31'), idempotencyKey: key() })
      await rejectsWith(p.cancel({ code: booking.code, mobile: '13800138000', idempotencyKey: key() }), 'conflict')
    })

    it('moves a booking to a newly held slot and frees the old one', async () => {
      const h = await p.hold({ slotId: AID('06'), idempotencyKey: key() })
      const booking = await p.confirm({ holdId: h.holdId, details: idDetails, consent, idempotencyKey: key() })
      const h2 = await p.hold({ slotId: AID('06', '09:00'), idempotencyKey: key() })
      const moved = await p.reschedule({ code: booking.code, mobile: '13800138000', holdId: h2.holdId, idempotencyKey: key() })
      assert.equal(moved.start, '2026-03-06T09:00:00+08:00')
      const { slots } = await p.listSlots({ serviceId: 'legal-aid', from: '2026-03-06', to: '2026-03-06' })
      assert.equal(slots.find((s) => s.id === AID('06'))!.remaining, 1)
      assert.equal(slots.find((s) => s.id === AID('06', '09:00'))!.remaining, 0)
    })

    it('queues residents on the waitlist in order and refuses an unknown service', async () => {
      const a = await p.joinWaitlist({ serviceId: 'mediation', date: '2026-03-09', details: { ...details, description: '宅基地' }, consent, idempotencyKey: key() })
      const bb = await p.joinWaitlist({ serviceId: 'mediation', date: '2026-03-09', details: { ...details, name: '李四', description: '宅基地' }, consent, idempotencyKey: key() })
      assert.deepEqual([a.position, bb.position], [1, 2])
      await rejectsWith(p.joinWaitlist({ serviceId: 'no-such-service', date: '2026-03-09', details, consent, idempotencyKey: key() }), 'not-found')
    })

    it('lists a day’s bookings for staff, by place, and records attended and no-show', async () => {
      const h = await p.hold({ slotId: AID('12'), idempotencyKey: key() })
      const booking = await p.confirm({ holdId: h.holdId, details: idDetails, consent, idempotencyKey: key() })
      const { bookings } = await p.listBookings({ from: '2026-03-12', to: '2026-03-12' })
      assert.deepEqual(bookings.map((x) => x.code), [booking.code])
      assert.equal((await p.listBookings({ from: '2026-03-12', to: '2026-03-12', placeId: 'dongping-workroom' })).bookings.length, 0)
      const done = await p.setStatus({ code: booking.code, status: 'attended', idempotencyKey: key() })
      assert.equal(done.status, 'attended')
      await rejectsWith(p.setStatus({ code: 'ZZZZZZ', status: 'no-show', idempotencyKey: key() }), 'not-found')
    })

    it('applies a kiosk’s offline changes in order, answers a repeat as duplicate, and rejects what it cannot take', async () => {
      const at = '2026-03-02T08:10:00+08:00'
      const k1 = key()
      const k2 = key()
      const entries = [
        { idempotencyKey: k1, operation: 'confirm' as const, createdAt: at, body: { code: 'ACDEF3', slotId: ADVISER('03').replace('09:00', '10:00'), priority: false, details, consent } },
        { idempotencyKey: k2, operation: 'cancel' as const, createdAt: at, body: { code: 'ACDEF3', mobile: '13800138000', reason: '有事', idempotencyKey: key() } },
      ]
      const first = await p.sync({ entries })
      assert.deepEqual(first.results.map((r) => r.status), ['applied', 'applied'])
      assert.equal((await p.lookup({ code: 'ACDEF3', mobile: '13800138000' })).status, 'cancelled')
      const again = await p.sync({ entries })
      assert.deepEqual(again.results.map((r) => r.status), ['duplicate', 'duplicate'])
      const slot = ADVISER('10').replace('09:00', '10:00')
      const full = await p.sync({
        entries: [
          { idempotencyKey: key(), operation: 'confirm', createdAt: at, body: { code: 'ACDEF4', slotId: slot, priority: false, details, consent } },
          { idempotencyKey: key(), operation: 'confirm', createdAt: at, body: { code: 'ACDEF5', slotId: slot, priority: true, details, consent } },
          { idempotencyKey: key(), operation: 'confirm', createdAt: at, body: { code: 'ACDEF7', slotId: slot, priority: true, details, consent } },
          { idempotencyKey: key(), operation: 'drop-tables' as never, createdAt: at, body: {} as never },
          { idempotencyKey: key(), operation: 'confirm', createdAt: at, body: { code: 'ACDEF9', slotId: ADVISER('10').replace('09:00', '10:30'), priority: false, details: { name: '', mobile: '1' }, consent } },
          { idempotencyKey: key(), operation: 'confirm', createdAt: at, body: { code: 'ACDEF6', slotId: ADVISER('10').replace('09:00', '11:00'), priority: false, details, consent } },
        ],
      })
      assert.deepEqual(full.results.map((r) => [r.status, r.reason?.code]), [['applied', undefined], ['applied', undefined], ['rejected', 'slot-full'], ['rejected', 'invalid'], ['rejected', 'invalid'], ['applied', undefined]])
      const dup = await p.sync({ entries: [{ idempotencyKey: key(), operation: 'confirm', createdAt: at, body: { code: 'ACDEF6', slotId: ADVISER('17').replace('09:00', '11:00'), priority: false, details, consent } }] })
      assert.deepEqual(dup.results.map((r) => [r.status, r.reason?.code]), [['rejected', 'conflict']])
    })
  })
}
