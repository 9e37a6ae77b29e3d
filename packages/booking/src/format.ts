import { instantOf, type IsoDate } from './time.js'

const cache = new Map<string, Intl.DateTimeFormat>()
function fmt(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = lang + JSON.stringify(options)
  let f = cache.get(k)
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', ...options })))
  return f
}

/** “3月3日星期二” / “Tuesday 3 March”: read by screen readers as words, not bare numbers. */
export function formatDay(date: IsoDate, lang: string): string {
  return fmt(lang, { weekday: 'long', month: 'long', day: 'numeric' }).format(instantOf(date, 12 * 60))
}

/** “2026年3月3日星期二” / “Tuesday 3 March 2026”. */
export function formatFullDay(date: IsoDate, lang: string): string {
  return fmt(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(instantOf(date, 12 * 60))
}

/** “2026年3月” / “March 2026”. */
export function formatMonth(date: IsoDate, lang: string): string {
  return fmt(lang, { year: 'numeric', month: 'long' }).format(instantOf(date, 12 * 60))
}

/** `09:00` from an ISO time with offset (always Beijing wall clock). */
export function clockFromIso(iso: string): string {
  return iso.slice(11, 16)
}
