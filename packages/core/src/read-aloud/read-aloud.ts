import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { WrElement, isElder } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { pauseSpeaking, resumeSpeaking, speak, speechAvailable, stopSpeaking, voiceListed, watchVoices } from '../speech.js'
import { fontSize, token } from '../tokens.js'

const speakerIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.5 4.5 0 0 0 16.5 12zM14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23z"/></svg>`
const pauseIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6 5h4v14H6zM14 5h4v14h-4z"/></svg>`
const stopIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6 6h12v12H6z"/></svg>`

export interface ReadAloudDetail {
  speaking: boolean
}

/** Sent when the device has no voice: the host may call staff. `audio` says whether a recording was offered. */
export interface ReadAloudNoVoiceDetail {
  audio: boolean
}

/**
 * Reads a text aloud with the device's voice (Web Speech API). It never reads silently: where
 * the device has no voice it says so in plain words, and plays the recorded narration when there
 * is one (`audio`), or asks the resident to ask the staff.
 * @summary Press to read, press again to stop.
 * @event wr-read-aloud-change - Started or stopped; detail: ReadAloudDetail.
 * @event wr-read-aloud-failed - Pressed on a device with no voice; detail: ReadAloudNoVoiceDetail.
 * @event wr-read-aloud-no-voice - Deprecated: the same event under its old name (sent too, after wr-read-aloud-failed).
 * @csspart base - The button.
 * @csspart stop - The stop button beside it while a pausable reading is under way.
 * @csspart no-voice - The message shown when the device has no voice.
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
      p { background: ${token('color-warning-surface')}; margin: ${token('space-2')} 0 0; padding: ${token('space-2')} ${token('space-3')}; border-radius: ${token('radius-1')}; }
      .row { display: inline-flex; flex-wrap: wrap; gap: ${token('target-gap')}; }
      button.none { border-style: dashed; color: ${token('color-text-muted')}; border-color: ${token('color-border')}; }
    `,
  ]

  /** What to read. */
  @property() text = ''
  /** A short name for what is read, for the button's label ("朗读问题"). */
  @property() subject = ''
  /** A recorded narration of the same text (URL), played where the device has no voice. */
  @property() audio = ''
  /**
   * Gives the text at the moment of pressing, instead of `text` (the kiosk's "read this screen"
   * collects whatever the screen shows then).
   */
  @property({ attribute: false }) source?: () => string
  /** While reading, the button pauses and resumes, and a second button stops (for long texts). */
  @property({ type: Boolean }) pausable = false

  @state() private paused = false
  /** The device's voice list has settled and holds no voice for this language: the button says so before anyone presses. */
  @state() private voiceless = false
  private stopWatching?: () => void

  @state() private speaking = false
  /** Set once pressing found no voice: the message (and the recording, if any) stays until reset. */
  @state() private noVoice = false
  private readonly l = new LocalizeController(this, 'core')

  override connectedCallback(): void {
    super.connectedCallback()
    voiceListed(this.l.lang) // starts the browser loading its voice list
    const check = () => {
      this.voiceless = !voiceListed(this.l.lang)
    }
    if (!speechAvailable()) this.voiceless = true
    else this.stopWatching = watchVoices(check)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopWatching?.()
    if (this.speaking) stopSpeaking()
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // New text (the next question) stops reading the old one.
    if (changed.has('text') && changed.get('text') !== undefined && this.speaking) stopSpeaking()
  }

  override render() {
    const subject = this.subject ? html`<span class="visually-hidden">${this.subject}</span>` : nothing
    // The language may have changed since the voices were listed: Tibetan has no voice anywhere.
    if ((this.voiceless || !voiceListed(this.l.lang)) && !this.speaking) {
      // Never a button that looks like it will speak and then is silent.
      return html`<button part="base" class="none" type="button" @click=${this.showNoVoice}>
          ${speakerIcon}<span>${this.l.t('readAloud.none')}</span>${subject}
        </button>
        <div role="status" part="no-voice">${this.noVoice ? this.renderNoVoice() : nothing}</div>`
    }
    const label = !this.speaking
      ? this.l.t('readAloud.start')
      : !this.pausable
        ? this.l.t('readAloud.stop')
        : this.paused
          ? this.l.t('readAloud.resume')
          : this.l.t('readAloud.pause')
    const icon = !this.speaking ? speakerIcon : !this.pausable ? stopIcon : this.paused ? speakerIcon : pauseIcon
    return html`<span class="row"><button part="base" type="button" aria-pressed=${this.speaking && !this.paused ? 'true' : 'false'} @click=${this.toggle}>
        ${icon}<span>${label}</span>${subject}
      </button>${this.pausable && this.speaking
        ? html`<button part="stop" type="button" @click=${() => stopSpeaking()}>${stopIcon}<span>${this.l.t('readAloud.stop')}</span></button>`
        : nothing}</span>
      <div role="status" part="no-voice">${this.noVoice ? this.renderNoVoice() : nothing}</div>`
  }

  private renderNoVoice() {
    return html`<p>${this.l.t('readAloud.noVoice')}</p>${this.audio ? html`<audio controls src=${this.audio}></audio>` : nothing}`
  }

  /** Starts or stops reading; where there is no voice, says so and offers the recording or the staff. */
  toggle(): void {
    if (this.speaking && this.pausable) {
      this.paused = !this.paused
      return this.paused ? pauseSpeaking() : resumeSpeaking()
    }
    if (this.speaking) return stopSpeaking()
    const text = this.source ? this.source() : this.text
    const started =
      voiceListed(this.l.lang) &&
      speak(text, {
        lang: this.l.lang,
        rate: isElder(this) ? 0.85 : 1,
        onEnd: () => {
          this.speaking = false
          this.paused = false
          this.emit<ReadAloudDetail>('wr-read-aloud-change', { speaking: false })
        },
      })
    if (!started) return this.showNoVoice()
    this.speaking = true
    this.emit<ReadAloudDetail>('wr-read-aloud-change', { speaking: true })
  }

  /** Says there is no voice and offers the recording or the staff (also for hosts that know the device has none). */
  showNoVoice(): void {
    this.noVoice = true
    this.emit<ReadAloudNoVoiceDetail>('wr-read-aloud-failed', { audio: !!this.audio })
  }

  protected override resetState(): void {
    this.speaking = false
    this.paused = false
    this.noVoice = false
  }
}
