import { fixture, html, expect } from '../helpers/index.js'
import '@workroom/core/define'
import { pickVoice, resetSession, type WrReadAloud } from '@workroom/core'

class FakeSynth {
  spoken: SpeechSynthesisUtterance[] = []
  cancelled = 0
  speak(u: SpeechSynthesisUtterance): void {
    this.spoken.push(u)
  }
  cancel(): void {
    this.cancelled++
  }
  getVoices(): SpeechSynthesisVoice[] {
    return []
  }
}

describe('wr-read-aloud', () => {
  let original: PropertyDescriptor | undefined
  let synth: FakeSynth
  beforeEach(() => {
    original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis')
    synth = new FakeSynth()
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  })
  afterEach(() => {
    if (original) Object.defineProperty(window, 'speechSynthesis', original)
    else delete (window as { speechSynthesis?: unknown }).speechSynthesis
  })

  it('reads the text in a local Chinese voice and can be stopped', async () => {
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud text="您遇到了什么问题？"></wr-read-aloud>`)
    const button = el.shadowRoot!.querySelector('button')!
    button.click()
    await el.updateComplete
    expect(synth.spoken[0]!.text).to.equal('您遇到了什么问题？')
    expect(synth.spoken[0]!.lang).to.equal('zh-CN')
    expect(button.getAttribute('aria-pressed')).to.equal('true')
    expect(button.textContent).to.contain('停止朗读')
    button.click()
    await el.updateComplete
    expect(synth.cancelled).to.be.greaterThan(0)
    expect(button.getAttribute('aria-pressed')).to.equal('false')
  })

  it('prefers a local Chinese voice, which starts fast and works offline', () => {
    const voices = [
      { lang: 'en-GB', localService: true, name: 'en' },
      { lang: 'zh-CN', localService: false, name: 'cloud' },
      { lang: 'zh-CN', localService: true, name: 'local' },
    ]
    expect(pickVoice(voices, 'zh-CN')?.name).to.equal('local')
    expect(pickVoice(voices.slice(0, 2), 'zh-CN')?.name).to.equal('cloud')
    expect(pickVoice(voices.slice(0, 1), 'zh-CN')).to.equal(undefined)
  })

  it('reads more slowly in elder mode', async () => {
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud elder text="您好"></wr-read-aloud>`)
    el.toggle()
    expect(synth.spoken[0]!.rate).to.be.lessThan(1)
  })

  it('stops speaking when the session is reset', async () => {
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud text="您好"></wr-read-aloud>`)
    el.toggle()
    const before = synth.cancelled
    await resetSession('idle')
    expect(synth.cancelled).to.be.greaterThan(before)
  })

  it('hides itself where the browser cannot speak', async () => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true })
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud text="您好"></wr-read-aloud>`)
    expect(el.hidden).to.equal(true)
    expect(el.shadowRoot!.querySelector('button')).to.equal(null)
  })
})
