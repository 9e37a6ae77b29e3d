import { css, html } from 'lit'
import { property, state } from 'lit/decorators.js'
import { WrElement, isElder } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { IdleTimer, resetSession } from '../session.js'
import { speak } from '../speech.js'
import { token } from '../tokens.js'

export interface TimeoutDetail {
  secondsLeft: number
}

/**
 * Watches for inactivity, warns, and then wipes the session (WCAG 2.2.1). The warning can be
 * extended with one tap, any number of times, and keeps everything entered.
 * @summary Idle → warning with countdown → reset.
 * @event wr-timeout-warning-shown - The warning opened; detail: TimeoutDetail.
 * @event wr-timeout-warning - Deprecated: the same event under its old name (sent too, after wr-timeout-warning-shown).
 * @event wr-timeout-extended - The resident chose to continue.
 * @event wr-timeout-expired - Time ran out; the session was reset.
 * @event wr-timeout - Deprecated: the same event under its old name (sent too, after wr-timeout-expired).
 * @csspart dialog - The warning dialog.
 */
export class WrTimeoutWarning extends WrElement {
  static override styles = [...WrElement.styles, css`p { margin: 0 0 ${token('space-3')}; } .count { font-weight: 700; font-variant-numeric: tabular-nums; }`]

  /** Seconds without input before the warning (elder mode: × 4/3). */
  @property({ type: Number, attribute: 'idle-seconds' }) idleSeconds = 90
  /** Seconds the warning gives before the reset. */
  @property({ type: Number, attribute: 'warning-seconds' }) warningSeconds = 30
  @property({ type: Boolean, reflect: true }) disabled = false
  /** Also speak the warning (kiosk). */
  @property({ type: Boolean }) speak = false

  @state() private secondsLeft = 0
  @state() private announce = ''
  private readonly l = new LocalizeController(this, 'core')
  private timer?: IdleTimer

  private get idleMs(): number {
    return this.idleSeconds * 1000 * (isElder(this) ? 4 / 3 : 1)
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.timer = new IdleTimer({
      idleMs: this.idleMs,
      warningMs: this.warningSeconds * 1000,
      onWarning: (ms) => this.onWarning(ms),
      onTick: (ms) => this.onTick(ms),
      onTimeout: () => void this.onTimeout(),
    })
    if (!this.disabled) this.timer.start()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.timer?.stop()
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (!this.timer) return
    if (changed.has('idleSeconds') || changed.has('warningSeconds') || changed.has('elder'))
      this.timer.update({ idleMs: this.idleMs, warningMs: this.warningSeconds * 1000 })
    if (changed.has('disabled')) {
      if (this.disabled) this.timer.stop()
      else this.timer.start()
    }
  }

  /** Restarts the idle period (e.g. after navigation the host considers activity). */
  extend(): void {
    this.timer?.extend()
    this.secondsLeft = 0
    this.announce = ''
  }

  private onWarning(ms: number): void {
    this.secondsLeft = Math.ceil(ms / 1000)
    // Announce once at the start and once near the end: not every second.
    this.announce = this.l.t('timeout.announce', { count: this.secondsLeft })
    if (this.speak) speak(this.announce, { lang: this.l.lang })
    this.emit<TimeoutDetail>('wr-timeout-warning-shown', { secondsLeft: this.secondsLeft })
  }

  private onTick(ms: number): void {
    const s = Math.ceil(ms / 1000)
    if (s === this.secondsLeft) return
    this.secondsLeft = s
    if (s === 10) this.announce = this.l.t('timeout.announce', { count: s })
  }

  private async onTimeout(): Promise<void> {
    this.secondsLeft = 0
    this.announce = ''
    await resetSession('idle')
    this.emit('wr-timeout-expired', {})
  }

  private continue(): void {
    this.extend()
    this.emit('wr-timeout-extended', {})
  }

  override render() {
    const open = this.secondsLeft > 0
    return html`<wr-dialog
        part="dialog"
        alert
        no-close-button
        .open=${open}
        heading=${this.l.t('timeout.heading')}
        @wr-dialog-closed=${(e: CustomEvent<{ reason: string }>) => e.detail.reason === 'escape' && this.continue()}
      >
        <p>${this.l.t('timeout.body')}</p>
        <p class="count" aria-hidden="true">${this.l.t('timeout.count', { count: this.secondsLeft })}</p>
        <wr-button slot="footer" size="large" @click=${this.continue}>${this.l.t('timeout.continue')}</wr-button>
        <wr-button slot="footer" variant="secondary" @click=${() => this.finish()}>${this.l.t('timeout.finish')}</wr-button>
      </wr-dialog>
      <div class="visually-hidden" role="status" aria-live="assertive">${this.announce}</div>`
  }

  private async finish(): Promise<void> {
    this.secondsLeft = 0
    await resetSession('exit')
  }
}
