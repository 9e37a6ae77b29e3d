import { joinSpeech, localize } from '@workroom/core/localized'
import { CN_HOLIDAYS_2026, HolidayCalendar, type DayKind } from '@workroom/booking/holidays'
import { sessionsOn } from '@workroom/booking/slots'
import { addDays, clockOf, minutesOf, toIsoDate, weekdayOf } from '@workroom/booking/time'
import { dayParts, weekdayName } from '@workroom/core/day-format'
import { groupHours, weekdayRuns } from '@workroom/core/directory/hours'
import type { Localized, Person, WorkroomConfig, Whereabouts } from '../config.js'

/**
 * What the workroom board (所务公开) shows, worked out from the workroom config and a clock.
 * Plain functions, no DOM: the element only renders what these return.
 */

export { localize }

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type IsoDate = string

export { addDays, minutesOf, weekdayOf, dayParts, weekdayName, weekdayRuns }
/** The Shanghai calendar date of an instant. */
export const shanghaiDate = toIsoDate
/** Minutes after Shanghai midnight of an instant. */
export const shanghaiMinutes = (instant: number): number => minutesOf(clockOf(instant))

const calendars = new WeakMap<WorkroomConfig, HolidayCalendar>()
/** The official holidays and make-up workdays, plus the workroom's own closures. */
export function calendarFor(config: WorkroomConfig): HolidayCalendar {
  let c = calendars.get(config)
  if (!c) calendars.set(config, (c = new HolidayCalendar([CN_HOLIDAYS_2026], config.booking.closures)))
  return c
}

/** The booking place that is this workroom (closures can name it). */
function workroomPlaceId(config: WorkroomConfig): string | undefined {
  return config.booking.places.find((p) => p.kind === 'workroom')?.id
}

/**
 * Which weekday's duty and opening hours apply on a date: none on a public holiday or closure;
 * on a make-up workday (调休上班) the weekday booking uses for such days, else the date's own.
 */
export function effectiveWeekday(config: WorkroomConfig, day: DayKind, date: IsoDate): number | undefined {
  if (day.kind === 'holiday' || day.kind === 'closure') return undefined
  if (day.kind === 'make-up-workday') return config.booking.makeUpDayRulesFrom || weekdayOf(date)
  return weekdayOf(date)
}

/** One person on the board for a day: on duty by the rota, and/or with whereabouts entries. */
export interface PersonDay {
  personId: string
  /** Absent when the id names nobody in `board.people` (shown as "a staff member"). */
  person?: Person | undefined
  onDuty: boolean
  whereabouts: Whereabouts[]
}

export interface DayWhereabouts {
  date: IsoDate
  entries: PersonDay[]
}

/** The next time the village legal adviser holds a session. */
export interface AdviserSession {
  date: IsoDate
  start: string
  end: string
  serviceId: string
  /** The service's name (e.g. "找村里的法律顾问咨询"). */
  service: Localized
  staffName?: string | undefined
  place?: Localized | undefined
  /** Under way now. */
  ongoing: boolean
}

export interface OpeningGroup {
  weekdays: number[]
  times: { open: string; close: string }[]
}

export interface BoardData {
  today: IsoDate
  /** Tomorrow, for "明天". */
  tomorrow: IsoDate
  dayKind: DayKind
  /** People on duty today by the rota, then anyone else with whereabouts today. */
  todayPeople: PersonDay[]
  /** Whereabouts on each of the next 7 days after today that has any. */
  upcoming: DayWhereabouts[]
  nextSession?: AdviserSession | undefined
  /** Today's opening times; empty when closed. */
  openingToday: { open: string; close: string }[]
  openingHours: OpeningGroup[]
}

const byTime = (a: Whereabouts, b: Whereabouts): number => (a.from ?? '00:00').localeCompare(b.from ?? '00:00')

