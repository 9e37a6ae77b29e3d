#!/usr/bin/env node
/// <reference types="node" />
// workroom-content check <file>: validates a content pack for the county staff who write one,
// names every problem by its path in plain Chinese and English, and summarises what is inside.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { ContentPackError, describeIssue, loadContentPack } from './load.js'
import type { ContentPack } from './schema.js'
import { PACK_BUDGET, answerPositions, authoringProblems, pictureShare } from './authoring.js'
import type { PackIssue } from './issues.js'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }
import en from './locales/en.json' with { type: 'json' }
import zhProblems from './locales/problems/zh-Hans.json' with { type: 'json' }
import enProblems from './locales/problems/en.json' with { type: 'json' }

const USAGE = `用法 / Usage:
  workroom-content check <内容包 pack.json>

检查一个法治宣传内容包：格式、引用的条文、编号是否对得上，每页有没有图，视频有没有中英文字幕，
正确答案的位置有没有变化，大小是否超出；列出每一处问题。
Checks a rule-of-law content pack (format, citations, ids, a picture on every page and story, captions
in both languages, varied answer positions, size budgets) and lists every problem.
`

type Tree = { [k: string]: string | Tree }

/** A tiny translator over the package's own locale files (the CLI does not load i18next). */
function translator(res: Tree) {
  return (key: string, params: Record<string, unknown> = {}): string => {
    const parts = key.split('.')
    let node: string | Tree | undefined = res
    for (const p of parts.slice(0, -1)) node = typeof node === 'object' ? node[p] : undefined
    const last = parts[parts.length - 1]!
    const plural = params.count === 1 ? `${last}_one` : `${last}_other`
    const leaf = typeof node === 'object' ? (node[last] ?? node[plural]) : undefined
    const text = typeof leaf === 'string' ? leaf : key
    return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''))
  }
}

