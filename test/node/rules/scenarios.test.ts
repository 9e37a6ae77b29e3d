import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FACT_KEYS, FACTS } from '../../../packages/rules/src/index.ts'
import { citedArticles, drive, packFor, scenarios } from './scenarios.ts'

describe('scenario table', () => {
  it('has at least 60 cases', () => {
    assert.ok(scenarios.length >= 60, `only ${scenarios.length} scenarios`)
  })

  it('answers every fact a resident can be asked with 不知道 in at least one case', () => {
    const unknown = new Set(scenarios.flatMap((s) => drive(packFor(s.region), s.answers, s.given).answered.filter(([, v]) => v === 'unknown').map(([k]) => k)))
    // Askable facts, and the amount a resident may type instead of the income tap.
    const asked = FACT_KEYS.filter((k) => FACTS[k].askable || k === 'household.monthlyIncome')
    assert.deepEqual(asked.filter((k) => FACTS[k].unknown && !unknown.has(k)), [])
  })

  for (const s of scenarios) {
    it(s.name, () => {
      const { result, asked } = drive(packFor(s.region), s.answers, s.given)
      const e = s.expect
      assert.equal(result.outcome, e.outcome)
      assert.equal(result.urgent, e.urgent)
      assert.deepEqual(citedArticles(result), e.articles)
      assert.equal(asked.length, e.questions, `asked: ${asked.join(', ')}`)
      if (e.asked) assert.deepEqual(asked, e.asked)
      if (e.means) assert.deepEqual(result.means, e.means)
      else if (!['likely-eligible', 'likely-ineligible-means'].includes(e.outcome)) assert.equal(result.means, undefined)
      for (const n of e.notes ?? []) assert.ok(result.notes.includes(n), `note ${n} missing: ${result.notes.join(', ')}`)
      for (const m of e.materials ?? []) assert.ok(result.materials.includes(m), `material ${m} missing: ${result.materials.join(', ')}`)
      for (const c of e.reasons ?? []) assert.ok(result.reasons.some((r) => r.code === c), `reason ${c} missing: ${result.reasons.map((r) => r.code).join(', ')}`)
      for (const c of e.notReasons ?? []) assert.ok(!result.reasons.some((r) => r.code === c), `reason ${c} given`)
      if (e.routesStart) assert.deepEqual(result.routes.slice(0, e.routesStart.length), e.routesStart)
      // Every result offers free consultation (LAL 23).
      assert.ok(result.routes.includes('free-consultation'))
      assert.ok(result.reasons.some((r) => r.citations.some((c) => c.law === 'LAL' && c.article === 23)))
    })
  }
})