/** Who is where on a date: rota first (in the order people are listed), then whereabouts-only people. */
export function peopleOn(config: WorkroomConfig, date: IsoDate, dutyWeekday: number | undefined, includeRota = true): PersonDay[] {
  const people = config.board.people
  const entries = config.board.whereabouts.filter((w) => w.date === date).sort(byTime)
  const out = new Map<string, PersonDay>()
  if (includeRota && dutyWeekday !== undefined) {
    for (const p of people) if (p.dutyWeekdays.includes(dutyWeekday)) out.set(p.id, { personId: p.id, person: p, onDuty: true, whereabouts: [] })
  }
  for (const p of people) {
    const own = entries.filter((w) => w.personId === p.id)
    if (!own.length) continue
    const day = out.get(p.id) ?? { personId: p.id, person: p, onDuty: false, whereabouts: [] }
    day.whereabouts.push(...own)
    out.set(p.id, day)
  }
  // An id the config does not know still shows its entry, under a neutral name.
  for (const w of entries) {
    if (people.some((p) => p.id === w.personId)) continue
    const day = out.get(w.personId) ?? { personId: w.personId, onDuty: false, whereabouts: [] }
    day.whereabouts.push(w)
    out.set(w.personId, day)
  }
  return [...out.values()]
}

/**
 * The next session of the village legal adviser (services of kind `legal-consultation`), after
 * public holidays, 调休, closures and the service's own exceptions. A session under way now counts.
 */
export function nextAdviserSession(config: WorkroomConfig, now: number, days = 60, calendar: HolidayCalendar = calendarFor(config)): AdviserSession | undefined {
  const services = config.booking.services.filter((s) => s.kind === 'legal-consultation')
  if (!services.length) return undefined
  const today = shanghaiDate(now)
  const nowMinutes = shanghaiMinutes(now)
  for (let d = 0; d <= days; d++) {
    const date = addDays(today, d)
    let best: AdviserSession | undefined
    for (const service of services) {
      for (const s of sessionsOn(config.booking, calendar, service, date)) {
        if (d === 0 && minutesOf(s.end) <= nowMinutes) continue
        if (best && best.start <= s.start) continue
        best = {
          date,
          start: s.start,
          end: s.end,
          serviceId: service.id,
          service: service.name,
          staffName: s.staffId ? config.booking.staff.find((x) => x.id === s.staffId)?.name : undefined,
          place: config.booking.places.find((p) => p.id === service.placeId)?.name,
          ongoing: d === 0 && minutesOf(s.start) <= nowMinutes,
        }
      }
    }
    if (best) return best
  }
  return undefined
}

/** Opening hours with the same weekdays together: "周一至周五 08:30–12:00、14:30–17:30" (the directory's grouping). */
export const groupOpeningHours: (hours: WorkroomConfig['workroom']['openingHours']) => OpeningGroup[] = groupHours

/** Everything the board shows at `now`. */
export function boardData(config: WorkroomConfig, now: number): BoardData {
  const calendar = calendarFor(config)
  const place = workroomPlaceId(config)
  const today = shanghaiDate(now)
  const dayKind = calendar.dayKind(today, place)
  const weekday = effectiveWeekday(config, dayKind, today)
  const upcoming: DayWhereabouts[] = []
  for (let d = 1; d <= 7; d++) {
    const date = addDays(today, d)
    const entries = peopleOn(config, date, undefined, false)
    if (entries.length) upcoming.push({ date, entries })
  }
  return {
    today,
    tomorrow: addDays(today, 1),
    dayKind,
    todayPeople: peopleOn(config, today, weekday),
    upcoming,
    nextSession: nextAdviserSession(config, now, 60, calendar),
    openingToday:
      weekday === undefined
        ? []
        : config.workroom.openingHours
            .filter((h) => h.weekdays.includes(weekday))
            .map((h) => ({ open: h.open, close: h.close }))
            .sort((a, b) => a.open.localeCompare(b.open)),
    openingHours: groupOpeningHours(config.workroom.openingHours),
  }
}

/** A list in the language's own way: "甲、乙和丙" / "A, B and C"; Intl has no Tibetan or Uyghur lists, so a neutral ' · ' there. */
export function listOf(items: readonly string[], lang: string): string {
  if (lang === 'bo' || lang === 'ug') return items.join(' · ')
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { type: 'conjunction' }).format(items)
}

/** Joins lines for speech, ending each with a full stop so the voice pauses between them. */
export function forSpeech(lines: readonly string[], lang: string): string {
  return joinSpeech(lines, lang, '\n')
}
