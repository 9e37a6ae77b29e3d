import { css, html } from 'lit'
import { property } from 'lit/decorators.js'
import { WrElement } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { resetSession } from '../session.js'
import { fontSize, token } from '../tokens.js'

export interface QuickExitDetail {
  /** How it was triggered. */
  via: 'button' | 'shift'
}

/**
 * Leave now: clears everything entered, then goes to `href` with history replaced, so Back
 * does not return. Also triggered by pressing Shift three times (GOV.UK "Exit this page").
 * @summary For people who may be watched (domestic violence).
 * @event wr-quick-exit-request - Fired after the session was wiped; cancel it to navigate yourself.
 * @event wr-quick-exit - Deprecated: the same event under its old name (sent too, after wr-quick-exit-request).
 * @csspart base - The button.
 */
export class WrQuickExit extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: inline-block; }
      :host([prominent]) { display: block; }
      button {
        width: 100%; min-width: ${token('target-min')}; min-height: ${token('target-min')};
        padding: ${token('space-2')} ${token('space-5')};
        border: ${token('border-width')} solid ${token('color-danger')}; border-radius: ${token('radius-2')};
        background: ${token('color-danger')}; color: #fff; font: inherit; font-weight: 700; font-size: ${fontSize(1)}; cursor: pointer;
        display: inline-flex; align-items: center; justify-content: center; gap: ${token('space-2')};
      }
      svg { width: 1.3em; height: 1.3em; flex: none; }
      :host([prominent]) button { min-height: ${token('target-primary')}; font-size: ${fontSize(2)}; }
      .tip { display: block; margin-top: ${token('space-1')}; font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; }
    `,
  ]

  /** Where to go after clearing. Empty: stay, only clear (the host listens for the event). */
  @property() href = ''
  /** Bigger, full width: on screens about violence at home. */
  @property({ type: Boolean, reflect: true }) prominent = false
  /** Listen for Shift ×3 anywhere on the page. */
  @property({ type: Boolean, attribute: 'no-shortcut' }) noShortcut = false

  private readonly l = new LocalizeController(this, 'core')
  private shiftTimes: number[] = []

  private readonly onKey = (e: KeyboardEvent): void => {
    if (this.noShortcut || e.key !== 'Shift' || e.repeat) return
    const now = e.timeStamp
    this.shiftTimes = [...this.shiftTimes.filter((t) => now - t < 1000), now]
    if (this.shiftTimes.length >= 3) {
      this.shiftTimes = []
      void this.exit('shift')
    }
  }

  override connectedCallback(): void {
    super.connectedCallback()
    document.addEventListener('keyup', this.onKey, true)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    document.removeEventListener('keyup', this.onKey, true)
  }

  /** Clears and leaves. */
  async exit(via: QuickExitDetail['via'] = 'button'): Promise<void> {
    await resetSession('quick-exit')
    const proceed = this.emit<QuickExitDetail>('wr-quick-exit-request', { via }, { cancelable: true })
    if (proceed && this.href) window.location.replace(this.href)
  }

  override render() {
    // A door with an arrow out: leaving, not finishing (the kiosk's "clear and exit" has a tick).
    return html`<button part="base" type="button" @click=${() => void this.exit('button')}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M14 4H5v16h9M10 12h10M16 8l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>${this.l.t('quickExit.label')}
      </button>
      ${this.prominent ? html`<span class="tip">${this.l.t('quickExit.tip')}</span>` : null}`
  }
}
