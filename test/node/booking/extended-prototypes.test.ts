// The documented HttpProvider path on a page that extends the built-in prototypes before our code
// loads (old county sites do): the contract's schemas are built while the extensions are there.
// Its own file: node:test runs each file in a fresh process, so nothing of ours is loaded yet.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'

for (const [target, key] of [[Object.prototype, 'extend'], [Array.prototype, 'remove'], [String.prototype, 'trimAll']] as const) {
  Object.defineProperty(target, key, { value() {}, enumerable: true, configurable: true, writable: true })
}

describe('HttpProvider on a page with extended prototypes', () => {
  it('loads, builds its schemas, checks a reply, and leaves the extensions as they were', async () => {
    const { HttpProvider } = await import('../../../packages/booking/src/http-provider.ts')
    const { demoConfigInput } = await import('../../../packages/booking/src/demo-config.ts')
    const office = { id: 'xx-sfs', name: { 'zh-Hans': 'XX县司法局XX司法所' } }
    const fetch = (async () => new Response(JSON.stringify({ config: demoConfigInput, office }))) as unknown as typeof globalThis.fetch
    const r = await new HttpProvider({ baseUrl: 'https://yuyue.example.gov.cn/api/booking/offices/xx-sfs', fetch, retries: 0 }).getConfig()
    assert.equal(r.office.id, 'xx-sfs')
    assert.ok(r.config.services.length > 0)
    const keys: string[] = []
    for (const k in {}) keys.push(k)
    for (const k in []) keys.push(`[]${k}`)
    assert.deepEqual(keys, ['extend', '[]remove', '[]extend'])
  })
})
