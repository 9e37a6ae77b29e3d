// Small formatting helpers shared by the console's views.
import { toIsoDate } from '@workroom/booking/time'

export type Localized = Record<string, string>

/** An office's, place's or service's name in the staff member's language, zh-Hans otherwise. */
export function loc(text: Localized | undefined, lang: string, fallback = ''): string {
  return text?.[lang] ?? text?.['zh-Hans'] ?? fallback
}

/** HH:MM of an ISO instant written in Beijing time (…T09:30:00+08:00). */
export function clock(iso: string): string {
  return iso.slice(11, 16)
}

/** Today's date in Beijing. */
export function todayIso(now = Date.now()): string {
  return toIsoDate(now)
}

/** A date and time, for "last sync" and the audit log: 2026-03-02 09:30. */
export function when(iso: string | undefined): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : ''
}
