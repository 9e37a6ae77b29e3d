import { html, nothing, type PropertyValues } from 'lit'
import { property, state } from 'lit/decorators.js'
import { WrElement } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { buttonStyles } from './button.styles.js'

/**
 * A big, plain button.
 * @summary Native button semantics, touch-sized, never disabled silently.
 * @slot - The label.
 * @slot icon - An optional icon before the label (decorative; give it aria-hidden).
 * @csspart base - The native button.
 * @csspart status - The polite live region that says a pending action is still running (visually hidden).
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
  /**
   * The action it started is still running (a booking being sent, retried on a slow line): taps are
   * swallowed as when disabled, and a polite announcement says so, then says again every
   * `stillPendingMs` that it is still trying, so nobody waits in silence.
   */
  @property({ type: Boolean, reflect: true }) pending = false

  /** How often a long pending action is announced again (ms). */
  static stillPendingMs = 10_000

  @state() private announcement = ''
  private l?: LocalizeController
  private pendingTimer: ReturnType<typeof setInterval> | undefined

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (!changed.has('pending')) return
    clearInterval(this.pendingTimer)
    if (!this.pending) {
      this.announcement = ''
      return
    }
    // Words only for buttons that ever wait: most never do.
    this.l ??= new LocalizeController(this, 'core')
    this.announcement = this.l.t('button.pending')
    this.pendingTimer = setInterval(() => {
      // Cleared first: the same words set again would not be read again.
      this.announcement = ''
      void this.updateComplete.then(() => {
        if (this.pending) this.announcement = this.l!.t('button.stillPending')
      })
    }, WrButton.stillPendingMs)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearInterval(this.pendingTimer)
  }

  override render() {
    return html`<button
      part="base"
      type="button"
      aria-label=${this.label || nothing}
      aria-disabled=${this.disabled || this.pending ? 'true' : 'false'}
      aria-busy=${this.pending ? 'true' : nothing}
      aria-pressed=${this.pressed || nothing}
      aria-expanded=${this.expanded || nothing}
      @click=${this.onClick}
    ><slot name="icon"></slot><slot></slot></button
    ><span part="status" class="visually-hidden" role="status">${this.announcement}</span>`
  }

  private onClick(e: Event): void {
    if (this.disabled || this.pending) {
      e.preventDefault()
      e.stopImmediatePropagation()
    }
  }

  override click(): void {
    this.renderRoot.querySelector('button')?.click()
  }
}
