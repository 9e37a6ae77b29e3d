// A fake voice for browser tests: the test machines have speech synthesis but no voices, which is
// also what many county machines have. `installFakeVoice()` gives the page a local zh-CN voice and
// records what is said; `restore()` puts the machine's own back.

export class FakeSynth {
  voices = [{ lang: 'zh-CN', localService: true, name: 'zh', default: true, voiceURI: 'zh' }] as unknown as SpeechSynthesisVoice[]
  spoken: { text: string; lang: string; rate: number; onend: ((e: Event) => void) | null }[] = []
  cancelled = 0
  paused = false
  speak(u: { text: string; lang: string; rate: number; onend: ((e: Event) => void) | null }): void {
    this.spoken.push(u)
  }
  cancel(): void {
    this.cancelled++
  }
  pause(): void {
    this.paused = true
  }
  resume(): void {
    this.paused = false
  }
  getVoices(): SpeechSynthesisVoice[] {
    return this.voices
  }
  addEventListener(): void {}
  removeEventListener(): void {}
  /** The voice reached the end of what it was reading. */
  finish(): void {
    const u = this.spoken[this.spoken.length - 1]
    u?.onend?.(new Event('end'))
  }
}

class PlainUtterance {
  lang = ''
  rate = 1
  voice: unknown = null
  onend: ((e: Event) => void) | null = null
  onerror: ((e: Event) => void) | null = null
  constructor(readonly text: string) {}
}

export function installFakeVoice(): { synth: FakeSynth; restore(): void } {
  const RealUtterance = window.SpeechSynthesisUtterance
  const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis')
  const synth = new FakeSynth()
  // A plain utterance, so the stub voice can be assigned to it (a real one takes only real voices).
  ;(window as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = PlainUtterance
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  return {
    synth,
    restore() {
      window.SpeechSynthesisUtterance = RealUtterance
      if (original) Object.defineProperty(window, 'speechSynthesis', original)
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis
    },
  }
}
