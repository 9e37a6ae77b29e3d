import { expect, fixture, html, waitUntil } from '../helpers/index.js'
import '@workroom/console/elements'
import type { WrConsoleSchedules } from '@workroom/console'
import { NOW, OFFICES, USERS, fakeClient } from '../../stories/console/data.js'

const root = (el: Element) => el.shadowRoot!
const ctx = (client = fakeClient({ role: 'office-staff' }), now = NOW) => ({ client, user: USERS['office-staff'], offices: OFFICES.filter((o) => o.id === 'qingshi'), now })
const slotsOn = (el: Element, date: string) => Number(root(el).querySelector(`tr[data-date="${date}"] td.slots`)!.textContent)

function edit(el: Element, id: string, value: string): HTMLInputElement {
  const input = root(el).querySelector(`#${id}-input`) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('change', { bubbles: true }))
  return input
}

describe('wr-console-schedules', () => {
  it('previews an edit of the weekly hours, saves it as a new version, and shows it again on reload', async () => {
    const client = fakeClient({ role: 'office-staff' })
    const el = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx(client)}></wr-console-schedules>`)
    await waitUntil(() => root(el).querySelector('tr[data-date="2026-03-03"]'), 'the preview shows')
    expect(root(el).textContent).to.contain('当前已保存第 4 版')
    const before = slotsOn(el, '2026-03-03')
    // The village adviser's Tuesday morning ends an hour earlier: two half-hour times fewer.
    edit(el, 'f-services-0-rules-0-end', '10:30')
    await el.updateComplete
    expect(slotsOn(el, '2026-03-03')).to.equal(before - 2)
    expect(root(el).querySelector('#preview-summary')!.textContent).to.contain('可预约的时段有变化')
    // The booking already made at 09:00 keeps its time; nothing is orphaned by this change.
    expect(root(el).querySelector('#preview-summary')!.textContent).to.contain('已有 0 个预约')
    ;(root(el).querySelector('form') as HTMLFormElement).requestSubmit()
    await waitUntil(() => root(el).querySelector('#message.ok'), 'saved')
    expect(root(el).querySelector('#message')!.textContent).to.contain('第 5 版')
    expect(root(el).activeElement?.id).to.equal('message')
    await expect(el).to.be.accessible()

    const again = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx(client)}></wr-console-schedules>`)
    await waitUntil(() => root(again).querySelector('#f-services-0-rules-0-end-input'), 'reloaded')
    expect((root(again).querySelector('#f-services-0-rules-0-end-input') as HTMLInputElement).value).to.equal('10:30')
    expect(root(again).textContent).to.contain('当前已保存第 5 版')
  })

  it('refuses a capacity over 100 with its message beside the field, keeps the last good preview, and does not save', async () => {
    const client = fakeClient({ role: 'office-staff' })
    const el = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx(client)}></wr-console-schedules>`)
    await waitUntil(() => root(el).querySelector('tr[data-date="2026-03-03"]'), 'the preview shows')
    const before = slotsOn(el, '2026-03-03')
    const input = edit(el, 'f-services-0-rules-0-capacity', '1000')
    await el.updateComplete
    expect(input.getAttribute('aria-invalid')).to.equal('true')
    const problem = root(el).querySelector(`#${input.getAttribute('aria-describedby')}`)!
    expect(problem.textContent).to.equal('每个时段可约人数须是 1 到 100 之间的整数。')
    expect(root(el).textContent).to.contain('预览显示的是最近一次没有问题的排班。')
    expect(slotsOn(el, '2026-03-03')).to.equal(before)
    ;(root(el).querySelector('form') as HTMLFormElement).requestSubmit()
    await waitUntil(() => root(el).activeElement?.id === 'summary', 'the problems are summarised and focused')
    expect(root(el).querySelector('#message')!.textContent).to.contain('排班有 1 个问题')
    await expect(el).to.be.accessible()
    const again = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx(client)}></wr-console-schedules>`)
    await waitUntil(() => root(again).querySelector('#f-services-0-rules-0-capacity-input'), 'reloaded')
    expect(root(again).textContent).to.contain('当前已保存第 4 版')
  })

  it('counts the bookings already made at times an edit removes, and says they are kept', async () => {
    const el = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx()}></wr-console-schedules>`)
    await waitUntil(() => root(el).querySelector('tr[data-date="2026-03-03"]'), 'the preview shows')
    // The resident booked at 09:00 on Tuesday; the session now starts at 09:30.
    edit(el, 'f-services-0-rules-0-start', '09:30')
    await el.updateComplete
    expect(root(el).querySelector('#preview-summary')!.textContent).to.contain('已有 1 个预约所在的时段在新排班中不再提供：预约仍然保留')
  })

  it('marks public holidays closed and make-up working days open in the preview', async () => {
    const el = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx(undefined, Date.parse('2026-09-18T08:00:00+08:00'))}></wr-console-schedules>`)
    await waitUntil(() => root(el).querySelector('tr[data-date="2026-10-01"]'), 'the preview shows')
    expect(root(el).querySelector('tr[data-date="2026-10-01"]')!.textContent).to.contain('法定节假日（国庆节）：不开放')
    expect(slotsOn(el, '2026-10-01')).to.equal(0)
    expect(root(el).querySelector('tr[data-date="2026-09-25"]')!.textContent).to.contain('中秋节')
    expect(root(el).querySelector('tr[data-date="2026-09-20"]')!.textContent).to.contain('调休上班：开放')
  })

  it('tells of a stale edit (someone saved since) in plain words', async () => {
    const client = fakeClient({ role: 'office-staff' })
    const a = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx(client)}></wr-console-schedules>`)
    const b = await fixture<WrConsoleSchedules>(html`<wr-console-schedules lang="zh-Hans" .ctx=${ctx(client)}></wr-console-schedules>`)
    await waitUntil(() => root(a).querySelector('form') && root(b).querySelector('form'), 'both open')
    ;(root(a).querySelector('form') as HTMLFormElement).requestSubmit()
    await waitUntil(() => root(a).querySelector('#message.ok'), 'the first saves')
    ;(root(b).querySelector('form') as HTMLFormElement).requestSubmit()
    await waitUntil(() => root(b).querySelector('#message.error'), 'the second is refused')
    expect(root(b).querySelector('#message')!.textContent).to.contain('有人已经保存了这份排班')
  })
})
