import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MEASURES, measured, root, statementMarkdown } from '../../../kiosk/scripts/accessibility-statement.ts'
import { statement } from '../../../kiosk/src/accessibility/statement.ts'

// The statement is generated from data; this is what keeps the data true.
describe('accessibility statement', () => {
  it('quotes the test counts as they are now (run `npm run accessibility-statement` after adding stories or tests)', () => {
    for (const t of statement.testing) {
      if (!t.count) continue
      assert.equal(t.count.value, MEASURES[t.count.measure](), `"${t.id}" says ${t.count.value}, the repository has ${MEASURES[t.count.measure]()}`)
    }
  })

  it('every known problem is still there: its witness holds (when one is fixed, take it out of statement.json)', () => {
    for (const p of statement.knownProblems) {
      const file = join(root, p.witness.file)
      if (p.witness.exists === false) {
        assert.equal(existsSync(file), false, `known problem "${p.id}": ${p.witness.file} now exists, so it looks fixed`)
        continue
      }
      assert.ok(existsSync(file), `known problem "${p.id}": ${p.witness.file} is gone`)
      assert.ok(readFileSync(file, 'utf8').includes(p.witness.contains ?? ''), `known problem "${p.id}": ${p.witness.file} no longer contains ${JSON.stringify(p.witness.contains)}, so it looks fixed`)
    }
  })

  it('evidence it names exists, and every entry speaks both languages', () => {
    for (const t of statement.testing) if (t.evidence) assert.ok(existsSync(join(root, t.evidence)), t.evidence)
    for (const x of [...statement.standards.flatMap((s) => [s.name, s.what]), ...statement.testing.map((t) => t.what), ...statement.knownProblems.flatMap((p) => [p.what, p.meanwhile])]) {
      assert.ok(x['zh-Hans'].trim() && x.en.trim(), JSON.stringify(x))
    }
    assert.deepEqual(statement.standards.map((s) => s.id).slice(0, 3), ['wcag-2.2-aa', 'gb-t-37668-2019', 'miit-elder-friendly-2021'])
  })

  it('docs/accessibility.md is the statement as generated (run `npm run accessibility-statement`)', () => {
    assert.equal(readFileSync(join(root, 'docs/accessibility.md'), 'utf8'), statementMarkdown(measured(statement)))
  })
})
