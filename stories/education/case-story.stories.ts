import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/education/define'
import type { CaseStory } from '@workroom/education'
import { caseById } from './data.js'

interface Args {
  story: CaseStory
  hideNext: string
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Education/Case story',
  component: 'wr-case-story',
  args: { story: caseById('case-wages-site'), hideNext: '', lang: '', elder: false, kiosk: false },
  parameters: {
    docs: { description: { component: 'Next steps are events (`wr-education-screener-request`, `wr-education-booking-request`), never links: the host decides where they go.' } },
  },
  render: (a) =>
    html`<wr-case-story .story=${a.story} hide-next=${a.hideNext} lang=${a.lang} ?elder=${a.elder} ?kiosk=${a.kiosk}></wr-case-story>`,
}
export default meta
type Story = StoryObj<Args>

export const Wages: Story = { name: 'Picture story: unpaid wages (screener and booking)' }
export const Mediation: Story = { name: 'Picture story ending with a mediator', args: { story: caseById('case-homestead-wall') } }
export const TextOnly: Story = {
  name: 'Older pack: text parts, no panels',
  args: {
    story: {
      ...caseById('case-wages-site'),
      panels: undefined,
      happened: [{ type: 'paragraph', text: { 'zh-Hans': '老张在工地干了半年，包工头欠了3万多元。', en: 'Lao Zhang worked six months; the gang master owed him over 30,000 yuan.' } }],
      resolved: [{ type: 'paragraph', text: { 'zh-Hans': '法律援助律师帮他申请劳动仲裁，工资要回来了。', en: 'A legal-aid lawyer took it to arbitration; he was paid.' } }],
    },
  },
}
export const ProtectionOrder: Story = { name: 'Protection order (with hotline)', args: { story: caseById('case-protection-order') } }
export const NoBooking: Story = { name: 'County site without booking', args: { hideNext: 'booking' } }
export const English: Story = { name: 'English', args: { lang: 'en' } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
export const Kiosk: Story = { name: 'Kiosk', args: { kiosk: true } }
export const HealthProducts: Story = { name: 'Elder fraud: health products (mediation, booking, hotline)', args: { story: caseById('case-health-products'), kiosk: true } }
export const FundRaising: Story = { name: 'Illegal fund-raising co-op', args: { story: caseById('case-fund-raising') } }
