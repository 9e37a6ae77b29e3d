import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BookingConfig, parseBookingConfig, type BookingConfigInput } from '../../../packages/booking/src/config.ts'
import { CN_HOLIDAYS_2026, HolidayCalendar, parseHolidayFile } from '../../../packages/booking/src/holidays.ts'
import { earliestAvailable, generateSlots, placesLeft } from '../../../packages/booking/src/slots.ts'
import { instantOf, weekdayOf } from '../../../packages/booking/src/time.ts'
import { demoConfig, demoConfigInput } from '../../../packages/booking/src/demo-config.ts'

const base: BookingConfigInput = {
  version: 1,
  dataController: { 'zh-Hans': '青石镇司法所' },
  places: [{ id: 'room', kind: 'workroom', name: { 'zh-Hans': '工作室' } }],
  services: [
    {
      id: 'adviser',
      kind: 'legal-consultation',
      name: { 'zh-Hans': '法律顾问' },
      placeId: 'room',
      minNoticeMinutes: 60,
      horizonDays: 60,
      rules: [{ weekday: 2, start: '09:00', end: '11:30', slotMinutes: 30, capacity: 2 }],
    },
  ],
}
const cfg = (patch: Partial<BookingConfigInput> = {}, service: object = {}) =>
  BookingConfig.parse({ ...base, ...patch, services: [{ ...base.services[0], ...service }] })
const cal = (c: BookingConfig) => new HolidayCalendar([CN_HOLIDAYS_2026], c.closures)
const at = (date: string, hhmm = '00:00') => instantOf(date, +hhmm.slice(0, 2) * 60 + +hhmm.slice(3))

