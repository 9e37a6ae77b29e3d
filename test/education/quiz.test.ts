import { fixture, html, expect, oneEvent, tap, pressKey, activeElementDeep, shadowQuery, shadowQueryAll, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/education/define'
import type { WrQuiz, QuizCompleteDetail } from '@workroom/education'
import { quiz } from './fixtures.js'

const button = (el: WrQuiz, label: string) =>
  shadowQueryAll(el, 'wr-button').find((b) => b.textContent!.trim() === label) as HTMLElement | undefined
const option = (el: WrQuiz, label: string) =>
  shadowQueryAll<HTMLLabelElement>(el, 'label.option').find((l) => l.querySelector('.text')!.textContent === label)!
const status = (el: WrQuiz) => shadowQuery(el, '[role=status]')!.textContent!.trim()

describe('wr-quiz', () => {
  it('explains a right answer straight away, in words and with an icon, and announces it', async () => {
    const el = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz}></wr-quiz>`)
    await tap(option(el, '不要钱'))
    await tap(button(el, '看看对不对')!)
    await el.updateComplete
    const feedback = shadowQuery(el, '[part=feedback]')!
    expect(feedback.textContent).to.contain('答对了！')
    expect(feedback.textContent).to.contain('劳动争议仲裁不收费。')
    expect(feedback.querySelector('svg')).to.not.equal(null)
    expect(status(el)).to.contain('答对了！')
    expect(option(el, '不要钱').textContent).to.contain('正确答案')
  })

  it('marks a wrong choice with text, not colour alone, and shows the right one', async () => {
    const el = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz}></wr-quiz>`)
    await tap(option(el, '要交钱'))
    await tap(button(el, '看看对不对')!)
    await el.updateComplete
    expect(status(el)).to.contain('还不对。')
    expect(option(el, '要交钱').textContent).to.contain('您选的')
    expect(option(el, '不要钱').textContent).to.contain('正确答案')
  })

  it('shuffles the options per attempt, the same way for the same seed', async () => {
    const order = (el: WrQuiz) => shadowQueryAll<HTMLInputElement>(el, 'input').map((i) => i.value)
    const el = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz} seed="7"></wr-quiz>`)
    el.index = 1
    await el.updateComplete
    const first = order(el)
    const again = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz} seed="7"></wr-quiz>`)
    again.index = 1
    await again.updateComplete
    expect(order(again)).to.deep.equal(first)
    expect([...first].sort()).to.deep.equal(['attendance', 'chat', 'rumour'])
    // Over a few attempts, the right answer of question 1 does not always sit first.
    const places = new Set<number>()
    for (let i = 0; i < 8; i++) {
      el.restart(false)
      await el.updateComplete
      places.add(order(el).indexOf('free'))
    }
    expect(places.size).to.equal(2)
  })

  it('explains with a picture and the why in one sentence', async () => {
    const el = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz}></wr-quiz>`)
    await tap(option(el, '要交钱'))
    await tap(button(el, '看看对不对')!)
    await el.updateComplete
    const feedback = shadowQuery(el, '[part=feedback]')!
    expect(feedback.querySelector('svg[role=img]')!.getAttribute('aria-label')).to.contain('问号')
    expect(feedback.querySelector('.why')!.textContent).to.equal('为什么：劳动争议仲裁不收费。')
    await expectNoAxeViolations(el)
  })

  it('asks for a choice before checking', async () => {
    const el = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz}></wr-quiz>`)
    await tap(button(el, '看看对不对')!)
    await el.updateComplete
    expect(status(el)).to.equal('请先选一个答案。')
  })

  it('works by keyboard to the end and reports an anonymous score', async () => {
    const el = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz}></wr-quiz>`)
    // Question 1: arrow keys move between radio buttons; Space selects.
    shadowQuery<HTMLInputElement>(el, 'input[value=free]')!.focus()
    await pressKey('Space')
    await pressKey('Tab')
    await pressKey('Enter')
    await el.updateComplete
    await el.updateComplete
    // Focus moved to "Next question".
    const focused = activeElementDeep()!
    expect(((focused.getRootNode() as ShadowRoot).host as HTMLElement).textContent!.trim()).to.equal('下一题')
    await pressKey('Enter')
    await el.updateComplete
    expect(activeElementDeep()?.textContent?.trim()).to.equal('哪些可以作为证据？')
    // Question 2 (multiple): check two boxes.
    // (Options come in a new order each attempt: reach each by its value, not by counting Tabs.)
    shadowQuery<HTMLInputElement>(el, 'input[value=attendance]')!.focus()
    await pressKey('Space')
    shadowQuery<HTMLInputElement>(el, 'input[value=chat]')!.focus()
    await pressKey('Space')
    shadowQuery(button(el, '看看对不对')!, 'button')!.focus()
    await pressKey('Enter')
    await el.updateComplete
    expect(status(el)).to.contain('答对了！')
    const done = oneEvent(el, 'wr-quiz-complete')
    await pressKey('Enter')
    const { detail } = (await done) as CustomEvent<QuizCompleteDetail>
    expect(detail).to.deep.equal({ quizId: 'wages-quiz', score: 2, total: 2 })
    await el.updateComplete
    expect(el.shadowRoot!.textContent).to.contain('答对 2 题，共 2 题')
  })

  it('has no accessibility violations before and after feedback', async () => {
    const el = await fixture<WrQuiz>(html`<wr-quiz .quiz=${quiz}></wr-quiz>`)
    await expectNoAxeViolations(el)
    await tap(option(el, '要交钱'))
    await tap(button(el, '看看对不对')!)
    await el.updateComplete
    await expectNoAxeViolations(el)
  })
})
