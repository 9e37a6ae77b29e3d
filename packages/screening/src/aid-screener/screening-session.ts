import type { Facts, RulePack, Screening } from '@workroom/rules/engine'
import { engine } from './engine.js'
import { HOUSEHOLD_SIZE_TAPS, TYPED_FORM } from './questions.js'

/** One answered question: which fact, and the value given (or 'unknown'). */
export interface Answer {
  fact: string
  value: unknown
}

/** The screener's pages: the start page, a question, and the pages after the questions. */
export type ScreeningView = 'start' | 'question' | 'other' | 'result' | 'consent' | 'saved' | 'contact' | 'apply'

/** The pages in the lazily loaded chunk (result-view.ts). */
export type LaterView = Exclude<ScreeningView, 'start' | 'question'>

export const UNKNOWN = 'unknown'

/** What moving on led to, for the element to announce (events, focus). */
export type Advance =
  | { view: 'other' }
  | { view: 'result'; complete: boolean }
  | { view: 'question'; step: number; fact: string }

/**
 * The resident's answers, what the engine makes of them, and where the resident is in the flow
 * (the page, the answer being chosen, an error, the consent choices). Memory only: nothing here is
 * stored unless the host enables save-and-resume. Back restores the previous answer. Everything a
 * resident typed or tapped lives here, so a reset is one assignment of a new session.
 */
export class ScreeningSession {
  private history: Answer[] = []
  private cache?: { key: string; result: Screening }

  /** The page shown. */
  view: ScreeningView = 'start'
  /** The answer being chosen or typed on the current question, before Next. */
  draft: unknown = undefined
  /** The current question's error, shown at the field. */
  fieldError = ''
  /** The resident chose to type a number instead of tapping (an income amount, a large household). */
  typing = false
  /** The problem question's search box. */
  problemFilter = ''
  showAllProblems = false
  /** What the resident agreed to hand to booking. */
  shareChoices: string[] = []
  /** Which page the consent step was opened from, for Back. */
  consentFrom: ScreeningView = 'result'
  /** The resident asked for each question to be read out as it appears. */
  autoRead = false
  /** Save and continue later: the code given, when it lapses, and what was typed to resume. */
  resumeCode = ''
  resumeExpires = 0
  resumeInput = ''
  resumeError = ''
  /** The answers a completion was last reported for: the same result is reported once. */
  private completedKey = ''

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

  /** The fact the resident is answering now: the one asked, or the typed form they chose instead. */
  get answering(): string | undefined {
    const next = this.result.next
    return next && this.typing ? (TYPED_FORM[next] ?? next) : next
  }

  /** Whether this page needs the lazily loaded chunk. */
  get later(): boolean {
    return this.view !== 'start' && this.view !== 'question'
  }

  /** Whether a result for these answers is still to be reported (and marks it reported). */
  reportComplete(): boolean {
    const key = JSON.stringify(this.history)
    if (key === this.completedKey) return false
    this.completedKey = key
    return true
  }

  /** A new pack: what it makes of the answers so far (other rules may need other questions). */
  usePack(pack: RulePack): void {
    const asked = this.view === 'question' ? this.result.next : undefined
    this.setPack(pack)
    if (this.view === 'question' || this.view === 'result') {
      const r = this.result
      this.view = r.status === 'complete' ? 'result' : 'question'
      // Still the same question: keep what the resident has chosen so far.
      if (r.next !== asked) this.draft = r.next ? this.previous(r.next) : undefined
    }
  }

  /** Answers to start from (resume, or a host that knows some facts): the next question, or the result. */
  startFrom(answers: readonly Answer[]): void {
    this.restore(answers)
    const r = this.result
    this.view = r.status === 'complete' ? 'result' : 'question'
    this.draft = r.next ? this.previous(r.next) : undefined
  }

  /** Records an answer given on the current question and clears the question's working state. */
  commit(fact: string, value: unknown): void {
    // A typed answer replaces the tap question it stands for (and back), so the history holds one of them.
    const asked = this.result.next
    if (asked && asked !== fact) this.rewindTo(asked)
    this.answer(fact, value)
    this.fieldError = ''
    this.problemFilter = ''
    this.showAllProblems = false
    this.draft = undefined
    this.typing = false
  }

  /** The next question or the result. */
  advance(): Advance {
    const r = this.result
    if (r.status === 'complete' && this.facts.problem === 'other' && this.view !== 'other') {
      // "Other" says nothing yet: offer the free ways to be helped before any result.
      this.view = 'other'
      return { view: 'other' }
    }
    if (r.status === 'complete') {
      this.view = 'result'
      return { view: 'result', complete: this.reportComplete() }
    }
    this.view = 'question'
    const next = r.next!
    this.draft = this.previous(next)
    return { view: 'question', step: this.history.length + 1, fact: next }
  }

  /** Whether an earlier answer was typed (an amount for the income tap, a household of 9 or more), to show it as given. */
  private wasTyped(a: Answer | undefined): boolean {
    if (!a) return false
    if (a.fact !== this.result.next) return true
    return a.fact === 'household.size' && typeof a.value === 'number' && a.value > HOUSEHOLD_SIZE_TAPS
  }

  /** Back: from contact or consent to the page before, else the previous question, else the start page. */
  goBack(): void {
    this.typing = false
    if (this.view === 'contact' || this.view === 'apply') {
      this.view = 'result'
    } else if (this.view === 'consent') {
      this.view = this.facts.problem === 'other' && this.consentFrom === 'other' ? 'other' : 'result'
    } else if (this.history.length === 0) {
      this.view = 'start'
    } else {
      const last = this.back()
      this.view = 'question'
      this.draft = last?.value
      this.typing = this.wasTyped(last)
      this.fieldError = ''
    }
  }

  /** "Change" on the result page: that question again, with the answer given there. */
  change(fact: string): void {
    const value = this.rewindTo(fact)
    this.typing = this.wasTyped({ fact, value })
    this.view = 'question'
    this.draft = value
  }

  /** Back to the problem question with every problem type shown. */
  otherProblems(): void {
    this.rewindTo('problem')
    this.draft = undefined
    this.showAllProblems = true
    this.view = 'question'
  }

  /** From the "other" page on to the result; whether it is still to be reported. */
  otherResult(): boolean {
    this.view = 'result'
    return this.reportComplete()
  }

  openConsent(): void {
    this.shareChoices = []
    this.consentFrom = this.view
    this.view = 'consent'
  }

  /** Between tapping and typing a number. */
  switchTyping(): void {
    this.typing = !this.typing
    this.draft = undefined
    this.fieldError = ''
  }

  /** Every answer forgotten, back to the start page. */
  startOver(): void {
    this.clear()
    this.completedKey = ''
    this.view = 'start'
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
