import { fixture, html, expect, oneEvent, tap, pressKey, activeElementDeep, shadowQuery, shadowQueryAll, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/education/define'
import { setLanguage } from '@workroom/core'
import type { WrLesson, LessonCompleteDetail } from '@workroom/education'
import { lesson, hostileLesson, HOSTILE } from './fixtures.js'

const heading = (el: WrLesson) => shadowQuery(el, '.page-heading')!.textContent!.trim()
const button = (el: WrLesson, label: string) =>
  shadowQueryAll(el, 'wr-button').find((b) => b.textContent!.trim() === label) as HTMLElement | undefined

describe('wr-lesson', () => {
  afterEach(() => setLanguage('zh-Hans'))

  it('shows the first page with its heading, position and the lesson title', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    expect(shadowQuery(el, 'h2')!.textContent).to.equal('被拖欠工资怎么办')
    expect(heading(el)).to.equal('先留好证据')
    expect(shadowQuery(el, '[part=position]')!.textContent).to.contain('第 1 页，共 2 页')
    expect(button(el, '上一页')).to.equal(undefined)
  })

  it('moves to the next page by tap and puts focus on the new page heading', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    await tap(button(el, '下一页')!)
    await el.updateComplete
    expect(heading(el)).to.equal('去哪里讨薪')
    expect(activeElementDeep()?.textContent?.trim()).to.equal('去哪里讨薪')
  })

  it('goes forward and back by keyboard, focus following the heading', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    const next = shadowQuery(button(el, '下一页')!, 'button')!
    next.focus()
    await pressKey('Enter')
    await el.updateComplete
    expect(heading(el)).to.equal('去哪里讨薪')
    shadowQuery(button(el, '上一页')!, 'button')!.focus()
    await pressKey('Space')
    await el.updateComplete
    expect(heading(el)).to.equal('先留好证据')
    expect(activeElementDeep()?.classList.contains('page-heading')).to.equal(true)
  })

  it('ends with the key points and the laws cited, in statute form', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    el.go(2)
    await el.updateComplete
    expect(heading(el)).to.equal('记住这几点')
    const text = el.shadowRoot!.textContent!
    expect(text).to.contain('劳动仲裁不收费。')
    expect(text).to.contain('《中华人民共和国法律援助法》第四十二条第三项')
  })

  it('opens each page with a named picture, the statute text behind a "法律原文" disclosure', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    const pic = shadowQuery(el, '[part=page-picture] svg[role=img]')!
    expect(pic.getAttribute('aria-label')).to.contain('工人')
    const statute = shadowQuery<HTMLDetailsElement>(el, 'details.statute')!
    expect(statute.open).to.equal(false)
    expect(statute.querySelector('summary')!.textContent).to.equal('法律原文')
    expect(statute.textContent).to.contain('免予核查经济困难状况。')
    // Plain words come before the law's own.
    const order = [...el.shadowRoot!.querySelectorAll('.block-paragraph, details.statute')].map((n) => n.localName)
    expect(order).to.deep.equal(['p', 'details'])
    await tap(statute.querySelector('summary')!)
    expect(statute.open).to.equal(true)
    await expectNoAxeViolations(el)
  })

  it('reports "done" and offers the quiz on the summary page', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    el.go(2)
    await el.updateComplete
    const done = oneEvent(el, 'wr-lesson-complete')
    await tap(button(el, '学完了')!)
    expect(((await done) as CustomEvent<LessonCompleteDetail>).detail).to.deep.equal({ lessonId: 'unpaid-wages' })
    const quiz = oneEvent(el, 'wr-education-quiz-request')
    await tap(button(el, '做个小测验')!)
    expect(((await quiz) as CustomEvent<{ quizId: string }>).detail.quizId).to.equal('wages-quiz')
  })

  it('offers read-aloud of the page when the device can speak', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    const reader = shadowQuery(el, 'wr-read-aloud') as HTMLElement & { text: string }
    expect(reader.text).to.contain('先留好证据')
    expect(reader.text).to.contain('保存考勤记录。')
  })

  it('speaks English when the page is in English', async () => {
    await setLanguage('en')
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    expect(heading(el)).to.equal('Keep evidence first')
    expect(shadowQuery(el, '[part=position]')!.textContent).to.contain('Page 1 of 2')
    el.go(2)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).to.contain('Legal Aid Law of the PRC, Art. 42(3)')
  })

  it('renders hostile content as inert text in every block type', async () => {
    ;(window as unknown as { __pwned?: number }).__pwned = undefined
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${hostileLesson()}></wr-lesson>`)
    await new Promise((r) => setTimeout(r, 50))
    const root = el.shadowRoot!
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined)
    expect(root.querySelector('script, style:not([data-lit]), a, [onerror], [onload]')).to.equal(null)
    expect(root.querySelectorAll('img').length).to.equal(1)
    expect(root.querySelector('img')!.getAttribute('src')).to.equal('img/a.png')
    for (const h of HOSTILE.slice(0, 4)) expect(root.textContent).to.contain(h)
    expect(getComputedStyle(el).display).to.equal('block')
  })

  it('has no accessibility violations on a content page or the summary', async () => {
    const el = await fixture<WrLesson>(html`<wr-lesson .lesson=${lesson}></wr-lesson>`)
    await expectNoAxeViolations(el)
    el.go(2)
    await el.updateComplete
    await expectNoAxeViolations(el)
  })
})
