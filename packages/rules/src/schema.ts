// Rule pack and overlay schemas (zod/mini keeps the browser bundle small). Only the loader
// and the CLI import this module; `evaluate` takes its types and nothing else.
import * as z from 'zod/mini'
import { FACT_KEYS, FACTS } from './facts.js'
import type { PackProblem } from './errors.js'
import { OUTCOMES, PROBLEMS, type Condition, type Localized as LocalizedText } from './types.js'


const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const LAW_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/
const REGION_ID = /^CN(?:-[A-Z0-9]{2,})*$/
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/
const VERSION = /^\d+(?:\.\d+){0,2}$/

// Each pattern carries its own plain explanation, shown when it does not match.
const formats = new Map<RegExp, LocalizedText>([
  [CODE, { 'zh-Hans': '应为小写英文短横线代码，如 labour-arbitration', en: 'should be a lower-case code with hyphens, like labour-arbitration' }],
  [LAW_ID, { 'zh-Hans': '应为大写英文法规代号，如 LAL 或 GD-268', en: 'should be an upper-case law id, like LAL or GD-268' }],
  [REGION_ID, { 'zh-Hans': '应为地区代码，如 CN-NX 或 CN-GD-ZS', en: 'should be a region code, like CN-NX or CN-GD-ZS' }],
  [DATE, { 'zh-Hans': '应为日期，写成 2023-03-10（或 2023-03、2023）', en: 'should be a date written 2023-03-10 (or 2023-03, 2023)' }],
  [VERSION, { 'zh-Hans': '应为版本号，如 1.0.0', en: 'should be a version number, like 1.0.0' }],
])

const text = z.string().check(z.minLength(1))
const code = z.string().check(z.regex(CODE))
const lawId = z.string().check(z.regex(LAW_ID))
const date = z.string().check(z.regex(DATE))
const version = z.string().check(z.regex(VERSION))
const positiveInt = z.int().check(z.positive())
const positive = z.number().check(z.positive())

const Localized = z.strictObject({ 'zh-Hans': text, en: text, bo: z.optional(text), ug: z.optional(text) })

const Citation = z.strictObject({ law: lawId, article: positiveInt, item: z.optional(positiveInt) })

/** `articles`: how many articles the law has, so a citation beyond it is caught. */
const Law = z.strictObject({ title: Localized, version: z.optional(text), articles: z.optional(positiveInt) })

const scalar = z.union([z.string(), z.number(), z.boolean()])

const OPERATORS = ['eq', 'in', 'has', 'hasAny', 'lt', 'lte', 'gt', 'gte'] as const

function issue(ctx: z.core.$RefinementCtx<unknown>, path: PropertyKey[], zh: string, en: string): void {
  ctx.addIssue({ code: 'custom', message: en, path, params: { zh } })
}

function listZh(values: readonly unknown[]): string {
  return values.map(String).join('、')
}

