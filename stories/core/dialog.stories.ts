import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

const meta: Meta<{ heading: string; elder: boolean }> = {
  title: 'Core/Dialog',
  component: 'wr-dialog',
  args: { heading: '需要带什么材料', elder: false },
  render: (a) => html`<wr-dialog open heading=${a.heading} ?elder=${a.elder}>
    <ul>
      <li>身份证</li>
      <li>欠薪的证据：工资条、考勤记录、聊天记录</li>
    </ul>
    <wr-button slot="footer">知道了</wr-button>
  </wr-dialog>`,
}
export default meta
type Story = StoryObj<{ heading: string; elder: boolean }>

export const Open: Story = { name: 'Open' }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
