import { fixture, html, expect } from '../helpers/index.js'
import '@workroom/core/define'
import { qrPath, type WrQrCode } from '@workroom/core'

describe('wr-qr-code', () => {
  it('draws a named image of the code with a 4-module quiet zone', async () => {
    const el = await fixture<WrQrCode>(html`<wr-qr-code value="WR-7KQ3" label="扫码查看预约">预约码 WR-7KQ3</wr-qr-code>`)
    const svgEl = el.shadowRoot!.querySelector('svg')!
    expect(svgEl.getAttribute('role')).to.equal('img')
    expect(svgEl.getAttribute('aria-label')).to.equal('扫码查看预约')
    const { size, d } = await qrPath('WR-7KQ3')
    expect(svgEl.getAttribute('viewBox')).to.equal(`0 0 ${size} ${size}`)
    // Version 1 is 21 modules; with 4 on each side, 29.
    expect(size).to.equal(29)
    expect(d.startsWith('M4 4')).to.equal(true) // the finder pattern starts right after the quiet zone
  })

  it('encodes Chinese text', async () => {
    expect((await qrPath('青石司法所 周二上午')).size).to.be.greaterThan(29)
  })

  it('renders nothing without a value', async () => {
    const el = await fixture<WrQrCode>(html`<wr-qr-code></wr-qr-code>`)
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null)
  })
})
