import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const fixture = (name: string) => `test/node/rules/fixtures/${name}`

function check(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/rules/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('workroom-rules check', () => {
  it('accepts a good overlay and summarises its line, extra matters and exemptions', () => {
    const r = check('check', fixture('good-overlay.json'))
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /检查通过 \/ Valid: CN-EX/)
    assert.match(r.out, /≤ 2 × 当地低保标准/)
    assert.match(r.out, /= 1600 元/)
    assert.match(r.out, /增加的援助事项 \/ Extra matters covered \(1\):\n {2}- ex-homestead/)
    assert.match(r.out, /Extra exemptions from the money check \(1\):\n {2}- ex-aged-80/)
  })

  it('says which parameter an overlay needs when it does not carry its figure', () => {
    const r = check('check', 'packages/rules/src/packs/regions/CN-NX.json')
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /dibaoMonthly/)
    assert.match(r.out, /Extra matters covered \(3\)/)
    const withFigure = check('check', 'packages/rules/src/packs/regions/CN-NX.json', '--dibao-monthly', '760')
    assert.match(withFigure.out, /= 1520 元/)
  })

  it('shows the Zhongshan 2,592 line as due for checking, with its source and dates', () => {
    const r = check('check', 'packages/rules/src/packs/regions/CN-GD-ZS.json')
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /= 2592 元\/人\/月 .*2023-03-10/)
    assert.match(r.out, /⚠ 复核期限 2024-03-10 已过/)
    assert.match(r.out, /due for checking/)
    assert.match(r.out, /粤府令第268号/)
  })

  it('says the Ningxia overlay is partial and where it comes from, with no regulation article', () => {
    const r = check('check', 'packages/rules/src/packs/regions/CN-NX.json')
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /⚠ 不完整 \/ partial: 只依据盐池县司法局2018年的一份文件/)
    assert.match(r.out, /盐池县司法局.*2018年3月30日/)
    assert.doesNotMatch(r.out, /第九条|2017年修正|NX-LAR/)
  })

  it('names the Jiangsu figure as the tier’s minimum wage', () => {
    const r = check('check', 'packages/rules/src/packs/regions/CN-JS.json')
    assert.match(r.out, /一类、二类或三类地区/)
  })

  it('accepts the national pack', () => {
    const r = check('check', 'packages/rules/src/packs/national.json')
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /Valid: CN /)
    assert.match(r.out, /none \(each province sets it/)
  })

  it('refuses a bad overlay with exit code 1, listing every bad path in Chinese and English', () => {
    const r = check('check', fixture('bad-overlay.json'))
    assert.equal(r.code, 1)
    assert.equal(r.out, '')
    assert.match(r.err, /规则包有 7 处问题 \/ The rule pack has 7 problems/)
    for (const path of ['region', 'title.en', 'effectiveFrom', 'rules[0].when.fact', 'rules[0].citations[0].article', 'rules[0].note', 'meansTest.factor']) {
      assert.ok(r.err.includes(`  - ${path}: `), `${path} missing from:\n${r.err}`)
    }
    assert.match(r.err, /不认识的字段/)
    assert.match(r.err, /unknown field/)
  })

  it('refuses a file that is not JSON', () => {
    const r = check('check', fixture('broken.json'))
    assert.equal(r.code, 1)
    assert.match(r.err, /不是有效的 JSON \/ not valid JSON/)
  })

  it('prints usage with exit code 2 when called wrongly', () => {
    const r = check('lint', fixture('good-overlay.json'))
    assert.equal(r.code, 2)
    assert.match(r.err, /用法 \/ Usage/)
  })
})
