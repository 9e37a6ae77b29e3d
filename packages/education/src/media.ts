import type { Media } from './schema.js'

/** A path relative to the pack resolved against its base; https and absolute paths stay as they are. */
export function resolveAsset(src: string, base?: string): string {
  if (/^https:\/\//i.test(src) || src.startsWith('/') || !base) return src
  return new URL(src, base).href
}

/** The playable address of an audio or video media item by id, or undefined. */
export function mediaSrc(media: readonly Media[], id: string, base?: string): string | undefined {
  const m = media.find((x) => x.id === id)
  return m ? resolveAsset(m.src, base || undefined) : undefined
}
