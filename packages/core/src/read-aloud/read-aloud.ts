import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { WrElement, isElder } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { speak, speechAvailable, stopSpeaking } from '../speech.js'
import { fontSize, token } from '../tokens.js'

const speakerIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.5 4.5 0 0 0 16.5 12zM14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23z"/></svg>`
const stopIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6 6h12v12H6z"/></svg>`

export interface ReadAloudDetail {
  speaking: boolean
}

/**
 * Reads a text aloud with the device's voice (Web Speech API). Where there is no speech, it
 * hides itself rather than offering a button that does nothing.
 * @summary Press to read, press again to stop.
 * @event wr-read-aloud-change - Started or stopped; detail: ReadAloudDetail.
 * @csspart base - The button.
 */
export class WrReadAloud extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: inline-block; }
      button {
        display: inline-flex; align-items: center; gap: ${token('space-2')};
        min-width: ${token('target-min')}; min-height: ${token('target-min')};
        padding: ${token('space-2')} ${token('space-4')};
        border: ${token('border-width')} solid ${token('color-primary')}; border-radius: 999px;
        background: ${token('color-background')}; color: ${token('color-primary')};
        font: inherit; font-size: ${fontSize(0)}; font-weight: 600; cursor: pointer;
      }
      button[aria-pressed='true'] { background: ${token('color-primary')}; color: ${token('color-on-primary')}; }
      svg { width: 1.4em; height: 1.4em; }
    `,
  ]

  /** What to read. */
  @property() text = ''
  /** A short name for what is read, for the button's label ("朗读问题"). */
  @property() subject = ''

  @state() private speaking = false
  private readonly l = new LocalizeController(this, 'core')

  override connectedCallback(): void {
    super.connectedCallback()
    this.hidden = !speechAvailable()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    if (this.speaking) stopSpeaking()
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // New text (the next question) stops reading the old one.
    if (changed.has('text') && changed.get('text') !== undefined && this.speaking) stopSpeaking()
  }

  override render() {
    if (this.hidden) return nothing
    const label = this.speaking ? this.l.t('readAloud.stop') : this.l.t('readAloud.start')
    return html`<button part="base" type="button" aria-pressed=${this.speaking ? 'true' : 'false'} @click=${this.toggle}>
      ${this.speaking ? stopIcon : speakerIcon}<span>${label}</span>${this.subject
        ? html`<span class="visually-hidden">${this.subject}</span>`
        : nothing}
    </button>`
  }

  /** Starts or stops reading. */
  toggle(): void {
    if (this.speaking) {
      stopSpeaking()
      return
    }
    const started = speak(this.text, {
      lang: this.l.lang,
      rate: isElder(this) ? 0.85 : 1,
      onEnd: () => {
        this.speaking = false
        this.emit<ReadAloudDetail>('wr-read-aloud-change', { speaking: false })
      },
    })
    if (started) {
      this.speaking = true
      this.emit<ReadAloudDetail>('wr-read-aloud-change', { speaking: true })
    }
  }

  protected override resetState(): void {
    this.speaking = false
  }
}
