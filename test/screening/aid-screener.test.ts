import { fixture, html, expect, oneEvent, pressKey, waitUntil, activeElementDeep, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/screening/define'
import { resetSession, setLanguage } from '@workroom/core'
import type { WrAidScreener, ScreeningCompleteDetail, ScreeningBookDetail } from '@workroom/screening'
import { answerUntilResult, currentFact, heading, next, root, tapAnswer, tapButton, typeAnswer } from './driver.js'

async function started(attrs = html`<wr-aid-screener office-name="临河县司法局青石司法所"></wr-aid-screener>`): Promise<WrAidScreener> {
  const el = await fixture<WrAidScreener>(attrs)
  await tapButton(el, '开始自测')
  return el
}

describe('wr-aid-screener', () => {
  afterEach(() => setLanguage('zh-Hans'))

  it('promises no name, ID number or phone before starting', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener></wr-aid-screener>`)
    expect(heading(el)).to.equal('法律援助自测')
    expect(root(el).textContent).to.contain('不用填姓名、身份证号或电话')
  })

  it('asks what happened first and moves focus to the question', async () => {
    const el = await started()
    expect(heading(el)).to.equal('您遇到了什么事？')
    expect(activeElementDeep()?.textContent).to.equal('您遇到了什么事？')
    expect(currentFact(el)).to.equal('problem')
  })

  it('gets a migrant worker with unpaid wages to "means not checked" in a few taps, citing LAL 42', async () => {
    const el = await started()
    const done = oneEvent(el, 'wr-screening-complete')
    const asked = await answerUntilResult(el, { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': [] })
    const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
    expect(detail.outcome).to.equal('eligible-means-waived')
    expect(detail.urgent).to.equal(false)
    expect(asked.length).to.be.at.most(4)
    expect(asked).not.to.include('household.monthlyIncome')
    expect(detail.reasons.flatMap((r) => r.citations.map((c) => c.article))).to.include(42)
    expect(heading(el)).to.equal('可以申请法律援助，不用查家里收入')
    expect(root(el).textContent).to.contain('第四十二条')
    expect(root(el).textContent).to.contain('临河县司法局青石司法所')
    // Where to go: labour arbitration first, with its time limit and the article that sets it.
    expect(detail.routes).to.include('labour-arbitration')
    expect(root(el).textContent).to.contain('1年内')
    expect(root(el).textContent).to.contain('《劳动争议调解仲裁法》第二十七条')
  })

  it('tells the host the problem and its mediation category on completion, for anonymous counts', async () => {
    const el = await started()
    const done = oneEvent(el, 'wr-screening-complete')
    await answerUntilResult(el, { problem: 'divorce', 'applicant.abused': true, hasLawyer: false, 'urgent.needs': [] })
    const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
    expect(detail.problem).to.equal('divorce')
    expect(detail.disputeCategory).to.equal('marriage-family')
  })

  it('asks household money questions only when the means test decides, and shows the figures', async () => {
    const el = await started(html`<wr-aid-screener region="CN-GD-ZS"></wr-aid-screener>`)
    const done = oneEvent(el, 'wr-screening-complete')
    await answerUntilResult(el, {
      problem: 'work-injury',
      hasLawyer: false,
      'applicant.groups': [],
      'urgent.needs': [],
      'applicant.ageBand': '18-59',
      'applicant.disabled': false,
      'applicant.fixedIncome': true,
      'applicant.seriousIllness': false,
      'household.size': 4,
      'household.monthlyIncome': 2000,
      'household.valuableAssets': false,
    })
    const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
    expect(detail.outcome).to.equal('likely-eligible')
    expect(detail.means?.perHead).to.equal(500)
    expect(detail.means?.line).to.equal(2592)
    expect(root(el).textContent).to.contain('每人每月收入约 500 元，本地标准是 2,592 元')
  })

  it('says when a matter is out of scope and routes a neighbour dispute to mediation', async () => {
    const el = await started()
    const done = oneEvent(el, 'wr-screening-complete')
    await answerUntilResult(el, { problem: 'neighbour', hasLawyer: false, 'urgent.needs': [] })
    const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
    expect(detail.outcome).to.equal('out-of-scope')
    expect(detail.routes.join(' ')).to.match(/mediation/)
  })

  it('leads an out-of-scope neighbour dispute with what the resident can do, keeps the law behind one disclosure, and recommends mediation', async () => {
    const el = await started()
    await answerUntilResult(el, { problem: 'neighbour', hasLawyer: false, 'urgent.needs': [] })
    await el.updateComplete
    expect(root(el).querySelector('#result-title')!.textContent).to.equal('可以免费调解，就在这里')
    const disclosures = [...root(el).querySelectorAll('details')]
    expect(disclosures.map((d) => d.querySelector('summary')!.textContent!.trim())).to.deep.equal(['法律依据'])
    expect(disclosures[0]!.open).to.equal(false)
    expect(root(el).querySelector('.reasons')!.textContent).to.not.match(/第.+条/)
    const book = oneEvent(el, 'wr-screening-book')
    await tapButton(el, '预约咨询')
    await tapButton(el, '不带信息，直接去预约')
    const { detail } = (await book) as CustomEvent<ScreeningBookDetail>
    expect(detail.recommends).to.equal('mediation')
    expect(detail.routes).to.deep.equal([])
  })

  it('flags urgency when a deadline is under 7 days away', async () => {
    const el = await started()
    const done = oneEvent(el, 'wr-screening-complete')
    await answerUntilResult(el, { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': ['deadline'] })
    expect(((await done) as CustomEvent<ScreeningCompleteDetail>).detail.urgent).to.equal(true)
    expect(root(el).querySelector('.urgent')!.getAttribute('role')).to.equal('alert')
  })

  it('shows a prominent quick exit once violence at home is chosen', async () => {
    const el = await started()
    await tapAnswer(el, 'domestic-violence')
    await next(el)
    expect(root(el).querySelector('wr-quick-exit')!.hasAttribute('prominent')).to.equal(true)
  })

  it('names the problem when Next is tapped with no answer, points to 其他问题 (there is no 不知道 here), and keeps the question', async () => {
    const el = await started()
    await next(el)
    const list = root(el).querySelector('wr-choice-list')!
    expect(list.error).to.contain('请选一项')
    expect(list.error).to.contain('其他问题')
    expect(list.error).not.to.contain('不知道')
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('其他问题')
    const values = [...list.shadowRoot!.querySelectorAll('input')].map((i) => i.value)
    expect(values).to.include('other')
    expect(values).not.to.include('unknown')
    expect(currentFact(el)).to.equal('problem')
  })

  it('rejects a negative income with a message and keeps what was typed', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-GD-ZS"></wr-aid-screener>`)
    el.answers = [
      { fact: 'problem', value: 'work-injury' },
      { fact: 'hasLawyer', value: false },
      { fact: 'applicant.groups', value: [] },
      { fact: 'urgent.needs', value: [] },
      { fact: 'applicant.ageBand', value: '18-59' },
      { fact: 'applicant.disabled', value: false },
      { fact: 'applicant.fixedIncome', value: true },
      { fact: 'applicant.seriousIllness', value: false },
      { fact: 'household.size', value: 3 },
    ]
    await el.updateComplete
    expect(currentFact(el)).to.equal('household.incomeWithinLine')
    await tapButton(el, '我知道具体金额')
    await typeAnswer(el, '-5')
    await next(el)
    const field = root(el).querySelector('wr-text-field')!
    expect(field.error).to.contain('不能小于 0')
    expect(field.shadowRoot!.querySelector('input')!.value).to.equal('-5')
  })

  it('goes Back with the previous answer still chosen', async () => {
    const el = await started()
    await tapAnswer(el, 'wages')
    await next(el)
    await tapButton(el, '上一步')
    expect(currentFact(el)).to.equal('problem')
    const checked = root(el).querySelector('wr-choice-list')!.shadowRoot!.querySelector<HTMLInputElement>('input:checked')
    expect(checked?.value).to.equal('wages')
  })

  it('lets the resident change an answer from the result page', async () => {
    const el = await started()
    await answerUntilResult(el, { problem: 'wages', hasLawyer: true })
    expect(heading(el)).to.contain('已经请了律师')
    const change = [...root(el).querySelectorAll('.answers wr-button')][1]!
    change.shadowRoot!.querySelector('button')!.click()
    await el.updateComplete
    expect(currentFact(el)).to.equal('hasLawyer')
  })

  it('finds a problem by typing a word', async () => {
    const el = await started()
    const search = root(el).querySelector<HTMLInputElement>('#problem-search')!
    search.value = '欠薪'
    search.dispatchEvent(new Event('input'))
    await el.updateComplete
    const values = [...root(el).querySelector('wr-choice-list')!.shadowRoot!.querySelectorAll('input')].map((i) => i.value)
    expect(values[0]).to.equal('wages')
    expect(root(el).querySelector('[role="status"]')!.textContent).to.match(/找到 \d+ 类问题/)
  })

  it('can be answered by keyboard alone', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener></wr-aid-screener>`)
    el.answers = []
    await el.updateComplete
    root(el).querySelector('wr-choice-list')!.focus()
    await pressKey('Space')
    await el.updateComplete
    expect(root(el).querySelector('wr-choice-list')!.value).to.equal('wages')
    await pressKey('Tab')
    // The "more" button, then Next. Enter on Next submits.
    const focused = activeElementDeep()
    expect(focused?.tagName).to.equal('BUTTON')
  })

  it('asks only what the resident agrees to share before booking, nothing pre-ticked', async () => {
    const el = await started()
    await answerUntilResult(el, { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': [] })
    await tapButton(el, '预约咨询')
    expect(heading(el)).to.equal('预约时带上这些信息吗？')
    const list = root(el).querySelector('wr-choice-list')!
    expect(list.value).to.deep.equal([])
    await tapAnswer(el, 'problem')
    const booked = oneEvent(el, 'wr-screening-book')
    await tapButton(el, '带上选中的信息去预约')
    const { detail } = (await booked) as CustomEvent<ScreeningBookDetail>
    expect(detail.problem).to.equal('wages')
    expect(detail.routes).to.deep.equal([])
    expect(detail).not.to.have.property('urgent')
  })

  it('forgets every answer when the session is reset', async () => {
    const el = await started()
    await tapAnswer(el, 'wages')
    await next(el)
    await resetSession('idle')
    await el.updateComplete
    expect(heading(el)).to.equal('法律援助自测')
    expect(el['session'].answers).to.deep.equal([])
  })

  it('speaks English with lang="en"', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener lang="en"></wr-aid-screener>`)
    // The English strings load on demand: wait for them, not for a guessed time.
    await waitUntil(() => heading(el) === 'Check if you can get legal aid', 'still not English')
  })

  it('gives every answer card a 48 px target in kiosk mode', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener kiosk></wr-aid-screener>`)
    el.answers = []
    await el.updateComplete
    const list = root(el).querySelector('wr-choice-list')!
    await list.updateComplete
    for (const label of list.shadowRoot!.querySelectorAll('label')) {
      const r = label.getBoundingClientRect()
      expect(r.height).to.be.at.least(48)
    }
  })

  it('has no accessibility violations on a question and on a result', async () => {
    const el = await started()
    await expectNoAxeViolations(el)
    await answerUntilResult(el, { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': [] })
    await expectNoAxeViolations(el)
  })
})

describe('wr-aid-screener, the same answer twice in a row', () => {
  it('shows each new question with nothing chosen, so 没有 after 没有 is a tap that counts', async () => {
    const el = await started()
    await tapAnswer(el, 'support-payment')
    await next(el)
    const asked: string[] = []
    for (let i = 0; i < 14 && root(el).querySelector('wr-choice-list'); i++) {
      const fact = currentFact(el)
      const list = root(el).querySelector('wr-choice-list')!
      const inputs = [...list.shadowRoot!.querySelectorAll('input')]
      expect(inputs.filter((x) => x.checked).map((x) => x.value), `nothing chosen yet on ${fact}`).to.deep.equal([])
      const value = ['no', 'none'].find((v) => inputs.some((x) => x.value === v)) ?? inputs[0]!.value
      await tapAnswer(el, value)
      await next(el)
      if (currentFact(el) === fact && root(el).querySelector('wr-choice-list')) throw new Error(`${fact}: tapped ${value}, Next did not move on`)
      asked.push(fact)
    }
    expect(asked.filter((f) => f !== 'problem').length, asked.join(', ')).to.be.greaterThan(1)
  })
})