/** Text with Chinese but no English: allowed, but worth telling the author. */
function missingEnglish(pack: ContentPack): string[] {
  const out: string[] = []
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`))
    else if (v && typeof v === 'object') {
      if ('zh-Hans' in v && !(v as { en?: string }).en) out.push(path)
      else for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k)
    }
  }
  walk(pack, '')
  return out
}

/** What the files next to the pack showed: problems, and the figures for the summary. */
interface FileReport {
  issues: PackIssue[]
  checked: number
  remote: number
  bytes: number
  largestPictureKB: number
}

/**
 * The pack's own files (relative paths, next to the pack): each must be there; a video or audio
 * must be as big as the pack says (the kiosk precaches by those figures); captions must be WebVTT;
 * a picture (image block or poster) must stay within the per-picture budget. https files are the
 * host's to check and are only counted.
 */
function fileProblems(pack: ContentPack, dir: string): FileReport {
  const report: FileReport = { issues: [], checked: 0, remote: 0, bytes: 0, largestPictureKB: 0 }
  const file = (src: string, path: string): { size: number; full: string } | undefined => {
    if (/^https:\/\//i.test(src)) {
      report.remote++
      return undefined
    }
    const full = resolve(dir, src.replace(/^\//, ''))
    if (!existsSync(full)) {
      report.issues.push({ path, code: 'fileMissing', params: { file: src } })
      return undefined
    }
    report.checked++
    const size = statSync(full).size
    report.bytes += size
    return { size, full }
  }
  const picture = (src: string, path: string): void => {
    const f = file(src, path)
    if (!f) return
    const kb = f.size / 1024
    report.largestPictureKB = Math.max(report.largestPictureKB, kb)
    if (kb > PACK_BUDGET.pictureKB) report.issues.push({ path, code: 'pictureTooBig', params: { kb: Math.round(kb), max: PACK_BUDGET.pictureKB } })
  }
  pack.media.forEach((m, i) => {
    const f = file(m.src, `media[${i}].src`)
    if (f && m.bytes !== undefined && f.size !== m.bytes) report.issues.push({ path: `media[${i}].bytes`, code: 'mediaBytes', params: { declared: m.bytes, actual: f.size } })
    if (m.poster) picture(m.poster, `media[${i}].poster`)
    m.captions?.forEach((c, j) => {
      const v = file(c.src, `media[${i}].captions[${j}].src`)
      if (v && !readFileSync(v.full, 'utf8').replace(/^\uFEFF/, '').startsWith('WEBVTT')) report.issues.push({ path: `media[${i}].captions[${j}].src`, code: 'vttFormat' })
    })
  })
  const images = (blocks: readonly { type: string; src?: string }[] | undefined, path: string) =>
    blocks?.forEach((b, k) => {
      if (b.type === 'image' && b.src) picture(b.src, `${path}[${k}].src`)
    })
  pack.lessons.forEach((l, i) => l.pages.forEach((p, j) => images(p.blocks, `lessons[${i}].pages[${j}].blocks`)))
  pack.cases.forEach((c, i) => {
    for (const part of ['happened', 'law', 'resolved', 'youCan'] as const) images(c[part], `cases[${i}].${part}`)
  })
  return report
}

export interface CheckResult {
  ok: boolean
  lines: string[]
}

/**
 * Checks pack text (JSON); returns the report lines, never throws for a bad pack. With `dir` (the
 * pack's folder), the files it names are checked too.
 */
export function check(text: string, dir?: string): CheckResult {
  const tz = translator({ ...zhHans, ...zhProblems } as Tree)
  const te = translator({ ...en, ...enProblems } as Tree)
  try {
    const pack = loadContentPack(text)
    const files = dir ? fileProblems(pack, dir) : undefined
    const problems = [...authoringProblems(pack, Buffer.byteLength(text)), ...(files?.issues ?? [])]
    if (problems.length) throw new ContentPackError(problems)
    const mediaBytes = pack.media.reduce((s, m) => s + (m.bytes ?? 0), 0)
    const share = Math.round(pictureShare(pack) * 100)
    const positions = [1, 2, 3, 4].map((p) => answerPositions(pack).filter((x) => x === p).length)
    const lines = [
      `✔ 内容包可以使用 / The pack is valid: ${pack.id} ${pack.version} (${pack.authored})`,
      `  主题 topics ${pack.topics.length} · 课程 lessons ${pack.lessons.length} · 案例 case stories ${pack.cases.length} · 测验 quizzes ${pack.quizzes.length} · 视频和录音 media ${pack.media.length}`,
      `  有图的课程页 lesson pages with a picture ${share}% · 正确答案位置 right answer at 1/2/3/4: ${positions.join('/')}`,
      `  大小 size: 内容包 pack ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB · 视频和录音 media ${(mediaBytes / 1024).toFixed(1)} KB`,
    ]
    if (files) {
      lines.push(
        `  文件 files: ${files.checked} 个已核对 checked (${(files.bytes / 1024).toFixed(1)} KB, 预先下载 precached with the pack: ${((files.bytes + Buffer.byteLength(text)) / 1024).toFixed(1)} KB)` +
          ` · 最大的图片 largest picture ${files.largestPictureKB.toFixed(1)} KB (≤ ${PACK_BUDGET.pictureKB})` +
          (files.remote ? ` · ${files.remote} 个 https 文件未核对 https files not checked` : ''),
      )
    }
    const noEn = missingEnglish(pack)
    if (noEn.length) {
      lines.push(`! 还没有英文的文字 / Text without English (${noEn.length}):`)
      for (const p of noEn.slice(0, 50)) lines.push(`  - ${p}`)
    }
    const noKeywords = pack.lessons.filter((l) => !l.keywords?.length).map((l) => l.id)
    if (noKeywords.length) lines.push(`! 这些课程没有搜索关键词 / Lessons without search keywords: ${noKeywords.join(', ')}`)
    return { ok: true, lines }
  } catch (e) {
    if (!(e instanceof ContentPackError)) throw e
    const lines = [`✘ 内容包有 ${e.issues.length} 处问题 / The pack has ${e.issues.length} problem(s):`]
    for (const issue of e.issues) {
      lines.push(`  - ${describeIssue(issue, tz)}`)
      lines.push(`    ${describeIssue(issue, te)}`)
    }
    return { ok: false, lines }
  }
}

function main(argv: string[]): number {
  const [command, file] = argv
  if (command !== 'check' || !file) {
    process.stderr.write(USAGE)
    return 2
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    process.stderr.write(`✘ 打不开文件 / Cannot read the file: ${file}\n`)
    return 2
  }
  const result = check(text, dirname(resolve(file)))
  ;(result.ok ? process.stdout : process.stderr).write(`${result.lines.join('\n')}\n`)
  return result.ok ? 0 : 1
}

// Run only as a program, not when imported by tests.
if (process.argv[1] && /(cli\.(ts|js)|workroom-content(\.js)?)$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2))
