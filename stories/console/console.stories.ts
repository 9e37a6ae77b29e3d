import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/console/elements'
import type { StaffUser } from '@workroom/console'
import { demoConfig } from '@workroom/booking/demo-config'
import { NOW, OFFICES, USERS, applications, bookings, fakeClient } from './data.js'

// The county console's screens, on a county service in memory (stories/console/data.ts).
interface Args {
  role: StaffUser['role']
  lang: string
  signedIn: boolean
  idleSeconds: number
}

const meta: Meta<Args> = {
  title: 'Console/County console',
  component: 'wr-console-app',
  args: { role: 'county-admin', lang: '', signedIn: true, idleSeconds: 1800 },
  argTypes: { role: { control: 'select', options: Object.keys(USERS) } },
  render: (a) => html`<wr-console-app .client=${fakeClient({ role: a.role, signedIn: a.signedIn, idleSeconds: a.idleSeconds })} .now=${NOW} lang=${a.lang || 'zh-Hans'}></wr-console-app>`,
}
export default meta
type Story = StoryObj<Args>

const ctx = (role: StaffUser['role'] = 'county-admin') => ({
  client: fakeClient({ role }), user: USERS[role], offices: role === 'county-admin' ? OFFICES : OFFICES.filter((o) => o.id === USERS[role].officeId), now: NOW,
})

export const SignIn: Story = { name: 'Sign in', args: { signedIn: false } }
export const SignInEnglish: Story = { name: 'Sign in (English)', args: { signedIn: false, lang: 'en' } }
export const Shell: Story = { name: 'Signed in: today (county administrator)' }
export const ShellAdviser: Story = { name: 'Signed in: workroom adviser (fewer views)', args: { role: 'workroom-adviser' } }
export const SessionEnding: Story = { name: 'Session about to end (stay signed in)', args: { idleSeconds: 100 } }

export const Today: Story = { name: 'Today', render: () => html`<wr-console-today .ctx=${ctx()} lang="zh-Hans"></wr-console-today>` }
export const TodayEnglish: Story = { name: 'Today (English)', render: () => html`<wr-console-today .ctx=${ctx()} lang="en"></wr-console-today>` }
export const TodayEmpty: Story = {
  name: 'Today, no bookings',
  render: () => html`<wr-console-today .ctx=${{ ...ctx(), client: fakeClient({ bookings: [] }) }} lang="zh-Hans"></wr-console-today>`,
}
export const TodayMany: Story = {
  name: 'Today, a busy day (60 bookings)',
  render: () => html`<wr-console-today .ctx=${{ ...ctx(), client: fakeClient({ bookings: bookings(60) }) }} lang="zh-Hans"></wr-console-today>`,
}
export const Kiosks: Story = { name: 'Kiosks', render: () => html`<wr-console-kiosks .ctx=${ctx('office-staff')} lang="zh-Hans"></wr-console-kiosks>` }
export const KiosksAdviser: Story = { name: 'Kiosks (adviser: read only)', render: () => html`<wr-console-kiosks .ctx=${ctx('workroom-adviser')} lang="zh-Hans"></wr-console-kiosks>` }
export const Ledger: Story = { name: 'Ledger (台账)', render: () => html`<wr-console-ledger .ctx=${ctx('office-staff')} lang="zh-Hans"></wr-console-ledger>` }
export const Stats: Story = { name: 'Statistics', render: () => html`<wr-console-stats .ctx=${ctx()} lang="zh-Hans"></wr-console-stats>` }
export const StatsEnglish: Story = { name: 'Statistics (English)', render: () => html`<wr-console-stats .ctx=${ctx()} lang="en"></wr-console-stats>` }
export const Users: Story = { name: 'Accounts (administrator)', render: () => html`<wr-console-users .ctx=${ctx()} lang="zh-Hans"></wr-console-users>` }
export const Audit: Story = { name: 'Audit log', render: () => html`<wr-console-audit .ctx=${ctx()} lang="zh-Hans"></wr-console-audit>` }

const badCapacity = structuredClone(demoConfig)
badCapacity.services[0]!.rules[0]!.capacity = 1000
export const Schedules: Story = { name: 'Schedules', render: () => html`<wr-console-schedules .ctx=${ctx('office-staff')} lang="zh-Hans"></wr-console-schedules>` }
export const SchedulesEnglish: Story = { name: 'Schedules (English)', render: () => html`<wr-console-schedules .ctx=${ctx()} lang="en"></wr-console-schedules>` }
export const SchedulesHolidays: Story = {
  name: 'Schedules: holidays and a make-up working day in the preview',
  render: () => html`<wr-console-schedules .ctx=${{ ...ctx('office-staff'), now: Date.parse('2026-09-18T08:00:00+08:00') }} lang="zh-Hans"></wr-console-schedules>`,
}
export const SchedulesProblem: Story = {
  name: 'Schedules: a problem beside its field',
  render: () => html`<wr-console-schedules .ctx=${{ ...ctx('office-staff'), client: fakeClient({ role: 'office-staff', scheduleConfig: badCapacity }) }} lang="zh-Hans"></wr-console-schedules>`,
}

export const Applications: Story = { name: 'Applications: the queue with the 7-day clock', render: () => html`<wr-console-applications .ctx=${ctx('office-staff')} lang="zh-Hans"></wr-console-applications>` }
export const ApplicationsEnglish: Story = { name: 'Applications (English)', render: () => html`<wr-console-applications .ctx=${ctx()} lang="en"></wr-console-applications>` }
export const ApplicationsEmpty: Story = {
  name: 'Applications: none waiting',
  render: () => html`<wr-console-applications .ctx=${{ ...ctx('office-staff'), client: fakeClient({ role: 'office-staff', applications: [] }) }} lang="zh-Hans"></wr-console-applications>`,
}
const firstCode = applications()[0]!.code
export const ApplicationDetail: Story = {
  name: 'Application: answers beside the screening’s reasons',
  render: () => html`<wr-console-applications .ctx=${ctx('office-staff')} .code=${firstCode} lang="zh-Hans"></wr-console-applications>`,
}
export const ApplicationDetailEnglish: Story = {
  name: 'Application (English)',
  render: () => html`<wr-console-applications .ctx=${ctx('office-staff')} .code=${firstCode} lang="en"></wr-console-applications>`,
}
export const ApplicationDetailAdviser: Story = {
  name: 'Application: a workroom adviser sees, the office acts',
  render: () => html`<wr-console-applications .ctx=${ctx('workroom-adviser')} .code=${firstCode} lang="zh-Hans"></wr-console-applications>`,
}
