// One language's text kept apart from a document (a content pack, a rule overlay) and put back
// when a resident picks that language. Plain data, no DOM: Node tools and tests use it too.

/**
 * A sparse copy of a document holding only one language's text, at the paths it has in the
 * document. Lists keep their positions: an item with nothing to add is `{}`.
 */
export type TextOverlay = { [key: string]: string | TextOverlay | TextOverlay[] } | TextOverlay[]

/**
 * Puts `text` into `doc`, returning a new document (neither input is changed). A string goes in
 * where the document has an object at that path's parent; a path the document lacks is left
 * out, so a stale text file never adds items or breaks the document's shape.
 */
export function mergeTextOverlay<T>(doc: T, text: TextOverlay | undefined): T {
  const merge = (o: unknown, t: unknown): unknown => {
    if (t === null || typeof t !== 'object' || o === null || typeof o !== 'object') return o
    if (Array.isArray(o)) {
      if (!Array.isArray(t)) return o
      return o.map((item, i) => (i < t.length ? merge(item, t[i]) : item))
    }
    if (Array.isArray(t)) return o
    const out: Record<string, unknown> = { ...(o as Record<string, unknown>) }
    for (const [k, v] of Object.entries(t as Record<string, unknown>)) {
      if (typeof v === 'string') {
        // Only beside the Chinese text it translates: never over a structural field (an id, a type).
        if (typeof out['zh-Hans'] === 'string' && k !== 'zh-Hans') out[k] = v
      } else if (k in out) out[k] = merge(out[k], v)
    }
    return out
  }
  return text === undefined ? doc : (merge(doc, text) as T)
}

/**
 * Paths of `text` the document has no place for (a string with no Chinese beside it, an object
 * or list item the document lacks): what a translator must fix. Empty when the file fits.
 */
export function overlayStrays(doc: unknown, text: TextOverlay): string[] {
  const out: string[] = []
  const walk = (o: unknown, t: unknown, path: string): void => {
    if (Array.isArray(t)) {
      if (!Array.isArray(o)) return void out.push(path)
      t.forEach((v, i) => (i < o.length ? walk(o[i], v, `${path}[${i}]`) : out.push(`${path}[${i}]`)))
      return
    }
    if (t === null || typeof t !== 'object') return
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return void out.push(path)
    const rec = o as Record<string, unknown>
    for (const [k, v] of Object.entries(t as Record<string, unknown>)) {
      const p = path ? `${path}.${k}` : k
      if (typeof v === 'string') {
        if (typeof rec['zh-Hans'] !== 'string') out.push(p)
      } else if (!(k in rec)) out.push(p)
      else walk(rec[k], v, p)
    }
  }
  walk(doc, text, '')
  return out
}
