// Which calendar words have loaded (for languages Intl has no data for): shared by i18n.ts and
// shanghai-time.ts without either importing the other.
import type { CalendarWords } from './calendar-words.js'

let words: CalendarWords | undefined
/** The formatter over calendar words, once a language Intl has no data for has loaded (else undefined). */
export const calendarWordsLoaded = (): CalendarWords | undefined => words
/** Set by loadLanguage (and by tests in Node, where no language loads). */
export function useCalendarWords(w: CalendarWords): void {
  words = w
}
