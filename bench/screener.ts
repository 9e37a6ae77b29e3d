// Prints how long <wr-aid-screener> takes from loading its module (which defines the element)
// to the first question on screen, in the system Chromium, over the production build.
// Run: node --import tsx bench/screener.ts
import { build } from 'vite'
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, extname } from 'node:path'
import { chromium } from 'playwright-core'

const RUNS = 15
const out = mkdtempSync(join(tmpdir(), 'wr-bench-'))
await build({
  logLevel: 'silent',
  configFile: false,
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    lib: { entry: 'packages/screening/src/define.ts', formats: ['es'], fileName: () => 'screening.js' },
  },
})

const page = `<!doctype html><html lang="zh-Hans"><body><script type="module">
const t0 = performance.now()
await import('./screening.js')
const t1 = performance.now()
const el = document.createElement('wr-aid-screener')
el.answers = []
document.body.append(el)
await el.updateComplete
await el.shadowRoot.querySelector('wr-choice-list').updateComplete
const t2 = performance.now()
window.result = { define: t1 - t0, render: t2 - t1, total: t2 - t0, heading: el.shadowRoot.querySelector('h2').textContent }
</script></body></html>`

const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' }
const server = createServer((req, res) => {
  const path = req.url === '/' ? null : join(out, req.url!.split('?')[0]!)
  if (!path) return res.writeHead(200, { 'content-type': 'text/html' }).end(page)
  try {
    statSync(path)
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path))
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const port = (server.address() as { port: number }).port

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
})
const samples: { define: number; render: number; total: number }[] = []
let heading = ''
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext() // a cold cache each run
  const p = await context.newPage()
  await p.goto(`http://127.0.0.1:${port}/`)
  await p.waitForFunction('window.result')
  const r = (await p.evaluate('window.result')) as { define: number; render: number; total: number; heading: string }
  heading = r.heading
  samples.push(r)
  await context.close()
}
await browser.close()
server.close()
rmSync(out, { recursive: true, force: true })

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const fmt = (n: number): string => n.toFixed(1).padStart(6)
console.log(`<wr-aid-screener> first question ("${heading}"), ${RUNS} cold loads, production build, system Chromium`)
console.log(`  module load + define        median ${fmt(median(samples.map((s) => s.define)))} ms   max ${fmt(Math.max(...samples.map((s) => s.define)))} ms`)
console.log(`  define → first question     median ${fmt(median(samples.map((s) => s.render)))} ms   max ${fmt(Math.max(...samples.map((s) => s.render)))} ms`)
console.log(`  page script → first question median ${fmt(median(samples.map((s) => s.total)))} ms   max ${fmt(Math.max(...samples.map((s) => s.total)))} ms`)
