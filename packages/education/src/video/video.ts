import { css, html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { LocalizeController, WrElement, fontSize, token } from '@workroom/core'
import '../translations.js'
import type { Media } from '../schema.js'
import { pick, pickHtml } from '../pick.js'

function resolve(src: string, base: string): string {
  if (!base || /^https:\/\//i.test(src) || src.startsWith('/')) return src
  return new URL(src, base).href
}

/**
 * A captioned video with its transcript. It never autoplays: the resident presses play.
 * @summary Native controls, WebVTT captions on by default, transcript in a disclosure.
 * @csspart video - The video element.
 * @csspart transcript - The transcript disclosure.
 */
export class WrVideo extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; margin: 0 0 ${token('space-4')}; }
      figure { margin: 0; }
      figcaption { font-weight: 700; font-size: ${fontSize(2)}; margin-bottom: ${token('space-2')}; }
      video { display: block; width: 100%; max-width: 100%; background: ${token('color-text')}; border-radius: ${token('radius-2')}; }
      details { margin-top: ${token('space-2')}; border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')}; }
      summary {
        display: flex; align-items: center; min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-4')};
        cursor: pointer; font-weight: 600; color: ${token('color-primary')};
      }
      .transcript { padding: 0 ${token('space-4')} ${token('space-4')}; white-space: pre-line; }
    `,
  ]

  /** The media entry from the content pack. */
  @property({ attribute: false }) media?: Media
  @property({ attribute: 'asset-base' }) assetBase = ''

  private readonly l = new LocalizeController(this, 'education')

  protected override resetState(): void {
    this.renderRoot.querySelector('video')?.pause()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.renderRoot.querySelector('video')?.pause()
  }

  override render() {
    const m = this.media
    const lang = this.l.lang
    if (!m) return nothing
    const title = pick(m.title, lang)
    // Captions in the screen's language first, shown by default.
    const tracks = [...(m.captions ?? [])].sort((a, b) => (a.lang === lang ? -1 : b.lang === lang ? 1 : 0))
    return html`<figure lang=${lang} dir=${this.l.dir}>
      <figcaption id="title">${title}</figcaption>
      <video part="video" controls preload="metadata" playsinline aria-labelledby="title"
        src=${resolve(m.src, this.assetBase)} poster=${m.poster ? resolve(m.poster, this.assetBase) : nothing}>
        ${tracks.map(
          (t, i) => html`<track kind="captions" src=${resolve(t.src, this.assetBase)} srclang=${t.lang === 'zh-Hans' ? 'zh-Hans' : 'en'} label=${t.label} ?default=${i === 0} />`,
        )}
        <p>${this.l.t('video.unsupported')}</p>
      </video>
      <details part="transcript">
        <summary>${this.l.t('video.transcript')}</summary>
        <div class="transcript">${pickHtml(m.transcript, lang)}</div>
      </details>
    </figure>`
  }
}
