#!/usr/bin/env node
/// <reference types="node" />
// workroom-rules check <file>: validates a rule pack or a regional overlay for the county
// staff who write one, and says in plain words what it changes.
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { RulePackError } from './errors.js'
import { BASIS_PARAM, checkOverlay, loadPack, overlay } from './load.js'
import { nationalPack } from './packs.js'
import { isDue, todayInChina } from './figures.js'
import type { MeansTestSpec, RegionOverlay, Rule, RulePack } from './schema.js'
import type { Citation, Condition, HardshipParams, Localized } from './types.js'

const USAGE = `用法 / Usage:
  workroom-rules check <文件 file.json> [--dibao-monthly 金额] [--minimum-wage-monthly 金额] [--disposable-income-monthly 金额]

检查一个规则包或地区补充规则（overlay），列出它改了什么。
Checks a rule pack or a regional overlay and lists what it changes.
金额单位：元/人/月 / Amounts are in yuan per person per month.
`

const FLAGS: Record<string, keyof HardshipParams> = {
  '--dibao-monthly': 'dibaoMonthly',
  '--minimum-wage-monthly': 'minimumWageMonthly',
  '--disposable-income-monthly': 'disposableIncomeMonthly',
}

const BASIS_TEXT: Record<MeansTestSpec['basis'], Localized> = {
  dibao: { 'zh-Hans': '当地低保标准', en: 'the local 低保 amount' },
  'minimum-wage': { 'zh-Hans': '当地月最低工资', en: 'the local monthly minimum wage' },
  'disposable-income': { 'zh-Hans': '上一年城镇居民月人均可支配收入', en: "last year's urban disposable income per head per month" },
}

function both(t: Localized): string {
  return `${t['zh-Hans']} / ${t.en}`
}

function cites(cs: readonly Citation[]): string {
  return cs.map((c) => `${c.law} ${c.article}${c.item !== undefined ? `(${c.item})` : ''}`).join(', ')
}

function describe(c: Condition): string {
  if (c.all) return c.all.map(describe).join(' 且/and ')
  if (c.any) return `(${c.any.map(describe).join(' 或/or ')})`
  if (c.not) return `不是/not (${describe(c.not)})`
  const op = (['eq', 'in', 'has', 'hasAny', 'lt', 'lte', 'gt', 'gte'] as const).find((k) => c[k] !== undefined)!
  const sign = { eq: '=', in: '∈', has: '∋', hasAny: '∋ any of', lt: '<', lte: '≤', gt: '>', gte: '≥' }[op]
  return `${c.fact} ${sign} ${JSON.stringify(c[op])}`
}

function ruleLines(rules: readonly Rule[], texts: Record<string, Localized>): string[] {
  return rules.map((r) => {
    const code = r.reason ?? r.id
    const t = texts[code]
    return `  - ${r.id}: ${t ? both(t) : code} [${cites(r.citations)}]`
  })
}

function meansLines(mt: RegionOverlay['meansTest'], resolved: RulePack | undefined): string[] {
  if (mt === undefined) return ['经济困难标准 / Hardship line: 不变 / unchanged']
  const basis = BASIS_TEXT[mt.basis]
  const lines = [
    '经济困难标准 / Hardship line:',
    `  家庭每人每月收入 ≤ ${mt.factor} × ${basis['zh-Hans']} / household income per person per month ≤ ${mt.factor} × ${basis.en}`,
  ]
  const line = resolved?.meansTest?.line ?? mt.line ?? (mt.amount !== undefined ? mt.factor * mt.amount : undefined)
  if (line !== undefined) lines.push(`  = ${line} 元/人/月 / yuan per person per month（自 / from ${mt.effectiveFrom}）`)
  else {
    const key = BASIS_PARAM[mt.basis]
    lines.push(`  金额没有写在文件里，使用时要提供参数 ${key} / the amount is not in the file: pass the parameter ${key} when using it`)
  }
  for (const c of mt.conditions ?? []) lines.push(`  另需 / and: ${describe(c.when)} (${c.id}) [${cites(mt.citations)}]`)
  if (mt.figureName) lines.push(`  所需金额 / figure: ${both(mt.figureName)}`)
  lines.push(`  来源 / source: ${mt.source}`)
  // LAL 34: standards are adjusted over time. A figure past its date still applies, but someone must check it.
  const due = isDue(mt.reviewBy, todayInChina())
  lines.push(
    due
      ? `  ⚠ 复核期限 ${mt.reviewBy} 已过，请核对这个标准是否还有效（结果照常使用）/ due for checking: review date ${mt.reviewBy} has passed (results still use it)`
      : `  复核期限 / review by: ${mt.reviewBy}`,
  )
  return lines
}

