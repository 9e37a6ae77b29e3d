import { HolidayCalendar, type DayKind } from '../calendar/holiday-calendar.js'
import type { HolidayFile } from '../calendar/holidays.js'
// The bundled State Council data, unvalidated here to keep zod off the page: the holiday file's own
// schema checks it in the tests (test/node/booking/slots.test.ts, test/node/directory).
import cn2026 from '../calendar/data/cn-holidays-2026.json' with { type: 'json' }
import { addDays, clockOf, minutesOf, toIsoDate, weekdayOf, type IsoDate } from '../calendar/time.js'
import type { Directory, DirectoryEntry, DirectoryHours } from './schema.js'

/**
 * When a place is open, from its weekly hours and the State Council's holiday and make-up-day
 * calendar (the same data booking uses), plus the county's own closures.
 */

export interface Period {
  open: string
  close: string
}

export interface OpenState {
  /** Open at the instant asked about. */
  open: boolean
  /** Open all day, every day (12348). */
  always: boolean
  /** What kind of day it is for this place (a holiday, a closure, a make-up workday). */
  day: DayKind
  /** Today's periods after holidays and closures; empty when closed all day. */
  today: Period[]
  /** While open: when it closes. */
  closesAt?: string
  /** While closed: the next opening within two weeks. */
  next?: { date: IsoDate; open: string }
}

const calendars = new WeakMap<Directory, HolidayCalendar>()
/** The official holidays and make-up workdays plus the directory's closures (cached per directory). */
export function directoryCalendar(directory: Directory): HolidayCalendar {
  let c = calendars.get(directory)
  if (!c) calendars.set(directory, (c = new HolidayCalendar([cn2026 as unknown as HolidayFile], directory.closures)))
  return c
}

/** A place's opening periods on a date, sorted. */
export function periodsOn(directory: Directory, entry: DirectoryEntry, date: IsoDate, calendar = directoryCalendar(directory)): { day: DayKind; periods: Period[] } {
  const day = calendar.dayKind(date, entry.id)
  if (day.kind === 'closure') return { day, periods: [] }
  if (entry.always) return { day, periods: [{ open: '00:00', close: '24:00' }] }
  let weekday: number = weekdayOf(date)
  if (entry.followsHolidays) {
    if (day.kind === 'holiday') return { day, periods: [] }
    if (day.kind === 'make-up-workday') weekday = directory.makeUpDayHoursFrom || weekday
  }
  return { day, periods: periodsFor(entry.hours, weekday) }
}

function periodsFor(hours: readonly DirectoryHours[], weekday: number): Period[] {
  return hours
    .filter((h) => h.weekdays.includes(weekday))
    .map((h) => ({ open: h.open, close: h.close }))
    .sort((a, b) => a.open.localeCompare(b.open))
}

/** Whether a place is open at `now`, and when it closes or next opens. */
export function openState(directory: Directory, entry: DirectoryEntry, now: number, calendar = directoryCalendar(directory)): OpenState {
  const date = toIsoDate(now)
  const minutes = minutesOf(clockOf(now))
  const { day, periods } = periodsOn(directory, entry, date, calendar)
  const current = periods.find((p) => minutesOf(p.open) <= minutes && minutes < minutesOf(p.close))
  const state: OpenState = { open: current !== undefined, always: entry.always && day.kind !== 'closure', day, today: periods }
  if (current) return entry.always ? state : { ...state, closesAt: current.close }
  const later = periods.find((p) => minutesOf(p.open) > minutes)
  if (later) return { ...state, next: { date, open: later.open } }
  for (let d = 1; d <= 14; d++) {
    const next = addDays(date, d)
    const first = periodsOn(directory, entry, next, calendar).periods[0]
    if (first) return { ...state, next: { date: next, open: first.open } }
  }
  return state
}

/** Weekly hours with the same weekdays together, for "周一至周五 08:30–12:00、14:30–17:30". */
export function groupHours(hours: readonly DirectoryHours[]): { weekdays: number[]; times: Period[] }[] {
  const groups = new Map<string, { weekdays: number[]; times: Period[] }>()
  for (const h of hours) {
    const weekdays = [...new Set(h.weekdays)].sort((a, b) => a - b)
    const key = weekdays.join(',')
    const g = groups.get(key) ?? { weekdays, times: [] }
    g.times.push({ open: h.open, close: h.close })
    groups.set(key, g)
  }
  for (const g of groups.values()) g.times.sort((a, b) => a.open.localeCompare(b.open))
  return [...groups.values()]
}

/** Consecutive weekdays as runs: [1,2,3,4,5,7] → [[1,5],[7,7]]. */
export function weekdayRuns(weekdays: readonly number[]): [number, number][] {
  const sorted = [...new Set(weekdays)].sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const d of sorted) {
    const last = runs[runs.length - 1]
    if (last && last[1] === d - 1) last[1] = d
    else runs.push([d, d])
  }
  return runs
}
