import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { evaluate, nationalPack, overlay, regions, type Facts, type RulePack } from '@workroom/rules'
import '@workroom/screening/application-define'
import type { ApplicationSnapshot } from '@workroom/screening/application-view'

type Draft = NonNullable<ApplicationSnapshot['draft']>

const migrantWorker: Facts = { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': [] }
const meansTested: Facts = { problem: 'traffic-injury', hasLawyer: false, side: 'claimant', 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.ageBand': '18-59', 'applicant.disabled': false, 'applicant.gender': 'male', 'urgent.needs': ['deadline'], 'household.size': 3, 'household.incomeWithinLine': true }
const ningxia = overlay(nationalPack, regions['CN-NX'], { dibaoMonthly: 760 })
/** What a province's overlay adds: the papers it names (Shanxi 2023's names; their contents are not held here). */
const withPapers: RulePack = {
  ...ningxia,
  applicationPapers: [
    { name: { 'zh-Hans': '法律援助申请告知承诺书', en: 'Notice and commitment for a legal-aid application' }, source: 'Shanxi 2023 (names only)' },
    { name: { 'zh-Hans': '经济困难状况说明表', en: 'Statement of financial hardship' }, source: 'Shanxi 2023 (names only)' },
    { name: { 'zh-Hans': '告知承诺情况核查授权书', en: 'Authorisation to check the commitment through government data' }, source: 'Shanxi 2023 (names only)' },
  ],
}

const VILLAGES = [
  { id: 'dongping-workroom', name: '东坪村' },
  { id: 'xiwan-workroom', name: '西湾村' },
]
const filled = { forWhom: 'self', name: '王建国', mobile: '13800138000', village: 'dongping-workroom', address: '三组 12 号', stage: 'not-started', topics: ['unpaid', 'no-contract', 'evidence'], account: '在县城工地干了八个月，老板欠了两万三千元工资。', pledgedAt: '2026-12-01T02:00:00.000Z' } satisfies Draft as Draft
const AT = '2026-12-01T02:00:00.000Z'
const receipt: NonNullable<ApplicationSnapshot['receipt']> = { code: '82641937', receivedAt: AT, decisionDue: '2026-12-08', status: { state: 'received', code: '82641937', receivedAt: AT, decisionDue: '2026-12-08', updatedAt: AT } }
const NOW = Date.parse(AT)
const provider = { submit: async () => receipt, status: async () => receipt.status } as never

interface Args {
  facts: Facts
  pack: RulePack
  snapshot: ApplicationSnapshot | undefined
  kiosk: boolean
  elder: boolean
  lang: string
  sheet: boolean
  online: boolean
}

const meta: Meta<Args> = {
  title: 'Screening/Aid application',
  component: 'wr-aid-application',
  args: { facts: migrantWorker, pack: nationalPack, snapshot: undefined, kiosk: false, elder: false, lang: '', sheet: false, online: true },
  parameters: {
    docs: {
      description: {
        component:
          'Opened from the screener\'s result ("申请法律援助"); its own chunk. On a county site give the screener `application-url` (the county service\'s office URL, as booking\'s `service-url`); on a kiosk the shell gives `.application` (its sealed outbox, villages, office and workroom ids). Without either it prints the A4 pre-filled information sheet only.',
      },
    },
  },
  render: (x) => html`<wr-aid-application
    .result=${evaluate(x.pack, x.facts)}
    .facts=${x.facts}
    .pack=${x.pack}
    .villages=${VILLAGES}
    .provider=${x.online ? provider : undefined}
    .snapshot=${x.snapshot}
    .now=${NOW}
    office-name="临河县司法局青石司法所"
    lang=${x.lang}
    ?kiosk=${x.kiosk}
    ?elder=${x.elder}
    ?sheet-preview=${x.sheet}
  ></wr-aid-application>`,
}
export default meta
type Story = StoryObj<Args>

export const Intro: Story = { name: 'Start' }
export const IntroNoService: Story = { name: 'Start: no county service (print only)', args: { online: false } }
export const Who: Story = { name: 'For whom', args: { snapshot: { step: 'who', draft: { forWhom: 'someone' } } } }
export const Name: Story = { name: 'Name', args: { snapshot: { step: 'name' } } }
export const MobileKiosk: Story = { name: 'Mobile on the kiosk keypad', args: { kiosk: true, snapshot: { step: 'mobile', draft: { mobile: '1380013' } } } }
export const Address: Story = { name: 'Address (the workroom\'s villages)', args: { snapshot: { step: 'address' } } }
export const Stage: Story = { name: 'Where the matter stands', args: { snapshot: { step: 'stage' } } }
export const Account: Story = { name: 'What happened (chips)', args: { snapshot: { step: 'account', draft: { topics: ['unpaid'] } } } }
export const Errors: Story = {
  name: 'Errors: summary and fields',
  args: { snapshot: { step: 'name', draft: { forWhom: 'someone', relationship: 'child' }, errors: [{ field: 'name', message: 'application.check.name' }, { field: 'helperName', message: 'application.check.helperName' }] } },
}
export const Consent: Story = { name: 'Sensitive data: separate consent, nothing ticked', args: { facts: meansTested, pack: ningxia, snapshot: { step: 'consent' } } }
export const IdNumber: Story = { name: 'ID number on the keypad (masked)', args: { kiosk: true, snapshot: { step: 'id', draft: { giveId: true, idNumber: '1101051949123' } } } }
export const Pledge: Story = { name: 'Integrity pledge', args: { facts: meansTested, pack: ningxia, snapshot: { step: 'pledge' } } }
export const Review: Story = { name: 'Review before sending', args: { snapshot: { step: 'review', draft: filled } } }
export const ReviewKiosk: Story = { name: 'Review on the kiosk, elder mode', args: { kiosk: true, elder: true, snapshot: { step: 'review', draft: filled } } }
export const Done: Story = { name: 'Sent: code and QR', args: { snapshot: { step: 'done', draft: filled, receipt } } }
export const Queued: Story = { name: 'Kiosk offline: kept in the outbox', args: { kiosk: true, snapshot: { step: 'done', draft: filled, receipt, queued: true } } }
export const StatusMissing: Story = {
  name: 'Status: materials requested (the one list)',
  args: { snapshot: { step: 'status', status: { state: 'materials-requested', code: '82641937', receivedAt: AT, decisionDue: '2026-12-08', updatedAt: AT, requestedAt: AT, materials: [{ code: 'wage-evidence' }, { text: '村委会出具的居住证明' }], supplyBy: '2026-12-06' } } },
}
export const StatusRefused: Story = {
  name: 'Status: refused, with reasons and the objection route',
  args: { snapshot: { step: 'status', status: { state: 'refused', code: '82641937', receivedAt: AT, decisionDue: '2026-12-08', updatedAt: AT, decidedAt: AT, reasons: '家庭人均月收入高于本地经济困难标准。', objection: { to: 'justice-bureau', bureau: '临河县司法局', answerWithinDays: 5, citation: { law: 'LAL', article: 49 } } } } },
}
export const StatusGranted: Story = {
  name: 'Status: granted',
  args: { snapshot: { step: 'status', status: { state: 'granted', code: '82641937', receivedAt: AT, decisionDue: '2026-12-08', updatedAt: AT, decidedAt: AT, lawyerAssignedBy: '2026-12-07' } } },
}
export const Sheet: Story = { name: 'Printed sheet (A4), filled', args: { sheet: true, facts: meansTested, pack: withPapers, snapshot: { step: 'review', draft: { ...filled, stage: 'litigation-first-instance', shareFinances: true, giveId: true, idNumber: '11010519491231002X' } } } }
export const SheetBlank: Story = { name: 'Printed sheet (A4), no personal details', args: { sheet: true, snapshot: { step: 'intro' } } }
export const English: Story = { name: 'English', args: { lang: 'en', snapshot: { step: 'review', draft: filled } } }
