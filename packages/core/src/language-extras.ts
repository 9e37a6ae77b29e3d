// What a language Intl has no data for, or a script the machines have no font for, needs besides
// its strings: its month and weekday names (locales/calendar/<lang>.json, core namespace), the
// formatter that uses them, and its web font. Loaded by loadLanguage the first time such a
// language is used, never up front: no embed's first bundle carries any of it.
import type { i18n as I18n } from 'i18next'
import { calendarWords, type CalendarWords } from './calendar-words.js'
import { loadFont } from './fonts.js'

/** Loads `lang`'s calendar words into `i18n` (Chinese dates when it has none yet) and starts its font `family`. */
export async function prepareLanguage(i18n: I18n, lang: string, family: string | undefined, needsWords: boolean): Promise<CalendarWords | undefined> {
  if (family) void loadFont(lang, family)
  if (!needsWords) return undefined
  const strings = await import(`./locales/calendar/${lang}.json`, { with: { type: 'json' } }).then(
    (m: { default: Record<string, unknown> }) => m.default,
    () => undefined,
  )
  if (strings) i18n.addResourceBundle(lang, 'core', strings, true, false)
  return calendarWords(i18n)
}
