import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { VOCABULARY, matchConcepts, problemsFor } from '../../../packages/core/src/vocabulary.ts'
import { PROBLEMS } from '../../../packages/rules/src/engine.ts'

const starter = JSON.parse(readFileSync(new URL('../../../packages/education/src/content/starter.zh-Hans-en.json', import.meta.url), 'utf8')) as { topics: { id: string }[] }

// What residents type, and a problem it must lead to.
const SAID: [string, string][] = [
  ['赡养费', 'support-payment'],
  ['儿子不给钱', 'support-payment'],
  ['我儿子不给钱怎么办', 'support-payment'],
  ['墙', 'neighbour'],
  ['墙', 'homestead'],
  ['围墙', 'neighbour'],
  ['工钱', 'wages'],
  ['打我', 'domestic-violence'],
  ['老板不给钱', 'wages'],
  ['老板不给钱！', 'wages'],
  ['离婚', 'divorce'],
  ['被骗', 'criminal-victim'],
  ['保健品', 'consumer'],
  ['赡养', 'support-payment'],
  ['ＱＸ', 'wages'],
  ['qx', 'wages'],
  ['zjd', 'homestead'],
  ['unpaid wages', 'wages'],
  ['Divorce', 'divorce'],
  ['my husband beats me', 'domestic-violence'],
]

describe('the shared search vocabulary', () => {
  for (const [said, problem] of SAID) {
    it(`“${said}” leads to ${problem}`, () => {
      assert.ok(problemsFor(said).has(problem), [...problemsFor(said)].join(','))
    })
  }

  it('covers every problem the rule engine knows, so no card is unfindable', () => {
    const covered = new Set(VOCABULARY.flatMap((c) => c.problems))
    assert.deepEqual(PROBLEMS.filter((p) => !covered.has(p)), [])
    for (const c of VOCABULARY) for (const p of c.problems) assert.ok((PROBLEMS as readonly string[]).includes(p), `${c.id}: unknown problem ${p}`)
  })

  it('names only topics the starter content has', () => {
    const topics = new Set(starter.topics.map((t) => t.id))
    for (const c of VOCABULARY) for (const t of c.topics) assert.ok(topics.has(t), `${c.id}: unknown topic ${t}`)
  })

  it('has Chinese, English and pinyin initials for every concept, without duplicate ids', () => {
    assert.equal(new Set(VOCABULARY.map((c) => c.id)).size, VOCABULARY.length)
    for (const c of VOCABULARY) {
      assert.ok(c.zh.length > 0 && c.zh.every((w) => /^[\u3400-\u9fff]+$/.test(w)), c.id)
      assert.ok(c.en.length > 0 && c.en.every((w) => w === w.toLowerCase() && w.trim() === w && w.length > 1), c.id)
      assert.ok(c.initials.length > 0 && c.initials.every((i) => /^[a-z]{2,}$/.test(i)), c.id)
    }
  })

  it('does not guess from one letter or nothing', () => {
    assert.deepEqual(matchConcepts(''), [])
    assert.deepEqual(matchConcepts('  '), [])
    assert.deepEqual(matchConcepts('q'), [])
  })

  it('does not lead unrelated words anywhere', () => {
    assert.deepEqual([...problemsFor('外星人')], [])
    assert.deepEqual([...problemsFor('xyzzy')], [])
  })
})
