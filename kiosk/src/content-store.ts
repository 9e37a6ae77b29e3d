import { kvGet, kvSet, workroomDb, type Problem } from '@workroom/core'
import type { ContentPack } from '@workroom/education'

/**
 * The content the library and the attract loop show: the packs the config names ("starter" is the
 * one shipped with the app, anything else a URL), merged and validated as one. A pack that fails
 * is refused with its problems and the last good content (kept in IndexedDB) stays.
 */
export interface ContentState {
  pack?: ContentPack
  source: 'fetched' | 'kept' | 'none'
  problems: Problem[]
  problemsFrom?: string
}

const KEY = 'content:last-good'

async function fetchPack(ref: string): Promise<unknown> {
  if (ref === 'starter') return (await import('@workroom/education/content/starter')).starterPackJson
  const res = await fetch(ref, { cache: 'no-cache', credentials: 'omit' })
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { problem: { path: '', code: 'http', params: { url: ref, status: res.status } } })
  return res.json()
}

/** Several packs become one: their lists joined, the first pack's identity kept. */
export function mergePacks(packs: readonly Record<string, unknown>[]): unknown {
  if (packs.length === 1) return packs[0]
  const lists = ['topics', 'lessons', 'cases', 'quizzes', 'media'] as const
  const merged: Record<string, unknown> = { ...packs[0] }
  for (const key of lists) merged[key] = packs.flatMap((p) => (Array.isArray(p[key]) ? (p[key] as unknown[]) : []))
  return merged
}

export async function loadContent(refs: readonly string[]): Promise<ContentState> {
  const { loadContentPack, ContentPackError } = await import('@workroom/education')
  let from = refs.join(', ')
  try {
    const raw: Record<string, unknown>[] = []
    for (const ref of refs) {
      from = ref
      raw.push((await fetchPack(ref)) as Record<string, unknown>)
    }
    from = refs.join(', ')
    const pack = loadContentPack(mergePacks(raw))
    await kvSet(workroomDb, KEY, pack).catch(() => undefined)
    // Its video and audio, for playing offline; in the background, never holding up the kiosk.
    void import('./media-cache.js').then(({ warmMediaCache }) => warmMediaCache(pack)).catch(() => undefined)
    return { pack, source: 'fetched', problems: [] }
  } catch (e) {
    const problems: Problem[] =
      e instanceof ContentPackError
        ? e.issues
        : [(e as { problem?: Problem }).problem ?? { path: '', code: 'network', params: { url: from, detail: (e as Error).message } }]
    const kept = await kvGet<unknown>(workroomDb, KEY).catch(() => undefined)
    if (kept) {
      try {
        return { pack: loadContentPack(kept), source: 'kept', problems, problemsFrom: from }
      } catch {
        // The kept copy no longer fits the schema: fall through.
      }
    }
    return { source: 'none', problems, problemsFrom: from }
  }
}
