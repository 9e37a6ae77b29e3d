import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

interface Args {
  label: string
  hint: string
  mode: 'digits' | 'id' | 'decimal'
  maxlength: number
  masked: boolean
  value: string
  error: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Core/Keypad',
  component: 'wr-keypad',
  args: { label: '手机号码', hint: '用于接收预约短信', mode: 'digits', maxlength: 11, masked: false, value: '', error: '', elder: false, kiosk: true },
  render: (a) => html`<wr-keypad
    label=${a.label}
    hint=${a.hint}
    mode=${a.mode}
    maxlength=${a.maxlength}
    ?masked=${a.masked}
    .value=${a.value}
    error=${a.error}
    ?elder=${a.elder}
    ?kiosk=${a.kiosk}
  ></wr-keypad>`,
}
export default meta
type Story = StoryObj<Args>

export const Mobile: Story = { name: 'Mobile number' }
export const Filled: Story = { name: 'Mobile, typed', args: { value: '13800138000' } }
export const Error: Story = { name: 'Error', args: { value: '1380013', error: '手机号码是 11 位数字，您输入了 7 位' } }
export const IdNumber: Story = { name: 'ID number with X, masked', args: { label: '身份证号码', hint: '最后一位是 X 的，点 X 键', mode: 'id', maxlength: 18, masked: true, value: '11010519491231002X' } }
export const Amount: Story = { name: 'Amount', args: { label: '全家每月收入（元）', hint: '', mode: 'decimal', maxlength: 9, value: '3200.5' } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true, value: '138' } }
