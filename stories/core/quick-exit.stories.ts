import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

const meta: Meta<{ prominent: boolean }> = {
  title: 'Core/Quick exit',
  component: 'wr-quick-exit',
  args: { prominent: false },
  render: (a) => html`<wr-quick-exit no-shortcut ?prominent=${a.prominent}></wr-quick-exit>`,
}
export default meta
export const Default: StoryObj<{ prominent: boolean }> = { name: 'Default' }
export const Prominent: StoryObj<{ prominent: boolean }> = { name: 'Prominent (violence at home)', args: { prominent: true } }
