import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ledgerCsv, type LedgerLabels } from '../../../packages/booking/src/ledger-csv.ts'
import { demoConfig } from '../../../packages/booking/src/demo-config.ts'
import type { Booking } from '../../../packages/booking/src/contract.ts'
import zh from '../../../packages/booking/src/locales/zh-Hans.json' with { type: 'json' }

const labels: LedgerLabels = {
  columns: zh.desk.csv,
  status: zh.desk.statusName,
  needs: zh.details.need,
  yes: '✓',
}
const b = (name: string, extra: Partial<Booking> = {}): Booking => ({
  code: 'K7QM4X', serviceId: 'adviser', placeId: 'dongping-workroom', staffId: 'adviser-wang', slotId: 'x',
  start: '2026-03-03T09:00:00+08:00', end: '2026-03-03T09:30:00+08:00', status: 'booked', priority: true,
  details: { name, mobile: '13800138000', needs: ['wheelchair', 'large-print'] }, createdAt: '', updatedAt: '', ...extra,
})

describe('appointments ledger export (台账)', () => {
  it('opens in Excel as Chinese text: UTF-8 BOM, CRLF, Chinese headers', () => {
    const csv = ledgerCsv([b('张秀英')], demoConfig, labels)
    assert.equal(csv.charCodeAt(0), 0xfeff)
    const [head, row] = csv.slice(1).split('\r\n')
    assert.equal(head, '预约码,日期,开始（北京时间）,结束（北京时间）,服务,地点,接待人员,姓名,手机号,需要的帮助,优先,状态,取消原因')
    assert.equal(row, 'K7QM4X,2026-03-03,09:00,09:30,找村里的法律顾问咨询,东坪村公共法律服务工作室,王律师,张秀英,13800138000,坐轮椅，需要无障碍通道；需要大字材料,✓,已预约,')
  })

  it('quotes commas and neutralises cells that Excel would run as a formula', () => {
    const csv = ledgerCsv([b('=HYPERLINK("x")', { status: 'cancelled', cancelReason: '有事, 改天' })], demoConfig, labels)
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`))
    assert.ok(csv.includes('"有事, 改天"'))
    assert.ok(csv.includes('已取消'))
  })
})
