import { css, html, nothing } from 'lit'
import { property, query } from 'lit/decorators.js'
import { live } from 'lit/directives/live.js'
import { WrElement, isKiosk } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { fontSize, token } from '../tokens.js'
import { normalizeDigits, normalizeNumber } from '../numbers.js'

/**
 * Anything with zod's `safeParse` (zod or zod/mini). An issue's `message` may be an i18n key
 * (`booking:errors.mobile`); the field translates it when the key exists.
 */
export interface FieldSchema<T = unknown> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } }
}

export interface FieldChangeDetail {
  name: string
  value: string
  valid: boolean
}

/**
 * A labelled text or number input with its hint and error message tied to it.
 * @summary GOV.UK-style field: label, hint, error text (not colour alone), numeric keypad for numbers.
 * @event wr-field-change - The value was committed (change); detail: FieldChangeDetail.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class WrTextField extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; }
      .field { display: grid; gap: ${token('space-2')}; }
      label { font-weight: 700; font-size: ${fontSize(1)}; }
      .hint { color: ${token('color-text-muted')}; margin: 0; }
      .error { color: ${token('color-danger')}; font-weight: 700; margin: 0; }
      .wrap { display: flex; align-items: center; gap: ${token('space-2')}; }
      input {
        width: 100%; max-width: var(--wr-text-field-max-width, 100%);
        min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-3')};
        font: inherit; font-size: ${fontSize(2)}; color: ${token('color-text')};
        background: ${token('color-background')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-1')};
      }
      :host([invalid]) input { border-color: ${token('color-danger')}; border-width: 4px; }
      .suffix { font-weight: 600; }
      :host([invalid]) .field { border-inline-start: 4px solid ${token('color-danger')}; padding-inline-start: ${token('space-3')}; }
    `,
  ]

  @property() name = 'field'
  @property() label = ''
  @property() hint = ''
  @property() value = ''
  /** text | number | tel | email. `number` shows a numeric keypad but stays a text input (GOV.UK). */
  @property() type: 'text' | 'number' | 'tel' | 'email' = 'text'
  /** A unit after the input, e.g. 元 or 人. */
  @property() suffix = ''
  /**
   * The browser's autofill hint (name, tel…), for embeds on a resident's own device. Always `off`
   * on a kiosk: a shared machine must never offer one resident's name to the next.
   */
  @property() autocomplete = 'off'
  @property({ type: Boolean }) required = false
  /** A PIN or code: each character shows as a dot, and the browser never offers to fill or keep it. */
  @property({ type: Boolean }) secret = false
  /**
   * Digits only, with the numeric keypad: full-width digits from a Chinese input method become plain
   * ones and anything else is dropped as it is typed (a PIN, a booking code).
   */
  @property({ type: Boolean }) digits = false
  @property({ type: Number }) maxlength?: number
  @property({ attribute: false }) schema?: FieldSchema
  /** The message shown; set by validate() or by the host. */
  @property() error = ''
  @property({ type: Boolean, reflect: true }) invalid = false

  @query('input') private input!: HTMLInputElement
  private readonly l = new LocalizeController(this, 'core')

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('error')) this.invalid = this.error !== ''
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options)
  }

  /** Runs the schema (and `required`); shows and returns the first problem, or '' when valid. */
  validate(): string {
    const raw = this.value.trim()
    let message = ''
    if (this.required && raw === '') message = this.l.t('field.required', { label: this.label })
    else if (this.schema && !(raw === '' && !this.required)) {
      const r = this.schema.safeParse(this.type === 'number' ? normalizeNumber(raw) : raw)
      if (!r.success) {
        const m = r.error.issues[0]?.message ?? ''
        message = m && this.l.has(m) ? this.l.t(m, { label: this.label }) : m || this.l.t('field.invalid', { label: this.label })
      }
    }
    this.error = message
    return message
  }

  override render() {
    const numeric = this.type === 'number'
    return html`<div class="field">
      <label part="label" for="input">${this.label}</label>
      ${this.hint ? html`<p class="hint" id="hint" part="hint">${this.hint}</p>` : nothing}
      ${this.error
        ? html`<p class="error" id="error" part="error"><span class="visually-hidden">${this.l.t('field.errorPrefix')}</span>${this.error}</p>`
        : nothing}
      <div class="wrap">
        <input
          id="input"
          part="input"
          name=${this.name}
          type=${this.secret ? 'password' : numeric ? 'text' : this.type}
          inputmode=${this.digits ? 'numeric' : numeric ? 'decimal' : this.type === 'tel' ? 'tel' : nothing}
          pattern=${this.digits ? '[0-9]*' : nothing}
          dir=${numeric || this.digits || this.type === 'tel' ? 'ltr' : nothing}
          autocomplete=${isKiosk(this) || this.secret ? 'off' : this.autocomplete}
          spellcheck="false"
          maxlength=${this.maxlength ?? nothing}
          ?required=${this.required}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${this.invalid ? 'true' : nothing}
          aria-describedby=${[this.hint && 'hint', this.error && 'error', this.suffix && 'suffix'].filter(Boolean).join(' ') || nothing}
          .value=${live(this.value)}
          @input=${this.onInput}
          @change=${this.onChange}
        />
        ${this.suffix ? html`<span class="suffix" id="suffix">${this.suffix}</span>` : nothing}
      </div>
    </div>`
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement
    if (this.digits) {
      const plain = normalizeDigits(input.value).replace(/\D/g, '')
      if (plain !== input.value) input.value = plain
    }
    this.value = input.value
  }

  /** A session reset (idle, clear and exit) empties the field, whatever its host does. */
  protected override resetState(): void {
    this.value = ''
    this.error = ''
  }

  private onChange(): void {
    // Once an error is shown, re-check on each commit so it clears as soon as it is fixed.
    const valid = this.error ? this.validate() === '' : true
    this.emit<FieldChangeDetail>('wr-field-change', { name: this.name, value: this.value, valid })
  }
}

export { normalizeNumber }
