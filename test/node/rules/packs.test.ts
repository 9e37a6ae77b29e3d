import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  checkOverlay,
  evaluate,
  loadPack,
  missingFigure,
  reviewFigures,
  loadRegion,
  nationalPack,
  overlay,
  regions,
  REGION_IDS,
  RulePackError,
  text,
  type RulePack,
} from '../../../packages/rules/src/index.ts'
import { badPacks, EXAMPLE_PARAMS } from './scenarios.ts'

function refusal(fn: () => unknown): RulePackError {
  try {
    fn()
  } catch (e) {
    assert.ok(e instanceof RulePackError, `expected a RulePackError, got ${String(e)}`)
    return e
  }
  assert.fail('expected a RulePackError')
}

describe('rule packs', () => {
  it('ships a national pack that passes validation unchanged', () => {
    assert.deepEqual(loadPack(structuredClone(nationalPack)), nationalPack)
  })

  it('accepts a pack given as JSON text', () => {
    assert.equal(loadPack(JSON.stringify(nationalPack)).id, 'CN')
  })

  it('explains text that is not JSON', () => {
    const e = refusal(() => loadPack('{ "format": 1,'))
    assert.match(e.message, /不是有效的 JSON/)
    assert.match(e.message, /not valid JSON/)
  })

  it('tells an author who loads an overlay as a pack to use overlay()', () => {
    const e = refusal(() => loadPack(regions['CN-NX']))
    assert.deepEqual(e.problems.map((p) => p.path), ['kind'])
    assert.match(e.message, /overlay\(nationalPack/)
  })

  for (const id of REGION_IDS) {
    it(`validates the shipped ${id} overlay`, () => {
      const o = checkOverlay(nationalPack, regions[id])
      assert.equal(o.region, id)
      const pack = overlay(nationalPack, regions[id], EXAMPLE_PARAMS[id])
      assert.equal(pack.id, id)
      assert.deepEqual(loadPack(structuredClone(pack)), pack, 'an overlaid pack is itself a valid pack')
    })
  }

  it('keeps every national rule when an overlay is applied: regions only add', () => {
    for (const id of REGION_IDS) {
      const pack = overlay(nationalPack, regions[id], EXAMPLE_PARAMS[id])
      for (const r of nationalPack.rules) assert.ok(pack.rules.some((x) => x.id === r.id), `${id} lost ${r.id}`)
    }
  })

  it('computes the Ningxia line as 2 × the local 低保', () => {
    assert.equal(overlay(nationalPack, regions['CN-NX'], { dibaoMonthly: 760 }).meansTest?.line, 1520)
  })

  it('uses Zhongshan’s published line of 2,592 from 2023-03-10 with no parameter', () => {
    const mt = overlay(nationalPack, regions['CN-GD-ZS']).meansTest!
    assert.equal(mt.line, 2592)
    assert.equal(mt.effectiveFrom, '2023-03-10')
    assert.equal(mt.basis, 'disposable-income')
  })

  it('lets a newer local figure passed as a parameter win over the overlay’s own', () => {
    assert.equal(overlay(nationalPack, regions['CN-GD-ZS'], { disposableIncomeMonthly: 5400 }).meansTest?.line, 2700)
  })

  it('uses the Jiangsu minimum wage itself as the line', () => {
    assert.equal(overlay(nationalPack, regions['CN-JS'], { minimumWageMonthly: 2490 }).meansTest?.line, 2490)
  })

  it('ships every overlay figure with its source, the date it took effect and a review date', () => {
    for (const id of REGION_IDS) {
      const mt = checkOverlay(nationalPack, regions[id]).meansTest!
      assert.ok(mt.source.length > 10 && mt.effectiveFrom && mt.reviewBy, id)
    }
  })

  it('reports the Zhongshan 2,592 line (from 2023-03-10) as due, and still screens with it', () => {
    const o = checkOverlay(nationalPack, regions['CN-GD-ZS'])
    const [standard] = reviewFigures(o, {}, {}, '2026-12-01')
    assert.equal(standard!.amount, 2592)
    assert.equal(standard!.effectiveFrom, '2023-03-10')
    assert.equal(standard!.status, 'due')
    assert.equal(reviewFigures(o, {}, {}, '2024-03-09')[0]!.status, 'ok')
    const pack = overlay(nationalPack, regions['CN-GD-ZS'])
    const s = evaluate(pack, { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 1, 'household.incomeWithinLine': false })
    assert.equal(s.outcome, 'likely-ineligible-means')
  })

  it('reports a host figure with its own dates, and a missing one by its parameter', () => {
    const o = checkOverlay(nationalPack, regions['CN-NX'])
    const missing = reviewFigures(o, {}, {}, '2026-12-01')
    assert.deepEqual(missing.map((f) => [f.kind, f.status]), [['standard', 'due'], ['figure', 'missing']])
    assert.equal(missing[1]!.param, 'dibaoMonthly')
    assert.equal(missingFigure(o)?.param, 'dibaoMonthly')
    const given = reviewFigures(o, { dibaoMonthly: 760 }, { source: '盐池县民政局', effectiveFrom: '2026-01-01', reviewBy: '2027-01-01' }, '2026-12-01')
    assert.deepEqual(given[1], { kind: 'figure', region: 'CN-NX', name: o.meansTest!.figureName!, param: 'dibaoMonthly', amount: 760, source: '盐池县民政局', effectiveFrom: '2026-01-01', reviewBy: '2027-01-01', status: 'ok' })
    assert.equal(given[0]!.amount, 1520)
    const pack = overlay(nationalPack, regions['CN-NX'], { dibaoMonthly: 760 }, { figure: { reviewBy: '2027-01-01' } })
    assert.deepEqual(pack.meansTest?.figure, { amount: 760, reviewBy: '2027-01-01' })
  })

  it('marks the Ningxia overlay partial, sourced to seed 004 only, with no regulation article', () => {
    const o = checkOverlay(nationalPack, regions['CN-NX'])
    assert.match(o.partial!['zh-Hans'], /6种增加事项只写明了3种/)
    assert.match(o.source, /盐池县司法局/)
    assert.doesNotMatch(JSON.stringify(regions['CN-NX']), /NX-LAR|第九条|2017年修正/)
    assert.ok(overlay(nationalPack, regions['CN-NX'], { dibaoMonthly: 700 }).overlays?.[0]?.partial)
  })

  it('applies an overlay without its missing figure when asked: extra matters work, no line is claimed', () => {
    const pack = overlay(nationalPack, regions['CN-NX'], {}, { withoutMissingFigure: true })
    assert.equal(pack.meansTest, undefined)
    const s = evaluate(pack, { problem: 'petition', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '18-59', 'urgent.needs': [] })
    assert.equal(s.outcome, 'likely-eligible')
    assert.ok(s.reasons.some((r) => r.code === 'nx-scope-petition'))
    assert.ok(s.reasons.some((r) => r.code === 'means-checked-locally'))
    assert.throws(() => overlay(nationalPack, regions['CN-NX']), RulePackError)
  })

  it('refuses figure details that are not dates or text', () => {
    const e = refusal(() => overlay(nationalPack, regions['CN-NX'], { dibaoMonthly: 700 }, { figure: { reviewBy: 'soon', colour: 'red' } as never }))
    assert.deepEqual(e.problems.map((p) => p.path), ['figure.reviewBy', 'figure.colour'])
  })

  it('does not accept a region name in place of overlay data', () => {
    const e = refusal(() => overlay(nationalPack, 'CN-NX'))
    assert.match(e.message, /regions\["CN-NX"\]/)
  })

  it('loads shipped overlays lazily by id', async () => {
    for (const id of REGION_IDS) assert.deepEqual(await loadRegion(id), regions[id])
    await assert.rejects(loadRegion('CN-XX'), RangeError)
  })

  it('loads an overlay with the Tibetan or Uyghur text, every string of it beside a Chinese one, and screens with it in that language', async () => {
    for (const id of REGION_IDS) {
      for (const lang of ['bo', 'ug'] as const) {
        const raw = (await loadRegion(id, lang)) as Record<string, unknown>
        const zh = regions[id] as Record<string, unknown>
        // Only text was added: the rules are the same.
        assert.deepEqual(raw['rules'], zh['rules'], `${id} ${lang}`)
        const title = raw['title'] as Record<string, string>
        assert.equal(title['zh-Hans'], (zh['title'] as Record<string, string>)['zh-Hans'])
        assert.ok(title[lang]?.trim(), `${id}: title in ${lang}`)
        // Every resident-facing string of the overlay has this language (law titles stay Chinese).
        const walk = (o: unknown, path: string): void => {
          if (o === null || typeof o !== 'object') return
          const rec = o as Record<string, unknown>
          if (typeof rec['zh-Hans'] === 'string') {
            if (!path.startsWith('.laws.')) assert.ok(typeof rec[lang] === 'string' && (rec[lang] as string).trim(), `${id}${path} in ${lang}`)
            return
          }
          for (const [k, v] of Object.entries(rec)) walk(v, `${path}.${k}`)
        }
        walk(raw, '')
        const pack = overlay(nationalPack, raw, EXAMPLE_PARAMS[id])
        for (const [code, t] of Object.entries((raw['reasons'] ?? {}) as Record<string, Record<string, string>>)) assert.equal(text(pack, code, lang), t[lang], `${id} ${code}`)
      }
    }
  })

  for (const bad of badPacks) {
    it(bad.name, () => {
      const e = refusal(() => {
        if (bad.base === 'national') {
          const doc = structuredClone(nationalPack) as unknown
          bad.break(doc)
          return loadPack(doc)
        }
        const doc = structuredClone(regions[bad.base])
        bad.break(doc)
        return overlay(nationalPack, doc, bad.params)
      })
      const paths = e.problems.map((p) => p.path)
      for (const p of bad.paths) assert.ok(paths.includes(p), `${p} not listed in:\n${e.message}`)
      assert.equal(paths.length, bad.paths.length, e.message)
      for (const p of e.problems) {
        assert.ok(p.message['zh-Hans'].length > 0 && p.message.en.length > 0)
        assert.ok(e.message.includes(p.path), 'the message lists every path')
      }
    })
  }
})

describe('pack text', () => {
  const packs: RulePack[] = [nationalPack, ...REGION_IDS.map((id) => overlay(nationalPack, regions[id], EXAMPLE_PARAMS[id]))]
  const sections = ['reasons', 'materials', 'notes'] as const

  it('has every user-facing text in Chinese and English', () => {
    for (const pack of packs) {
      for (const s of sections) {
        for (const [code, t] of Object.entries(pack[s])) {
          assert.ok(t['zh-Hans'].trim() && t.en.trim(), `${s}.${code}`)
          assert.match(t['zh-Hans'], /[\u4e00-\u9fff]/, `${s}.${code} zh-Hans is Chinese`)
        }
      }
      for (const [code, r] of Object.entries(pack.routes)) assert.ok(r.name['zh-Hans'] && r.name.en, `routes.${code}`)
    }
  })

  it('keeps Chinese text short and free of statute wording', () => {
    const legalese = ['应当', '依法', '下列', '予以', '之一的', '前款', '本法']
    for (const pack of packs) {
      for (const s of sections) {
        for (const [code, t] of Object.entries(pack[s])) {
          assert.ok(t['zh-Hans'].length <= 70, `${s}.${code} is ${t['zh-Hans'].length} characters`)
          for (const w of legalese) assert.ok(!t['zh-Hans'].includes(w), `${s}.${code} uses statute wording “${w}”`)
        }
      }
    }
  })

  it('gives labour arbitration its legal basis and one-year limit', () => {
    const r = nationalPack.routes['labour-arbitration']!
    assert.deepEqual(r.basis?.map((c) => `${c.law} ${c.article}`), ['LDMAL 5', 'LDMAL 27', 'LDMAL 53'])
    assert.match(r.timeLimit!.en, /1 year/)
    assert.match(nationalPack.routes['protection-order']!.timeLimit!.en, /72 hours/)
    assert.match(nationalPack.routes['administrative-reconsideration']!.timeLimit!.en, /60 days/)
  })

  it('looks up any code in the requested language, falling back to Chinese, then the code', () => {
    assert.equal(text(nationalPack, 'labour-arbitration', 'en').startsWith('First apply'), true)
    assert.match(text(nationalPack, 'id-card'), /身份证/)
    assert.equal(text(nationalPack, 'no-such-code', 'en'), 'no-such-code')
  })
})
