import type { BookingConfig, Service, WeeklyRule } from './config.js'
import type { HolidayCalendar } from './holidays.js'
import { addDays, daysBetween, instantOf, minutesOf, toIsoDate, weekdayOf, type IsoDate, type Weekday } from './time.js'

/** One bookable time for one service (and staff member, when rules name one). */
export interface Slot {
  /** Stable: `service~staff~start`. */
  id: string
  serviceId: string
  placeId: string
  staffId?: string
  date: IsoDate
  /** ISO 8601 with +08:00. */
  start: string
  end: string
  capacity: number
  /** Places kept for priority groups (green channel). */
  reserved: number
}

/** How many places a slot already has taken, by general and priority residents. */
export interface Taken {
  general: number
  priority: number
}

export interface SlotQuery {
  /** Now, ms since epoch (injected so tests and servers agree). */
  now: number
  serviceId?: string
  /** Inclusive date range, clipped to notice and horizon. */
  from?: IsoDate
  to?: IsoDate
}

export function slotId(serviceId: string, staffId: string | undefined, startIso: string): string {
  return `${serviceId}~${staffId ?? '-'}~${startIso}`
}

type Session = Pick<WeeklyRule, 'start' | 'end' | 'slotMinutes' | 'capacity' | 'staffId'>

/** Rules by weekday and exceptions by date, worked out once per service. */
interface ServicePlan {
  byWeekday: Session[][]
  exceptions: Map<IsoDate, Service['exceptions']>
}
const plans = new WeakMap<Service, ServicePlan>()
function planOf(service: Service): ServicePlan {
  let plan = plans.get(service)
  if (!plan) {
    const byWeekday: Session[][] = [[], [], [], [], [], [], [], []]
    for (const r of service.rules) byWeekday[r.weekday]!.push(r)
    const exceptions = new Map<IsoDate, Service['exceptions']>()
    for (const e of service.exceptions) exceptions.set(e.date, [...(exceptions.get(e.date) ?? []), e])
    plans.set(service, (plan = { byWeekday, exceptions }))
  }
  return plan
}

/** The sessions a service runs on a date after holidays, 调休, closures and exceptions. */
export function sessionsOn(config: BookingConfig, calendar: HolidayCalendar, service: Service, date: IsoDate, weekday: Weekday = weekdayOf(date)): Session[] {
  const plan = planOf(service)
  const exceptions = plan.exceptions.get(date)
  if (exceptions?.some((e) => e.kind === 'closed' && !e.staffId)) return []
  const day = calendar.dayKind(date, service.placeId)
  if (day.kind === 'closure' || (day.kind === 'holiday' && !exceptions)) return []
  let weekly: Session[] = []
  if (day.kind === 'normal') weekly = plan.byWeekday[weekday]!
  else if (day.kind === 'make-up-workday') weekly = plan.byWeekday[config.makeUpDayRulesFrom || weekday]!
  if (!exceptions) return weekly
  const offStaff = new Set(exceptions.flatMap((e) => (e.kind === 'closed' && e.staffId ? [e.staffId] : [])))
  const extras: Session[] = exceptions.filter((e) => e.kind === 'extra')
  return [...weekly.filter((r) => !r.staffId || !offStaff.has(r.staffId)), ...extras]
}

const pad = (n: number) => (n < 10 ? '0' : '') + n
/** `2026-03-03T09:00:00+08:00` from a date and minutes after midnight, without a Date object. */
function isoAt(date: IsoDate, minutes: number): string {
  return `${date}T${pad((minutes / 60) | 0)}:${pad(minutes % 60)}:00+08:00`
}

/**
 * Every slot a resident could book now: weekly rules and exceptions, minus holidays and closures,
 * from the minimum notice to the horizon. Sorted by start, then service.
 */
export function generateSlots(config: BookingConfig, calendar: HolidayCalendar, query: SlotQuery): Slot[] {
  const today = toIsoDate(query.now)
  const share = config.greenChannel.reservedShare
  const services = query.serviceId ? config.services.filter((s) => s.id === query.serviceId) : config.services
  let maxHorizon = 0
  for (const s of services) maxHorizon = Math.max(maxHorizon, s.horizonDays)
  const from = query.from && query.from > today ? query.from : today
  const lastAll = addDays(today, maxHorizon)
  const to = query.to && query.to < lastAll ? query.to : lastAll
  const out: Slot[] = []
  // Day by day, so each day's few slots are sorted alone and the whole list comes out in order.
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const dayStart = out.length
    const daysAhead = daysBetween(today, date)
    const weekday = weekdayOf(date)
    const midnight = instantOf(date, 0)
    for (const service of services) {
      if (daysAhead > service.horizonDays) continue
      const earliest = query.now + service.minNoticeMinutes * 60_000
      for (const s of sessionsOn(config, calendar, service, date, weekday)) {
        const endMin = minutesOf(s.end)
        const reserved = Math.floor(s.capacity * share)
        const staff = s.staffId ?? '-'
        for (let m = minutesOf(s.start); m + s.slotMinutes <= endMin; m += s.slotMinutes) {
          if (midnight + m * 60_000 < earliest) continue
          const start = isoAt(date, m)
          const slot: Slot = {
            id: `${service.id}~${staff}~${start}`,
            serviceId: service.id,
            placeId: service.placeId,
            date,
            start,
            end: isoAt(date, m + s.slotMinutes),
            capacity: s.capacity,
            reserved,
          }
          if (s.staffId) slot.staffId = s.staffId
          out.push(slot)
        }
      }
    }
    if (out.length - dayStart > 1) {
      const day = out.splice(dayStart).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.serviceId < b.serviceId ? -1 : 1))
      for (const d of day) out.push(d)
    }
  }
  return out
}

/**
 * Places this resident can still take. Priority residents may use any place; others may not
 * use the reserved places priority residents have not yet taken.
 */
export function placesLeft(slot: Pick<Slot, 'capacity' | 'reserved'>, taken: Taken, priority: boolean): number {
  const free = slot.capacity - taken.general - taken.priority
  if (priority) return Math.max(0, free)
  return Math.max(0, free - Math.max(0, slot.reserved - taken.priority))
}

/** The earliest slot with a place for this resident (offered first to priority groups). */
export function earliestAvailable<T extends { start: string; remaining: number }>(slots: readonly T[]): T | undefined {
  let best: T | undefined
  for (const s of slots) if (s.remaining > 0 && (!best || s.start < best.start)) best = s
  return best
}

/** Finds a slot by id, re-generated from the config (so a client can never invent one). */
export function findSlot(config: BookingConfig, calendar: HolidayCalendar, id: string, now: number): Slot | undefined {
  const [serviceId, , startIso] = id.split('~')
  if (!serviceId || !startIso) return undefined
  const date = startIso.slice(0, 10)
  return generateSlots(config, calendar, { now, serviceId, from: date, to: date }).find((s) => s.id === id)
}
