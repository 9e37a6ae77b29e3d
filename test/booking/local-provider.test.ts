import { expect } from '../helpers/index.js'
import { BookingError, LocalProvider, demoConfig, instantOf, type ConfirmRequest, type ResidentDetails } from '@workroom/booking'

// Monday 2 March 2026, 08:00 Beijing time: Tuesday's adviser session is bookable.
const NOW = instantOf('2026-03-02', 8 * 60)
const SLOT = 'adviser~adviser-wang~2026-03-03T09:00:00+08:00'
const details: ResidentDetails = { name: '张秀英', mobile: '13800138000', needs: [] }
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
let n = 0
const newProvider = (name = `booking-test-${Date.now()}-${n++}`) => new LocalProvider({ config: demoConfig, databaseName: name, now: () => NOW })

async function book(p: LocalProvider, slotId = SLOT, extra: Partial<ConfirmRequest> = {}) {
  const hold = await p.hold({ slotId, idempotencyKey: crypto.randomUUID() })
  return p.confirm({ holdId: hold.holdId, details, consent, idempotencyKey: crypto.randomUUID(), ...extra })
}

describe('LocalProvider (kiosk storage)', () => {
  it('books a Tuesday adviser slot and finds it again by code and mobile', async () => {
    const p = newProvider()
    const b = await book(p)
    expect(b.code).to.match(/^\d{8}$/)
    expect(b.start).to.equal('2026-03-03T09:00:00+08:00')
    const found = await p.lookup({ code: b.code, mobile: '13800138000' })
    expect(found.details.name).to.equal('张秀英')
    await p.database.destroy()
  })

  it('keeps the name and mobile unreadable at rest', async () => {
    const p = newProvider()
    const b = await book(p)
    const raw = JSON.stringify(await p.rawBooking(b.code), (_k, v) => (v instanceof ArrayBuffer ? Array.from(new Uint8Array(v)) : v))
    expect(raw).not.to.contain('13800138000')
    expect(raw).not.to.contain('张秀英')
    const key = await (await p.database.open()).get('keys', 'personal')
    expect(key).to.be.instanceOf(CryptoKey)
    expect((key as CryptoKey).extractable).to.equal(false)
    await p.database.destroy()
  })

  it('never gives the last place to two residents booking at the same moment (two tabs)', async () => {
    const name = `booking-race-${Date.now()}`
    const a = newProvider(name)
    const b = newProvider(name)
    // Capacity 2, one place reserved for priority groups: exactly one general place.
    const tries = await Promise.allSettled([a, b, a, b, a, b].map((p) => p.hold({ slotId: SLOT, idempotencyKey: crypto.randomUUID() })))
    expect(tries.filter((t) => t.status === 'fulfilled')).to.have.length(1)
    const refused = tries.filter((t): t is PromiseRejectedResult => t.status === 'rejected')
    expect(refused.every((r) => r.reason instanceof BookingError && r.reason.code === 'slot-full')).to.equal(true)
    // The green-channel place is still there for a priority resident, once.
    const pri = await Promise.allSettled([a, b].map((p) => p.hold({ slotId: SLOT, priority: true, idempotencyKey: crypto.randomUUID() })))
    expect(pri.filter((t) => t.status === 'fulfilled')).to.have.length(1)
    a.close()
    await b.database.destroy()
  })

  it('gives a place back when a hold lapses', async () => {
    let now = NOW
    const p = new LocalProvider({ config: demoConfig, databaseName: `booking-lapse-${Date.now()}`, now: () => now })
    await p.hold({ slotId: SLOT, idempotencyKey: crypto.randomUUID() })
    let err: unknown
    await p.hold({ slotId: SLOT, idempotencyKey: crypto.randomUUID() }).catch((e: unknown) => (err = e))
    expect((err as BookingError).code).to.equal('slot-full')
    now += 6 * 60_000
    const again = await p.hold({ slotId: SLOT, idempotencyKey: crypto.randomUUID() })
    expect(again.slotId).to.equal(SLOT)
    await p.database.destroy()
  })

  it('does not book twice when the same confirmation is sent twice', async () => {
    const p = newProvider()
    const hold = await p.hold({ slotId: SLOT, priority: true, idempotencyKey: crypto.randomUUID() })
    const key = crypto.randomUUID()
    const [x, y] = await Promise.all([
      p.confirm({ holdId: hold.holdId, details, consent, idempotencyKey: key }),
      p.confirm({ holdId: hold.holdId, details, consent, idempotencyKey: key }),
    ])
    expect(x.code).to.equal(y.code)
    const { bookings } = await p.listBookings({ from: '2026-03-03', to: '2026-03-03' })
    expect(bookings).to.have.length(1)
    await p.database.destroy()
  })

  it('queues every change in the outbox with its idempotency key, and empties it once sent', async () => {
    const p = newProvider()
    const b = await book(p)
    await p.cancel({ code: b.code, mobile: '13800138000', reason: '有事', idempotencyKey: 'cancel-key-1' })
    const pending = await p.pendingOutbox()
    expect(pending.map((e) => e.operation)).to.deep.equal(['confirm', 'cancel'])
    expect(pending[1]!.idempotencyKey).to.equal('cancel-key-1')
    const sent: string[] = []
    expect(await p.flushOutbox(async (_op, _body, key) => void sent.push(key))).to.deep.equal({ sent: 2, failed: 0 })
    expect(await p.pendingOutbox()).to.have.length(0)
    await p.database.destroy()
  })

  it('counts pending changes without decrypting them, and each entry says what the kiosk decided (code, slot)', async () => {
    const p = newProvider()
    expect(await p.pendingCount()).to.equal(0)
    const b = await book(p)
    const next = await p.hold({ slotId: 'adviser~adviser-wang~2026-03-03T10:00:00+08:00', idempotencyKey: crypto.randomUUID() })
    await p.reschedule({ code: b.code, mobile: '13800138000', holdId: next.holdId, idempotencyKey: 'move-key-1' })
    expect(await p.pendingCount()).to.equal(2)
    const [confirm, move] = await p.pendingOutbox()
    expect(confirm!.body).to.include({ code: b.code, slotId: SLOT, priority: false })
    expect(move!.body).to.include({ code: b.code, slotId: 'adviser~adviser-wang~2026-03-03T10:00:00+08:00' })
    await p.removeFromOutbox([confirm!.idempotencyKey])
    expect(await p.pendingCount()).to.equal(1)
    expect((await p.pendingOutbox())[0]!.idempotencyKey).to.equal('move-key-1')
    await p.database.destroy()
  })

  it('cancels and reschedules only with the right code and mobile', async () => {
    const p = newProvider()
    const b = await book(p)
    let err: unknown
    await p.cancel({ code: b.code, mobile: '13900139000', idempotencyKey: crypto.randomUUID() }).catch((e: unknown) => (err = e))
    expect((err as BookingError).code).to.equal('not-found')
    const next = await p.hold({ slotId: 'adviser~adviser-wang~2026-03-03T10:00:00+08:00', idempotencyKey: crypto.randomUUID() })
    const moved = await p.reschedule({ code: b.code, mobile: '13800138000', holdId: next.holdId, idempotencyKey: crypto.randomUUID() })
    expect(moved.start).to.equal('2026-03-03T10:00:00+08:00')
    const { slots } = await p.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03' })
    expect(slots.find((s) => s.id === SLOT)!.remaining).to.equal(1)
    await p.database.destroy()
  })

  it('keeps every finished booking when the page is closed in the middle of writes', async () => {
    const name = `booking-kill-${Date.now()}`
    const frame = document.createElement('iframe')
    frame.src = `/test/booking/fixtures/writer.html?db=${name}`
    document.body.append(frame)
    // Let the writer start, then kill its page mid-write.
    await new Promise<void>((resolve) => window.addEventListener('message', (e) => e.data === 'writing' && resolve()))
    await new Promise((r) => setTimeout(r, 30))
    frame.remove()
    const p = newProvider(name)
    const { bookings } = await p.listBookings({ from: '2026-03-01', to: '2026-04-30' })
    const outbox = await p.pendingOutbox()
    // Each booking is whole and has its outbox entry; nothing half-written.
    expect(bookings.length).to.be.greaterThan(0)
    expect(outbox.filter((e) => e.operation === 'confirm')).to.have.length(bookings.length)
    for (const b of bookings) expect(b.details.mobile).to.equal('13800138000')
    await p.database.destroy()
  })
})
