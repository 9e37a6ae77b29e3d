import { expect, fixture, html, waitUntil } from '../helpers/index.js'
import '@workroom/console/elements'
import { type ConsoleClient, type WrConsoleApplications, type WrConsoleStats } from '@workroom/console'
import { NOW, OFFICES, USERS, applications, fakeClient } from '../../stories/console/data.js'

const root = (el: Element) => el.shadowRoot!
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ')
const button = (el: Element, label: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === label) as HTMLButtonElement
const dialogButton = (el: Element, label: string) => [...root(el).querySelectorAll('wr-dialog wr-button')].find((b) => b.textContent?.trim() === label) as HTMLElement

function ctx(role: keyof typeof USERS = 'office-staff', client: ConsoleClient = fakeClient({ role })) {
  return { client, user: USERS[role], offices: role === 'county-admin' ? OFFICES : OFFICES.filter((o) => o.id === USERS[role].officeId), now: NOW }
}

/** The queue's first row (the overdue one), opened. */
async function openFirst(el: WrConsoleApplications): Promise<void> {
  await el.updateComplete
  ;(root(el).querySelector('tbody tr button') as HTMLButtonElement).click()
  await waitUntil(() => root(el).querySelector('h1')?.textContent?.startsWith('申请 '), 'the application opens')
}

