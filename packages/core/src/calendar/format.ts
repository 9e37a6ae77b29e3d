import { addDays, instantOf, type IsoDate } from './time.js'
import { shanghaiFormat } from '../shanghai-time.js'

export { shanghaiFormat }

// Dates and weekdays in words, in Beijing time: shared by the workroom board and the service directory.

const noonOf = (date: IsoDate): number => instantOf(date, 12 * 60)

/** A date in words a screen reader reads as a date: { date: "11月24日", weekday: "星期二" } / "24 November", "Tuesday". */
export function dayParts(date: IsoDate, lang: string): { date: string; weekday: string } {
  return {
    date: shanghaiFormat(lang, { month: 'long', day: 'numeric' }).format(noonOf(date)),
    weekday: shanghaiFormat(lang, { weekday: 'long' }).format(noonOf(date)),
  }
}

// 2026-11-23 was a Monday: weekday n falls n − 1 days later.
/** A weekday's name: "周二" / "Tuesday". */
export function weekdayName(weekday: number, lang: string): string {
  return shanghaiFormat(lang, { weekday: lang === 'en' ? 'long' : 'short' }).format(noonOf(addDays('2026-11-23', weekday - 1)))
}
