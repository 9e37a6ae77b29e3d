import { fixture, html, expect, waitUntil, installFakeVoice, tap } from '../helpers/index.js'
import { MemoryProvider, demoConfig, instantOf, type WrBooking } from '@workroom/booking'
import { setLanguage, type WrLanguageSwitch, type WrReadAloud } from '@workroom/core'
import '@workroom/core/define'
import '@workroom/core/define/language-switch'
import '@workroom/booking/define'
import { day, root, settle, tapButton, tapChoice } from '../booking/driver.js'

// Tibetan and Uyghur as a resident meets them: the switch in each language's own script, no
// Chinese voice reading Tibetan, Uyghur laid out right to left with every time range still
// reading start → end.
const NOW = instantOf('2026-03-02', 8 * 60)

/** Where on the screen a piece of text starts (its first character's box). */
function leftOf(node: Node, text: string): number {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = t.textContent!.indexOf(text)
    if (at < 0) continue
    const range = document.createRange()
    range.setStart(t, at)
    range.setEnd(t, at + text.length)
    return range.getBoundingClientRect().left
  }
  throw new Error(`no text ${text}`)
}

describe('languages', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('dir')
    await setLanguage('zh-Hans')
  })

  it('names each offered language in its own script, and only those the workroom offers', async () => {
    const el = await fixture<WrLanguageSwitch>(html`<wr-language-switch languages="zh-Hans ug"></wr-language-switch>`)
    const buttons = [...el.shadowRoot!.querySelectorAll('button')]
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['中文', 'ئۇيغۇرچە'])
    expect(buttons.map((b) => [b.lang, b.dir])).to.deep.equal([
      ['zh-Hans', 'ltr'],
      ['ug', 'rtl'],
    ])
    expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true')
    await tap(buttons[1]!)
    await waitUntil(() => buttons[1]!.getAttribute('aria-pressed') === 'true', 'Uyghur not chosen')
    await expect(el).to.be.accessible()
  })

  it('never reads Tibetan with the Chinese voice: says at the button that it cannot read here', async () => {
    const voice = installFakeVoice()
    try {
      const el = await fixture<WrReadAloud>(html`<wr-read-aloud lang="bo" text="ཁྱེད་རང་ལ་དཀའ་ངལ་ཅི་ཞིག་འདུག"></wr-read-aloud>`)
      const button = el.shadowRoot!.querySelector('button')!
      expect(button.classList.contains('none')).to.equal(true)
      button.click()
      await el.updateComplete
      expect(voice.synth.spoken).to.deep.equal([])
      expect(el.shadowRoot!.querySelector('[part="no-voice"]')!.textContent!.trim()).to.not.equal('')
    } finally {
      voice.restore()
    }
  })

  it('sets Tibetan larger, with taller lines, and never breaks inside a syllable', async () => {
    const zh = await fixture<WrReadAloud>(html`<wr-read-aloud lang="zh-Hans" text="您好"></wr-read-aloud>`)
    const bo = await fixture<WrReadAloud>(html`<wr-read-aloud lang="bo" text="བཀྲ་ཤིས་བདེ་ལེགས"></wr-read-aloud>`)
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
    expect(size(bo)).to.be.greaterThan(size(zh) * 1.1)
    const line = getComputedStyle(bo.shadowRoot!.querySelector('button')!)
    expect(parseFloat(line.lineHeight) / parseFloat(line.fontSize)).to.be.at.least(1.8)
    expect(line.wordBreak).to.not.equal('break-all')
  })

  it('lays Uyghur out right to left, and each time range still reads start → end', async () => {
    const el = await fixture<WrBooking>(html`<wr-booking lang="ug" .provider=${new MemoryProvider({ config: demoConfig, now: () => NOW })} .config=${demoConfig} .now=${NOW}></wr-booking>`)
    await settle(el)
    expect(root(el).firstElementChild!.getAttribute('dir')).to.equal('rtl')
    await tapChoice(el, 'service', 'legal-aid')
    await tapButton(el, root(el).querySelector('.actions wr-button, wr-button.next, wr-button[variant="primary"]')!.textContent!.trim())
    await tapChoice(el, 'group', 'elderly')
    await tapButton(el, root(el).querySelector('.actions wr-button, wr-button.next, wr-button[variant="primary"]')!.textContent!.trim())
    await tap(day(el, '2026-03-04'))
    await settle(el)
    const ranges = [...root(el).querySelectorAll('bdi[dir="ltr"]')].filter((b) => /\d\d:\d\d–\d\d:\d\d/.test(b.textContent!))
    expect(ranges.length).to.be.greaterThan(0)
    for (const r of ranges) {
      const [start, end] = r.textContent!.trim().split('–') as [string, string]
      expect(leftOf(r, start), `${r.textContent} reads start → end`).to.be.lessThan(leftOf(r, end))
    }
    // The step's own words run right to left: the button's text starts at its right edge.
    expect(getComputedStyle(root(el).firstElementChild!).direction).to.equal('rtl')
  })

  it('marks the Chinese a county wrote only in Chinese on a Tibetan screen, and the rest in Tibetan', async () => {
    const config = {
      ...demoConfig,
      services: demoConfig.services.map((s, i) => (i === 0 ? { ...s, name: { ...s.name, bo: 'ཁྲིམས་རྒྱབ་རོགས།' } } : s)),
    }
    const el = await fixture<WrBooking>(html`<wr-booking lang="bo" .provider=${new MemoryProvider({ config, now: () => NOW })} .config=${config} .now=${NOW}></wr-booking>`)
    await settle(el)
    const list = root(el).querySelector('wr-choice-list[name="service"]')!
    const labels = [...list.shadowRoot!.querySelectorAll('.label')]
    expect(labels.length).to.equal(config.services.length)
    // The one the county wrote in Tibetan speaks the list's language; the others are marked Chinese.
    expect(labels[0]!.textContent!.trim()).to.equal('ཁྲིམས་རྒྱབ་རོགས།')
    expect(labels[0]!.hasAttribute('lang')).to.equal(false)
    for (const label of labels.slice(1)) {
      expect(/\p{Script=Han}/u.test(label.textContent!), label.textContent!).to.equal(true)
      expect(label.getAttribute('lang'), label.textContent!).to.equal('zh-Hans')
    }
    expect(root(el).firstElementChild!.getAttribute('lang')).to.equal('bo')
    await expect(el).to.be.accessible()
  })
})
