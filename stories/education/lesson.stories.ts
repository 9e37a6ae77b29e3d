import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/education/define'
import type { Lesson } from '@workroom/education'
import { lessonById } from './data.js'

interface Args {
  lesson: Lesson
  page: number
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Education/Lesson',
  component: 'wr-lesson',
  args: { lesson: lessonById('unpaid-wages'), page: 0, lang: '', elder: false, kiosk: false },
  render: (a) =>
    html`<wr-lesson
      .lesson=${a.lesson}
      lang=${a.lang}
      ?elder=${a.elder}
      ?kiosk=${a.kiosk}
      .page=${a.page}
    ></wr-lesson>`,
}
export default meta
type Story = StoryObj<Args>

export const FirstPage: Story = { name: 'First page' }
export const Steps: Story = { name: 'Illustrated steps', args: { page: 1 } }
export const Summary: Story = { name: 'Key points and laws cited', args: { page: 2 } }
export const DomesticViolence: Story = { name: 'Domestic violence (warning callout)', args: { lesson: lessonById('domestic-violence') } }
export const English: Story = { name: 'English', args: { lang: 'en', page: 1 } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
export const Kiosk: Story = { name: 'Kiosk', args: { kiosk: true, page: 1 } }
