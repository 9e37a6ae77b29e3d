// Pieces every step shows: the heading with read-aloud, the alert, the error summary, a field.
import { html, nothing, type TemplateResult } from 'lit'
import { errorSummary, joinSpeech, type KeypadMode } from '@workroom/core'
import type { ApplicationDraft } from '../application-flow.js'
import type { ApplicationViewHost } from './host.js'

export function heading(h: ApplicationViewHost, key: string, ...say: (string | undefined)[]): TemplateResult {
  const title = h.l.t(key)
  return html`<div class="head">
    <h2 part="heading" tabindex="-1">${title}</h2>
    <wr-read-aloud class="no-print" subject=${title} .text=${joinSpeech([title, ...say], h.l.lang)}></wr-read-aloud>
  </div>`
}

export function alert(h: ApplicationViewHost): TemplateResult | typeof nothing {
  return h.flow.alert ? html`<p class="alert" role="alert">${h.l.t(h.flow.alert)}</p>` : nothing
}

export function summary(h: ApplicationViewHost): TemplateResult | typeof nothing {
  const errors = h.flow.errors.map((e) => ({ field: e.field, message: h.l.t(e.message) }))
  return errorSummary(h.l.t('application.check.summary', { count: errors.length }), errors, h.root)
}

export const errorOf = (h: ApplicationViewHost, field: string): string => {
  const e = h.flow.errors.find((x) => x.field === field)
  return e ? h.l.t(e.message) : ''
}

export interface FieldOptions {
  hint?: string
  type?: 'text' | 'tel'
  maxlength?: number
  /** On a kiosk, taken on the on-screen keypad (a mobile, an ID number with X). */
  keypad?: KeypadMode
  required?: boolean
}

type TextKey = 'name' | 'helperName' | 'mobile' | 'address' | 'account' | 'idNumber'

/** A text field (or, on a kiosk, a keypad) bound to the draft. Never autofilled: a kiosk is shared. */
export function field(h: ApplicationViewHost, name: TextKey, label: string, opts: FieldOptions = {}): TemplateResult {
  const error = errorOf(h, name)
  const value = String(h.flow.draft[name as keyof ApplicationDraft] ?? '')
  const keep = (v: string) => h.flow.keep(name, v)
  if (h.kiosk && opts.keypad) {
    return html`<wr-keypad id=${`field-${name}`} name=${name} label=${label} hint=${opts.hint ?? ''} mode=${opts.keypad}
      ?required=${!!opts.required} .value=${value} error=${error} ?masked=${opts.keypad === 'id'} maxlength=${opts.maxlength ?? 20}
      @wr-field-change=${(e: CustomEvent<{ value: string }>) => keep(e.detail.value)}></wr-keypad>`
  }
  return html`<wr-text-field id=${`field-${name}`} name=${name} label=${label} hint=${opts.hint ?? ''} type=${opts.type ?? 'text'}
    ?required=${!!opts.required} .value=${value} error=${error} autocomplete="off" maxlength=${opts.maxlength ?? 300}
    @input=${(e: Event) => keep((e.currentTarget as HTMLElement & { value: string }).value)}
    @wr-field-change=${(e: CustomEvent<{ value: string }>) => keep(e.detail.value)}></wr-text-field>`
}

/** Continue and Back, in the same place on every step. */
export function nav(h: ApplicationViewHost, continueKey = 'application.continue', extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="actions bar no-print">
    <wr-button class="primary" variant="primary" size="large" @click=${() => h.next()}>${h.l.t(continueKey)}</wr-button>
    ${extra}
    <wr-button variant="secondary" size="large" @click=${() => h.back()}>${h.l.t('application.back')}</wr-button>
  </div>`
}

export const list = (h: ApplicationViewHost, items: string[]): string => h.l.list(items)
