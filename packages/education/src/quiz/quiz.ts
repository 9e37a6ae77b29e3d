import { html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { HeadingFocus, LocalizeController, WrElement } from '@workroom/core'
import '../translations.js'
import type { Quiz } from '../schema.js'
import { pick, pickHtml } from '../pick.js'
import { citeSource } from '../citation.js'
import { pageStyles } from '../shared.styles.js'
import type { QuizCompleteDetail } from '../events.js'
import { isCorrect, shuffledOptions } from './quiz-logic.js'
import { renderPicture } from '../blocks/blocks.js'
import { blockStyles } from '../blocks/blocks.styles.js'
import { blockContext } from '../blocks/context.js'
import { quizStyles } from './quiz.styles.js'

const tick = html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" fill="currentColor"/><path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.5"/></svg>`
const cross = html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" fill="currentColor"/><path d="M8 8l8 8M16 8l-8 8" stroke="#fff" stroke-width="2.5"/></svg>`

/**
 * A short quiz: one question at a time, options in a new order on every attempt (seeded, so a
 * test can pin it), feedback straight away with a picture and the why in one sentence (text and
 * icon, never colour alone, announced to screen readers), then the score. Nothing about the
 * resident is kept.
 * @summary Single and multiple choice with explained answers.
 * @event wr-quiz-completed - Last question answered; detail: QuizCompleteDetail (anonymous).
 * @event wr-quiz-complete - Deprecated: the same event under its old name (sent too, after wr-quiz-completed).
 * @csspart question - The question's heading.
 * @csspart feedback - The feedback box.
 * @csspart feedback-picture - The picture in the feedback box.
 * @cssprop --wr-education-max-width - Maximum width of the reading column.
 */
export class WrQuiz extends WrElement {
  static override styles = [...WrElement.styles, pageStyles, blockStyles, quizStyles]

  @property({ attribute: false }) quiz?: Quiz
  /** Seed for the option order: attempt n uses seed + n. Unset, every attempt draws a new seed. */
  @property({ type: Number }) seed?: number
  /** Heading level of the title (2; 4 when taken at the end of a lesson). Questions are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 4 = 2

  @state() index = 0
  @state() private selected: string[] = []
  @state() private checked = false
  @state() private score = 0
  @state() private finished = false
  @state() private announcement = ''
  /** How many times the quiz was started over; with the seed it fixes this attempt's order. */
  @state() private attempt = 0
  private drawn = Math.floor(Math.random() * 2 ** 31)

  private readonly l = new LocalizeController(this, 'education')
  private focusTarget: 'heading' | 'next' | 'result' | undefined
  private readonly headingFocus = new HeadingFocus(this, { selector: '.page-heading' })

  protected override resetState(): void {
    this.restart(false)
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('quiz') && changed.get('quiz') !== undefined) this.restart(false)
  }

  protected override updated(): void {
    const target = this.focusTarget
    if (!target) return
    this.focusTarget = undefined
    if (target === 'next') {
      // A freshly created wr-button renders its inner button a tick later: wait for it.
      const button = this.renderRoot.querySelector<WrElement>('.after wr-button')
      void button?.updateComplete.then(() => button.focus())
    } else this.headingFocus.focus()
  }

  /** Back to the first question with nothing selected. */
  restart(focus = true): void {
    this.attempt++
    this.drawn = Math.floor(Math.random() * 2 ** 31)
    this.index = 0
    this.selected = []
    this.checked = false
    this.score = 0
    this.finished = false
    this.announcement = ''
    if (focus) this.focusTarget = 'heading'
  }

  private toggle(id: string, multiple: boolean): void {
    if (this.checked) return
    this.selected = multiple ? (this.selected.includes(id) ? this.selected.filter((s) => s !== id) : [...this.selected, id]) : [id]
  }

  /** Selects options of the current question (for hosts and demos; residents tap). */
  select(ids: readonly string[]): void {
    if (this.checked) return
    const q = this.quiz?.questions[this.index]
    if (!q) return
    const valid = ids.filter((id) => q.options.some((o) => o.id === id))
    this.selected = q.multiple ? valid : valid.slice(0, 1)
  }

  /** This attempt's seed for the option order. */
  get attemptSeed(): number {
    return this.seed === undefined ? this.drawn : this.seed + this.attempt
  }

  /** The current question's options in the order shown. */
  get shownOptions() {
    const q = this.quiz?.questions[this.index]
    return q ? shuffledOptions(q, this.attemptSeed) : []
  }

  /** Checks the current answer and explains it. */
  check(): void {
    const q = this.quiz?.questions[this.index]
    if (!q || this.checked) return
    if (this.selected.length === 0) {
      this.announcement = this.l.t('quiz.chooseFirst')
      return
    }
    const right = isCorrect(q, this.selected)
    if (right) this.score++
    this.checked = true
    const lang = this.l.lang
    this.announcement = `${right ? this.l.t('quiz.correct') : this.l.t('quiz.incorrect')} ${pick(q.explanation, lang)}`
    this.focusTarget = 'next'
  }

  /** The next question, or the score after the last one. */
  next(): void {
    const quiz = this.quiz
    if (!quiz || !this.checked) return
    if (this.index + 1 < quiz.questions.length) {
      this.index++
      this.selected = []
      this.checked = false
      this.announcement = ''
      this.focusTarget = 'heading'
      return
    }
    this.finished = true
    this.announcement = ''
    this.focusTarget = 'heading'
    this.emit<QuizCompleteDetail>('wr-quiz-completed', { quizId: quiz.id, score: this.score, total: quiz.questions.length })
  }

  override render() {
    const quiz = this.quiz
    const lang = this.l.lang
    if (!quiz) return html`<div lang=${lang}><p>${this.l.t('quiz.empty')}</p></div>`
    const total = quiz.questions.length
    return html`<div class="box" lang=${lang} dir=${this.l.dir}>
      ${this.headingLevel === 4 ? html`<h4 class="title">${pickHtml(quiz.title, lang)}</h4>` : html`<h2 class="title">${pickHtml(quiz.title, lang)}</h2>`}
      ${this.finished ? this.renderResult(total) : this.renderQuestion(total)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`
  }

  private renderResult(total: number) {
    return html`${this.questionHeading(this.l.t('quiz.resultHeading'))}
      <p class="score">${this.l.t('quiz.score', { score: this.score, count: total })}</p>
      <p>${this.score === total ? this.l.t('quiz.allRight') : this.l.t('quiz.keepLearning')}</p>
      <p class="meta">${this.l.t('quiz.privacy')}</p>
      <div class="nav"><wr-button variant="secondary" size="large" @click=${() => this.restart()}>${this.l.t('quiz.again')}</wr-button></div>`
  }

  private questionHeading(text: string) {
    return this.headingLevel === 4
      ? html`<h5 class="page-heading" part="question" tabindex="-1">${text}</h5>`
      : html`<h3 class="page-heading" part="question" tabindex="-1">${text}</h3>`
  }

  private renderQuestion(total: number) {
    const q = this.quiz!.questions[this.index]!
    const options = this.shownOptions
    const lang = this.l.lang
    const multiple = q.multiple === true
    const right = this.checked && isCorrect(q, this.selected)
    return html`<p class="meta">${this.l.t('quiz.position', { n: this.index + 1, total })}</p>
      <fieldset ?disabled=${this.checked}>
        <legend>${this.questionHeading(pick(q.prompt, lang))}</legend>
        <p class="hint" id="hint">${multiple ? this.l.t('quiz.hintMultiple') : this.l.t('quiz.hintSingle')}</p>
        <div class="tools">
          <wr-read-aloud .text=${[pick(q.prompt, lang), ...options.map((o) => pick(o.text, lang))].join('\n')} subject=${pick(q.prompt, lang)}></wr-read-aloud>
        </div>
        <div class="options">
          ${options.map((o) => {
            const isSel = this.selected.includes(o.id)
            const isRight = q.correct.includes(o.id)
            const state = this.checked ? (isRight ? 'right' : isSel ? 'wrong' : '') : ''
            return html`<label class="option ${isSel ? 'selected' : ''} ${state}">
              <input
                type=${multiple ? 'checkbox' : 'radio'}
                name="q-${q.id}"
                value=${o.id}
                .checked=${isSel}
                aria-describedby="hint"
                @change=${() => this.toggle(o.id, multiple)}
              />
              <span class="text">${pickHtml(o.text, lang)}</span>
              ${this.checked && isRight ? html`<span class="tag right">${tick}${this.l.t('quiz.rightAnswer')}</span>` : nothing}
              ${this.checked && isSel && !isRight ? html`<span class="tag wrong">${cross}${this.l.t('quiz.yourAnswer')}</span>` : nothing}
            </label>`
          })}
        </div>
      </fieldset>
      ${this.checked
        ? html`<div class="feedback ${right ? 'right' : 'wrong'}" part="feedback">
            ${renderPicture(q.picture ?? (right ? 'well-done' : 'think-again'), blockContext(this.l), undefined, 'feedback-picture')}
            <div>
            <p class="verdict">${right ? tick : cross}<strong>${right ? this.l.t('quiz.correct') : this.l.t('quiz.incorrect')}</strong></p>
            <p class="why"><strong>${this.l.t('quiz.why')}</strong>${pickHtml(q.explanation, lang)}</p>
            ${q.source ? html`<p class="meta"><cite>${citeSource(q.source, lang)}</cite></p>` : nothing}
            </div>
          </div>
          <div class="nav after">
            <span class="spacer"></span>
            <wr-button size="large" @click=${this.next}>${this.index + 1 < total ? this.l.t('quiz.next') : this.l.t('quiz.finish')}</wr-button>
          </div>`
        : html`${this.announcement ? html`<p class="nudge">${this.announcement}</p>` : nothing}
          <div class="nav">
            <span class="spacer"></span>
            <wr-button size="large" @click=${this.check}>${this.l.t('quiz.check')}</wr-button>
          </div>`}`
  }
}
