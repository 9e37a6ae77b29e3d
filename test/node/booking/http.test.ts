import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HttpProvider } from '../../../packages/booking/src/http-provider.ts'
import { BookingError } from '../../../packages/booking/src/contract.ts'
import { prepareDataDir, signIn, startService, type ServiceProcess } from '../server/fixtures.ts'

// The county service runs as a real process on loopback (PGlite in a temp directory) with an
// ephemeral port and a fixed clock: Monday 2 March 2026, 08:00 Beijing time.
const SLOT = 'adviser~adviser-wang~2026-03-03T09:00:00+08:00'
const details = { name: '张秀英', mobile: '13800138000', idNumber: '11010519491231002X', needs: [] }
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
let service: ServiceProcess
let baseUrl = ''
let cookie = ''
const dir = mkdtempSync(join(tmpdir(), 'workroom-http-'))

before(async () => {
  await prepareDataDir(join(dir, 'data'))
  service = await startService(['--data', join(dir, 'data'), '--now', '2026-03-02T08:00:00+08:00', '--faults', '--no-rate-limit'])
  baseUrl = `${service.url}/api/booking/offices/qingshi`
  cookie = await signIn(service.url, 'clerk')
})
after(async () => {
  await service?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const provider = (o: Partial<ConstructorParameters<typeof HttpProvider>[0]> = {}) =>
  new HttpProvider({ baseUrl, backoffMs: 20, timeoutMs: 1_000, ...o, headers: { cookie, ...o.headers } })
const fault = (spec: string) => ({ headers: { cookie, 'x-workroom-fault': `${spec}; id=${crypto.randomUUID()}` } })

describe('HttpProvider against the reference server', () => {
  it('books, looks up and cancels by code and mobile', async () => {
    const p = provider()
    const { slots } = await p.listSlots({ serviceId: 'legal-aid', from: '2026-03-04', to: '2026-03-04' })
    assert.equal(slots[0]!.start, '2026-03-04T08:30:00+08:00')
    const hold = await p.hold({ slotId: slots[0]!.id, idempotencyKey: crypto.randomUUID() })
    const b = await p.confirm({ holdId: hold.holdId, details, consent, idempotencyKey: crypto.randomUUID() })
    assert.equal((await p.lookup({ code: b.code, mobile: '13800138000' })).code, b.code)
    const c = await p.cancel({ code: b.code, mobile: '13800138000', idempotencyKey: crypto.randomUUID() })
    assert.equal(c.status, 'cancelled')
  })

  it('never gives the last place to two residents at the same moment', async () => {
    const p = provider()
    const tries = await Promise.allSettled(Array.from({ length: 8 }, () => p.hold({ slotId: SLOT, idempotencyKey: crypto.randomUUID() })))
    assert.equal(tries.filter((t) => t.status === 'fulfilled').length, 1)
    for (const t of tries) if (t.status === 'rejected') assert.equal((t.reason as BookingError).code, 'slot-full')
  })

  it('retries after a 500 and still books once', async () => {
    const p = provider(fault('500; times=2'))
    const { slots } = await p.listSlots({ serviceId: 'legal-aid', from: '2026-03-05', to: '2026-03-05' })
    assert.ok(slots.length > 0)
  })

  it('does not book twice when the reply is lost after the booking was made (500 after commit, dropped connection)', async () => {
    const plain = provider()
    for (const spec of ['500-after', 'drop']) {
      const hold = await plain.hold({ slotId: 'legal-aid~aid-zhao~2026-03-06T08:30:00+08:00', priority: true, idempotencyKey: crypto.randomUUID() })
      const b = await provider(fault(spec)).confirm({ holdId: hold.holdId, details, consent, idempotencyKey: crypto.randomUUID() })
      const { bookings } = await plain.listBookings({ from: '2026-03-06', to: '2026-03-06' })
      assert.equal(bookings.filter((x) => x.code === b.code).length, 1, spec)
    }
    const { bookings } = await plain.listBookings({ from: '2026-03-06', to: '2026-03-06' })
    assert.equal(bookings.length, 2)
  })

  it('gives the same booking for a duplicate reply to the same idempotency key', async () => {
    const p = provider()
    const hold = await p.hold({ slotId: 'legal-aid~aid-zhao~2026-03-09T08:30:00+08:00', idempotencyKey: crypto.randomUUID() })
    const key = crypto.randomUUID()
    const [a, b] = await Promise.all([1, 2].map(() => p.confirm({ holdId: hold.holdId, details, consent, idempotencyKey: key })))
    assert.equal(a!.code, b!.code)
  })

  it('times out a slow reply, retries with the same key, and books once', async () => {
    const p = provider({ timeoutMs: 200, ...fault('delay=600') })
    const hold = await provider().hold({ slotId: 'legal-aid~aid-zhao~2026-03-10T08:30:00+08:00', idempotencyKey: crypto.randomUUID() })
    const b = await p.confirm({ holdId: hold.holdId, details, consent, idempotencyKey: crypto.randomUUID() })
    const { bookings } = await provider().listBookings({ from: '2026-03-10', to: '2026-03-10' })
    assert.deepEqual(bookings.map((x) => x.code), [b.code])
  })

  it('gives up with a clear error when the service keeps failing', async () => {
    await assert.rejects(provider({ retries: 2, ...fault('500; times=9') }).listSlots({ serviceId: 'adviser' }), (e: BookingError) => e.code === 'unavailable')
    await assert.rejects(new HttpProvider({ baseUrl: 'http://127.0.0.1:9', retries: 1, backoffMs: 10 }).listSlots({ serviceId: 'adviser' }), (e: BookingError) => e.code === 'unavailable')
  })

  it('refuses bad input with the field named, without retrying', async () => {
    await assert.rejects(provider().lookup({ code: 'ABC', mobile: '123' }), (e: BookingError) => e.code === 'invalid' && /mobile/.test(e.message))
  })

  it('keeps the staff ledger behind a staff sign-in', async () => {
    await assert.rejects(provider({ headers: { cookie: 'wr_staff=forged' } }).listBookings({ from: '2026-03-01', to: '2026-03-31' }), (e: BookingError) => e.code === 'invalid')
  })
})

describe('the reference server checks what each service needs', () => {
  it('refuses a legal-aid booking without a valid ID number, and an ID number the service did not ask for', async () => {
    const p = provider()
    const hold = await p.hold({ slotId: 'legal-aid~aid-zhao~2026-03-11T08:30:00+08:00', idempotencyKey: crypto.randomUUID() })
    await assert.rejects(p.confirm({ holdId: hold.holdId, details: { ...details, idNumber: '110105194912310021' }, consent, idempotencyKey: crypto.randomUUID() }), (e: BookingError) => e.code === 'invalid' && /idNumber/.test(e.message))
    const h2 = await p.hold({ slotId: 'adviser~adviser-wang~2026-03-10T09:00:00+08:00', idempotencyKey: crypto.randomUUID() })
    await assert.rejects(p.confirm({ holdId: h2.holdId, details, consent, idempotencyKey: crypto.randomUUID() }), (e: BookingError) => e.code === 'invalid')
  })
})
