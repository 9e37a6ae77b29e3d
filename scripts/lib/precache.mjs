// What the kiosk's service worker precaches, read from a built sw.js: every file and its bytes.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The precache list of a built kiosk (`dist/kiosk`): [{ url, bytes }], and the totals. */
export function precacheList(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1])
  const files = urls.map((url) => ({ url, bytes: statSync(join(dist, url)).size }))
  const total = files.reduce((n, f) => n + f.bytes, 0)
  const media = files.filter((f) => /\.(mp4|webm|mp3|m4a|ogg|vtt)$/.test(f.url) || f.url.startsWith('media/'))
  return { files, total, media, mediaBytes: media.reduce((n, f) => n + f.bytes, 0) }
}
