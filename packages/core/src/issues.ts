// Turning a validator's findings into problems a person can read. No zod here: any zod (classic
// or mini) issue fits `ZodIssueLike`, so elements can word problems without loading a schema.

/** One problem in some data, at one path (`lessons[2].pages[0].text.zh-Hans`). */
export interface Problem {
  path: string
  /** A message key under the caller's `problems.*`: required, type, oneOf, tooFew/tooMany (items), tooLow/tooHigh (numbers), tooShort/tooLong (text), format, shape, or one of its own. */
  code: string
  /** Values for the message (allowed options, the unknown id…). */
  params?: Record<string, string | number>
}

/** The parts of a zod issue we read. */
export interface ZodIssueLike {
  code: string
  path: PropertyKey[]
  message: string
  input?: unknown
  expected?: string
  values?: unknown[]
  minimum?: number | bigint
  maximum?: number | bigint
  /** What was measured: 'number', 'int', 'string', 'array'… */
  origin?: string
  note?: string
}

/** `lessons[2].pages[0]…` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p)
  return out
}

/**
 * A zod issue as a `Problem`. A schema may name its own message key in a check
 * (`z.regex(re, 'kiosk:problems.officeName')`): with `ownPrefix` given, that key's last part
 * becomes the code.
 */
export function problemFromZod(issue: ZodIssueLike, ownPrefix?: string): Problem {
  const path = formatPath(issue.path)
  if (ownPrefix && issue.message.startsWith(ownPrefix)) return { path, code: issue.message.slice(ownPrefix.length) }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { path, code: 'required' } : { path, code: 'type', params: { expected: String(issue.expected) } }
    case 'invalid_value':
      if (issue.input === undefined) return { path, code: 'required' }
      return { path, code: 'oneOf', params: { values: (issue.values ?? []).map(String).join(', ') } }
    case 'invalid_union':
      return { path, code: issue.note?.includes('discriminator') ? 'blockType' : 'shape' }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small'
      const count = Number((small ? issue.minimum : issue.maximum) ?? 0)
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return { path, code: small ? 'tooLow' : 'tooHigh', params: { count } }
      if (issue.origin === 'string') return { path, code: small ? 'tooShort' : 'tooLong', params: { count } }
      return { path, code: small ? 'tooFew' : 'tooMany', params: { count } }
    }
    case 'invalid_format':
      return { path, code: 'format' }
    default:
      return { path, code: 'shape' }
  }
}

/** One problem in plain words: "lessons[2].title.zh-Hans: 这里不能空着". `t` is the caller's namespace (`problems.root` names the whole document). */
export function describeProblem(problem: Problem, t: (key: string, params?: Record<string, unknown>) => string): string {
  const where = problem.path || t('problems.root')
  return `${where}: ${t(`problems.${problem.code}`, problem.params)}`
}
