// `npm run bench:embed`: what a county page pays for each embed, over the production build
// (dist/embed as `npm run build` makes it), in the system Chromium:
//   1. up-front gzip size of each entry (the entry and every chunk it imports before rendering;
//      lazy chunks excluded), against the screener's goal of 45 KB;
//   2. define-to-first-render: from the script starting to the element's first heading, cold
//      cache each run (median and spread of RUNS), under the README's CSP;
//   3. the legacy-CMS page's screenshot difference from each element's story.
// Run: npm run bench:embed [-- --runs N]
import { openPage, startEmbedSite } from '../test/e2e/embed-site.ts'
import { compare, elementShot, settle, storyShot } from '../test/e2e/screenshots.ts'
import { buildEmbed } from '../scripts/lib/embed.mjs'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9
const GOAL_KB = { screening: 45 } as Record<string, number>
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

const site = await startEmbedSite({ storybook: true })
try {
  // 1. Sizes, from the very build the site serves.
  const { entries } = await buildEmbed(site.embedDir)
  console.log('\nUp-front gzip -9 (entry + static imports; lazy chunks load later):\n')
  for (const e of entries) {
    const goal = GOAL_KB[e.name]
    console.log(`  ${e.file.padEnd(16)} ${kb(e.upfrontGzip).padStart(9)}${goal ? `   goal ≤ ${goal} KB: ${e.upfrontGzip / 1024 <= goal ? 'met' : `not met (+${(e.upfrontGzip / 1024 - goal).toFixed(1)} KB)`}` : ''}`)
  }

  // 2. Define to first render.
  console.log(`\nDefine to first render (median of ${RUNS} cold loads; define = module loaded and element defined, render = to its first heading):\n`)
  const cases = [
    { entry: 'screening', tag: 'wr-aid-screener', attrs: 'attr-office-name=XX司法所&attr-office-phone=0951-1234567' },
    { entry: 'booking', tag: 'wr-booking', attrs: `attr-service-url=${encodeURIComponent('/api/booking/offices/xx-sfs')}` },
    { entry: 'library', tag: 'wr-library', attrs: '' },
  ]
  for (const c of cases) {
    const samples: { define: number; render: number; total: number }[] = []
    let heading = ''
    for (let i = 0; i < RUNS; i++) {
      const p = await openPage(site, `/bench/first-render.html?entry=${c.entry}&tag=${c.tag}&${c.attrs}`)
      await p.page.waitForFunction(() => (window as unknown as { result?: unknown }).result, undefined, { timeout: 20_000 })
      const r = await p.page.evaluate(() => (window as unknown as { result: { define: number; render: number; total: number; heading: string } }).result)
      if (p.problems.length) throw new Error(`${c.tag}: ${p.problems.join('; ')}`)
      heading = r.heading
      samples.push(r)
      await p.close()
    }
    const median = (k: 'define' | 'render' | 'total') => samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
    const totals = samples.map((s) => s.total).sort((a, b) => a - b)
    console.log(
      `  ${c.tag.padEnd(16)} define ${median('define').toFixed(0).padStart(4)} ms   render ${median('render').toFixed(0).padStart(4)} ms   total ${median('total').toFixed(0).padStart(4)} ms  (${totals[0]!.toFixed(0)}–${totals[totals.length - 1]!.toFixed(0)} ms)  "${heading}"`,
    )
  }

  // 3. The legacy county page against the stories.
  console.log('\nLegacy CMS page (test/e2e/pages/legacy-cms.html) against the stories, share of pixels that differ:\n')
  for (const [tag, story] of [
    ['wr-aid-screener', 'screening-aid-screener--start'],
    ['wr-booking', 'booking-booking--service'],
    ['wr-library', 'education-library--home'],
  ] as const) {
    const p = await openPage(site, '/pages/legacy-cms.html')
    const el = p.page.locator(tag)
    await el.locator('h2').first().waitFor()
    await settle(p.page)
    const width = (await el.boundingBox())!.width
    const d = await compare(site.browser, await elementShot(el), await storyShot(site.browser, `${site.url}/storybook`, story, tag, width))
    console.log(`  ${tag.padEnd(16)} ${(d.ratio * 100).toFixed(2).padStart(6)} %   (page ${d.a.width}×${d.a.height}, story ${d.b.width}×${d.b.height})`)
    await p.close()
  }
} finally {
  await site.close()
}
