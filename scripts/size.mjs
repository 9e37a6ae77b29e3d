#!/usr/bin/env node
// `npm run size`: bundles every entry listed under "sizeBudgets" in a workspace package.json
// the way a website would load it (ESM, minified, all dependencies inlined) and checks its
// gzip -9 size against the budget. Code behind dynamic import() loads later and is reported
// separately, outside the budget. Exits 1 when any entry is over budget.
//
//   "sizeBudgets": [{ "entry": "./src/define.ts", "name": "@workroom/core", "maxGzipKB": 28, "exclude": [] }]
//
// "exclude": module-id substrings to leave out of the bundle (e.g. a peer the host provides).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bundle } from './lib/vite-bundle.mjs'
import { packages, seconds } from './lib/workspace.mjs'

const KB = 1024
const gzip = (code) => gzipSync(code, { level: 9 }).length
const kb = (bytes) => (bytes / KB).toFixed(1)

/** Which bucket a module id belongs to: a dependency's package name, our package, or data. */
function owner(id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const nm = clean.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const [a, b] = clean.slice(nm + 'node_modules/'.length).split('/')
    const name = a?.startsWith('@') ? `${a}/${b}` : a
    return clean.endsWith('.json') ? `${name} (json)` : name
  }
  const own = clean.match(/\/packages\/([^/]+)\//)
  if (own) return clean.endsWith('.json') ? `@workroom/${own[1]} (json data)` : `@workroom/${own[1]}`
  return '(bundler runtime)'
}

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const started = performance.now()
const results = []
const warnings = []
for (const { dir, name: pkgName, pkg } of packages()) {
  for (const budget of pkg.sizeBudgets ?? []) {
    const entry = resolve(dir, budget.entry)
    const name = budget.name ?? `${pkgName} (${budget.entry})`
    if (!existsSync(entry)) {
      warnings.push(`skipped ${name}: ${budget.entry} does not exist yet`)
      continue
    }
    const outDir = mkdtempSync(join(tmpdir(), 'workroom-size-'))
    try {
      const chunks = await bundle({ entries: { entry }, outDir, write: false, hashChunks: false })
      const excluded = (id) => (budget.exclude ?? []).some((x) => id.includes(x))
      // The initial load: the entry chunk and everything it imports statically, transitively.
      const byName = new Map(chunks.map((c) => [c.fileName, c]))
      const initial = new Set()
      const visit = (c) => {
        if (!c || initial.has(c)) return
        initial.add(c)
        for (const i of c.imports) visit(byName.get(i))
      }
      visit(chunks.find((c) => c.isEntry))
      const lazy = chunks.filter((c) => !initial.has(c))

      let raw = 0
      let gz = 0
      const parts = new Map()
      for (const c of initial) {
        const g = gzip(c.code)
        raw += c.code.length
        gz += g
        // renderedLength is measured before minification: use it only for each module's share
        // of the chunk, and spread the chunk's minified and gzip sizes by that share.
        const mods = Object.entries(c.modules).filter(([id]) => !excluded(id))
        const total = mods.reduce((s, [, m]) => s + m.renderedLength, 0) || 1
        for (const [id, m] of mods) {
          const share = m.renderedLength / total
          const p = parts.get(owner(id)) ?? { raw: 0, gzip: 0 }
          p.raw += share * c.code.length
          p.gzip += share * g
          parts.set(owner(id), p)
        }
      }
      const lazyRaw = lazy.reduce((s, c) => s + c.code.length, 0)
      const lazyGzip = lazy.reduce((s, c) => s + gzip(c.code), 0)
      results.push({ name, raw, gz, budget: budget.maxGzipKB, parts, lazy: { count: lazy.length, raw: lazyRaw, gzip: lazyGzip } })
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  }
}

for (const w of warnings) console.warn(`⚠ ${w}`)
if (!results.length) {
  console.log('No size budgets to check yet.')
  process.exit(0)
}

const failed = results.filter((r) => r.gz / KB > r.budget)
console.log('\nInitial load (gzip -9; dynamic imports excluded):\n')
console.log(
  table(
    results.map((r) => [r.name, kb(r.raw), kb(r.gz), r.budget.toFixed(1), r.gz / KB > r.budget ? '✗ OVER' : '✓ ok']),
    ['entry', 'raw KB', 'gzip KB', 'budget KB', 'result'],
  ),
)
for (const r of results) {
  console.log(`\n${r.name} by package (gzip share is approximate):\n`)
  const rows = [...r.parts.entries()]
    .filter(([, p]) => p.raw >= 1)
    .sort((a, b) => b[1].raw - a[1].raw)
    .map(([k, p]) => [k, kb(p.raw), kb(p.gzip), `${((p.raw / r.raw) * 100).toFixed(0)}%`])
  console.log(table(rows, ['package', '~raw KB', '~gzip KB', 'share']))
  console.log(`  lazily loaded (not in budget): ${r.lazy.count} chunks, ${kb(r.lazy.raw)} KB raw, ${kb(r.lazy.gzip)} KB gzip`)
}
console.log(`\nsize: ${results.length} entries checked in ${seconds(started)}`)
if (failed.length) {
  console.error(`\n✗ Over budget: ${failed.map((r) => `${r.name} ${kb(r.gz)} KB > ${r.budget} KB`).join('; ')}`)
  process.exit(1)
}
