// Dates, times and numbers as residents read them, always on the Beijing wall clock (Asia/Shanghai:
// UTC+8, no daylight saving), whatever the zone of the machine showing them. The one place every
// package formats: Chinese and English through Intl; Tibetan and Uyghur, for which Chromium's Intl
// has no data (it answers in English), from the month and weekday names in core's own strings
// (locales/calendar/<lang>.json, with calendar-words.ts: both load with the language).
import { LANGUAGE_INFO } from './languages.js'
import { calendarWordsLoaded } from './calendar-state.js'

/** What callers use of Intl.DateTimeFormat. */
export interface DateFormatter {
  format(ms: number | Date): string
}

const cache = new Map<string, DateFormatter>()
const LOCALE: Record<string, string> = { 'zh-Hans': 'zh-CN', en: 'en-GB' }

/** Whether `lang` is one Intl speaks; the others take their words from our strings. */
function hasIntl(lang: string): boolean {
  return (LANGUAGE_INFO as Record<string, { intl: boolean } | undefined>)[lang]?.intl ?? true
}

/** A cached formatter in Asia/Shanghai for the resident's language. */
export function shanghaiFormat(lang: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const key = lang + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) {
    // Until a language's words have loaded (loadLanguage does that), Chinese: never English.
    const words = calendarWordsLoaded()
    if (!hasIntl(lang) && !words?.hasWords(lang)) return shanghaiFormat('zh-Hans', options)
    f = hasIntl(lang) ? new Intl.DateTimeFormat(LOCALE[lang] ?? lang, { timeZone: 'Asia/Shanghai', ...options }) : words!.ownFormat(lang, options)
    cache.set(key, f)
  }
  return f
}

/** An instant (ms) in words on the Beijing clock. */
export function formatShanghai(ms: number, lang: string, options: Intl.DateTimeFormatOptions): string {
  return shanghaiFormat(lang, options).format(ms)
}
