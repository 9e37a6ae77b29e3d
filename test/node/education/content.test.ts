import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { ContentPackError, describeIssue, loadContentPack, type PackIssue } from '../../../packages/education/src/load.ts'
import { chineseNumber, formatSource } from '../../../packages/education/src/citation.ts'
import type { ContentPack } from '../../../packages/education/src/schema.ts'

const starterText = readFileSync(new URL('../../../packages/education/src/content/starter.zh-Hans-en.json', import.meta.url), 'utf8')
const starter = (): Record<string, any> => JSON.parse(starterText)
const words = (path: string) => JSON.parse(readFileSync(new URL(`../../../packages/education/src/locales/${path}.json`, import.meta.url), 'utf8'))
const zh = { ...words('zh-Hans'), ...words('problems/zh-Hans') }
const en = { ...words('en'), ...words('problems/en') }

function issuesOf(json: unknown): PackIssue[] {
  try {
    loadContentPack(json)
  } catch (e) {
    assert.ok(e instanceof ContentPackError)
    return e.issues
  }
  assert.fail('expected the pack to be rejected')
}

/** A plain stand-in for i18next over one locale file (enough for messages with {{x}} and _one/_other). */
function translator(res: any) {
  return (key: string, params: Record<string, unknown> = {}) => {
    const node = key.split('.').reduce((n, k) => n?.[k], res) ?? key.split('.').reduce((n: any, k, i, a) => (i === a.length - 1 ? n?.[`${k}_other`] : n?.[k]), res)
    return String(node ?? key).replace(/\{\{(\w+)\}\}/g, (_, k) => String(params[k] ?? ''))
  }
}

