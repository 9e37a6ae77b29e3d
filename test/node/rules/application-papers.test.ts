import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { nationalPack, overlay, RulePackError } from '@workroom/rules'

const papers = [
  { name: { 'zh-Hans': '经济困难状况说明表', en: 'Statement of financial hardship' }, source: 'Shanxi 2023 (names only)' },
  { name: { 'zh-Hans': '告知承诺情况核查授权书', en: 'Authorisation to check the commitment' }, source: 'Shanxi 2023 (names only)', note: { 'zh-Hans': '同意通过政府数据核查', en: 'consent to a check through government data' } },
]
const region = (extra: Record<string, unknown>) => ({
  format: 1, kind: 'overlay', region: 'CN-SX', version: '0.1.0',
  title: { 'zh-Hans': '山西（示例）', en: 'Shanxi (example)' }, effectiveFrom: '2023-01-01', source: 'test', ...extra,
})

describe('an overlay names its commitment papers', () => {
  it('carries applicationPapers into the pack the application sheet prints from', () => {
    const pack = overlay(nationalPack, region({ applicationPapers: papers }))
    assert.deepEqual(pack.applicationPapers, papers)
  })

  it('the national pack names none (the sheet then prints the LAL 41 pledge)', () => {
    assert.equal(nationalPack.applicationPapers, undefined)
    assert.equal(overlay(nationalPack, region({})).applicationPapers, undefined)
  })

  it('refuses a paper without its source, naming the path', () => {
    assert.throws(() => overlay(nationalPack, region({ applicationPapers: [{ name: papers[0]!.name }] })), (e: unknown) => e instanceof RulePackError && JSON.stringify(e).includes('applicationPapers'))
  })
})
