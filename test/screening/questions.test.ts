// What a resident taps and reads: tap forms for age, household and income, "不知道" on every kind
// of question, the warm path for 其他问题, local figures given as attributes, and result sentences
// that claim only what was asked.
import { fixture, html, expect, oneEvent } from '../helpers/index.js'
import '@workroom/screening/define'
import type { WrAidScreener, ScreeningCompleteDetail } from '@workroom/screening'
import { answerUntilResult, currentFact, heading, next, root, tapAnswer, tapButton, typeAnswer } from './driver.js'

async function started(tag = html`<wr-aid-screener></wr-aid-screener>`): Promise<WrAidScreener> {
  const el = await fixture<WrAidScreener>(tag)
  await tapButton(el, '开始自测')
  return el
}

const text = (el: WrAidScreener) => root(el).textContent!.replace(/\s+/g, ' ')

/** Captures console.error calls while `fn` runs. */
async function consoleErrors(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = []
  const original = console.error
  console.error = (...args: unknown[]) => void seen.push(args.map(String).join(' '))
  try {
    await fn()
  } finally {
    console.error = original
  }
  return seen
}

describe('wr-aid-screener questions', () => {
  it('asks income as a tap naming the household and its line, and says what was said on the result', async () => {
    const el = await started(html`<wr-aid-screener region="CN-GD-ZS"></wr-aid-screener>`)
    const done = oneEvent(el, 'wr-screening-complete')
    const asked = await answerUntilResult(el, {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 3,
      'household.incomeWithinLine': true, 'household.valuableAssets': false, 'urgent.needs': [],
    })
    expect(asked).to.include('household.incomeWithinLine')
    const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
    expect(detail.outcome).to.equal('likely-eligible')
    expect(text(el)).to.contain('全家 3 口人，每月总收入没有超过 7,776 元（本地标准每人每月 2,592 元）')
  })

  it('shows the income question as "您家 3 口人，每月总收入有没有超过 7,776 元？" with 不知道', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-GD-ZS"></wr-aid-screener>`)
    el.answers = [
      { fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] },
      { fact: 'applicant.fixedIncome', value: true }, { fact: 'household.size', value: 3 },
    ]
    await el.updateComplete
    expect(heading(el)).to.equal('您家 3 口人，每月总收入有没有超过 7,776 元？')
    const labels = [...root(el).querySelector('wr-choice-list')!.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim())
    expect(labels).to.deep.equal(['没有超过', '超过了', '不知道 / 不确定'])
  })

  it('counts 不知道 on income as likely eligible, citing LAL 41, with the integrity pledge to bring', async () => {
    const el = await started(html`<wr-aid-screener region="CN-GD-ZS"></wr-aid-screener>`)
    const done = oneEvent(el, 'wr-screening-complete')
    await answerUntilResult(el, {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 2,
      'household.incomeWithinLine': 'unknown', 'urgent.needs': [],
    })
    const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
    expect(detail.outcome).to.equal('likely-eligible')
    expect(detail.reasons.find((r) => r.code === 'means-not-known')!.citations.map((c) => c.article)).to.include(41)
    expect(heading(el)).to.equal('您的事可以申请法律援助')
    expect(text(el)).to.contain('个人诚信承诺书')
    expect(text(el)).to.contain('第四十一条')
    expect(text(el)).not.to.contain('超过了本地')
  })

  it('lets a resident type the amount instead, and 不知道 there moves on at once (the old dead end)', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-GD-ZS"></wr-aid-screener>`)
    el.answers = [
      { fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] },
      { fact: 'applicant.fixedIncome', value: true }, { fact: 'household.size', value: 3 },
    ]
    await el.updateComplete
    await tapButton(el, '我知道具体金额')
    expect(heading(el)).to.equal('全家每个月一共收入多少钱？')
    await tapButton(el, '不知道')
    // The next question shows, with no error on it.
    expect(currentFact(el)).to.equal('urgent.needs')
    expect(root(el).querySelector('wr-choice-list')!.error).to.equal('')
    await tapAnswer(el, 'none')
    await next(el)
    expect(heading(el)).to.equal('您的事可以申请法律援助')
  })

  it('goes Back to a typed amount as it was typed', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-GD-ZS"></wr-aid-screener>`)
    el.answers = [
      { fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] },
      { fact: 'applicant.fixedIncome', value: true }, { fact: 'household.size', value: 3 },
    ]
    await el.updateComplete
    await tapButton(el, '我知道具体金额')
    await typeAnswer(el, '5000')
    await next(el)
    expect(currentFact(el)).to.equal('household.valuableAssets')
    await tapButton(el, '上一步')
    expect(heading(el)).to.equal('全家每个月一共收入多少钱？')
    expect(root(el).querySelector('wr-text-field')!.shadowRoot!.querySelector('input')!.value).to.equal('5000')
  })

  it('moves on when 不知道 is tapped on a typed household size, with no error on the next question', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-JS" minimum-wage-monthly="2490"></wr-aid-screener>`)
    el.answers = [{ fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] }, { fact: 'applicant.fixedIncome', value: true }]
    await el.updateComplete
    expect(currentFact(el)).to.equal('household.size')
    await tapButton(el, '家里 9 口人或更多')
    expect(root(el).querySelector('wr-text-field')).to.exist
    await tapButton(el, '不知道')
    expect(currentFact(el)).to.equal('urgent.needs')
    expect(root(el).querySelector('wr-choice-list')!.error).to.equal('')
  })

  it('offers household sizes 1 to 8 as cards, and 9 or more by typing', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-JS" minimum-wage-monthly="2490"></wr-aid-screener>`)
    el.answers = [{ fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] }, { fact: 'applicant.fixedIncome', value: true }]
    await el.updateComplete
    const values = [...root(el).querySelector('wr-choice-list')!.shadowRoot!.querySelectorAll('input')].map((i) => i.value)
    expect(values).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', 'unknown'])
    await tapButton(el, '家里 9 口人或更多')
    await typeAnswer(el, '10')
    await next(el)
    expect(heading(el)).to.equal('您家 10 口人，每月总收入有没有超过 24,900 元？')
  })

  it('asks age as bands, and the 70+ band opens the Ningxia exemption', async () => {
    const el = await started(html`<wr-aid-screener region="CN-NX" dibao-monthly="700"></wr-aid-screener>`)
    const done = oneEvent(el, 'wr-screening-complete')
    const asked = await answerUntilResult(el, {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '70-plus',
      'applicant.seriousIllness': true, 'urgent.needs': [],
    })
    expect(asked).to.include('applicant.ageBand')
    expect(((await done) as CustomEvent<ScreeningCompleteDetail>).detail.outcome).to.equal('eligible-means-waived')
    expect(text(el)).to.contain('70岁以上并且得了重病')
  })

  it('shows the age bands with 不知道', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener></wr-aid-screener>`)
    el.answers = [{ fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] }, { fact: 'applicant.fixedIncome', value: false }]
    await el.updateComplete
    expect(heading(el)).to.equal('您今年多大岁数？')
    const labels = [...root(el).querySelector('wr-choice-list')!.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim())
    expect(labels).to.deep.equal(['不满 18 岁', '18 到 59 岁', '60 到 69 岁', '70 岁或以上', '不知道 / 不确定'])
  })

  it('never says the income was checked when no regional line is loaded', async () => {
    const el = await started()
    await tapButton(el, '看更多问题类型')
    await answerUntilResult(el, { problem: 'medical-injury', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'urgent.needs': [] })
    expect(heading(el)).to.equal('您的事可以申请法律援助')
    expect(text(el)).to.contain('这里没有问收入')
    expect(text(el)).not.to.contain('按您说的收入')
    expect(text(el)).not.to.contain('符合本地经济困难标准')
  })

  it('asks the side only for a traffic accident, and tells a defendant where to go nationally', async () => {
    const el = await started()
    const done = oneEvent(el, 'wr-screening-complete')
    const asked = await answerUntilResult(el, { problem: 'traffic-injury', side: 'respondent' })
    expect(asked).to.deep.equal(['problem', 'side'])
    expect(((await done) as CustomEvent<ScreeningCompleteDetail>).detail.outcome).to.equal('out-of-scope')
    expect(text(el)).to.contain('交警调解')
  })

  it('covers a retrial the court has ordered, citing 第三十三条', async () => {
    const el = await started()
    await tapButton(el, '看更多问题类型')
    const done = oneEvent(el, 'wr-screening-complete')
    await answerUntilResult(el, { problem: 'retrial', 'retrial.ordered': true, hasLawyer: false, 'applicant.groups': ['dibao'], 'urgent.needs': [] })
    expect(((await done) as CustomEvent<ScreeningCompleteDetail>).detail.outcome).to.equal('eligible-means-waived')
    expect(text(el)).to.contain('《法律援助法》第三十三条')
    expect(text(el)).to.contain('检察院的抗诉书')
  })

  it('cites the article that applies, not 48(6), when the resident already has a lawyer', async () => {
    const el = await started()
    await answerUntilResult(el, { problem: 'wages', hasLawyer: true })
    expect(heading(el)).to.contain('已经请了律师')
    expect(text(el)).to.contain('第三十一条第（五）项')
    expect(text(el)).not.to.contain('第四十八条')
  })

  it('routes military families to their legal-aid station (LAL 70)', async () => {
    const el = await started()
    await answerUntilResult(el, { problem: 'wages', hasLawyer: false, 'applicant.groups': ['military'], 'applicant.fixedIncome': true, 'urgent.needs': [] })
    expect(text(el)).to.contain('军人军属法律援助工作站')
    expect(text(el)).to.contain('第七十条')
  })
})

describe('wr-aid-screener violence at home under another problem', () => {
  it('asks a divorcing resident about violence, and then needs no money check (LAL 32(4))', async () => {
    const el = await started()
    const done = oneEvent(el, 'wr-screening-complete')
    await tapAnswer(el, 'divorce')
    await next(el)
    expect(heading(el)).to.equal('您有没有受到家庭暴力、虐待，或者被家人丢下不管（遗弃）？')
    await tapAnswer(el, 'yes')
    await next(el)
    // From here on the quick exit is in plain sight.
    expect(root(el).querySelector('wr-quick-exit')!.hasAttribute('prominent')).to.equal(true)
    await answerUntilResult(el, { hasLawyer: false, 'urgent.needs': [] })
    expect(((await done) as CustomEvent<ScreeningCompleteDetail>).detail.outcome).to.equal('eligible-no-means-test')
    expect(text(el)).to.contain('第三十二条第（四）项')
  })
})

describe('wr-aid-screener 其他问题', () => {
  it('offers free advice, mediation and the staff before any result, warmly', async () => {
    const el = await started(html`<wr-aid-screener office-name="临河县司法局青石司法所"></wr-aid-screener>`)
    await tapAnswer(el, 'other')
    await next(el)
    expect(heading(el)).to.equal('没关系，我们一起想办法')
    const sections = [...root(el).querySelectorAll('h3')].map((h) => h.textContent!.trim())
    expect(sections).to.deep.equal(['免费法律咨询', '人民调解', '跟工作人员说说您的事'])
    expect(text(el)).to.contain('临河县司法局青石司法所')
    expect(text(el)).to.contain('12348')
    expect(text(el)).not.to.contain('不在法律援助的范围')
  })

  it('books free advice from there, and Back returns to it', async () => {
    const el = await started()
    await tapAnswer(el, 'other')
    await next(el)
    await tapButton(el, '预约免费咨询')
    expect(heading(el)).to.equal('预约时带上这些信息吗？')
    await tapButton(el, '上一步')
    expect(heading(el)).to.equal('没关系，我们一起想办法')
  })

  it('goes back to every problem type, or on to a result that does not call it out of scope', async () => {
    const el = await started()
    await tapAnswer(el, 'other')
    await next(el)
    await tapButton(el, '再看看问题类型')
    expect(currentFact(el)).to.equal('problem')
    const values = [...root(el).querySelector('wr-choice-list')!.shadowRoot!.querySelectorAll('input')].map((i) => i.value)
    expect(values).to.include('retrial')
    await tapAnswer(el, 'other')
    await next(el)
    const done = oneEvent(el, 'wr-screening-complete')
    await tapButton(el, '看自测结果')
    expect(((await done) as CustomEvent<ScreeningCompleteDetail>).detail.outcome).to.equal('out-of-scope')
    expect(heading(el)).to.equal('先免费问一问')
    expect(text(el)).not.to.contain('不在法律援助的范围')
  })
})

describe('wr-aid-screener local figures', () => {
  it('takes the Ningxia 低保 figure as an attribute: the line is 2 × 700', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-NX" dibao-monthly="700"></wr-aid-screener>`)
    el.answers = [
      { fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] },
      { fact: 'applicant.fixedIncome', value: true }, { fact: 'applicant.ageBand', value: '18-59' }, { fact: 'household.size', value: 3 },
    ]
    await el.updateComplete
    expect(heading(el)).to.equal('您家 3 口人，每月总收入有没有超过 4,200 元？')
  })

  it('takes the Jiangsu tier minimum wage as an attribute', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-JS" minimum-wage-monthly="2260"></wr-aid-screener>`)
    el.answers = [
      { fact: 'problem', value: 'wages' }, { fact: 'hasLawyer', value: false }, { fact: 'applicant.groups', value: [] },
      { fact: 'applicant.fixedIncome', value: true }, { fact: 'household.size', value: 2 },
    ]
    await el.updateComplete
    expect(heading(el)).to.equal('您家 2 口人，每月总收入有没有超过 4,520 元？')
  })

  it('names the missing attribute in a console error, keeps the region’s extra matters, and shows residents no warning', async () => {
    let el!: WrAidScreener
    const errors = await consoleErrors(async () => {
      el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-NX"></wr-aid-screener>`)
      await el.updateComplete
    })
    expect(errors.join('\n')).to.match(/<wr-aid-screener region="CN-NX">: missing attribute dibao-monthly=/)
    await tapButton(el, '开始自测')
    const done = oneEvent(el, 'wr-screening-complete')
    await tapButton(el, '看更多问题类型')
    await answerUntilResult(el, { problem: 'petition', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '18-59', 'urgent.needs': [] })
    const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
    expect(detail.outcome).to.equal('likely-eligible')
    expect(detail.reasons.map((r) => r.code)).to.include('nx-scope-petition')
    expect(text(el)).not.to.contain('暂时用不了')
    expect(text(el)).to.contain('这里没有问收入')
  })

  it('names the region attribute in a console error for a region it does not know', async () => {
    const errors = await consoleErrors(async () => {
      const el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-XX"></wr-aid-screener>`)
      await el.updateComplete
      expect(text(el)).not.to.contain('暂时用不了')
    })
    expect(errors.join('\n')).to.contain('<wr-aid-screener region="CN-XX">')
  })
})
