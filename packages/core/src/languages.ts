// The language registry: one JSON file (languages.json) a county or reviewer can update, read here
// with types. Element code asks `languageInfo(lang)`; staff screens and docs read `reviewStatus`.
import { languages as table, review as reviews } from './languages.json' with { type: 'json' }

export interface LanguageInfo {
  /** The language's name in its own script, as the language switch shows it. */
  name: string
  dir: 'ltr' | 'rtl'
  /** Whether Chromium's Intl has data for it; when false, dates and numbers come from our strings. */
  intl: boolean
  /** BCP 47 tag of the speech voice to ask for, or null when no voice exists (never fall back to another language's). */
  voice: string | null
  /** Web font family loaded when the language is chosen (absent: system fonts). */
  font?: string
}

/** Who checked a language's text, and when. `source` is the text everything else is translated from. */
export type ReviewStatus = { status: 'source' } | { status: 'draft' } | { status: 'reviewed'; by: string; on: string }

export const LANGUAGE_INFO = table as Record<keyof typeof table, LanguageInfo>
export const REVIEW_STATUS = reviews as Record<keyof typeof table, ReviewStatus>
