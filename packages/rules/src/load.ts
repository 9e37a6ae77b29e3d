// Loading and combining packs: the only runtime user of the validator besides the CLI.
import { RulePackError, type PackProblem } from './errors.js'
import { formatPath, OverlaySchema, RulePackSchema, toProblems, type RegionOverlay, type RulePack } from './schema.js'
import type { Citation, HardshipParams, Localized } from './types.js'
import { BASIS_NAME, BASIS_PARAM, isDue, paramAttribute, todayInChina, type FigureInfo } from './figures.js'

export { BASIS_PARAM }

const TOKENS = { routes: ['$problem'], materials: ['$evidence', '$proof'] } as const

function parseText(json: unknown): unknown {
  if (typeof json !== 'string') return json
  try {
    return JSON.parse(json) as unknown
  } catch (e) {
    throw new RulePackError([
      { path: '(整个文件 / the whole file)', message: { 'zh-Hans': `不是有效的 JSON：${(e as Error).message}`, en: `is not valid JSON: ${(e as Error).message}` } },
    ])
  }
}

type Doc = RulePack | RegionOverlay

/**
 * Checks that every code, law and rule id a document uses is defined, in the document or
 * in the base pack it extends. Paths point into the document itself.
 */
export function crossCheck(doc: Doc, base?: RulePack): PackProblem[] {
  const problems: PackProblem[] = []
  type Path = (string | number)[]
  const add = (path: Path, zh: string, en: string) => problems.push({ path: formatPath(path), message: { 'zh-Hans': zh, en } })
  const merged = <K extends 'laws' | 'reasons' | 'materials' | 'notes' | 'routes'>(k: K) => ({ ...base?.[k], ...doc[k] })
  const laws = merged('laws')
  const sections = { reasons: merged('reasons'), materials: merged('materials'), notes: merged('notes'), routes: merged('routes') }
  const need = (section: keyof typeof sections, code: string | undefined, path: Path) => {
    if (code !== undefined && !Object.hasOwn(sections[section], code)) {
      add(path, `“${code}”没有写在 ${section} 里`, `"${code}" is not defined in ${section}`)
    }
  }
  const cite = (cs: readonly Citation[] | undefined, path: Path) =>
    cs?.forEach((c, i) => {
      const law = laws[c.law]
      if (law === undefined) add([...path, i, 'law'], `法规代号“${c.law}”没有写在 laws 里`, `law "${c.law}" is not defined in laws`)
      else if (law.articles !== undefined && c.article > law.articles) {
        add([...path, i, 'article'], `${c.law} 只有 ${law.articles} 条`, `${c.law} has only ${law.articles} articles`)
      }
    })

  // One code, one text: text(pack, code) must not be ambiguous.
  const seen = new Map<string, string>()
  for (const [section, table] of Object.entries(sections)) {
    for (const code of Object.keys(table)) {
      const first = seen.get(code)
      if (first !== undefined && first !== section) {
        add([section, code], `代码“${code}”在 ${first} 里已经用过`, `code "${code}" is already used in ${first}`)
      } else seen.set(code, section)
    }
  }

  const ids = new Set(base?.rules.map((r) => r.id))
  doc.rules?.forEach((r, i) => {
    if (ids.has(r.id)) add(['rules', i, 'id'], `规则编号“${r.id}”重复了`, `rule id "${r.id}" is used twice`)
    ids.add(r.id)
    need('reasons', r.reason ?? r.id, ['rules', i, r.reason === undefined ? 'id' : 'reason'])
    r.materials?.forEach((m, j) => need('materials', m, ['rules', i, 'materials', j]))
    need('notes', r.ifUnknown, ['rules', i, 'ifUnknown'])
    r.routes?.forEach((c, j) => need('routes', c, ['rules', i, 'routes', j]))
    if (r.kind === 'route' && !r.routes?.length) add(['rules', i, 'routes'], '“route”规则要写出去处 routes', 'a "route" rule needs its routes')
    cite(r.citations, ['rules', i, 'citations'])
  })

  if ('standing' in doc) {
    for (const [k, s] of Object.entries(doc.standing)) {
      need('reasons', s.reason, ['standing', k, 'reason'])
      s.notes?.forEach((n, j) => need('notes', n, ['standing', k, 'notes', j]))
      s.materials?.forEach((m, j) => need('materials', m, ['standing', k, 'materials', j]))
      cite(s.citations, ['standing', k, 'citations'])
    }
    for (const [k, o] of Object.entries(doc.outcomes)) {
      o.routes.forEach((r, j) => {
        if (!(TOKENS.routes as readonly string[]).includes(r)) need('routes', r, ['outcomes', k, 'routes', j])
      })
      o.materials.forEach((m, j) => {
        if (!(TOKENS.materials as readonly string[]).includes(m)) need('materials', m, ['outcomes', k, 'materials', j])
      })
      o.notes.forEach((n, j) => need('notes', n, ['outcomes', k, 'notes', j]))
    }
    // The evidence fallback for problems without their own.
    need('materials', 'dispute-evidence', ['materials'])
  }

  const mt = doc.meansTest
  if (mt !== undefined) {
    cite(mt.citations, ['meansTest', 'citations'])
    mt.materials?.forEach((m, j) => need('materials', m, ['meansTest', 'materials', j]))
    mt.conditions?.forEach((c, j) => {
      need('reasons', c.reason, ['meansTest', 'conditions', j, 'reason'])
      need('notes', c.ifUnknown, ['meansTest', 'conditions', j, 'ifUnknown'])
    })
  }
  for (const [p, routes] of Object.entries(doc.problemRoutes ?? {})) {
    routes?.forEach((r, j) => need('routes', r, ['problemRoutes', p, j]))
  }
  for (const [p, m] of Object.entries(doc.evidence ?? {})) need('materials', m, ['evidence', p])
  for (const [code, r] of Object.entries(doc.routes ?? {})) cite(r.basis, ['routes', code, 'basis'])
  return problems
}

