import { css, html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { WrElement } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { fontSize, token } from '../tokens.js'
import type { FieldChangeDetail, FieldSchema } from '../text-field/text-field.js'

/**
 * What the keypad takes: digits (a mobile number, a PIN), an ID number (digits and a final X,
 * GB 11643), or an amount or age (digits and one decimal point).
 */
export type KeypadMode = 'digits' | 'id' | 'decimal'

/** How a number is shown while typed, so it can be checked at a glance: 138 0013 8000; 110101 19900307 123X. */
export function groupDigits(value: string, mode: KeypadMode): string {
  if (mode === 'decimal') return value
  const groups = mode === 'id' ? [6, 8, 4] : value.length <= 11 ? [3, 4, 4] : [4, 4, 4, 4, 4]
  const out: string[] = []
  let i = 0
  for (const n of groups) {
    if (i >= value.length) break
    out.push(value.slice(i, i + n))
    i += n
  }
  if (i < value.length) out.push(value.slice(i))
  return out.join(' ')
}

/** An ID number on screen: the birth date and sequence hidden (the first 6 and the last digit stay, to check). */
export function maskId(value: string): string {
  return [...value].map((c, i) => (i >= 6 && i < 17 ? '•' : c)).join('')
}

/**
 * An on-screen numeric keypad with its own display: a resident taps a mobile number, an ID number
 * (with an X key) or an amount without any keyboard, on a kiosk where the system keyboard would
 * cover half the screen (and remember what was typed). Works like `wr-text-field` for a form:
 * `name`, `value`, `validate()`, `error`, `wr-field-change`. Physical keys work too: digits,
 * Backspace, X and the decimal point while the keypad has focus.
 * @summary Big keys 0–9, delete and clear; the number shown grouped, an ID number masked.
 * @event wr-field-change - The value changed (each key); detail: FieldChangeDetail.
 * @csspart label - The label.
 * @csspart display - The number entered so far.
 * @csspart key - Each key.
 * @csspart error - The error message.
 */
export class WrKeypad extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; max-width: var(--wr-keypad-max-width, 420px); }
      .field { display: grid; gap: ${token('space-2')}; }
      .label { font-weight: 700; font-size: ${fontSize(1)}; }
      .hint { color: ${token('color-text-muted')}; margin: 0; }
      .error { color: ${token('color-danger')}; font-weight: 700; margin: 0; }
      .display {
        display: flex; align-items: center; min-height: ${token('target-primary')}; padding: ${token('space-2')} ${token('space-4')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-1')};
        background: ${token('color-background')}; font-size: ${fontSize(4)}; font-weight: 700; letter-spacing: 0.04em;
        font-variant-numeric: tabular-nums; overflow-wrap: anywhere;
        /* An 18-digit ID number in groups is wider than a narrow keypad: it wraps between groups, never hides a digit. */
      }
      .display .empty { color: ${token('color-text-muted')}; font-size: ${fontSize(1)}; font-weight: 400; letter-spacing: normal; }
      .count { font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; margin: 0; }
      :host([invalid]) .display { border-color: ${token('color-danger')}; border-width: 4px; }
      .keys { display: grid; grid-template-columns: repeat(3, 1fr); gap: ${token('target-gap')}; margin-top: ${token('space-2')}; }
      button {
        min-height: calc(1.25 * ${token('target-primary')}); min-width: ${token('target-primary')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')};
        background: ${token('color-background')}; color: ${token('color-text')};
        font: inherit; font-size: ${fontSize(4)}; font-weight: 700; cursor: pointer; touch-action: manipulation;
      }
      button.fn { font-size: ${fontSize(1)}; color: ${token('color-primary')}; border-color: ${token('color-primary')}; }
      button:active { background: ${token('color-selected-surface')}; }
      button[aria-disabled='true'] { visibility: hidden; }
      @media (hover: hover) { button:hover { background: ${token('color-surface')}; } }
      :host([invalid]) .field { border-inline-start: 4px solid ${token('color-danger')}; padding-inline-start: ${token('space-3')}; }
    `,
  ]

  @property() name = 'number'
  @property() label = ''
  @property() hint = ''
  @property() value = ''
  @property({ reflect: true }) mode: KeypadMode = 'digits'
  /** The most characters taken (11 for a mobile, 18 for an ID number). */
  @property({ type: Number }) maxlength = 20
  /** Hide the middle of an ID number on screen. */
  @property({ type: Boolean }) masked = false
  @property({ type: Boolean }) required = false
  @property({ attribute: false }) schema?: FieldSchema
  @property() error = ''
  @property({ type: Boolean, reflect: true }) invalid = false

  private readonly l = new LocalizeController(this, 'core')

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('error')) this.invalid = this.error !== ''
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener('keydown', this.onKey)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.removeEventListener('keydown', this.onKey)
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.display')?.focus(options)
  }

  /** Runs `required` and the schema; shows and returns the first problem, or '' when valid. */
  validate(): string {
    let message = ''
    if (this.required && this.value === '') message = this.l.t('field.required', { label: this.label })
    else if (this.schema && this.value !== '') {
      const r = this.schema.safeParse(this.value)
      if (!r.success) {
        const m = r.error.issues[0]?.message ?? ''
        message = m && this.l.has(m) ? this.l.t(m, { label: this.label }) : m || this.l.t('field.invalid', { label: this.label })
      }
    }
    this.error = message
    return message
  }

  /** Adds a character if the mode takes it here (X only last in an ID number, one decimal point). */
  press(key: string): void {
    const v = this.value
    if (key === 'back') return this.set(v.slice(0, -1))
    if (key === 'clear') return this.set('')
    if (v.length >= this.maxlength) return
    if (/^[0-9]$/.test(key)) {
      if (this.mode === 'id' && v.endsWith('X')) return
      return this.set(v + key)
    }
    if (key === 'X' && this.mode === 'id' && v.length === this.maxlength - 1) return this.set(v + 'X')
    if (key === '.' && this.mode === 'decimal' && !v.includes('.')) return this.set((v || '0') + '.')
  }

  private set(value: string): void {
    if (value === this.value) return
    this.value = value
    const valid = this.error ? this.validate() === '' : true
    this.emit<FieldChangeDetail>('wr-field-change', { name: this.name, value, valid })
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const k = e.key === 'Backspace' ? 'back' : e.key === 'Escape' ? '' : e.key === 'x' ? 'X' : e.key
    // Keys inside the keypad (Enter, Space on a focused button) keep their own meaning.
    if (!/^[0-9X.]$/.test(k) && k !== 'back') return
    e.preventDefault()
    this.press(k)
  }

  private shown(): string {
    const v = this.masked && this.mode === 'id' ? maskId(this.value) : this.value
    return groupDigits(v, this.mode)
  }

  override render() {
    const special = this.mode === 'id' ? 'X' : this.mode === 'decimal' ? '.' : ''
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9']
    const spoken = this.value ? [...(this.masked ? maskId(this.value) : this.value)].join(' ') : this.l.t('keypad.empty')
    return html`<div class="field" role="group" aria-labelledby="label">
      <span class="label" id="label" part="label">${this.label}</span>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      ${this.error ? html`<p class="error" id="error" part="error"><span class="visually-hidden">${this.l.t('field.errorPrefix')}</span>${this.error}</p>` : nothing}
      <div
        class="display"
        part="display"
        tabindex="0"
        role="textbox"
        aria-readonly="true"
        aria-describedby=${[this.hint && 'hint', this.error && 'error', 'count'].filter(Boolean).join(' ')}
        aria-invalid=${this.invalid ? 'true' : nothing}
        aria-label=${`${this.label}：${spoken}`}
      ><bdi dir="ltr">${this.value ? this.shown() : html`<span class="empty">${this.l.t('keypad.empty')}</span>`}</bdi></div>
      <p class="count" id="count" aria-live="polite">${this.l.t('keypad.count', { count: this.value.length, max: this.maxlength })}</p>
      <div class="keys" dir="ltr">
        ${keys.map((k) => html`<button type="button" part="key" data-key=${k} @click=${() => this.press(k)}>${k}</button>`)}
        ${special
          ? html`<button type="button" part="key" data-key=${special} aria-label=${this.l.t(special === 'X' ? 'keypad.x' : 'keypad.point')} @click=${() => this.press(special)}>${special}</button>`
          : html`<button type="button" part="key" class="fn" data-key="clear" @click=${() => this.press('clear')}>${this.l.t('keypad.clear')}</button>`}
        <button type="button" part="key" data-key="0" @click=${() => this.press('0')}>0</button>
        <button type="button" part="key" class="fn" data-key="back" aria-label=${this.l.t('keypad.back')} @click=${() => this.press('back')}>⌫ ${this.l.t('keypad.backShort')}</button>
      </div>
    </div>`
  }

  protected override resetState(): void {
    this.value = ''
    this.error = ''
  }
}
