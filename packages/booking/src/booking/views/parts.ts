// Pieces every step shows: the heading with read-aloud, the alert, the error summary, the hold, a field.
import { html, nothing, type TemplateResult } from 'lit'
import { errorSummary, joinSpeech, type FieldSchema, type KeypadMode, type WrTextField } from '@workroom/core'
import { clockFromIso } from '../../format.js'
import type { BookingDraft } from '../booking-flow.js'
import type { BookingViewHost } from './host.js'

/** A clock time as residents read it: "09:00（北京时间）". */
export const beijing = (h: BookingViewHost, iso: string): string => `${clockFromIso(iso)}${h.l.t('core:text.aside', { text: h.l.t('beijingTime') })}`

/**
 * The step's heading, with a read-aloud button that reads it and the step's main text.
 * @param say What else to read after the heading (the hint, the choices, the result).
 */
export function heading(h: BookingViewHost, key: string, ...say: (string | undefined)[]): TemplateResult {
  const title = h.l.t(key)
  const text = joinSpeech([title, ...say], h.l.lang)
  return html`<div class="head">
    <h2 part="heading" tabindex="-1">${title}</h2>
    <wr-read-aloud class="no-print" part="read-aloud" subject=${title} .text=${text}></wr-read-aloud>
  </div>`
}

export function alert(h: BookingViewHost): TemplateResult | typeof nothing {
  return h.flow.alert ? html`<p class="alert" role="alert">${h.l.t(h.flow.alert)}</p>` : nothing
}

export function summary(h: BookingViewHost): TemplateResult | typeof nothing {
  return errorSummary(h.l.t('errors.summary', { count: h.flow.errors.length }), h.flow.errors, h.root)
}

/** The hold as read aloud: until when (a clock time does not go stale while being read). */
export function holdSpeech(h: BookingViewHost): string {
  if (h.flow.holdExpired) return h.l.t('hold.expired')
  return h.flow.hold ? h.l.t('hold.until', { time: beijing(h, h.flow.hold.expiresAt) }) : ''
}

/** What the resident reads while a place is held: minutes, then seconds in the last minute. */
function holdText(h: BookingViewHost): string {
  const c = h.countdown
  return c.msLeft > 60_000 ? h.l.t('hold.minutesLeft', { count: c.minutesLeft }) : h.l.t('hold.secondsLeft', { count: Math.ceil(c.msLeft / 1000) })
}

export function hold(h: BookingViewHost): TemplateResult | typeof nothing {
  if (h.flow.holdExpired)
    return html`<div class="alert expired" part="hold-expired" role="alert">
      <p>${h.l.t('hold.expired')}</p>
      <wr-button variant="primary" size="large" @click=${() => void h.flow.repick()}>${h.l.t('hold.repick')}</wr-button>
    </div>`
  if (!h.flow.hold) return nothing
  return html`<p class="held ${h.countdown.phase === 'last-minute' ? 'soon' : ''}" part="hold">${holdText(h)}</p>`
}

export interface FieldOptions {
  hint?: string
  type?: 'text' | 'tel'
  required?: boolean
  schema?: FieldSchema
  autocomplete?: string
  maxlength?: number
  /** On a kiosk, taken on the on-screen keypad instead (a mobile, a code, an ID number with X). */
  keypad?: KeypadMode
}

export function field(h: BookingViewHost, name: keyof BookingDraft, label: string, opts: FieldOptions = {}): TemplateResult {
  const error = h.flow.errors.find((e) => e.field === name)?.message ?? ''
  if (h.kiosk && opts.keypad) {
    return html`<wr-keypad id=${`field-${name}`} name=${name} label=${label} hint=${opts.hint ?? ''} mode=${opts.keypad}
      ?required=${!!opts.required} .schema=${opts.schema} .value=${String(h.flow.draft[name] ?? '')} error=${error}
      ?masked=${opts.keypad === 'id'} maxlength=${opts.maxlength ?? 20}
      @wr-field-change=${(e: CustomEvent<{ value: string }>) => h.flow.keep(name, e.detail.value)}></wr-keypad>`
  }
  return html`<wr-text-field id=${`field-${name}`} name=${name} label=${label} hint=${opts.hint ?? ''} type=${opts.type ?? 'text'}
    ?required=${!!opts.required} .schema=${opts.schema} .value=${String(h.flow.draft[name] ?? '')} error=${error}
    autocomplete=${opts.autocomplete ?? 'off'} maxlength=${opts.maxlength ?? 500}
    @input=${(e: Event) => h.flow.keep(name, (e.currentTarget as WrTextField).value)}
    @wr-field-change=${(e: CustomEvent<{ value: string }>) => h.flow.keep(name, e.detail.value)}></wr-text-field>`
}

export const back = (h: BookingViewHost, go: () => void): TemplateResult =>
  html`<div class="actions bar"><wr-button variant="secondary" size="large" @click=${go}>${h.l.t('back')}</wr-button></div>`
