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
 * Whether a voice for `lang` is listed. Chromium fills the list late, after the first call:
 * read-aloud asks once when it appears, so the list is ready by the time anyone presses.
 */
export const voiceListed = (lang: Language): boolean => speechAvailable() && !!pickVoice(speechSynthesis.getVoices(), VOICE_LANG[lang])

export interface SpeakOptions {
  lang: Language
  /** Slower for elder mode. */
  rate?: number
  onEnd?: () => void
}

let current: SpeechSynthesisUtterance | undefined

/** Speaks `text`, replacing whatever was being read. Returns false where speech is unavailable. */
export function speak(text: string, { lang, rate = 1, onEnd }: SpeakOptions): boolean {
  if (!speechAvailable()) return false
  stopSpeaking()
  const u = new SpeechSynthesisUtterance(text)
  u.lang = VOICE_LANG[lang]
  const voice = pickVoice(window.speechSynthesis.getVoices(), u.lang)
  if (voice) u.voice = voice
  u.rate = rate
  u.onend = u.onerror = () => {
    if (current === u) current = undefined
    onEnd?.()
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
