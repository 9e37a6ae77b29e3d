import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('../../../', import.meta.url).pathname
const starter = join(root, 'packages/education/src/content/starter.zh-Hans-en.json')
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--conditions', 'source', '--import', 'tsx', 'packages/education/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' })

/** A changed copy of the starter pack, in a folder of its own with a copy of its media files. */
function writePack(mutate: (p: any) => void, files: (dir: string) => void = () => {}): string {
  const pack = JSON.parse(readFileSync(starter, 'utf8'))
  mutate(pack)
  const dir = mkdtempSync(join(tmpdir(), 'wr-content-'))
  cpSync(join(root, 'packages/education/src/content/media'), join(dir, 'media'), { recursive: true })
  files(dir)
  const file = join(dir, 'pack.json')
  writeFileSync(file, JSON.stringify(pack))
  return file
}

describe('workroom-content check', () => {
  it('accepts the starter pack and says what is in it', () => {
    const r = run('check', starter)
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /内容包可以使用/)
    assert.match(r.stdout, /lessons 23/)
    assert.match(r.stdout, /lesson pages with a picture 100%/)
  })

  it('lists every problem by path, in Chinese and English, and fails', () => {
    const file = writePack((p) => {
      p.lessons[0].sources[0].article = '四十二'
      p.cases[0].youCan = []
      p.quizzes[0].questions[0].correct = ['nope']
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /lessons\[0\]\.sources\[0\]\.article: 类型不对/)
    assert.match(r.stderr, /lessons\[0\]\.sources\[0\]\.article: wrong type/)
    assert.match(r.stderr, /cases\[0\]\.youCan: 至少要有一个内容块/)
  })

  it('reports cross-reference problems after the format is right', () => {
    const file = writePack((p) => {
      p.quizzes[0].questions[0].correct = ['nope']
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /quizzes\[0\]\.questions\[0\]\.correct\[0\]: 正确答案 nope 不在选项里/)
  })

  it('fails a lesson page without a picture, a case story without panels, and a page quoting two statutes', () => {
    const file = writePack((p) => {
      delete p.lessons[1].pages[0].picture
      delete p.cases[2].panels
      p.cases[2].happened = [{ type: 'paragraph', text: { 'zh-Hans': '只有文字。', en: 'Text only.' } }]
      const page = p.lessons[0].pages[0]
      page.blocks.push({ ...page.blocks.find((b: { type: string }) => b.type === 'citation') })
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /lessons\[1\]\.pages\[0\]\.picture: 这一页还没有图/)
    assert.match(r.stderr, /cases\[2\]\.panels: 这个案例还没有图画/)
    assert.match(r.stderr, /lessons\[0\]\.pages\[0\]\.blocks: 这一页有 2 段法律原文/)
    assert.match(r.stderr, /This page has no picture/)
  })

  it('fails a story with too few panels and a page that is only statute text', () => {
    const file = writePack((p) => {
      p.cases[0].panels = p.cases[0].panels.slice(0, 3)
      p.lessons[0].pages[0].blocks = p.lessons[0].pages[0].blocks.filter((b: { type: string }) => b.type === 'citation')
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /cases\[0\]\.panels: 图画故事要有 4 到 8 幅图/)
  })

  it('fails a pack whose right answers all sit in the same place', () => {
    const file = writePack((p) => {
      for (const quiz of p.quizzes)
        for (const q of quiz.questions) q.options.sort((a: { id: string }, b: { id: string }) => Number(q.correct.includes(b.id)) - Number(q.correct.includes(a.id)))
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /quizzes: 所有题目的正确答案都在同一个位置（第 1 个）/)
  })

  it('checks media: type, size, length, and captions in both languages', () => {
    const file = writePack((p) => {
      p.media = [
        { id: 'v1', title: { 'zh-Hans': '视频', en: 'Video' }, src: 'v.mp4', type: 'video/mp4', bytes: 900_000, seconds: 40, transcript: { 'zh-Hans': '文字稿', en: 'Transcript' }, captions: [{ src: 'v.zh.vtt', lang: 'zh-Hans', label: '中文' }] },
        { id: 'v2', title: { 'zh-Hans': '视频', en: 'Video' }, src: 'w.avi', type: 'video/avi', bytes: 90_000_000, seconds: 4000, transcript: { 'zh-Hans': '文字稿', en: 'Transcript' }, captions: [] },
        { id: 'a1', kind: 'audio', title: { 'zh-Hans': '录音', en: 'Audio' }, src: 'a.mp3', type: 'audio/mpeg', bytes: 100_000, seconds: 20, transcript: { 'zh-Hans': '文字稿', en: 'Transcript' } },
      ]
      p.cases[0].panels[0].audio = 'a1'
      p.cases[0].panels[1].audio = 'v1'
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /media\[0\]\.captions: 视频缺少 en 字幕/)
    assert.match(r.stderr, /media\[1\]\.type: 文件类型要写明/)
    assert.match(r.stderr, /media\[1\]\.bytes: 文件太大了/)
    assert.match(r.stderr, /media\[1\]\.seconds: 太长了/)
    assert.match(r.stderr, /media\[1\]\.captions: 视频缺少 zh-Hans 字幕/)
    assert.match(r.stderr, /cases\[0\]\.panels\[1\]\.audio: 找不到录音 v1/)
    assert.doesNotMatch(r.stderr, /panels\[0\]\.audio/)
  })

  it('checks the files next to the pack: there, as big as it says, WebVTT captions, pictures within budget', () => {
    const ok = run('check', writePack(() => {}))
    assert.equal(ok.status, 0, ok.stderr)
    assert.match(ok.stdout, /文件 files: 4 个已核对 checked/)
    assert.match(ok.stdout, /largest picture \d+\.\d KB \(≤ 300\)/)
    const file = writePack(
      (p) => {
        p.media[0].bytes += 1
        p.media[0].poster = 'media/huge.png'
        p.media[0].captions[1].src = 'media/missing.en.vtt'
        p.lessons[0].pages[0].blocks.push({ type: 'image', src: 'img/gone.png', alt: { 'zh-Hans': '图', en: 'Picture' } })
      },
      (dir) => {
        writeFileSync(join(dir, 'media/huge.png'), Buffer.alloc(301 * 1024))
        writeFileSync(join(dir, 'media/scam-call.zh-Hans.vtt'), '1\n00:00.000 --> 00:02.000\n不是字幕文件\n')
      },
    )
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /media\[0\]\.bytes: 文件大小写的是 41708 字节，实际是 41707 字节/)
    assert.match(r.stderr, /media\[0\]\.poster: 图片太大了：301 KB，每张最多 300 KB/)
    assert.match(r.stderr, /media\[0\]\.captions\[0\]\.src: 字幕文件不是 WebVTT/)
    assert.match(r.stderr, /media\[0\]\.captions\[1\]\.src: 找不到文件 media\/missing\.en\.vtt/)
    assert.match(r.stderr, /lessons\[0\]\.pages\[0\]\.blocks\[\d+\]\.src: 找不到文件 img\/gone\.png/)
    assert.match(r.stderr, /file media\/missing\.en\.vtt not found/)
  })

  it('fails a pack whose right answers mostly sit in one place', () => {
    const file = writePack((p) => {
      let n = 0
      for (const quiz of p.quizzes)
        for (const q of quiz.questions) {
          // Four in five questions: the right answer first.
          if (n++ % 5 === 4) continue
          q.options.sort((a: { id: string }, b: { id: string }) => Number(q.correct.includes(b.id)) - Number(q.correct.includes(a.id)))
        }
    })
    const r = run('check', file)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /quizzes: \d+ 道题里有 \d+ 道的正确答案都在第 1 个/)
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
