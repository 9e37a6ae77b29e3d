// A county service in memory for the console's stories: canned answers to the console's routes,
// so every screen renders (and is checked with axe) without a server.
import { demoConfig } from '@workroom/booking/demo-config'
import { ConsoleClient, type ApplicationDetail, type ConsoleApplication, type ConsoleBooking, type OfficeInfo, type SessionResponse, type StaffUser } from '@workroom/console'
import { addDays, objectionRoute, type ApplicationStatus } from '@workroom/screening/application-contract'

export const NOW = Date.parse('2026-03-03T08:00:00+08:00')

const office = (id: string, name: Record<string, string>): OfficeInfo => ({
  id, name,
  places: demoConfig.places.map((p) => ({ id: p.id, name: p.name as Record<string, string> })),
  services: demoConfig.services.map((s) => ({ id: s.id, name: s.name as Record<string, string> })),
})
export const OFFICES: OfficeInfo[] = [
  office('qingshi', { 'zh-Hans': '临河县司法局青石司法所', en: 'Qingshi Judicial Office' }),
  office('hexi', { 'zh-Hans': '临河县司法局河西司法所', en: 'Hexi Judicial Office' }),
]

export const USERS: Record<StaffUser['role'], StaffUser> = {
  'county-admin': { id: 's_admin', username: 'admin', displayName: '县局管理员', role: 'county-admin' },
  'office-staff': { id: 's_clerk', username: 'clerk', displayName: '青石所工作人员', role: 'office-staff', officeId: 'qingshi' },
  'workroom-adviser': { id: 's_adv', username: 'adviser', displayName: '王律师', role: 'workroom-adviser', officeId: 'qingshi', placeId: 'dongping-workroom' },
}

const names = ['张*英', '刘*国', '马*兰', '李*', '王*山', '陈*芳', '赵*华', '孙*明']
/** `n` bookings on 3 March 2026 across both offices and their rooms. */
export function bookings(n = 8): ConsoleBooking[] {
  const out: ConsoleBooking[] = []
  const places = ['dongping-workroom', 'qingshi-office']
  for (let i = 0; i < n; i++) {
    const minutes = 8 * 60 + 30 + (i % 16) * 30
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
    const mm = String(minutes % 60).padStart(2, '0')
    const end = minutes + 30
    out.push({
      code: `K${String(100000 + i).slice(1)}`,
      officeId: i % 5 === 4 ? 'hexi' : 'qingshi', serviceId: i % 2 ? 'legal-aid' : 'adviser', placeId: places[i % 2]!,
      start: `2026-03-03T${hh}:${mm}:00+08:00`, end: `2026-03-03T${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}:00+08:00`,
      status: i === 2 ? 'attended' : i === 5 ? 'cancelled' : i === 6 ? 'no-show' : 'booked', arrived: i === 1, priority: i === 3,
      channel: (['website', 'kiosk', 'phone', 'walk-in'] as const)[i % 4]!, ...(i === 2 ? { disputeCategory: 'neighbour' as const, outcome: 'mediated' as const } : {}),
      name: names[i % names.length]!, mobile: '138****8000', needs: i === 0 ? ['large-print'] : [],
    })
  }
  return out.sort((a, b) => (a.officeId + a.placeId + a.start < b.officeId + b.placeId + b.start ? -1 : 1))
}

const APPLICANTS = ['王*英', '刘*国', '马*兰', '李*', '周*山', '陈*芳']
/** Legal-aid applications as the queue shows them on 3 March 2026: one overdue, one due today, one urgent, one decided. */
export function applications(n = 6): ConsoleApplication[] {
  const problems = ['wages', 'support-payment', 'domestic-violence', 'work-injury', 'traffic-injury', 'divorce'] as const
  const causes = ['labour', 'support', 'marriage-family', 'work-injury', 'damages', 'marriage-family'] as const
  const out: ConsoleApplication[] = []
  for (let i = 0; i < n; i++) {
    const received = addDays('2026-03-03', -[8, 7, 1, 3, 0, 5][i % 6]!)
    const state = i % 6 === 5 ? 'granted' : i % 6 === 3 ? 'materials-requested' : 'received'
    const due = addDays(received, 7)
    const daysLeft = Math.round((Date.parse(due) - Date.parse('2026-03-03')) / 86_400_000)
    out.push({
      code: String(40_000_000 + i * 1_234_567).slice(0, 8), officeId: i % 4 === 3 && i > 5 ? 'hexi' : 'qingshi', workroomId: i % 2 ? 'qingshi-office' : 'dongping-workroom',
      channel: i % 2 ? 'web' : 'kiosk', state, problem: problems[i % 6]!, cause: causes[i % 6]!, screeningOutcome: 'eligible-means-waived', urgent: i % 6 === 2,
      receivedAt: `${received}T10:${String(10 + i).padStart(2, '0')}:00+08:00`, decisionDue: due, ...(state === 'granted' ? {} : { daysLeft }),
      name: APPLICANTS[i % APPLICANTS.length]!, mobile: '138****8000',
    })
  }
  return out
}

