import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, css, LitElement } from 'lit'
import { TOKENS, ELDER_TOKENS, contrastRatio, baseStyles, defineElement, type TokenName } from '@workroom/core'

/** Renders the token table: swatches with their contrast on the background, sizes and spaces. */
class WrTokenTable extends LitElement {
  static override properties = { elder: { type: Boolean, reflect: true } }
  declare elder: boolean
  static override styles = [
    baseStyles,
    css`
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: start; padding: 6px 10px; border-bottom: 1px solid #6b7480; vertical-align: middle; }
      .swatch { width: 48px; height: 32px; border: 1px solid #1f2328; border-radius: 4px; }
      code { font-size: 0.9em; }
    `,
  ]
  constructor() {
    super()
    this.elder = false
  }
  override render() {
    const value = (n: TokenName): string => (this.elder ? (ELDER_TOKENS[n] ?? TOKENS[n]) : TOKENS[n])
    const bg = value('color-background')
    const names = Object.keys(TOKENS) as TokenName[]
    return html`<table>
      <caption>${this.elder ? '长辈模式 tokens (elder mode)' : 'Light theme tokens'}</caption>
      <thead><tr><th scope="col">Token</th><th scope="col">Value</th><th scope="col">Sample</th><th scope="col">Contrast on background</th></tr></thead>
      <tbody>
        ${names.map((n) => {
          const v = value(n)
          const isColour = n.startsWith('color-')
          return html`<tr>
            <th scope="row"><code>--wr-${n}</code></th>
            <td><code>${v}</code></td>
            <td>${isColour ? html`<div class="swatch" style="background:${v}" role="img" aria-label=${v}></div>` : n.startsWith('space-') ? html`<div style="width:${v};height:16px;background:#0b5cad" role="img" aria-label=${v}></div>` : ''}</td>
            <td>${isColour && v.startsWith('#') && v !== bg ? `${contrastRatio(v, bg).toFixed(2)}:1` : ''}</td>
          </tr>`
        })}
      </tbody>
    </table>`
  }
}
defineElement('wr-token-table', WrTokenTable)

const meta: Meta<{ elder: boolean }> = {
  title: 'Core/Design tokens',
  args: { elder: false },
  parameters: {
    docs: {
      description: {
        component:
          'Every `--wr-*` custom property with its default. Set any of them on an ancestor (even `:root`) to theme all Workroom elements. Text colours reach 4.5:1 (7:1 in elder mode); see the contrast column.',
      },
    },
  },
  render: (a) => html`<wr-token-table ?elder=${a.elder}></wr-token-table>`,
}
export default meta
export const Light: StoryObj<{ elder: boolean }> = { name: 'Light theme' }
export const Elder: StoryObj<{ elder: boolean }> = { name: 'Elder mode', args: { elder: true } }
