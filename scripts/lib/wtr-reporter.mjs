// A web-test-runner reporter that (1) lists every failure once, plainly, after the run, and
// (2) writes the counts as JSON to $WTR_SUMMARY_FILE so scripts/test.mjs can add them up.
// The default reporter stays on for progress and its own summary.
import { writeFileSync } from 'node:fs'
import { relative } from 'node:path'

/** Leaf tests of a suite tree, each with its suite path. */
function* leaves(suite, path = []) {
  for (const t of suite?.tests ?? []) yield { path: [...path, t.name], test: t }
  for (const s of suite?.suites ?? []) yield* leaves(s, [...path, s.name])
}

const indent = (text, pad = '    ') => String(text).split('\n').map((l) => pad + l).join('\n')

export function countingReporter() {
  let rootDir = process.cwd()
  const grep = process.env.WTR_GREP
  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir
    },
    stop({ sessions }) {
      let passed = 0, failed = 0, skipped = 0
      const failures = []
      for (const session of sessions) {
        const file = relative(rootDir, session.testFile)
        for (const { path, test } of leaves(session.testResults)) {
          // With a grep (WTR_GREP), mocha leaves non-matching tests unrun: no result, no error.
          if (grep && !test.passed && !test.skipped && !test.error) continue
          if (test.skipped) skipped++
          else if (test.passed) passed++
          else {
            failed++
            failures.push({ title: `${file} › ${path.join(' › ')}`, error: test.error })
          }
        }
        // A file that failed to load or threw outside a test has no test results: one failure each.
        for (const error of session.errors ?? []) {
          failed++
          failures.push({ title: `${file} (file error)`, error })
        }
      }
      const out = []
      if (failures.length) {
        out.push('', `\x1b[31mFailed browser tests (${failures.length}):\x1b[0m`)
        for (const { title, error } of failures) {
          out.push('', `  ✗ ${title}`)
          if (error?.message) out.push(indent(error.message))
          if (error?.expected !== undefined) {
            out.push(indent(`expected: ${error.expected}`), indent(`actual:   ${error.actual}`))
          }
          const frames = String(error?.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l) && !/node_modules|__web-dev-server/.test(l))
          if (frames.length) out.push(indent(frames.slice(0, 3).map((l) => l.trim()).join('\n'), '      '))
        }
        out.push('')
      }
      const summary = { passed, failed, skipped, files: sessions.length }
      out.push(`Browser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${sessions.length} files)`)
      console.log(out.join('\n'))
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify(summary))
    },
  }
}
