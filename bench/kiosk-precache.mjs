// The kiosk's precache, measured on a build: node bench/kiosk-precache.mjs [dist/kiosk]
// (run `npm run build` first). Prints what a workroom's kiosk downloads to work offline.
import { existsSync } from 'node:fs'
import { precacheList } from '../scripts/lib/precache.mjs'

const dist = process.argv[2] ?? 'dist/kiosk'
if (!existsSync(`${dist}/sw.js`)) {
  console.error(`no ${dist}/sw.js: run npm run build first`)
  process.exit(2)
}
const { files, total, media, mediaBytes } = precacheList(dist)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log(`kiosk precache: ${files.length} files, ${total} bytes (${kb(total)})`)
console.log(`  of which the content pack's media: ${media.length} files, ${mediaBytes} bytes (${kb(mediaBytes)})`)
for (const f of media) console.log(`    ${f.url.padEnd(32)} ${String(f.bytes).padStart(8)} bytes`)
const biggest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5)
console.log('  largest files:')
for (const f of biggest) console.log(`    ${f.url.padEnd(48)} ${kb(f.bytes)}`)