describe('wr-console-applications', () => {
  it('shows the 7-day clock: days left, and overdue in colour and in words', async () => {
    const el = await fixture<WrConsoleApplications>(html`<wr-console-applications lang="zh-Hans" .ctx=${ctx()}></wr-console-applications>`)
    await el.updateComplete
    const rows = [...root(el).querySelectorAll('tbody tr')]
    const overdue = rows[0]!
    expect(overdue.classList.contains('overdue')).to.equal(true)
    expect(overdue.querySelector('.clock')!.textContent).to.contain('超期')
    expect(overdue.querySelector('.clock')!.textContent).to.contain('已超期 1 天（应于 2026-03-02 前决定）')
    expect(getComputedStyle(overdue.querySelector('.clock.overdue')!).color).to.not.equal(getComputedStyle(rows[2]!.querySelector('.clock')!).color)
    expect(rows[1]!.textContent).to.contain('今天到期')
    expect(text(el)).to.contain('还剩 6 天（2026-03-09 前）')
    expect(text(el)).to.contain('王*英')
    expect(text(el)).to.not.contain('13800138000')
    await expect(el).to.be.accessible()
  })

  it('asks the service for the chosen status', async () => {
    const asked: string[] = []
    const client = fakeClient({ role: 'office-staff', spy: (path, init) => (path === '/api/console/applications' ? asked.push(JSON.parse(String(init.body)).state) : undefined) })
    const el = await fixture<WrConsoleApplications>(html`<wr-console-applications lang="zh-Hans" .ctx=${ctx('office-staff', client)}></wr-console-applications>`)
    await el.updateComplete
    const select = root(el).querySelector('#a-filter') as HTMLSelectElement
    select.value = 'refused'
    select.dispatchEvent(new Event('change'))
    await waitUntil(() => asked.length === 2, 'asked again')
    expect(asked).to.deep.equal(['open', 'refused'])
  })

  it('puts the resident’s answers beside the screening’s reasons and citations, personal data masked until shown', async () => {
    const el = await fixture<WrConsoleApplications>(html`<wr-console-applications lang="zh-Hans" .ctx=${ctx()}></wr-console-applications>`)
    await openFirst(el)
    const answers = root(el).querySelector('[data-table="answers"]')!
    expect(answers.textContent).to.contain('您遇到了什么事？')
    expect(answers.textContent).to.contain('干了活拿不到工钱（欠薪）')
    const reasons = root(el).querySelector('[data-list="reasons"]')!.textContent!
    expect(reasons).to.contain('《法律援助法》第 42 条第（4）项')
    expect(text(el)).to.not.contain('王秀英')
    expect(text(el)).to.contain('已填写（显示详细信息后可见）')
    button(el, '显示详细信息').click()
    await waitUntil(() => text(el).includes('王秀英'), 'the details show')
    expect(text(el)).to.contain('东坪村三组 12 号')
    expect(text(el)).to.contain('每月 1800 元')
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('已记入操作记录')
    await expect(el).to.be.accessible()
  })

  it('asks for the missing materials once, all together; the choice is required', async () => {
    const el = await fixture<WrConsoleApplications>(html`<wr-console-applications lang="zh-Hans" .ctx=${ctx()}></wr-console-applications>`)
    await openFirst(el)
    button(el, '告知补充材料').click()
    await waitUntil(() => (root(el).querySelector('wr-dialog') as HTMLElement & { open: boolean }).open, 'the dialog opens')
    dialogButton(el, '告知申请人').click()
    await waitUntil(() => root(el).querySelector('#m-error'), 'the error shows')
    expect(root(el).querySelector('#m-error')!.textContent).to.contain('请至少选择或填写一项材料')
    const box = root(el).querySelector('wr-dialog input[type="checkbox"]') as HTMLInputElement
    box.click()
    const other = root(el).querySelector('#m-other') as HTMLTextAreaElement
    other.value = '工友的证明\n欠条'
    other.dispatchEvent(new Event('input'))
    dialogButton(el, '告知申请人').click()
    await waitUntil(() => text(el).includes('已一次性告知需补充的材料'), 'the list is recorded')
    expect(text(el)).to.contain('工友的证明')
    expect(text(el)).to.contain('欠条')
    expect(button(el, '告知补充材料')).to.equal(undefined)
    expect(text(el)).to.contain('只能一次性告知')
  })

  it('refuses only with written reasons, and shows the LAL 49 objection route', async () => {
    const el = await fixture<WrConsoleApplications>(html`<wr-console-applications lang="zh-Hans" .ctx=${ctx()}></wr-console-applications>`)
    await openFirst(el)
    button(el, '登记审查决定').click()
    await waitUntil(() => (root(el).querySelector('wr-dialog') as HTMLElement & { open: boolean }).open, 'the dialog opens')
    expect(text(el)).to.contain('应当在 3 日内指派律师')
    ;(root(el).querySelector('input[value="refused"]') as HTMLInputElement).click()
    await el.updateComplete
    expect(root(el).querySelector('wr-dialog')!.textContent).to.contain('5 日内答复')
    dialogButton(el, '登记决定').click()
    await waitUntil(() => root(el).querySelector('#d-error'), 'the reasons are asked for')
    expect(root(el).querySelector('#d-reasons')!.getAttribute('aria-invalid')).to.equal('true')
    const reasons = root(el).querySelector('#d-reasons') as HTMLTextAreaElement
    reasons.value = '经审查，申请事项不属于法律援助范围。'
    reasons.dispatchEvent(new Event('input'))
    dialogButton(el, '登记决定').click()
    await waitUntil(() => text(el).includes('不予法律援助。理由：经审查'), 'the refusal is recorded')
    expect(text(el)).to.contain('第四十九条')
    expect(text(el)).to.contain('此申请已办结')
  })

  it('lets a workroom adviser see an application but not act on it', async () => {
    const el = await fixture<WrConsoleApplications>(html`<wr-console-applications lang="zh-Hans" .ctx=${ctx('workroom-adviser')}></wr-console-applications>`)
    await openFirst(el)
    expect(button(el, '登记审查决定')).to.equal(undefined)
    expect(text(el)).to.contain('由司法所办理')
  })

  it('reads in English', async () => {
    const el = await fixture<WrConsoleApplications>(html`<wr-console-applications lang="en" .ctx=${ctx()} .code=${applications()[0]!.code}></wr-console-applications>`)
    await waitUntil(() => text(el).includes('Overdue by 1 day'), 'the English words load')
    expect(text(el)).to.contain('Legal Aid Law')
  })
})

describe('wr-console-stats: applications', () => {
  it('counts applications by status and cause of action, with no names', async () => {
    const el = await fixture<WrConsoleStats>(html`<wr-console-stats lang="zh-Hans" .ctx=${ctx('county-admin')}></wr-console-stats>`)
    await el.updateComplete
    const section = root(el).querySelector('[data-section="applications"]')!
    expect(section.textContent).to.contain('收到申请 23 件，其中 1 件超期未决定')
    expect(root(el).querySelector('[data-table="byState"]')!.textContent).to.contain('给予援助')
    expect(root(el).querySelector('[data-table="byCause"]')!.textContent).to.contain('劳动纠纷')
  })
})
