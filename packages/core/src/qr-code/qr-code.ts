import { css, html, nothing, svg } from 'lit'
import { property } from 'lit/decorators.js'
import { encode } from 'uqr'
import { WrElement } from '../element.js'
import { fontSize, token } from '../tokens.js'

/** The modules of a QR code as one SVG path (one `M x y h1 v1 h-1 z` square per dark module). */
export function qrPath(value: string, quietZone = 4): { size: number; d: string } {
  const { data, size } = encode(value, { ecc: 'M', border: quietZone })
  let d = ''
  for (let y = 0; y < size; y++) {
    const row = data[y]!
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue
      // Merge runs of dark modules on a row into one rectangle: a smaller path.
      let run = 1
      while (x + run < size && row[x + run]) run++
      d += `M${x} ${y}h${run}v1h-${run}z`
      x += run - 1
    }
  }
  return { size, d }
}

/**
 * A QR code for handing something to a phone: a booking, a result summary, an address the
 * kiosk will not open. Never put personal data in it.
 * @summary Drawn as SVG by Lit; 4-module quiet zone; named for screen readers.
 * @slot - A caption under the code (what scanning it gives).
 * @csspart code - The SVG.
 * @cssprop --wr-qr-size - Width and height of the code (default 12rem).
 */
export class WrQrCode extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: inline-block; text-align: center; }
      svg { display: block; width: var(--wr-qr-size, 12rem); height: var(--wr-qr-size, 12rem); margin: 0 auto; background: #fff; }
      path { fill: #000; }
      .caption { margin-top: ${token('space-2')}; font-size: ${fontSize(0)}; max-width: max(var(--wr-qr-size, 12rem), 16rem); }
    `,
  ]

  /** What the code encodes. */
  @property() value = ''
  /** Accessible name: what the code is for ("扫码查看预约"). */
  @property() label = ''

  private cache?: { value: string; size: number; d: string }

  override render() {
    if (!this.value) return nothing
    if (this.cache?.value !== this.value) this.cache = { value: this.value, ...qrPath(this.value) }
    const { size, d } = this.cache
    return html`<svg part="code" role="img" aria-label=${this.label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">${svg`<path d=${d}></path>`}</svg>
      <div class="caption"><slot></slot></div>`
  }
}
