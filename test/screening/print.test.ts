import { emulateMedia, setViewport } from '@web/test-runner-commands'
import { fixture, html, expect } from '../helpers/index.js'
import '@workroom/screening/define'
import type { WrAidScreener } from '@workroom/screening'
import { answerUntilResult, root, tapButton } from './driver.js'

// 80 mm receipt paper prints about 72 mm wide: some 272 CSS px. 300 px leaves no slack for a
// layout that is not fluid.
describe('wr-aid-screener printed result', () => {
  after(async () => {
    await emulateMedia({ media: 'screen' })
    await setViewport({ width: 800, height: 600 })
  })

  it('fits a receipt printer: no sideways overflow, no buttons, large text', async () => {
    await setViewport({ width: 300, height: 900 })
    const el = await fixture<WrAidScreener>(
      html`<wr-aid-screener office-name="临河县司法局青石司法所" office-address="临河县青石镇人民路18号（镇政府一楼东侧）"></wr-aid-screener>`,
    )
    await tapButton(el, '开始自测')
    await answerUntilResult(el, { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': ['deadline'] })
    for (const d of root(el).querySelectorAll('details')) d.open = true
    await emulateMedia({ media: 'print' })
    await el.updateComplete

    const base = root(el).querySelector<HTMLElement>('[part="base"]')!
    const panel = root(el).querySelector<HTMLElement>('[part="result"]')!
    for (const box of [base, panel]) {
      expect(box.scrollWidth, box.getAttribute('part')!).to.be.at.most(box.clientWidth)
      expect(box.getBoundingClientRect().right).to.be.at.most(300)
    }
    for (const child of base.querySelectorAll<HTMLElement>('*')) {
      const r = child.getBoundingClientRect()
      if (r.width > 0) expect(r.right, child.localName).to.be.at.most(300)
    }
    const shown = (e: Element) => e.getClientRects().length > 0
    expect([...root(el).querySelectorAll('wr-button')].filter(shown)).to.have.length(0)
    expect([...root(el).querySelectorAll('wr-qr-code, wr-quick-exit, wr-read-aloud')].filter(shown)).to.have.length(0)
    // What to bring and where to go are what the paper is for.
    expect(shown(root(el).querySelector('ul.check')!)).to.equal(true)
    expect(shown(root(el).querySelector('ol.routes')!)).to.equal(true)
    expect(parseFloat(getComputedStyle(root(el).querySelector('h2')!).fontSize)).to.be.at.least(20)
    expect(parseFloat(getComputedStyle(root(el).querySelector('ul.check li')!).fontSize)).to.be.at.least(15)
  })
})
