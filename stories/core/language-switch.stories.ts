import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define/language-switch'

const meta: Meta = {
  title: 'Core/Language switch',
  component: 'wr-language-switch',
  args: { languages: 'zh-Hans bo ug en' },
  render: (args) => html`<wr-language-switch languages=${args.languages as string}></wr-language-switch>`,
}
export default meta
type Story = StoryObj

/** Every shipped language, each named in its own script: 中文 · བོད་ཡིག · ئۇيغۇرچە · English. */
export const AllLanguages: Story = { name: 'All languages' }

/** A workroom in Xizang offering Chinese and Tibetan only (the config's `languages`). */
export const ChineseAndTibetan: Story = { name: 'Chinese and Tibetan', args: { languages: 'zh-Hans bo' } }

/** On a coloured header, as in the kiosk's top bar. */
export const OnHeader: Story = {
  name: 'On a coloured header',
  render: (args) => html`<div style="background:#0b4f8a;padding:12px;--wr-language-switch-color:#fff;--wr-language-switch-pressed-color:#0b4f8a">
    <wr-language-switch languages=${args.languages as string}></wr-language-switch>
  </div>`,
}
