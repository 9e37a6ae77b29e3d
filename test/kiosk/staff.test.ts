import { setViewport } from '@web/test-runner-commands'
import { LitElement, html as litHtml } from 'lit'
import { fixture, html, expect, oneEvent, waitUntil, allUpdatesComplete, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/core/define'
import { describeProblem, i18n, kvGet, resetSession, setLanguage, workroomDb, type Problem } from '@workroom/core'
import demoJson from '../../kiosk/public/workroom.json'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import type { ConfigState } from '../../kiosk/src/config-store.js'
import '../../kiosk/src/staff/define.js'
import { LongPress } from '../../kiosk/src/staff/long-press.js'
import { PinLockout, verifyPin } from '../../kiosk/src/staff/pin.js'
import { runHealthChecks, type HealthCheck } from '../../kiosk/src/staff/health.js'
import { flushUsage, readUsage, recordUsage, usageDay, usageKey, watchUsage } from '../../kiosk/src/staff/stats.js'
import type { StaffProvider, WrStaffScreen } from '../../kiosk/src/staff/staff-screen.js'

const parsed = parseConfig(demoJson)
if (!parsed.ok) throw new Error(`demo config does not parse: ${JSON.stringify(parsed.problems)}`)
const demo: WorkroomConfig = parsed.config

// ——— helpers ———

class PressHost extends LitElement {
  fired = 0
  duration = 80
  readonly press = new LongPress(this, () => this.fired++, { selector: '.target', duration: () => this.duration })
  override render() {
    return litHtml`<div class="target" style="width:100px;height:100px">x</div><div class="other">y</div>`
  }
}
customElements.define('test-press-host', PressHost)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pointer = (type: string, el: Element, x: number, y: number) =>
  el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, isPrimary: true, pointerId: 7, button: 0, clientX: x, clientY: y }))

const root = (el: WrStaffScreen): ShadowRoot => el.shadowRoot!
const buttonNamed = (el: WrStaffScreen, text: string): HTMLElement => {
  const b = [...root(el).querySelectorAll<HTMLElement>('wr-button')].find((x) => x.textContent!.trim() === text)
  if (!b) throw new Error(`no button "${text}"`)
  return b
}
const submitButton = (el: WrStaffScreen): HTMLElement => root(el).querySelector<HTMLElement>('wr-button.submit')!
const heading = (el: WrStaffScreen): string => root(el).querySelector('h1')!.textContent!.trim()
const settle = async (el: WrStaffScreen) => {
  for (let i = 0; i < 3; i++) {
    await allUpdatesComplete(el)
    await sleep(0)
  }
}

async function enterPin(el: WrStaffScreen, pin: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>('#pin')!.value = pin
  submitButton(el).click()
  await waitUntil(() => !(el as any).checking, 'the PIN check did not finish', { timeout: 5000 })
  await settle(el)
}

function fakeProvider(pending: number): StaffProvider {
  return {
    pendingOutbox: async () => Array.from({ length: pending }, (_, i) => ({ idempotencyKey: `k${i}` })),
    listBookings: async () => ({ bookings: [] }),
  } as unknown as StaffProvider
}

const HEALTH: HealthCheck[] = [
  { id: 'database', status: 'ok', detail: 'databaseOk' },
  { id: 'network', status: 'warn', detail: 'offline' },
  { id: 'time-zone', status: 'ok', detail: 'zoneOk', params: { offset: 'UTC+8' } },
]

async function dashboard(extra: { configState?: ConfigState; pending?: number; applications?: number; config?: WorkroomConfig; now?: number } = {}): Promise<WrStaffScreen> {
  const el = await fixture<WrStaffScreen>(html`<wr-staff-screen
    kiosk
    .now=${extra.now}
    .config=${extra.config ?? demo}
    .configState=${extra.configState ?? { config: demo, source: 'file', problems: [] }}
    .provider=${fakeProvider(extra.pending ?? 0)}
    .pendingApplications=${extra.applications === undefined ? undefined : async () => extra.applications!}
    .health=${HEALTH}
    .signedIn=${true}
  ></wr-staff-screen>`)
  await waitUntil(() => root(el).querySelector('[data-chart]') && root(el).querySelector('[data-pending]'), 'the dashboard did not load', { timeout: 5000 })
  await settle(el)
  return el
}

async function clearStats(): Promise<void> {
  const db = await workroomDb.open()
  await db.delete('kv', IDBKeyRange.bound('stats:', 'stats:\uffff'))
}

