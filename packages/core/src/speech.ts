import { onSessionReset } from './session.js'
import type { Language } from './i18n.js'
import { LANGUAGE_INFO } from './languages.js'

/** Read-aloud over the Web Speech API. Absent on some browsers: callers check `speechAvailable()`. */
export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof (window.speechSynthesis as SpeechSynthesis | undefined)?.speak === 'function' &&
    typeof SpeechSynthesisUtterance === 'function'
  )
}


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
export const voiceListed = (lang: Language): boolean => {
  const tag = LANGUAGE_INFO[lang].voice
  return !!tag && speechAvailable() && !!pickVoice(speechSynthesis.getVoices(), tag)
}

export interface SpeakOptions {
  lang: Language
  /** Slower for elder mode. */
  rate?: number
  onEnd?: () => void
}

let current: SpeechSynthesisUtterance | undefined

/** Speaks `text`, replacing whatever was being read. Returns false where speech is unavailable. */
export function speak(text: string, { lang, rate = 1, onEnd }: SpeakOptions): boolean {
  const tag = LANGUAGE_INFO[lang].voice
  if (!tag || !speechAvailable()) return false
  const voice = pickVoice(window.speechSynthesis.getVoices(), tag)
  // The browser's default voice would read Tibetan or Uyghur letters with a Chinese voice: only a voice of the language itself.
  if (!voice && !LANGUAGE_INFO[lang].intl) return false
  stopSpeaking()
  const u = new SpeechSynthesisUtterance(text)
  u.lang = tag
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

/** Pauses the voice mid-sentence; `resumeSpeaking` goes on from there. */
export function pauseSpeaking(): void {
  if (speechAvailable() && current) window.speechSynthesis.pause()
}

export function resumeSpeaking(): void {
  if (speechAvailable() && current) window.speechSynthesis.resume()
}

/**
 * Calls `listener` whenever the browser's voice list may have changed (it fills late), and once
 * more after `settleMs`, by which time an empty list means the device has no voice. Returns a stop
 * function.
 */
export function watchVoices(listener: () => void, settleMs = 1500): () => void {
  if (!speechAvailable()) return () => {}
  const synth = window.speechSynthesis
  synth.addEventListener?.('voiceschanged', listener)
  const timer = setTimeout(listener, settleMs)
  return () => {
    clearTimeout(timer)
    synth.removeEventListener?.('voiceschanged', listener)
  }
}

const SKIP = new Set(['script', 'style', 'template', 'svg', 'wr-read-aloud', 'wr-qr-code', 'noscript', 'dialog'])
const BLOCK = /^(block|flex|grid|list-item|table|table-row|flow-root)/

/**
 * The words on a screen in reading order, across shadow roots and slots, as a voice should say
 * them: what is hidden (display none, aria-hidden, visually hidden) is left out, and each block
 * ends with a pause. For the kiosk's "read the whole screen".
 */
export function readableText(root: Node): string {
  const out: string[] = []
  const push = (text: string, block: boolean): void => {
    const t = text.replace(/\s+/g, ' ').trim()
    if (t) out.push(t)
    if (block && out.length && !/[。！？.!?：:，,；;]$/.test(out[out.length - 1]!)) out[out.length - 1] += '。'
  }
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) return push(node.textContent ?? '', false)
    if (!(node instanceof Element)) {
      for (const c of Array.from(node.childNodes)) walk(c)
      return
    }
    if (SKIP.has(node.localName) || node.getAttribute('aria-hidden') === 'true' || node.classList.contains('visually-hidden') || node.hasAttribute('hidden')) return
    const style = getComputedStyle(node)
    if (style.display === 'none' || style.visibility === 'hidden') return
    const before = out.length
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk)
    else for (const c of Array.from((node.shadowRoot ?? node).childNodes)) walk(c)
    if (out.length > before && (BLOCK.test(style.display) || node.localName === 'button' || node.localName === 'label')) push('', true)
  }
  walk(root)
  return out.join(' ')
}

export function stopSpeaking(): void {
  if (!speechAvailable()) return
  const u = current
  current = undefined
  window.speechSynthesis.cancel()
  u?.onend?.(new Event('end') as SpeechSynthesisEvent)
}


onSessionReset(() => stopSpeaking())
