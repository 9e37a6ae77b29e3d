import { shanghaiFormat as fmt } from '@workroom/core/shanghai-time'
import { instantOf, type IsoDate } from './time.js'

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
