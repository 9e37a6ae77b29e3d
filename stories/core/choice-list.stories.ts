import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, svg } from 'lit'
import '@workroom/core/define'
import type { ChoiceOption } from '@workroom/core'

const coin = html`<svg viewBox="0 0 24 24">${svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 9h8M8 13h8M12 9v8" stroke="currentColor" stroke-width="2"/>`}</svg>`
const problems: ChoiceOption[] = [
  { value: 'wages', label: '干了活拿不到工钱', icon: coin },
  { value: 'work-injury', label: '在工作中受伤', hint: '工伤、职业病' },
  { value: 'traffic-injury', label: '交通事故受伤' },
  { value: 'support-payment', label: '老人或孩子不给赡养费、抚养费' },
]
const groups: ChoiceOption[] = [
  { value: 'dibao', label: '领低保' },
  { value: 'tekun', label: '特困供养人员' },
  { value: 'migrant-worker', label: '进城务工人员' },
  { value: 'none', label: '都不是', exclusive: true },
]

interface Args {
  legend: string
  hint: string
  multiple: boolean
  options: ChoiceOption[]
  value: string | string[]
  error: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Core/Choice list',
  component: 'wr-choice-list',
  args: { legend: '您遇到了什么问题？', hint: '', multiple: false, options: problems, value: '', error: '', elder: false, kiosk: false },
  render: (a) => html`<wr-choice-list
    legend=${a.legend}
    hint=${a.hint}
    ?multiple=${a.multiple}
    .options=${a.options}
    .value=${a.value}
    error=${a.error}
    ?elder=${a.elder}
    ?kiosk=${a.kiosk}
  ></wr-choice-list>`,
}
export default meta
type Story = StoryObj<Args>

export const Single: Story = { name: 'One answer (radio cards)' }
export const Selected: Story = { name: 'With an answer chosen', args: { value: 'work-injury' } }
export const Multiple: Story = {
  name: 'Several answers (checkbox cards)',
  args: { legend: '您属于下面哪些情况？', hint: '可以选多项', multiple: true, options: groups, value: ['dibao'] },
}
export const WithError: Story = { name: 'Error', args: { error: '请选择一项，或选“都不是”' } }
export const TwoColumns: Story = {
  name: 'Two columns',
  render: (a) => html`<wr-choice-list style="--wr-choice-columns: 2" legend=${a.legend} .options=${a.options}></wr-choice-list>`,
}
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
export const Kiosk: Story = { name: 'Kiosk mode', args: { kiosk: true } }
