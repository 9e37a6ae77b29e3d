import { fixture, html, expect, activeElementDeep, waitUntil, expectNoAxeViolations, installFakeVoice } from '../helpers/index.js'
import '@workroom/core/define'
import { defineElement, resetSession, setLanguage, sessionDb } from '@workroom/core'
import { WrKioskApp } from '../../kiosk/src/app.js'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import type { ConfigState } from '../../kiosk/src/config-store.js'
import { loadContent } from '../../kiosk/src/content-store.js'
import { lockDown } from '../../kiosk/src/lockdown.js'
import { bookingPrefill } from '../../kiosk/src/features.js'
import { readUsage, usageDay, flushUsage } from '../../kiosk/src/staff/stats.js'
import demoJson from '../../kiosk/public/workroom.json'

defineElement('wr-kiosk-app', WrKioskApp)

const root = (el: WrKioskApp): ShadowRoot => el.shadowRoot!
const button = (el: WrKioskApp, text: string): HTMLElement =>
  [...root(el).querySelectorAll<HTMLElement>('button, wr-button'), ...(root(el).querySelector('wr-language-switch')?.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? [])].find((b) =>
    b.textContent!.trim().startsWith(text),
  )!
const h1 = (el: WrKioskApp): string => root(el).querySelector('h1')?.textContent?.trim() ?? ''

function demoConfig(edit?: (c: Record<string, any>) => void): WorkroomConfig {
  const raw = structuredClone(demoJson) as Record<string, any>
  edit?.(raw)
  const r = parseConfig(raw)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.config
}

