import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONSOLE_ROUTES } from '../../../packages/console/src/api.ts'
import { prepareDataDir, signIn, startService, type ServiceProcess } from './fixtures.ts'

// The console's staff API on a real service process (PGlite in a temp directory, fixed clock
// Monday 2 March 2026 08:00 Beijing time): scoping by role, 4xx for bad input, the audit trail.
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
const DAY = '2026-03-03'
const work = mkdtempSync(join(tmpdir(), 'wr-console-'))
const consoleDir = join(work, 'console')
let service: ServiceProcess
let TOKEN = ''
const cookies: Record<string, string> = {}

async function api(who: string | undefined, route: string, body: unknown = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${service.url}/api/console${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { cookie: cookies[who]! } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, json: await res.json() }
}

/** A resident books through the public contract (as <wr-booking> does): search, hold, confirm. */
async function book(officeId: string, serviceId: string, name: string, pick = 0): Promise<{ code: string; start: string; placeId: string }> {
  const base = `${service.url}/api/booking/offices/${officeId}`
  const post = async (path: string, body: unknown) => {
    const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const json = (await res.json()) as any
    assert.equal(res.status, 200, JSON.stringify(json))
    return json
  }
  const { slots } = await post('/slots/search', { serviceId, from: DAY, to: DAY })
  const slot = slots.filter((s: { remaining: number }) => s.remaining > 0)[pick]
  const hold = await post('/holds', { slotId: slot.id, idempotencyKey: crypto.randomUUID() })
  const b = await post('/bookings', { holdId: hold.holdId, details: { name, mobile: '13800138000', needs: [], ...(serviceId === 'legal-aid' ? { idNumber: '11010519491231002X' } : {}) }, consent, idempotencyKey: crypto.randomUUID() })
  return { code: b.code, start: b.start, placeId: b.placeId }
}

let dongping: { code: string; start: string; placeId: string }
let office: { code: string; start: string; placeId: string }
let hexi: { code: string; start: string; placeId: string }

