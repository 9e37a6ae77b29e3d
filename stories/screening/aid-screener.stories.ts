import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import '@workroom/screening/define'
import type { Answer } from '@workroom/screening'

interface Args {
  answers: Answer[] | undefined
  region: string
  dibaoMonthly: number | undefined
  lang: string
  elder: boolean
  kiosk: boolean
  officeName: string
  officeAddress: string
  debug: boolean
}

const a = (fact: string, value: unknown): Answer => ({ fact, value })

const meta: Meta<Args> = {
  title: 'Screening/Aid screener',
  component: 'wr-aid-screener',
  args: {
    answers: undefined,
    region: '',
    dibaoMonthly: undefined,
    lang: '',
    elder: false,
    kiosk: false,
    officeName: '临河县司法局青石司法所',
    officeAddress: '青石镇人民路 18 号，周一至周五 8:30–17:30',
    debug: false,
  },
  parameters: {
    docs: {
      description: {
        component:
          'A county webmaster embeds it with one script and one tag:\n\n```html\n<script type="module" src="/workroom/screening.js"></script>\n<wr-aid-screener office-name="XX县司法局XX司法所" office-address="…" office-phone="…" booking-href="/yuyue"></wr-aid-screener>\n```\nAdd `debug` while setting up: what is missing is listed on the page (always in the console; residents never see it).\nIn the kiosk the same element runs with `kiosk` (48 px targets) and the shell handles `wr-screening-book`.',
      },
    },
  },
  render: (x) => html`<wr-aid-screener
    .answers=${x.answers}
    region=${x.region}
    dibao-monthly=${ifDefined(x.dibaoMonthly)}
    lang=${x.lang}
    ?elder=${x.elder}
    ?kiosk=${x.kiosk}
    office-name=${x.officeName}
    office-address=${x.officeAddress}
    ?debug=${x.debug}
  ></wr-aid-screener>`,
}
export default meta
type Story = StoryObj<Args>

