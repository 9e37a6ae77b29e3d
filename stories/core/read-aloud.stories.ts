import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { ref } from 'lit/directives/ref.js'
import '@workroom/core/define'
import type { WrReadAloud } from '@workroom/core'

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
export const NoVoice: Story = {
  name: 'No voice on this device: says so, points to the staff',
  render: (a) => html`<wr-read-aloud text=${a.text} subject="问题" ${ref((el) => void (el as WrReadAloud | undefined)?.showNoVoice())}></wr-read-aloud>`,
}
export const NoVoiceRecording: Story = {
  name: 'No voice, recorded narration offered',
  render: (a) =>
    html`<wr-read-aloud text=${a.text} subject="问题" audio="audio/question.mp3" ${ref((el) => void (el as WrReadAloud | undefined)?.showNoVoice())}></wr-read-aloud>`,
}
