import { fixture, html, expect, activeElementDeep, waitUntil } from '../helpers/index.js'
import '@workroom/core/define'
import { defineElement, setLanguage } from '@workroom/core'
import { WrKioskApp } from '../../kiosk/src/app.js'
import { parseConfig } from '../../kiosk/src/config.js'
import { lockDown } from '../../kiosk/src/lockdown.js'
import { bookingPrefill } from '../../kiosk/src/features.js'

defineElement('wr-kiosk-app', WrKioskApp)

const root = (el: WrKioskApp): ShadowRoot => el.shadowRoot!
const button = (el: WrKioskApp, text: string): HTMLButtonElement =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text))!

describe('kiosk shell', () => {
  afterEach(() => setLanguage('zh-Hans'))

  it('shows one big tile per landed feature, and the screener opens from its tile', async () => {
    const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk></wr-kiosk-app>`)
    const tiles = root(el).querySelectorAll<HTMLButtonElement>('.tile')
    expect([...tiles].map((t) => t.dataset.feature)).to.deep.equal(['screening', 'booking', 'education'])
    const r = tiles[0]!.getBoundingClientRect()
    expect(r.height).to.be.at.least(150)
    tiles[0]!.click()
    await waitUntil(() => root(el).querySelector('wr-aid-screener'), 'the screener did not open', { timeout: 5000 })
    const screener = root(el).querySelector('wr-aid-screener')!
    expect(screener).to.exist
    expect(screener.hasAttribute('kiosk')).to.equal(true)
  })

  it('opens the library from its tile, and a case story can lead on to the screener', async () => {
    const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk></wr-kiosk-app>`)
    root(el).querySelector<HTMLButtonElement>('[data-feature="education"]')!.click()
    const library = await waitUntil(() => root(el).querySelector('wr-library'), 'the library did not open', { timeout: 5000 }).then(() => root(el).querySelector('wr-library')!)
    library.dispatchEvent(new CustomEvent('wr-education-open-screener', { bubbles: true, composed: true, detail: { step: 'screener' } }))
    await waitUntil(() => root(el).querySelector('wr-aid-screener'), 'the screener did not open', { timeout: 5000 })
  })

  it('hands only what the resident ticked from screening to booking', async () => {
    const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk></wr-kiosk-app>`)
    root(el).querySelector<HTMLButtonElement>('[data-feature="screening"]')!.click()
    await waitUntil(() => root(el).querySelector('wr-aid-screener'), 'the screener did not open', { timeout: 5000 })
    const screener = root(el).querySelector('wr-aid-screener')!
    screener.dispatchEvent(new CustomEvent('wr-screening-book', { bubbles: true, composed: true, cancelable: true, detail: { outcome: 'eligible-means-waived', problem: 'wages', routes: [] } }))
    await waitUntil(() => root(el).querySelector('wr-booking'), 'booking did not open', { timeout: 5000 })
    const prefill = (root(el).querySelector('wr-booking') as unknown as { prefill: unknown }).prefill
    expect(prefill).to.deep.equal({ notes: '自测：problem: wages' })
    expect(bookingPrefill({ outcome: 'likely-eligible', routes: ['legal-aid-desk'], urgent: true })).to.deep.equal({
      serviceId: 'legal-aid',
      notes: '自测：outcome: likely-eligible; urgent: deadline or preservation',
    })
  })

  it('puts the elder-mode switch within the first three Tab stops and applies it', async () => {
    const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk></wr-kiosk-app>`)
    const focusable = [...root(el).querySelectorAll<HTMLElement>('a[href], button')]
    const elderIndex = focusable.findIndex((b) => b.textContent!.includes('长辈模式'))
    expect(elderIndex).to.be.within(0, 2)
    focusable[elderIndex]!.click()
    await el.updateComplete
    expect(el.elder).to.equal(true)
    expect(focusable[elderIndex]!.getAttribute('aria-pressed')).to.equal('true')
  })

  it('switches language for the whole screen', async () => {
    const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk></wr-kiosk-app>`)
    button(el, 'English').click()
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Hello! What would you like to do?', 'still not English', { timeout: 5000 })
    expect(document.documentElement.lang).to.equal('en')
  })

  it('"clear and exit" wipes the session: home, default language, elder mode off, focus on the heading', async () => {
    const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk></wr-kiosk-app>`)
    el.elder = true
    await setLanguage('en')
    root(el).querySelector<HTMLButtonElement>('.tile')!.click()
    await waitUntil(() => root(el).querySelector('wr-aid-screener'), 'the screener did not open', { timeout: 5000 })
    root(el).querySelector<HTMLButtonElement>('.clear')!.click()
    await new Promise((res) => setTimeout(res, 100))
    await el.updateComplete
    expect(root(el).querySelector('wr-aid-screener')).to.equal(null)
    expect(el.elder).to.equal(false)
    expect(root(el).querySelector('h1')!.textContent).to.equal('您好！请选择您要办的事')
    expect(activeElementDeep()).to.equal(root(el).querySelector('h1'))
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('已全部清除')
  })

  it('names every bad path in a workroom config and keeps going on defaults', async () => {
    const r = parseConfig({ version: '1', workroom: { name: { 'zh-Hans': '' } }, languages: [], idle: { idleSeconds: 5, warningSeconds: 30 } })
    expect(r.ok).to.equal(false)
    const problems = (r as { problems: string[] }).problems.join('\n')
    expect(problems).to.contain('workroom.name.zh-Hans')
    expect(problems).to.contain('idle.idleSeconds')
    expect(problems).to.contain('judicialOffice')
    const el = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk .configProblems=${['idle.idleSeconds: too small']}></wr-kiosk-app>`)
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('idle.idleSeconds')
    expect(root(el).querySelectorAll('.tile').length).to.equal(3)
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
