import { onSessionReset } from './session.js'
import type { Language } from './i18n.js'

/** Read-aloud over the Web Speech API. Absent on some browsers: callers check `speechAvailable()`. */
export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof (window.speechSynthesis as SpeechSynthesis | undefined)?.speak === 'function' &&
    typeof SpeechSynthesisUtterance === 'function'
  )
}

const VOICE_LANG: Record<Language, string> = { 'zh-Hans': 'zh-CN', en: 'en-GB' }

/** Prefers a local voice for the exact language, then any local voice of it, then any voice of it. */
export function pickVoice<V extends Pick<SpeechSynthesisVoice, 'lang' | 'localService'>>(voices: readonly V[], lang: string): V | undefined {
  const prefix = lang.slice(0, 2)
  // A local voice starts fast and works offline in a village.
  return (
    voices.find((v) => v.lang === lang && v.localService) ??
    voices.find((v) => v.lang.startsWith(prefix) && v.localService) ??
    voices.find((v) => v.lang.startsWith(prefix))
  )
}

/**
 * Whether the device has a voice for `lang`. Browsers load their voice list late (Chromium fills
 * it after a `voiceschanged` event), so this waits briefly for it before answering no.
 */
export function hasVoice(lang: Language, waitMs = 400): Promise<boolean> {
  if (!speechAvailable()) return Promise.resolve(false)
  const synth = window.speechSynthesis
  const found = () => pickVoice(synth.getVoices(), VOICE_LANG[lang]) !== undefined
  if (found()) return Promise.resolve(true)
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      synth.removeEventListener?.('voiceschanged', done)
      resolve(found())
    }
    const timer = setTimeout(done, waitMs)
    synth.addEventListener?.('voiceschanged', done)
  })
}

/** Synchronous: a voice for `lang` is already listed. */
export function voiceListed(lang: Language): boolean {
  return speechAvailable() && pickVoice(window.speechSynthesis.getVoices(), VOICE_LANG[lang]) !== undefined
}

export interface SpeakOptions {
  lang: Language
  /** Slower for elder mode. */
  rate?: number
  onEnd?: () => void
  /** The voice failed (no voice installed, synthesis error): the caller says so. */
  onError?: () => void
}

let current: SpeechSynthesisUtterance | undefined

/** Speaks `text`, replacing whatever was being read. Returns false where speech is unavailable. */
export function speak(text: string, { lang, rate = 1, onEnd, onError }: SpeakOptions): boolean {
  if (!speechAvailable()) return false
  stopSpeaking()
  const u = new SpeechSynthesisUtterance(text)
  u.lang = VOICE_LANG[lang]
  const voice = pickVoice(window.speechSynthesis.getVoices(), u.lang)
  try {
    if (voice) u.voice = voice
  } catch {
    // Not a real SpeechSynthesisVoice (a stub, another frame's): the language still picks one.
  }
  u.rate = rate
  u.onend = () => {
    if (current === u) current = undefined
    onEnd?.()
  }
  u.onerror = (e) => {
    const wasCurrent = current === u
    if (wasCurrent) current = undefined
    onEnd?.()
    // "interrupted"/"canceled" is us stopping it; anything else means the device could not speak.
    const err = (e as SpeechSynthesisErrorEvent | undefined)?.error
    if (wasCurrent && err !== 'interrupted' && err !== 'canceled') onError?.()
  }
  current = u
  window.speechSynthesis.speak(u)
  return true
}

export function stopSpeaking(): void {
  if (!speechAvailable()) return
  const u = current
  current = undefined
  window.speechSynthesis.cancel()
  u?.onend?.(new Event('end') as SpeechSynthesisEvent)
}


onSessionReset(() => stopSpeaking())