function checkCondition(c: Condition, ctx: z.core.$RefinementCtx<unknown>): void {
  const forms = (['fact', 'all', 'any', 'not'] as const).filter((k) => c[k] !== undefined)
  const ops = OPERATORS.filter((k) => c[k] !== undefined)
  if (forms.length !== 1) {
    issue(ctx, [], '条件要写成且只写成一种：fact、all、any 或 not', 'a condition needs exactly one of: fact, all, any, not')
    return
  }
  if (c.fact === undefined) {
    if (ops.length > 0) issue(ctx, [ops[0]!], `${ops[0]} 只能和 fact 一起用`, `${ops[0]} can only be used with fact`)
    return
  }
  if (ops.length !== 1) {
    issue(ctx, [], '一个 fact 条件要有且只有一个比较：eq、in、has、hasAny、lt、lte、gt 或 gte', 'a fact condition needs exactly one test: eq, in, has, hasAny, lt, lte, gt or gte')
    return
  }
  const op = ops[0]!
  const spec = FACTS[c.fact]
  const numeric = spec.kind === 'integer' || spec.kind === 'number'
  const allowed = spec.values ?? []
  const value = c[op]
  const badValue = (v: unknown): void =>
    issue(ctx, [op], `“${String(v)}”不是 ${c.fact} 的可选值（可选：${listZh(allowed)}）`, `"${String(v)}" is not a value of ${c.fact} (allowed: ${allowed.join(', ')})`)
  switch (op) {
    case 'eq':
      if (spec.kind === 'set') issue(ctx, [op], `${c.fact} 是多选，请用 has 或 hasAny`, `${c.fact} is a set: use has or hasAny`)
      else if (spec.kind === 'boolean' && typeof value !== 'boolean') issue(ctx, [op], '应为 true 或 false', 'should be true or false')
      else if (numeric && typeof value !== 'number') issue(ctx, [op], '应为数字', 'should be a number')
      else if (spec.kind === 'enum' && !allowed.includes(String(value))) badValue(value)
      break
    case 'in':
      if (spec.kind === 'enum') (value as unknown[]).filter((v) => !allowed.includes(String(v))).forEach(badValue)
      else if (numeric) {
        if ((value as unknown[]).some((v) => typeof v !== 'number')) issue(ctx, [op], '应全部为数字', 'should all be numbers')
      } else issue(ctx, [op], `${c.fact} 不能用 in`, `in cannot be used with ${c.fact}`)
      break
    case 'has':
    case 'hasAny':
      if (spec.kind !== 'set') issue(ctx, [op], `${c.fact} 不是多选，请用 eq 或 in`, `${c.fact} is not a set: use eq or in`)
      else ([] as unknown[]).concat(value).filter((v) => !allowed.includes(String(v))).forEach(badValue)
      break
    default:
      if (!numeric) issue(ctx, [op], `${c.fact} 不是数字，不能比大小`, `${c.fact} is not a number, so it cannot be compared`)
  }
}

// Nested conditions go through z.lazy: the schema is still being built when its shape is read.
const nested = z.lazy((): z.ZodMiniType<Condition> => ConditionSchema)

export const ConditionSchema: z.ZodMiniType<Condition> = z
  .strictObject({
    fact: z.optional(z.enum(FACT_KEYS as [string, ...string[]])),
    eq: z.optional(scalar),
    in: z.optional(z.array(z.union([z.string(), z.number()]))),
    has: z.optional(z.string()),
    hasAny: z.optional(z.array(z.string())),
    lt: z.optional(z.number()),
    lte: z.optional(z.number()),
    gt: z.optional(z.number()),
    gte: z.optional(z.number()),
    all: z.optional(z.array(nested)),
    any: z.optional(z.array(nested)),
    not: z.optional(nested),
  })
  .check(z.superRefine((c, ctx) => checkCondition(c as Condition, ctx))) as unknown as z.ZodMiniType<Condition>

export const RULE_KINDS = ['scope', 'mandatory', 'no-means-test', 'means-waived', 'urgent', 'route'] as const

const Rule = z.strictObject({
  id: code,
  kind: z.enum(RULE_KINDS),
  when: ConditionSchema,
  /** Reason code shown when the rule applies; defaults to the rule id. */
  reason: z.optional(code),
  citations: z.array(Citation).check(z.minLength(1)),
  effectiveFrom: date,
  source: text,
  /** What to bring when this rule applies. */
  materials: z.optional(z.array(code)),
  /** Note shown when an 'unknown' answer kept this rule from applying. */
  ifUnknown: z.optional(code),
  /** For kind 'route': where else to go when it holds (it is never asked about, only read). */
  routes: z.optional(z.array(code)),
})

const Standing = z.strictObject({
  reason: code,
  citations: z.array(Citation),
  notes: z.optional(z.array(code)),
  /** What to bring when this standing reason applies (e.g. the integrity pledge, LAL 41). */
  materials: z.optional(z.array(code)),
})

export const BASES = ['dibao', 'minimum-wage', 'disposable-income'] as const

const MeansCondition = z.strictObject({
  id: code,
  when: ConditionSchema,
  /** Reason shown when the household is under the line but this condition fails. */
  reason: code,
  ifUnknown: z.optional(code),
})

