import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/education/define'
import { sampleVideo } from './data.js'

interface Args {
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Education/Video',
  component: 'wr-video',
  args: { lang: '', elder: false, kiosk: false },
  parameters: { docs: { description: { component: 'Native controls, captions on by default, transcript in a disclosure; never autoplays.' } } },
  render: (a) => html`<wr-video .media=${sampleVideo} lang=${a.lang} ?elder=${a.elder} ?kiosk=${a.kiosk}></wr-video>`,
}
export default meta
type Story = StoryObj<Args>

export const Default: Story = { name: 'Captioned video with transcript' }
export const English: Story = { name: 'English', args: { lang: 'en' } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