describe('slot engine', () => {
  it('offers Tuesday 9:00–11:30 in 30-minute slots with capacity 2, in Beijing time', () => {
    const c = cfg()
    const slots = generateSlots(c, cal(c), { now: at('2026-03-01', '08:00'), from: '2026-03-03', to: '2026-03-03' })
    assert.deepEqual(
      slots.map((s) => s.start),
      ['09:00', '09:30', '10:00', '10:30', '11:00'].map((t) => `2026-03-03T${t}:00+08:00`),
    )
    assert.equal(slots[0]!.end, '2026-03-03T09:30:00+08:00')
    assert.equal(slots[0]!.capacity, 2)
  })

  it('has no sessions during the Spring Festival holiday (Tuesday 17 February 2026)', () => {
    const c = cfg()
    const slots = generateSlots(c, cal(c), { now: at('2026-02-10'), from: '2026-02-16', to: '2026-02-25' })
    assert.deepEqual([...new Set(slots.map((s) => s.date))], ['2026-02-24'])
  })

  it('opens on an official make-up working day (调休 Saturday 14 February) when the host says which rules apply', () => {
    const closed = cfg()
    assert.equal(generateSlots(closed, cal(closed), { now: at('2026-02-10'), from: '2026-02-14', to: '2026-02-14' }).length, 0)
    const open = cfg({ makeUpDayRulesFrom: 2 })
    assert.equal(weekdayOf('2026-02-14'), 6)
    assert.equal(generateSlots(open, cal(open), { now: at('2026-02-10'), from: '2026-02-14', to: '2026-02-14' }).length, 5)
  })

  it('knows every 2026 holiday and make-up day from the data file', () => {
    const c = new HolidayCalendar([CN_HOLIDAYS_2026])
    for (const d of ['2026-01-01', '2026-02-15', '2026-02-23', '2026-04-06', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-07'])
      assert.equal(c.dayKind(d).kind, 'holiday', d)
    for (const d of ['2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) assert.equal(c.dayKind(d).kind, 'make-up-workday', d)
    assert.equal(c.dayKind('2026-03-03').kind, 'normal')
    assert.ok(CN_HOLIDAYS_2026.source.published && CN_HOLIDAYS_2026.source.title.includes('2026'))
  })

  it('refuses a holiday file without a source', () => {
    const { source: _s, ...rest } = CN_HOLIDAYS_2026
    assert.throws(() => parseHolidayFile(rest), /source/)
  })

  it('closes for a local closure the host adds', () => {
    const c = cfg({ closures: [{ date: '2026-03-10', reason: '村委换届' }] })
    const slots = generateSlots(c, cal(c), { now: at('2026-03-01'), from: '2026-03-03', to: '2026-03-17' })
    assert.deepEqual([...new Set(slots.map((s) => s.date))], ['2026-03-03', '2026-03-17'])
  })

  it('applies a day off and an extra session', () => {
    const c = cfg({}, {
      exceptions: [
        { date: '2026-03-03', kind: 'closed', reason: '开庭' },
        { date: '2026-03-05', kind: 'extra', start: '14:00', end: '15:00', slotMinutes: 30, capacity: 1 },
      ],
    })
    const slots = generateSlots(c, cal(c), { now: at('2026-03-01'), from: '2026-03-03', to: '2026-03-05' })
    assert.deepEqual(slots.map((s) => s.start), ['2026-03-05T14:00:00+08:00', '2026-03-05T14:30:00+08:00'])
  })

  it('does not offer a slot sooner than the minimum notice', () => {
    const c = cfg()
    const slots = generateSlots(c, cal(c), { now: at('2026-03-03', '09:10'), from: '2026-03-03', to: '2026-03-03' })
    assert.equal(slots[0]!.start, '2026-03-03T10:30:00+08:00')
  })

  it('does not offer days past the booking horizon', () => {
    const c = cfg({}, { horizonDays: 7 })
    const slots = generateSlots(c, cal(c), { now: at('2026-03-02', '08:00') })
    assert.deepEqual([...new Set(slots.map((s) => s.date))], ['2026-03-03'])
  })

  it('keeps the green-channel share for priority groups', () => {
    const slot = { capacity: 2, reserved: 1 }
    assert.equal(placesLeft(slot, { general: 0, priority: 0 }, false), 1)
    assert.equal(placesLeft(slot, { general: 1, priority: 0 }, false), 0)
    assert.equal(placesLeft(slot, { general: 1, priority: 0 }, true), 1)
    assert.equal(placesLeft(slot, { general: 0, priority: 1 }, false), 1)
    assert.equal(placesLeft(slot, { general: 1, priority: 1 }, true), 0)
    const c = cfg({ greenChannel: { reservedShare: 0.5, groups: ['elderly'] } })
    assert.equal(generateSlots(c, cal(c), { now: at('2026-03-01'), to: '2026-03-03' })[0]!.reserved, 1)
  })

  it('offers priority residents the earliest slot that still has a place', () => {
    const slots = [
      { start: '2026-03-03T09:30:00+08:00', remaining: 1 },
      { start: '2026-03-03T09:00:00+08:00', remaining: 0 },
      { start: '2026-03-03T10:00:00+08:00', remaining: 2 },
    ]
    assert.equal(earliestAvailable(slots)!.start, '2026-03-03T09:30:00+08:00')
  })

  it('reports a config problem with its path', () => {
    const r = parseBookingConfig({ ...base, services: [{ ...base.services[0], placeId: 'nowhere' }] })
    assert.equal(r.ok, false)
    if (!r.ok) assert.equal(r.problems[0]!.path, 'services.0.placeId')
    const bad = parseBookingConfig({ ...base, version: 2 })
    assert.equal(bad.ok, false)
  })

  it('words every config problem as a core problem code, never a raw message key', () => {
    const codes = (data: unknown) => {
      const r = parseBookingConfig(data)
      return r.ok ? [] : r.problems.map((p) => [p.path, p.code, p.params ?? {}])
    }
    const service = base.services[0]!
    assert.deepEqual(codes({ ...base, services: [{ ...service, placeId: 'nowhere' }] }), [['services.0.placeId', 'unknownPlace', { id: 'nowhere' }]])
    assert.deepEqual(codes({ ...base, services: [{ ...service, id: 'Bad Id' }] }), [['services.0.id', 'configId', {}]])
    assert.deepEqual(codes({ ...base, services: [{ ...service, rules: [{ ...service.rules[0], start: '9点' }] }] }), [['services.0.rules.0.start', 'time', {}]])
    assert.deepEqual(codes({ ...base, services: [{ ...service, rules: [{ ...service.rules[0], capacity: 0 }] }] }), [['services.0.rules.0.capacity', 'tooLow', { count: 1 }]])
    assert.deepEqual(codes({ ...base, services: [{ ...service, rules: [{ ...service.rules[0], end: '09:10' }] }] }), [['services.0.rules.0', 'sessionShort', {}]])
    assert.deepEqual(codes({ ...base, services: [service, service] }), [['services', 'duplicateService', {}]])
    const r = parseBookingConfig({ ...base, services: [{ ...service, id: 'Bad Id' }] })
    // The English message for logs and API errors names the code, not a translation key.
    assert.ok(!r.ok && r.problems.every((p) => !p.message.startsWith('booking:')))
  })

  it('accepts the demo village workroom config', () => {
    assert.equal(parseBookingConfig(demoConfigInput).ok, true)
    assert.equal(demoConfig.services.length, 5)
  })
})
