// Text written by a host (a workroom config, a content pack, a booking service) in several
// languages. Plain data and one rule, apart from any element, so Node code can use it too.

/** Text in each language the host writes; Chinese is required, the others may be missing or blank. */
export interface LocalizedText {
  'zh-Hans': string
  en?: string | undefined
  /** Tibetan. */
  bo?: string | undefined
  /** Uyghur (Arabic script, right-to-left). */
  ug?: string | undefined
}

/**
 * The text in the resident's language; Chinese when that language is missing or blank (a config's
 * `"en": ""` means "not translated yet", never "show nothing").
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (!text) return ''
  const own = (text as unknown as Record<string, string | undefined>)[lang]
  return own?.trim() ? own : text['zh-Hans']
}

/**
 * Parts of a text read aloud as one, with a pause between them: each part keeps its own closing
 * punctuation or gets a full stop in the language being read ("Title. Summary", "标题。摘要").
 */
export function joinSpeech(parts: readonly (string | undefined)[], lang: string, separator?: string): string {
  const latin = !lang.startsWith('zh')
  return parts
    .map((p) => p?.trim() ?? '')
    .filter(Boolean)
    .map((p) => (/[。．.！？!?：:；;]$/.test(p) ? p : `${p}${latin ? '.' : '。'}`))
    .join(separator ?? (latin ? ' ' : ''))
}
