import { fixture, html, expect, oneEvent, tap, pressKey, shadowQuery, shadowQueryAll, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/education/define'
import type { WrCaseStory, EducationNavigateDetail } from '@workroom/education'
import { story } from './fixtures.js'

const button = (el: WrCaseStory, label: string) =>
  shadowQueryAll(el, 'wr-button').find((b) => b.textContent!.trim() === label) as HTMLElement | undefined

describe('wr-case-story', () => {
  it('tells the story in four headed parts, citing the article', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    const headings = shadowQueryAll(el, 'section h3').map((h) => h.textContent!.trim())
    expect(headings.slice(0, 4)).to.deep.equal(['1发生了什么', '2法律怎么说', '3后来怎么解决的', '4您可以怎么做'])
    expect(el.shadowRoot!.textContent).to.contain('《中华人民共和国法律援助法》第四十二条第三项')
  })

  it('sends the resident to the screener by tap, with an event rather than a link', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    expect(el.shadowRoot!.querySelector('a[href]')).to.equal(null)
    const ev = oneEvent(el, 'wr-education-open-screener')
    await tap(button(el, '测一测能不能申请法律援助')!)
    const { detail } = (await ev) as CustomEvent<EducationNavigateDetail>
    expect(detail).to.deep.equal({ from: { kind: 'case', id: 'case-wages', topic: 'work' }, step: 'screener' })
  })

  it('opens booking from the keyboard', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    shadowQuery(button(el, '预约法律咨询')!, 'button')!.focus()
    const ev = oneEvent(el, 'wr-education-open-booking')
    await pressKey('Enter')
    expect(((await ev) as CustomEvent<EducationNavigateDetail>).detail.step).to.equal('booking')
  })

  it('leaves out next steps the host cannot offer', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story} hide-next="booking"></wr-case-story>`)
    expect(button(el, '预约法律咨询')).to.equal(undefined)
    expect(button(el, '测一测能不能申请法律援助')).to.not.equal(undefined)
  })

  it('has no accessibility violations', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    await expectNoAxeViolations(el)
  })
})
