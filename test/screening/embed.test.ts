import { fixture, html, expect, activeElementDeep, waitUntil, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/screening/define'
import type { WrAidScreener } from '@workroom/screening'
import { answerUntilResult, heading, root, tapButton } from './driver.js'

/** Collects console.error while `fn` runs. */
async function consoleErrors(fn: (logged: string[]) => Promise<void>): Promise<string> {
  const logged: string[] = []
  const real = console.error
  console.error = (...a: unknown[]) => void logged.push(a.map(String).join(' '))
  try {
    await fn(logged)
  } finally {
    console.error = real
  }
  return logged.join('\n')
}

async function toResult(el: WrAidScreener): Promise<void> {
  await tapButton(el, '开始自测')
  await answerUntilResult(el, { problem: 'wages', hasLawyer: true })
}

describe('<wr-aid-screener> as embedded by a webmaster', () => {
  it('names what is wrong in the console, and tells residents only in plain words (no codes)', async () => {
    let el!: WrAidScreener
    const logged = await consoleErrors(async (errors) => {
      el = await fixture<WrAidScreener>(html`<wr-aid-screener region="CN-XX"></wr-aid-screener>`)
      await waitUntil(() => errors.length === 3, 'three problems in the console')
    })
    expect(logged).to.contain('region="CN-XX"')
    expect(logged).to.contain('office-name is not set')
    expect(logged).to.contain('booking-href is not set')
    expect(root(el).querySelector('[part="debug"]')).to.equal(null)
    // National rules still give a true result (overlays only add): residents are not told about the page's mistake.
    expect(root(el).querySelector('[role="alert"]')).to.equal(null)
    expect(root(el).textContent).not.to.contain('CN-')
  })

  it('shows the webmaster the same problems on the page with debug', async () => {
    let el!: WrAidScreener
    await consoleErrors(async () => {
      el = await fixture<WrAidScreener>(html`<wr-aid-screener debug region="CN-XX"></wr-aid-screener>`)
      await waitUntil(() => root(el).querySelectorAll('[part="debug"] li').length === 3, 'three problems listed')
    })
    expect(root(el).querySelector('[part="debug"]')!.textContent).to.contain('region="CN-XX"')
    await expectNoAxeViolations(el)
  })

  it('without booking-href, books by the office phone and address it was given', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener office-name="XX司法所" office-address="XX镇XX路 1 号" office-phone="0951-1234567"></wr-aid-screener>`)
    await toResult(el)
    await tapButton(el, '预约咨询')
    await tapButton(el, '不带信息，直接去预约')
    expect(heading(el)).to.equal('怎么预约咨询')
    expect(root(el).querySelector('a[href="tel:09511234567"]')).to.exist
    expect(root(el).textContent).to.contain('XX镇XX路 1 号')
    expect(root(el).querySelector('a[href="tel:12348"]')).to.exist
    await expectNoAxeViolations(el)
    await tapButton(el, '上一步')
    expect(root(el).querySelector('[part="result"]')).to.exist
  })

  it('without booking-href, sends residents to the <wr-booking> on the same page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <wr-aid-screener office-name="XX司法所"></wr-aid-screener>
      <wr-booking office-phone="0951-1234567"></wr-booking>
    </div>`)
    await import('@workroom/booking/define')
    const el = page.querySelector('wr-aid-screener')!
    await toResult(el)
    await tapButton(el, '预约咨询')
    await tapButton(el, '不带信息，直接去预约')
    const booking = page.querySelector('wr-booking')!
    await waitUntil(() => activeElementDeep()?.closest?.('h2') && booking.shadowRoot!.contains(activeElementDeep()), 'focus in <wr-booking>')
  })
})
