import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { checkIdNumber, idCheckCharacter, isMainlandMobile, maskIdNumber, maskMobile } from '../../../packages/booking/src/validate.ts'

describe('resident details checks', () => {
  it('accepts mainland mobile numbers, forgiving spaces and +86', () => {
    for (const m of ['13800138000', '138 0013 8000', '+86 19912345678', '8615012345678']) assert.ok(isMainlandMobile(m), m)
  })
  it('refuses landlines, short numbers and 12x prefixes', () => {
    for (const m of ['010-12345678', '1380013800', '12800138000', '2380013800a']) assert.ok(!isMainlandMobile(m), m)
  })
  it('accepts the GB 11643 standard example ID number with check character X', () => {
    assert.equal(idCheckCharacter('11010519491231002'), 'X')
    assert.equal(checkIdNumber('11010519491231002X'), 'ok')
    assert.equal(checkIdNumber('11010519491231002x'), 'ok')
  })
  it('says which rule an ID number fails', () => {
    assert.equal(checkIdNumber('110105194912310021'), 'check-digit')
    assert.equal(checkIdNumber('1101051949123100'), 'length')
    assert.equal(checkIdNumber('11010519491231A02X'), 'characters')
    assert.equal(checkIdNumber('110105194902300027'.slice(0, 17) + idCheckCharacter('11010519490230002')), 'birth-date')
  })
  it('masks ID and mobile numbers for screens and tickets', () => {
    assert.equal(maskIdNumber('11010519491231002X'), '110105********002X')
    assert.equal(maskMobile('13800138000'), '138****8000')
  })
})