function summarizeOverlay(o: RegionOverlay, resolved: RulePack | undefined): string[] {
  const texts = { ...nationalPack.reasons, ...o.reasons }
  const rules = o.rules ?? []
  const of = (k: Rule['kind']) => rules.filter((r) => r.kind === k)
  const out = [
    `✓ 检查通过 / Valid: ${o.region} ${both(o.title)}（overlay ${o.version}，生效 / effective ${o.effectiveFrom}）`,
    ...(o.partial ? [`⚠ 不完整 / partial: ${both(o.partial)}`] : []),
    `来源 / source: ${o.source}`,
    ...meansLines(o.meansTest, resolved),
  ]
  const groups: [Rule['kind'], Localized][] = [
    ['scope', { 'zh-Hans': '增加的援助事项', en: 'Extra matters covered' }],
    ['no-means-test', { 'zh-Hans': '增加的不看经济情况的事项', en: 'Extra matters with no money check' }],
    ['means-waived', { 'zh-Hans': '增加的免查收入情形', en: 'Extra exemptions from the money check' }],
    ['mandatory', { 'zh-Hans': '增加的必须指派律师情形', en: 'Extra cases where a lawyer must be assigned' }],
    ['urgent', { 'zh-Hans': '增加的紧急情形', en: 'Extra urgent situations' }],
  ]
  for (const [kind, title] of groups) {
    const list = of(kind)
    if (list.length > 0 || kind === 'scope' || kind === 'means-waived') {
      out.push(`${title['zh-Hans']} / ${title.en} (${list.length}):`, ...ruleLines(list, texts))
    }
  }
  const replaced = (['reasons', 'materials', 'notes', 'routes'] as const).flatMap((s) =>
    Object.keys(o[s] ?? {}).filter((k) => Object.hasOwn(nationalPack[s], k)),
  )
  if (replaced.length > 0) out.push(`改写的全国文字 / National texts replaced (${replaced.length}): ${replaced.join(', ')}`)
  return out
}

function summarizePack(p: RulePack): string[] {
  const count = (k: Rule['kind']) => p.rules.filter((r) => r.kind === k).length
  const out = [
    `✓ 检查通过 / Valid: ${p.id} ${both(p.title)}（pack ${p.version}，生效 / effective ${p.effectiveFrom}）`,
    `规则 / Rules: ${p.rules.length}（援助事项 / matters ${count('scope')}，必须指派 / mandatory ${count('mandatory')}，不看经济情况 / no money check ${count('no-means-test')}，免查收入 / exemptions ${count('means-waived')}，紧急 / urgent ${count('urgent')}）`,
  ]
  if (p.meansTest === undefined) {
    out.push('经济困难标准 / Hardship line: 没有（由各省规定，用地区补充规则加上）/ none (each province sets it: add a regional overlay)')
  } else out.push(...meansLines(p.meansTest, p))
  out.push(`去处 / Routes: ${Object.keys(p.routes).length}，材料 / Materials: ${Object.keys(p.materials).length}`)
  return out
}

function main(args: readonly string[]): { code: number; out: string; err: string } {
  const [command, file, ...rest] = args
  if (command !== 'check' || file === undefined || file.startsWith('--')) return { code: 2, out: '', err: USAGE }
  const params: HardshipParams = {}
  for (let i = 0; i < rest.length; i += 2) {
    const key = FLAGS[rest[i] ?? '']
    const value = Number(rest[i + 1])
    if (key === undefined || rest[i + 1] === undefined || !Number.isFinite(value)) return { code: 2, out: '', err: USAGE }
    params[key] = value
  }

  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (e) {
    return { code: 1, out: '', err: `✗ 读不到文件 / Cannot read the file: ${file}\n  ${(e as Error).message}\n` }
  }
  try {
    const data: unknown = JSON.parse(raw)
    const kind = (data as { kind?: unknown } | null)?.kind
    let lines: string[]
    if (kind === 'overlay') {
      const o = checkOverlay(nationalPack, data)
      const resolved = Object.keys(params).length > 0 ? overlay(nationalPack, data, params) : undefined
      lines = summarizeOverlay(o, resolved)
    } else {
      lines = summarizePack(loadPack(data))
    }
    return { code: 0, out: lines.join('\n') + '\n', err: '' }
  } catch (e) {
    if (e instanceof SyntaxError) {
      return { code: 1, out: '', err: `✗ ${file}: 不是有效的 JSON / not valid JSON: ${e.message}\n` }
    }
    if (e instanceof RulePackError) return { code: 1, out: '', err: `✗ ${file}\n${e.message}\n` }
    throw e
  }
}

const result = main(process.argv.slice(2))
if (result.out) process.stdout.write(result.out)
if (result.err) process.stderr.write(result.err)
process.exitCode = result.code
