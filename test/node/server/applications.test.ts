// Legal-aid applications on the county service: filed idempotently and sealed at rest, the LAL 43
// clock, the status a resident sees by code and mobile (limited and locked out), a kiosk's offline
// applications by sync, the console's queue scoped by office and its audited actions, retention.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Applications } from '../../../packages/server/src/applications.ts'
import type { CountyLedger } from '../../../packages/server/src/ledger.ts'
import type { Db } from '../../../packages/server/src/db.ts'
import { ApplicationError } from '../../../packages/screening/src/application/contract.ts'
import { openLedger, prepareDataDir, signIn, startService, type ServiceProcess } from './fixtures.ts'
import { APPLICANT_MOBILE, sampleSubmission } from '../../helpers/application.ts'

const work = mkdtempSync(join(tmpdir(), 'wr-applications-'))
after(() => rmSync(work, { recursive: true, force: true }))
const OFFICE = '/api/booking/offices/qingshi'
const T0 = Date.parse('2026-03-02T08:00:00+08:00')
const DAY = 86_400_000

describe('applications in the ledger', () => {
  const clock = { now: T0 }
  let ledger: CountyLedger
  let db: Db
  let apps: Applications
  const resident = { actor: { kind: 'resident' as const }, address: '10.0.0.1' }
  const staff = { kind: 'staff' as const, id: 'clerk-1' }

  before(async () => {
    ;({ ledger, db } = await openLedger('memory://', clock))
    apps = new Applications(ledger, { misses: 5, lockMs: 15 * 60_000 })
  })
  after(() => db.close())

  it('files once per idempotency key, with an eight-digit code and the decision due 7 days after receipt', async () => {
    clock.now = T0
    const s = sampleSubmission()
    const a = await apps.submit('qingshi', s, resident)
    const again = await apps.submit('qingshi', s, resident)
    assert.match(a.code, /^\d{8}$/)
    assert.equal(again.code, a.code)
    assert.equal(a.decisionDue, '2026-03-09')
    assert.equal(a.status.state, 'received')
    assert.equal(a.status.daysLeft, 7)
    const rows = await db.query<{ n: number }>('select count(*)::int as n from applications where code = $1', [a.code])
    assert.equal(rows[0]!.n, 1)
    await assert.rejects(apps.submit('qingshi', { ...s, applicant: { ...s.applicant, name: '李四' } }, resident), (e: ApplicationError) => e.code === 'conflict')
  })

  it('keeps the name, mobile and account out of the database in plain text', async () => {
    const a = await apps.submit('qingshi', sampleSubmission(), resident)
    const [row] = await db.query<Record<string, unknown>>('select * from applications where code = $1', [a.code])
    const dump = JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))
    for (const plain of ['王秀英', APPLICANT_MOBILE, '东坪村三组', '欠了三个月']) assert.equal(dump.includes(plain), false, plain)
    const [k] = await db.query<Record<string, unknown>>(`select * from idempotency_keys where scope = 'qingshi:application'`)
    assert.equal(JSON.stringify(k).includes(APPLICANT_MOBILE), false)
  })

  it('refuses an application for another office or with bad fields, with the contract codes; keeps one from a workroom the booking config does not name', async () => {
    await assert.rejects(apps.submit('hexi', sampleSubmission(), resident), (e: ApplicationError) => e.code === 'invalid' && /officeId/.test(e.message))
    assert.match((await apps.submit('qingshi', sampleSubmission({ workroomId: 'beishan-village' }), resident)).code, /^\d{8}$/)
    await assert.rejects(apps.submit('qingshi', { ...sampleSubmission(), applicant: { ...sampleSubmission().applicant, mobile: '12345' } }, resident), (e: ApplicationError) => e.code === 'mobile')
  })

  it('counts the LAL 43 clock down, and below zero once overdue', async () => {
    clock.now = T0
    const a = await apps.submit('qingshi', sampleSubmission(), resident)
    clock.now = T0 + 8 * DAY
    const late = await apps.status('qingshi', { code: a.code, mobile: APPLICANT_MOBILE })
    assert.equal(late.daysLeft, -1)
    clock.now = T0
  })

  it('lists the missing materials once (LAL 43), and the resident sees the list by code', async () => {
    const a = await apps.submit('qingshi', sampleSubmission(), resident)
    await apps.requestMaterials('qingshi', a.code, [{ code: 'proof-of-work' }, { text: '欠条或工资条' }], '2026-03-06', staff, '10.1.1.1')
    const s = await apps.status('qingshi', { code: a.code, mobile: APPLICANT_MOBILE })
    assert.equal(s.state, 'materials-requested')
    assert.deepEqual(s.state === 'materials-requested' && s.materials, [{ code: 'proof-of-work' }, { text: '欠条或工资条' }])
    await assert.rejects(apps.requestMaterials('qingshi', a.code, [{ code: 'id-card' }], undefined, staff, '10.1.1.1'), (e: ApplicationError) => e.code === 'conflict')
    await assert.rejects(apps.requestMaterials('qingshi', a.code, [], undefined, staff, '10.1.1.1'), (e: ApplicationError) => e.code === 'materials-required')
  })

  it('a refusal needs written reasons and carries the LAL 49 route; a grant dates the lawyer within 3 days', async () => {
    const refused = await apps.submit('qingshi', sampleSubmission(), resident)
    await assert.rejects(apps.decide('qingshi', refused.code, { decision: 'refused', reasons: '  ' }, staff, 'x'), (e: ApplicationError) => e.code === 'reasons-required')
    await apps.decide('qingshi', refused.code, { decision: 'refused', reasons: '经审查，不属于法律援助事项范围。', bureau: '临河县司法局' }, staff, 'x')
    const r = await apps.status('qingshi', { code: refused.code, mobile: APPLICANT_MOBILE })
    assert.equal(r.state, 'refused')
    if (r.state === 'refused') {
      assert.equal(r.reasons, '经审查，不属于法律援助事项范围。')
      assert.deepEqual(r.objection, { to: 'justice-bureau', bureau: '临河县司法局', answerWithinDays: 5, citation: { law: 'LAL', article: 49 } })
    }
    assert.equal(r.daysLeft, undefined)
    await assert.rejects(apps.decide('qingshi', refused.code, { decision: 'granted' }, staff, 'x'), (e: ApplicationError) => e.code === 'conflict')
    const granted = await apps.submit('qingshi', sampleSubmission(), resident)
    await apps.forward('qingshi', granted.code, '临河县法律援助中心', staff, 'x')
    clock.now = T0 + 2 * DAY
    await apps.decide('qingshi', granted.code, { decision: 'granted' }, staff, 'x')
    const g = await apps.status('qingshi', { code: granted.code, mobile: APPLICANT_MOBILE })
    assert.equal(g.state === 'granted' && g.lawyerAssignedBy, '2026-03-07')
    const events = await apps.events(granted.code)
    assert.deepEqual(events.map((e) => e.event), ['submitted', 'forwarded', 'granted'])
    clock.now = T0
  })

  it('answers not-found alike for a wrong code and a wrong mobile, and locks a code after 5 wrong mobiles', async () => {
    const a = await apps.submit('qingshi', sampleSubmission(), resident)
    await assert.rejects(apps.status('qingshi', { code: '00000000', mobile: APPLICANT_MOBILE }), (e: ApplicationError) => e.code === 'not-found')
    for (let i = 0; i < 5; i++) await assert.rejects(apps.status('qingshi', { code: a.code, mobile: `1390000000${i}` }), (e: ApplicationError) => e.code === 'not-found')
    await assert.rejects(apps.status('qingshi', { code: a.code, mobile: APPLICANT_MOBILE }), (e: ApplicationError) => e.code === 'locked' && !!e.retryAt)
    clock.now = T0 + 16 * 60_000
    assert.equal((await apps.status('qingshi', { code: a.code, mobile: APPLICANT_MOBILE })).state, 'received')
    clock.now = T0
  })

  it('deletes the personal data after the office’s retention period and keeps the anonymous row', async () => {
    const a = await apps.submit('qingshi', sampleSubmission(), resident)
    clock.now = T0 + 181 * DAY
    assert.ok((await apps.purgeExpired()) >= 1)
    const [row] = await db.query<{ private_enc: unknown; status_enc: unknown; state: string; cause: string }>('select private_enc, status_enc, state, cause from applications where code = $1', [a.code])
    assert.equal(row!.private_enc, null)
    assert.equal(row!.status_enc, null)
    assert.equal(row!.cause, 'labour')
    await assert.rejects(apps.status('qingshi', { code: a.code, mobile: APPLICANT_MOBILE }), (e: ApplicationError) => e.code === 'not-found')
    clock.now = T0
  })
})

