#!/usr/bin/env node
// `npm run build`:
//   1. tsc -b: each package's dist/ with .js, .d.ts and locales (projects from tsconfig.build.json
//      that have sources yet; a package still without src/*.ts is skipped, not an error)
//   2. the kiosk app: vite build → dist/kiosk (skipped until kiosk/index.html exists)
//   3. the county console: vite build → dist/console (the county service serves it at /console/)
//   4. the embed bundle: one ESM file per packages/*/src/define.ts (and the library alone) →
//      dist/embed/<name>.js and <name>-<version>.js, sharing code through hashed chunks, for a
//      website's single <script type="module">; SRI hashes printed and in dist/embed/integrity.json
//   5. npm run analyze: custom-elements.json
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { build as viteBuild } from 'vite'
import { buildEmbed } from './lib/embed.mjs'
import { root, seconds } from './lib/workspace.mjs'

const require = createRequire(import.meta.url)
const timings = []

async function step(name, fn) {
  const start = performance.now()
  console.log(`\n▶ ${name}`)
  const note = await fn()
  timings.push([name, seconds(start), note ?? ''])
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(`✗ ${[cmd, ...args].join(' ')} failed (exit ${r.status ?? r.signal})`)
    process.exit(1)
  }
}

const hasSources = (dir) => existsSync(join(dir, 'src')) && readdirSync(join(dir, 'src'), { recursive: true }).some((f) => String(f).endsWith('.ts'))

await step('types and dist (tsc -b)', () => {
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8'))
  const projects = (config.references ?? []).map((r) => r.path)
  const ready = projects.filter((p) => hasSources(join(root, dirname(p))))
  const skipped = projects.filter((p) => !ready.includes(p))
  for (const p of skipped) console.warn(`⚠ skipped ${p}: no sources yet`)
  if (!ready.length) return 'nothing to build'
  // tsc -b accepts several projects; listing the ready ones equals `tsc -b tsconfig.build.json` once all exist.
  const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')
  run(process.execPath, [tsc, '-b', ...(skipped.length ? ready : ['tsconfig.build.json'])])
  return `${ready.length} projects`
})

await step('kiosk (vite build → dist/kiosk)', async () => {
  if (!existsSync(join(root, 'kiosk', 'index.html'))) {
    console.warn('⚠ skipped: kiosk/index.html does not exist yet')
    return 'skipped'
  }
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' })
})

await step('county console (vite build → dist/console, served by the county service at /console/)', async () => {
  await viteBuild({ configFile: join(root, 'packages', 'console', 'vite.config.ts'), logLevel: 'warn' })
})

await step('embed bundle (dist/embed/<name>.js, <name>-<version>.js, integrity.json)', async () => {
  const outDir = join(root, 'dist', 'embed')
  const { entries, files, chunks } = await buildEmbed(outDir)
  if (!entries.length) {
    console.warn('⚠ skipped: no packages/*/src/define.ts yet')
    return 'skipped'
  }
  console.log('  entry (plain and versioned name)              up-front gzip  Subresource Integrity')
  for (const e of entries) console.log(`  ${`${e.file}, ${e.versioned}`.padEnd(46)} ${(e.upfrontGzip / 1024).toFixed(1).padStart(10)} KB  ${e.integrity}`)
  console.log(`  every file's hash (chunks too): dist/embed/integrity.json (${files.length} files). For a copied, pinned file:`)
  const s = entries.find((e) => e.name === 'screening') ?? entries[0]
  console.log(`    <script type="module" src="/workroom/${s.versioned}" integrity="${s.integrity}" crossorigin="anonymous"></script>`)
  return `${entries.length} entries, ${chunks} shared/lazy chunks`
})

await step('custom elements manifest (npm run analyze)', () => {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'analyze'])
})

console.log('\nbuild timings:')
for (const [name, time, note] of timings) console.log(`  ${name.padEnd(44)} ${time.padStart(7)}  ${note}`)
