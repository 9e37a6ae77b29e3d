import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

const meta: Meta<{ idle: number; warning: number }> = {
  title: 'Core/Timeout warning',
  component: 'wr-timeout-warning',
  args: { idle: 3, warning: 30 },
  parameters: { docs: { description: { component: 'Opens after `idle-seconds` without input; here after 3 s. Continue keeps everything.' } } },
  render: (a) => html`<p>不操作 ${a.idle} 秒后会出现提示。</p>
    <wr-timeout-warning idle-seconds=${a.idle} warning-seconds=${a.warning}></wr-timeout-warning>`,
}
export default meta
export const Default: StoryObj<{ idle: number; warning: number }> = { name: 'After 3 seconds idle' }
