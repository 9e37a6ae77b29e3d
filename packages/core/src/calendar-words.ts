// Dates and numbers for languages Intl has no data for, from core's calendar strings
// (locales/calendar/<lang>.json). Loaded with such a language (i18n's loadLanguage), never up front.
import type { i18n as I18n } from 'i18next'
import type { DateFormatter } from './shanghai-time.js'

const OFFSET_MS = 8 * 3_600_000

export interface CalendarWords {
  hasWords(lang: string): boolean
  ownFormat(lang: string, o: Intl.DateTimeFormatOptions): DateFormatter
  ownNumber(n: number, lang: string, options?: Intl.NumberFormatOptions): string
}

/** The formatters over `i18n`'s core strings (passed in, so this module shares no chunk with the first bundle). */
export function calendarWords(i18n: I18n): CalendarWords {
  const word = (lang: string, key: string, values?: Record<string, string>): string =>
    i18n.t(key, { ns: 'core', lng: lang, ...values, interpolation: { escapeValue: false } }) as string

  /** Whether the language's calendar words have loaded. */
  const hasWords = (lang: string): boolean => typeof i18n.getResource(lang, 'core', 'calendar.months.1') === 'string'

  const pad = (n: number): string => String(n).padStart(2, '0')

  /**
   * The Beijing calendar fields of an instant. 2026-11-23 (a Monday) is the reference: ISO weekday
   * 1 = Monday … 7 = Sunday.
   */
  function fields(ms: number): { year: number; month: number; day: number; weekday: number; hour: number; minute: number; second: number } {
    const d = new Date(ms + OFFSET_MS)
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      weekday: ((d.getUTCDay() + 6) % 7) + 1,
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    }
  }

  /**
   * A formatter from our strings (core namespace, `calendar.*`): month and weekday names and the
   * order of day, month and year, as the translator wrote them. Times are 24-hour digits
   * (what the clocks in the workroom show).
   */
  function ownFormat(lang: string, o: Intl.DateTimeFormatOptions): DateFormatter {
    const style = o.dateStyle
    const year = o.year !== undefined || style !== undefined
    const month = o.month !== undefined || style !== undefined
    const day = o.day !== undefined || style !== undefined
    const weekday = o.weekday ?? (style === 'full' ? 'long' : undefined)
    const time = o.hour !== undefined || o.minute !== undefined || o.timeStyle !== undefined
    const seconds = o.second !== undefined || o.timeStyle === 'medium' || o.timeStyle === 'long' || o.timeStyle === 'full'
    return {
      format(at: number | Date): string {
        const f = fields(typeof at === 'number' ? at : at.getTime())
        const m = word(lang, `calendar.months.${f.month}`)
        const w = weekday ? word(lang, `calendar.${weekday === 'long' ? 'weekdays' : 'weekdaysShort'}.${f.weekday}`) : ''
        let date = ''
        const values = { year: String(f.year), month: m, day: String(f.day), monthNumber: String(f.month) }
        if (day && month && year) date = word(lang, 'calendar.dayMonthYear', values)
        else if (day && month) date = word(lang, 'calendar.dayMonth', values)
        else if (month && year) date = word(lang, 'calendar.monthYear', values)
        else if (month) date = m
        else if (day) date = String(f.day)
        else if (year) date = String(f.year)
        if (w) date = date ? word(lang, 'calendar.withWeekday', { date, weekday: w }) : w
        if (!time) return date
        const clock = `${pad(f.hour)}:${pad(f.minute)}${seconds ? `:${pad(f.second)}` : ''}`
        return date ? `${date} ${clock}` : clock
      },
    }
  }

  /** Digits grouped with the language's own separators. */
  function ownNumber(n: number, lang: string, options?: Intl.NumberFormatOptions): string {
    const group = word(lang, 'numbers.group')
    const decimal = word(lang, 'numbers.decimal')
    return new Intl.NumberFormat('en', options)
      .formatToParts(n)
      .map((p) => (p.type === 'group' ? group : p.type === 'decimal' ? decimal : p.value))
      .join('')
  }
  return { hasWords, ownFormat, ownNumber }
}
