import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'

interface Args { current: number; total: number; remaining: number; lang: string }
const meta: Meta<Args> = {
  title: 'Core/Step progress',
  component: 'wr-step-progress',
  args: { current: 2, total: 0, remaining: 3, lang: '' },
  render: (a) => html`<wr-step-progress current=${a.current} total=${a.total} remaining=${a.remaining} lang=${a.lang}></wr-step-progress>`,
}
export default meta
type Story = StoryObj<Args>

export const Adaptive: Story = { name: 'Adaptive (estimate)' }
export const NearlyDone: Story = { name: 'Nearly done', args: { current: 4, remaining: 0 } }
export const Known: Story = { name: 'Known total', args: { current: 3, total: 5 } }
export const English: Story = { name: 'English', args: { lang: 'en' } }
