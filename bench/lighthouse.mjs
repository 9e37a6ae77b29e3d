#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (system Chromium) on the built kiosk. Prints the performance,
// accessibility and best-practices scores and every audit that did not pass.
//   --min-accessibility N   fail below N (default 100)
//   --min-performance N     fail below N (default: report only)
//   --min-best-practices N  fail below N (default: report only)
//   --mobile                mobile emulation and throttling (default: desktop, as a kiosk screen)
//   --rebuild               build even if dist/kiosk is fresh
//   --json <file>           also write the full Lighthouse result
// Reuses dist/kiosk when it is newer than every source; otherwise builds into a temporary directory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { buildKiosk, chromeFlags, chromePath, defaultOutDir, isFresh, serveKiosk } from '../scripts/lib/kiosk.mjs'

const argv = process.argv.slice(2)
const opt = (name) => {
  const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (at < 0) return undefined
  return argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1]
}
const num = (name, fallback) => {
  const v = opt(name)
  if (v === undefined) return fallback
  const n = Number(v)
  if (!Number.isFinite(n)) throw new Error(`--${name} needs a number, got "${v}"`)
  return n
}
const thresholds = {
  performance: num('min-performance', undefined),
  accessibility: num('min-accessibility', 100),
  'best-practices': num('min-best-practices', undefined),
}
const mobile = argv.includes('--mobile')

let outDir = defaultOutDir
let temp
if (argv.includes('--rebuild') || !isFresh(defaultOutDir)) {
  temp = mkdtempSync(join(tmpdir(), 'workroom-lighthouse-'))
  const built = await buildKiosk(temp)
  outDir = built.outDir
  console.log(`built the kiosk in ${built.seconds.toFixed(1)} s`)
} else console.log('using dist/kiosk (fresh)')

const server = await serveKiosk(outDir)
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags })
let exitCode = 0
try {
  const started = performance.now()
  const result = await lighthouse(
    server.url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(thresholds) },
    mobile ? undefined : desktopConfig,
  )
  if (!result) throw new Error('Lighthouse returned no result')
  const { lhr } = result
  if (opt('json')) writeFileSync(opt('json'), JSON.stringify(lhr, null, 2))
  if (lhr.runtimeError) console.warn(`⚠ ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  for (const w of lhr.runWarnings ?? []) console.warn(`⚠ ${w}`)

  console.log(`\nLighthouse ${lhr.lighthouseVersion}, ${mobile ? 'mobile' : 'desktop'}, ${lhr.finalDisplayedUrl} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  for (const [id, min] of Object.entries(thresholds)) {
    const cat = lhr.categories[id]
    const score = cat?.score == null ? NaN : Math.round(cat.score * 100)
    const verdict = min === undefined ? '' : score >= min ? `  ✓ (≥ ${min})` : `  ✗ (needs ≥ ${min})`
    if (min !== undefined && !(score >= min)) exitCode = 1
    console.log(`  ${(cat?.title ?? id).padEnd(16)} ${String(score).padStart(3)}${verdict}`)
    const failing = (cat?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 || id !== 'performance')
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    for (const a of failing) console.log(`      - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`)
  }
} catch (err) {
  console.error(`✗ ${err instanceof Error ? err.message : err}`)
  exitCode = 1
} finally {
  await chrome.kill()
  await server.close()
  if (temp) rmSync(temp, { recursive: true, force: true })
}
process.exit(exitCode)
