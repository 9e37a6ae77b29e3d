import { fixture, html, expect, oneEvent, waitUntil } from '../helpers/index.js'
import '@workroom/core/define'
import { IdleTimer, onSessionReset, resetSession, type WrTimeoutWarning } from '@workroom/core'

describe('session and idle timeout', () => {
  it('warns after the idle time, then times out after the warning', async () => {
    const events: string[] = []
    const t = new IdleTimer({
      idleMs: 60,
      warningMs: 300,
      onWarning: () => events.push('warning'),
      onTimeout: () => events.push('timeout'),
    })
    t.start()
    await waitUntil(() => events.includes('timeout'), 'no timeout', { timeout: 2000 })
    t.stop()
    expect(events).to.deep.equal(['warning', 'timeout'])
  })

  it('starts the idle period again on a tap before the warning', async () => {
    // Watch the timer being armed instead of racing it: a loaded machine can stall any fixed wait.
    const armed: number[] = []
    const realSetTimeout = window.setTimeout
    let warned = false
    const t = new IdleTimer({ idleMs: 60_000, warningMs: 100, onWarning: () => (warned = true), onTimeout: () => undefined })
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if (ms === 60_000) armed.push(performance.now())
      return realSetTimeout(fn, ms, ...rest)
    }) as typeof window.setTimeout
    try {
      t.start()
      expect(armed).to.have.length(1)
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
      expect(armed, 'a tap starts a full idle period again').to.have.length(2)
    } finally {
      window.setTimeout = realSetTimeout
      t.stop()
    }
    expect(warned).to.equal(false)
  })

  it('runs every reset listener and tells the page', async () => {
    let wiped = ''
    const off = onSessionReset((reason) => {
      wiped = reason
    })
    const told = oneEvent(document, 'wr-session-reset')
    await resetSession('exit')
    expect(((await told) as CustomEvent<{ reason: string }>).detail.reason).to.equal('exit')
    expect(wiped).to.equal('exit')
    off()
  })

  describe('wr-timeout-warning', () => {
    it('opens a warning that announces the time left, and Continue keeps the session', async () => {
      const el = await fixture<WrTimeoutWarning>(html`<wr-timeout-warning idle-seconds="0.05" warning-seconds="20"></wr-timeout-warning>`)
      await oneEvent(el, 'wr-timeout-warning-shown')
      await el.updateComplete
      const dialog = el.shadowRoot!.querySelector('wr-dialog')!
      await dialog.updateComplete
      expect(dialog.open).to.equal(true)
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('20 秒后将清除本页内容')
      let reset = false
      const off = onSessionReset(() => {
        reset = true
      })
      const extended = oneEvent(el, 'wr-timeout-extended')
      dialog.querySelector('wr-button')!.click()
      await extended
      await el.updateComplete
      expect(dialog.open).to.equal(false)
      expect(reset).to.equal(false)
      off()
      el.disabled = true
    })

    it('resets the session when nobody answers', async () => {
      const el = await fixture<WrTimeoutWarning>(html`<wr-timeout-warning idle-seconds="0.05" warning-seconds="0.3"></wr-timeout-warning>`)
      const reset = oneEvent(document, 'wr-session-reset')
      expect(((await reset) as CustomEvent<{ reason: string }>).detail.reason).to.equal('idle')
      el.disabled = true
    })

    it('waits a third longer in elder mode', async () => {
      const el = await fixture<WrTimeoutWarning>(html`<wr-timeout-warning elder disabled idle-seconds="90"></wr-timeout-warning>`)
      expect((el as unknown as { idleMs: number }).idleMs).to.equal(120_000)
    })
  })
})