// ——— tests ———

describe('staff entry: long-press', () => {
  it('fires after the hold, not on a short tap, a moving pointer or a press elsewhere', async () => {
    const host = await fixture<PressHost>(html`<test-press-host></test-press-host>`)
    const target = host.shadowRoot!.querySelector('.target')!
    // A long hold for the presses that must not fire: no timer left pending means nothing can fire later,
    // however slow the machine (a fixed wait would only race the timer).
    host.duration = 60_000
    pointer('pointerdown', target, 10, 10)
    expect(host.press.pressing, 'press started').to.equal(true)
    pointer('pointerup', target, 10, 10)
    expect(host.press.pressing, 'short tap').to.equal(false)

    pointer('pointerdown', target, 10, 10)
    pointer('pointermove', target, 40, 10)
    expect(host.press.pressing, 'moving pointer').to.equal(false)

    pointer('pointerdown', host.shadowRoot!.querySelector('.other')!, 10, 10)
    expect(host.press.pressing, 'outside the selector').to.equal(false)

    pointer('pointerdown', target, 10, 10)
    pointer('pointermove', target, 14, 13) // 5 px: a steady finger
    expect(host.press.pressing, 'steady finger').to.equal(true)
    host.press.cancel()
    expect(host.fired).to.equal(0)

    host.duration = 50
    pointer('pointerdown', target, 10, 10)
    await waitUntil(() => host.fired === 1, 'the long press never fired')
    expect(host.press.pressing).to.equal(false)
  })

  it('opens with Ctrl+Alt+S for staff with a keyboard, and shows residents nothing', async () => {
    const host = await fixture<PressHost>(html`<test-press-host></test-press-host>`)
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyS', key: 's', ctrlKey: true, altKey: true, bubbles: true }))
    expect(host.fired).to.equal(1)
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyS', key: 's', ctrlKey: true, bubbles: true }))
    expect(host.fired).to.equal(1)
    expect(host.shadowRoot!.querySelector('[tabindex], button, [role]')).to.equal(null)
  })
})

