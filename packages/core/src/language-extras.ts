// What a language Intl has no data for, or a script the machines have no font for, needs besides
// its strings: its month and weekday names (locales/calendar/<lang>.json, core namespace), the
// formatter that uses them, and its web font. Loaded by loadLanguage the first time such a
// language is used, never up front: no embed's first bundle carries any of it.
import type { i18n as I18n } from 'i18next'
import { calendarWords, type CalendarWords } from './calendar-words.js'
import { loadFont } from './fonts.js'
import { LANGUAGE_META } from './language-meta.js'

/** Loads `lang`'s calendar words into `i18n` (Chinese dates until they have come) and starts its web font. */
export async function prepareLanguage(i18n: I18n, lang: string): Promise<CalendarWords> {
  const family = (LANGUAGE_META.fonts as Partial<Record<string, string>>)[lang]
  if (family) void loadFont(lang, family)
  const strings = await import(`./locales/calendar/${lang}.json`, { with: { type: 'json' } }).then(
    (m: { default: Record<string, unknown> }) => m.default,
    () => undefined,
  )
  if (strings) i18n.addResourceBundle(lang, 'core', strings, true, false)
  return calendarWords(i18n)
}
