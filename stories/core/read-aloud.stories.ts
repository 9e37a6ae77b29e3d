import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

const meta: Meta<{ text: string; elder: boolean }> = {
  title: 'Core/Read aloud',
  component: 'wr-read-aloud',
  args: { text: '您遇到了什么问题？请选择最接近的一项。', elder: false },
  parameters: { docs: { description: { component: 'Hidden where the browser has no speech synthesis.' } } },
  render: (a) => html`<wr-read-aloud text=${a.text} subject="问题" ?elder=${a.elder}></wr-read-aloud>`,
}
export default meta
type Story = StoryObj<{ text: string; elder: boolean }>

export const Default: Story = { name: 'Default' }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
