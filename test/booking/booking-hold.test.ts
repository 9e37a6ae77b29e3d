import { fixture, html, expect, typeText, expectNoAxeViolations, waitUntil } from '../helpers/index.js'
import { MemoryProvider, demoConfig, instantOf, toShanghaiIso, type WrBooking } from '@workroom/booking'
import '@workroom/booking/define'
import { button, field, heading, root, settle, tapButton, toDetails } from './driver.js'

// The element's `now` is its clock: the tests move it by hand instead of waiting five minutes.
const NOW = instantOf('2026-03-02', 8 * 60) // Monday 2 March 2026, 08:00 Beijing time
const MIN = 60_000
const SLOT = 'adviser~adviser-wang~2026-03-03T09:00:00+08:00'

// The provider reads the same clock as the element: a hold taken after the clock moved lasts its full time.
let clock = NOW
async function atDetails() {
  clock = NOW
  const provider = new MemoryProvider({ config: demoConfig, now: () => clock })
  const el = await fixture<WrBooking>(html`<wr-booking .provider=${provider} .config=${demoConfig} .now=${NOW}></wr-booking>`)
  await settle(el)
  await toDetails(el)
  return { el, provider }
}
const held = (el: WrBooking) => root(el).querySelector('[part="hold"]')?.textContent?.trim() ?? ''
const status = (el: WrBooking) => root(el).querySelector('[role="status"]')!.textContent!.trim()
async function at(el: WrBooking, ms: number) {
  clock = NOW + ms
  el.now = clock
  await settle(el)
}
const placesAt9 = async (p: MemoryProvider) => (await p.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03' })).slots.find((s) => s.id === SLOT)!.remaining

describe('<wr-booking> hold countdown', () => {
  it('shows how long the time is kept, and tells screen readers only at the start and with one minute left', async () => {
    const { el } = await atDetails()
    const region = root(el).querySelector('[role="status"]')!
    const said: string[] = [region.textContent!.trim()]
    new MutationObserver(() => region.textContent!.trim() && said.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true })
    expect(held(el)).to.equal('为您保留此时段，还剩 5 分钟')
    expect(status(el)).to.equal('为您保留此时段 5 分钟，请在这段时间里填完。')
    for (const t of [1, 2, 3]) {
      await at(el, t * MIN)
      expect(held(el)).to.equal(`为您保留此时段，还剩 ${5 - t} 分钟`)
    }
    await at(el, 4 * MIN + 10_000)
    expect(held(el)).to.equal('为您保留此时段，还剩 50 秒')
    expect(status(el)).to.equal('为您保留的时段只剩 1 分钟了。')
    for (const s of [20, 30, 40, 50]) await at(el, 4 * MIN + s * 1000)
    expect(held(el)).to.equal('为您保留此时段，还剩 10 秒')
    await settle(el)
    expect(said).to.deep.equal(['为您保留此时段 5 分钟，请在这段时间里填完。', '为您保留的时段只剩 1 分钟了。'])
    await expectNoAxeViolations(el)
  })

  it('when the time runs out, says so plainly, keeps everything typed and offers to pick a time again', async () => {
    const { el, provider } = await atDetails()
    field(el, 'name').focus()
    await typeText('张秀英')
    field(el, 'mobile').focus()
    await typeText('13800138000')
    expect(await placesAt9(provider)).to.equal(0)
    await at(el, 5 * MIN)
    const alert = root(el).querySelector('[part="hold-expired"]')!
    expect(alert.getAttribute('role')).to.equal('alert')
    expect(alert.textContent).to.contain('为您保留的时间到了')
    expect(alert.textContent).to.contain('您填的信息都还在')
    expect(heading(el)).to.equal('请留下您的姓名和手机号')
    expect(field(el, 'name').value).to.equal('张秀英')
    expect(() => button(el, '下一步')).to.throw()
    expect(await placesAt9(provider)).to.equal(1)
    await expectNoAxeViolations(el)
    await tapButton(el, '重新选时间')
    expect(heading(el)).to.equal('选几点？')
    await tapButton(el, '09:00')
    expect(heading(el)).to.equal('请留下您的姓名和手机号')
    expect(field(el, 'name').value).to.equal('张秀英')
    expect(field(el, 'mobile').value).to.equal('13800138000')
    expect(root(el).querySelector('[part="hold-expired"]')).to.equal(null)
  })

  it('on the consent page too: no booking is made on a lapsed hold, the resident picks a time again', async () => {
    const { el } = await atDetails()
    field(el, 'name').focus()
    await typeText('王大爷')
    field(el, 'mobile').focus()
    await typeText('13900139000')
    await tapButton(el, '下一步')
    expect(heading(el)).to.equal('请看一下我们怎么保管您的信息')
    expect(held(el)).to.equal('为您保留此时段，还剩 5 分钟')
    await at(el, 6 * MIN)
    expect(root(el).querySelector('[part="hold-expired"]')).to.exist
    expect(() => button(el, '同意，确认预约')).to.throw()
    await tapButton(el, '重新选时间')
    expect(heading(el)).to.equal('选几点？')
  })

  it('counts down on the real clock when no fixed time is given', async () => {
    const provider = new MemoryProvider({ config: demoConfig })
    const hold = { holdId: 'h', slotId: SLOT, priority: false, expiresAt: toShanghaiIso(Date.now() + 2_500) }
    const el = await fixture<WrBooking>(html`<wr-booking .provider=${provider} .config=${demoConfig} .snapshot=${{ step: 'details', serviceId: 'adviser', group: 'none', date: '2026-03-03', hold, draft: { name: '李大姐' } }}></wr-booking>`)
    await settle(el)
    expect(held(el)).to.match(/还剩 [23] 秒/)
    await waitUntil(() => root(el).querySelector('[part="hold-expired"]'), 'the hold never lapsed')
    await settle(el)
    expect(field(el, 'name').value).to.equal('李大姐')
  })
})