/** Validates a full rule pack (object or JSON text). Throws RulePackError listing every problem. */
export function loadPack(json: unknown): RulePack {
  const data = parseText(json)
  if (typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'overlay') {
    throw new RulePackError([
      {
        path: 'kind',
        message: {
          'zh-Hans': '这是地区补充规则（overlay），请用 overlay(nationalPack, 数据, 参数) 加载',
          en: 'this is a regional overlay: load it with overlay(nationalPack, data, params)',
        },
      },
    ])
  }
  const parsed = RulePackSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) throw new RulePackError(toProblems(parsed.error.issues))
  const problems = crossCheck(parsed.data)
  if (problems.length > 0) throw new RulePackError(problems)
  return parsed.data
}

/** Validates a regional overlay against the pack it extends, without resolving its figures. */
export function checkOverlay(base: RulePack, region: unknown): RegionOverlay {
  // A bare region id is a common slip: say how to pass the data instead.
  const data = typeof region === 'string' && !region.trimStart().startsWith('{') ? undefined : parseText(region)
  if (data === undefined) {
    throw new RulePackError([
      {
        path: '(整个文件 / the whole file)',
        message: {
          'zh-Hans': '请传入地区补充规则的数据本身，例如 regions["CN-NX"]',
          en: 'pass the overlay data itself, e.g. regions["CN-NX"]',
        },
      },
    ])
  }
  const parsed = OverlaySchema.safeParse(data, { reportInput: true })
  if (!parsed.success) throw new RulePackError(toProblems(parsed.error.issues))
  const problems = crossCheck(parsed.data, base)
  if (problems.length > 0) throw new RulePackError(problems)
  return parsed.data
}

function checkFigureInfo(info: unknown): PackProblem[] {
  if (info === undefined) return []
  if (typeof info !== 'object' || info === null) return [{ path: 'figure', message: { 'zh-Hans': '应为一组字段 { … }', en: 'should be an object { … }' } }]
  const problems: PackProblem[] = []
  const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/
  for (const [k, v] of Object.entries(info)) {
    if (k === 'source') {
      if (v !== undefined && (typeof v !== 'string' || !v.trim())) problems.push({ path: 'figure.source', message: { 'zh-Hans': '不能为空', en: 'must not be empty' } })
    } else if (k === 'effectiveFrom' || k === 'reviewBy') {
      if (v !== undefined && (typeof v !== 'string' || !DATE.test(v))) {
        problems.push({ path: `figure.${k}`, message: { 'zh-Hans': '应为日期，写成 2023-03-10（或 2023-03、2023）', en: 'should be a date written 2023-03-10 (or 2023-03, 2023)' } })
      }
    } else problems.push({ path: `figure.${k}`, message: { 'zh-Hans': '不认识的字段（是否拼错了？）', en: 'unknown field (a typo?)' } })
  }
  return problems
}

function checkParams(params: unknown): PackProblem[] {
  if (params === undefined) return []
  if (typeof params !== 'object' || params === null) {
    return [{ path: 'params', message: { 'zh-Hans': '应为一组字段 { … }', en: 'should be an object { … }' } }]
  }
  const known = Object.values(BASIS_PARAM) as string[]
  const problems: PackProblem[] = []
  for (const [k, v] of Object.entries(params)) {
    if (!known.includes(k)) {
      problems.push({ path: `params.${k}`, message: { 'zh-Hans': `不认识的参数（可用：${known.join('、')}）`, en: `unknown parameter (known: ${known.join(', ')})` } })
    } else if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)) {
      problems.push({ path: `params.${k}`, message: { 'zh-Hans': '应为大于 0 的金额（元/人/月）', en: 'should be an amount above 0 (yuan per person per month)' } })
    }
  }
  return problems
}