const meansTestShape = {
  basis: z.enum(BASES),
  /** Multiple of the base figure: 2 for "2 × 低保", 0.5 for "50 % of disposable income". */
  factor: positive,
  /** The base figure itself (yuan/head/month), when known. */
  amount: z.optional(positive),
  /** The published line (yuan/head/month), when the region publishes it. */
  line: z.optional(positive),
  effectiveFrom: date,
  /** When to check the standard and its figure again (LAL 34: standards are adjusted over time). Past it, the line still applies but is reported as due. */
  reviewBy: date,
  source: text,
  /** What the local figure is, in words, when hosts pass it (e.g. the tier's minimum wage in Jiangsu). */
  figureName: z.optional(Localized),
  /**
   * Where a figure passed by the host comes from (set by `overlay` from `FigureInfo`): the
   * amount, its source, the date it took effect and when to check it again.
   */
  figure: z.optional(
    z.strictObject({ amount: positive, source: z.optional(text), effectiveFrom: z.optional(date), reviewBy: z.optional(date) }),
  ),
  citations: z.array(Citation),
  /** Further conditions for hardship, e.g. no valuable assets. */
  conditions: z.optional(z.array(MeansCondition)),
  materials: z.optional(z.array(code)),
}

/** In a full pack the line is resolved. */
const MeansTest = z.strictObject({ ...meansTestShape, line: positive })
/** In an overlay the figure may come from HardshipParams. */
const MeansTestOverlay = z.strictObject(meansTestShape)

const Route = z.strictObject({
  name: Localized,
  /** The law that opens this route. */
  basis: z.optional(z.array(Citation)),
  /** Time limit in plain words, e.g. "within 1 year". */
  timeLimit: z.optional(Localized),
})

const OutcomeContent = z.strictObject({
  /** Route codes, best first; "$problem" stands for the problem's own routes. */
  routes: z.array(z.string().check(z.minLength(1))),
  /** Material codes; "$evidence" stands for the problem's evidence. */
  materials: z.array(z.string().check(z.minLength(1))),
  notes: z.array(code),
})

const outcomesShape = Object.fromEntries(OUTCOMES.map((o) => [o, OutcomeContent])) as {
  [K in (typeof OUTCOMES)[number]]: typeof OutcomeContent
}

const problem = z.enum(PROBLEMS)
const texts = z.record(z.string().check(z.regex(CODE)), Localized)

/**
 * A paper the region's legal-aid agencies ask applicants to sign besides the form (LAL 41: the
 * integrity pledge; provinces name their own, e.g. 经济困难状况说明表): printed on the
 * application sheet's checklist.
 */
const ApplicationPaper = z.strictObject({ name: Localized, source: text, note: z.optional(Localized) })

const Applied = z.strictObject({ region: z.string().check(z.regex(REGION_ID)), version, partial: z.optional(Localized) })

export const RulePackSchema = z.strictObject({
  format: z.literal(1),
  kind: z.literal('pack'),
  id: z.string().check(z.regex(REGION_ID)),
  version,
  title: Localized,
  effectiveFrom: date,
  source: text,
  /** Overlays already applied, in order. */
  overlays: z.optional(z.array(Applied)),
  laws: z.record(z.string().check(z.regex(LAW_ID)), Law),
  standing: z.strictObject({
    consultation: Standing,
    represented: Standing,
    outOfScope: Standing,
    meansMet: Standing,
    meansOverLine: Standing,
    meansUnknown: Standing,
    meansUnset: Standing,
    /** The problem is "other" or unknown: nothing says it is out of scope yet (optional; else outOfScope). */
    unclear: z.optional(Standing),
    /** A scope test needed an answer the resident did not know: the matter may be covered; the agency checks (optional). */
    unconfirmed: z.optional(Standing),
  }),
  rules: z.array(Rule),
  meansTest: z.optional(MeansTest),
  outcomes: z.strictObject(outcomesShape),
  /** Papers the region's application asks for besides the form (from its overlay). */
  applicationPapers: z.optional(z.array(ApplicationPaper)),
  problemRoutes: z.partialRecord(problem, z.array(code)),
  evidence: z.partialRecord(problem, code),
  reasons: texts,
  materials: texts,
  notes: texts,
  routes: z.record(z.string().check(z.regex(CODE)), Route),
})

