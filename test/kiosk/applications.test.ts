import { fixture, html, expect, waitUntil } from '../helpers/index.js'
import '@workroom/core/define'
import { defineElement, resetSession } from '@workroom/core'
import type { ApplicationSubmission } from '@workroom/screening/application-contract'
import type { ApplicationOptions } from '@workroom/screening/application-view'
import { WrKioskApp } from '../../kiosk/src/app.js'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import { pendingApplications, villagesOf } from '../../kiosk/src/applications.js'
import demoJson from '../../kiosk/public/workroom.json'

if (!customElements.get('wr-kiosk-app')) defineElement('wr-kiosk-app', WrKioskApp)

const SERVICE = 'https://fw.example.gov.cn/api/booking/offices/qingshi-office'

function config(sync: boolean): WorkroomConfig {
  const raw = structuredClone(demoJson) as Record<string, any>
  if (sync) raw.sync = { bookingServiceUrl: SERVICE, token: 'device-token-1', everyMinutes: 15 }
  const r = parseConfig(raw)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.config
}

/** The county service as the kiosk meets it: down, or taking every application it is sent. */
const calls: { url: string; body: any; auth: string | null }[] = []
let serviceUp = false
const realFetch = window.fetch
before(() => {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
    if (!url.startsWith('https://fw.example.gov.cn')) return realFetch(input, init)
    if (!serviceUp) throw new TypeError('Failed to fetch')
    const body = init?.body ? JSON.parse(String(init.body)) : undefined
    calls.push({ url, body, auth: new Headers(init?.headers).get('authorization') })
    if (url.endsWith('/staff/applications/sync'))
      return new Response(JSON.stringify({ results: body.entries.map((e: any) => ({ idempotencyKey: e.idempotencyKey, status: 'applied', code: e.body.code })) }), { status: 200, headers: { 'content-type': 'application/json' } })
    return new Response(JSON.stringify({ results: [] }), { status: 200, headers: { 'content-type': 'application/json' } })
  }
})
after(() => {
  window.fetch = realFetch
})

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

async function screener(c: WorkroomConfig): Promise<{ app: WrKioskApp; options: () => ApplicationOptions }> {
  const app = await fixture<WrKioskApp>(html`<wr-kiosk-app kiosk .configState=${{ config: c, source: 'file', problems: [] }}></wr-kiosk-app>`)
  await app.updateComplete
  app.shadowRoot!.querySelector<HTMLButtonElement>('[data-feature="screening"]')?.click()
  await waitUntil(() => app.shadowRoot!.querySelector('wr-aid-screener'), 'no screener')
  const s = app.shadowRoot!.querySelector('wr-aid-screener') as HTMLElement & { application: ApplicationOptions }
  return { app, options: () => s.application }
}

describe('kiosk: legal-aid applications', () => {
  it('offers the workroom villages, this one first, named without 工作室', () => {
    expect(villagesOf(config(false))).to.deep.equal([
      { id: 'dongping-workroom', name: '东坪村' },
      { id: 'xiwan-workroom', name: '西湾村' },
    ])
  })

  it('without a county service: villages only, no way to send (the printed sheet remains)', async () => {
    const { options } = await screener(config(false))
    expect(options().provider).to.equal(undefined)
    expect(options().villages?.length).to.equal(2)
  })

  it('keeps an application taken offline through a reset, and sends it with the next sync', async () => {
    serviceUp = false
    const { app, options } = await screener(config(true))
    await waitUntil(() => options().provider, 'no application provider')
    const o = options()
    expect(o.officeId).to.equal('qingshi-office')
    expect(o.provider!.queues).to.equal(true)
    const before = await pendingApplications()
    const receipt = await o.provider!.submit(submission(`key-${Math.random()}`))
    expect(receipt.code).to.match(/^\d{8}$/)
    expect(await pendingApplications()).to.equal(before + 1)
    await resetSession('idle')
    expect(await pendingApplications()).to.equal(before + 1, 'a reset never loses what a resident sent')
    serviceUp = true
    await app.syncBookings()
    await waitUntil(async () => (await pendingApplications()) === 0, 'the outbox did not empty')
    const sent = calls.filter((c) => c.url === `${SERVICE}/staff/applications/sync`)
    expect(sent.length).to.be.greaterThan(0)
    expect(sent.at(-1)!.auth).to.equal('Bearer device-token-1')
    expect(sent.flatMap((c) => c.body.entries.map((e: any) => e.body.code))).to.include(receipt.code)
  })
})
