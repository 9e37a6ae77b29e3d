import { css, html } from 'lit'
import { property } from 'lit/decorators.js'
import { WrElement } from '../element.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { fontSize, token } from '../tokens.js'

/**
 * Where the resident is in a flow. When the path adapts to answers, `remaining` is an
 * estimate and is said as one ("about 2 more questions"), so the count never lies.
 * @summary Text first; the bar is decoration.
 * @csspart text - The words.
 * @csspart bar - The bar.
 */
export class WrStepProgress extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; }
      .text { margin: 0 0 ${token('space-2')}; font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; font-weight: 600; }
      .bar { height: 8px; border-radius: 4px; background: ${token('color-surface')}; border: 1px solid ${token('color-border')}; overflow: hidden; }
      .fill { height: 100%; background: ${token('color-primary')}; transition: width ${token('duration')}; }
    `,
  ]

  /** Steps done so far, counting the current one (1-based). */
  @property({ type: Number }) current = 1
  /** Known total; leave 0 when the path adapts and give `remaining` instead. */
  @property({ type: Number }) total = 0
  /** Estimated steps still to come after this one (adaptive flows). */
  @property({ type: Number }) remaining = -1

  private readonly l = new LocalizeController(this, 'core')

  override render() {
    const known = this.total > 0
    const text = known
      ? this.l.t('progress.known', { current: this.current, total: this.total })
      : this.remaining <= 0
        ? // Nothing known yet of what comes next (the first question): no promise of "almost done".
          this.l.t(this.current <= 1 ? 'progress.only' : 'progress.last', { current: this.current })
        : this.l.t('progress.adaptive', { current: this.current, count: this.remaining })
    return html`<p class="text" part="text">${text}</p>
      <div class="bar" part="bar" aria-hidden="true"><div class="fill"></div></div>`
  }

  /** The share done, as a percentage of the (estimated) total. */
  private get percent(): number {
    const total = this.total > 0 ? this.total : this.current + Math.max(0, this.remaining)
    return Math.min(100, Math.round((this.current / Math.max(1, total)) * 100))
  }

  // Set through the CSSOM, not a style attribute: a strict CSP (style-src 'self', no
  // 'unsafe-inline') blocks inline style attributes but not element.style.
  protected override updated(): void {
    this.renderRoot.querySelector<HTMLElement>('.fill')?.style.setProperty('width', `${this.percent}%`)
  }
}
