import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, fontSize, token } from '@workroom/core'
import '../translations.js'
import type { ContentPack } from '../schema.js'
import { pickHtml } from '../pick.js'
import { illustration } from '../illustrations.js'
import type { EducationOpenDetail } from '../events.js'

const pauseIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 5h4v14H7zM13 5h4v14h-4z" fill="currentColor"/></svg>`
const playIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 4l13 8-13 8z" fill="currentColor"/></svg>`

/**
 * The kiosk's attract loop: lesson cards that change every few seconds while nobody is using the
 * screen. A touch, a key or focus stops it; a pause button stops it for good; with reduced motion
 * it never moves by itself.
 * @summary Rotating, pausable lesson cards; tap one to open it.
 * @event wr-education-opened - A card was tapped; detail: EducationOpenDetail ({ kind: 'lesson', id }).
 * @event wr-education-open - Deprecated: the same event under its old name (sent too, after wr-education-opened).
 * @csspart card - The current card.
 */
export class WrAttractFeed extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; }
      .feed { display: grid; gap: ${token('space-3')}; }
      .card {
        display: flex; gap: ${token('space-5')}; align-items: center; width: 100%;
        min-height: calc(3 * ${token('target-primary')}); padding: ${token('space-5')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
        background: ${token('color-surface')}; color: ${token('color-text')}; font: inherit; text-align: start; cursor: pointer;
      }
      .card .illustration { flex: none; width: 96px; height: 96px; color: ${token('color-primary')}; }
      .card-title { display: block; font-size: ${fontSize(4)}; font-weight: 700; line-height: 1.25; }
      .card-summary { display: block; font-size: ${fontSize(2)}; margin-top: ${token('space-2')}; }
      .card-cta { display: block; margin-top: ${token('space-3')}; color: ${token('color-primary')}; font-weight: 700; }
      .controls { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; align-items: center; }
      .position { color: ${token('color-text-muted')}; }
      .controls svg { width: 1.2em; height: 1.2em; display: block; }
    `,
  ]

  /** The content pack (already validated) whose lessons make the cards. */
  @property({ attribute: false }) pack?: ContentPack
  /** Seconds per card. */
  @property({ type: Number }) interval = 8
  /** Stopped by the resident (pause button) or by touch/focus. */
  @property({ type: Boolean, reflect: true }) paused = false

  @state() index = 0

  private readonly l = new LocalizeController(this, 'education')
  private timer: ReturnType<typeof setInterval> | undefined
  private readonly reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
  private readonly stop = (e: Event): void => {
    // The controls themselves decide (a tap on "Play" must not count as "stop").
    const controls = this.renderRoot.querySelector('.controls')
    if (controls && e.composedPath().includes(controls)) return
    this.paused = true
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener('pointerdown', this.stop)
    this.addEventListener('focusin', this.stop)
    this.addEventListener('keydown', this.stop)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.removeEventListener('pointerdown', this.stop)
    this.removeEventListener('focusin', this.stop)
    this.removeEventListener('keydown', this.stop)
    this.clearTimer()
  }

  /** Back to rotating from the first card (the kiosk calls this when it returns to attract). */
  protected override resetState(): void {
    this.index = 0
    this.paused = false
  }

  /** Whether cards change by themselves right now. */
  get rotating(): boolean {
    return !this.paused && !this.reduced && this.count > 1
  }

  private get count(): number {
    return this.pack?.lessons.length ?? 0
  }

  protected override updated(): void {
    if (this.rotating && !this.timer) {
      this.timer = setInterval(() => this.advance(1), Math.max(2, this.interval) * 1000)
    } else if (!this.rotating) this.clearTimer()
  }

  private clearTimer(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** Moves by `step` cards (wrapping). */
  advance(step: number): void {
    if (!this.count) return
    this.index = (this.index + step + this.count) % this.count
  }

  private open(id: string): void {
    this.emit<EducationOpenDetail>('wr-education-opened', { kind: 'lesson', id })
  }

  override render() {
    const lessons = this.pack?.lessons ?? []
    const lang = this.l.lang
    const lesson = lessons[this.index % Math.max(1, lessons.length)]
    if (!lesson) return nothing
    return html`<section class="feed" lang=${lang} dir=${this.l.dir} aria-roledescription=${this.l.t('attract.roledescription')} aria-label=${this.l.t('attract.label')}>
      <div aria-live=${this.rotating ? 'off' : 'polite'}>
        <button type="button" class="card" part="card" @click=${() => this.open(lesson.id)}>
          ${illustration(lesson.illustration)}
          <span>
            <span class="card-title">${pickHtml(lesson.title, lang)}</span>
            <span class="card-summary">${pickHtml(lesson.summary, lang)}</span>
            <span class="card-cta">${this.l.t('attract.open')}</span>
          </span>
        </button>
      </div>
      <div class="controls">
        ${this.reduced
          ? nothing
          : html`<wr-button variant="secondary" @click=${() => (this.paused = !this.paused)}>
              <span slot="icon">${this.rotating ? pauseIcon : playIcon}</span>${this.rotating ? this.l.t('attract.pause') : this.l.t('attract.play')}
            </wr-button>`}
        <wr-button variant="quiet" @click=${() => this.advance(-1)}>${this.l.t('attract.previous')}</wr-button>
        <wr-button variant="quiet" @click=${() => this.advance(1)}>${this.l.t('attract.next')}</wr-button>
        <span class="position">${this.l.t('attract.position', { n: this.index + 1, total: lessons.length })}</span>
      </div>
    </section>`
  }
}