/** One application for review: a migrant worker owed wages, applying herself at the Dongping kiosk. */
export function applicationDetail(a: ConsoleApplication, status?: ApplicationStatus, events = [{ at: a.receivedAt, state: 'received' as const, event: a.channel === 'kiosk' ? 'synced' : 'submitted' }]): ApplicationDetail {
  return {
    application: a,
    applicant: { for: 'self', villageId: 'dongping-workroom', sex: 'female', birthYear: 1971, hasIdNumber: true },
    matter: { problem: 'wages', cause: 'labour', position: 'applicant', aidKind: 'arbitration', stage: 'not-started', account: { chips: ['unpaid', 'no-contract'], text: '在县城工地干了三个月，老板一直拖着不发工资。' }, urgency: { urgent: a.urgent, needs: a.urgent ? ['deadline'] : [], ...(a.urgent ? { daysLeft: 5 } : {}) } },
    screening: {
      packId: 'national', packVersion: '1.0.0', outcome: 'eligible-means-waived',
      facts: { problem: 'wages', hasLawyer: false, 'applicant.ageBand': '18-59', 'applicant.groups': ['migrant-worker'] },
      reasons: [{ code: 'scope-pay-and-labour', citations: [{ law: 'LAL', article: 31, item: 5 }] }, { code: 'waived-migrant-worker', citations: [{ law: 'LAL', article: 42, item: 4 }] }],
      materials: ['id-card', 'migrant-worker-proof', 'wage-evidence'], groups: ['migrant-worker'],
    },
    hasFinances: true,
    consent: { sensitive: true, version: '2026-1', at: a.receivedAt },
    pledge: { readAloud: 'device', version: '2026-1' },
    status: status ?? (a.state === 'granted'
      ? { code: a.code, receivedAt: a.receivedAt, decisionDue: a.decisionDue, updatedAt: a.receivedAt, state: 'granted', decidedAt: a.receivedAt, lawyerAssignedBy: addDays(a.decisionDue, -4) }
      : a.state === 'materials-requested'
        ? { code: a.code, receivedAt: a.receivedAt, decisionDue: a.decisionDue, daysLeft: a.daysLeft, updatedAt: a.receivedAt, state: 'materials-requested', materials: [{ code: 'wage-evidence' }, { text: '工友的证明' }], requestedAt: a.receivedAt, supplyBy: '2026-03-06' }
        : { code: a.code, receivedAt: a.receivedAt, decisionDue: a.decisionDue, daysLeft: a.daysLeft, updatedAt: a.receivedAt, state: 'received' }),
    events,
  }
}

