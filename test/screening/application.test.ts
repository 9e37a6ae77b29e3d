import { fixture, html, expect, waitUntil, expectNoAxeViolations, activeElementDeep, typeText } from '../helpers/index.js'
import '@workroom/screening/define'
import { resetSession } from '@workroom/core'
import type { WrAidScreener } from '@workroom/screening'
import type { ApplicationReceipt, ApplicationStatus, ApplicationSubmission, ApplicationSyncRequest, ApplicationSyncResponse } from '@workroom/screening/application-contract'
import { ApplicationOutbox, syncApplications } from '@workroom/screening/application-outbox'
import type { ApplicationOptions } from '@workroom/screening/application-view'
import { answerUntilResult, root } from './driver.js'

type App = HTMLElement & { updateComplete: Promise<unknown>; step: string; shadowRoot: ShadowRoot }

const RESIDENTS = {
  'a migrant worker owed wages': { facts: { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': [] }, name: '王建国', stage: 'not-started', chips: ['unpaid', 'no-contract'] },
  'a 72-year-old woman claiming support': {
    facts: { problem: 'support-payment', hasLawyer: false, 'applicant.ageBand': '70-plus', 'applicant.gender': 'female', 'applicant.abused': false, 'urgent.needs': [], 'applicant.groups': [], 'applicant.fixedIncome': false },
    name: '李秀英',
    stage: 'mediation',
    chips: ['no-support'],
  },
  'a domestic-violence victim': { facts: { problem: 'domestic-violence', hasLawyer: false, 'applicant.gender': 'female', 'urgent.needs': [] }, name: '张丽', stage: 'not-started', chips: ['beaten', 'children'] },
} as const

/** The fields of the national paper form (domain list: the applicant's 11, 4 ticks, 法律地位, 方式, 案由, 法律状态, 2 accounts, 9 of finances, signature and date, 3 of a representative). */
const PAPER_FORM_FIELDS = 11 + 4 + 4 + 2 + 9 + 2 + 3

class FakeService {
  sent: ApplicationSubmission[] = []
  fail = 0
  readonly queues = false
  async submit(s: ApplicationSubmission): Promise<ApplicationReceipt> {
    this.sent.push(structuredClone(s))
    if (this.fail-- > 0) throw Object.assign(new Error('down'), { name: 'ApplicationError', code: 'unavailable' })
    const at = '2026-12-01T02:00:00.000Z'
    return { code: '20261201', receivedAt: at, decisionDue: '2026-12-08', status: { state: 'received', code: '20261201', receivedAt: at, decisionDue: '2026-12-08', updatedAt: at } }
  }
  async status(): Promise<ApplicationStatus> {
    const at = '2026-12-01T02:00:00.000Z'
    return { state: 'materials-requested', code: '20261201', receivedAt: at, decisionDue: '2026-12-08', updatedAt: at, requestedAt: at, materials: [{ code: 'wage-evidence' }, { text: '村委会出具的居住证明' }] }
  }
}

const VILLAGES = [
  { id: 'dongping-workroom', name: '东坪村' },
  { id: 'xiwan-workroom', name: '西湾村' },
]

/** Every tap and typed character from the result on. */
const count = { taps: 0, keys: 0 }

const app = (el: WrAidScreener): App => root(el).querySelector('wr-aid-application') as App
const appRoot = (el: WrAidScreener) => app(el).shadowRoot
const appHeading = (el: WrAidScreener) => appRoot(el).querySelector('h2')!.textContent!.trim()

async function settle(el: WrAidScreener): Promise<void> {
  await el.updateComplete
  const a = app(el)
  if (!a) return
  await a.updateComplete
  for (const c of a.shadowRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await c.updateComplete
  await a.updateComplete
}

async function press(el: WrAidScreener, label: string | RegExp, scope: ParentNode = appRoot(el)): Promise<void> {
  const btn = [...scope.querySelectorAll('wr-button')].find((b) => (typeof label === 'string' ? b.textContent!.trim().startsWith(label) : label.test(b.textContent!.trim())))
  if (!btn) throw new Error(`no button ${label} on "${app(el) ? appHeading(el) : ''}"`)
  btn.shadowRoot!.querySelector('button')!.click()
  count.taps++
  await settle(el)
}

async function choose(el: WrAidScreener, list: string, ...values: string[]): Promise<void> {
  const l = appRoot(el).querySelector(`wr-choice-list[name="${list}"]`)
  if (!l) throw new Error(`no choices "${list}" on "${appHeading(el)}"`)
  for (const v of values) {
    const input = [...l.shadowRoot!.querySelectorAll('input')].find((i) => i.value === v)
    if (!input) throw new Error(`no "${v}" in ${list}`)
    input.closest('label')!.click()
    count.taps++
    await settle(el)
  }
}

async function keypad(el: WrAidScreener, name: string, digits: string): Promise<void> {
  const k = appRoot(el).querySelector(`wr-keypad[name="${name}"]`)!
  for (const d of digits) {
    k.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${d}"]`)!.click()
    count.taps++
  }
  await settle(el)
}

async function type(el: WrAidScreener, name: string, text: string): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  const input = appRoot(el).querySelector(`wr-text-field[name="${name}"]`)!.shadowRoot!.querySelector('input')!
  input.focus()
  count.taps++
  await typeText(text)
  count.keys += [...text].length
  await settle(el)
}

async function toResult(options: ApplicationOptions, facts: Record<string, unknown>, attrs = { kiosk: true }): Promise<WrAidScreener> {
  const el = await fixture<WrAidScreener>(html`<wr-aid-screener ?kiosk=${attrs.kiosk} office-name="临河县司法局青石司法所" .application=${options}></wr-aid-screener>`)
  el.answers = []
  await el.updateComplete
  await answerUntilResult(el, facts)
  await waitUntil(() => root(el).querySelector('#apply-title') || root(el).textContent!.includes('不用自己申请'), 'no application offer on the result')
  return el
}

async function openApplication(el: WrAidScreener): Promise<void> {
  await press(el, '申请法律援助', root(el))
  await waitUntil(() => app(el)?.shadowRoot?.querySelector('h2'), 'the application did not open')
  await settle(el)
}

/** The whole way, as a resident on the kiosk taps it. */
async function applyAs(el: WrAidScreener, r: (typeof RESIDENTS)[keyof typeof RESIDENTS]): Promise<void> {
  await openApplication(el)
  await press(el, '开始填写')
  await choose(el, 'forWhom', 'self')
  await type(el, 'name', r.name)
  await press(el, '下一步')
  await keypad(el, 'mobile', '13800138000')
  await press(el, '下一步')
  await choose(el, 'village', 'dongping-workroom')
  await press(el, '下一步')
  await choose(el, 'stage', r.stage)
  await choose(el, 'topics', ...r.chips)
  await press(el, '下一步')
  await press(el, '下一步') // consent: nothing ticked
  await press(el, '我承诺以上属实')
  expect(appHeading(el)).to.equal('请核对您的申请')
  await press(el, '提交申请')
  await waitUntil(() => app(el).step === 'done', 'not submitted')
  await settle(el)
}

describe('wr-aid-application from the screener', () => {
  it('explains a mandatory appointment instead of offering an application', async () => {
    const el = await toResult({}, { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': true })
    expect(root(el).textContent).to.contain('您不用自己申请')
    expect(root(el).textContent).to.contain('请为我通知法律援助机构指派律师')
    expect([...root(el).querySelectorAll('wr-button')].some((b) => b.textContent!.includes('申请法律援助'))).to.equal(false)
  })

  for (const [who, r] of Object.entries(RESIDENTS)) {
    it(`${who}: from the result to a submitted application, asking nothing twice (taps and typing printed)`, async () => {
      const service = new FakeService()
      const el = await toResult({ provider: service, villages: VILLAGES, officeId: 'qingshi-office' }, r.facts)
      count.taps = 0
      count.keys = 0
      await applyAs(el, r)
      console.log(`measure: application, ${who}: ${count.taps} taps, ${count.keys} typed characters (paper form: ${PAPER_FORM_FIELDS} fields)`)
      const [s] = service.sent
      expect(s!.applicant).to.include({ name: r.name, mobile: '13800138000', for: 'self' })
      expect(s!.applicant.address).to.deep.equal({ villageId: 'dongping-workroom' })
      expect(s!.matter.problem).to.equal(r.facts.problem)
      expect(s!.matter.stage).to.equal(r.stage)
      expect(s!.consent.sensitive).to.equal(false)
      expect(s!.finances).to.equal(undefined)
      expect(s!.applicant.idNumber).to.equal(undefined)
      // The code, and a QR code of the code alone.
      const text = appRoot(el).textContent!
      expect(text).to.contain('2026 1201')
      expect(appRoot(el).querySelector('wr-qr-code')!.getAttribute('value')).to.equal('20261201')
      expect(count.keys).to.equal([...r.name].length)
      expect(count.taps).to.be.below(PAPER_FORM_FIELDS)
    })
  }

  it('never asks what the screening knew: the review lists it as known, the sheet ticks it', async () => {
    const el = await toResult({ provider: new FakeService(), villages: VILLAGES }, RESIDENTS['a migrant worker owed wages'].facts)
    await openApplication(el)
    const asked = new Set<string>()
    const a = app(el)
    a.addEventListener('wr-application-step-change', (e) => asked.add((e as CustomEvent<{ step: string }>).detail.step))
    await press(el, '开始填写')
    await choose(el, 'forWhom', 'self')
    await type(el, 'name', '王建国')
    await press(el, '下一步')
    await keypad(el, 'mobile', '13800138000')
    await press(el, '下一步')
    await choose(el, 'village', 'xiwan-workroom')
    await press(el, '下一步')
    await choose(el, 'stage', 'arbitration')
    await choose(el, 'topics', 'unpaid')
    await press(el, '下一步')
    await press(el, '下一步')
    await press(el, '我承诺以上属实')
    expect([...asked]).to.deep.equal(['who', 'name', 'mobile', 'address', 'stage', 'account', 'consent', 'pledge', 'review'])
    const known = appRoot(el).querySelector('section[aria-labelledby="known"]')!.textContent!
    expect(known).to.contain('劳动纠纷')
    expect(known).to.contain('进城务工者')
    expect(known).to.contain('仲裁代理')
    expect(known).to.contain('申请人（仲裁）')
    const sheet = appRoot(el).querySelector('.sheet')!
    const ticked = (field: string) => [...sheet.querySelectorAll(`[data-field="${field}"] .tick.on`)].map((t) => t.getAttribute('data-value'))
    expect(sheet.querySelector('h2')!.textContent).to.equal('法律援助申请信息预填单')
    expect(sheet.textContent).to.contain('不是正式申请表')
    expect(ticked('groups')).to.deep.equal(['migrant-worker'])
    expect(ticked('caseType')).to.deep.equal(['labour'])
    expect(ticked('aidMode')).to.deep.equal(['arbitration'])
    expect(ticked('legalStatus')).to.deep.equal(['applicant'])
    expect(ticked('stage')).to.deep.equal(['arbitration'])
    expect(sheet.textContent).to.contain('王建国')
    expect(sheet.textContent).to.contain('西湾村')
    expect(sheet.textContent).to.contain('个人诚信承诺书')
    expect(sheet.textContent).to.contain('申请人签名（或按手印）')
    await expectNoAxeViolations(a)
  })

  it('prints a sheet with no personal details at all when the resident asks for a blank one', async () => {
    const el = await toResult({ villages: VILLAGES }, RESIDENTS['a domestic-violence victim'].facts, { kiosk: false })
    await openApplication(el)
    expect(appRoot(el).textContent).to.contain('这里还不能在网上提交申请')
    const sheet = appRoot(el).querySelector('.sheet')!
    expect(sheet.querySelector('h2')!.textContent).to.equal('法律援助申请信息预填单（手填）')
    expect([...sheet.querySelectorAll('[data-field="caseType"] .tick.on')].map((t) => t.getAttribute('data-value'))).to.deep.equal(['marriage-family'])
    expect(sheet.querySelectorAll('.filled').length).to.equal(0, 'no field of the applicant is filled')
  })

  it('takes an ID number only when chosen, masked, and says which rule a wrong one breaks', async () => {
    const service = new FakeService()
    const el = await toResult({ provider: service, villages: VILLAGES }, RESIDENTS['a domestic-violence victim'].facts)
    await openApplication(el)
    const a = app(el) as App & { snapshot: unknown }
    a.snapshot = { step: 'consent', draft: { forWhom: 'self', name: '张丽', mobile: '13800138000', village: 'dongping-workroom', stage: 'not-started', topics: ['beaten'] } }
    await settle(el)
    const consent = appRoot(el).querySelector('wr-choice-list[name="consent"]')!
    expect([...consent.shadowRoot!.querySelectorAll('input')].every((i) => !i.checked), 'nothing ticked').to.equal(true)
    expect(appRoot(el).textContent).to.contain('保存多久')
    await choose(el, 'consent', 'id-number')
    await press(el, '下一步')
    expect(appHeading(el)).to.equal('输入身份证号码')
    await keypad(el, 'idNumber', '110105194912310021')
    await press(el, '下一步')
    expect(appRoot(el).textContent).to.contain('最后一位（校验码）和前面的数字对不上')
    expect(activeElementDeep()?.closest('.error-summary'), 'focus on the error summary').to.exist
    const display = appRoot(el).querySelector('wr-keypad')!.shadowRoot!.querySelector('[part="display"]')!.textContent!
    expect(display).not.to.contain('19491231')
    // The last two were wrong: delete them and tap the right ones.
    await keypad(el, 'idNumber', '')
    for (let i = 0; i < 2; i++) appRoot(el).querySelector('wr-keypad')!.shadowRoot!.querySelector<HTMLButtonElement>('button[data-key="back"]')!.click()
    await keypad(el, 'idNumber', '2X')
    await press(el, '下一步')
    await press(el, '我承诺以上属实')
    expect(appRoot(el).textContent).to.contain('110105********002X')
    await press(el, '提交申请')
    await waitUntil(() => service.sent.length === 1)
    expect(service.sent[0]!.applicant.idNumber).to.equal('11010519491231002X')
    expect(service.sent[0]!.consent.sensitive).to.equal(true)
  })

  it('keeps everything when the service cannot be reached, and sends the same application again', async () => {
    const service = new FakeService()
    service.fail = 1
    const el = await toResult({ provider: service, villages: VILLAGES }, RESIDENTS['a migrant worker owed wages'].facts)
    await openApplication(el)
    const a = app(el) as App & { snapshot: unknown }
    a.snapshot = { step: 'review', draft: { forWhom: 'self', name: '王建国', mobile: '13800138000', village: 'dongping-workroom', stage: 'not-started', topics: ['unpaid'], pledgedAt: '2026-12-01T02:00:00.000Z' } }
    await settle(el)
    await press(el, '提交申请')
    await waitUntil(() => appRoot(el).querySelector('.alert'))
    expect(appRoot(el).querySelector('.alert')!.textContent).to.contain('申请没有丢')
    expect(app(el).step).to.equal('review')
    await press(el, '提交申请')
    await waitUntil(() => app(el).step === 'done')
    expect(service.sent[0]!.idempotencyKey).to.equal(service.sent[1]!.idempotencyKey)
  })

  it('shows the status by code and mobile: the one list of missing materials', async () => {
    const el = await toResult({ provider: new FakeService(), villages: VILLAGES }, RESIDENTS['a migrant worker owed wages'].facts, { kiosk: false })
    await openApplication(el)
    await press(el, '查询已提交申请的进度')
    await type(el, 'code', '2026 1201')
    await type(el, 'mobile', '13800138000')
    await press(el, '查询')
    await waitUntil(() => appRoot(el).querySelector('[part="status"]'))
    const text = appRoot(el).querySelector('[part="status"]')!.textContent!
    expect(text).to.contain('还缺材料')
    expect(text).to.contain('一次交齐')
    expect(text).to.contain('村委会出具的居住证明')
    await expectNoAxeViolations(app(el))
  })

  it('leaves nothing of a half-filled application after a session reset: DOM, IndexedDB, autofill', async () => {
    const el = await toResult({ provider: new FakeService(), villages: VILLAGES }, RESIDENTS['a migrant worker owed wages'].facts, { kiosk: false })
    await openApplication(el)
    await press(el, '开始填写')
    await choose(el, 'forWhom', 'self')
    await type(el, 'name', '王建国')
    await press(el, '下一步')
    await type(el, 'mobile', '13912345678')
    for (const f of appRoot(el).querySelectorAll('wr-text-field')) expect(f.shadowRoot!.querySelector('input')!.getAttribute('autocomplete')).to.equal('off')
    await resetSession('idle')
    await el.updateComplete
    expect(root(el).querySelector('wr-aid-application')).to.equal(null)
    const deep = (n: ParentNode): string => [...n.querySelectorAll('*')].map((x) => (x.shadowRoot ? deep(x.shadowRoot) : '') + ((x as HTMLInputElement).value ?? '')).join('') + (n.textContent ?? '')
    expect(deep(document)).not.to.contain('王建国')
    expect(deep(document)).not.to.contain('13912345678')
    const dbs = (await indexedDB.databases()).map((d) => d.name)
    expect(dbs).not.to.include('workroom-session')
    if (dbs.includes('workroom-applications')) expect(await new ApplicationOutbox().count()).to.equal(0)
  })
})

describe('ApplicationOutbox (kiosk)', () => {
  const submission = (key: string): ApplicationSubmission => ({
    idempotencyKey: key,
    officeId: 'qingshi-office',
    channel: 'kiosk',
    applicant: { for: 'self', name: '王建国', mobile: '13800138000', address: { villageId: 'dongping-workroom' } },
    matter: { problem: 'wages', cause: 'labour', aidKind: 'arbitration', stage: 'not-started', account: { chips: ['unpaid'] }, urgency: { urgent: false, needs: [] } },
    screening: { packId: 'national', packVersion: '1.0.0', outcome: 'eligible-means-waived', facts: { problem: 'wages' }, reasons: [], materials: [], groups: [] },
    consent: { given: true, sensitive: false, version: 'application-2026-1', at: '2026-12-01T02:00:00.000Z' },
    pledge: { accepted: true, readAloud: 'none', warningShown: true, version: 'application-2026-1' },
  })

  it('seals an application offline, gives a code, keeps it through a reset, and sends it when online', async () => {
    const outbox = new ApplicationOutbox({ databaseName: `apps-test-${Math.random()}` })
    const r = await outbox.submit(submission('key-0000-0001'))
    expect(r.code).to.match(/^\d{8}$/)
    expect((await outbox.submit(submission('key-0000-0001'))).code).to.equal(r.code, 'the same key keeps one')
    // Sealed at rest: the name is nowhere in the stored record.
    const raw = await (await outbox.database.open()).getAll('outbox')
    expect(JSON.stringify(raw)).not.to.contain('王建国')
    expect(raw[0].sealed.data).to.be.instanceOf(ArrayBuffer)
    await resetSession('idle')
    expect(await outbox.count()).to.equal(1, 'a reset never loses a sent application')

    const down = { sync: async (): Promise<ApplicationSyncResponse> => Promise.reject(Object.assign(new Error('offline'), { code: 'unavailable' })) }
    const failed = await syncApplications(outbox, down)
    expect(failed.sent).to.equal(0)
    expect(failed.pending).to.equal(1)

    let got: ApplicationSyncRequest | undefined
    const up = { sync: async (req: ApplicationSyncRequest): Promise<ApplicationSyncResponse> => ((got = req), { results: req.entries.map((e) => ({ idempotencyKey: e.idempotencyKey, status: 'applied' as const, code: e.body.code })) }) }
    const done = await syncApplications(outbox, up)
    expect(done).to.include({ sent: 1, pending: 0 })
    expect(got!.entries[0]!.body.code).to.equal(r.code)
    expect(got!.entries[0]!.body.submission.applicant.name).to.equal('王建国')
    await outbox.database.destroy()
  })

  it('keeps an application the service refused, for staff to look at', async () => {
    const outbox = new ApplicationOutbox({ databaseName: `apps-test-${Math.random()}` })
    await outbox.submit(submission('key-0000-0002'))
    const refuse = { sync: async (req: ApplicationSyncRequest): Promise<ApplicationSyncResponse> => ({ results: req.entries.map((e) => ({ idempotencyKey: e.idempotencyKey, status: 'rejected' as const, reason: { code: 'invalid' as const, message: 'bad' } })) }) }
    const r = await syncApplications(outbox, refuse)
    expect(r.pending).to.equal(1)
    expect(r.rejected[0]!.reason).to.equal('invalid')
    await outbox.database.destroy()
  })

  it('refuses a malformed application before storing it', async () => {
    const outbox = new ApplicationOutbox({ databaseName: `apps-test-${Math.random()}` })
    const bad = { ...submission('key-0000-0003'), applicant: { ...submission('x').applicant, mobile: '123' } }
    let error: unknown
    await outbox.submit(bad).catch((e) => (error = e))
    expect((error as { code: string }).code).to.equal('mobile')
    expect(await outbox.count()).to.equal(0)
    await outbox.database.destroy()
  })
})
