import { fixture, html, expect, oneEvent, waitUntil } from '../helpers/index.js'
import '@workroom/core/define'
import { WrButton } from '@workroom/core'

describe('wr-button', () => {
  it('fires a click a host can listen to when tapped', async () => {
    const el = await fixture<WrButton>(html`<wr-button>继续</wr-button>`)
    const clicked = oneEvent(el, 'click')
    el.shadowRoot!.querySelector('button')!.click()
    expect(await clicked).to.exist
  })

  it('stays focusable but swallows taps when disabled, and says so to screen readers', async () => {
    const el = await fixture<WrButton>(html`<wr-button disabled>提交</wr-button>`)
    let clicks = 0
    el.addEventListener('click', () => clicks++)
    const inner = el.shadowRoot!.querySelector('button')!
    inner.click()
    expect(clicks).to.equal(0)
    expect(inner.getAttribute('aria-disabled')).to.equal('true')
    el.focus()
    expect(el.shadowRoot!.activeElement).to.equal(inner)
  })

  it('is at least 48×48 CSS px in kiosk mode and 60 px tall as a large elder-mode button', async () => {
    const kiosk = await fixture<WrButton>(html`<wr-button kiosk>是</wr-button>`)
    const r = kiosk.shadowRoot!.querySelector('button')!.getBoundingClientRect()
    expect(r.width).to.be.at.least(48)
    expect(r.height).to.be.at.least(48)
    const elder = await fixture<WrButton>(html`<wr-button elder size="large">开始</wr-button>`)
    expect(elder.shadowRoot!.querySelector('button')!.getBoundingClientRect().height).to.be.at.least(60)
  })

  it('enlarges its text by at least 1.25× in elder mode', async () => {
    const normal = await fixture<WrButton>(html`<wr-button>开始</wr-button>`)
    const elder = await fixture<WrButton>(html`<wr-button elder>开始</wr-button>`)
    const size = (b: WrButton): number => Number.parseFloat(getComputedStyle(b.shadowRoot!.querySelector('button')!).fontSize)
    expect(size(elder) / size(normal)).to.be.at.least(1.25)
  })

  it('takes a theme colour from any ancestor of the host page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="--wr-color-primary: rgb(120, 0, 60)"><wr-button>开始</wr-button></div>`)
    const btn = wrap.querySelector('wr-button')!
    await btn.updateComplete
    expect(getComputedStyle(btn.shadowRoot!.querySelector('button')!).backgroundColor).to.equal('rgb(120, 0, 60)')
  })

  it('while pending swallows taps and says, politely and again while it lasts, that it is still working', async () => {
    const every = WrButton.stillPendingMs
    WrButton.stillPendingMs = 30
    try {
      const el = await fixture<WrButton>(html`<wr-button pending>确认预约</wr-button>`)
      let clicks = 0
      el.addEventListener('click', () => clicks++)
      const inner = el.shadowRoot!.querySelector('button')!
      inner.click()
      expect(clicks).to.equal(0)
      expect(inner.getAttribute('aria-disabled')).to.equal('true')
      const status = el.shadowRoot!.querySelector('[role="status"]')!
      expect(status.textContent).to.equal('正在处理，请稍等。')
      await waitUntil(() => status.textContent === '还在处理，请再等一下。', 'no "still trying" announcement', { timeout: 3000 })
      el.pending = false
      await el.updateComplete
      expect(status.textContent).to.equal('')
      inner.click()
      expect(clicks).to.equal(1)
    } finally {
      WrButton.stillPendingMs = every
    }
  })
})
