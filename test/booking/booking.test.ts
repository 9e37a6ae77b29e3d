import { fixture, html, expect, oneEvent, pressKey, typeText, activeElementDeep, expectNoAxeViolations, tap, waitUntil } from '../helpers/index.js'
import { resetSession } from '@workroom/core'
import { MemoryProvider, demoConfig, instantOf, type BookingConfirmedDetail, type WrBooking } from '@workroom/booking'
import '@workroom/booking/define'
import { button, day, field, heading, root, settle, tapButton, tapChoice, toDetails } from './driver.js'

const NOW = instantOf('2026-03-02', 8 * 60) // Monday 2 March 2026, 08:00 Beijing time

async function mount(provider = new MemoryProvider({ config: demoConfig, now: () => NOW })) {
  const el = await fixture<WrBooking>(html`<wr-booking .provider=${provider} .config=${demoConfig} .now=${NOW} qr-prefix="WR:"></wr-booking>`)
  await settle(el)
  return { el, provider }
}


describe('<wr-booking> resident flow', () => {
  it('books the Tuesday legal adviser by tapping, and shows a code, QR and the Beijing time', async () => {
    const { el, provider } = await mount()
    await expectNoAxeViolations(el)
    await tapChoice(el, 'service', 'adviser')
    await tapButton(el, '下一步')
    expect(heading(el)).to.equal('您属于下面哪一类人吗？')
    await expectNoAxeViolations(el)
    await tapChoice(el, 'group', 'none')
    await tapButton(el, '下一步')
    expect(heading(el)).to.equal('选哪一天？')
    await expectNoAxeViolations(el)
    expect(day(el, '2026-03-03').getAttribute('aria-label')).to.equal('3月3日星期二，有空位')
    expect(day(el, '2026-03-04').getAttribute('aria-disabled')).to.equal('true')
    await tap(day(el, '2026-03-03'))
    await settle(el)
    expect(heading(el)).to.equal('选几点？')
    expect(activeElementDeep()?.tagName).to.equal('H2')
    expect(button(el, '09:00').textContent).to.contain('北京时间')
    await expectNoAxeViolations(el)
    await tapButton(el, '09:00')
    expect(heading(el)).to.equal('请留下您的姓名和手机号')
    await expectNoAxeViolations(el)
    field(el, 'name').focus()
    await typeText('张秀英')
    field(el, 'mobile').focus()
    await typeText('13800138000')
    await tapButton(el, '下一步')
    expect(heading(el)).to.equal('请看一下我们怎么保管您的信息')
    expect(root(el).textContent).to.contain('180 天')
    await expectNoAxeViolations(el)
    const confirmed = oneEvent(el, 'wr-booking-confirmed')
    await tapButton(el, '同意，确认预约')
    const detail = (await confirmed).detail as BookingConfirmedDetail
    expect(detail).to.have.keys(['code', 'serviceId', 'placeId', 'start', 'end'])
    expect(heading(el)).to.equal('预约好了')
    expect(root(el).querySelector('.code')!.textContent).to.equal(detail.code)
    expect(root(el).querySelector('wr-qr-code')!.getAttribute('value')).to.equal(`WR:${detail.code}`)
    expect(root(el).textContent).to.contain('2026年3月3日星期二 09:00–09:30（北京时间）')
    await expectNoAxeViolations(el)
    expect((await provider.lookup({ code: detail.code, mobile: '13800138000' })).details.name).to.equal('张秀英')
  })

  it('moves through the calendar with arrow keys, Home and End, and picks a day with Enter', async () => {
    const { el } = await mount()
    await tapChoice(el, 'service', 'adviser')
    await tapButton(el, '下一步')
    await tapChoice(el, 'group', 'none')
    await tapButton(el, '下一步')
    day(el, '2026-03-03').focus()
    await pressKey('ArrowDown')
    expect((activeElementDeep() as HTMLElement).dataset['date']).to.equal('2026-03-10')
    await pressKey('ArrowUp')
    const focused = () => (activeElementDeep() as HTMLElement).dataset['date']
    await pressKey('End')
    expect(focused(), 'End: the last day of the week').to.equal('2026-03-08')
    await pressKey('Home')
    expect(focused(), 'Home: the first day of the week').to.equal('2026-03-02')
    await pressKey('ArrowRight')
    expect(focused()).to.equal('2026-03-03')
    // One tab stop for the whole grid: the day last moved to.
    expect([...root(el).querySelectorAll<HTMLElement>('button[data-date]')].filter((b) => b.tabIndex === 0).map((b) => b.dataset['date'])).to.deep.equal(['2026-03-03'])
    await pressKey('Enter')
    await settle(el)
    expect(heading(el)).to.equal('选几点？')
    expect(activeElementDeep()?.tagName).to.equal('H2')
  })

  it('shows every problem at the field and in a summary, keeps what was typed, and explains a wrong ID check digit', async () => {
    const { el } = await mount()
    await tapChoice(el, 'service', 'legal-aid')
    await tapButton(el, '下一步')
    await tapChoice(el, 'group', 'elderly')
    await tapButton(el, '下一步')
    // Priority residents are offered the earliest time first.
    expect(root(el).textContent).to.contain('最早的时间')
    await tapButton(el, '就约这个时间')
    expect(heading(el)).to.equal('请留下您的姓名和手机号')
    field(el, 'mobile').focus()
    await typeText('1380013')
    field(el, 'idNumber').focus()
    await typeText('110105194912310021')
    await tapButton(el, '下一步')
    const summary = root(el).querySelector('.error-summary')!
    expect(activeElementDeep()).to.equal(summary)
    // GOV.UK: the focused box is not itself the alert (that races); a child inside it is.
    expect(summary.getAttribute('role')).to.equal(null)
    expect(summary.querySelector('[role="alert"]')!.textContent).to.contain('校验位')
    expect(summary.querySelectorAll('li')).to.have.length(3)
    expect(summary.textContent).to.contain('校验位')
    expect(field(el, 'mobile').value).to.equal('1380013')
    await expectNoAxeViolations(el)
    await tap(summary.querySelector('a')!)
    expect(activeElementDeep()).to.equal(field(el, 'name'))
  })

  it('tells the resident when someone else took the last place and keeps their details', async () => {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    const { el } = await mount(provider)
    await toDetails(el)
    field(el, 'name').focus()
    await typeText('王大爷')
    field(el, 'mobile').focus()
    await typeText('13900139000')
    await tapButton(el, '下一步')
    // The hold is lost (e.g. it lapsed and another resident took the place).
    await provider.releaseHold({ holdId: (el as unknown as { hold: { holdId: string } }).hold.holdId })
    await provider.confirm({ holdId: (await provider.hold({ slotId: 'adviser~adviser-wang~2026-03-03T09:00:00+08:00', idempotencyKey: 'other-resident' })).holdId, details: { name: '李', mobile: '13700137000', needs: [] }, consent: { version: '1', given: true, at: '2026-03-02T08:00:00+08:00' }, idempotencyKey: 'other-resident-c' })
    await tapButton(el, '同意，确认预约')
    expect(heading(el)).to.equal('选几点？')
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('您填的信息都还在')
    await tapButton(el, '09:30')
    expect(field(el, 'name').value).to.equal('王大爷')
  })

  it('asks before using a screening result, then fills in the service and notes', async () => {
    const el = await fixture<WrBooking>(html`<wr-booking .provider=${new MemoryProvider({ config: demoConfig, now: () => NOW })} .config=${demoConfig} .now=${NOW} .prefill=${{ serviceId: 'legal-aid', notes: '工资被拖欠 3 个月' }}></wr-booking>`)
    await settle(el)
    expect(heading(el)).to.equal('要用刚才自测的结果吗？')
    await expectNoAxeViolations(el)
    await tapButton(el, '用自测结果')
    const list = root(el).querySelector('wr-choice-list[name="service"]') as HTMLElement & { value: string }
    expect(list.value).to.equal('legal-aid')
  })

  it('does not ask a second time when the resident already agreed on the screener', async () => {
    const el = await fixture<WrBooking>(html`<wr-booking .provider=${new MemoryProvider({ config: demoConfig, now: () => NOW })} .config=${demoConfig} .now=${NOW} .prefill=${{ serviceId: 'mediation', notes: '和邻居闹矛盾', agreed: true }}></wr-booking>`)
    await settle(el)
    expect(heading(el)).to.not.equal('要用刚才自测的结果吗？')
    const list = root(el).querySelector('wr-choice-list[name="service"]') as HTMLElement & { value: string }
    expect(list.value).to.equal('mediation')
  })

  it('says the mediation is voluntary and asks what it is about', async () => {
    const { el } = await mount()
    await tapChoice(el, 'service', 'mediation')
    await tapButton(el, '下一步')
    await tapChoice(el, 'group', 'none')
    await tapButton(el, '下一步')
    await tap(day(el, '2026-03-02'))
    await settle(el)
    await tapButton(el, '14:30')
    expect(root(el).textContent).to.contain('调解是自愿的')
    // What it is about is tapped (chips), with words only if the resident wants to add some.
    expect(root(el).querySelector('wr-choice-list[name="topics"]')).to.exist
    expect(root(el).querySelector('wr-text-field[name="description"]')).to.equal(null)
    expect(root(el).querySelector('wr-text-field[name="otherPartyName"]')).to.exist
    field(el, 'name').focus()
    await typeText('张秀英')
    field(el, 'mobile').focus()
    await typeText('13800138000')
    await tapButton(el, '下一步')
    expect(root(el).querySelector('.error-summary')!.textContent).to.contain('请点一下是什么事')
    expect(root(el).textContent).to.not.contain('请填写简单说说是什么事')
    await tapChoice(el, 'topics', 'boundary')
    await tapButton(el, '下一步')
    expect(heading(el)).to.equal('请看一下我们怎么保管您的信息')
    expect(el.flow.details().description).to.equal('墙、地界、路的纠纷')
  })

  it('on a kiosk: the soonest times first, a 称呼 by taps and the mobile on the keypad, no keyboard', async () => {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    const el = await fixture<WrBooking>(html`<wr-booking kiosk .provider=${provider} .config=${demoConfig} .now=${NOW}></wr-booking>`)
    await customElements.whenDefined('wr-keypad')
    await settle(el)
    await tapChoice(el, 'service', 'adviser')
    await tapButton(el, '下一步')
    await tapChoice(el, 'group', 'none')
    await tapButton(el, '下一步')
    expect(root(el).querySelector('.soonest')!.textContent).to.contain('最近能约的时间')
    const soonest = root(el).querySelector<HTMLElement>('.soonest wr-button')!
    expect(soonest.textContent).to.contain('3月3日')
    await tap(soonest.shadowRoot!.querySelector('button')!)
    await settle(el)
    expect(heading(el)).to.equal('请留下您的姓名和手机号')
    expect(root(el).querySelector('wr-text-field[name="name"]')).to.equal(null)
    expect(root(el).querySelector('wr-text-field[name="mobile"]')).to.equal(null)
    await tapChoice(el, 'surname', '张')
    await tapChoice(el, 'title', 'ms')
    expect(root(el).querySelector('.chosen')!.textContent).to.contain('张女士')
    const pad = root(el).querySelector('wr-keypad[name="mobile"]')!
    for (const d of '13800138000') await tap(pad.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${d}"]`)!)
    await settle(el)
    await tapButton(el, '下一步')
    expect(heading(el)).to.equal('请看一下我们怎么保管您的信息')
    await tapButton(el, '同意，确认预约')
    const code = root(el).querySelector('.code')!.textContent!.trim()
    expect(code).to.match(/^\d{8}$/)
    expect((await provider.lookup({ code, mobile: '13800138000' })).details.name).to.equal('张女士')
  })

  it('on a kiosk the name can be left out, or typed by the staff when the resident asks', async () => {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    const el = await fixture<WrBooking>(html`<wr-booking kiosk .provider=${provider} .config=${demoConfig} .now=${NOW}></wr-booking>`)
    await customElements.whenDefined('wr-keypad')
    await settle(el)
    await toDetails(el)
    await tapButton(el, '我的姓不在这里')
    expect(field(el, 'name')).to.exist
    await resetSession('idle')
    await settle(el)
    await toDetails(el)
    expect(root(el).querySelector('wr-text-field[name="name"]')).to.equal(null)
    const pad = root(el).querySelector('wr-keypad[name="mobile"]')!
    for (const d of '13900139000') await tap(pad.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${d}"]`)!)
    await settle(el)
    await tapButton(el, '下一步')
    await tapButton(el, '同意，确认预约')
    const code = root(el).querySelector('.code')!.textContent!.trim()
    expect((await provider.lookup({ code, mobile: '13900139000' })).details.name).to.equal('（未留称呼）')
  })

  it('works in English with the day read as words', async () => {
    const el = await fixture<WrBooking>(html`<wr-booking lang="en" .provider=${new MemoryProvider({ config: demoConfig, now: () => NOW })} .config=${demoConfig} .now=${NOW}></wr-booking>`)
    // The English strings load on demand: wait for them, not for a guessed number of milliseconds.
    await waitUntil(() => heading(el) === 'What would you like to book?', 'the English strings did not arrive', { timeout: 10_000 })
    expect(heading(el)).to.equal('What would you like to book?')
  })
})

describe('<wr-booking> change or cancel', () => {
  async function booked() {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    const h = await provider.hold({ slotId: 'adviser~adviser-wang~2026-03-03T09:00:00+08:00', idempotencyKey: crypto.randomUUID() })
    const b = await provider.confirm({ holdId: h.holdId, details: { name: '张秀英', mobile: '13800138000', needs: [] }, consent: { version: '1', given: true, at: '2026-03-02T08:00:00+08:00' }, idempotencyKey: crypto.randomUUID() })
    const { el } = await mount(provider)
    await tapButton(el, '改约或取消')
    expect(heading(el)).to.equal('改约或取消预约')
    await expectNoAxeViolations(el)
    field(el, 'code').focus()
    await typeText(b.code.toLowerCase())
    field(el, 'mobile').focus()
    await typeText('13800138000')
    await tapButton(el, '查找预约')
    return { el, provider, b }
  }

  it('cancels with the booking code and mobile number', async () => {
    const { el, provider, b } = await booked()
    expect(root(el).textContent).to.contain('2026年3月3日星期二 09:00')
    await tapButton(el, '取消这个预约')
    expect(root(el).textContent).to.contain('预约已取消')
    expect((await provider.lookup({ code: b.code, mobile: '13800138000' })).status).to.equal('cancelled')
  })

  it('moves the booking to another time', async () => {
    const { el, provider, b } = await booked()
    await tapButton(el, '改时间')
    expect(heading(el)).to.equal('选哪一天？')
    await tap(day(el, '2026-03-10'))
    await settle(el)
    await tapButton(el, '10:00')
    expect(heading(el)).to.equal('预约好了')
    expect((await provider.lookup({ code: b.code, mobile: '13800138000' })).start).to.equal('2026-03-10T10:00:00+08:00')
  })

  it('says who a home visit is for', async () => {
    const { el } = await mount()
    await tapChoice(el, 'service', 'home-visit')
    await tapButton(el, '下一步')
    await tapChoice(el, 'group', 'none')
    await tapButton(el, '下一步')
    expect(heading(el)).to.equal('您属于下面哪一类人吗？')
    expect(root(el).querySelector('.error-summary')!.textContent).to.contain('只给上面选中的几类人')
  })
})

describe('<wr-booking> full day', () => {
  it('offers the next free time or the waiting list when a day is full', async () => {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    for (const t of ['09:00', '09:30', '10:00', '10:30', '11:00']) await provider.hold({ slotId: `adviser~adviser-wang~2026-03-03T${t}:00+08:00`, idempotencyKey: crypto.randomUUID() })
    const { el } = await mount(provider)
    await tapChoice(el, 'service', 'adviser')
    await tapButton(el, '下一步')
    await tapChoice(el, 'group', 'none')
    await tapButton(el, '下一步')
    expect(day(el, '2026-03-03').getAttribute('aria-label')).to.equal('3月3日星期二，约满了')
    await tap(day(el, '2026-03-03'))
    await settle(el)
    expect(root(el).textContent).to.contain('这一天约满了')
    expect(root(el).textContent).to.contain('最近有空的时间：3月10日星期二 09:00（北京时间）')
    await expectNoAxeViolations(el)
    await tapButton(el, '排队等候这一天')
    field(el, 'name').focus()
    await typeText('王大爷')
    field(el, 'mobile').focus()
    await typeText('13900139000')
    await tapButton(el, '下一步')
    await tapButton(el, '同意，确认预约')
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('您排第 1 位')
  })
})

describe('<wr-booking> going back', () => {
  it('gives the held place back when the resident goes back to choose another time, keeping what they typed', async () => {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    const { el } = await mount(provider)
    await toDetails(el)
    field(el, 'name').focus()
    await typeText('张秀英')
    const held = (await provider.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03' })).slots[0]!
    expect(held.remaining).to.equal(0)
    await tapButton(el, '返回上一步')
    expect(heading(el)).to.equal('选几点？')
    const freed = (await provider.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03' })).slots[0]!
    expect(freed.remaining).to.equal(1)
    await tapButton(el, '09:30')
    expect(field(el, 'name').value).to.equal('张秀英')
  })
})

describe('<wr-booking> session reset', () => {
  it('forgets everything typed and gives the held place back when the kiosk resets for the next person', async () => {
    const provider = new MemoryProvider({ config: demoConfig, now: () => NOW })
    const { el } = await mount(provider)
    await toDetails(el)
    field(el, 'name').focus()
    await typeText('张秀英')
    await resetSession('idle')
    await settle(el)
    expect(heading(el)).to.equal('您想预约什么服务？')
    const slot = (await provider.listSlots({ serviceId: 'adviser', from: '2026-03-03', to: '2026-03-03' })).slots[0]!
    expect(slot.remaining).to.equal(1)
    expect((el as unknown as { draft: { name: string } }).draft.name).to.equal('')
    await toDetails(el)
    expect((el as unknown as { draft: { name: string } }).draft.name).to.equal('')
    expect(field(el, 'name').value).to.equal('')
  })
})