export const Start: Story = { name: 'Start' }
export const Problem: Story = { name: 'Question: what happened', args: { answers: [] } }
export const Groups: Story = { name: 'Question: groups (several answers)', args: { answers: [a('problem', 'wages'), a('hasLawyer', false)] } }
export const Income: Story = {
  // Zhongshan's overlay carries its hardship line (2,592 yuan per head per month): 4 × 2,592 = 10,368.
  name: 'Question: household income (tap: over the line or not)',
  args: { region: 'CN-GD-ZS', answers: [a('problem', 'work-injury'), a('hasLawyer', false), a('applicant.groups', []), a('urgent.needs', []), a('applicant.ageBand', '18-59'), a('applicant.disabled', false), a('household.size', 4)] },
}
export const HouseholdSize: Story = {
  name: 'Question: household size (cards 1–8)',
  args: { region: 'CN-GD-ZS', answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', []), a('applicant.fixedIncome', true)] },
}
export const AgeBands: Story = {
  name: 'Question: age (bands)',
  args: { answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', []), a('applicant.fixedIncome', false)] },
}
export const Side: Story = { name: 'Question: which side (traffic accident)', args: { answers: [a('problem', 'traffic-injury')] } }
export const OtherProblem: Story = {
  name: '其他问题: free advice, mediation, the staff',
  args: { answers: [a('problem', 'other')] },
}
export const NationalNoLine: Story = {
  name: 'Result: national rules (income not asked, the agency checks)',
  args: { answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', []), a('applicant.fixedIncome', true), a('urgent.needs', [])] },
}
export const IncomeUnknown: Story = {
  name: 'Result: income not known (LAL 41, integrity pledge)',
  args: { region: 'CN-GD-ZS', answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', []), a('applicant.fixedIncome', true), a('household.size', 3), a('household.incomeWithinLine', 'unknown'), a('urgent.needs', [])] },
}
export const Retrial: Story = {
  name: 'Result: retrial ordered (LAL 33)',
  args: { answers: [a('problem', 'retrial'), a('retrial.ordered', true), a('hasLawyer', false), a('applicant.groups', ['dibao']), a('urgent.needs', [])] },
}
export const Waived: Story = {
  name: 'Result: means check waived (migrant worker, wages)',
  args: { answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', ['migrant-worker']), a('urgent.needs', [])] },
}
export const NoMeansTest: Story = {
  name: 'Result: no means test (violence at home)',
  args: { answers: [a('problem', 'domestic-violence'), a('hasLawyer', false), a('urgent.needs', [])] },
}
export const Mandatory: Story = {
  name: 'Result: lawyer must be assigned (minor suspect)',
  args: { answers: [a('problem', 'criminal-defence'), a('hasLawyer', false), a('criminal.minor', true)] },
}
export const LikelyEligible: Story = {
  // Zhongshan's overlay carries its hardship line (2,592 yuan per head per month).
  name: 'Result: likely eligible on income (amount typed)',
  args: { region: 'CN-GD-ZS', answers: [a('problem', 'work-injury'), a('hasLawyer', false), a('applicant.groups', []), a('urgent.needs', []), a('applicant.ageBand', '18-59'), a('applicant.disabled', false), a('household.size', 4), a('household.monthlyIncome', 2000), a('household.valuableAssets', false)] },
}
export const Ineligible: Story = {
  // Zhongshan's overlay carries its hardship line (2,592 yuan per head per month).
  name: 'Result: income above the line',
  args: { region: 'CN-GD-ZS', answers: [a('problem', 'work-injury'), a('hasLawyer', false), a('applicant.groups', []), a('urgent.needs', []), a('applicant.ageBand', '18-59'), a('applicant.disabled', false), a('household.size', 2), a('household.incomeWithinLine', false)] },
}
export const OutOfScope: Story = { name: 'Result: out of scope (neighbour)', args: { answers: [a('problem', 'neighbour'), a('hasLawyer', false)] } }
export const Represented: Story = { name: 'Result: already has a lawyer', args: { answers: [a('problem', 'wages'), a('hasLawyer', true)] } }
export const Urgent: Story = {
  name: 'Result: urgent (deadline in under 7 days)',
  args: { answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', ['migrant-worker']), a('urgent.needs', ['deadline'])] },
}
export const Elder: Story = { name: 'Elder mode', args: { elder: true, answers: [a('problem', 'wages'), a('hasLawyer', false)] } }
export const Kiosk: Story = { name: 'Kiosk mode', args: { kiosk: true, answers: [] } }
export const English: Story = {
  name: 'English result',
  args: { lang: 'en', answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', ['migrant-worker']), a('urgent.needs', [])] },
}
export const Ningxia: Story = {
  name: 'Ningxia with its 低保 figure (dibao-monthly="760")',
  args: { region: 'CN-NX', dibaoMonthly: 760, answers: [a('problem', 'wages'), a('hasLawyer', false), a('applicant.groups', []), a('applicant.fixedIncome', true), a('applicant.ageBand', '18-59'), a('household.size', 3)] },
}
export const RegionProblem: Story = {
  // The console names the missing attribute; residents see no warning, and the money check is left to the agency.
  name: 'Ningxia without its 低保 figure (console error; region rules, no line)',
  args: { region: 'CN-NX', answers: [a('problem', 'petition'), a('hasLawyer', false), a('applicant.groups', []), a('applicant.fixedIncome', true), a('applicant.ageBand', '18-59'), a('urgent.needs', [])] },
}
export const CountyPage: Story = {
  name: 'Embedded in a county web page',
  render: () => html`<div style="font-family: SimSun, serif; font-size: 14px; color: #333; max-width: 980px; border: 1px solid #ccc;">
    <div style="background:#b00; color:#fff; padding:8px 16px; font-size:20px">临河县人民政府 · 公共法律服务</div>
    <div style="padding: 16px"><wr-aid-screener office-name="临河县司法局青石司法所" office-address="青石镇人民路 18 号"></wr-aid-screener></div>
  </div>`,
}

export const ResumeStart: Story = {
  name: 'Save and resume: start with a resume code',
  render: () => html`<wr-aid-screener save-resume></wr-aid-screener>`,
}
export const Debug: Story = {
  name: 'Debug: what the webmaster left out',
  args: { debug: true, region: 'CN-XX', officeName: '', officeAddress: '' },
}
