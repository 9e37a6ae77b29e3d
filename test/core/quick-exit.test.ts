import { fixture, html, expect, oneEvent, pressKey } from '../helpers/index.js'
import '@workroom/core/define'
import type { WrQuickExit } from '@workroom/core'

describe('wr-quick-exit', () => {
  it('wipes the session and fires wr-quick-exit when tapped', async () => {
    const el = await fixture<WrQuickExit>(html`<wr-quick-exit></wr-quick-exit>`)
    const reset = oneEvent(document, 'wr-session-reset')
    const exited = oneEvent(el, 'wr-quick-exit-request')
    el.shadowRoot!.querySelector('button')!.click()
    expect(((await reset) as CustomEvent<{ reason: string }>).detail.reason).to.equal('quick-exit')
    expect(((await exited) as CustomEvent<{ via: string }>).detail.via).to.equal('button')
  })

  it('leaves when Shift is pressed three times', async () => {
    const el = await fixture<WrQuickExit>(html`<wr-quick-exit></wr-quick-exit>`)
    const exited = oneEvent(el, 'wr-quick-exit-request')
    await pressKey('Shift')
    await pressKey('Shift')
    await pressKey('Shift')
    expect(((await exited) as CustomEvent<{ via: string }>).detail.via).to.equal('shift')
  })

  it('can be cancelled so the host navigates itself', async () => {
    const el = await fixture<WrQuickExit>(html`<wr-quick-exit href="https://example.org/weather"></wr-quick-exit>`)
    el.addEventListener('wr-quick-exit-request', (e) => e.preventDefault())
    await el.exit()
    expect(location.href).not.to.contain('example.org')
  })
})
