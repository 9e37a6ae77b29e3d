/**
 * Dates and times in Asia/Shanghai. China has kept UTC+8 with no daylight saving since 1991,
 * so a fixed offset is exact for every bookable date and keeps slot generation fast.
 */
export const TIME_ZONE = 'Asia/Shanghai'
const OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type IsoDate = string
/** 1 = Monday … 7 = Sunday (ISO 8601). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

function dayNumber(date: IsoDate): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS
}

function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/** The Shanghai calendar date of an instant (ms since epoch). */
export function toIsoDate(instant: number): IsoDate {
  return new Date(instant + OFFSET_MS).toISOString().slice(0, 10)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days)
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from)
}

export function weekdayOf(date: IsoDate): Weekday {
  const d = new Date(dayNumber(date) * DAY_MS).getUTCDay()
  return (d === 0 ? 7 : d) as Weekday
}

export function minutesOf(hhmm: string): number {
  return +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5)
}

/** The instant of a Shanghai wall-clock time on a date. */
export function instantOf(date: IsoDate, minutesFromMidnight: number): number {
  return dayNumber(date) * DAY_MS + minutesFromMidnight * 60_000 - OFFSET_MS
}

/** `2026-03-03T09:00:00+08:00`: always written with the Shanghai offset, never in UTC. */
export function toShanghaiIso(instant: number): string {
  return new Date(instant + OFFSET_MS).toISOString().slice(0, 19) + '+08:00'
}

/** Wall-clock `HH:MM` in Shanghai. */
export function clockOf(instant: number): string {
  return new Date(instant + OFFSET_MS).toISOString().slice(11, 16)
}
