import { fixture, html, expect, oneEvent, typeText, expectNoAxeViolations, waitUntil } from '../helpers/index.js'
import { MemoryProvider, demoConfig, instantOf, type BookingConfirmedDetail, type WrBooking } from '@workroom/booking'
import { ROUTES, type Operation } from '@workroom/booking/contract'
import '@workroom/booking/define'
import { field, heading, root, settle, tapButton, toDetails } from './driver.js'

const NOW = instantOf('2026-03-02', 8 * 60) // Monday 2 March 2026, 08:00 Beijing time
const BASE = 'https://yuyue.example.gov.cn/api/booking/offices/xx-sfs'
const office = { id: 'xx-sfs', name: { 'zh-Hans': 'XX县司法局XX司法所', en: 'XX Judicial Office' }, phone: '0951-1234567' }

/**
 * A county service in a fetch stub: `GET <base>/config`, and every contract route answered by a
 * MemoryProvider, as the real service answers them.
 */
function countyService(options: { config?: unknown; status?: number } = {}) {
  const ledger = new MemoryProvider({ config: demoConfig, now: () => NOW })
  const calls: string[] = []
  const realFetch = window.fetch
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    if (!url.startsWith(BASE)) return realFetch(input, init)
    const path = url.slice(BASE.length)
    calls.push(`${init?.method ?? 'GET'} ${path}`)
    if (options.status) return new Response('{}', { status: options.status })
    if (path === '/config') return Response.json({ config: options.config ?? demoConfig, office })
    const op = (Object.keys(ROUTES) as Operation[]).find((o) => ROUTES[o].path === path)
    if (!op) return new Response('{}', { status: 404 })
    const method = ledger[op as keyof MemoryProvider] as unknown as (body: unknown) => Promise<unknown>
    return Response.json((await method.call(ledger, JSON.parse(String(init?.body)))) ?? {})
  }) as typeof fetch
  return { calls, ledger, restore: () => (window.fetch = realFetch) }
}

describe('<wr-booking service-url>', () => {
  let service: ReturnType<typeof countyService> | undefined
  afterEach(() => service?.restore())

  it('fetches the office config from the county service and books through it', async () => {
    service = countyService()
    const el = await fixture<WrBooking>(html`<wr-booking service-url=${BASE} .now=${NOW}></wr-booking>`)
    await waitUntil(() => root(el).querySelector('wr-choice-list[name="service"]'), 'the services from the county config')
    await settle(el)
    expect(heading(el)).to.equal('您想预约什么服务？')
    await toDetails(el)
    field(el, 'name').focus()
    await typeText('张秀英')
    field(el, 'mobile').focus()
    await typeText('13800138000')
    await tapButton(el, '下一步')
    const confirmed = oneEvent(el, 'wr-booking-confirmed')
    await tapButton(el, '同意，确认预约')
    const { code } = (await confirmed).detail as BookingConfirmedDetail
    expect(heading(el)).to.equal('预约好了')
    expect(service.calls).to.deep.equal(['GET /config', 'POST /slots/search', 'POST /holds', 'POST /bookings'])
    expect((await service.ledger.lookup({ code, mobile: '13800138000' })).details.name).to.equal('张秀英')
  })

  it('without a service says plainly that online booking is not set up, and gives the office phone', async () => {
    const el = await fixture<WrBooking>(html`<wr-booking office-phone="0951-1234567" office-name="XX司法所"></wr-booking>`)
    await settle(el)
    expect(heading(el)).to.equal('这里还没有开通网上预约')
    expect(root(el).textContent).to.contain('请打电话预约')
    expect(root(el).querySelector('a[href="tel:09511234567"]')!.textContent).to.equal('0951-1234567')
    expect(root(el).textContent).not.to.contain('工作人员')
    await expectNoAxeViolations(el)
  })

  it('when the service cannot be reached says so, names the problem in the console, and offers the phone and a retry', async () => {
    service = countyService({ status: 503 })
    const errors: string[] = []
    const realError = console.error
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '))
    try {
      const el = await fixture<WrBooking>(html`<wr-booking service-url=${BASE} office-phone="0951-1234567"></wr-booking>`)
      await waitUntil(() => root(el).querySelector('[part="unavailable"]'), 'the unavailable notice')
      await settle(el)
      expect(heading(el)).to.equal('网上预约现在连不上')
      expect(root(el).querySelector('a[href="tel:09511234567"]')).to.exist
      expect(errors.join('\n')).to.contain(`${BASE}/config`)
      service.restore()
      service = countyService()
      await tapButton(el, '再试一次')
      await waitUntil(() => root(el).querySelector('wr-choice-list[name="service"]'), 'the services after the retry')
    } finally {
      console.error = realError
    }
  })

  it('refuses a county config whose services point at no place, and shows the phone', async () => {
    service = countyService({ config: { ...demoConfig, places: [{ ...demoConfig.places[0]!, id: 'elsewhere' }] } })
    const realError = console.error
    console.error = () => {}
    try {
      const el = await fixture<WrBooking>(html`<wr-booking service-url=${BASE} office-phone="0951-1234567"></wr-booking>`)
      await waitUntil(() => root(el).querySelector('[part="unavailable"]'), 'the unavailable notice')
    } finally {
      console.error = realError
    }
  })
})
