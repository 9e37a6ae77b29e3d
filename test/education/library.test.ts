import { fixture, html, expect, oneEvent, tap, pressKey, typeText, activeElementDeep, shadowQuery, shadowQueryAll, deepQuery, waitUntil, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/education/define'
import { kvGet, resetSession, sessionDb } from '@workroom/core'
import type { WrLibrary, WrLesson, WrQuiz, ContentErrorDetail, EducationOpenDetail } from '@workroom/education'
import { starterPackJson } from '../../packages/education/src/content/starter.js'
import { pack, HOSTILE, hostileLesson } from './fixtures.js'

const tiles = (el: WrLibrary) => shadowQueryAll(el, '.tile')
const tile = (el: WrLibrary, title: string) => tiles(el).find((t) => t.querySelector('.tile-title')!.textContent === title)!
const count = (el: WrLibrary) => shadowQuery(el, '.count[role=status]')!.textContent!.trim()

async function search(el: WrLibrary, q: string): Promise<void> {
  shadowQuery<HTMLInputElement>(el, 'input[type=search]')!.focus()
  await typeText(q)
  await el.updateComplete
}

describe('wr-library', () => {
  it('shows the topics as big tiles', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${starterPackJson}></wr-library>`)
    expect(shadowQuery(el, 'h2')!.textContent).to.equal('普法学习')
    expect(tiles(el).length).to.equal(9)
    for (const t of tiles(el)) expect(t.getBoundingClientRect().height).to.be.at.least(88)
  })

  it('finds the wages lesson first for 欠薪 and announces how many were found', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${starterPackJson}></wr-library>`)
    shadowQuery<HTMLInputElement>(el, 'input[type=search]')!.value = ''
    // IME text arrives as one input event.
    const input = shadowQuery<HTMLInputElement>(el, 'input[type=search]')!
    input.value = '欠薪'
    input.dispatchEvent(new Event('input'))
    await el.updateComplete
    expect(tiles(el)[0]!.querySelector('.tile-title')!.textContent).to.equal('被拖欠工资怎么办')
    expect(count(el)).to.match(/^找到 \d+ 条$/)
  })

  it('searches in English as typed on a keyboard', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library lang="en" .content=${starterPackJson}></wr-library>`)
    await search(el, 'divorce')
    expect(tiles(el)[0]!.querySelector('.tile-title')!.textContent).to.equal('Marriage and divorce: what to know')
    expect(count(el)).to.match(/results?$/)
  })

  it('filters by audience with toggle buttons that say whether they are on', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${starterPackJson}></wr-library>`)
    const chip = shadowQueryAll(el, '.chip').find((c) => c.textContent!.trim() === '外出务工人员')!
    expect(chip.getAttribute('aria-pressed')).to.equal('false')
    await tap(chip)
    await el.updateComplete
    expect(chip.getAttribute('aria-pressed')).to.equal('true')
    const titles = tiles(el).map((t) => t.querySelector('.tile-title')!.textContent)
    expect(titles).to.include('被拖欠工资怎么办')
    expect(titles).to.not.include('宅基地：一户一宅')
  })

  it('opens a topic, then a lesson, by keyboard, and returns to the topic', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${pack}></wr-library>`)
    tile(el, '打工与工资').focus()
    await pressKey('Enter')
    await el.updateComplete
    expect(activeElementDeep()?.textContent).to.equal('打工与工资')
    const opened = oneEvent(el, 'wr-education-open')
    tile(el, '被拖欠工资怎么办').focus()
    await pressKey('Enter')
    expect(((await opened) as CustomEvent<EducationOpenDetail>).detail).to.deep.equal({ kind: 'lesson', id: 'unpaid-wages' })
    await el.updateComplete
    const lesson = shadowQuery<WrLesson>(el, 'wr-lesson')!
    await lesson.updateComplete
    await waitUntil(() => activeElementDeep()?.textContent === '被拖欠工资怎么办')
    lesson.go(2)
    await lesson.updateComplete
    await shadowQuery<WrQuiz>(lesson, 'wr-quiz')!.updateComplete // the quiz on the last page lays out first
    await tap(shadowQueryAll(lesson, 'wr-button').find((b) => b.textContent!.trim() === '学完了')!)
    await waitUntil(() => shadowQuery(el, 'wr-lesson') === null)
    expect(shadowQuery(el, 'h2')!.textContent).to.equal('打工与工资')
    expect(tile(el, '被拖欠工资怎么办').textContent).to.contain('已学过')
  })

  it('ends a lesson with its quiz, then screening and booking', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${pack}></wr-library>`)
    el.open('lesson', 'unpaid-wages')
    await el.updateComplete
    const lesson = shadowQuery<WrLesson>(el, 'wr-lesson')!
    lesson.go(2)
    await lesson.updateComplete
    const quiz = shadowQuery<WrQuiz>(lesson, 'wr-quiz')!
    expect(quiz.quiz!.id).to.equal('wages-quiz')
    await quiz.updateComplete
    const labels = shadowQueryAll(lesson, '[part=next] wr-button').map((b) => b.textContent!.trim())
    expect(labels).to.deep.equal(['测一测能不能申请法律援助', '预约法律咨询'])
    const ev = oneEvent(el, 'wr-education-screener-request')
    await tap(shadowQueryAll(lesson, '[part=next] wr-button')[0]!)
    expect(((await ev) as CustomEvent).detail).to.deep.equal({ from: { kind: 'lesson', id: 'unpaid-wages', topic: 'work' }, step: 'screener' })
  })

  it('names every bad path and keeps showing the last good pack', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${pack}></wr-library>`)
    const bad = JSON.parse(JSON.stringify(pack))
    bad.lessons[0].title['zh-Hans'] = ''
    bad.version = 'x'
    const ev = oneEvent(el, 'wr-education-content-refused')
    el.content = bad
    const { detail } = (await ev) as CustomEvent<ContentErrorDetail>
    await el.updateComplete
    expect(detail.keptPrevious).to.equal(true)
    expect(detail.issues.map((i) => i.path)).to.include.members(['version', 'lessons[0].title.zh-Hans'])
    // Residents get a plain line and the last good pack; no paths, no codes.
    const note = shadowQuery(el, '.problems[role=status]')!
    expect(note.textContent!.trim()).to.equal('有一部分内容暂时打不开，先给您看现有的内容。')
    expect(el.shadowRoot!.textContent).to.not.contain('lessons[0]')
    expect(tiles(el).length).to.equal(1)
    // Whoever sets up the page adds debug and sees every path.
    el.debug = true
    await el.updateComplete
    expect(shadowQuery(el, '[part=debug]')!.textContent).to.contain('lessons[0].title.zh-Hans: 这里不能空着')
  })

  it('shows the starter content when the first pack given is bad, and tells the console why', async () => {
    const logged: string[] = []
    const realError = console.error
    console.error = (...a: unknown[]) => void logged.push(a.map(String).join(' '))
    try {
      const bad = JSON.parse(JSON.stringify(pack))
      bad.version = 'x'
      const el = await fixture<WrLibrary>(html`<wr-library .content=${bad}></wr-library>`)
      expect(tiles(el).length).to.equal(9)
      expect(shadowQuery(el, '.problems[role=status]')).to.not.equal(null)
      expect(logged.join('\n')).to.match(/version: schema\.version|version: version/)
    } finally {
      console.error = realError
    }
  })

  it('forgets progress and search when the kiosk session resets', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${pack}></wr-library>`)
    await search(el, '工资')
    expect(tiles(el).length).to.be.greaterThan(0)
    el.open('lesson', 'unpaid-wages')
    await el.updateComplete
    el.dispatchEvent(new CustomEvent('wr-lesson-completed', { detail: { lessonId: 'unpaid-wages' } }))
    await waitUntil(() => el.progress.lessons.includes('unpaid-wages'))
    const stored = await kvGet<{ lessons: string[] }>(sessionDb, 'education-progress', 'drafts')
    expect(stored?.lessons).to.deep.equal(['unpaid-wages'])
    expect(JSON.stringify(stored)).to.not.match(/name|phone|answer/)
    await resetSession('idle')
    expect(await kvGet(sessionDb, 'education-progress', 'drafts')).to.equal(undefined)
    await el.updateComplete
    expect(el.progress.lessons).to.deep.equal([])
    expect(el.query).to.equal('')
    expect(shadowQuery(el, 'wr-lesson')).to.equal(null)
  })

  it('keeps progress across visits when the host allows it', async () => {
    const first = await fixture<WrLibrary>(html`<wr-library keep-progress .content=${pack}></wr-library>`)
    first.dispatchEvent(new CustomEvent('wr-quiz-completed', { detail: { quizId: 'wages-quiz', score: 1, total: 2 } }))
    await waitUntil(() => first.progress.quizzes['wages-quiz']?.score === 1)
    first.remove()
    const again = await fixture<WrLibrary>(html`<wr-library keep-progress .content=${pack}></wr-library>`)
    await waitUntil(() => again.progress.quizzes['wages-quiz']?.score === 1)
  })

  it('shows hostile titles and summaries in tiles and search as plain text', async () => {
    ;(window as unknown as { __pwned?: number }).__pwned = undefined
    const evil = { ...pack, lessons: [hostileLesson()], quizzes: [] }
    evil.lessons[0]!.quiz = undefined
    const el = await fixture<WrLibrary>(html`<wr-library .content=${evil}></wr-library>`)
    await search(el, 'script')
    await new Promise((r) => setTimeout(r, 50))
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined)
    expect(tiles(el)[0]!.querySelector('.tile-title')!.textContent).to.equal(HOSTILE[0])
    expect(el.shadowRoot!.querySelector('script, img, a, [onerror], [onload]')).to.equal(null)
  })

  it('gives every control at least 48×48 px in kiosk mode', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library kiosk .content=${pack}></wr-library>`)
    const controls = [...shadowQueryAll(el, '.chip, .tile, input')]
    expect(controls.length).to.be.greaterThan(5)
    for (const c of controls) {
      const r = c.getBoundingClientRect()
      expect(r.height, c.className).to.be.at.least(48)
      expect(r.width, c.className).to.be.at.least(48)
    }
  })

  it('has no accessibility violations on the home page, a search and a topic', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${starterPackJson}></wr-library>`)
    await expectNoAxeViolations(el)
    await search(el, '工资')
    await expectNoAxeViolations(el)
    await tap(tiles(el)[0]!)
    await el.updateComplete
    expect(deepQuery(el, 'wr-lesson, wr-case-story')).to.not.equal(null)
  })

  it('finds what residents say in their own words (the screener’s vocabulary): 老板不给钱, 儿子不给钱, 墙', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library .content=${starterPackJson}></wr-library>`)
    const input = shadowQuery<HTMLInputElement>(el, 'input[type=search]')!
    const first = async (q: string) => {
      input.value = q
      input.dispatchEvent(new Event('input'))
      await el.updateComplete
      return tiles(el)[0]!.querySelector('.tile-title')!.textContent
    }
    expect(await first('老板不给钱')).to.be.oneOf(['被拖欠工资怎么办', '工地干了半年，工钱要回来了'])
    expect(await first('儿子不给钱')).to.be.oneOf(['赡养老人：子女的义务', '三个儿子都不管，老人要到了赡养费'])
    expect(await first('墙')).to.be.oneOf(['一堵院墙引起的纠纷', '宅基地：一户一宅'])
  })

  it('shows residents no developer text: no version number, no “Workroom” pack name, just when it was updated', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library></wr-library>`)
    await el.updateComplete
    const text = el.shadowRoot!.textContent!
    expect(text).to.not.match(/Workroom|版本|1\.1\.0|starter/)
    expect(shadowQuery(el, '.meta')!.textContent).to.match(/^内容更新于 \d{4}年\d{1,2}月\d{1,2}日$/)
  })

  it('names a county’s own pack by its publisher', async () => {
    const county = { ...(starterPackJson as Record<string, unknown>), id: 'linhe', publisher: { 'zh-Hans': '临河县司法局', en: 'Linhe County Justice Bureau' } }
    const el = await fixture<WrLibrary>(html`<wr-library .content=${county}></wr-library>`)
    expect(shadowQuery(el, '.meta')!.textContent).to.match(/^临河县司法局编写，内容更新于 /)
  })
})
