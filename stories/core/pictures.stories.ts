import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'
import { i18n, loadLanguage } from '@workroom/core'
import { PICTURES, loadPictures, picture, pictureAltKey } from '@workroom/core/illustrations'

const alt = (id: (typeof PICTURES)[number], lng: string) => i18n.t(pictureAltKey(id), { lng })

const meta: Meta<{ lang: string }> = {
  title: 'Core/Pictures',
  args: { lang: 'zh-Hans' },
  // A plain template does not re-render when the drawings' chunk arrives: load it first.
  loaders: [() => loadPictures()],
  parameters: {
    docs: {
      description: {
        component:
          'The shared picture set: flat scenes on a 160×120 grid in the design tokens’ palette, drawn by the project and licensed with it. Each has a text alternative in zh-Hans and en (`core:picture.<id>`).',
      },
    },
  },
  render: (a) => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:16px" lang=${a.lang}>
    ${PICTURES.map(
      (id) => html`<figure style="margin:0">
        ${picture(id, alt(id, a.lang))}
        <figcaption style="font-size:14px"><code>${id}</code> ${alt(id, a.lang)}</figcaption>
      </figure>`,
    )}
  </div><style>svg.picture { width: 100%; height: auto; }</style>`,
}
export default meta
type Story = StoryObj<{ lang: string }>

export const AllZh: Story = { name: 'The whole set (zh-Hans)' }
export const AllEn: Story = { name: 'The whole set (en)', args: { lang: 'en' }, loaders: [() => loadLanguage('en')] }