describe('staff PIN', () => {
  afterEach(() => setLanguage('zh-Hans'))

  it('checks the PIN with PBKDF2 against the config hash', async () => {
    expect(await verifyPin('246810', demo.staff.pin)).to.equal(true)
    expect(await verifyPin('246811', demo.staff.pin)).to.equal(false)
    expect(await verifyPin('246810', { ...demo.staff.pin, hash: 'AAAA' })).to.equal(false)
  })

  it('says a PIN is wrong with the attempts left, locks after 5, and a right PIN opens the dashboard', async () => {
    let now = 1_800_000_000_000
    const lockout = new PinLockout({ now: () => now })
    const el = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${demo} .lockout=${lockout} .health=${HEALTH} .provider=${fakeProvider(0)}></wr-staff-screen>`)
    expect(heading(el)).to.equal('工作人员登录')
    const input = root(el).querySelector<HTMLInputElement>('#pin')!
    expect(input.type).to.equal('password')
    expect(input.inputMode).to.equal('numeric')
    await expectNoAxeViolations(el)

    await enterPin(el, '111111')
    expect(root(el).querySelector('#pin-error')!.textContent).to.contain('密码不对。还可以再试 4 次。')
    expect(root(el).querySelector('#pin')!.getAttribute('aria-invalid')).to.equal('true')
    await expectNoAxeViolations(el)

    for (let i = 0; i < 4; i++) await enterPin(el, '111111')
    const locked = root(el).querySelector('#pin-locked')!
    expect(locked.textContent).to.contain('已暂时锁定')
    expect(locked.textContent).to.match(/\d{2}:\d{2}:\d{2}/)
    expect(root(el).querySelector<HTMLInputElement>('#pin')!.disabled).to.equal(true)
    expect(lockout.attemptsLeft).to.equal(0)
    // Even the right PIN is not checked while locked.
    submitButton(el).click()
    await settle(el)
    expect(heading(el)).to.equal('工作人员登录')

    now += 61_000
    el.requestUpdate()
    await settle(el)
    expect(root(el).querySelector('#pin-locked')).to.equal(null)
    expect(lockout.attemptsLeft).to.equal(5)

    // The right PIN typed on the on-screen keys.
    for (const d of '246810') buttonNamed(el, d).click()
    expect(root(el).querySelector<HTMLInputElement>('#pin')!.value).to.equal('246810')
    submitButton(el).click()
    await waitUntil(() => el.signedIn, 'the right PIN did not sign in', { timeout: 5000 })
    await settle(el)
    expect(heading(el)).to.equal('工作人员模式')
  })

  it('"返回" leaves without signing in', async () => {
    const el = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${demo}></wr-staff-screen>`)
    const exit = oneEvent(el, 'wr-staff-exit')
    buttonNamed(el, '返回').click()
    expect((await exit).detail).to.deep.equal({ reason: 'back' })
    expect(el.signedIn).to.equal(false)
  })

  it('asks for a PIN first when nothing is typed', async () => {
    const el = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${demo} .lockout=${new PinLockout()}></wr-staff-screen>`)
    submitButton(el).click()
    await settle(el)
    expect(root(el).querySelector('#pin-error')!.textContent).to.contain('请先输入密码')
  })
})

describe('staff dashboard', () => {
  beforeEach(clearStats)
  afterEach(async () => {
    await setLanguage('zh-Hans')
    await setViewport({ width: 800, height: 600 })
  })

  it('says how many legal-aid applications wait on this kiosk for the county service', async () => {
    const el = await dashboard({ pending: 0, applications: 2 })
    expect(root(el).querySelector('[data-pending]')!.textContent).to.contain('没有等待发送的预约变更')
    expect(root(el).querySelector('[data-applications]')!.textContent).to.contain('有 2 份法律援助申请在等待发送到县里')
    const none = await dashboard({ pending: 0, applications: 0 })
    expect(root(none).querySelector('[data-applications]')).to.equal(null)
    expect(root(none).querySelector('[data-pending]')!.textContent).to.contain('没有等待同步的内容')
  })

  it('shows the pending-sync count, the config version and asks the shell to sync or check for updates', async () => {
    const el = await dashboard({ pending: 3 })
    const titles = [...root(el).querySelectorAll('h2')].map((h) => h.textContent!.trim())
    expect(titles).to.include.members(['今日预约', '待同步', '配置与内容', '运行状况', '使用统计'])
    expect(root(el).querySelector('[data-pending]')!.textContent).to.contain('有 3 条预约变更')
    expect(root(el).querySelector('[data-config-version]')!.textContent).to.equal(demo.version)
    expect(root(el).querySelector('wr-booking-desk')).to.exist
    expect(root(el).querySelector('[data-health="network"]')!.textContent).to.contain('需要注意')

    const sync = oneEvent(el, 'wr-staff-sync-request')
    buttonNamed(el, '立即同步').click()
    await sync
    const update = oneEvent(el, 'wr-staff-update-request')
    buttonNamed(el, '检查更新').click()
    await update
    await expectNoAxeViolations(el)

    const exit = oneEvent(el, 'wr-staff-exit')
    buttonNamed(el, '退出工作人员模式').click()
    expect((await exit).detail).to.deep.equal({ reason: 'exit' })
  })

  it('shows the Zhongshan 2,592 line as due for checking, with its source and dates', async () => {
    const config = { ...demo, region: 'CN-GD-ZS' } as WorkroomConfig
    const el = await dashboard({ config })
    await waitUntil(() => root(el).querySelector('[data-figure]'), 'no figures shown', { timeout: 5000 })
    const standard = root(el).querySelector('[data-figure="standard"]')!
    expect(standard.getAttribute('data-status')).to.equal('due')
    expect(standard.textContent).to.contain('已到复核期限，请核对（结果照常使用）')
    expect(standard.textContent).to.contain('2,592 元/人/月')
    expect(standard.textContent).to.contain('2023-03-10 起')
    expect(standard.textContent).to.contain('复核期限 2024-03-10')
    expect(standard.textContent).to.contain('粤府令第268号')
    await expectNoAxeViolations(el)
  })

  it('says a Ningxia kiosk lacks its 低保 figure, and that the overlay is partial', async () => {
    const el = await dashboard({ config: { ...demo, region: 'CN-NX' } as WorkroomConfig })
    await waitUntil(() => root(el).querySelector('[data-figure="figure"]'), 'no figure shown', { timeout: 5000 })
    const figure = root(el).querySelector('[data-figure="figure"]')!
    expect(figure.getAttribute('data-status')).to.equal('missing')
    expect(figure.textContent).to.contain('hardshipFigures.dibaoMonthly')
    expect(root(el).querySelector('[data-figures-partial]')!.textContent).to.contain('盐池县司法局')
  })

  it('shows a configured figure as current until its review date', async () => {
    const config = {
      ...demo,
      region: 'CN-NX',
      hardshipFigures: { dibaoMonthly: { amount: 760, source: '当地民政部门公布的低保标准', effectiveFrom: '2026-01-01', reviewBy: '2027-01-01' } },
    } as WorkroomConfig
    const el = await dashboard({ config, now: Date.parse('2026-12-01T02:00:00Z') })
    await waitUntil(() => root(el).querySelector('[data-figure="figure"]'), 'no figure shown', { timeout: 5000 })
    const figure = root(el).querySelector('[data-figure="figure"]')!
    expect(figure.getAttribute('data-status')).to.equal('ok')
    expect(figure.textContent).to.contain('760 元/人/月')
    expect(root(el).querySelector('[data-figure="standard"]')!.textContent).to.contain('1,520 元/人/月')
  })

  it('says the national rules apply when the config names no region', async () => {
    const el = await dashboard()
    expect(root(el).querySelector('[data-figures="none"]')!.textContent).to.contain('全国规则')
  })

  it("words a refused config's problems and says the kiosk keeps the running version", async () => {
    const problems: Problem[] = [
      { path: 'idle.idleSeconds', code: 'tooLow', params: { count: 20 } },
      { path: '', code: 'notJson', params: { detail: 'Unexpected token' } },
    ]
    const el = await dashboard({ configState: { config: demo, source: 'kept', problems, problemsFrom: 'https://county.example/workroom.json', checkedAt: '2026-11-23T02:00:00Z' } })
    const box = root(el).querySelector('[data-problems]')!
    expect(box.textContent).to.contain('https://county.example/workroom.json')
    expect(box.textContent).to.contain('继续使用')
    const words = (p: Problem) => describeProblem(p, (k, o) => i18n.t(k, { ...o, ns: 'kiosk', lng: 'zh-Hans' }) as string)
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(problems.map(words))
    expect(box.querySelector('li')!.textContent).to.match(/^idle\.idleSeconds: /)
    expect(root(el).textContent).to.contain('本机保存的上一份正确配置')
    await expectNoAxeViolations(el)
  })

  it('charts usage with the numbers as text and a real table, and exports CSV as a download', async () => {
    await recordUsage('outcome', 'likely-eligible')
    await recordUsage('outcome', 'likely-eligible')
    await recordUsage('outcome', 'out-of-scope')
    await recordUsage('category', 'labour')
    await recordUsage('lesson', 'unpaid-wages')
    await recordUsage('session', 'started')
    const el = await dashboard()
    const outcome = root(el).querySelector('[data-chart="outcome"]')!
    const rows = [...outcome.querySelectorAll('.bar-row')].map((r) => [r.querySelector('.bar-label')!.textContent, r.querySelector('.bar-value')!.textContent])
    expect(rows).to.deep.equal([
      ['很可能符合条件', '2'],
      ['不在法律援助范围', '1'],
    ])
    const table = root(el).querySelector('table[data-table="outcome"]')!
    expect(table.querySelector('caption')!.textContent).to.equal('自测结果')
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent])).to.deep.equal(rows)
    expect(root(el).querySelector('[data-chart="category"]')!.textContent).to.contain('劳动争议')
    expect(root(el).querySelector('[data-chart="education"]')!.textContent).to.contain('unpaid-wages')

    buttonNamed(el, '用表格显示').click()
    await settle(el)
    expect(root(el).querySelector('table[data-table="outcome"]')!.classList.contains('visually-hidden')).to.equal(false)
    expect(root(el).querySelector('.bars')).to.equal(null)
    await expectNoAxeViolations(el)

    // papaparse is CommonJS and does not load in this runner (the CSV itself is tested in Node).
    ;(el as unknown as { csv: () => Promise<string> }).csv = async () => '\uFEFF日期,类别,项目,次数\r\n'
    const clicked: { href: string; download: string }[] = []
    const original = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    }
    try {
      const exported = oneEvent(el, 'wr-staff-exported')
      buttonNamed(el, '导出统计 CSV').click()
      await exported
    } finally {
      HTMLAnchorElement.prototype.click = original
    }
    expect(clicked).to.have.length(1)
    expect(clicked[0]!.href).to.match(/^blob:/)
    expect(clicked[0]!.download).to.match(/^workroom-usage-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)
  })

  it('works in English', async () => {
    await setLanguage('en')
    const el = await dashboard({ pending: 1 })
    expect(heading(el)).to.equal('Staff mode')
    expect(root(el).querySelector('[data-pending]')!.textContent).to.contain('1 booking change is waiting')
    expect(root(el).querySelector('[data-health="database"]')!.textContent).to.contain('Local database')
    const pin = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${demo}></wr-staff-screen>`)
    expect(heading(pin)).to.equal('Staff sign-in')
  })

  it('reflows at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 })
    await recordUsage('category', 'land-acquisition-demolition')
    const pin = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${demo}></wr-staff-screen>`)
    expect(document.documentElement.scrollWidth, 'PIN step').to.be.at.most(320)
    for (const b of root(pin).querySelectorAll('wr-button')) expect(b.getBoundingClientRect().height).to.be.at.least(48)
    const el = await dashboard({ configState: { config: demo, source: 'kept', problems: [{ path: 'board.whereabouts[0].personId', code: 'unknownPerson', params: { id: 'someone-with-a-long-id' } }], problemsFrom: 'https://county.example/a/very/long/path/to/the/workroom.json' } })
    expect(document.documentElement.scrollWidth, 'dashboard').to.be.at.most(320)
    for (const s of root(el).querySelectorAll('section')) expect(s.scrollWidth, s.id).to.be.at.most(s.clientWidth)
  })

  it('locks and leaves when the session resets (idle)', async () => {
    const el = await dashboard()
    const exit = oneEvent(el, 'wr-staff-exit')
    await resetSession('idle')
    expect((await exit).detail).to.deep.equal({ reason: 'reset' })
    await settle(el)
    expect(el.signedIn).to.equal(false)
    expect(heading(el)).to.equal('工作人员登录')
  })

  it('runs the health checks when it opens, each named', async () => {
    const el = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${demo} .signedIn=${true} sw-status="active"></wr-staff-screen>`)
    await waitUntil(() => root(el).querySelectorAll('[data-health]').length === 7, 'health checks did not finish', { timeout: 6000 })
    expect(root(el).querySelector('[data-health="service-worker"]')!.textContent).to.contain('正常')
  })
})

