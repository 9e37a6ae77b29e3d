import { fixture, html, expect, waitUntil } from '../helpers/index.js'
import '@workroom/core/define'
import { pickVoice, readableText, resetSession, type WrReadAloud } from '@workroom/core'
import { installFakeVoice } from '../helpers/index.js'

class FakeSynth {
  voices = [{ lang: 'zh-CN', localService: true, name: 'zh', default: true, voiceURI: 'zh' }] as unknown as SpeechSynthesisVoice[]
  spoken: SpeechSynthesisUtterance[] = []
  cancelled = 0
  speak(u: SpeechSynthesisUtterance): void {
    this.spoken.push(u)
  }
  cancel(): void {
    this.cancelled++
  }
  getVoices(): SpeechSynthesisVoice[] {
    return this.voices
  }
  addEventListener(): void {}
  removeEventListener(): void {}
}

describe('wr-read-aloud', () => {
  let original: PropertyDescriptor | undefined
  let synth: FakeSynth
  // A plain utterance, so the stub voices above can be assigned to it (a real one takes only real voices).
  const RealUtterance = window.SpeechSynthesisUtterance
  class PlainUtterance {
    lang = ''
    rate = 1
    voice: unknown = null
    onend: ((e: Event) => void) | null = null
    onerror: ((e: Event) => void) | null = null
    constructor(readonly text: string) {}
  }
  beforeEach(() => {
    ;(window as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = PlainUtterance
    original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis')
    synth = new FakeSynth()
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  })
  afterEach(() => {
    window.SpeechSynthesisUtterance = RealUtterance
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

  it('says plainly that there is no voice and points to the staff, where the browser cannot speak', async () => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true })
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud text="您好"></wr-read-aloud>`)
    let told: unknown
    el.addEventListener('wr-read-aloud-failed', (e) => (told = (e as CustomEvent).detail))
    el.shadowRoot!.querySelector('button')!.click()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=no-voice] p'))
    const message = el.shadowRoot!.querySelector('[role=status]')!.textContent!
    expect(message).to.contain('这台设备没有朗读的声音')
    expect(message).to.contain('工作人员')
    expect(told).to.deep.equal({ audio: false })
    await expect(el).to.be.accessible()
  })

  it('offers the recorded narration where the device has speech but no voice for the language', async () => {
    synth.voices = []
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud text="您好" audio="data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA="></wr-read-aloud>`)
    el.toggle()
    await waitUntil(() => el.shadowRoot!.querySelector('audio'), 'the recording is offered', { timeout: 2000 })
    expect(synth.spoken).to.have.length(0)
    expect(el.shadowRoot!.querySelector('[part=no-voice]')!.textContent).to.contain('没有朗读的声音')
    expect(el.shadowRoot!.querySelector('audio')!.controls).to.equal(true)
  })

})

// The test machines have no voices at all: this is what a resident on such a kiosk gets.
describe('wr-read-aloud on this machine (real speech synthesis, no voices installed)', () => {
  it('never reads silently: pressing it says there is no voice', async () => {
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud text="您好"></wr-read-aloud>`)
    if (window.speechSynthesis?.getVoices().length) return // a machine with voices: nothing to prove here
    el.toggle()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=no-voice] p'), 'the no-voice message', { timeout: 2000 })
    expect(el.shadowRoot!.querySelector('[part=no-voice]')!.textContent).to.contain('没有朗读的声音')
  })
})

describe('wr-read-aloud, pausable, reading what a screen shows', () => {
  let voice: ReturnType<typeof installFakeVoice>
  beforeEach(() => (voice = installFakeVoice()))
  afterEach(() => voice.restore())

  it('reads the text its source gives at the moment of pressing, pauses, goes on and stops', async () => {
    let words = '第一句'
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud pausable .source=${() => words}></wr-read-aloud>`)
    words = '按下时屏幕上的字'
    const main = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=base]')!
    main.click()
    await el.updateComplete
    expect(voice.synth.spoken[0]!.text).to.equal('按下时屏幕上的字')
    expect(main.textContent).to.contain('暂停')
    main.click()
    await el.updateComplete
    expect(voice.synth.paused).to.equal(true)
    expect(main.textContent).to.contain('接着读')
    main.click()
    await el.updateComplete
    expect(voice.synth.paused).to.equal(false)
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=stop]')!.click()
    await el.updateComplete
    expect(main.textContent).to.contain('朗读')
    expect(el.shadowRoot!.querySelector('button[part=stop]')).to.equal(null)
  })

  it('says on the button itself, before anyone presses, that the device has no voice', async () => {
    voice.synth.voices = []
    const el = await fixture<WrReadAloud>(html`<wr-read-aloud text="您好"></wr-read-aloud>`)
    await waitUntil(() => el.shadowRoot!.querySelector('button')!.textContent!.includes('本机不能朗读'), 'the button never said so', { timeout: 3000 })
    el.shadowRoot!.querySelector('button')!.click()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=no-voice] p'))
    expect(el.shadowRoot!.querySelector('[part=no-voice]')!.textContent).to.contain('工作人员')
    expect(voice.synth.spoken).to.have.length(0)
  })
})

describe('readableText', () => {
  it('gives the words of a screen in order, across shadow roots and slots, without what is hidden', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <h1>您遇到了什么事？</h1>
      <p class="visually-hidden">找到 13 类问题</p>
      <p hidden>不显示</p>
      <span aria-hidden="true">图</span>
      <wr-button>下一步</wr-button>
      <wr-choice-list legend="问题" .options=${[{ value: 'a', label: '欠薪' }, { value: 'b', label: '离婚' }]}></wr-choice-list>
    </div>`)
    await new Promise((r) => setTimeout(r, 50))
    const text = readableText(host)
    expect(text).to.match(/^您遇到了什么事？.*下一步.*问题.*欠薪.*离婚/)
    expect(text).to.not.contain('找到 13 类问题')
    expect(text).to.not.contain('不显示')
    expect(text).to.not.contain('图')
  })
})
