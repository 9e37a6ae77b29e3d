#!/usr/bin/env node
// `npm test`: browser tests (web-test-runner, system Chromium), Node tests (node:test via tsx),
// then end-to-end tests (node:test + playwright-core driving the built kiosk in the system
// Chromium), then one line CI can read, last and alone: `N passed, N failed[, N skipped]`.
//   npm test -- --grep <pattern>   only tests whose full name matches
//   npm test -- --browser | --node | --e2e   only those runners (flags combine)
//   npm test -- --files <text>     only test files whose path contains <text> (e.g. test/kiosk/)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findFiles } from './lib/files.mjs'
import { buildKiosk } from './lib/kiosk.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const argv = process.argv.slice(2)
const grepAt = argv.findIndex((a) => a === '--grep' || a.startsWith('--grep='))
const grep = grepAt < 0 ? undefined : argv[grepAt].includes('=') ? argv[grepAt].slice(7) : argv[grepAt + 1]
const filesAt = argv.findIndex((a) => a === '--files' || a.startsWith('--files='))
const filesFilter = filesAt < 0 ? undefined : argv[filesAt].includes('=') ? argv[filesAt].slice(8) : argv[filesAt + 1]
const pick = (files) => (filesFilter ? files.filter((f) => f.includes(filesFilter)) : files)
const STAGES = ['browser', 'node', 'e2e']
const chosen = STAGES.filter((s) => argv.includes(`--${s}`))
const runs = (stage) => !chosen.length || chosen.includes(stage)

const tmp = mkdtempSync(join(tmpdir(), 'workroom-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const problems = []

function add(counts) {
  totals.passed += counts.passed
  totals.failed += counts.failed
  totals.skipped += counts.skipped
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8').trim().split('\n').pop())
  } catch {
    return undefined
  }
}
/** A runner that died or found nothing counts as one failure, so the last line never reads clean. */
function crashed(message) {
  problems.push(message)
  totals.failed++
}

function runBrowser() {
  const files = pick(findFiles(root, 'test', '.test.ts').filter((f) => !f.startsWith('test/node/') && !f.startsWith('test/e2e/')))
  if (filesFilter && !files.length) return
  if (!files.length) return crashed('web-test-runner: no test files match test/**/*.test.ts (outside test/node/)')
  // The package exports no ./package.json; its bin sits next to its main module.
  const bin = join(dirname(require.resolve('@web/test-runner')), 'bin.js')
  const summary = join(tmp, 'wtr.json')
  const started = Date.now()
  const r = spawnSync(process.execPath, [bin, '--config', join(root, 'web-test-runner.config.mjs')], {
    cwd: root,
    stdio: 'inherit',
    // Always the explicit list: the end-to-end files under test/e2e/ are not browser tests.
    env: { ...process.env, WTR_SUMMARY_FILE: summary, WTR_FILES: JSON.stringify(files), ...(grep ? { WTR_GREP: grep } : {}) },
  })
  const counts = existsSync(summary) ? readJson(summary) : undefined
  console.log(`web-test-runner: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (!counts) return crashed(`web-test-runner crashed (exit ${r.status ?? r.signal}) before reporting`)
  add(counts)
  // Under --grep, web-test-runner counts the tests it filtered out as failed; our counts know better.
  if (r.status !== 0 && counts.failed === 0 && !grep) crashed(`web-test-runner exited ${r.status} with no failed test (see its output above)`)
}

function runNode() {
  const files = pick(findFiles(root, 'test/node', '.test.ts'))
  if (!files.length) {
    console.log('node:test: no test files under test/node/ (0 tests)')
    return
  }
  const summary = join(tmp, 'node.json')
  const started = Date.now()
  const r = spawnSync(
    process.execPath,
    [
      '--conditions', 'source',
      '--import', 'tsx',
      '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts/lib/node-test-counter.mjs')}`, `--test-reporter-destination=${summary}`,
      ...(grep ? [`--test-name-pattern=${grep}`] : []),
      ...files,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...(grep ? { WORKROOM_TEST_GREP: grep } : {}) } },
  )
  const counts = existsSync(summary) ? readJson(summary) : undefined
  console.log(`node:test: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (!counts) return crashed(`node:test crashed (exit ${r.status ?? r.signal}) before reporting`)
  add(counts)
  if (r.status !== 0 && counts.failed === 0) crashed(`node:test exited ${r.status} with no failed test (see its output above)`)
}

/** The built kiosk in the system Chromium: one build for every file, files one at a time (2 cores). */
async function runE2E() {
  const files = pick(findFiles(root, 'test/e2e', '.test.ts'))
  if (!files.length) {
    if (!filesFilter) console.log('end-to-end: no test files under test/e2e/ (0 tests)')
    return
  }
  const started = Date.now()
  let dist
  try {
    dist = await buildKiosk(join(tmp, 'kiosk'))
  } catch (err) {
    return crashed(`end-to-end: the kiosk did not build: ${err instanceof Error ? err.message : err}`)
  }
  const summary = join(tmp, 'e2e.json')
  const r = spawnSync(
    process.execPath,
    [
      '--conditions', 'source',
      '--import', 'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-timeout=120000',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts/lib/node-test-counter.mjs')}`, `--test-reporter-destination=${summary}`,
      ...(grep ? [`--test-name-pattern=${grep}`] : []),
      ...files,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, WORKROOM_E2E_DIST: dist.outDir, ...(grep ? { WORKROOM_TEST_GREP: grep } : {}) } },
  )
  const counts = existsSync(summary) ? readJson(summary) : undefined
  console.log(`end-to-end: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s (kiosk build ${dist.seconds.toFixed(1)} s)`)
  if (!counts) return crashed(`end-to-end node:test crashed (exit ${r.status ?? r.signal}) before reporting`)
  add(counts)
  if (r.status !== 0 && counts.failed === 0) crashed(`end-to-end node:test exited ${r.status} with no failed test (see its output above)`)
}

if (runs('browser')) runBrowser()
if (runs('node')) runNode()
if (runs('e2e')) await runE2E()
rmSync(tmp, { recursive: true, force: true })

if (totals.passed + totals.failed + totals.skipped === 0) crashed('no tests ran at all')
for (const p of problems) console.error(`✗ ${p}`)
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exitCode = totals.failed > 0 || problems.length ? 1 : 0