export interface FakeOptions {
  role?: StaffUser['role']
  signedIn?: boolean
  /** Seconds of idle time the session has left (the expiry warning's story). */
  idleSeconds?: number
  bookings?: ConsoleBooking[]
  /** Answer sign-in with this status (423: locked). */
  signInStatus?: number
  /** The office's stored booking config (default: the demo's). */
  scheduleConfig?: unknown
  /** The applications queue (default: `applications()`). */
  applications?: ConsoleApplication[]
  /** Hears every request (tests). */
  spy?: (path: string, init: RequestInit) => void
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

/** A ConsoleClient whose fetch answers from memory. */
export function fakeClient(o: FakeOptions = {}): ConsoleClient {
  const user = USERS[o.role ?? 'county-admin']
  const offices = user.role === 'county-admin' ? OFFICES : OFFICES.filter((x) => x.id === user.officeId)
  let signedIn = o.signedIn ?? true
  const session = (): SessionResponse => ({
    user, idleExpiresAt: new Date(Date.now() + (o.idleSeconds ?? 1800) * 1000).toISOString(), absoluteExpiresAt: new Date(Date.now() + 12 * 3600_000).toISOString(),
    idleSeconds: o.idleSeconds ?? 1800, absoluteSeconds: 12 * 3600,
  })
  const list = (o.bookings ?? bookings()).filter((b) => user.role === 'county-admin' || b.officeId === user.officeId)
  const routes: Record<string, () => unknown> = {
    '/api/console/scope': () => ({ offices }),
    '/api/console/today': () => ({ date: '2026-03-03', bookings: list }),
    '/api/console/devices': () => ({
      devices: [
        { id: 'd1', officeId: 'qingshi', placeId: 'dongping-workroom', name: '东坪村一体机', createdAt: '2026-02-01T09:00:00+08:00', lastSyncAt: '2026-03-03T07:58:00+08:00', lastSeenAt: '2026-03-03T07:58:00+08:00', pending: 0, version: '0.1.0', revoked: false },
        { id: 'd2', officeId: 'qingshi', placeId: 'dongping-workroom', name: '东坪村旧一体机', createdAt: '2025-06-01T09:00:00+08:00', revoked: true },
      ],
    }),
    '/api/console/users': () => ({ users: Object.values(USERS).map((u) => ({ ...u, disabled: false, locked: u.role === 'workroom-adviser', createdAt: '2026-01-05T09:00:00+08:00' })) }),
    '/api/console/audit': () => ({
      truncated: false,
      entries: [
        { id: 3, at: '2026-03-03T08:05:00+08:00', actorKind: 'staff', actor: 'clerk', action: 'booking.open', officeId: 'qingshi', recordKind: 'booking', recordId: 'K00000' },
        { id: 2, at: '2026-03-03T07:58:00+08:00', actorKind: 'device', actor: 'd1', action: 'sync.batch', officeId: 'qingshi', recordKind: 'sync' },
        { id: 1, at: '2026-03-03T07:50:00+08:00', actorKind: 'staff', actor: 'clerk', action: 'staff.sign-in', officeId: 'qingshi', recordKind: 'staff', recordId: 's_clerk' },
      ],
    }),
    '/api/console/ledger': () => ({
      officeId: 'qingshi', month: '2026-03', personal: false,
      rows: list.filter((b) => b.officeId === 'qingshi' && b.status !== 'cancelled').map((b) => ({
        code: b.code, date: b.start.slice(0, 10), time: b.start.slice(11, 16), serviceId: b.serviceId, placeId: b.placeId, status: b.status, channel: b.channel,
        ...(b.disputeCategory ? { disputeCategory: b.disputeCategory } : {}), ...(b.outcome ? { outcome: b.outcome, staff: '青石所工作人员' } : {}),
      })),
    }),
    '/api/console/waitlist': () => ({
      entries: user.role === 'county-admin' || user.officeId === 'qingshi'
        ? [
            { id: 'w1', officeId: 'qingshi', serviceId: 'adviser', date: '2026-03-03', status: 'waiting', position: 1, name: '周*兰', mobile: '136****4444', free: 1 },
            { id: 'w2', officeId: 'qingshi', serviceId: 'adviser', date: '2026-03-03', status: 'offered', name: '孙*华', mobile: '136****2222', free: 1 },
          ]
        : [],
    }),
    '/api/console/stats': () => ({
      total: 37,
      byCategory: [['marriage-family', 9], ['neighbour', 8], ['housing-homestead', 6], ['labour', 5], ['contract', 4], ['other', 3], ['unrecorded', 2]].map(([key, count]) => ({ key, count })),
      byService: [{ key: 'adviser', count: 21 }, { key: 'mediation', count: 10 }, { key: 'legal-aid', count: 6 }],
      byOutcome: [{ key: 'advice-given', count: 20 }, { key: 'mediated', count: 9 }, { key: 'referred-legal-aid', count: 6 }, { key: 'unrecorded', count: 2 }],
      byOffice: [{ key: 'qingshi', count: 25 }, { key: 'hexi', count: 12 }],
      byMonth: [{ key: '2026-01', count: 10 }, { key: '2026-02', count: 12 }, { key: '2026-03', count: 15 }],
    }),
  }
  const apps = (o.applications ?? applications()).filter((a) => user.role === 'county-admin' || (a.officeId === user.officeId && (user.role !== 'workroom-adviser' || a.workroomId === user.placeId)))
  const details = new Map(apps.map((a) => [a.code, applicationDetail(a)]))
  const act = (body: { code: string }, change: (d: ApplicationDetail) => { state: ConsoleApplication['state']; status: ApplicationStatus; event: string }) => {
    const d = details.get(body.code)
    if (!d) return json(404, { error: { code: 'not-found', message: 'no application with this code' } })
    const next = change(d)
    const a = { ...d.application, state: next.state, ...(['granted', 'refused', 'withdrawn'].includes(next.state) ? { daysLeft: undefined } : {}) }
    const updated = { ...d, application: a, status: next.status, events: [...d.events, { at: '2026-03-03T08:10:00+08:00', state: next.state, event: next.event }] }
    details.set(body.code, updated)
    return json(200, updated)
  }
  Object.assign(routes, {
    '/api/console/applications': () => ({ applications: apps }),
    '/api/console/applications/stats': () => ({
      total: 23, overdue: 1,
      byState: [{ key: 'granted', count: 12 }, { key: 'received', count: 5 }, { key: 'refused', count: 3 }, { key: 'materials-requested', count: 2 }, { key: 'withdrawn', count: 1 }],
      byCause: [{ key: 'labour', count: 9 }, { key: 'marriage-family', count: 6 }, { key: 'support', count: 4 }, { key: 'damages', count: 3 }, { key: 'other', count: 1 }],
    }),
  })
  const schedule = { version: 4, config: structuredClone(o.scheduleConfig ?? demoConfig) as unknown }
  return new ConsoleClient('', async (input, init) => {
    const path = input.replace(/^https?:\/\/[^/]+/, '')
    o.spy?.(path, init)
    if (path === '/api/auth/session') return signedIn ? json(200, session()) : json(401, { error: { code: 'signed-out', message: 'sign in first' } })
    if (path === '/api/auth/sign-in') {
      if (o.signInStatus === 423) return json(423, { error: { code: 'locked', message: 'locked', lockedUntil: new Date(Date.now() + 15 * 60_000).toISOString() } }, { 'retry-after': '900' })
      if (o.signInStatus) return json(o.signInStatus, { error: { code: 'bad-credentials', message: 'wrong username or password' } })
      signedIn = true
      return json(200, session())
    }
    if (path.startsWith('/api/auth/')) return (signedIn = false), json(200, {})
    if (init.method !== 'POST') return json(405, {})
    if (path === '/api/console/schedule') return json(200, { officeId: 'qingshi', version: schedule.version, config: schedule.config, upcoming: [{ slotId: 'adviser~adviser-wang~2026-03-03T09:00:00+08:00', serviceId: 'adviser', start: '2026-03-03T09:00:00+08:00' }] })
    if (path === '/api/console/schedule/save') {
      const body = JSON.parse(String(init.body)) as { baseVersion: number; config: unknown }
      if (body.baseVersion !== schedule.version) return json(409, { error: { code: 'conflict', message: 'changed by someone else' } })
      schedule.version += 1
      schedule.config = body.config
      return json(200, { officeId: 'qingshi', version: schedule.version })
    }
    if (path.startsWith('/api/console/applications/') && path !== '/api/console/applications/stats') {
      const body = JSON.parse(String(init.body)) as { code: string; decision?: string; reasons?: string; bureau?: string; agency?: string; materials?: Array<{ code?: string; text?: string }>; supplyBy?: string; why?: 'resident' | 'materials-not-supplied' }
      const d = details.get(body.code)
      if (!d) return json(404, { error: { code: 'not-found', message: 'no application with this code' } })
      const at = '2026-03-03T08:10:00+08:00'
      const base = { code: d.application.code, receivedAt: d.application.receivedAt, decisionDue: d.application.decisionDue, updatedAt: at }
      if (path.endsWith('/detail')) return json(200, d)
      if (path.endsWith('/open'))
        return json(200, {
          code: body.code, applicant: { for: 'self', name: '王秀英', mobile: '13800138000', address: { villageId: 'dongping-workroom', text: '东坪村三组 12 号' }, idNumber: '11010519710315002X', sex: 'female', birthYear: 1971 },
          finances: { householdSize: 4, monthlyIncome: { wagesOrPension: 1800, relief: 300 }, property: [{ address: '东坪村三组 12 号', areaM2: 90, use: 'own-use' }] },
        })
      if (path.endsWith('/request-materials')) return act(body, () => ({ state: 'materials-requested', event: 'materials-requested', status: { ...base, daysLeft: d.application.daysLeft, state: 'materials-requested', materials: body.materials!, requestedAt: at, ...(body.supplyBy ? { supplyBy: body.supplyBy } : {}) } }))
      if (path.endsWith('/forward')) return act(body, () => ({ state: 'forwarded', event: 'forwarded', status: { ...base, daysLeft: d.application.daysLeft, state: 'forwarded', agency: body.agency!, forwardedAt: at } }))
      if (path.endsWith('/decide')) {
        if (body.decision === 'refused' && !body.reasons?.trim()) return json(400, { error: { code: 'reasons-required', message: 'reasons' } })
        return act(body, () =>
          body.decision === 'granted'
            ? { state: 'granted', event: 'granted', status: { ...base, state: 'granted', decidedAt: at, lawyerAssignedBy: '2026-03-06' } }
            : body.decision === 'refused'
              ? { state: 'refused', event: 'refused', status: { ...base, state: 'refused', decidedAt: at, reasons: body.reasons!, objection: objectionRoute(body.bureau) } }
              : { state: 'withdrawn', event: 'withdrawn', status: { ...base, state: 'withdrawn', at, why: body.why ?? 'resident' } },
        )
      }
    }
    const answer = routes[path]
    return answer ? json(200, answer()) : json(404, { error: { code: 'not-found', message: path } })
  })
}
