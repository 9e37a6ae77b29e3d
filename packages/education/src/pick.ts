import type { LocalizedText } from './schema.js'

/** The text for a language, falling back to zh-Hans (always present). */
export function pick(text: LocalizedText | undefined, lang: string): string {
  if (!text) return ''
  return (lang === 'en' ? text.en : undefined) || text['zh-Hans']
}
