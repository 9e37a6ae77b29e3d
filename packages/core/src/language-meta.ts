// The part of the language registry only some screens need (see languages.ts), in a module of its
// own: an element that renders imports languages.ts, and a bundle that never shows the language
// switch, a script's font or the review table leaves this file out.
import meta from './language-names.json' with { type: 'json' }
import type { LanguageCode, ReviewStatus } from './languages.js'

/**
 * What only some screens need: `names` (each language in its own script, as the language switch
 * shows it), `fonts` (the web font family a language loads when chosen; absent: system fonts) and
 * `review`.
 */
export const LANGUAGE_META = meta as {
  names: Record<LanguageCode, string>
  fonts: Partial<Record<LanguageCode, string>>
  review: Record<LanguageCode, ReviewStatus>
}