async function kiosk(state: ConfigState = { config: demoConfig(), source: 'file', problems: [] }): Promise<WrKioskApp> {
  const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk staff-hold="200" .configState=${state}></wr-kiosk-app>`)
  el.content = await loadContent(['starter'])
  return el
}

async function open(el: WrKioskApp, feature: string, tag: string): Promise<HTMLElement> {
  root(el).querySelector<HTMLButtonElement>(`[data-feature="${feature}"]`)!.click()
  await waitUntil(() => root(el).querySelector(tag), `${tag} did not open`, { timeout: 5000 })
  const found = root(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!
  await found.updateComplete
  return found
}

describe('kiosk shell', () => {
  afterEach(() => setLanguage('zh-Hans'))

  it('shows one big tile per feature, the workroom board panel, and the screener opens from its tile', async () => {
    const el = await kiosk()
    const tiles = root(el).querySelectorAll<HTMLButtonElement>('.tile')
    expect([...tiles].map((t) => t.dataset.feature)).to.deep.equal(['screening', 'booking', 'education', 'directory'])
    expect(tiles[0]!.getBoundingClientRect().height).to.be.at.least(150)
    expect(root(el).querySelector('wr-workroom-board[variant="panel"]')).to.exist
    expect(root(el).querySelector('header')!.textContent).to.contain('东坪村公共法律服务工作室')
    expect(root(el).querySelector('header')!.textContent).to.contain('临河县司法局青石司法所')
    const screener = await open(el, 'screening', 'wr-aid-screener')
    expect(screener.hasAttribute('kiosk')).to.equal(true)
  })

  it('books against the workroom config: the booking screen gets the configured services', async () => {
    const el = await kiosk()
    const booking = (await open(el, 'booking', 'wr-booking')) as HTMLElement & { config: { services: { id: string }[] } }
    expect(booking.config.services.map((s) => s.id)).to.deep.equal(demoConfig().booking.services.map((s) => s.id))
  })

  it('opens the library from its tile with the configured content, and a case story can lead on to the screener', async () => {
    const el = await kiosk()
    const library = (await open(el, 'education', 'wr-library')) as HTMLElement & { pack?: { id: string } }
    expect(library.pack?.id).to.equal(el.content.pack!.id)
    library.dispatchEvent(new CustomEvent('wr-education-screener-request', { bubbles: true, composed: true, detail: { step: 'screener' } }))
    await waitUntil(() => root(el).querySelector('wr-aid-screener'), 'the screener did not open', { timeout: 5000 })
  })

  it('gives the screener the region and its local figure from the config, as attributes', async () => {
    const config = demoConfig((c) => {
      c.region = 'CN-NX'
      c.hardshipFigures = { dibaoMonthly: { amount: 760, source: '当地民政部门公布的低保标准', effectiveFrom: '2026-01-01', reviewBy: '2027-01-01' } }
    })
    const el = await kiosk({ config, source: 'file', problems: [] })
    const screener = await open(el, 'screening', 'wr-aid-screener')
    expect(screener.getAttribute('region')).to.equal('CN-NX')
    expect(screener.getAttribute('dibao-monthly')).to.equal('760')
    expect(screener.hasAttribute('minimum-wage-monthly')).to.equal(false)
  })

  it('hands only what the resident ticked from screening to booking, in words, without asking again', async () => {
    const el = await kiosk()
    const screener = await open(el, 'screening', 'wr-aid-screener')
    screener.dispatchEvent(new CustomEvent('wr-screening-book-request', { bubbles: true, composed: true, cancelable: true, detail: { recommends: 'legal-aid', outcome: 'eligible-means-waived', problem: 'wages', routes: [] } }))
    await waitUntil(() => root(el).querySelector('wr-booking'), 'booking did not open', { timeout: 5000 })
    const booking = root(el).querySelector('wr-booking') as unknown as HTMLElement & { prefill: unknown; flow: { step: string; serviceId: string; draft: { notes: string } }; updateComplete: Promise<unknown> }
    expect(booking.prefill).to.deep.equal({ serviceId: 'legal-aid', notes: '居民自测时说的：干了活拿不到工钱（欠薪）', agreed: true })
    await booking.updateComplete
    // The screener's consent page was the one question: booking starts at the service, chosen.
    expect(booking.flow.step).to.equal('service')
    expect(booking.flow.serviceId).to.equal('legal-aid')
    expect(booking.flow.draft.notes).to.not.match(/problem:|outcome:|[a-z]-[a-z]/)
  })

  it("picks the service by what the result recommends from the county's own config, whatever its ids", async () => {
    // Another county: its own service ids, and no legal-aid desk at the workroom.
    const county = demoConfig((c) => {
      const rename: Record<string, string> = { adviser: 'falv-zixun', mediation: 'renmin-tiaojie', video: 'shipin-zixun', 'home-visit': 'shangmen' }
      c.booking.services = c.booking.services.filter((s: { id: string }) => s.id !== 'legal-aid').map((s: { id: string }) => ({ ...s, id: rename[s.id] ?? s.id }))
      c.version = 'county-b-1'
    })
    expect(county.booking.services.map((s) => s.id)).to.not.include.members(['adviser', 'mediation', 'legal-aid'])
    const services = county.booking.services
    expect(bookingPrefill({ recommends: 'mediation', outcome: 'out-of-scope', routes: [] }, services)?.serviceId).to.equal('renmin-tiaojie')
    expect(bookingPrefill({ recommends: 'legal-aid', outcome: 'likely-eligible', routes: [] }, services)?.serviceId).to.equal('falv-zixun')
    expect(bookingPrefill({ recommends: 'legal-consultation', outcome: 'out-of-scope', routes: [] }, services)?.serviceId).to.equal('falv-zixun')
    const el = await kiosk({ config: county, source: 'file', problems: [] })
    const screener = await open(el, 'screening', 'wr-aid-screener')
    screener.dispatchEvent(new CustomEvent('wr-screening-book-request', { bubbles: true, composed: true, cancelable: true, detail: { recommends: 'mediation', outcome: 'out-of-scope', problem: 'neighbour', routes: ['peoples-mediation'] } }))
    await waitUntil(() => root(el).querySelector('wr-booking'), 'booking did not open', { timeout: 5000 })
    const booking = root(el).querySelector('wr-booking') as unknown as HTMLElement & { flow: { serviceId: string; draft: { notes: string } }; updateComplete: Promise<unknown> }
    await booking.updateComplete
    expect(booking.flow.serviceId).to.equal('renmin-tiaojie')
    expect(booking.flow.draft.notes).to.equal('居民自测时说的：和邻居闹矛盾；不在法律援助范围')
  })

  it('puts the elder-mode switch within the first three Tab stops and applies it', async () => {
    const el = await kiosk()
    const focusable = [...root(el).querySelectorAll<HTMLElement>('a[href], button, wr-button')]
    const elderIndex = focusable.findIndex((b) => b.textContent!.includes('长辈模式'))
    expect(elderIndex).to.be.within(0, 2)
    focusable[elderIndex]!.click()
    await el.updateComplete
    expect(el.elder).to.equal(true)
    const inner = focusable[elderIndex]!.shadowRoot!.querySelector('button')!
    await (focusable[elderIndex] as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete
    expect(inner.getAttribute('aria-pressed')).to.equal('true')
  })

  it('switches language for the whole screen, the workroom names included', async () => {
    const el = await kiosk()
    button(el, 'English').click()
    await waitUntil(() => h1(el) === 'Hello! What would you like to do?', 'still not English', { timeout: 5000 })
    expect(document.documentElement.lang).to.equal('en')
    expect(root(el).querySelector('header')!.textContent).to.contain('Dongping Village Public Legal Service Workroom')
  })

  it('rests on an attract loop of lessons, the three main actions and where to go; a touch starts', async () => {
    const el = await kiosk()
    await el.rest()
    expect(el.currentScreen).to.equal('attract')
    expect(h1(el)).to.equal('您好！有法律上的难事，可以在这里问一问')
    expect(root(el).querySelectorAll('.tile').length).to.equal(4)
    const feed = root(el).querySelector<HTMLElement & { interval: number }>('wr-attract-feed')!
    expect(feed).to.exist
    expect(feed.interval).to.equal(8)
    await expectNoAxeViolations(el)
    button(el, '开始使用').click()
    await waitUntil(() => el.currentScreen === 'home', 'did not go home')
    expect(activeElementDeep()).to.equal(root(el).querySelector('h1'))
  })

  it('opens the lesson a resident taps in the attract loop', async () => {
    const el = await kiosk()
    await el.rest()
    const feed = root(el).querySelector('wr-attract-feed')!
    const lesson = el.content.pack!.lessons[0]!
    feed.dispatchEvent(new CustomEvent('wr-education-opened', { bubbles: true, composed: true, detail: { kind: 'lesson', id: lesson.id } }))
    await waitUntil(() => root(el).querySelector('wr-library')?.shadowRoot?.querySelector('wr-lesson'), 'the lesson did not open', { timeout: 5000 })
  })

  it('starts on a touch anywhere on the attract screen, which offers no "clear and exit" while nobody is there', async () => {
    const el = await kiosk()
    await el.rest()
    expect(root(el).querySelector('.clear')).to.equal(null)
    expect(root(el).querySelectorAll('.hero svg.picture').length).to.equal(3)
    root(el).querySelector<HTMLElement>('.attract .hint')!.click()
    await waitUntil(() => el.currentScreen === 'home', 'a touch on the words did not start')
    expect(root(el).querySelector('.clear')).to.exist
  })

  it('takes the second tap of a double tap on 开始使用 as nothing, not as the tile that appears under it', async () => {
    const el = await kiosk()
    await el.rest()
    const tap = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 }))
    tap(button(el, '开始使用'))
    await waitUntil(() => el.currentScreen === 'home', 'did not go home')
    // The booking tile is now where 开始使用 was: the second tap of the same double tap lands on it.
    tap(root(el).querySelector('[data-feature="booking"]')!)
    await new Promise((r) => setTimeout(r, 100))
    expect(el.currentScreen).to.equal('home')
    // A deliberate tap a moment later works.
    await new Promise((r) => setTimeout(r, 500))
    tap(root(el).querySelector('[data-feature="screening"]')!)
    await waitUntil(() => el.currentScreen === 'screening', 'a later tap did not open the screener')
  })

  it('asks before 返回首页 discards answers, and goes straight home when nothing was answered', async () => {
    const el = await kiosk()
    const screener = await open(el, 'screening', 'wr-aid-screener')
    button(el, '← 返回首页').click()
    await waitUntil(() => el.currentScreen === 'home', 'did not go straight home')
    await open(el, 'screening', 'wr-aid-screener')
    const s = root(el).querySelector('wr-aid-screener')!
    expect(s).to.not.equal(screener)
    s.shadowRoot!.querySelector<HTMLElement>('wr-button')!.click()
    await waitUntil(() => s.shadowRoot!.querySelector('wr-choice-list[name="problem"]'), 'no first question', { timeout: 5000 })
    button(el, '← 返回首页').click()
    const dialog = root(el).querySelector<HTMLElement & { open: boolean; updateComplete: Promise<unknown> }>('wr-dialog.leave')!
    await waitUntil(() => dialog.open, 'no question before leaving')
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).to.contain('回到首页吗？')
    root(el).querySelector<HTMLElement>('[data-leave="stay"]')!.click()
    await waitUntil(() => !dialog.open, 'the dialog stayed')
    expect(el.currentScreen).to.equal('screening')
    expect(s.shadowRoot!.querySelector('wr-choice-list[name="problem"]')).to.exist
    button(el, '← 返回首页').click()
    await waitUntil(() => dialog.open, 'no question the second time')
    root(el).querySelector<HTMLElement>('[data-leave="home"]')!.click()
    await waitUntil(() => el.currentScreen === 'home', 'did not go home after confirming')
  })

  it('skips the attract loop when the config turns it off', async () => {
    const el = await kiosk({ config: demoConfig((c) => (c.attract = { enabled: false, rotateSeconds: 8 })), source: 'file', problems: [] })
    await el.rest()
    expect(el.currentScreen).to.equal('home')
  })

  it('opens the full workroom board from its panel', async () => {
    const el = await kiosk()
    root(el).querySelector('wr-workroom-board')!.dispatchEvent(new CustomEvent('wr-board-open-request', { bubbles: true, composed: true }))
    await waitUntil(() => root(el).querySelector('wr-workroom-board[variant="page"]'), 'the board page did not open')
    expect(el.currentScreen).to.equal('board')
  })

  it('without any usable config, says so in words and still offers screening and learning, not booking', async () => {
    const el = await kiosk({ source: 'none', problems: [{ path: 'idle.idleSeconds', code: 'tooLow', params: { count: 20 } }] })
    const alert = root(el).querySelector('[role="alert"]')!
    expect(alert.textContent).to.contain('idle.idleSeconds: 不能小于 20')
    expect([...root(el).querySelectorAll<HTMLButtonElement>('.tile')].map((t) => t.dataset.feature)).to.deep.equal(['screening', 'education'])
    expect(h1(el)).to.equal('您好！请选择您要办的事')
  })

  it('holds a new config until nobody is using the kiosk, then applies it', async () => {
    const el = await kiosk()
    const renamed = demoConfig((c) => {
      c.version = '2026-12-01'
      c.workroom.name['zh-Hans'] = '西坪村公共法律服务工作室'
    })
    await open(el, 'screening', 'wr-aid-screener')
    await el.offerConfig(renamed)
    expect(root(el).querySelector('header')!.textContent).not.to.contain('西坪村')
    expect(root(el).querySelector('wr-aid-screener')).to.exist
    await el.rest()
    await el.updateComplete
    expect(root(el).querySelector('header')!.textContent).to.contain('西坪村公共法律服务工作室')
    expect(el.configState.source).to.equal('update')
  })

  it('refuses a bad config update with its problems and keeps running on the good one', async () => {
    const bad = { ...demoJson, version: '2026-12-02', idle: { idleSeconds: 5, warningSeconds: 30 } }
    // The county's update URL (a config may name only https or the kiosk's own paths), served by a fetch stub.
    const url = '/county/workroom-update.json'
    const realFetch = window.fetch
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith(url) ? Promise.resolve(new Response(JSON.stringify(bad))) : realFetch(input, init)) as typeof fetch
    const el = await kiosk({ config: demoConfig((c) => (c.updates = { configUrl: url, checkMinutes: 60 })), source: 'file', problems: [] })
    try {
      await el.checkConfigUpdate()
    } finally {
      window.fetch = realFetch
    }
    expect(el.configState.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal(['idle.idleSeconds tooLow'])
    expect(el.config!.version).to.equal('2026-11-20')
    await el.rest()
    expect(el.config!.version).to.equal('2026-11-20')
    expect(root(el).querySelectorAll('.tile').length).to.equal(4)
  })

  it('opens the staff screen only after a long press on the workroom name', async () => {
    const el = await kiosk()
    const brand = root(el).querySelector<HTMLElement>('.brand')!
    const at = brand.getBoundingClientRect()
    const init = { bubbles: true, composed: true, pointerId: 1, clientX: at.x + 5, clientY: at.y + 5, isPrimary: true }
    brand.dispatchEvent(new PointerEvent('pointerdown', init))
    brand.dispatchEvent(new PointerEvent('pointerup', init))
    await new Promise((r) => setTimeout(r, 300))
    expect(el.currentScreen).to.equal('home')
    brand.dispatchEvent(new PointerEvent('pointerdown', init))
    await waitUntil(() => el.currentScreen === 'staff', 'the staff screen did not open', { timeout: 3000 })
    brand.dispatchEvent(new PointerEvent('pointerup', init))
    await waitUntil(() => root(el).querySelector('wr-staff-screen'), 'no staff screen')
  })

  it('counts screenings by outcome and dispute category, and nothing about the person', async () => {
    const el = await kiosk()
    const today = usageDay()
    const before = await readUsage(today, today)
    const screener = await open(el, 'screening', 'wr-aid-screener')
    screener.dispatchEvent(
      new CustomEvent('wr-screening-completed', {
        bubbles: true,
        composed: true,
        detail: { outcome: 'eligible-means-waived', problem: 'wages', disputeCategory: 'labour', urgent: false, reasons: [], routes: [], materials: [], region: 'CN', questions: 4 },
      }),
    )
    await flushUsage()
    const after = await readUsage(today, today)
    const count = (r: typeof after, kind: 'outcome' | 'category', key: string) => r.totals[kind]?.[key] ?? 0
    expect(count(after, 'outcome', 'eligible-means-waived') - count(before, 'outcome', 'eligible-means-waived')).to.equal(1)
    expect(count(after, 'category', 'labour') - count(before, 'category', 'labour')).to.equal(1)
    expect(JSON.stringify(after)).not.to.contain('wages')
  })

  it('"clear and exit" wipes every trace of the last person: screens, drafts, language, elder mode, history', async () => {
    const el = await kiosk()
    el.elder = true
    history.pushState({ step: 'private' }, '', location.pathname)
    await setLanguage('en')
    // A lesson opened (progress lives in the session database), a booking started, an answer given.
    const library = (await open(el, 'education', 'wr-library')) as HTMLElement & { open(kind: string, id: string): void }
    library.open('lesson', el.content.pack!.lessons[0]!.id)
    await new Promise((r) => setTimeout(r, 200))
    await el.go('screening')
    const screener = root(el).querySelector('wr-aid-screener')!
    expect(screener).to.exist
    root(el).querySelector<HTMLButtonElement>('.clear')!.click()
    await waitUntil(() => el.currentScreen === 'attract', 'did not return to the attract loop', { timeout: 3000 })
    await el.updateComplete
    expect(root(el).querySelector('wr-aid-screener, wr-booking, wr-library')).to.equal(null)
    expect(el.elder).to.equal(false)
    expect(document.documentElement.lang).to.equal('zh-Hans')
    expect(history.state).to.equal(null)
    expect(h1(el)).to.equal('您好！有法律上的难事，可以在这里问一问')
    expect(activeElementDeep()).to.equal(root(el).querySelector('h1'))
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('已全部清除')
    // Nothing of theirs is left in storage: the session database holds no drafts.
    const drafts = await (await sessionDb.open()).getAllKeys('drafts')
    expect(drafts).to.deep.equal([])
    // A feature opened again starts from its beginning.
    const again = await open(el, 'screening', 'wr-aid-screener')
    expect(again.shadowRoot!.querySelector('h2, h1')!.textContent).to.equal('法律援助自测')
  })

  it('resets on idle the same way (the reason is only for counting)', async () => {
    const el = await kiosk()
    await open(el, 'booking', 'wr-booking')
    await resetSession('idle')
    await waitUntil(() => el.currentScreen === 'attract', 'idle reset did not rest', { timeout: 3000 })
    expect(root(el).querySelector('wr-booking')).to.equal(null)
  })

  it('locks the kiosk down: no context menu, no selecting text outside inputs, no new windows', async () => {
    const undo = lockDown()
    try {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
      document.body.dispatchEvent(menu)
      expect(menu.defaultPrevented).to.equal(true)
      const select = new Event('selectstart', { bubbles: true, cancelable: true })
      document.body.dispatchEvent(select)
      expect(select.defaultPrevented).to.equal(true)
      const input = document.createElement('input')
      document.body.append(input)
      const selectInput = new Event('selectstart', { bubbles: true, cancelable: true })
      input.dispatchEvent(selectInput)
      expect(selectInput.defaultPrevented).to.equal(false)
      input.remove()
      expect(window.open('https://example.org')).to.equal(null)
    } finally {
      undo()
    }
    const after = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
    document.body.dispatchEvent(after)
    expect(after.defaultPrevented).to.equal(false)
  })
})

describe('kiosk voice', () => {
  afterEach(() => setLanguage('zh-Hans'))

  it('with no voice on the machine, the header\'s read-aloud says so instead of staying silent', async () => {
    if (window.speechSynthesis?.getVoices().length) return // a machine with voices: nothing to prove here
    const el = await kiosk()
    const reader = root(el).querySelector<HTMLElement>('wr-read-aloud.read-screen')!
    await waitUntil(() => reader.shadowRoot!.textContent!.includes('本机不能朗读'), 'the button never said there is no voice', { timeout: 3000 })
  })

  describe('with a voice', () => {
    let voice: ReturnType<typeof installFakeVoice>
    beforeEach(() => (voice = installFakeVoice()))
    afterEach(() => voice.restore())

    it('reads the whole screen in order with one button, and pauses', async () => {
      const el = await kiosk()
      const reader = root(el).querySelector<HTMLElement>('wr-read-aloud.read-screen')!
      const button = reader.shadowRoot!.querySelector<HTMLButtonElement>('button')!
      button.click()
      await waitUntil(() => voice.synth.spoken.length === 1, 'nothing was read')
      const text = voice.synth.spoken[0]!.text
      const order = ['您好！请选择您要办的事', '法律援助自测', '预约咨询', '普法学习'].map((w) => text.indexOf(w))
      expect(order.every((i) => i >= 0), text).to.equal(true)
      expect([...order].sort((a, b) => a - b)).to.deep.equal(order)
      expect(text).to.not.contain('办完了')
      button.click()
      expect(voice.synth.paused).to.equal(true)
    })

    it('reads each question on arrival once the resident turns that on', async () => {
      const el = await kiosk()
      const screener = await open(el, 'screening', 'wr-aid-screener')
      screener.shadowRoot!.querySelector<HTMLElement>('wr-button')!.click()
      await waitUntil(() => screener.shadowRoot!.querySelector('wr-choice-list[name="problem"]'), 'no first question', { timeout: 5000 })
      const toggle = [...screener.shadowRoot!.querySelectorAll<HTMLElement>('wr-button')].find((b) => b.textContent!.includes('每题自动朗读'))!
      expect(voice.synth.spoken).to.have.length(0)
      toggle.click()
      await waitUntil(() => voice.synth.spoken.length === 1, 'the question was not read')
      expect(voice.synth.spoken[0]!.text).to.contain('您遇到了什么事')
      const wages = screener.shadowRoot!.querySelector('wr-choice-list')!.shadowRoot!.querySelector<HTMLInputElement>('input[value="wages"]')!
      wages.click()
      const next = [...screener.shadowRoot!.querySelectorAll<HTMLElement>('wr-button')].find((b) => b.textContent!.trim() === '下一步')!
      next.click()
      await waitUntil(() => voice.synth.spoken.length === 2, 'the next question was not read', { timeout: 5000 })
      expect(voice.synth.spoken[1]!.text).to.not.contain('您遇到了什么事')
    })
  })
})
