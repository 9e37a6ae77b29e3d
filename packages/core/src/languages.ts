// The language registry, in two JSON files a county or reviewer can update, read here with types.
// languages.json holds what every element needs the moment it renders (direction, whether Intl
// speaks the language, which voice reads it); language-names.json what only some screens need (each
// language's name in its own script for the language switch, the web font a script loads, and who
// reviewed the text), so no embed's first bundle carries names, fonts or review notes. A reviewer
// who has checked a language sets its `review` entry to
// { "status": "reviewed", "by": "name, organisation", "on": "YYYY-MM-DD" }.
import registry from './languages.json' with { type: 'json' }

/**
 * Languages Workroom ships, in the language switch's order. zh-Hans is primary, complete and the
 * fallback; bo (Tibetan) and ug (Uyghur, right-to-left) load lazily; see languages.json.
 */
export const LANGUAGES = ['zh-Hans', 'bo', 'ug', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export type LanguageCode = keyof typeof registry

export interface LanguageInfo {
  dir: 'ltr' | 'rtl'
  /** Whether Chromium's Intl has data for it; when false, dates and numbers come from our strings, and its calendar words and web font load with it. */
  intl: boolean
  /** BCP 47 tag of the speech voice to ask for, or null when no voice exists (never fall back to another language's). */
  voice: string | null
}

/** Who checked a language's text, and when. `source` is the text everything else is translated from. */
export type ReviewStatus = { status: 'source' } | { status: 'draft' } | { status: 'reviewed'; by: string; on: string }

export const LANGUAGE_INFO = registry as Record<LanguageCode, LanguageInfo>
