import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import { ref } from 'lit/directives/ref.js'
import { kvSet, workroomDb, type Problem } from '@workroom/core'
import { MemoryProvider } from '@workroom/booking'
import '../../kiosk/src/staff/define.js'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import type { ConfigState } from '../../kiosk/src/config-store.js'
import type { ContentState } from '../../kiosk/src/content-store.js'
import type { HealthCheck } from '../../kiosk/src/staff/health.js'
import { PinLockout } from '../../kiosk/src/staff/pin.js'
import type { StaffProvider, WrStaffScreen } from '../../kiosk/src/staff/staff-screen.js'
import { usageKey } from '../../kiosk/src/staff/stats.js'
import demo from '../../kiosk/public/workroom.json'
import { starter } from '../education/data.js'

function demoConfig(): WorkroomConfig {
  const r = parseConfig(structuredClone(demo))
  if (!r.ok) throw new Error(`The demo workroom config does not parse: ${JSON.stringify(r.problems)}`)
  return r.config
}
const config = demoConfig()

// Fixed clock: Monday 23 November 2026, 10:00 in Beijing. The demo PIN is 246810.
const NOW = Date.parse('2026-11-23T10:00:00+08:00')

const content: ContentState = { pack: starter, source: 'fetched', problems: [] }

/** In memory, with three changes waiting for the county booking service. */
function provider(): StaffProvider {
  const p = new MemoryProvider({ config: config.booking, now: () => NOW }) as unknown as StaffProvider
  p.pendingCount = async () => 3
  return p
}

/** Health as a kiosk in a village might report it (the real checks run when no list is given). */
const health: HealthCheck[] = [
  { id: 'database', status: 'ok', detail: 'databaseOk' },
  { id: 'storage', status: 'ok', detail: 'storageOk', params: { used: 42.5, quota: 2048, percent: 2 } },
  { id: 'network', status: 'warn', detail: 'offline' },
  { id: 'service-worker', status: 'ok', detail: 'sw-active' },
  { id: 'voice', status: 'ok', detail: 'voiceLocal', params: { name: 'Microsoft Huihui' } },
  { id: 'printer', status: 'info', detail: 'printerOn', params: { paper: '80mm' } },
  { id: 'time-zone', status: 'ok', detail: 'zoneOk', params: { offset: 'UTC+8' } },
]

// Anonymous counts for three days before NOW, written whole each time (so re-rendering never adds to them).
const lessons = starter.lessons.map((l) => l.id)
const cases = starter.cases.map((c) => c.id)
const DAYS: Record<string, unknown> = {
  '2026-11-21': {
    session: { started: 9 },
    outcome: { 'likely-eligible': 3, 'eligible-no-means-test': 2, 'out-of-scope': 1 },
    category: { labour: 3, 'marriage-family': 2, 'land-acquisition-demolition': 1 },
    ...(lessons[0] ? { lesson: { [lessons[0]]: 4 } } : {}),
    booking: { adviser: 2 },
    reset: { idle: 5, exit: 4 },
  },
  '2026-11-22': {
    session: { started: 6 },
    outcome: { 'likely-eligible': 1, 'eligible-means-waived': 2 },
    category: { neighbour: 2, labour: 1 },
    ...(lessons[1] ? { lesson: { [lessons[1]]: 2 } } : {}),
    ...(cases[0] ? { case: { [cases[0]]: 3 } } : {}),
    reset: { idle: 3, 'quick-exit': 1, exit: 2 },
  },
  '2026-11-23': { session: { started: 2 }, outcome: { 'likely-ineligible-means': 1 }, category: { traffic: 1 }, reset: { exit: 2 } },
}
function seedUsage(): void {
  for (const [date, counts] of Object.entries(DAYS)) void kvSet(workroomDb, usageKey(date), counts).catch(() => undefined)
}

const refused: ConfigState = {
  config,
  source: 'kept',
  problemsFrom: 'https://sfj.example.gov.cn/workroom/dongping.json',
  checkedAt: '2026-11-23T01:30:00Z',
  problems: [
    { path: 'idle.idleSeconds', code: 'tooLow', params: { count: 20 } },
    { path: 'board.whereabouts[0].personId', code: 'unknownPerson', params: { id: 'adviser-li' } },
    { path: 'judicialOffice.name.zh-Hans', code: 'officeName' },
  ] satisfies Problem[],
}

interface Args {
  signedIn: boolean
  configState: ConfigState
  lockout: () => PinLockout
  wrongPin: boolean
  lang: string
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Kiosk/Staff screen',
  component: 'wr-staff-screen',
  args: {
    signedIn: false,
    configState: { config, source: 'file', problems: [], checkedAt: '2026-11-23T01:30:00Z' },
    lockout: () => new PinLockout(),
    wrongPin: false,
    lang: '',
    kiosk: true,
  },
  argTypes: { configState: { control: false }, lockout: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Behind the hidden staff entry (hold the workroom’s name 3 s, or Ctrl+Alt+S): the staff PIN (demo: 246810), then today’s appointments, pending sync, config and content versions, health and anonymous usage counts.',
      },
    },
  },
  render: (a) => {
    if (a.signedIn) seedUsage()
    return html`<wr-staff-screen
      ?kiosk=${a.kiosk}
      lang=${a.lang || nothing}
      .config=${config}
      .configState=${a.configState}
      .contentState=${content}
      .provider=${provider()}
      .health=${health}
      .lockout=${a.lockout()}
      .now=${NOW}
      .signedIn=${a.signedIn}
      ${ref((el) => {
        if (el && a.wrongPin) void (el as WrStaffScreen).submitPin('111111')
      })}
    ></wr-staff-screen>`
  },
}
export default meta
type Story = StoryObj<Args>

export const PinStep: Story = { name: 'PIN step' }
export const WrongPin: Story = { name: 'Wrong PIN (attempts left)', args: { wrongPin: true } }
export const Locked: Story = {
  name: 'Locked after 5 wrong PINs',
  args: {
    lockout: () => {
      const l = new PinLockout()
      for (let i = 0; i < l.maxAttempts; i++) l.fail()
      return l
    },
  },
}
export const Dashboard: Story = { name: 'Dashboard with usage statistics', args: { signedIn: true } }
export const RefusedConfig: Story = { name: 'Dashboard with a refused config', args: { signedIn: true, configState: refused } }
export const English: Story = { name: 'English dashboard', args: { signedIn: true, lang: 'en' } }
