import { fixture, html, expect, oneEvent, typeText, waitUntil, expectNoAxeViolations } from '../helpers/index.js'
import { MemoryProvider, demoConfig, hashPin, instantOf, type WrBookingDesk } from '@workroom/booking'
import { PinLockout } from '@workroom/core'
import '@workroom/booking/define'

// The desk's code loads on demand (residents' pages never need it).
await customElements.whenDefined('wr-booking-desk')

const NOW = instantOf('2026-03-03', 8 * 60) // Tuesday 3 March 2026, 08:00
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }

async function withBookings() {
  const provider = new MemoryProvider({ config: demoConfig, now: () => instantOf('2026-03-02', 8 * 60) })
  for (const [slot, name] of [['adviser~adviser-wang~2026-03-03T09:00:00+08:00', '张秀英'], ['legal-aid~aid-zhao~2026-03-04T08:30:00+08:00', '=HYPERLINK("x")']] as const) {
    const h = await provider.hold({ slotId: slot, priority: true, idempotencyKey: crypto.randomUUID() })
    await provider.confirm({ holdId: h.holdId, details: { name, mobile: '13800138000', needs: ['wheelchair'], ...(slot.startsWith('legal-aid') ? { idNumber: '11010519491231002X' } : {}) }, consent, idempotencyKey: crypto.randomUUID() })
  }
  return provider
}
const settle = async (el: WrBookingDesk) => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete
    for (const c of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await c.updateComplete
    await new Promise((r) => setTimeout(r, 0))
  }
}
const click = async (el: WrBookingDesk, scope: Element | ShadowRoot, label: string) => {
  const b = [...scope.querySelectorAll('wr-button')].find((x) => x.textContent!.trim() === label)!
  b.shadowRoot!.querySelector('button')!.click()
  await settle(el)
}

describe('<wr-booking-desk> staff view', () => {
  it('stays locked until the staff PIN is entered', async () => {
    const el = await fixture<WrBookingDesk>(html`<wr-booking-desk .provider=${await withBookings()} .config=${demoConfig} .now=${NOW} pin-hash=${await hashPin('2468', 10_000)} .lockout=${new PinLockout({ maxAttempts: 3 })}></wr-booking-desk>`)
    await settle(el)
    expect(el.shadowRoot!.querySelector('table')).to.equal(null)
    await expectNoAxeViolations(el)
    el.shadowRoot!.querySelector('wr-text-field')!.shadowRoot!.querySelector('input')!.focus()
    await typeText('1111')
    await click(el, el.shadowRoot!, '进入')
    await waitUntil(() => (el.shadowRoot!.querySelector('wr-text-field') as HTMLElement & { error: string }).error, 'the wrong PIN was not refused')
    await settle(el)
    expect((el.shadowRoot!.querySelector('wr-text-field') as HTMLElement & { error: string }).error).to.equal('密码不对')
    el.shadowRoot!.querySelector('wr-text-field')!.shadowRoot!.querySelector('input')!.focus()
    await typeText('2468')
    await click(el, el.shadowRoot!, '进入')
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'the right PIN did not open the list')
    await settle(el)
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2)
  })

  it("lists today's and upcoming appointments, marks attended and cancels with a reason", async () => {
    const provider = await withBookings()
    const el = await fixture<WrBookingDesk>(html`<wr-booking-desk .provider=${provider} .config=${demoConfig} .now=${NOW}></wr-booking-desk>`)
    await settle(el)
    const [today, later] = el.shadowRoot!.querySelectorAll('table')
    expect(today!.textContent).to.contain('张秀英')
    expect(later!.textContent).to.contain('坐轮椅')
    await expectNoAxeViolations(el)
    const changed = oneEvent(el, 'wr-booking-desk-status-changed')
    await click(el, today!.querySelector('tbody tr')!, '已到')
    expect((await changed).detail.status).to.equal('attended')
    expect(el.shadowRoot!.querySelector('table')!.textContent).to.contain('已到')
    const row = el.shadowRoot!.querySelectorAll('table')[1]!.querySelector('tbody tr')!
    await click(el, row, '取消')
    row.querySelector('wr-text-field')!.shadowRoot!.querySelector('input')!.focus()
    await typeText('本人来电取消')
    await click(el, el.shadowRoot!.querySelectorAll('table')[1]!.querySelector('tbody tr')!, '取消')
    const { bookings } = await provider.listBookings({ from: '2026-03-04', to: '2026-03-04' })
    expect(bookings[0]!.status).to.equal('cancelled')
    expect(bookings[0]!.cancelReason).to.equal('本人来电取消')
  })

  it('locks after repeated wrong PINs, and then checks no PIN, not even the right one', async () => {
    const lockout = new PinLockout({ maxAttempts: 2, lockMs: 60_000 })
    const el = await fixture<WrBookingDesk>(html`<wr-booking-desk .provider=${await withBookings()} .config=${demoConfig} .now=${NOW} pin-hash=${await hashPin('2468', 10_000)} .lockout=${lockout}></wr-booking-desk>`)
    const error = () => (el.shadowRoot!.querySelector('wr-text-field') as HTMLElement & { error: string }).error
    for (const [pin, said] of [['1111', /^密码不对$/], ['2222', /^密码错了太多次，请在 \d\d:\d\d:\d\d 以后再试$/]] as const) {
      el.shadowRoot!.querySelector('wr-text-field')!.shadowRoot!.querySelector('input')!.focus()
      await typeText(pin)
      await click(el, el.shadowRoot!, '进入')
      await waitUntil(() => said.test(error()), `after ${pin}: "${error()}"`)
    }
    el.shadowRoot!.querySelector('wr-text-field')!.shadowRoot!.querySelector('input')!.focus()
    await typeText('2468')
    await click(el, el.shadowRoot!, '进入')
    await settle(el)
    expect(el.shadowRoot!.querySelector('table')).to.equal(null)
  })

  it('refuses an old bare SHA-256 pin-hash with a message for staff, and stays locked', async () => {
    const logged: string[] = []
    const error = console.error
    console.error = (m: string) => logged.push(m)
    try {
      const el = await fixture<WrBookingDesk>(html`<wr-booking-desk .provider=${await withBookings()} .config=${demoConfig} .now=${NOW} pin-hash=${'a'.repeat(64)}></wr-booking-desk>`)
      await settle(el)
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('旧格式，不安全')
      expect(el.shadowRoot!.querySelector('wr-text-field, table')).to.equal(null)
      expect(logged.join('\n')).to.contain('npm run pin-hash')
      await expectNoAxeViolations(el)
    } finally {
      console.error = error
    }
  })
})
