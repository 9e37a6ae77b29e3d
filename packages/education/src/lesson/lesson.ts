import { html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { HeadingFocus, LocalizeController, WrElement } from '@workroom/core'
import '../translations.js'
import type { Lesson, Media, NextStep, Quiz } from '../schema.js'
import { pick, pickHtml } from '../pick.js'
import { citeSource } from '../citation.js'
import { renderBlocks, renderPicture } from '../blocks/blocks.js'
import { narrationSrc } from '../media.js'
import { blockStyles } from '../blocks/blocks.styles.js'
import { blockContext } from '../blocks/context.js'
import { blocksToSpeech } from '../text.js'
import { illustration } from '../illustrations.js'
import { pageStyles } from '../shared.styles.js'
import { lessonStyles } from './lesson.styles.js'
import type { EducationNavigateDetail, LessonCompleteDetail, LessonPageChangeDetail } from '../events.js'

const star = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z" fill="currentColor"/></svg>`

/**
 * An illustrated lesson (图解): short pages, each opening with a picture and plain words (statute
 * text behind a "法律原文" disclosure), big Back/Next, read-aloud per page (the recorded narration
 * where the device has no voice); it ends with the key points, its quiz and where to go next.
 * @summary One page at a time; focus moves to the page heading.
 * @event wr-lesson-page-change - The page changed; detail: LessonPageChangeDetail.
 * @event wr-lesson-completed - The resident reached the summary and pressed Done; detail: LessonCompleteDetail.
 * @event wr-lesson-complete - Deprecated: the same event under its old name (sent too, after wr-lesson-completed).
 * @event wr-education-quiz-request - The resident asked for the lesson's quiz (when it is not given inline); detail: EducationNavigateDetail (from the lesson).
 * @event wr-education-open-quiz - Deprecated: the same event under its old name (sent too, after wr-education-quiz-request).
 * @event wr-education-screener-request - "Check if I can get legal aid" on the last page; detail: EducationNavigateDetail.
 * @event wr-education-open-screener - Deprecated: the same event under its old name (sent too, after wr-education-screener-request).
 * @event wr-education-booking-request - "Book a consultation" on the last page; detail: EducationNavigateDetail.
 * @event wr-education-open-booking - Deprecated: the same event under its old name (sent too, after wr-education-booking-request).
 * @csspart heading - The current page's heading.
 * @csspart nav - The Back/Next bar.
 * @csspart page-picture - The picture a page opens with.
 * @csspart next - The "where to go next" box on the last page.
 * @cssprop --wr-education-max-width - Maximum width of the reading column.
 */
export class WrLesson extends WrElement {
  static override styles = [...WrElement.styles, pageStyles, blockStyles, lessonStyles]

  /** The lesson to show (from a validated content pack). */
  @property({ attribute: false }) lesson?: Lesson
  /** The pack's media, for video blocks. */
  @property({ attribute: false }) media: Media[] = []
  /** Base URL for relative image and video paths. */
  @property({ attribute: 'asset-base' }) assetBase = ''
  /** The lesson's quiz: given, it is taken on the last page; otherwise a button asks the host to open it. */
  @property({ attribute: false }) quiz?: Quiz
  /** Next steps the host cannot offer (space-separated: screener booking). */
  @property({ attribute: 'hide-next' }) hideNext = ''
  /** Heading level of the lesson title (2 by default; 3 when nested under a page heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 = 2

  /** 0-based page; `pages.length` is the summary. */
  @state() page = 0

  private readonly l = new LocalizeController(this, 'education')
  /** Each page's heading takes focus as the page turns. */
  private readonly headingFocus = new HeadingFocus(this, { selector: '.page-heading' })

  protected override resetState(): void {
    this.page = 0
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('lesson') && changed.get('lesson') !== undefined) this.page = 0
  }

  private get total(): number {
    return this.lesson?.pages.length ?? 0
  }

  /** Goes to a page (clamped) and moves focus to its heading. */
  go(page: number): void {
    if (!this.lesson) return
    const next = Math.max(0, Math.min(this.total, page))
    if (next === this.page) return
    this.page = next
    this.headingFocus.request()
    this.emit<LessonPageChangeDetail>('wr-lesson-page-change', { lessonId: this.lesson.id, page: next, total: this.total })
  }

  private done(): void {
    if (!this.lesson) return
    this.emit<LessonCompleteDetail>('wr-lesson-completed', { lessonId: this.lesson.id })
  }

  private openQuiz(): void {
    const lesson = this.lesson
    if (!lesson?.quiz) return
    this.emit<LessonCompleteDetail>('wr-lesson-completed', { lessonId: lesson.id })
    this.emit<EducationNavigateDetail & { quizId: string }>('wr-education-quiz-request', {
      from: { kind: 'lesson', id: lesson.id, topic: lesson.topic },
      quizId: lesson.quiz,
    })
  }

  private navigate(step: NextStep): void {
    const lesson = this.lesson
    if (!lesson) return
    const detail: EducationNavigateDetail = { from: { kind: 'lesson', id: lesson.id, topic: lesson.topic }, step }
    this.emit(step === 'screener' ? 'wr-education-screener-request' : 'wr-education-booking-request', detail)
  }

  override render() {
    const lesson = this.lesson
    if (!lesson) return html`<div lang=${this.l.lang}><p>${this.l.t('lesson.empty')}</p></div>`
    const lang = this.l.lang
    const summary = this.page >= this.total
    const page = lesson.pages[this.page]
    const heading = summary ? this.l.t('lesson.summary') : pick(page!.heading, lang)
    const speech = summary
      ? [heading, ...lesson.keyPoints.map((k) => pick(k, lang))].join('\n')
      : `${heading}\n${blocksToSpeech(page!.blocks, lang)}`
    const position = summary ? this.l.t('lesson.summaryPosition') : this.l.t('lesson.position', { page: this.page + 1, total: this.total })
    const title = pick(lesson.title, lang)
    return html`<article class="box" lang=${lang} dir=${this.l.dir} aria-label=${title}>
      <div class="hero">
        ${illustration(lesson.illustration)}
        ${this.headingLevel === 3 ? html`<h3 class="title">${title}</h3>` : html`<h2 class="title">${title}</h2>`}
      </div>
      <p class="meta" part="position">${position}</p>
      <div class="progress" aria-hidden="true">${[...Array(this.total + 1).keys()].map(
        (i) => html`<span class=${i <= this.page ? 'dot on' : 'dot'}></span>`,
      )}</div>
      <h3 class="page-heading" part="heading" tabindex="-1">${heading}</h3>
      <div class="tools">
        <wr-read-aloud .text=${speech} subject=${heading} audio=${(!summary && narrationSrc(this.media, page!.audio, this.l.lang, this.assetBase)) || ''}></wr-read-aloud>
      </div>
      ${summary ? this.renderSummary(lesson) : this.renderPage(page!)}
      <div class="nav" part="nav">
        ${this.page > 0
          ? html`<wr-button variant="secondary" size="large" @click=${() => this.go(this.page - 1)}>${this.l.t('lesson.back')}</wr-button>`
          : html`<span class="spacer"></span>`}
        ${summary
          ? html`${lesson.quiz && !this.quiz
                ? html`<wr-button variant="secondary" size="large" @click=${this.openQuiz}>${this.l.t('lesson.quiz')}</wr-button>`
                : nothing}
              <wr-button size="large" @click=${this.done}>${this.l.t('lesson.done')}</wr-button>`
          : html`<wr-button size="large" @click=${() => this.go(this.page + 1)}>${this.page === this.total - 1
              ? this.l.t('lesson.toSummary')
              : this.l.t('lesson.next')}</wr-button>`}
      </div>
    </article>`
  }

  private renderPage(page: Lesson['pages'][number]) {
    const ctx = blockContext(this.l, this.media, this.assetBase)
    return html`${page.picture ? renderPicture(page.picture, ctx, undefined, 'page-picture') : nothing}${renderBlocks(page.blocks, ctx)}`
  }

  private renderSummary(lesson: Lesson) {
    const lang = this.l.lang
    const hidden = new Set(this.hideNext.split(/\s+/))
    return html`<section aria-labelledby="points">
        <h4 id="points">${this.l.t('lesson.keyPoints')}</h4>
        <ul class="points">${lesson.keyPoints.map((k) => html`<li>${star}<span>${pickHtml(k, lang)}</span></li>`)}</ul>
      </section>
      ${this.quiz
        ? html`<section class="quiz" aria-label=${this.l.t('lesson.quiz')}><wr-quiz .quiz=${this.quiz} heading-level="4"></wr-quiz></section>`
        : nothing}
      ${hidden.has('screener') && hidden.has('booking')
        ? nothing
        : html`<section class="next" part="next" aria-labelledby="next">
            <h4 id="next">${this.l.t('lesson.nextHeading')}</h4>
            <div class="nav">
              ${hidden.has('screener') ? nothing : html`<wr-button size="large" @click=${() => this.navigate('screener')}>${this.l.t('case.toScreener')}</wr-button>`}
              ${hidden.has('booking') ? nothing : html`<wr-button variant="secondary" size="large" @click=${() => this.navigate('booking')}>${this.l.t('case.toBooking')}</wr-button>`}
            </div>
          </section>`}
      <details class="statute">
        <summary>${this.l.t('lesson.lawsCited')}</summary>
        <ul class="laws">${lesson.sources.map((s) => html`<li>${citeSource(s, lang)}</li>`)}</ul>
      </details>`
  }
}
