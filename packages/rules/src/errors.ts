import type { Localized } from './types.js'

/** One bad place in a pack, overlay or parameter set. */
export interface PackProblem {
  /** Where, e.g. `rules[3].citations[0].article` or `params.dibaoMonthly`. */
  path: string
  message: Localized
}

/**
 * A rule pack, overlay or hardship parameter that cannot be used. Lists every problem at
 * once so the author can fix them in one go; `message` is plain Chinese and English.
 */
export class RulePackError extends Error {
  override readonly name = 'RulePackError'
  readonly problems: readonly PackProblem[]

  constructor(problems: readonly PackProblem[]) {
    const n = problems.length
    const lines = problems.map((p) => `  - ${p.path}: ${p.message['zh-Hans']} / ${p.message.en}`)
    super([`规则包有 ${n} 处问题 / The rule pack has ${n} problem${n === 1 ? '' : 's'}:`, ...lines].join('\n'))
    this.problems = problems
  }
}
