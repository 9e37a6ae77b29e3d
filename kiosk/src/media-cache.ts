import type { ContentPack } from '@workroom/education'

/**
 * A county pack's video, audio, captions and posters, fetched into Cache Storage as soon as the
 * pack is loaded, so a resident can play them when the village network is down. The service
 * worker plays them from this cache (vite.config.ts: CacheFirst with range requests); the starter
 * pack's own media are in the precache and are skipped here. Media are content, never personal,
 * so the session reset leaves this cache alone.
 */
export const MEDIA_CACHE = 'workroom-media'

export interface MediaCacheReport {
  /** Files already cached (precache or an earlier run). */
  cached: number
  /** Files fetched into the cache now, and their bytes. */
  fetched: number
  bytes: number
  /** Addresses that could not be fetched (offline, 404, no CORS); tried again next time. */
  failed: string[]
}

/** Every file a pack's media need, resolved against `base` (the page), each once. */
export function mediaUrls(pack: Pick<ContentPack, 'media'>, base: string = document.baseURI): string[] {
  const urls = pack.media.flatMap((m) => [m.src, ...(m.poster ? [m.poster] : []), ...(m.captions ?? []).map((c) => c.src)])
  return [...new Set(urls.map((u) => new URL(u, base).href))]
}

/**
 * Fetches what is not cached yet. Waits for the service worker first (its precache holds the
 * starter media); without service workers nothing could play from the cache, so it does nothing.
 */
export async function warmMediaCache(pack: Pick<ContentPack, 'media'>, options: { base?: string; waitForWorker?: boolean } = {}): Promise<MediaCacheReport> {
  const report: MediaCacheReport = { cached: 0, fetched: 0, bytes: 0, failed: [] }
  if (typeof caches === 'undefined') return report
  if (options.waitForWorker ?? true) {
    if (!('serviceWorker' in navigator)) return report
    await navigator.serviceWorker.ready
  }
  const cache = await caches.open(MEDIA_CACHE)
  for (const url of mediaUrls(pack, options.base)) {
    if (await caches.match(url, { ignoreSearch: true })) {
      report.cached++
      continue
    }
    try {
      const res = await fetch(url, { credentials: 'omit', cache: 'no-cache' })
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`)
      const body = await res.clone().arrayBuffer()
      await cache.put(url, res)
      report.fetched++
      report.bytes += body.byteLength
    } catch {
      report.failed.push(url)
    }
  }
  return report
}
