// Dates, times and numbers as residents read them, always on the Beijing wall clock (Asia/Shanghai:
// UTC+8, no daylight saving), whatever the zone of the machine showing them. The one place every
// package formats: Chinese and English through Intl; Tibetan and Uyghur, for which Chromium's Intl
// has no data (it answers in English), from the month and weekday names in core's own strings.
import { i18n } from './i18n.js'
import { LANGUAGE_INFO } from './languages.js'

/** What callers use of Intl.DateTimeFormat. */
export interface DateFormatter {
  format(ms: number | Date): string
}

const cache = new Map<string, DateFormatter>()
const LOCALE: Record<string, string> = { 'zh-Hans': 'zh-CN', en: 'en-GB' }
const OFFSET_MS = 8 * 3_600_000

/** Whether `lang` is one Intl speaks; the others take their words from our strings. */
function hasIntl(lang: string): boolean {
  return (LANGUAGE_INFO as Record<string, { intl: boolean } | undefined>)[lang]?.intl ?? true
}

/** A cached formatter in Asia/Shanghai for the resident's language. */
export function shanghaiFormat(lang: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const key = lang + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) {
    f = hasIntl(lang) ? new Intl.DateTimeFormat(LOCALE[lang] ?? lang, { timeZone: 'Asia/Shanghai', ...options }) : ownFormat(lang, options)
    cache.set(key, f)
  }
  return f
}

/** An instant (ms) in words on the Beijing clock. */
export function formatShanghai(ms: number, lang: string, options: Intl.DateTimeFormatOptions): string {
  return shanghaiFormat(lang, options).format(ms)
}

/** A number in the resident's language (figures in yuan, counts): grouping and digits from our strings where Intl has none. */
export function formatNumber(n: number, lang: string, options?: Intl.NumberFormatOptions): string {
  if (hasIntl(lang)) return new Intl.NumberFormat(LOCALE[lang] ?? lang, options).format(n)
  const parts = new Intl.NumberFormat('en', options).formatToParts(n)
  const group = word(lang, 'numbers.group')
  const decimal = word(lang, 'numbers.decimal')
  return parts.map((p) => (p.type === 'group' ? group : p.type === 'decimal' ? decimal : p.value)).join('')
}

const word = (lang: string, key: string, values?: Record<string, string>): string =>
  i18n.t(key, { ns: 'core', lng: lang, ...values, interpolation: { escapeValue: false } }) as string

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
