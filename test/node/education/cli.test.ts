import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('../../../', import.meta.url).pathname
const starter = join(root, 'packages/education/src/content/starter.zh-Hans-en.json')
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--conditions', 'source', '--import', 'tsx', 'packages/education/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' })

function writePack(mutate: (p: any) => void): string {
  const pack = JSON.parse(readFileSync(starter, 'utf8'))
  mutate(pack)
  const file = join(mkdtempSync(join(tmpdir(), 'wr-content-')), 'pack.json')
  writeFileSync(file, JSON.stringify(pack))
  return file
}

describe('workroom-content check', () => {
  it('accepts the starter pack and says what is in it', () => {
    const r = run('check', starter)
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /内容包可以使用/)
    assert.match(r.stdout, /lessons 17/)
  })

  it('lists every problem by path, in Chinese and English, and fails', () => {
    const file = writePack((p) => {
      p.lessons[0].sources[0].article = '四十二'
      p.cases[0].happened = []
      p.quizzes[0].questions[0].correct = ['nope']
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /lessons\[0\]\.sources\[0\]\.article: 类型不对/)
    assert.match(r.stderr, /lessons\[0\]\.sources\[0\]\.article: wrong type/)
    assert.match(r.stderr, /cases\[0\]\.happened: 至少要有一个内容块/)
  })

  it('reports cross-reference problems after the format is right', () => {
    const file = writePack((p) => {
      p.quizzes[0].questions[0].correct = ['nope']
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /quizzes\[0\]\.questions\[0\]\.correct\[0\]: 正确答案 nope 不在选项里/)
  })

  it('explains a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wr-content-')), 'broken.json')
    writeFileSync(file, '{ "format": ')
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /不是有效的 JSON/)
  })

  it('prints usage for a wrong command', () => {
    const r = run('validate')
    assert.equal(r.status, 2)
    assert.match(r.stderr, /workroom-content check/)
  })
})
