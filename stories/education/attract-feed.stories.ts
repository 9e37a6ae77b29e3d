import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/education/define'
import { starter } from './data.js'

interface Args {
  paused: boolean
  interval: number
  lang: string
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Education/Attract feed',
  component: 'wr-attract-feed',
  args: { paused: true, interval: 8, lang: '', kiosk: true },
  parameters: {
    docs: { description: { component: 'Kiosk idle screen. Rotates every `interval` seconds; touch, keys or focus stop it; never moves under prefers-reduced-motion.' } },
  },
  render: (a) =>
    html`<wr-attract-feed .pack=${starter} ?paused=${a.paused} interval=${a.interval} lang=${a.lang} ?kiosk=${a.kiosk}></wr-attract-feed>`,
}
export default meta
type Story = StoryObj<Args>

export const Paused: Story = { name: 'Paused' }
export const Rotating: Story = { name: 'Rotating', args: { paused: false } }
export const English: Story = { name: 'English', args: { lang: 'en' } }
