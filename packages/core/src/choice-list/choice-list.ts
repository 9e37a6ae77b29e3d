import { css, html, nothing, type TemplateResult } from 'lit'
import { property, query } from 'lit/decorators.js'
import { repeat } from 'lit/directives/repeat.js'
import { WrElement } from '../element.js'
import { resolveLanguage } from '../i18n.js'
import { chineseIn } from '../localized-html.js'
import { fontSize, token } from '../tokens.js'

export interface ChoiceOption {
  value: string
  label: string
  /** A short explanation under the label. */
  hint?: string
  /** A decorative picture (an inline SVG template); hidden from screen readers. */
  icon?: TemplateResult
  /** In a multiple list, choosing this clears the others (“none of these”). */
  exclusive?: boolean
}

export interface ChoiceChangeDetail {
  name: string
  value: string | string[]
}

/**
 * Answer cards: radios (one answer) or checkboxes (several), each a big touch target.
 * @summary Native inputs inside a fieldset, so arrow keys, Space and screen readers just work.
 * @event wr-choice-change - The selection changed; detail: ChoiceChangeDetail.
 * @csspart fieldset - The group.
 * @csspart legend - The question.
 * @csspart option - Each answer card (a label).
 * @csspart error - The error message.
 * @attr pictures - Show the options' icons as large pictures.
 * @attr chips - Short options side by side as chips.
 * @cssprop --wr-choice-chip-min - The narrowest a chip is (default 96px).
 * @cssprop --wr-choice-columns - Cards per row on wide screens (default 1).
 */
