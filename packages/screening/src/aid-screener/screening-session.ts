import type { Facts, RulePack, Screening } from '@workroom/rules/engine'
import { engine } from './engine.js'

/** One answered question: which fact, and the value given (or 'unknown'). */
export interface Answer {
  fact: string
  value: unknown
}

/**
 * The resident's answers and what the engine makes of them. Memory only: nothing here is
 * stored unless the host enables save-and-resume. Back restores the previous answer.
 */
export class ScreeningSession {
  private history: Answer[] = []
  private cache?: { key: string; result: Screening }

  /** Without a pack: the national rules (once the engine has loaded). */
  constructor(private pack?: RulePack) {}

  private get rules(): RulePack {
    return this.pack ?? engine().nationalRules
  }

  setPack(pack: RulePack): void {
    this.pack = pack
    this.cache = undefined
  }

  get answers(): readonly Answer[] {
    return this.history
  }

  get facts(): Facts {
    const facts: Record<string, unknown> = {}
    for (const a of this.history) facts[a.fact] = a.value
    return facts as Facts
  }

  get result(): Screening {
    const key = JSON.stringify(this.history)
    if (this.cache?.key !== key) this.cache = { key, result: engine().evaluate(this.rules, this.facts) }
    return this.cache.result
  }

  /** Answers the current question (or changes an earlier answer, dropping later ones that may no longer apply). */
  answer(fact: string, value: unknown): void {
    const i = this.history.findIndex((a) => a.fact === fact)
    if (i >= 0) this.history = this.history.slice(0, i)
    this.history = [...this.history, { fact, value }]
  }

  /** Goes back one question; returns the answer that was given there, to show it selected. */
  back(): Answer | undefined {
    const last = this.history.at(-1)
    this.history = this.history.slice(0, -1)
    return last
  }

  /** Previous answer for a fact, if the resident had given one (for Back and "change answer"). */
  previous(fact: string): unknown {
    return this.history.find((a) => a.fact === fact)?.value
  }

  /** Rewinds to just before `fact` was asked, so it can be answered again. */
  rewindTo(fact: string): unknown {
    const i = this.history.findIndex((a) => a.fact === fact)
    if (i < 0) return undefined
    const value = this.history[i]!.value
    this.history = this.history.slice(0, i)
    return value
  }

  restore(answers: readonly Answer[]): void {
    this.history = [...answers]
  }

  clear(): void {
    this.history = []
    this.cache = undefined
  }

  /**
   * How many more questions are likely: the engine's path if every remaining question were
   * answered "I don't know". An estimate, and shown as one.
   */
  estimateRemaining(limit = 12): number {
    let facts = { ...this.facts } as Record<string, unknown>
    let n = 0
    const { evaluate } = engine()
    let r = evaluate(this.rules, facts as Facts)
    while (r.status === 'needs-facts' && r.next && n < limit) {
      n++
      facts = { ...facts, [r.next]: 'unknown' }
      r = evaluate(this.rules, facts as Facts)
    }
    return Math.max(0, n - 1)
  }
}
