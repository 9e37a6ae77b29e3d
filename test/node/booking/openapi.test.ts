import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CONFIG_ROUTE, ROUTES } from '../../../packages/booking/src/contract.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('OpenAPI document for county back ends', () => {
  it('is generated from the contract schemas with every operation, its errors and the idempotency key', () => {
    execFileSync(process.execPath, ['--conditions', 'source', '--import', 'tsx', 'packages/booking/scripts/openapi.ts'], { cwd: root })
    const doc = JSON.parse(readFileSync(`${root}packages/booking/openapi.json`, 'utf8'))
    assert.equal(doc.openapi, '3.1.0')
    for (const r of Object.values(ROUTES)) assert.ok(doc.paths[r.path]?.post, r.path)
    const confirm = doc.paths['/bookings'].post
    assert.equal(confirm.requestBody.content['application/json'].schema.properties.details.properties.mobile.pattern, '^1[3-9]\\d{9}$')
    assert.ok(confirm.parameters.some((p: { name: string }) => p.name === 'Idempotency-Key'))
    assert.ok(confirm.responses['410'])
    assert.deepEqual(doc.paths['/staff/bookings/search'].post.security, [{ staffToken: [] }])
    const sync = doc.paths['/staff/sync'].post
    assert.deepEqual(sync.security, [{ staffToken: [] }])
    const entries = sync.requestBody.content['application/json'].schema.properties.entries
    assert.deepEqual(entries.items.oneOf.map((o: { properties: { operation: { const: string } } }) => o.properties.operation.const), ['confirm', 'cancel', 'reschedule', 'joinWaitlist', 'setStatus'])
    const config = doc.paths[CONFIG_ROUTE.path].get.responses['200'].content['application/json'].schema
    assert.deepEqual(config.required, ['config', 'office'])
    assert.ok(config.properties.config.properties.services, 'the booking config schema is documented')
    assert.deepEqual(config.properties.office.required, ['id', 'name'])
    assert.deepEqual(sync.responses['200'].content['application/json'].schema.properties.results.items.properties.status.enum, ['applied', 'duplicate', 'rejected'])
  })
})
