import { css, html, nothing, svg } from 'lit'
import { property, state } from 'lit/decorators.js'
import { WrElement } from '../element.js'
import { fontSize, token } from '../tokens.js'

/** The modules of a QR code as one SVG path (one `M x y h1 v1 h-1 z` square per dark module). */
export async function qrPath(value: string, quietZone = 4): Promise<{ size: number; d: string }> {
  // The encoder loads on first use, keeping it out of pages that never show a code.
  const { encode } = await import('uqr')
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
 * @cssprop --wr-qr-size - Width and height of the code (default 192px).
 */
export class WrQrCode extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: inline-block; text-align: center !important; }
      svg { display: block; width: var(--wr-qr-size, 192px); height: var(--wr-qr-size, 192px); margin: 0 auto; background: #fff; }
      path { fill: #000; }
      .caption { margin-top: ${token('space-2')}; font-size: ${fontSize(0)}; max-width: max(var(--wr-qr-size, 192px), 256px); }
    `,
  ]

  /** What the code encodes. */
  @property() value = ''
  /** Accessible name: what the code is for ("扫码查看预约"). */
  @property() label = ''

  @state() private code?: { value: string; size: number; d: string }
  private pending?: Promise<void>

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('value') && this.value && this.code?.value !== this.value) {
      const value = this.value
      this.pending = qrPath(value).then((p) => {
        if (this.value === value) this.code = { value, ...p }
      })
    }
  }

  /** Resolves once the code for the current value is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete()
    await this.pending
    return super.getUpdateComplete()
  }

  override render() {
    if (!this.value || this.code?.value !== this.value) return nothing
    const { size, d } = this.code
    return html`<svg part="code" role="img" aria-label=${this.label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">${svg`<path d=${d}></path>`}</svg>
      <div class="caption"><slot></slot></div>`
  }
}