describe('content pack', () => {
  it('the starter pack is valid and has at least 12 lessons, 8 case stories and quizzes', () => {
    const pack = loadContentPack(starterText)
    assert.ok(pack.lessons.length >= 12, `lessons: ${pack.lessons.length}`)
    assert.ok(pack.cases.length >= 8, `cases: ${pack.cases.length}`)
    assert.ok(pack.quizzes.length >= 3)
  })

  it('the starter pack is stored exactly as the validator returns it, so <wr-library> shows it without loading zod', () => {
    assert.deepEqual(loadContentPack(starterText), starter())
  })

  it('every lesson and story in the starter pack has English and cites at least one article', () => {
    const pack = loadContentPack(starterText)
    const missingEn: string[] = []
    const walk = (v: unknown, path: string) => {
      if (v && typeof v === 'object') {
        if ('zh-Hans' in (v as object) && !(v as { en?: string }).en) missingEn.push(path)
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`)
      }
    }
    walk(pack, 'pack')
    assert.deepEqual(missingEn, [])
    for (const x of [...pack.lessons, ...pack.cases]) assert.ok(x.sources.every((s) => s.article > 0), x.id)
  })

  it('covers every required subject area in the starter pack', () => {
    const pack = loadContentPack(starterText)
    const ids = new Set(pack.lessons.map((l) => l.id))
    for (const id of ['constitution-basics', 'marriage-divorce', 'inheritance', 'contracts-loans', 'personal-rights', 'land-contracting', 'homestead', 'elder-support', 'unpaid-wages', 'work-injury', 'traffic-accident', 'domestic-violence', 'fraud', 'drugs', 'environment', 'legal-aid', 'people-mediation'])
      assert.ok(ids.has(id), id)
  })

  it('uses the verified legal-aid time limits and figures', () => {
    const text = starterText
    assert.match(text, /7日内作出决定/)
    assert.match(text, /72小时内作出决定，情况紧急的在24小时内/)
    assert.match(text, /"article": 42,\s*"item": 3/)
    assert.doesNotMatch(text, /15日内作出决定/)
  })

  it('names every bad path at once, not just the first', () => {
    const pack = starter()
    pack.version = 'one'
    pack.lessons[0].title['zh-Hans'] = ''
    delete pack.lessons[1].sources
    pack.lessons[2].pages[0].blocks[0] = { type: 'marquee', text: { 'zh-Hans': 'x' } }
    pack.lessons[3].audiences = ['aliens']
    const issues = issuesOf(pack)
    const paths = issues.map((i) => i.path)
    assert.ok(paths.includes('version'))
    assert.ok(paths.includes('lessons[0].title.zh-Hans'))
    assert.ok(paths.includes('lessons[1].sources'))
    assert.ok(paths.some((p) => p.startsWith('lessons[2].pages[0].blocks[0]')))
    assert.ok(paths.includes('lessons[3].audiences[0]'))
  })

  it('explains each problem in plain Chinese and in English', () => {
    const pack = starter()
    pack.lessons[0].title['zh-Hans'] = ''
    delete pack.lessons[1].sources
    const issues = issuesOf(pack)
    const zhText = issues.map((i) => describeIssue(i, translator(zh)))
    const enText = issues.map((i) => describeIssue(i, translator(en)))
    assert.ok(zhText.includes('lessons[0].title.zh-Hans: 这里不能空着'), zhText.join('\n'))
    assert.ok(zhText.includes('lessons[1].sources: 缺少这一项，请填上'), zhText.join('\n'))
    assert.ok(enText.includes('lessons[0].title.zh-Hans: must not be empty'), enText.join('\n'))
    for (const t of [...zhText, ...enText]) assert.doesNotMatch(t, /problems\./)
  })

  it('catches references that do not resolve and answers that are not options', () => {
    const pack = starter()
    pack.lessons[0].topic = 'nowhere'
    pack.lessons[0].quiz = 'no-quiz'
    pack.quizzes[0].questions[0].correct = ['zzz']
    pack.cases[1].id = pack.cases[0].id
    const codes = issuesOf(pack).map((i) => `${i.path} ${i.code}`)
    assert.ok(codes.includes('lessons[0].topic unknownTopic'))
    assert.ok(codes.includes('lessons[0].quiz unknownQuiz'))
    assert.ok(codes.includes('quizzes[0].questions[0].correct[0] unknownOption'))
    assert.ok(codes.includes('cases[1].id duplicateId'))
  })

  it('takes a narration per language, and refuses two in one language or one that is not there', () => {
    const pack = starter()
    const rec = (id: string, lang?: string) => ({ id, kind: 'audio', title: { 'zh-Hans': '录音' }, src: `audio/${id}.mp3`, type: 'audio/mpeg', bytes: 20000, seconds: 6, transcript: { 'zh-Hans': '录音文字' }, ...(lang ? { lang } : {}) })
    pack.media.push(rec('p1-zh'), rec('p1-bo', 'bo'), rec('p1-bo-again', 'bo'))
    pack.lessons[0].pages[0].audio = ['p1-zh', 'p1-bo']
    assert.doesNotThrow(() => loadContentPack(structuredClone(pack)), 'one Chinese and one Tibetan recording')
    pack.lessons[0].pages[0].audio = ['p1-zh', 'p1-bo', 'p1-bo-again', 'p1-ug']
    const codes = issuesOf(pack).map((i) => `${i.path} ${i.code}`)
    assert.ok(codes.includes('lessons[0].pages[0].audio[2] narrationTwice'), codes.join('\n'))
    assert.ok(codes.includes('lessons[0].pages[0].audio[3] unknownAudio'), codes.join('\n'))
  })

  it('says plainly when the file is not JSON', () => {
    const issues = issuesOf('{ "format": ')
    assert.equal(issues[0]!.code, 'notJson')
  })

  it('refuses javascript: and data: image addresses', () => {
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'https://x/"onerror="alert(1)']) {
      const pack = starter()
      pack.lessons[0].pages[0].blocks.push({ type: 'image', src, alt: { 'zh-Hans': '图' } })
      const issues = issuesOf(pack)
      assert.ok(issues.some((i) => i.code === 'src'), src)
    }
  })

  it('accepts hostile text as plain text (it is rendered inert, not rejected)', () => {
    const pack = starter()
    pack.lessons[0].title['zh-Hans'] = '<script>alert(1)</script>'
    const ok: ContentPack = loadContentPack(pack)
    assert.equal(ok.lessons[0]!.title['zh-Hans'], '<script>alert(1)</script>')
  })
})

describe('citations', () => {
  it('writes article numbers the way statutes do', () => {
    assert.equal(chineseNumber(10), '十')
    assert.equal(chineseNumber(42), '四十二')
    assert.equal(chineseNumber(188), '一百八十八')
    assert.equal(chineseNumber(1079), '一千零七十九')
    assert.equal(chineseNumber(1126), '一千一百二十六')
    assert.equal(chineseNumber(207), '二百零七')
  })

  it('formats a source in Chinese and English', () => {
    const s = { law: { 'zh-Hans': '中华人民共和国法律援助法', en: 'Legal Aid Law of the PRC' }, article: 42, item: 3 }
    assert.equal(formatSource(s, 'zh-Hans'), '《中华人民共和国法律援助法》第四十二条第三项')
    assert.equal(formatSource(s, 'en'), 'Legal Aid Law of the PRC, Art. 42(3)')
  })
})