before(async () => {
  const prepared = await prepareDataDir(join(work, 'data'))
  TOKEN = prepared.deviceToken
  mkdirSync(join(consoleDir, 'assets'), { recursive: true })
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title><script type="module" src="/console/assets/app-1.js"></script>')
  writeFileSync(join(consoleDir, 'assets', 'app-1.js'), 'export {}')
  service = await startService(['--data', join(work, 'data'), '--now', '2026-03-02T08:00:00+08:00', '--no-rate-limit', '--console-dir', consoleDir])
  for (const who of ['admin', 'clerk', 'adviser', 'hexi-clerk']) cookies[who] = await signIn(service.url, who)
  dongping = await book('qingshi', 'adviser', '张秀英') // the village adviser, at the Dongping workroom
  office = await book('qingshi', 'legal-aid', '刘建国') // the legal-aid desk, at the judicial office
  hexi = await book('hexi', 'adviser', '马桂兰')
})
after(async () => {
  await service?.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('County console API', () => {
  it('answers every route 401 without a session, and 404 for a route that does not exist', async () => {
    for (const r of Object.values(CONSOLE_ROUTES)) assert.equal((await api(undefined, r.path)).status, 401, r.path)
    assert.equal((await api('admin', '/nothing-here')).status, 404)
  })

  it('refuses bad input with 400 naming the field, never 5xx', async () => {
    const bad: Array<[string, unknown]> = [
      ['/today', { date: '2026-13-01' }], ['/today', { date: 20260303 }], ['/today', '[1,2]'], ['/today', 'not json'],
      ['/bookings/mark', { officeId: 'qingshi', code: 'abc', action: 'attended' }], ['/bookings/mark', { officeId: 'qingshi', code: dongping.code, action: 'explode' }],
      ['/bookings/mark', { officeId: 'qingshi', code: dongping.code, action: 'attended', disputeCategory: 'gossip' }],
      ['/ledger', { officeId: 'qingshi', month: '2026-3' }], ['/stats', { from: '2026-03', to: '2026-01' }],
      ['/users/create', { username: 'X', displayName: '', password: 'short', role: 'king' }], ['/audit', { from: 'yesterday' }],
      ['/devices/add', { officeId: 'qingshi', name: '' }], ['/bookings/reschedule', { officeId: 'qingshi', code: dongping.code, slotId: '' }],
    ]
    for (const [route, body] of bad) {
      const r = await api('admin', route, body)
      assert.equal(r.status, 400, `${route} ${JSON.stringify(body)} → ${r.status} ${JSON.stringify(r.json)}`)
      assert.ok(r.json.error.message, route)
    }
    const cancel = await api('clerk', '/bookings/mark', { officeId: 'qingshi', code: office.code, action: 'cancelled' })
    assert.equal(cancel.status, 400)
    assert.match(cancel.json.error.message, /reason/)
  })

  it('shows each role only its offices and workrooms, masked', async () => {
    const codes = async (who: string, body: unknown = { date: DAY }) => (await api(who, '/today', body)).json.bookings?.map((b: { code: string }) => b.code).sort()
    assert.deepEqual(await codes('admin'), [dongping.code, office.code, hexi.code].sort())
    assert.deepEqual(await codes('clerk'), [dongping.code, office.code].sort())
    assert.deepEqual(await codes('adviser'), [dongping.code])
    assert.deepEqual(await codes('hexi-clerk'), [hexi.code])
    assert.equal((await api('hexi-clerk', '/today', { date: DAY, officeId: 'qingshi' })).status, 403)
    const list = (await api('clerk', '/today', { date: DAY })).json.bookings
    assert.equal(list.find((b: { code: string }) => b.code === dongping.code).name, '张*英')
    assert.equal(list.find((b: { code: string }) => b.code === dongping.code).mobile, '138****8000')
    assert.equal(JSON.stringify(list).includes('13800138000'), false)
    const scope = (await api('adviser', '/scope')).json.offices
    assert.deepEqual(scope.map((o: { id: string }) => o.id), ['qingshi'])
    assert.deepEqual(scope[0].places.map((p: { id: string }) => p.id), ['dongping-workroom'])
  })

  it('refuses another office’s booking: open, mark, reschedule, ledger, kiosks', async () => {
    assert.equal((await api('hexi-clerk', '/bookings/open', { officeId: 'qingshi', code: dongping.code })).status, 403)
    assert.equal((await api('hexi-clerk', '/bookings/mark', { officeId: 'qingshi', code: dongping.code, action: 'arrived' })).status, 403)
    assert.equal((await api('hexi-clerk', '/bookings/free-slots', { officeId: 'qingshi', code: dongping.code, date: DAY })).status, 403)
    assert.equal((await api('hexi-clerk', '/ledger', { officeId: 'qingshi', month: '2026-03' })).status, 403)
    assert.equal((await api('hexi-clerk', '/devices', { officeId: 'qingshi' })).status, 403)
    // The adviser is refused the office's own desk, inside their office.
    assert.equal((await api('adviser', '/bookings/open', { officeId: 'qingshi', code: office.code })).status, 404)
    // A booking code of one office asked for under another: not found there.
    assert.equal((await api('admin', '/bookings/open', { officeId: 'hexi', code: dongping.code })).status, 404)
    const hexiDevices = (await api('hexi-clerk', '/devices')).json.devices
    assert.ok(hexiDevices.every((d: { officeId: string }) => d.officeId === 'hexi'))
  })

  it('opens a booking whole and writes each opening to the audit log', async () => {
    const r = await api('clerk', '/bookings/open', { officeId: 'qingshi', code: dongping.code })
    assert.equal(r.status, 200)
    assert.equal(r.json.name, '张秀英')
    assert.equal(r.json.mobile, '13800138000')
    const audit = (await api('admin', '/audit', { record: dongping.code })).json.entries
    assert.ok(audit.some((e: { action: string; actor: string }) => e.action === 'booking.open' && e.actor === 'clerk'), JSON.stringify(audit))
  })

  it('marks arrived, then attended with the ledger’s fields; the ledger and statistics show it', async () => {
    const arrived = await api('clerk', '/bookings/mark', { officeId: 'qingshi', code: dongping.code, action: 'arrived' })
    assert.equal(arrived.status, 200)
    assert.equal(arrived.json.arrived, true)
    assert.equal(arrived.json.status, 'booked')
    const attended = await api('clerk', '/bookings/mark', { officeId: 'qingshi', code: dongping.code, action: 'attended', disputeCategory: 'neighbour', outcome: 'mediated' })
    assert.equal(attended.status, 200)
    assert.equal(attended.json.status, 'attended')
    assert.equal((await api('clerk', '/bookings/mark', { officeId: 'qingshi', code: dongping.code, action: 'no-show' })).status, 409)
    const ledger = (await api('clerk', '/ledger', { officeId: 'qingshi', month: '2026-03' })).json
    const row = ledger.rows.find((r: { code: string }) => r.code === dongping.code)
    assert.deepEqual(
      { category: row.disputeCategory, outcome: row.outcome, staff: row.staff, channel: row.channel, status: row.status, name: row.name },
      { category: 'neighbour', outcome: 'mediated', staff: '青石所工作人员', channel: 'website', status: 'attended', name: undefined },
    )
    const stats = (await api('admin', '/stats', { from: '2026-03', to: '2026-03' })).json
    assert.equal(stats.total, 1)
    assert.equal(stats.byCategory.find((c: { key: string }) => c.key === 'neighbour').count, 1)
    assert.deepEqual(stats.byOffice, [{ key: 'qingshi', count: 1 }])
    assert.equal((await api('hexi-clerk', '/stats', { from: '2026-03', to: '2026-03' })).json.total, 0)
    assert.equal(JSON.stringify(stats).includes(dongping.code), false)
  })

  it('gives the ledger’s names only to a role that asks, and audits it', async () => {
    assert.equal((await api('adviser', '/ledger', { officeId: 'qingshi', month: '2026-03', personal: true })).status, 403)
    const r = await api('clerk', '/ledger', { officeId: 'qingshi', month: '2026-03', personal: true })
    assert.equal(r.json.rows.find((x: { code: string }) => x.code === office.code).name, '刘建国')
    const audit = (await api('admin', '/audit', { actor: 'clerk' })).json.entries
    assert.ok(audit.some((e: { action: string }) => e.action === 'ledger.personal'))
  })

  it('cancels with a reason and reschedules into a free place', async () => {
    const free = await api('clerk', '/bookings/free-slots', { officeId: 'qingshi', code: office.code, date: DAY })
    assert.equal(free.status, 200)
    const to = free.json.slots.find((s: { start: string }) => s.start !== office.start)
    const moved = await api('clerk', '/bookings/reschedule', { officeId: 'qingshi', code: office.code, slotId: to.id })
    assert.equal(moved.status, 200, JSON.stringify(moved.json))
    assert.equal(moved.json.start, to.start)
    const cancelled = await api('clerk', '/bookings/mark', { officeId: 'qingshi', code: office.code, action: 'cancelled', reason: '居民来电说家里有事' })
    assert.equal(cancelled.json.status, 'cancelled')
    const opened = await api('clerk', '/bookings/open', { officeId: 'qingshi', code: office.code })
    assert.equal(opened.json.cancelReason, '居民来电说家里有事')
    assert.equal((await api('clerk', '/bookings/reschedule', { officeId: 'qingshi', code: office.code, slotId: to.id })).status, 409)
  })

  it('registers a kiosk (token once), shows its sync, pending and version, and refuses it once revoked', async () => {
    assert.equal((await api('adviser', '/devices/add', { officeId: 'qingshi', name: '顾问的平板' })).status, 403)
    assert.equal((await api('hexi-clerk', '/devices/add', { officeId: 'qingshi', name: '别的所' })).status, 403)
    const added = await api('clerk', '/devices/add', { officeId: 'qingshi', placeId: 'dongping-workroom', name: '东坪村二号机' })
    assert.equal(added.status, 200)
    assert.match(added.json.token, /^wrd_/)
    assert.equal(added.json.syncUrl, `${service.url}/api/booking/offices/qingshi`)
    const sync = (token: string) =>
      fetch(`${service.url}/api/booking/offices/qingshi/staff/sync`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-workroom-version': '0.1.0', 'x-workroom-pending': '3' }, body: JSON.stringify({ entries: [] }) })
    assert.equal((await sync(added.json.token)).status, 200)
    const listed = (await api('clerk', '/devices')).json.devices.find((d: { id: string }) => d.id === added.json.device.id)
    assert.deepEqual({ version: listed.version, pending: listed.pending, synced: !!listed.lastSyncAt }, { version: '0.1.0', pending: 3, synced: true })
    assert.equal(JSON.stringify((await api('clerk', '/devices')).json).includes(added.json.token.slice(-20)), false)
    assert.equal((await api('clerk', '/devices/revoke', { id: added.json.device.id })).status, 200)
    assert.equal((await sync(added.json.token)).status, 401)
    assert.equal((await api('clerk', '/devices/revoke', { id: added.json.device.id })).status, 409)
    assert.equal((await sync(TOKEN)).status, 200)
    const audit = (await api('clerk', '/audit', { record: added.json.device.id })).json.entries.map((e: { action: string }) => e.action)
    assert.deepEqual(audit.sort(), ['device.add', 'device.revoke'])
  })

  it('lets only a county administrator manage accounts: create, reset a password, disable', async () => {
    assert.equal((await api('clerk', '/users')).status, 403)
    assert.equal((await api('clerk', '/users/create', { username: 'sneaky', displayName: 'x', password: 'long-enough-1', role: 'county-admin' })).status, 403)
    const created = await api('admin', '/users/create', { username: 'li.na', displayName: '李娜', password: 'first-password-1', role: 'office-staff', officeId: 'hexi' })
    assert.equal(created.status, 200, JSON.stringify(created.json))
    assert.equal((await api('admin', '/users/create', { username: 'li.na', displayName: '李娜', password: 'first-password-1', role: 'office-staff', officeId: 'hexi' })).status, 400)
    const id = created.json.user.id
    const liCookie = await signIn(service.url, 'li.na', 'first-password-1')
    assert.equal((await api('admin', '/users/reset-password', { id, password: 'second-password-2' })).status, 200)
    // The reset ends the old sessions.
    assert.equal((await fetch(`${service.url}/api/auth/session`, { headers: { cookie: liCookie } })).status, 401)
    await signIn(service.url, 'li.na', 'second-password-2')
    assert.equal((await api('admin', '/users/disable', { id })).status, 200)
    await assert.rejects(signIn(service.url, 'li.na', 'second-password-2'), /401/)
    const users = (await api('admin', '/users')).json.users
    assert.equal(users.find((u: { username: string }) => u.username === 'li.na').disabled, true)
    const audit = (await api('admin', '/audit', { record: id })).json.entries.map((e: { action: string; actor: string }) => `${e.action}:${e.actor}`)
    for (const a of ['staff.create:admin', 'staff.reset-password:admin', 'staff.disable:admin']) assert.ok(audit.includes(a), `${a} in ${audit}`)
  })

  it('keeps office staff’s audit search to their office, and refuses it to advisers', async () => {
    assert.equal((await api('adviser', '/audit', {})).status, 403)
    const entries = (await api('hexi-clerk', '/audit', {})).json.entries
    assert.ok(entries.length > 0)
    assert.ok(entries.every((e: { officeId?: string }) => e.officeId === 'hexi'), JSON.stringify(entries.slice(0, 3)))
  })

  it('serves the built console at /console/ with its CSP and security headers', async () => {
    const res = await fetch(`${service.url}/console/`)
    assert.equal(res.status, 200)
    const csp = res.headers.get('content-security-policy') ?? ''
    assert.match(csp, /script-src 'self'/)
    assert.match(csp, /frame-ancestors 'none'/)
    assert.match(csp, /require-trusted-types-for 'script'/)
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(res.headers.get('cache-control'), 'no-store')
    assert.match(await res.text(), /<title>console<\/title>/)
    const asset = await fetch(`${service.url}/console/assets/app-1.js`)
    assert.match(asset.headers.get('content-type') ?? '', /javascript/)
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/)
    // A path of the app (not a file) gets the page; a path out of the directory gets nothing else.
    assert.match(await (await fetch(`${service.url}/console/today`)).text(), /<title>console/)
    assert.match(await (await fetch(`${service.url}/console/..%2f..%2fpackage.json`)).text(), /<title>console/)
    assert.equal((await fetch(`${service.url}/console`, { redirect: 'manual' })).status, 308)
    assert.equal((await fetch(`${service.url}/console/`, { method: 'POST' })).status, 405)
  })
})

describe('County console API: schedules', () => {
  it('lets office staff edit only their own office’s schedule, an administrator any, an adviser none', async () => {
    const kept = await book('qingshi', 'adviser', '王桂芳', 1)
    const mine = await api('clerk', '/schedule', { officeId: 'qingshi' })
    assert.equal(mine.status, 200, JSON.stringify(mine.json))
    assert.ok(mine.json.version >= 1)
    assert.ok(Array.isArray(mine.json.config.services))
    // What is already booked comes with it (slot ids only, nothing about the resident), for the preview's count.
    assert.ok(mine.json.upcoming.some((b: { start: string }) => b.start === kept.start), JSON.stringify(mine.json.upcoming))
    assert.ok(!JSON.stringify(mine.json.upcoming).includes('张'))
    assert.equal((await api('clerk', '/schedule', { officeId: 'hexi' })).status, 403)
    assert.equal((await api('hexi-clerk', '/schedule/save', { officeId: 'qingshi', baseVersion: mine.json.version, config: mine.json.config })).status, 403)
    assert.equal((await api('adviser', '/schedule', { officeId: 'qingshi' })).status, 403)
    assert.equal((await api('adviser', '/schedule/save', { officeId: 'qingshi', baseVersion: mine.json.version, config: mine.json.config })).status, 403)
    assert.equal((await api('admin', '/schedule', { officeId: 'hexi' })).status, 200)
    assert.equal((await api('admin', '/schedule', { officeId: 'nowhere' })).status, 404)
  })

  it('refuses a bad config with 400 and every problem by its path, never 5xx, and keeps the stored one', async () => {
    const { json: before } = await api('clerk', '/schedule', { officeId: 'qingshi' })
    const config = structuredClone(before.config)
    config.services[0].rules[0].capacity = 1000
    config.services[0].rules[0].start = '25:00'
    for (const body of [{ officeId: 'qingshi', baseVersion: before.version, config }, { officeId: 'qingshi', baseVersion: before.version, config: 'nope' }, { officeId: 'qingshi', baseVersion: 'one', config }, { officeId: 'qingshi', baseVersion: before.version }]) {
      const r = await api('clerk', '/schedule/save', body)
      assert.equal(r.status, 400, JSON.stringify(r.json))
    }
    const r = await api('clerk', '/schedule/save', { officeId: 'qingshi', baseVersion: before.version, config })
    const paths = r.json.error.problems.map((p: { path: string }) => p.path)
    assert.ok(paths.includes('services.0.rules.0.capacity'), JSON.stringify(r.json))
    assert.ok(paths.includes('services.0.rules.0.start'), JSON.stringify(r.json))
    assert.equal((await api('clerk', '/schedule', { officeId: 'qingshi' })).json.version, before.version)
  })

  it('stores a new version, audited, and refuses an edit started from an older one with 409', async () => {
    const { json: before } = await api('clerk', '/schedule', { officeId: 'qingshi' })
    const config = structuredClone(before.config)
    config.services[0].rules[0].capacity = 3
    const saved = await api('clerk', '/schedule/save', { officeId: 'qingshi', baseVersion: before.version, config })
    assert.equal(saved.status, 200, JSON.stringify(saved.json))
    assert.equal(saved.json.version, before.version + 1)
    const after = (await api('admin', '/schedule', { officeId: 'qingshi' })).json
    assert.equal(after.version, before.version + 1)
    assert.equal(after.config.services[0].rules[0].capacity, 3)
    // The administrator started from the old version too: refused, and told why.
    const stale = await api('admin', '/schedule/save', { officeId: 'qingshi', baseVersion: before.version, config: before.config })
    assert.equal(stale.status, 409)
    assert.match(stale.json.error.message, /changed by someone else/)
    assert.equal((await api('admin', '/schedule', { officeId: 'qingshi' })).json.config.services[0].rules[0].capacity, 3)
    const audit = (await api('admin', '/audit', { record: 'qingshi' })).json.entries
    assert.ok(audit.some((e: { action: string; actor?: string }) => e.action === 'office.config' && e.actor === 'clerk'), JSON.stringify(audit.slice(0, 3)))
    // Bookings already made are kept.
    assert.ok((await api('clerk', '/schedule', { officeId: 'qingshi' })).json.upcoming.length > 0)
  })
})
