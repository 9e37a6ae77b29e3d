import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

const meta: Meta<{ value: string; label: string; caption: string }> = {
  title: 'Core/QR code',
  component: 'wr-qr-code',
  args: { value: 'https://example.gov.cn/legal-aid/apply', label: '扫码在手机上打开申请指南', caption: '用手机扫码，在手机上打开申请指南' },
  render: (a) => html`<wr-qr-code value=${a.value} label=${a.label}>${a.caption}</wr-qr-code>`,
}
export default meta
export const Link: StoryObj<{ value: string; label: string; caption: string }> = { name: 'A link the kiosk will not open' }
export const Code: StoryObj<{ value: string; label: string; caption: string }> = {
  name: 'A booking code',
  args: { value: 'WR-7KQ3', label: '扫码保存预约码 WR-7KQ3', caption: '预约码 WR-7KQ3' },
}
