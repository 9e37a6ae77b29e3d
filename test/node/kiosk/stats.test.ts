import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { usageCsvText, usageTable, type UsageCsvLabels } from '../../../kiosk/src/staff/stats-csv.ts'
import { CATEGORY_IDS, OUTCOME_IDS, RESET_CAUSES, USAGE_KEY, USAGE_KINDS, type UsageRow } from '../../../kiosk/src/staff/stats-model.ts'
import zh from '../../../kiosk/src/staff/locales/zh-Hans.json' with { type: 'json' }
import en from '../../../kiosk/src/staff/locales/en.json' with { type: 'json' }

const labels: UsageCsvLabels = {
  columns: zh.csv,
  kinds: zh.kind,
  items: { outcome: zh.outcome, category: zh.category, reset: zh.reset, session: zh.session, lesson: { 'unpaid-wages': '=HYPERLINK("http://x","工资")' } },
}
const rows: UsageRow[] = [
  { date: '2026-11-22', kind: 'outcome', key: 'likely-eligible', count: 2 },
  { date: '2026-11-22', kind: 'category', key: 'land-acquisition-demolition', count: 1 },
  { date: '2026-11-23', kind: 'lesson', key: 'unpaid-wages', count: 3 },
  { date: '2026-11-23', kind: 'booking', key: 'adviser', count: 1 },
  { date: '2026-11-23', kind: 'reset', key: 'quick-exit', count: 1 },
]

describe('usage statistics export', () => {
  it('opens in Excel as Chinese text: UTF-8 BOM, CRLF, Chinese headers and names', () => {
    const csv = usageCsvText(rows, labels)
    assert.equal(csv.charCodeAt(0), 0xfeff)
    const lines = csv.slice(1).split('\r\n')
    assert.equal(lines.length, rows.length + 1)
    assert.ok(!csv.slice(1).replace(/\r\n/g, '').includes('\n'))
    assert.equal(lines[0], '日期,类别,项目,次数')
    assert.equal(lines[1], '2026-11-22,自测结果,很可能符合条件,2')
    assert.equal(lines[2], '2026-11-22,纠纷类别,征地拆迁,1')
    assert.equal(lines[4], '2026-11-23,预约服务,adviser,1')
    assert.equal(lines[5], '2026-11-23,结束方式,快速离开,1')
  })

  it('neutralises cells that Excel would run as a formula', () => {
    const csv = usageCsvText(rows, labels)
    const line = csv.split('\r\n')[3]!
    assert.equal(line, `2026-11-23,课程,"'=HYPERLINK(""http://x"",""工资"")",3`)
  })

  it('writes an item without a name as its id', () => {
    assert.deepEqual(usageTable([{ date: '2026-11-23', kind: 'quiz', key: 'q-1', count: 1 }], { ...labels, items: {} })[1], ['2026-11-23', '小测验', 'q-1', 1])
  })
})

describe('usage vocabulary', () => {
  it('has a name for every kind, outcome, category and reset cause in both languages', () => {
    for (const l of [zh, en]) {
      assert.deepEqual(Object.keys(l.kind).sort(), [...USAGE_KINDS].sort())
      assert.deepEqual(Object.keys(l.outcome).sort(), [...OUTCOME_IDS].sort())
      assert.deepEqual(Object.keys(l.category).sort(), [...CATEGORY_IDS].sort())
      assert.deepEqual(Object.keys(l.reset).sort(), [...RESET_CAUSES].sort())
    }
  })

  it('takes identifiers as keys, never free text', () => {
    for (const ok of ['likely-eligible', 'adviser', 'q1']) assert.ok(USAGE_KEY.test(ok), ok)
    for (const bad of ['', '张三', 'Zhang San', '13800138000 ', '=1+1', 'a'.repeat(65), '-x']) assert.ok(!USAGE_KEY.test(bad), bad)
  })
})
