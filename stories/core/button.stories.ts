import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

interface Args {
  label: string
  variant: 'primary' | 'secondary' | 'danger' | 'quiet'
  size: 'normal' | 'large'
  disabled: boolean
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Core/Button',
  component: 'wr-button',
  args: { label: '开始自测', variant: 'primary', size: 'normal', disabled: false, elder: false, kiosk: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'danger', 'quiet'] },
    size: { control: 'inline-radio', options: ['normal', 'large'] },
  },
  render: (a) =>
    html`<wr-button variant=${a.variant} size=${a.size} ?disabled=${a.disabled} ?elder=${a.elder} ?kiosk=${a.kiosk}>${a.label}</wr-button>`,
}
export default meta
type Story = StoryObj<Args>

export const Primary: Story = { name: 'Primary' }
export const Secondary: Story = { name: 'Secondary', args: { variant: 'secondary', label: '返回' } }
export const Danger: Story = { name: 'Danger', args: { variant: 'danger', label: '清除并退出' } }
export const Quiet: Story = { name: 'Quiet', args: { variant: 'quiet', label: '修改答案' } }
export const Large: Story = { name: 'Large', args: { size: 'large' } }
export const Disabled: Story = { name: 'Disabled (still focusable)', args: { disabled: true, label: '提交' } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true, size: 'large' } }
export const Kiosk: Story = { name: 'Kiosk mode', args: { kiosk: true } }
export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en"><wr-button>Start the check</wr-button></div>`,
}
