import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

interface Args {
  label: string
  hint: string
  type: 'text' | 'number' | 'tel'
  suffix: string
  value: string
  error: string
  required: boolean
  elder: boolean
}

const meta: Meta<Args> = {
  title: 'Core/Text field',
  component: 'wr-text-field',
  args: { label: '全家每月收入', hint: '税后收入，把家里每个人的加起来', type: 'number', suffix: '元', value: '', error: '', required: false, elder: false },
  render: (a) => html`<wr-text-field
    label=${a.label}
    hint=${a.hint}
    type=${a.type}
    suffix=${a.suffix}
    .value=${a.value}
    error=${a.error}
    ?required=${a.required}
    ?elder=${a.elder}
  ></wr-text-field>`,
}
export default meta
type Story = StoryObj<Args>

export const Number: Story = { name: 'Number with unit' }
export const Filled: Story = { name: 'Filled', args: { value: '3200' } }
export const Error: Story = { name: 'Error', args: { value: '-300', error: '收入不能是负数' } }
export const Phone: Story = { name: 'Mobile number', args: { label: '手机号码', hint: '用于接收预约短信', type: 'tel', suffix: '', required: true } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
