import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { evaluate, nationalPack, overlay, regions, type Facts, type RulePack } from '@workroom/rules'
import { ApplicationSubmission, ApplicationError, type ApplicationReceipt, type ApplicationStatus } from '@workroom/screening/application-contract'
import { ApplicationFlow } from '../../../packages/screening/src/application/application-flow.ts'
import { aidMode, fromScreening, position } from '../../../packages/screening/src/application/from-screening.ts'
import { checkIdNumber, maskIdNumber } from '../../../packages/screening/src/application/id-number.ts'
import type { ApplicationProvider } from '../../../packages/screening/src/application/types.ts'

export const RESIDENTS = {
  migrantWorker: { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': [] },
  elderSupport: { problem: 'support-payment', hasLawyer: false, 'applicant.ageBand': '70-plus', 'applicant.gender': 'female', 'applicant.abused': false, 'urgent.needs': [], 'applicant.groups': [], 'applicant.fixedIncome': false },
  dvVictim: { problem: 'domestic-violence', hasLawyer: false, 'applicant.gender': 'female', 'urgent.needs': [] },
  /** Ningxia: means-tested, the income tapped against 2 × 低保. */
  meansTested: { problem: 'traffic-injury', hasLawyer: false, side: 'claimant', 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.ageBand': '18-59', 'applicant.disabled': false, 'urgent.needs': ['deadline'], 'household.size': 3, 'household.incomeWithinLine': true },
} satisfies Record<string, Facts>

const NOW = Date.parse('2026-12-01T02:00:00Z')

function receipt(code = '12345678'): ApplicationReceipt {
  return { code, receivedAt: new Date(NOW).toISOString(), decisionDue: '2026-12-08', status: { state: 'received', code, receivedAt: new Date(NOW).toISOString(), decisionDue: '2026-12-08', updatedAt: new Date(NOW).toISOString() } }
}

class FakeProvider implements ApplicationProvider {
  sent: unknown[] = []
  failNext = 0
  async submit(s: Parameters<ApplicationProvider['submit']>[0]): Promise<ApplicationReceipt> {
    this.sent.push(s)
    if (this.failNext-- > 0) throw new ApplicationError('unavailable')
    return receipt()
  }
  async status(): Promise<ApplicationStatus> {
    return { state: 'refused', code: '12345678', receivedAt: new Date(NOW).toISOString(), decisionDue: '2026-12-08', updatedAt: new Date(NOW).toISOString(), decidedAt: new Date(NOW).toISOString(), reasons: '收入超过标准', objection: { to: 'justice-bureau', answerWithinDays: 5, citation: { law: 'LAL', article: 49 } } }
  }
}

const ningxia = overlay(nationalPack, regions['CN-NX'], { dibaoMonthly: 760 })
const packFor = (facts: Facts): RulePack => (facts === RESIDENTS.meansTested ? ningxia : nationalPack)

function flowFor(facts: Facts, provider: ApplicationProvider = new FakeProvider()) {
  const pack = packFor(facts)
  const result = evaluate(pack, facts)
  assert.equal(result.status, 'complete')
  return new ApplicationFlow({ provider: () => provider, facts: () => facts, result: () => result, pack: () => pack, officeId: () => 'demo-sfs', channel: () => 'kiosk', now: () => NOW })
}

/** Answers every step as a resident would: self, a name, a mobile, a village, a stage, one chip. */
function fillIn(flow: ApplicationFlow, stage: 'not-started' | 'mediation' | 'litigation-first-instance' = 'not-started') {
  flow.start()
  assert.ok(flow.choose('forWhom', 'self'))
  flow.keep('name', ' 王秀英 ')
  assert.ok(flow.next())
  flow.keep('mobile', '138 0013 8000')
  assert.ok(flow.next())
  flow.keep('village', 'dongping-workroom')
  assert.ok(flow.next())
  assert.ok(flow.choose('stage', stage))
  flow.keep('topics', ['unpaid'])
  assert.ok(flow.next())
  assert.equal(flow.step, 'consent')
  assert.ok(flow.next())
  assert.equal(flow.step, 'pledge')
  assert.ok(flow.next())
  assert.equal(flow.step, 'review')
}

describe('what the application takes from the screening', () => {
  it('a migrant worker owed wages: 劳动纠纷, 进城务工者, arbitration first, 申请人 in arbitration', () => {
    const k = fromScreening(RESIDENTS.migrantWorker, evaluate(nationalPack, RESIDENTS.migrantWorker))
    assert.equal(k.caseType, 'labour')
    assert.deepEqual(k.groups, ['migrant-worker'])
    assert.equal(k.meansTested, false)
    assert.equal(aidMode(k, 'not-started'), 'arbitration')
    assert.equal(aidMode(k, 'litigation-first-instance'), 'civil-litigation')
    assert.equal(position(k, 'arbitration'), 'applicant')
    assert.equal(position(k, 'litigation-first-instance'), 'plaintiff')
  })

  it('a 72-year-old woman claiming support: 赡养, 老年人 and 妇女 ticked', () => {
    const k = fromScreening(RESIDENTS.elderSupport, evaluate(nationalPack, RESIDENTS.elderSupport))
    assert.equal(k.caseType, 'support')
    assert.deepEqual(k.groups, ['elderly', 'women'])
    assert.equal(aidMode(k, 'mediation'), 'non-litigation-mediation')
  })

  it('a domestic-violence victim: 婚姻家庭, no means test, no finances to ask about', () => {
    const flow = flowFor(RESIDENTS.dvVictim)
    assert.equal(flow.known?.caseType, 'marriage-family')
    assert.equal(flow.meansTested, false)
    assert.equal(flow.hasFinances, false)
  })

  it('a means-tested resident who tapped the income answer: offered to pass the finances on, urgent kept', () => {
    const flow = flowFor(RESIDENTS.meansTested)
    assert.equal(flow.meansTested, true)
    assert.equal(flow.hasFinances, true)
    assert.equal(flow.known?.urgent, true)
    assert.deepEqual(flow.known?.finances, { householdSize: 3, incomeWithinLine: true, line: 1520 })
  })
})

describe('ApplicationFlow', () => {
  it('asks only the questions the screening could not answer, in order, and refuses a step left empty', () => {
    const flow = flowFor(RESIDENTS.migrantWorker)
    flow.start()
    assert.equal(flow.step, 'who')
    assert.equal(flow.next(), false)
    assert.deepEqual(flow.errors.map((e) => e.message), ['application.check.forWhom'])
    flow.keep('forWhom', 'someone')
    assert.equal(flow.next(), false, 'someone else needs the relationship (LAL 40)')
    assert.equal(flow.errors[0]?.field, 'relationship')
    flow.keep('relationship', 'child')
    assert.ok(flow.next())
    flow.keep('name', '王秀英')
    assert.equal(flow.next(), false, 'the helper names themselves too')
    flow.keep('helperName', '李强')
    assert.ok(flow.next())
    flow.keep('mobile', '12345')
    assert.equal(flow.next(), false)
    assert.equal(flow.errors[0]?.message, 'application.check.mobile')
  })

  it('asks for the ID number only when the resident chose to give it, and says which rule a wrong one broke', () => {
    const flow = flowFor(RESIDENTS.migrantWorker)
    assert.ok(!flow.steps.includes('id'))
    flow.restore({ step: 'consent' })
    flow.keep('giveId', true)
    assert.ok(flow.next())
    assert.equal(flow.step, 'id')
    flow.keep('idNumber', '11010519491231002Y')
    assert.equal(flow.next(), false)
    assert.equal(flow.errors[0]?.message, 'application.check.id.characters')
    flow.keep('idNumber', '110105194912310020')
    assert.equal(flow.next(), false)
    assert.equal(flow.errors[0]?.message, 'application.check.id.check-digit')
    flow.keep('idNumber', '11010519491231002x')
    assert.ok(flow.next())
    assert.equal(flow.step, 'pledge')
  })

  it('checks ID numbers by GB 11643 and masks them', () => {
    assert.equal(checkIdNumber('11010519491231002X'), 'ok')
    assert.equal(checkIdNumber('110105194902300020'), 'birth-date')
    assert.equal(checkIdNumber('1101051949'), 'length')
    assert.equal(maskIdNumber('11010519491231002X'), '110105********002X')
  })

  it('builds a submission the county service accepts, with nothing sensitive unless agreed', () => {
    const flow = flowFor(RESIDENTS.meansTested)
    fillIn(flow, 'litigation-first-instance')
    const s = flow.request()
    const parsed = ApplicationSubmission.safeParse(s)
    assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues))
    assert.equal(s.applicant.name, '王秀英')
    assert.equal(s.applicant.mobile, '13800138000')
    assert.deepEqual(s.applicant.address, { villageId: 'dongping-workroom' })
    assert.equal(s.matter.cause, 'damages')
    assert.equal(s.matter.stage, 'litigation-first-instance')
    assert.equal(s.matter.urgency.urgent, true)
    assert.equal(s.consent.sensitive, false)
    assert.equal(s.finances, undefined)
    assert.ok(!Object.keys(s.screening.facts).some((k) => k.startsWith('household.')), 'the household answers stay behind without consent')
    assert.equal(s.pledge.accepted, true)
  })

  it('sends the finances only after the separate consent', () => {
    const flow = flowFor(RESIDENTS.meansTested)
    fillIn(flow)
    flow.change('consent')
    flow.keep('shareFinances', true)
    assert.ok(flow.next())
    assert.equal(flow.step, 'review', 'a change from the review comes back to it')
    const s = flow.request()
    assert.ok(ApplicationSubmission.safeParse(s).success)
    assert.equal(s.consent.sensitive, true)
    assert.deepEqual(s.finances, { householdSize: 3, monthlyIncome: {} })
    assert.equal(s.screening.facts['household.incomeWithinLine'], true)
  })

  it('retries a failed submit under the same key, and gives the code once it is taken', async () => {
    const provider = new FakeProvider()
    provider.failNext = 1
    const flow = flowFor(RESIDENTS.migrantWorker, provider)
    fillIn(flow)
    assert.equal(await flow.submit(), undefined)
    assert.equal(flow.alert, 'application.errors.unavailable')
    assert.equal(flow.step, 'review', 'nothing typed is lost')
    const r = await flow.submit()
    assert.equal(r?.code, '12345678')
    assert.equal(flow.step, 'done')
    const [first, second] = provider.sent as { idempotencyKey: string }[]
    assert.equal(first!.idempotencyKey, second!.idempotencyKey)
  })

  it('will not submit past a missing answer: it opens that step', async () => {
    const flow = flowFor(RESIDENTS.migrantWorker)
    flow.restore({ step: 'review', draft: { forWhom: 'self', name: '王秀英', mobile: '13800138000', village: 'x', stage: 'mediation', topics: [], pledgedAt: new Date(NOW).toISOString() } })
    assert.equal(await flow.submit(), undefined)
    assert.equal(flow.step, 'account')
    assert.equal(flow.errors[0]?.message, 'application.check.account')
  })

  it('checks a status by code and mobile, refusing a malformed code before asking', async () => {
    const flow = flowFor(RESIDENTS.migrantWorker)
    flow.openStatus()
    flow.keepLookup('code', '1234')
    flow.keepLookup('mobile', '13800138000')
    await flow.checkStatus()
    assert.equal(flow.errors[0]?.message, 'application.check.code')
    flow.keepLookup('code', '1234 5678')
    await flow.checkStatus()
    assert.equal(flow.status?.state, 'refused')
  })
})
