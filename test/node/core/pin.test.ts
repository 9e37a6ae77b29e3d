import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { pbkdf2Sync } from 'node:crypto'
import { formatPinHash, makePinHash, parsePinHash, PinLockout, verifyPin } from '../../../packages/core/src/pin.ts'

describe('the staff PIN check (kiosk staff screen and booking desk)', () => {
  it('accepts the PIN `npm run pin-hash` hashed, and no other', async () => {
    const salt = Buffer.from('0123456789abcdef')
    const hash = { algorithm: 'PBKDF2-SHA-256' as const, iterations: 10_000, salt: salt.toString('base64'), hash: pbkdf2Sync('246810', salt, 10_000, 32, 'sha256').toString('base64') }
    assert.equal(await verifyPin('246810', hash), true)
    assert.equal(await verifyPin('246811', hash), false)
    assert.equal(await verifyPin('246810', { ...hash, hash: 'not base64!' }), false)
    assert.equal(await verifyPin('246810', { ...hash, iterations: 1 }), false)
  })

  it('round-trips the one-line attribute form and refuses a bare SHA-256', async () => {
    const made = await makePinHash('2468', 10_000)
    const parsed = parsePinHash(formatPinHash(made))
    assert.deepEqual(parsed, made)
    assert.equal(await verifyPin('2468', parsed as typeof made), true)
    assert.equal(parsePinHash('ab'.repeat(32)), 'legacy-sha256')
    assert.equal(parsePinHash('2468'), undefined)
  })

  it('locks after five wrong PINs for a minute, checking nothing meanwhile, then gives a fresh round', async () => {
    let now = 0
    const lockout = new PinLockout({ now: () => now })
    const hash = await makePinHash('2468', 10_000)
    for (let i = 0; i < 4; i++) assert.equal(await lockout.check('0000', hash), 'wrong')
    assert.equal(await lockout.check('0000', hash), 'locked')
    assert.equal(await lockout.check('2468', hash), 'locked')
    now = 60_001
    assert.equal(lockout.attemptsLeft, 5)
    assert.equal(await lockout.check('2468', hash), 'ok')
  })
})
