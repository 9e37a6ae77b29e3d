// The county service as a county runs it: a real process on PGlite in a data directory,
// restarted, refused, signed in to, attacked with bad input.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPglite } from '../../../packages/server/src/db.ts'
import { freshDataDir, PASSWORD, prepareDataDir, root, signIn, startService, TEST_KEYS, type ServiceProcess } from './fixtures.ts'

const work = mkdtempSync(join(tmpdir(), 'wr-service-'))
after(() => rmSync(work, { recursive: true, force: true }))
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
const NAME = '张秀英'
const MOBILE = '13812345678'
const NOW = ['--now', '2026-03-02T08:00:00+08:00']
const key = () => crypto.randomUUID()

async function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: res.status, json, headers: res.headers }
}
const OFFICE = '/api/booking/offices/qingshi'

async function book(url: string, slotId: string, extra: Record<string, string> = {}, details: Record<string, unknown> = { name: NAME, mobile: MOBILE, idNumber: '11010519491231002X' }): Promise<string> {
  const hold = await post(url, `${OFFICE}/holds`, { slotId, idempotencyKey: key() }, extra)
  assert.equal(hold.status, 200, JSON.stringify(hold.json))
  const b = await post(url, `${OFFICE}/bookings`, { holdId: hold.json.holdId, details, consent, idempotencyKey: key() }, extra)
  assert.equal(b.status, 200, JSON.stringify(b.json))
  return b.json.code as string
}

describe('starting the service', () => {
  it('refuses to start with no staff account, saying how to create one; --demo starts and warns every time', async () => {
    const dir = join(work, 'fresh')
    await freshDataDir(dir)
    await assert.rejects(startService(['--data', dir]), (e: { code: number; output: string }) => e.code === 1 && /No staff account yet/.test(e.output) && /booking-admin -- add-staff/.test(e.output))
    for (let i = 0; i < 2; i++) {
      const s = await startService(['--data', dir, '--demo'])
      assert.match(s.output(), /DEMO MODE/)
      await s.stop()
    }
  })

  it('refuses a second process on the same data directory, and takes over a lock its dead owner left', async () => {
    const dir = join(work, 'locked')
    await freshDataDir(dir)
    const first = await startService(['--data', dir, '--demo'])
    await assert.rejects(startService(['--data', dir, '--demo']), (e: { code: number; output: string }) => e.code === 1 && new RegExp(`in use by another process \\(pid ${first.child.pid}`).test(e.output))
    await first.kill()
    // SIGKILL left the lock file behind; its pid is gone, so the next start takes it.
    assert.ok(readdirSync(dir).includes('workroom.lock'))
    const second = await startService(['--data', dir, '--demo'])
    await second.stop()
    assert.ok(!readdirSync(dir).includes('workroom.lock'), 'a clean stop removes the lock')
  })

  it('refuses a database whose schema is newer than the code', async () => {
    const dir = join(work, 'newer')
    await freshDataDir(dir)
    await (await startService(['--data', dir, '--demo'])).stop()
    const db = await openPglite(dir)
    await db.query("insert into schema_migrations (version, name) values (999, 'from_the_future')")
    await db.close()
    await assert.rejects(startService(['--data', dir, '--demo']), (e: { output: string }) => /schema is at version 999, newer than this service knows \(5\)/.test(e.output))
  })

  it('refuses to start with a key file that does not open (and never starts unencrypted)', async () => {
    const dir = join(work, 'badkey')
    writeFileSync(join(work, 'badkey.json'), JSON.stringify({ current: 'k1', keys: { k1: 'dG9vIHNob3J0' } }))
    await assert.rejects(startService(['--data', dir, '--demo', '--key-file', join(work, 'badkey.json')], { WORKROOM_DATA_KEYS: '' }), (e: { output: string }) => /must be 32 bytes/.test(e.output))
  })
})

