import type { Media } from './schema.js'

/** A path relative to the pack resolved against its base; https and absolute paths stay as they are. */
export function resolveAsset(src: string, base?: string): string {
  if (/^https:\/\//i.test(src) || src.startsWith('/') || !base) return src
  return new URL(src, base).href
}

/**
 * The recorded narration in the resident's language, from a page's `audio` (one id or one per
 * language), or undefined when none speaks it: a Tibetan page never plays a Chinese recording
 * (read-aloud then uses the machine's voice, or says it has none).
 */
export function narrationSrc(media: readonly Media[], ref: string | readonly string[] | undefined, lang: string, base?: string): string | undefined {
  for (const id of typeof ref === 'string' ? [ref] : (ref ?? [])) {
    const m = media.find((x) => x.id === id && x.kind === 'audio')
    if (m && (m.lang ?? 'zh-Hans') === lang) return resolveAsset(m.src, base || undefined)
  }
  return undefined
}