async function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: res.status, json, headers: res.headers }
}

describe('applications over HTTP and in the console', () => {
  let s: ServiceProcess
  let token = ''
  let otherToken = ''
  const cookies: Record<string, string> = {}
  const api = (who: string, route: string, body: unknown = {}) => post(s.url, `/api/console${route}`, body, { cookie: cookies[who]! })

  before(async () => {
    const prepared = await prepareDataDir(join(work, 'data'))
    token = prepared.deviceToken
    otherToken = prepared.otherOfficeDeviceToken
    s = await startService(['--data', join(work, 'data'), '--now', '2026-03-02T08:00:00+08:00', '--trust-proxy'])
    for (const who of ['admin', 'clerk', 'adviser', 'hexi-clerk']) cookies[who] = await signIn(s.url, who)
  })
  after(() => s?.stop())

  it('files an application and answers its status by code and mobile in the body', async () => {
    const r = await post(s.url, `${OFFICE}/applications`, sampleSubmission())
    assert.equal(r.status, 200, JSON.stringify(r.json))
    assert.match(r.json.code, /^\d{8}$/)
    assert.equal(r.json.decisionDue, '2026-03-09')
    const st = await post(s.url, `${OFFICE}/applications/status`, { code: r.json.code, mobile: APPLICANT_MOBILE })
    assert.equal(st.status, 200)
    assert.equal(st.json.state, 'received')
    assert.equal(st.json.daysLeft, 7)
    assert.equal((await post(s.url, `${OFFICE}/applications/status`, { code: r.json.code, mobile: '13900000000' })).status, 404)
  })

  it('refuses bad input with 4xx and the contract’s code, never 5xx', async () => {
    const base = sampleSubmission()
    const bad: Array<[unknown, number, string]> = [
      ['not json', 400, 'invalid'],
      ['[1,2]', 400, 'invalid'],
      [{}, 400, 'invalid'],
      [{ ...base, applicant: { ...base.applicant, mobile: '123' } }, 400, 'mobile'],
      [{ ...base, applicant: { ...base.applicant, name: '' } }, 400, 'name'],
      [{ ...base, applicant: { ...base.applicant, idNumber: '110105194912310021' }, consent: { ...base.consent, sensitive: true } }, 400, 'id-number'],
      [{ ...base, finances: { householdSize: 3, monthlyIncome: { wagesOrPension: 1800 } } }, 400, 'consent-required'],
      [{ ...base, applicant: { ...base.applicant, for: 'someone' } }, 400, 'relationship'],
      [{ ...base, pledge: { ...base.pledge, accepted: false } }, 400, 'pledge-required'],
      [{ ...base, officeId: 'hexi' }, 400, 'invalid'],
      [{ ...base, matter: { ...base.matter, account: { chips: [], text: '很'.repeat(501) } } }, 400, 'invalid'],
      [{ ...base, screening: { ...base.screening, facts: { 'bad key!': 'x' } } }, 400, 'invalid'],
    ]
    for (const [body, status, code] of bad) {
      const r = await post(s.url, `${OFFICE}/applications`, body)
      assert.equal(r.status, status, `${JSON.stringify(body).slice(0, 80)} → ${r.status} ${JSON.stringify(r.json)}`)
      assert.equal(r.json.error.code, code, JSON.stringify(r.json))
    }
    assert.equal((await post(s.url, `${OFFICE}/applications/status`, { code: 'abc', mobile: APPLICANT_MOBILE })).status, 400)
    assert.equal((await post(s.url, '/api/booking/offices/nowhere/applications', { ...base, officeId: 'nowhere' })).status, 404)
    const wrongType = await fetch(`${s.url}${OFFICE}/applications`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })
    assert.equal(wrongType.status, 415)
    assert.equal((await fetch(`${s.url}${OFFICE}/applications`)).status, 405)
  })

  it('limits status look-ups per address with 429 rate-limited and Retry-After', async () => {
    const from = { 'x-forwarded-for': '198.51.100.7' }
    let last = 0
    for (let i = 0; i < 25 && last !== 429; i++) last = (await post(s.url, `${OFFICE}/applications/status`, { code: String(10_000_000 + i), mobile: APPLICANT_MOBILE }, from)).status
    const r = await post(s.url, `${OFFICE}/applications/status`, { code: '12345678', mobile: APPLICANT_MOBILE }, from)
    assert.equal(r.status, 429)
    assert.equal(r.json.error.code, 'rate-limited')
    assert.ok(Number(r.headers.get('retry-after')) >= 1)
  })

  it('takes a kiosk’s offline applications with its device token: applied, duplicate, rejected', async () => {
    const sync = (entries: unknown[], t = token, extra: Record<string, string> = {}) =>
      post(s.url, `${OFFICE}/staff/applications/sync`, { entries }, { authorization: `Bearer ${t}`, 'x-workroom-version': '1.4.0', 'x-workroom-pending': String(entries.length), ...extra })
    const entry = { idempotencyKey: crypto.randomUUID(), operation: 'submit', createdAt: '2026-03-01T15:00:00+08:00', body: { code: '40000001', submission: sampleSubmission() } }
    const bad = { idempotencyKey: crypto.randomUUID(), operation: 'submit', createdAt: '2026-03-01T15:00:00+08:00', body: { code: '40000002', submission: { ...sampleSubmission(), pledge: undefined } } }
    const r = await sync([entry, bad])
    assert.equal(r.status, 200, JSON.stringify(r.json))
    assert.deepEqual(r.json.results.map((x: { status: string }) => x.status), ['applied', 'rejected'])
    assert.equal(r.json.results[1].reason.code, 'invalid')
    assert.equal((await sync([entry])).json.results[0].status, 'duplicate')
    const st = await post(s.url, `${OFFICE}/applications/status`, { code: '40000001', mobile: APPLICANT_MOBILE })
    // Received when the workroom took it (the evening before), so the clock started then.
    assert.equal(st.json.receivedAt, '2026-03-01T15:00:00+08:00')
    assert.equal(st.json.decisionDue, '2026-03-08')
    assert.equal((await sync([entry], otherToken)).status, 403)
    assert.equal((await post(s.url, `${OFFICE}/staff/applications/sync`, { entries: [] })).status, 401)
    assert.equal((await sync([entry], 'wrd_not-a-token')).status, 401)
    const devices = (await api('clerk', '/devices')).json.devices
    assert.equal(devices.find((d: { name: string }) => d.name === '东坪村一体机').version, '1.4.0')
  })

  it('shows the queue by office and workroom, masked; another office sees nothing of it', async () => {
    const dongping = (await post(s.url, `${OFFICE}/applications`, sampleSubmission())).json.code
    const desk = (await post(s.url, `${OFFICE}/applications`, sampleSubmission({ workroomId: 'qingshi-office', channel: 'web' }))).json.code
    const hexi = (await post(s.url, '/api/booking/offices/hexi/applications', sampleSubmission({ officeId: 'hexi', workroomId: 'dongping-workroom' }))).json.code
    const codes = async (who: string) => (await api(who, '/applications', { state: 'all' })).json.applications.map((a: { code: string }) => a.code)
    const clerk = await codes('clerk')
    assert.ok(clerk.includes(dongping) && clerk.includes(desk) && !clerk.includes(hexi))
    const adviser = await codes('adviser')
    assert.ok(adviser.includes(dongping) && !adviser.includes(desk) && !adviser.includes(hexi))
    assert.deepEqual(await codes('hexi-clerk'), [hexi])
    const list = (await api('clerk', '/applications')).json.applications
    const row = list.find((a: { code: string }) => a.code === dongping)
    assert.equal(row.name, '王*英')
    assert.equal(row.mobile, '138****8000')
    assert.equal(row.daysLeft, 7)
    assert.equal(JSON.stringify(list).includes(APPLICANT_MOBILE), false)
    assert.equal((await api('hexi-clerk', '/applications/detail', { officeId: 'qingshi', code: dongping })).status, 403)
    assert.equal((await api('hexi-clerk', '/applications/open', { officeId: 'qingshi', code: dongping })).status, 403)
    assert.equal((await api('hexi-clerk', '/applications/decide', { officeId: 'qingshi', code: dongping, decision: 'granted' })).status, 403)
    assert.equal((await api('hexi-clerk', '/applications', { officeId: 'qingshi' })).status, 403)
    assert.equal((await api('admin', '/applications/detail', { officeId: 'hexi', code: dongping })).status, 404)
    assert.equal((await api('adviser', '/applications/detail', { officeId: 'qingshi', code: desk })).status, 404)
    assert.equal((await api('adviser', '/applications/forward', { officeId: 'qingshi', code: dongping, agency: '县法律援助中心' })).status, 403)
  })

  it('gives the detail with the screening’s reasons, the personal data only when opened (audited), and the resident sees each action', async () => {
    const code = (await post(s.url, `${OFFICE}/applications`, sampleSubmission())).json.code
    const d = await api('clerk', '/applications/detail', { officeId: 'qingshi', code })
    assert.equal(d.status, 200, JSON.stringify(d.json))
    assert.deepEqual(d.json.screening.reasons, sampleSubmission().screening.reasons)
    assert.equal(JSON.stringify(d.json).includes('王秀英'), false)
    const open = await api('clerk', '/applications/open', { officeId: 'qingshi', code })
    assert.equal(open.json.applicant.name, '王秀英')
    assert.equal(open.json.applicant.address.text, '东坪村三组 12 号')
    const m = await api('clerk', '/applications/request-materials', { officeId: 'qingshi', code, materials: [{ code: 'proof-of-work' }] })
    assert.equal(m.status, 200, JSON.stringify(m.json))
    assert.equal((await api('clerk', '/applications/request-materials', { officeId: 'qingshi', code, materials: [{ code: 'id-card' }] })).status, 409)
    assert.equal((await api('clerk', '/applications/request-materials', { officeId: 'qingshi', code, materials: [] })).status, 400)
    assert.equal((await post(s.url, `${OFFICE}/applications/status`, { code, mobile: APPLICANT_MOBILE })).json.state, 'materials-requested')
    assert.equal((await api('clerk', '/applications/decide', { officeId: 'qingshi', code, decision: 'refused' })).status, 400)
    const refused = await api('clerk', '/applications/decide', { officeId: 'qingshi', code, decision: 'refused', reasons: '经审查，申请事项不属于法律援助范围。' })
    assert.equal(refused.status, 200)
    const st = (await post(s.url, `${OFFICE}/applications/status`, { code, mobile: APPLICANT_MOBILE })).json
    assert.equal(st.state, 'refused')
    assert.equal(st.objection.answerWithinDays, 5)
    const audit = (await api('admin', '/audit', { record: code })).json.entries.map((e: { action: string }) => e.action)
    for (const a of ['application.create', 'application.view', 'application.open', 'application.materials-requested', 'application.refused']) assert.ok(audit.includes(a), `${a} in ${audit}`)
  })

  it('counts applications by state and 案由 for the statistics, without names or codes', async () => {
    const r = await api('clerk', '/applications/stats', { from: '2026-02', to: '2026-03' })
    assert.equal(r.status, 200, JSON.stringify(r.json))
    assert.ok(r.json.total >= 3)
    assert.ok(r.json.byCause.some((c: { key: string }) => c.key === 'labour'))
    assert.ok(r.json.byState.some((c: { key: string }) => c.key === 'refused'))
    assert.equal(/\d{8}|王/.test(JSON.stringify(r.json)), false)
    const hexi = await api('hexi-clerk', '/applications/stats', { from: '2026-02', to: '2026-03' })
    assert.equal(hexi.json.total, 1)
  })

  it('lists the application routes in the service’s OpenAPI document', async () => {
    const doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as { paths: Record<string, unknown> }
    for (const p of ['/applications', '/applications/status', '/staff/applications/sync']) assert.ok(doc.paths[`/api/booking/offices/{officeId}${p}`], p)
  })
})