export class WrChoiceList extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; }
      fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
      legend { padding: 0; margin-bottom: ${token('space-4')}; font-size: ${fontSize(2)}; font-weight: 700; }
      :host([legend-hidden]) legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      .hint { margin: 0 0 ${token('space-4')}; color: ${token('color-text-muted')}; }
      .options { display: grid; gap: ${token('target-gap')}; grid-template-columns: repeat(var(--wr-choice-columns, 1), minmax(0, 1fr)); }
      @media (max-width: 640px) { .options { grid-template-columns: 1fr; } }
      label {
        position: relative; display: flex; align-items: center; gap: ${token('space-3')};
        min-height: ${token('target-primary')}; padding: ${token('space-3')} ${token('space-4')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')};
        background: ${token('color-background')}; cursor: pointer; touch-action: manipulation;
      }
      @media (hover: hover) { label:hover { background: ${token('color-surface')}; } }
      label.checked { border-color: ${token('color-primary')}; background: ${token('color-selected-surface')}; box-shadow: inset 0 0 0 2px ${token('color-primary')}; }
      input { flex: none; width: 1.5em; height: 1.5em; margin: 0; accent-color: ${token('color-primary')}; cursor: pointer; }
      input:focus-visible { outline: none; box-shadow: none; }
      label:has(input:focus-visible) {
        outline: ${token('focus-width')} solid transparent;
        box-shadow: 0 0 0 ${token('focus-width')} ${token('color-focus')}, 0 0 0 calc(2 * ${token('focus-width')}) ${token('color-focus-outer')};
      }
      .icon { flex: none; width: 2.5em; height: 2.5em; display: grid; place-items: center; color: ${token('color-primary')}; }
      .icon > * { width: 100%; height: 100%; }
      /* Pictures (the shared illustration set, 4:3) instead of small icons: seen from a step away. */
      :host([pictures]) .icon { width: calc(2 * ${token('target-primary')}); height: calc(1.5 * ${token('target-primary')}); border-radius: ${token('radius-1')}; overflow: hidden; }
      @media (max-width: 400px) { :host([pictures]) .icon { width: 72px; height: 54px; } }
      /* Chips: short answers (a surname, a matter) side by side, the whole chip the target. */
      :host([chips]) .options { grid-template-columns: repeat(auto-fill, minmax(var(--wr-choice-chip-min, 96px), max-content)); }
      :host([chips]) label { justify-content: center; padding-inline: ${token('space-4')}; min-width: ${token('target-primary')}; }
      :host([chips]) input { position: absolute; opacity: 0; pointer-events: none; }
      :host([chips]) label.checked .label::before { content: '✓ '; }
      .text { display: grid; gap: ${token('space-1')}; }
      .label { font-weight: 600; }
      .option-hint { color: ${token('color-text-muted')}; font-size: ${fontSize(0)}; }
      .error { margin: 0 0 ${token('space-3')}; color: ${token('color-danger')}; font-weight: 700; }
      :host([invalid]) .options { border-inline-start: 4px solid ${token('color-danger')}; padding-inline-start: ${token('space-3')}; }
    `,
  ]

  @property() name = 'choice'
  /** The question, read as the group's name. */
  @property() legend = ''
  /** Keep the legend for screen readers only (when a page heading already asks the question). */
  @property({ type: Boolean, reflect: true, attribute: 'legend-hidden' }) legendHidden = false
  @property() hint = ''
  @property({ attribute: false }) options: ChoiceOption[] = []
  @property({ type: Boolean, reflect: true }) multiple = false
  /** A string for radios, an array for checkboxes. */
  @property({ attribute: false }) value: string | string[] = ''
  /** An error message shown above the cards and tied to the group. */
  @property() error = ''
  @property({ type: Boolean, reflect: true }) invalid = false
  /** Short options as chips side by side (the input is hidden; the chip shows the choice with a tick). */
  @property({ type: Boolean, reflect: true }) chips = false
  /** The options' `icon`s are pictures of the shared set: shown large, not as small line icons. */
  @property({ type: Boolean, reflect: true }) pictures = false

  @query('input') private firstInput?: HTMLInputElement

  private get selected(): string[] {
    return Array.isArray(this.value) ? this.value : this.value ? [this.value] : []
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('error')) this.invalid = this.error !== ''
  }

  override focus(options?: FocusOptions): void {
    const checked = this.renderRoot.querySelector<HTMLInputElement>('input:checked')
    ;(checked ?? this.firstInput)?.focus(options)
  }

  override render() {
    const selected = this.selected
    const type = this.multiple ? 'checkbox' : 'radio'
    // A county's Chinese-only name (a service, a village) among Tibetan or Uyghur answers is marked as Chinese.
    const lang = resolveLanguage(this)
    return html`<fieldset part="fieldset" aria-describedby="hint error" aria-invalid=${this.invalid ? 'true' : nothing}>
      <legend part="legend">${this.legend}</legend>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      ${this.error ? html`<p class="error" id="error" part="error">${this.error}</p>` : nothing}
      <div class="options">
        ${repeat(
          this.options,
          (o) => o.value,
          (o) => {
            const checked = selected.includes(o.value)
            return html`<label part="option" class=${checked ? 'checked' : ''}>
              <input
                type=${type}
                name=${this.name}
                .value=${o.value}
                .checked=${checked}
                aria-describedby=${o.hint ? `hint-${o.value}` : nothing}
                @change=${this.onChange}
              />
              ${o.icon ? html`<span class="icon" aria-hidden="true">${o.icon}</span>` : nothing}
              <span class="text"><span class="label" lang=${chineseIn(o.label, lang) ?? nothing}>${o.label}</span>${o.hint
                  ? html`<span class="option-hint" id="hint-${o.value}" lang=${chineseIn(o.hint, lang) ?? nothing}>${o.hint}</span>`
                  : nothing}</span>
            </label>`
          },
        )}
      </div>
    </fieldset>`
  }

  private onChange(e: Event): void {
    const input = e.target as HTMLInputElement
    if (this.multiple) {
      const option = this.options.find((o) => o.value === input.value)
      let next = this.selected.filter((v) => v !== input.value)
      if (input.checked) {
        next = option?.exclusive
          ? [input.value]
          : [...next.filter((v) => !this.options.find((o) => o.value === v)?.exclusive), input.value]
      }
      this.value = this.options.map((o) => o.value).filter((v) => next.includes(v))
    } else {
      this.value = input.value
    }
    this.error = ''
    this.emit<ChoiceChangeDetail>('wr-choice-change', { name: this.name, value: this.value })
  }
}
