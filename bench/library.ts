// `node --conditions source --import tsx bench/library.ts [--runs N]`: the library's first render
// over the production embed build, in the system Chromium, cold cache each run, under the
// README's CSP: script start → element defined → heading and the starter content's topic tiles on
// screen; then a search in residents' words (老板不给钱, loading the shared vocabulary) and
// opening the first hit with its picture drawn. Also prints the starter pack's figures: share of
// lesson pages with a picture, pack size (raw and gzip) and media bytes.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { openPage, startEmbedSite } from '../test/e2e/embed-site.ts'
import { loadContentPack } from '../packages/education/src/load.ts'
import { pictureShare } from '../packages/education/src/authoring.ts'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9

const text = readFileSync(new URL('../packages/education/src/content/starter.zh-Hans-en.json', import.meta.url))
const pack = loadContentPack(text.toString('utf8'))
const pages = pack.lessons.flatMap((l) => l.pages)
console.log(`starter pack ${pack.version}: ${pack.lessons.length} lessons (${pages.length} pages), ${pack.cases.length} case stories, ${pack.quizzes.length} quizzes`)
console.log(`  lesson pages with a picture: ${pages.filter((p) => p.picture).length} of ${pages.length} (${Math.round(pictureShare(pack) * 100)} %)`)
console.log(`  case stories told in pictures: ${pack.cases.filter((c) => (c.panels?.length ?? 0) >= 4).length} of ${pack.cases.length}`)
console.log(`  pack: ${text.length} bytes raw, ${gzipSync(text, { level: 9 }).length} bytes gzip; media ${pack.media.reduce((n, m) => n + (m.bytes ?? 0), 0)} bytes`)

type Result = { define: number; render: number; total: number; search: number; lesson: number; tiles: number; first: string; picture: string }
const site = await startEmbedSite()
try {
  const samples: Result[] = []
  for (let i = 0; i < RUNS; i++) {
    const p = await openPage(site, '/bench/library.html')
    await p.page.waitForFunction(() => (window as unknown as { result?: unknown }).result, undefined, { timeout: 30_000 })
    const r = await p.page.evaluate(() => (window as unknown as { result: Result }).result)
    if (p.problems.length) throw new Error(p.problems.join('; '))
    samples.push(r)
    await p.close()
  }
  const median = (k: 'define' | 'render' | 'total' | 'search' | 'lesson') => samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
  const spread = (k: 'total') => {
    const xs = samples.map((s) => s[k]).sort((a, b) => a - b)
    return `${xs[0]!.toFixed(0)}–${xs[xs.length - 1]!.toFixed(0)} ms`
  }
  const last = samples[samples.length - 1]!
  console.log(`\n<wr-library> with no attributes, median of ${RUNS} cold loads:`)
  console.log(`  first render (script start → heading and ${last.tiles} topic tiles): ${median('total').toFixed(0)} ms (${spread('total')}); define ${median('define').toFixed(0)} ms, render ${median('render').toFixed(0)} ms`)
  console.log(`  search “老板不给钱” (vocabulary loaded on first use) → first hit “${last.first}”: ${median('search').toFixed(0)} ms`)
  console.log(`  open it, picture drawn (“${last.picture}”): ${median('lesson').toFixed(0)} ms`)
} finally {
  await site.close()
}
