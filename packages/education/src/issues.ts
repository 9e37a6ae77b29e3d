// Content-pack problems and how to word them; no zod here, so elements can show them cheaply.
import type { Problem } from '@workroom/core'

export { formatPath } from '@workroom/core'

/** One problem in a content pack, at one path (`lessons[2].pages[0].blocks[1].text.zh-Hans`); its code is a key under `education:problems.*`. */
export type PackIssue = Problem

/** A content pack that cannot be used, with every problem found (not just the first). */
export class ContentPackError extends Error {
  constructor(readonly issues: PackIssue[]) {
    super(`Content pack has ${issues.length} problem(s): ${issues.map((i) => `${i.path || '(pack)'} ${i.code}`).join('; ')}`)
    this.name = 'ContentPackError'
  }
}

/** One problem in plain words: "lessons[2].title.zh-Hans: 这里不能空着". */
export { describeProblem as describeIssue } from '@workroom/core'
