import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import {
  evaluate,
  mergeText,
  nationalPack,
  nationalPackIn,
  nationalRules,
  splitPack,
  splitText,
  text,
  type PackText,
} from '../../../packages/rules/src/index.ts'
import { drive, scenarios } from './scenarios.ts'

const packs = new URL('../../../packages/rules/src/packs/', import.meta.url)
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, packs), 'utf8'))

describe('the national pack split for screens (rules first, words later)', () => {
  it('ships split files made from national.json as it is now (else run: npm run split-packs -w @workroom/rules)', () => {
    const { rules, zh, en } = splitPack(read('national.json'))
    assert.deepEqual(read('national.rules.json'), rules)
    assert.deepEqual(read('national.text.zh-Hans.json'), zh)
    assert.deepEqual(read('national.text.en.json'), en)
  })

  it('puts the pack back together exactly', () => {
    const { rules, zh, en } = splitPack(nationalPack)
    assert.deepEqual(mergeText(mergeText(rules, zh), en), nationalPack)
  })

  it('keeps no English in the rules or the Chinese text', () => {
    assert.doesNotMatch(JSON.stringify(nationalRules), /"en":/)
    assert.doesNotMatch(JSON.stringify(read('national.text.zh-Hans.json')), /"en":/)
  })

  it('loads the whole pack in English, equal to nationalPack, and in Chinese without the English', async () => {
    assert.deepEqual(await nationalPackIn('en'), nationalPack)
    assert.deepEqual(await nationalPackIn('zh-Hans'), splitText(nationalPack, 'en').rest)
    assert.equal(text(await nationalPackIn('zh-Hans'), 'free-consultation-always', 'en'), text(nationalPack, 'free-consultation-always', 'zh-Hans'))
  })

  it('reaches the same questions and results from the rules alone', () => {
    for (const s of scenarios.filter((x) => x.region === undefined)) {
      const a = drive(nationalRules, s.answers, s.given)
      const b = drive(nationalPack, s.answers, s.given)
      assert.deepEqual(a, b, s.name)
    }
    assert.deepEqual(evaluate(nationalRules, {}), evaluate(nationalPack, {}))
  })

  it('does not change the document it merges into', () => {
    const doc = { a: { 'zh-Hans': '甲' }, list: [1] }
    const merged = mergeText(doc, { a: { en: 'A' } } satisfies PackText)
    assert.deepEqual(doc, { a: { 'zh-Hans': '甲' }, list: [1] })
    assert.deepEqual(merged, { a: { 'zh-Hans': '甲', en: 'A' }, list: [1] })
  })
})
