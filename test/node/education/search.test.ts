import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { loadContentPack } from '../../../packages/education/src/load.ts'
import { buildIndex, search, words } from '../../../packages/education/src/search.ts'

const pack = loadContentPack(readFileSync(new URL('../../../packages/education/src/content/starter.zh-Hans-en.json', import.meta.url), 'utf8'))
const zh = buildIndex(pack, 'zh-Hans')
const en = buildIndex(pack, 'en')
const top = (q: string, index = zh) => search(index, q)[0]?.id

// The fixed relevance set: what residents type, and the lesson that must come first.
const RELEVANCE: [string, string][] = [
  ['欠薪', 'unpaid-wages'],
  ['讨薪', 'unpaid-wages'],
  ['老板不给工资', 'unpaid-wages'],
  ['离婚', 'marriage-divorce'],
  ['宅基地', 'homestead'],
  ['诈骗', 'fraud'],
  ['非法集资', 'illegal-fund-raising'],
  ['养老诈骗', 'elder-fraud'],
  ['保健品', 'elder-fraud'],
  ['高空抛物', 'civil-code-daily'],
  ['法律明白人', 'mingbairen-role'],
  ['家暴', 'domestic-violence'],
  ['保护令', 'domestic-violence'],
  ['赡养', 'elder-support'],
  ['工伤', 'work-injury'],
  ['车祸', 'traffic-accident'],
  ['遗嘱', 'inheritance'],
  ['承包地', 'land-contracting'],
  ['毒品', 'drugs'],
  ['污染', 'environment'],
  ['法律援助', 'legal-aid'],
  ['调解', 'people-mediation'],
  ['宪法', 'constitution-basics'],
  ['借条', 'contracts-loans'],
  ['隐私', 'personal-rights'],
]

describe('search', () => {
  it('segments Chinese into words with Intl.Segmenter', () => {
    assert.deepEqual(words('老板拖欠工资'), ['老板', '拖欠', '工资'])
  })

  for (const [q, id] of RELEVANCE) {
    it(`"${q}" shows the ${id} lesson first`, () => {
      const hits = search(zh, q)
      assert.equal(hits[0]?.kind, 'lesson')
      assert.equal(hits[0]?.id, id, hits.slice(0, 3).map((h) => h.id).join(','))
    })
  }

  it('works in English', () => {
    assert.equal(top('unpaid wages', en), 'unpaid-wages')
    assert.equal(top('divorce', en), 'marriage-divorce')
    assert.equal(top('homestead', en), 'homestead')
    assert.equal(top('scam', en), 'fraud')
    assert.equal(top('Domestic Violence', en), 'domestic-violence')
  })

  it('accepts pinyin initials typed without a Chinese keyboard', () => {
    assert.equal(top('qx'), 'unpaid-wages')
    assert.equal(top('zjd'), 'homestead')
  })

  it('finds the related case story after the lesson', () => {
    const hits = search(zh, '欠薪')
    assert.ok(hits.some((h) => h.kind === 'case' && h.id === 'case-wages-site'))
  })

  it('filters by audience, and an empty query lists everything for that audience', () => {
    const all = search(zh, '', ['migrant-workers'])
    assert.ok(all.length > 0)
    for (const h of all) {
      const item = h.kind === 'lesson' ? pack.lessons.find((x) => x.id === h.id) : pack.cases.find((x) => x.id === h.id)
      assert.ok(item?.audiences.includes('migrant-workers'), h.id)
    }
    assert.equal(search(zh, '宅基地', ['youth']).length < search(zh, '宅基地').length, true)
  })

  it('returns nothing for words the pack does not contain', () => {
    assert.deepEqual(search(zh, '火星移民'), [])
  })

  it('answers each query well within 5 ms', () => {
    const queries = RELEVANCE.map(([q]) => q)
    const start = performance.now()
    for (let i = 0; i < 20; i++) for (const q of queries) search(zh, q)
    const perQuery = (performance.now() - start) / (20 * queries.length)
    assert.ok(perQuery < 5, `${perQuery.toFixed(3)} ms`)
  })
})

// The vocabulary shared with the screener's problem search: residents' own words find the lesson
// or case story on the matter (lesson or story, either counts: both are on the resident's problem).
describe('search with the shared vocabulary', async () => {
  const { matchConcepts } = await import('../../../packages/core/src/vocabulary.ts')
  const find = (q: string, index = zh) => search(index, q, [], matchConcepts(q))
  const SAID: [string, string[]][] = [
    ['赡养费', ['elder-support', 'case-elder-support']],
    ['儿子不给钱', ['elder-support', 'case-elder-support']],
    ['墙', ['case-homestead-wall', 'homestead']],
    ['围墙', ['case-homestead-wall', 'homestead']],
    ['工钱', ['unpaid-wages', 'case-wages-site']],
    ['老板不给钱', ['unpaid-wages', 'case-wages-site']],
    ['打我', ['domestic-violence', 'case-protection-order']],
    ['离婚', ['marriage-divorce']],
    ['被骗', ['fraud', 'elder-fraud', 'case-phone-scam']],
    ['保健品', ['elder-fraud']],
    ['养老诈骗', ['elder-fraud']],
    ['高息', ['illegal-fund-raising']],
    ['明白人', ['mingbairen-role']],
    ['gq', ['unpaid-wages', 'case-wages-site']],
  ]
  for (const [q, ids] of SAID) {
    it(`“${q}” shows ${ids.join(' or ')} first`, () => {
      const hits = find(q)
      assert.ok(ids.includes(hits[0]?.id ?? ''), hits.slice(0, 4).map((h) => `${h.id}:${h.score}`).join(', '))
    })
  }

  it('keeps every fixed relevance query right with the vocabulary on', () => {
    for (const [q, id] of RELEVANCE) assert.equal(find(q)[0]?.id, id, q)
  })

  it('finds in English too', () => {
    assert.ok(['unpaid-wages', 'case-wages-site'].includes(find('not paid', en)[0]?.id ?? ''), find('not paid', en)[0]?.id)
    assert.ok(['domestic-violence', 'case-protection-order'].includes(find('hits me', en)[0]?.id ?? ''))
  })
})