describe('a service with offices, staff and a kiosk', () => {
  const dir = join(work, 'county')
  let s: ServiceProcess
  before(async () => {
    await prepareDataDir(dir)
    s = await startService(['--data', dir, ...NOW, '--cors-origin', 'https://www.linhe.gov.cn', '--trust-proxy'])
  })
  after(() => s?.stop())

  it('keeps every booking across a restart, with its place still taken', async () => {
    const slots = ['legal-aid~aid-zhao~2026-03-03T08:30:00+08:00', 'legal-aid~aid-zhao~2026-03-03T09:00:00+08:00', 'legal-aid~aid-zhao~2026-03-03T09:30:00+08:00']
    const codes: string[] = []
    for (const slot of slots) codes.push(await book(s.url, slot))
    await s.stop()
    s = await startService(['--data', dir, ...NOW, '--cors-origin', 'https://www.linhe.gov.cn', '--trust-proxy'])
    for (const code of codes) {
      const r = await post(s.url, `${OFFICE}/bookings/lookup`, { code, mobile: MOBILE })
      assert.equal(r.status, 200)
      assert.equal(r.json.details.name, NAME)
    }
    const { json } = await post(s.url, `${OFFICE}/slots/search`, { serviceId: 'legal-aid', from: '2026-03-03', to: '2026-03-03' })
    for (const slot of slots) assert.equal(json.slots.find((x: { id: string }) => x.id === slot).remaining, 0)
  })

  it('keeps staff routes behind a sign-in, lists names and mobiles masked, and audits opening one', async () => {
    const code = await book(s.url, 'legal-aid~aid-zhao~2026-03-04T08:30:00+08:00')
    const range = { from: '2026-03-04', to: '2026-03-04' }
    assert.equal((await post(s.url, `${OFFICE}/staff/bookings/search`, range)).status, 401)
    const cookie = await signIn(s.url, 'clerk')
    const list = await post(s.url, `${OFFICE}/staff/bookings/search`, range, { cookie })
    assert.equal(list.status, 200)
    const row = list.json.bookings.find((b: { code: string }) => b.code === code)
    assert.deepEqual([row.details.name, row.details.mobile, row.details.idNumber, row.details.masked], ['张*英', '138****5678', '110***********002X', true])
    assert.ok(!JSON.stringify(list.json).includes(MOBILE))
    const opened = await post(s.url, `${OFFICE}/staff/bookings/open`, { code }, { cookie })
    assert.equal(opened.json.details.mobile, MOBILE)
    const status = await post(s.url, `${OFFICE}/staff/bookings/status`, { code, status: 'attended', idempotencyKey: key() }, { cookie })
    assert.equal(status.json.status, 'attended')
  })

  it('shows each role only its own offices and workrooms', async () => {
    const code = await book(s.url, 'legal-aid~aid-zhao~2026-03-05T08:30:00+08:00')
    const range = { from: '2026-03-05', to: '2026-03-05' }
    const other = await signIn(s.url, 'hexi-clerk')
    assert.equal((await post(s.url, `${OFFICE}/staff/bookings/search`, range, { cookie: other })).status, 403)
    assert.equal((await post(s.url, `${OFFICE}/staff/bookings/open`, { code }, { cookie: other })).status, 403)
    const adviser = await signIn(s.url, 'adviser')
    // The legal-aid desk is at the judicial office, not the adviser's village workroom.
    const list = await post(s.url, `${OFFICE}/staff/bookings/search`, range, { cookie: adviser })
    assert.deepEqual(list.json.bookings, [])
    assert.equal((await post(s.url, `${OFFICE}/staff/bookings/open`, { code }, { cookie: adviser })).status, 403)
    assert.equal((await post(s.url, `${OFFICE}/staff/bookings/status`, { code, status: 'no-show', idempotencyKey: key() }, { cookie: adviser })).status, 403)
    const admin = await signIn(s.url, 'admin')
    assert.equal((await post(s.url, '/api/booking/offices/hexi/staff/bookings/search', range, { cookie: admin })).status, 200)
  })

  it('sets the session cookie HttpOnly and SameSite=Strict, tells when it ends, and signs out everywhere', async () => {
    const res = await post(s.url, '/api/auth/sign-in', { username: 'admin', password: PASSWORD })
    const setCookie = res.headers.get('set-cookie')!
    assert.match(setCookie, /^wr_staff=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure$/, 'Secure: behind the county proxy')
    const cookie = setCookie.split(';')[0]!
    const me = await fetch(`${s.url}/api/auth/session`, { headers: { cookie } })
    const info = (await me.json()) as { user: { role: string }; idleExpiresAt: string; absoluteExpiresAt: string }
    assert.equal(info.user.role, 'county-admin')
    assert.equal(Date.parse(info.idleExpiresAt) - Date.parse('2026-03-02T08:00:00+08:00'), 30 * 60_000)
    const second = await signIn(s.url, 'admin')
    assert.equal((await post(s.url, '/api/auth/sign-out-everywhere', {}, { cookie })).json.sessions >= 2, true)
    assert.equal((await fetch(`${s.url}/api/auth/session`, { headers: { cookie: second } })).status, 401)
    // A page on another origin cannot use a staff session.
    const fresh = await signIn(s.url, 'admin')
    assert.equal((await post(s.url, `${OFFICE}/staff/bookings/search`, { from: '2026-03-02', to: '2026-03-02' }, { cookie: fresh, origin: 'https://evil.example' })).status, 403)
  })

  it('locks an account after 5 wrong passwords and says until when', async () => {
    for (let i = 0; i < 4; i++) assert.equal((await post(s.url, '/api/auth/sign-in', { username: 'adviser', password: 'wrong-password' })).status, 401)
    const locked = await post(s.url, '/api/auth/sign-in', { username: 'adviser', password: 'wrong-password' })
    assert.equal(locked.status, 423)
    assert.equal(locked.json.error.code, 'locked')
    assert.equal(Date.parse(locked.json.error.lockedUntil) - Date.parse('2026-03-02T08:00:00+08:00'), 15 * 60_000)
    assert.equal(locked.headers.get('retry-after'), '900')
    assert.equal((await post(s.url, '/api/auth/sign-in', { username: 'adviser', password: PASSWORD })).status, 423, 'even the right password waits')
  })

  it('answers only listed county origins for CORS, with security headers on every reply', async () => {
    const listed = await fetch(`${s.url}${OFFICE}/config`, { headers: { origin: 'https://www.linhe.gov.cn' } })
    assert.equal(listed.headers.get('access-control-allow-origin'), 'https://www.linhe.gov.cn')
    const body = (await listed.json()) as { office: { id: string }; config: { services: unknown[] } }
    assert.equal(body.office.id, 'qingshi')
    assert.equal(body.config.services.length, 5)
    const other = await fetch(`${s.url}${OFFICE}/config`, { headers: { origin: 'https://evil.example' } })
    assert.equal(other.headers.get('access-control-allow-origin'), null)
    for (const h of ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'content-security-policy']) assert.ok(other.headers.get(h), h)
    assert.equal(other.headers.get('cache-control'), 'no-store')
    const pre = await fetch(`${s.url}${OFFICE}/holds`, { method: 'OPTIONS', headers: { origin: 'https://www.linhe.gov.cn', 'access-control-request-method': 'POST' } })
    assert.equal(pre.status, 204)
    assert.match(pre.headers.get('access-control-allow-headers')!, /idempotency-key/)
  })

  it('answers /health, /ready with the schema state, and its OpenAPI document', async () => {
    assert.equal((await fetch(`${s.url}/health`)).status, 200)
    const ready = (await (await fetch(`${s.url}/ready`)).json()) as { ready: boolean; schema: { current: number; known: number } }
    assert.deepEqual(ready.schema, { current: 5, known: 5 })
    assert.equal(ready.ready, true)
    const doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as { paths: Record<string, { post?: { security?: unknown } }> }
    assert.ok(doc.paths['/api/booking/offices/{officeId}/holds'])
    assert.deepEqual(doc.paths['/api/booking/offices/{officeId}/staff/sync']!.post!.security, [{ deviceToken: [] }, { staffSession: [] }])
  })

  it('never answers bad input with a 5xx', async () => {
    const routes = ['/slots/search', '/holds', '/holds/release', '/bookings', '/bookings/lookup', '/bookings/cancel', '/bookings/reschedule', '/waitlist', '/staff/bookings/search', '/staff/bookings/status', '/staff/sync', '/staff/bookings/open']
    const cookie = await signIn(s.url, 'admin')
    let n = 0
    const bodies: unknown[] = [
      'null', '[]', '42', '"text"', '{', '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
      { serviceId: 123, slotId: null, holdId: {}, code: ['A'], mobile: 1e308, idempotencyKey: 'k'.repeat(101) },
      { serviceId: 'no-such-service', from: '2026-02-31', to: '9999-99-99', date: '2026-13-45' },
      { serviceId: 'adviser', from: '2026-03-03', to: '2027-12-31', priority: 'yes' },
      { slotId: 'adviser~adviser-wang~2026-02-30T09:00:00+08:00', idempotencyKey: key() },
      { slotId: 'x'.repeat(5000), idempotencyKey: key() },
      { holdId: 'nope', details: { name: NAME, mobile: MOBILE }, consent, idempotencyKey: key() },
      { serviceId: 'no-such-service', date: '2026-03-03', details: { name: NAME, mobile: MOBILE }, consent, idempotencyKey: key() },
      { entries: [null, 1, { idempotencyKey: 5 }, { idempotencyKey: key(), operation: 'confirm', createdAt: 'yesterday', body: null }] },
      { entries: Array.from({ length: 101 }, () => ({})) },
      { code: 'ABCDEF', status: 'deleted', idempotencyKey: key() },
      { from: '2026-03-01', to: '2026-03-01', placeId: { $ne: null } },
    ]
    for (const route of routes)
      for (const body of bodies) {
        const withKey = await post(s.url, OFFICE + route, body, { cookie, 'idempotency-key': key(), 'x-forwarded-for': `203.0.113.${++n % 250}` })
        assert.ok(withKey.status < 500, `${route} ${JSON.stringify(body).slice(0, 80)} → ${withKey.status} ${JSON.stringify(withKey.json)}`)
      }
    for (const route of ['/api/auth/sign-in', '/api/auth/sign-out', '/api/auth/sign-out-everywhere'])
      for (const body of [...bodies, { username: null, password: 5 }, { username: 'admin', password: 'x'.repeat(4000) }]) {
        const r = await post(s.url, route, body, { 'x-forwarded-for': `203.0.114.${++n % 250}` })
        assert.ok(r.status < 500, `${route} ${JSON.stringify(body).slice(0, 80)} → ${r.status}`)
      }
    const big = await post(s.url, `${OFFICE}/holds`, JSON.stringify({ slotId: 'x'.repeat(10 * 1024 * 1024) }))
    assert.equal(big.status, 413)
    assert.equal((await post(s.url, `${OFFICE}/holds`, 'slotId=1', { 'content-type': 'application/x-www-form-urlencoded' })).status, 415)
    assert.equal((await fetch(`${s.url}${OFFICE}/holds`)).status, 405)
    assert.equal((await fetch(`${s.url}/api/booking/offices/nowhere/config`)).status, 404)
    assert.equal((await fetch(`${s.url}/api/booking/offices/../../etc/passwd`)).status, 404)
    assert.ok(!/"level":"error"/.test(s.output()), 'nothing unexpected was logged')
  })

  it('writes no personal data to its log, its audit log or its data directory', async () => {
    const code = await book(s.url, 'legal-aid~aid-zhao~2026-03-09T08:30:00+08:00', {}, { name: '欧阳娜娜', mobile: '13987654321', idNumber: '11010519491231002X' })
    await post(s.url, `${OFFICE}/bookings/cancel`, { code, mobile: '13987654321', reason: '家里有事', idempotencyKey: key() })
    await s.stop()
    const db = await openPglite(dir)
    const audit = JSON.stringify(await db.query('select * from audit_log'))
    const events = JSON.stringify(await db.query('select * from booking_events'))
    await db.close()
    s = await startService(['--data', dir, ...NOW, '--cors-origin', 'https://www.linhe.gov.cn', '--trust-proxy'])
    assert.match(audit, new RegExp(code))
    for (const action of ['booking.create', 'booking.cancel', 'booking.list', 'booking.open', 'booking.attended', 'staff.sign-in', 'staff.locked', 'staff.sign-out-everywhere', 'office.create', 'device.add'])
      assert.match(audit, new RegExp(`"action":"${action.replace('.', '\\.')}"`), `audited: ${action}`)
    for (const secret of ['欧阳娜娜', '13987654321', '家里有事', '11010519491231002X']) {
      assert.ok(!s.output().includes(secret), `log has ${secret}`)
      assert.ok(!audit.includes(secret) && !events.includes(secret), `audit has ${secret}`)
      const needle = Buffer.from(secret)
      for (const file of walk(dir)) assert.ok(!readFileSync(file).includes(needle), `${file} holds ${secret} in clear`)
    }
  })

  it('limits holds per client and lookups per address, with 429 and Retry-After', async () => {
    const client = { 'x-workroom-client': 'resident-device-1', 'x-forwarded-for': '198.51.100.7' }
    const slots = ['09:00', '09:30', '10:00', '10:30'].map((t) => `legal-aid~aid-zhao~2026-03-10T${t}:00+08:00`)
    for (const slot of slots.slice(0, 3)) assert.equal((await post(s.url, `${OFFICE}/holds`, { slotId: slot, idempotencyKey: key() }, client)).status, 200)
    const fourth = await post(s.url, `${OFFICE}/holds`, { slotId: slots[3], idempotencyKey: key() }, client)
    assert.equal(fourth.status, 429)
    assert.ok(Number(fourth.headers.get('retry-after')) > 0)
    let limited: Response | undefined
    for (let i = 0; i < 25 && !limited; i++) {
      const r = await fetch(`${s.url}${OFFICE}/bookings/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.8' }, body: JSON.stringify({ code: 'AAAAAA', mobile: MOBILE }) })
      if (r.status === 429) limited = r
    }
    assert.ok(limited, 'guessing codes is slowed down')
    assert.ok(Number(limited.headers.get('retry-after')) >= 1)
  })
})

describe('the admin command line', () => {
  it('creates the first administrator from stdin, after which the service starts without --demo', async () => {
    const dir = join(work, 'admin-cli')
    await freshDataDir(dir)
    const env = { ...process.env, WORKROOM_DATA_KEYS: JSON.stringify(TEST_KEYS) }
    const cli = (args: string[], input?: string) => execFileSync(process.execPath, ['--conditions', 'source', '--import', 'tsx', 'packages/server/src/admin.ts', ...args, '--data', dir], { cwd: root, env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...(input ? { input } : {}) })
    assert.throws(() => cli(['add-staff', '--username', 'chief', '--role', 'county-admin'], 'short\n'), /at least 10 characters/)
    assert.match(cli(['add-staff', '--username', 'chief', '--role', 'county-admin', '--name', '县局'], 'a-long-password-1\n'), /staff chief \(county-admin\) created/)
    const config = join(work, 'config.json')
    const { demoConfigInput } = await import('../../../packages/booking/src/demo-config.ts')
    writeFileSync(config, JSON.stringify(demoConfigInput))
    assert.match(cli(['add-office', '--id', 'qingshi', '--name', '青石司法所', '--config', config]), /office qingshi: config version 1, 5 services/)
    writeFileSync(config, JSON.stringify({ ...demoConfigInput, holdMinutes: 99 }))
    assert.throws(() => cli(['add-office', '--id', 'qingshi', '--name', '青石司法所', '--config', config]), /config\.holdMinutes/)
    assert.throws(() => cli(['add-device', '--office', 'qingshi', '--place', 'nowhere', '--name', '一体机']), /nowhere is not a place of office qingshi/)
    const device = cli(['add-device', '--office', 'qingshi', '--place', 'dongping-workroom', '--name', '东坪村一体机'])
    const token = /token .*: (wrd_\S+)/.exec(device)![1]!
    const s = await startService(['--data', dir])
    try {
      const r = await post(s.url, `${OFFICE}/staff/sync`, { entries: [] }, { authorization: `Bearer ${token}` })
      assert.equal(r.status, 200)
    } finally {
      await s.stop()
    }
    assert.match(cli(['list']), /device .*东坪村一体机 .*last seen 20/)
  })
})

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}