export interface OverlayOptions {
  /** Where the figure in `params` comes from (kept in the pack's `meansTest.figure`). */
  figure?: FigureInfo
  /**
   * When the overlay needs a figure that `params` does not give: apply its extra matters and
   * exemptions anyway and leave the hardship line out (as nationally: the agency checks, LAL 41)
   * instead of throwing. Hosts report the gap themselves (see `missingFigure`).
   */
  withoutMissingFigure?: boolean
}

/** The parameter a validated overlay still needs from the host, if any, with the figure's name. */
export function missingFigure(o: RegionOverlay, params?: HardshipParams): { param: keyof HardshipParams; name: Localized } | undefined {
  const mt = o.meansTest
  if (mt === undefined) return undefined
  const key = BASIS_PARAM[mt.basis]
  if (params?.[key] !== undefined || mt.line !== undefined || mt.amount !== undefined) return undefined
  return { param: key, name: mt.figureName ?? BASIS_NAME[mt.basis] }
}

/**
 * What a host page should tell its author about a region's figures, in English for the console:
 * `missing` names the <wr-aid-screener> attribute to set; `due` says the standard's review date
 * has passed (it still applies). Throws RulePackError for an overlay that is not valid.
 */
export function figureDiagnostics(base: RulePack, region: unknown, params?: HardshipParams, today = todayInChina()): { missing?: string; due?: string } {
  const o = checkOverlay(base, region)
  const out: { missing?: string; due?: string } = {}
  const missing = missingFigure(o, params)
  if (missing) {
    out.missing =
      `missing attribute ${paramAttribute(missing.param)}="…": ${missing.name.en} (yuan per person per month; ${missing.param} in hardshipParams). ` +
      'Without it no hardship line is applied; results leave the money check to the legal-aid agency.'
  }
  const mt = o.meansTest
  if (mt && !missing && isDue(mt.reviewBy, today)) {
    out.due = `the hardship standard (from ${mt.effectiveFrom}) was due for checking on ${mt.reviewBy}; it still applies. Source: ${mt.source}`
  }
  return out
}

/**
 * Applies a regional overlay (LAL 34: the province's hardship standard; extra matters and
 * exemptions under LAL 31(9), 32(5), 42(4)) to a base pack. A figure the overlay does not
 * carry comes from `params`; a figure in `params` wins over the overlay's own.
 * Overlays only add: a region cannot take away what the national law grants.
 */
export function overlay(base: RulePack, region: unknown, params?: HardshipParams, options: OverlayOptions = {}): RulePack {
  const o = checkOverlay(base, region)
  const problems = checkParams(params)
  problems.push(...checkFigureInfo(options.figure))
  let meansTest = base.meansTest
  if (o.meansTest !== undefined) {
    const { line: published, ...rest } = o.meansTest
    const key = BASIS_PARAM[o.meansTest.basis]
    const given = params?.[key]
    const amount = given ?? o.meansTest.amount
    const line = given !== undefined ? o.meansTest.factor * given : published ?? (amount !== undefined ? o.meansTest.factor * amount : undefined)
    if (line === undefined) {
      const name = o.meansTest.figureName ?? BASIS_NAME[o.meansTest.basis]
      if (!options.withoutMissingFigure) {
        problems.push({
          path: `params.${key}`,
          message: {
            'zh-Hans': `${o.region} 的经济困难标准是 ${o.meansTest.factor} 倍的${name['zh-Hans']}，但没有写明金额：请提供 ${key}（元/人/月）`,
            en: `${o.region} sets its hardship line at ${o.meansTest.factor} × ${name.en}, which it does not state: pass ${key} (yuan per person per month)`,
          },
        })
      }
    } else {
      const figure = given !== undefined ? { amount: given, ...options.figure } : undefined
      // Round to the fen: 2 × 700.5 and the like must compare exactly.
      meansTest = { ...rest, ...(amount !== undefined ? { amount } : {}), line: Math.round(line * 100) / 100, ...(figure ? { figure } : {}) }
    }
  }
  if (problems.length > 0) throw new RulePackError(problems)

  return {
    ...base,
    id: o.region,
    title: o.title,
    effectiveFrom: o.effectiveFrom > base.effectiveFrom ? o.effectiveFrom : base.effectiveFrom,
    source: `${base.source}; ${o.source}`,
    overlays: [...(base.overlays ?? []), { region: o.region, version: o.version, ...(o.partial ? { partial: o.partial } : {}) }],
    laws: { ...base.laws, ...o.laws },
    rules: [...base.rules, ...(o.rules ?? [])],
    ...(meansTest !== undefined ? { meansTest } : {}),
    problemRoutes: { ...base.problemRoutes, ...o.problemRoutes },
    evidence: { ...base.evidence, ...o.evidence },
    reasons: { ...base.reasons, ...o.reasons },
    materials: { ...base.materials, ...o.materials },
    notes: { ...base.notes, ...o.notes },
    routes: { ...base.routes, ...o.routes },
    ...(o.applicationPapers ? { applicationPapers: o.applicationPapers } : {}),
  }
}
