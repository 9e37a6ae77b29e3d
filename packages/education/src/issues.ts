// Content-pack problems and how to word them; no zod here, so elements can show them cheaply.

/** One problem in a content pack, at one path (`lessons[2].pages[0].blocks[1].text.zh-Hans`). */
export interface PackIssue {
  path: string
  /** Message key under `education:problems.*`. */
  code: string
  /** Values for the message (allowed options, the unknown id…). */
  params?: Record<string, string | number>
}

/** A content pack that cannot be used, with every problem found (not just the first). */
export class ContentPackError extends Error {
  constructor(readonly issues: PackIssue[]) {
    super(`Content pack has ${issues.length} problem(s): ${issues.map((i) => `${i.path || '(pack)'} ${i.code}`).join('; ')}`)
    this.name = 'ContentPackError'
  }
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** `lessons[2].pages[0]…` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p)
  return out
}

/** One problem in plain words: "lessons[2].title.zh-Hans: 这里不能空着". */
export function describeIssue(issue: PackIssue, t: Translate): string {
  const where = issue.path || t('problems.root')
  return `${where}: ${t(`problems.${issue.code}`, issue.params)}`
}
