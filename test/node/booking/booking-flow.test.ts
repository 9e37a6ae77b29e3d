import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BookingFlow } from '../../../packages/booking/src/booking/booking-flow.ts'
import { BookingError } from '../../../packages/booking/src/constants.ts'
import type { BookingProvider } from '../../../packages/booking/src/contract.ts'
import { demoConfig } from '../../../packages/booking/src/demo-config.ts'
import { MemoryProvider } from '../../../packages/booking/src/ledger.ts'
import { instantOf } from '../../../packages/booking/src/time.ts'

// Monday 2 March 2026, 08:00 Beijing time; the demo's legal adviser sits on Tuesdays, one place per half hour.
const NOW = instantOf('2026-03-02', 8 * 60)
const AT = (day: string, time: string) => `adviser~adviser-wang~${day}T${time}:00+08:00`

function setup(provider: BookingProvider = new MemoryProvider({ config: demoConfig, now: () => NOW })) {
  let changes = 0
  const flow = new BookingFlow({ provider: () => provider, config: () => demoConfig, now: () => NOW, changed: () => changes++ })
  return { flow, provider, changes: () => changes }
}

/** Service, no priority group, the day: on the time step. */
async function toTimes(flow: BookingFlow, day = '2026-03-03'): Promise<void> {
  flow.chooseServiceId('adviser')
  assert.equal(flow.chooseService(), true)
  flow.chooseGroupValue('none')
  assert.equal(await flow.chooseGroup(), 'ok')
  flow.chooseDay(day)
  assert.equal(flow.step, 'time')
}

async function toDetails(flow: BookingFlow, time = '09:00'): Promise<void> {
  await toTimes(flow)
  await flow.takeSlot(flow.slots.find((s) => s.id === AT('2026-03-03', time))!)
  assert.equal(flow.step, 'details')
}

function type(flow: BookingFlow): void {
  flow.keep('name', ' 张秀英 ')
  flow.keep('mobile', '１３８ ００１３ ８０００')
}

const placesLeft = async (p: BookingProvider, id: string) => (await p.listSlots({ serviceId: 'adviser', from: id.slice(-25, -15), to: id.slice(-25, -15) })).slots.find((s) => s.id === id)!.remaining

