import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { HttpProvider } from '../../../packages/booking/src/http-provider.ts'
import { BookingError, CONFIG_ROUTE } from '../../../packages/booking/src/contract.ts'
import { demoConfigInput } from '../../../packages/booking/src/demo-config.ts'

const BASE = 'https://yuyue.example.gov.cn/api/booking/offices/xx-sfs'
const office = { id: 'xx-sfs', name: { 'zh-Hans': 'XX县司法局XX司法所' }, phone: '0951-1234567', address: { 'zh-Hans': 'XX镇XX路 1 号' } }

/** A county service in a fetch stub: answers GET <base>/config with `body`, records what was asked. */
function service(body: unknown, status = 200) {
  const calls: { url: string; method: string }[] = []
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method ?? 'GET' })
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof globalThis.fetch
  return { calls, provider: new HttpProvider({ baseUrl: `${BASE}/`, fetch, retries: 0 }) }
}

describe('HttpProvider.getConfig (GET <service-url>/config)', () => {
  it('fetches the office config with a GET relative to the same base as the contract routes', async () => {
    const s = service({ config: demoConfigInput, office })
    const r = await s.provider.getConfig()
    assert.deepEqual(s.calls, [{ url: `${BASE}${CONFIG_ROUTE.path}`, method: 'GET' }])
    assert.equal(r.office.phone, '0951-1234567')
    assert.equal(r.config.holdMinutes, 5, 'defaults applied as for a host config')
    assert.ok(r.config.services.length >= 5)
  })

  it('refuses a reply in another shape, and a config whose references do not resolve', async () => {
    await assert.rejects(service({ config: demoConfigInput }).provider.getConfig(), (e: BookingError) => e.code === 'invalid')
    const broken = { ...demoConfigInput, services: demoConfigInput.services.map((x) => ({ ...x, placeId: 'nowhere' })) }
    await assert.rejects(service({ config: broken, office }).provider.getConfig(), (e: BookingError) => e.code === 'invalid' && /placeId/.test(e.message))
  })

  it('reports an unreachable service as unavailable', async () => {
    await assert.rejects(service({}, 503).provider.getConfig(), (e: BookingError) => e.code === 'unavailable')
  })
})