describe('health checks', () => {
  it('return named results that the staff screen can word', async () => {
    const results = await runHealthChecks({ swStatus: 'update-waiting', printer: { enabled: true, paper: '80mm' }, timeoutMs: 500 })
    expect(results.map((r) => r.id)).to.deep.equal(['database', 'storage', 'network', 'service-worker', 'voice', 'printer', 'time-zone'])
    expect(results.find((r) => r.id === 'database')!.status).to.equal('ok')
    expect(results.find((r) => r.id === 'printer')).to.deep.equal({ id: 'printer', status: 'info', detail: 'printerOn', params: { paper: '80mm' } })
    expect(results.find((r) => r.id === 'service-worker')!.detail).to.equal('sw-update-waiting')
    const tz = results.find((r) => r.id === 'time-zone')!
    expect(tz.params!.offset).to.match(/^UTC[+−]\d/)
    for (const r of results) {
      expect(i18n.exists(`kiosk-staff:health.name.${r.id}`), r.id).to.equal(true)
      expect(i18n.exists(`kiosk-staff:health.detail.${r.detail}`), r.detail).to.equal(true)
      expect(i18n.exists(`kiosk-staff:health.status.${r.status}`), r.status).to.equal(true)
    }
  })
})

describe('anonymous usage counts', () => {
  beforeEach(clearStats)

  it('recordUsage then readUsage returns the counts; text that is not an identifier is refused', async () => {
    const now = Date.UTC(2026, 10, 23, 3)
    expect(await recordUsage('outcome', 'likely-eligible', now)).to.equal(true)
    await recordUsage('outcome', 'likely-eligible', now)
    await recordUsage('booking', 'adviser', now - 86_400_000)
    expect(await recordUsage('lesson', '张三 13800138000', now)).to.equal(false)
    expect(await recordUsage('name' as never, 'x', now)).to.equal(false)
    const report = await readUsage('2026-11-22', '2026-11-23')
    expect(report.totals.outcome).to.deep.equal({ 'likely-eligible': 2 })
    expect(report.totals.booking).to.deep.equal({ adviser: 1 })
    expect(report.totals.lesson).to.deep.equal({})
    expect(report.days.map((d) => d.date)).to.deep.equal(['2026-11-22', '2026-11-23'])
    expect((await readUsage('2026-11-23', '2026-11-23')).totals.booking).to.deep.equal({})
  })

  it('keeps 400 days, then prunes older ones', async () => {
    const now = Date.UTC(2026, 10, 23, 3)
    const day = 86_400_000
    await recordUsage('session', 'started', now - 401 * day)
    await recordUsage('session', 'started', now - 399 * day)
    await recordUsage('session', 'started', now)
    const r = await readUsage('2020-01-01', '2030-12-31')
    expect(r.days.map((d) => d.date)).to.deep.equal([usageDay(now - 399 * day), '2026-11-23'])
  })

  it('watchUsage counts from the events and stores nothing else', async () => {
    const stop = watchUsage(document)
    const source = await fixture<HTMLDivElement>(html`<div></div>`)
    const send = (type: string, detail: unknown) => source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
    try {
      send('wr-kiosk-screen-change', { screen: 'home' })
      send('wr-kiosk-screen-change', { screen: 'screening' })
      send('wr-kiosk-screen-change', { screen: 'booking' })
      send('wr-screening-completed', { outcome: 'likely-eligible', disputeCategory: 'labour', problem: 'wages', urgent: false, reasons: [{ text: '月收入 2800 元' }], means: { income: 2800 }, region: 'CN-NX', questions: 7 })
      send('wr-screening-completed', { outcome: 'out-of-scope', routes: [] })
      send('wr-screening-completed', { outcome: 'likely-eligible', disputeCategory: '我家的事' })
      send('wr-education-opened', { kind: 'case', id: 'wage-arrears-story' })
      send('wr-education-opened', { kind: 'case', id: 'wage-arrears-story' }) // the library announcing what the attract card opened
      send('wr-education-opened', { kind: 'lesson', id: 'Zhang San 13800138000' })
      send('wr-booking-confirmed', { code: 'K7Q2M9', serviceId: 'adviser', placeId: 'dongping-workroom', start: '2026-11-24T09:00:00+08:00', end: '2026-11-24T09:30:00+08:00' })
      send('wr-booking-details', { name: '张三', mobile: '13800138000' })
      await resetSession('idle')
      await flushUsage()
    } finally {
      stop()
    }
    const raw = await kvGet<unknown>(workroomDb, usageKey(usageDay()))
    expect(raw).to.deep.equal({
      session: { started: 1 },
      outcome: { 'likely-eligible': 2, 'out-of-scope': 1 },
      category: { labour: 1, other: 2 },
      case: { 'wage-arrears-story': 1 },
      booking: { adviser: 1 },
      reset: { idle: 1 },
    })
    const text = JSON.stringify(raw)
    for (const personal of ['2800', '张三', '13800138000', 'K7Q2M9', 'wages"', 'CN-NX', 'dongping']) expect(text).not.to.contain(personal)

    // Stopped: nothing more is counted.
    source.dispatchEvent(new CustomEvent('wr-booking-confirmed', { detail: { serviceId: 'adviser' }, bubbles: true, composed: true }))
    await flushUsage()
    expect(((await kvGet<Record<string, Record<string, number>>>(workroomDb, usageKey(usageDay())))!.booking)).to.deep.equal({ adviser: 1 })
  })
})

describe('staff screen stories', () => {
  it('show the states they are named for', async () => {
    const { storiesOf } = await import('../helpers/stories.js')
    const entries = storiesOf(await import('../../stories/kiosk/staff-screen.stories.js'), 'stories/kiosk/staff-screen.stories.ts')
    const render = async (name: string): Promise<WrStaffScreen> => {
      const story = entries.find((e) => e.exportName === name)!
      const wrap = await fixture<HTMLDivElement>(html`<div>${story.render()}</div>`)
      const el = wrap.querySelector<WrStaffScreen>('wr-staff-screen')!
      await settle(el)
      return el
    }
    expect(root(await render('WrongPin')).querySelector('#pin-error')!.textContent).to.contain('还可以再试 4 次')
    expect(root(await render('Locked')).querySelector('#pin-locked')).to.exist
    const dash = await render('Dashboard')
    expect(dash.shadowRoot!.querySelectorAll('[data-chart="outcome"] .bar-row').length).to.be.greaterThan(2)
    expect(dash.shadowRoot!.querySelector('[data-pending]')!.textContent).to.contain('3')
    expect((await render('RefusedConfig')).shadowRoot!.querySelectorAll('[data-problems] li')).to.have.length(3)
  })
})
