import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { WrElement } from '../element.js'
import { buttonStyles } from './button.styles.js'

/**
 * A big, plain button.
 * @summary Native button semantics, touch-sized, never disabled silently.
 * @slot - The label.
 * @slot icon - An optional icon before the label (decorative; give it aria-hidden).
 * @csspart base - The native button.
 * @cssprop --wr-target-min - Minimum width and height.
 */
export class WrButton extends WrElement {
  static override styles = [...WrElement.styles, buttonStyles]
  static override shadowRootOptions = { ...WrElement.shadowRootOptions, delegatesFocus: true }

  /** primary | secondary | danger | quiet */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'danger' | 'quiet' = 'primary'
  /** normal | large (primary actions, ≥ 60 px in elder mode) */
  @property({ reflect: true }) size: 'normal' | 'large' = 'normal'
  /** Stays focusable and announced as unavailable (aria-disabled), so screen-reader users find it. */
  @property({ type: Boolean, reflect: true }) disabled = false
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false
  /** Accessible name when the label is only an icon. */
  @property() label = ''
  /** aria-pressed for toggle buttons ('true' | 'false'); empty for plain buttons. */
  @property() pressed: '' | 'true' | 'false' = ''
  /** aria-expanded for a button that shows or hides content ('true' | 'false'); empty otherwise. */
  @property() expanded: '' | 'true' | 'false' = ''

  override render() {
    return html`<button
      part="base"
      type="button"
      aria-label=${this.label || nothing}
      aria-disabled=${this.disabled ? 'true' : 'false'}
      aria-pressed=${this.pressed || nothing}
      aria-expanded=${this.expanded || nothing}
      @click=${this.onClick}
    ><slot name="icon"></slot><slot></slot></button>`
  }

  private onClick(e: Event): void {
    if (this.disabled) {
      e.preventDefault()
      e.stopImmediatePropagation()
    }
  }

  override click(): void {
    this.renderRoot.querySelector('button')?.click()
  }
}
