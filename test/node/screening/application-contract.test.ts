import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import {
  APPLICATION_ROUTES, ApplicationError, ApplicationStatus, ApplicationSubmission, decisionClock, isValidIdNumber, newApplicationCode, parseApplicationOrThrow,
} from '@workroom/screening/application-contract'
import { ApplicationClient } from '@workroom/screening/application-client'
import { sampleSubmission } from '../../helpers/application.ts'

describe('application contract', () => {
  it('accepts a full application and keeps what the resident gave', () => {
    const s = parseApplicationOrThrow(ApplicationSubmission, sampleSubmission())
    assert.equal(s.applicant.name, '王秀英')
    assert.deepEqual(s.matter.urgency.needs, [])
  })

  it('refuses an ID number whose check digit is wrong, with the id-number code', () => {
    assert.equal(isValidIdNumber('11010519491231002X'), true)
    assert.equal(isValidIdNumber('110105194912310021'), false)
    const bad = sampleSubmission({ applicant: { ...sampleSubmission().applicant, idNumber: '110105194912310021' }, consent: { ...sampleSubmission().consent, sensitive: true } })
    assert.throws(() => parseApplicationOrThrow(ApplicationSubmission, bad), (e: ApplicationError) => e.code === 'id-number' && e.key === 'screening:application.errors.id-number')
  })

  it('refuses finances or an ID number without the separate sensitive-data consent', () => {
    const bad = sampleSubmission({ finances: { householdSize: 3, monthlyIncome: { wagesOrPension: 1800 }, property: [] } })
    assert.throws(() => parseApplicationOrThrow(ApplicationSubmission, bad), (e: ApplicationError) => e.code === 'consent-required')
  })

  it('asks the relationship of someone applying for another person (LAL 40)', () => {
    const bad = sampleSubmission({ applicant: { ...sampleSubmission().applicant, for: 'someone' } })
    assert.throws(() => parseApplicationOrThrow(ApplicationSubmission, bad), (e: ApplicationError) => e.code === 'relationship')
  })

  it('refuses an application without the pledge', () => {
    const bad = { ...sampleSubmission(), pledge: { accepted: false, readAloud: 'none', warningShown: true, version: '1' } }
    assert.throws(() => parseApplicationOrThrow(ApplicationSubmission, bad), (e: ApplicationError) => e.code === 'pledge-required')
  })

  it('counts the 7-day clock of LAL 43 in Shanghai days', () => {
    // 23:30 UTC on 1 Dec is 07:30 on 2 Dec in Shanghai.
    assert.deepEqual(decisionClock('2026-12-01T23:30:00Z', Date.parse('2026-12-02T01:00:00Z')), { decisionDue: '2026-12-09', daysLeft: 7 })
    assert.equal(decisionClock('2026-12-01T02:00:00Z', Date.parse('2026-12-09T02:00:00Z')).daysLeft, -1)
  })

  it('makes eight-digit codes and keeps personal data out of every route path', () => {
    assert.match(newApplicationCode(), /^\d{8}$/)
    for (const r of Object.values(APPLICATION_ROUTES)) assert.doesNotMatch(r.path, /[:?{]/)
  })

  it('a refusal always carries the LAL 49 objection route', () => {
    const base = { code: '12345678', receivedAt: '2026-12-01T02:00:00Z', decisionDue: '2026-12-08', updatedAt: '2026-12-02T02:00:00Z', state: 'refused', decidedAt: '2026-12-02T02:00:00Z', reasons: '经审查，家庭经济状况超出标准。' }
    assert.equal(ApplicationStatus.safeParse(base).success, false)
    assert.equal(ApplicationStatus.safeParse({ ...base, objection: { to: 'justice-bureau', answerWithinDays: 5, citation: { law: 'LAL', article: 49 } } }).success, true)
  })
})

describe('application HTTP client', () => {
  const receipt = { code: '12345678', receivedAt: '2026-12-01T02:00:00Z', decisionDue: '2026-12-08', status: { code: '12345678', receivedAt: '2026-12-01T02:00:00Z', decisionDue: '2026-12-08', daysLeft: 7, updatedAt: '2026-12-01T02:00:00Z', state: 'received' } }

  it('retries a 503 with the same idempotency key and returns the receipt', async () => {
    const keys: string[] = []
    let calls = 0
    const fetch = (async (_url: string, init: RequestInit) => {
      keys.push(new Headers(init.headers).get('idempotency-key') ?? '')
      return ++calls === 1 ? new Response('{}', { status: 503 }) : new Response(JSON.stringify(receipt), { status: 200 })
    }) as typeof globalThis.fetch
    const client = new ApplicationClient({ baseUrl: 'http://service/api/booking/offices/demo-sfs/', fetch, backoffMs: 1 })
    const r = await client.submit(sampleSubmission())
    assert.equal(r.code, '12345678')
    assert.equal(keys.length, 2)
    assert.equal(keys[0], keys[1])
  })

  it('turns a 400 into the error code the service named', async () => {
    const fetch = (async () => new Response(JSON.stringify({ error: { code: 'mobile', message: 'applicant.mobile' } }), { status: 400 })) as unknown as typeof globalThis.fetch
    const client = new ApplicationClient({ baseUrl: 'http://service', fetch, backoffMs: 1 })
    await assert.rejects(client.status({ code: '12345678', mobile: '13800138000' }), (e: ApplicationError) => e.code === 'mobile')
  })

  it('gives up after its retries with unavailable when the network is down', async () => {
    const fetch = (async () => { throw new TypeError('network') }) as unknown as typeof globalThis.fetch
    const client = new ApplicationClient({ baseUrl: 'http://service', fetch, retries: 2, backoffMs: 1 })
    await assert.rejects(client.submit(sampleSubmission()), (e: ApplicationError) => e.code === 'unavailable')
  })

  it('sends the device token, version and pending count on sync only', async () => {
    let seen: Headers | undefined
    const fetch = (async (_u: string, init: RequestInit) => ((seen = new Headers(init.headers)), new Response(JSON.stringify({ results: [] })))) as unknown as typeof globalThis.fetch
    const client = new ApplicationClient({ baseUrl: 'http://service', fetch, deviceToken: 'tok', version: '1.2.3' })
    await client.sync({ entries: [] }, 4)
    assert.equal(seen!.get('authorization'), 'Bearer tok')
    assert.equal(seen!.get('x-workroom-pending'), '4')
    assert.equal(seen!.get('x-workroom-version'), '1.2.3')
  })
})