describe('BookingFlow', () => {
  it('books a held time with what was typed, trimmed, and tells its host at each change', async () => {
    const { flow, provider, changes } = setup()
    await toDetails(flow)
    assert.ok(flow.hold)
    type(flow)
    flow.toConsent()
    assert.equal(flow.step, 'consent')
    const booking = await flow.confirm()
    assert.equal(flow.step, 'done')
    assert.equal(booking?.start, '2026-03-03T09:00:00+08:00')
    assert.equal(flow.hold, undefined)
    const stored = await provider.lookup({ code: booking!.code, mobile: '13800138000' })
    assert.equal(stored.details.name, '张秀英')
    assert.ok(changes() > 5)
  })

  it('refuses no service, and a priority-only service for a resident in no group', async () => {
    const { flow } = setup()
    assert.equal(flow.chooseService(), false)
    assert.equal(flow.step, 'service')
    const onlyGroups = demoConfig.services.find((s) => s.eligibleGroups?.length)
    if (onlyGroups) {
      flow.chooseServiceId(onlyGroups.id)
      flow.chooseService()
      flow.chooseGroupValue('none')
      assert.equal(await flow.chooseGroup(), 'not-eligible')
      assert.equal(flow.step, 'group')
    }
  })

  it('when the hold lapses: gives the place back, keeps everything typed, books nothing until a time is picked again', async () => {
    const { flow, provider } = setup()
    await toDetails(flow)
    type(flow)
    assert.equal(await placesLeft(provider, AT('2026-03-03', '09:00')), 0)
    const lapsed = flow.lapse()
    assert.equal(flow.holdExpired, true)
    assert.equal(flow.hold, undefined)
    await lapsed
    assert.equal(await placesLeft(provider, AT('2026-03-03', '09:00')), 1)
    assert.equal(await flow.confirm(), undefined)
    assert.equal(flow.step, 'details')
    await flow.repick()
    assert.equal(flow.step, 'time')
    await flow.takeSlot(flow.slots.find((s) => s.id === AT('2026-03-03', '09:30'))!)
    assert.equal(flow.step, 'details')
    assert.equal(flow.holdExpired, false)
    assert.equal(flow.draft.name, ' 张秀英 ')
  })

  it('a lapse outside the details and consent steps changes nothing', async () => {
    const { flow } = setup()
    await toTimes(flow)
    await flow.lapse()
    assert.equal(flow.holdExpired, false)
  })

  it('when someone else took the place: says so, shows the times again with it gone', async () => {
    const { flow, provider } = setup()
    await toTimes(flow)
    const nine = flow.slots.find((s) => s.id === AT('2026-03-03', '09:00'))!
    await provider.hold({ slotId: nine.id, idempotencyKey: crypto.randomUUID() })
    await flow.takeSlot(nine)
    assert.equal(flow.step, 'time')
    assert.equal(flow.alert, 'errors.slotFull')
    assert.equal(flow.slots.find((s) => s.id === nine.id)?.remaining, 0)
  })

  it('when the hold was lost before consent: back to the times with the details kept, and a new key for the next try', async () => {
    const { flow, provider } = setup()
    await toDetails(flow)
    type(flow)
    flow.toConsent()
    await provider.releaseHold({ holdId: flow.hold!.holdId })
    await provider.hold({ slotId: AT('2026-03-03', '09:00'), idempotencyKey: crypto.randomUUID() })
    assert.equal(await flow.confirm(), undefined)
    assert.equal(flow.step, 'time')
    assert.equal(flow.alert, 'errors.holdExpired')
    assert.equal(flow.draft.name, ' 张秀英 ')
    await flow.takeSlot(flow.slots.find((s) => s.id === AT('2026-03-03', '09:30'))!)
    flow.toConsent()
    const booking = await flow.confirm()
    assert.equal(booking?.start, '2026-03-03T09:30:00+08:00')
  })

  it('joins the waiting list for a full day', async () => {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    for (const t of ['09:00', '09:30', '10:00', '10:30', '11:00']) await provider.hold({ slotId: AT('2026-03-03', t), idempotencyKey: crypto.randomUUID() })
    const { flow } = setup(provider)
    await toTimes(flow)
    assert.ok(flow.slots.filter((s) => s.date === '2026-03-03').every((s) => s.remaining === 0))
    flow.startWaitlist()
    assert.equal(flow.step, 'details')
    assert.equal(flow.waitlistMode, true)
    type(flow)
    flow.toConsent()
    assert.equal(await flow.confirm(), undefined)
    assert.equal(flow.step, 'time')
    assert.equal(flow.waitlisted, 1)
  })

  it('moves a booking found by code and mobile to another time, freeing the old one', async () => {
    const { flow: first, provider } = setup()
    await toDetails(first)
    type(first)
    first.toConsent()
    const booking = (await first.confirm())!
    const { flow } = setup(provider)
    flow.go('manage')
    flow.keep('code', booking.code.toLowerCase())
    flow.keep('mobile', '13800138000')
    await flow.find()
    assert.equal(flow.found?.code, booking.code)
    await flow.startReschedule()
    assert.equal(flow.step, 'day')
    flow.chooseDay('2026-03-10')
    await flow.takeSlot(flow.slots.find((s) => s.id === AT('2026-03-10', '10:00'))!)
    assert.equal(flow.step, 'done')
    assert.equal(flow.rescheduling, undefined)
    assert.equal((await provider.lookup({ code: booking.code, mobile: '13800138000' })).start, '2026-03-10T10:00:00+08:00')
    assert.equal(await placesLeft(provider, AT('2026-03-03', '09:00')), 1)
  })

  it('cancels a found booking once, even when tapped twice', async () => {
    const { flow: first, provider } = setup()
    await toDetails(first)
    type(first)
    first.toConsent()
    const booking = (await first.confirm())!
    const { flow } = setup(provider)
    flow.go('manage')
    flow.keep('code', booking.code)
    flow.keep('mobile', '13800138000')
    await flow.find()
    await Promise.all([flow.cancelFound(), flow.cancelFound()])
    assert.equal(flow.found?.status, 'cancelled')
    assert.equal(flow.manageMessage, 'manage.cancelled')
  })

  it('a failing provider shows the network message, never throws, and is not busy afterwards', async () => {
    const broken = new Proxy({} as BookingProvider, { get: () => () => Promise.reject(new TypeError('Failed to fetch')) })
    const { flow } = setup(broken)
    flow.chooseServiceId('adviser')
    flow.chooseService()
    await flow.chooseGroup()
    assert.equal(flow.step, 'day')
    assert.equal(flow.alert, 'errors.network')
    assert.equal(flow.busy, false)
  })

  it('a booking code nobody has: "not found"', async () => {
    const { flow } = setup()
    flow.go('manage')
    flow.keep('code', 'ACDEFG')
    flow.keep('mobile', '13800138000')
    await flow.find()
    assert.equal(flow.alert, 'errors.notFound')
    assert.ok(new BookingError('not-found'))
  })

  it('going back to the times gives the place back and keeps the details', async () => {
    const { flow, provider } = setup()
    await toDetails(flow)
    type(flow)
    await flow.backToTimes()
    assert.equal(flow.step, 'time')
    assert.equal(flow.hold, undefined)
    assert.equal(await placesLeft(provider, AT('2026-03-03', '09:00')), 1)
    assert.equal(flow.draft.name, ' 张秀英 ')
  })

  it('reset is a new flow: nothing of the last resident, waiting-list mode included; release gives the place back', async () => {
    const { flow, provider } = setup()
    await toTimes(flow)
    flow.startWaitlist()
    type(flow)
    const { flow: next } = setup(provider)
    assert.equal(flow.waitlistMode, true)
    assert.deepEqual(
      { step: next.step, serviceId: next.serviceId, group: next.group, slots: next.slots, hold: next.hold, draft: next.draft, waitlistMode: next.waitlistMode, waitlisted: next.waitlisted },
      { step: 'service', serviceId: '', group: '', slots: [], hold: undefined, draft: { name: '', mobile: '', idNumber: '', description: '', otherPartyName: '', otherPartyContact: '', notes: '', needs: [], topics: [], descriptionExtra: '' }, waitlistMode: false, waitlisted: 0 },
    )
    const other = setup(provider).flow
    await toDetails(other)
    await other.release()
    assert.equal(await placesLeft(provider, AT('2026-03-03', '09:00')), 1)
  })

  it('offers a screening result first and uses it only when the resident agrees', () => {
    const { flow } = setup()
    flow.offerPrefill({ serviceId: 'adviser', notes: '工资被拖欠' })
    assert.equal(flow.step, 'prefill')
    flow.decidePrefill(false, { serviceId: 'adviser', notes: '工资被拖欠' })
    assert.equal(flow.step, 'service')
    assert.equal(flow.serviceId, '')
    assert.equal(flow.draft.notes, '')
    const { flow: yes } = setup()
    yes.offerPrefill({ serviceId: 'adviser', notes: '工资被拖欠' })
    yes.decidePrefill(true, { serviceId: 'adviser', notes: '工资被拖欠' })
    assert.equal(yes.serviceId, 'adviser')
    assert.equal(yes.draft.notes, '工资被拖欠')
  })

  it('sends the mobile normalised and leaves empty optional fields out', async () => {
    const { flow } = setup()
    await toDetails(flow)
    type(flow)
    flow.keep('notes', '  ')
    assert.deepEqual(flow.details(), { name: '张秀英', mobile: '13800138000', needs: [] })
  })
})
