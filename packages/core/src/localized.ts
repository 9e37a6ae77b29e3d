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

/** A sparse copy of a document holding one language's text at the paths it has in the document. */
export type TextOverlay = { [key: string]: string | TextOverlay }

/**
 * Lays one language's text (a sparse copy at the document's paths, e.g. starter.text.bo.json) over
 * a document, returning a new one; the input is not changed. Arrays are indexed by position.
 */
export function mergeText<T>(doc: T, text: TextOverlay): T {
  const merge = (o: unknown, t: TextOverlay): unknown => {
    if (o === undefined) return t
    if (o === null || typeof o !== 'object') return o
    const out: Record<string, unknown> = Array.isArray(o) ? ([...o] as unknown as Record<string, unknown>) : { ...(o as Record<string, unknown>) }
    for (const [k, v] of Object.entries(t)) out[k] = typeof v === 'string' ? v : merge(out[k], v)
    return out
  }
  return merge(doc, text) as T
}