export const OverlaySchema = z.strictObject({
  format: z.literal(1),
  kind: z.literal('overlay'),
  region: z.string().check(z.regex(REGION_ID)),
  version,
  title: Localized,
  effectiveFrom: date,
  source: text,
  /** When the sources held cover only part of the region's rules: what is missing, in words. */
  partial: z.optional(Localized),
  laws: z.optional(z.record(z.string().check(z.regex(LAW_ID)), Law)),
  rules: z.optional(z.array(Rule)),
  meansTest: z.optional(MeansTestOverlay),
  problemRoutes: z.optional(z.partialRecord(problem, z.array(code))),
  evidence: z.optional(z.partialRecord(problem, code)),
  reasons: z.optional(texts),
  materials: z.optional(texts),
  notes: z.optional(texts),
  routes: z.optional(z.record(z.string().check(z.regex(CODE)), Route)),
  /** The commitment papers this region's legal-aid application asks for (names as the province publishes them). */
  applicationPapers: z.optional(z.array(ApplicationPaper)),
})

export type RulePack = z.output<typeof RulePackSchema>
export type RegionOverlay = z.output<typeof OverlaySchema>
export type Rule = RulePack['rules'][number]
export type MeansTestSpec = NonNullable<RulePack['meansTest']>

// ---- plain-language issues -------------------------------------------------------------

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文字', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['true 或 false', 'true or false'],
  object: ['一组字段 { … }', 'an object { … }'],
  array: ['列表 [ … ]', 'a list [ … ]'],
  record: ['一组字段 { … }', 'an object { … }'],
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p
    else out += `[${JSON.stringify(String(p))}]`
  }
  return out || '(整个文件 / the whole file)'
}

function plain(i: z.core.$ZodIssue): LocalizedText {
  switch (i.code) {
    case 'invalid_type': {
      if (i.input === undefined) return { 'zh-Hans': '缺少这一项', en: 'is missing' }
      const [zh, en] = TYPE_NAMES[i.expected] ?? [i.expected, i.expected]
      return { 'zh-Hans': `应为${zh}`, en: `should be ${en}` }
    }
    case 'too_small':
      if (i.origin === 'string') return { 'zh-Hans': '不能为空', en: 'must not be empty' }
      if (i.origin === 'array') return { 'zh-Hans': `至少要有 ${i.minimum} 项`, en: `needs at least ${i.minimum} item(s)` }
      return { 'zh-Hans': `应大于 ${i.minimum}`, en: `must be greater than ${i.minimum}` }
    case 'too_big':
      return { 'zh-Hans': `不能超过 ${i.maximum}`, en: `must be at most ${i.maximum}` }
    case 'invalid_format': {
      const pattern = 'pattern' in i && i.pattern ? [...formats].find(([re]) => String(re) === i.pattern) : undefined
      return pattern?.[1] ?? { 'zh-Hans': '格式不对', en: 'has the wrong format' }
    }
    case 'invalid_value':
      if (i.values.length === 1) return { 'zh-Hans': `应为 ${JSON.stringify(i.values[0])}`, en: `must be ${JSON.stringify(i.values[0])}` }
      return {
        'zh-Hans': `应为以下之一：${listZh(i.values)}`,
        en: `must be one of: ${i.values.map((v) => JSON.stringify(v)).join(', ')}`,
      }
    case 'unrecognized_keys':
      return { 'zh-Hans': '不认识的字段（是否拼错了？）', en: 'unknown field (a typo?)' }
    case 'invalid_key':
      return { 'zh-Hans': '这个名字不能用作键', en: 'cannot be used as a key here' }
    case 'invalid_union':
      return { 'zh-Hans': '应为文字、数字或 true/false', en: 'should be text, a number, or true/false' }
    case 'custom': {
      const zh = (i.params as { zh?: string } | undefined)?.zh
      return { 'zh-Hans': zh ?? i.message, en: i.message }
    }
    default:
      return { 'zh-Hans': '内容不对', en: 'is not valid' }
  }
}

/** Every issue of a failed parse, one per bad path, in plain words. */
export function toProblems(issues: readonly z.core.$ZodIssue[]): PackProblem[] {
  const out: PackProblem[] = []
  for (const i of issues) {
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ path: formatPath([...i.path, k]), message: plain(i) })
    } else out.push({ path: formatPath(i.path), message: plain(i) })
  }
  return out
}
