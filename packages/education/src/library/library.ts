import { html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, formatShanghai, isKiosk, resolveLanguage, withCleanPrototypes, withCleanPrototypesAsync } from '@workroom/core'
import '../translations.js'
import type { Audience, CaseStory, ContentPack, Lesson } from '../schema.js'
import { AUDIENCES } from '../constants.js'
import { ContentPackError, describeIssue, type PackIssue } from '../issues.js'
import { pick, pickHtml } from '../pick.js'
import { buildIndex, search, type SearchIndex } from '../search.js'
import { illustration } from '../illustrations.js'
import { ProgressStore, emptyProgress, type Progress } from '../progress.js'
import type { EducationOpenDetail, LessonCompleteDetail, QuizCompleteDetail } from '../events.js'
import { libraryStyles } from './library.styles.js'

type View = { name: 'home' } | { name: 'topic'; id: string } | { name: 'lesson' | 'case' | 'quiz'; id: string; back: View }

export interface ContentErrorDetail {
  issues: PackIssue[]
  /** Whether an earlier good pack is still shown. */
  keptPrevious: boolean
}

const backIcon = html`<svg class="flip" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.5"/></svg>`
const doneIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="3"/></svg>`

/**
 * The rule-of-law library: big illustrated topic tiles, a search that understands Chinese, audience
 * filters, and the lessons, case stories and quizzes themselves.
 * @summary Browse, search and learn; progress stays on this device.
 * @event wr-education-opened - A lesson, case story or quiz was opened; detail: EducationOpenDetail.
 * @event wr-education-open - Deprecated: the same event under its old name (sent too, after wr-education-opened).
 * @event wr-education-content-refused - The content given was not a valid pack; detail: ContentErrorDetail.
 * @event wr-education-content-error - Deprecated: the same event under its old name (sent too, after wr-education-content-refused).
 * @event wr-education-screener-request - Bubbles from a case story: "check if I can get legal aid".
 * @event wr-education-open-screener - Deprecated: the same event under its old name (sent too, after wr-education-screener-request).
 * @event wr-education-booking-request - Bubbles from a case story: "book a consultation".
 * @event wr-education-open-booking - Deprecated: the same event under its old name (sent too, after wr-education-booking-request).
 * @csspart tile - Each topic, lesson or story tile.
 * @csspart search - The search box.
 * @csspart debug - The list of a bad content pack's problems, shown only with `debug`.
 * @cssprop --wr-education-max-width - Maximum width of the reading column.
 */
export class WrLibrary extends WrElement {
  static override styles = [...WrElement.styles, libraryStyles]

  /** A content pack as JSON (object or string). Validated; a bad one keeps the last good pack. */
  @property({ attribute: false }) content: unknown

  /**
   * A county's content pack to fetch (JSON; https or this site's own path). Validated like
   * `content`. With neither `content`, `pack` nor `content-url`, the starter content is shown.
   */
  @property({ attribute: 'content-url' }) contentUrl = ''

  /** Keep progress across visits (a personal device). Off on a kiosk: progress dies with the session. */
  @property({ type: Boolean, attribute: 'keep-progress' }) keepProgress = false

  /** Base URL for relative image and video paths in the pack. */
  @property({ attribute: 'asset-base' }) assetBase = ''

  /**
   * Lists what is wrong with a bad content pack on the page, path by path, for whoever sets the
   * page up. Residents never see it: they get a plain line and the last good or starter content.
   * The list always goes to the console and in `wr-education-content-refused`.
   */
  @property({ type: Boolean, reflect: true }) debug = false

  /** Next steps the host cannot offer, passed to case stories ("booking", "screener"). */
  @property({ attribute: 'hide-next' }) hideNext = ''

  /**
   * A pack already validated (e.g. by `workroom-content check` at publish time, then imported):
   * shown as is, and the validator never loads. Prefer `content` for JSON from elsewhere.
   */
  @property({ attribute: false }) pack?: ContentPack
  @state() problems: PackIssue[] = []
  @state() query = ''
  @state() audiences: Audience[] = []
  @state() view: View = { name: 'home' }
  @state() progress: Progress = emptyProgress()

  private readonly l = new LocalizeController(this, 'education')
  private index?: SearchIndex
  private store?: ProgressStore
  private focusView = false

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener('wr-lesson-completed', this.onLessonComplete as EventListener)
    this.addEventListener('wr-quiz-completed', this.onQuizComplete as EventListener)
    this.addEventListener('wr-education-quiz-request', this.onOpenQuiz as EventListener)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.removeEventListener('wr-lesson-completed', this.onLessonComplete as EventListener)
    this.removeEventListener('wr-quiz-completed', this.onQuizComplete as EventListener)
    this.removeEventListener('wr-education-quiz-request', this.onOpenQuiz as EventListener)
  }

  protected override resetState(): void {
    this.query = ''
    this.audiences = []
    this.view = { name: 'home' }
    this.progress = emptyProgress()
    // Kiosk progress sits in the session database that core deletes; a kept one is read back.
    if (this.store && !this.store.keep) this.store = new ProgressStore(false)
    else void this.store?.load().then((p) => (this.progress = p))
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('content') && this.content !== undefined) this.loadContent(this.content)
    if (changed.has('contentUrl') && this.contentUrl) this.fetchContent(this.contentUrl)
    // Nothing given: the starter pack, again with its text whenever the resident picks another language.
    if (this.content === undefined && !this.contentUrl && this.pack === this.starter && resolveLanguage(this) !== this.starterLang) this.useStarter()
    if (changed.has('query') && this.query.trim()) this.loadVocabulary()
    if (changed.has('keepProgress') || !this.store) {
      this.store = new ProgressStore(this.keepProgress)
      const store = this.store
      void store.load().then((p) => {
        if (this.store === store) this.progress = p
      })
    }
  }

  protected override updated(): void {
    if (!this.focusView) return
    this.focusView = false
    const inner = this.renderRoot.querySelector<WrElement>('wr-lesson, wr-case-story, wr-quiz')
    if (inner) {
      void this.loadViews().then(() => customElements.whenDefined(inner.localName)).then(() => this.focusItem(inner))
    } else this.renderRoot.querySelector<HTMLElement>('.view-heading')?.focus()
  }

  /** The opened item's title is the new page heading: focus it (headings get tabindex -1 once). */
  private focusItem(inner: WrElement): void {
    void inner.updateComplete.then(() => {
      const h = inner.shadowRoot?.querySelector<HTMLElement>('h2')
      if (h && !h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1')
      h?.focus()
    })
  }

  private pending?: Promise<void>
  private views?: Promise<unknown>
  private vocabulary?: typeof import('@workroom/core/vocabulary')

  /**
   * The residents' words shared with the screener ("老板不给钱" → wages), loaded when the search is
   * first used so the library's first paint does not wait for them; results refine when they arrive.
   */
  private loadVocabulary(): void {
    if (this.vocabulary || this.vocabularyLoading) return
    this.vocabularyLoading = true
    this.track(
      import('@workroom/core/vocabulary').then((v) => {
        this.vocabulary = v
        this.requestUpdate()
      }),
    )
  }
  private vocabularyLoading = false

  /** The starter pack as shown (with its language's text), and that language. */
  private starter?: ContentPack
  private starterLang?: string

  /**
   * The starter content: checked when it is written (a test holds it equal to what the validator
   * returns), so it is shown as it is and the validator does not load. Tibetan and Uyghur text
   * is a file of its own, loaded and merged in only when a resident picks that language. A pack
   * given or fetched meanwhile wins: the starter replaces only itself or nothing.
   */
  private useStarter(): void {
    const lang = (this.starterLang = resolveLanguage(this))
    this.track(
      import('../content/starter-text.js').then((m) => m.starterPackIn(lang)).then((pack) => {
        if (this.starterLang !== lang || this.pack !== this.starter) return
        this.pack = this.starter = pack as ContentPack
        this.index = undefined
      }),
    )
  }

  /** Fetches a county pack; a failed fetch is reported like a bad pack (and keeps the last good one). */
  private fetchContent(url: string): void {
    this.track(
      fetch(new URL(url, document.baseURI), { headers: { accept: 'application/json' }, credentials: 'omit' })
        .then(async (res) => {
          if (!res.ok) throw new Error(`HTTP ${res.status}`)
          return res.text()
        })
        .then(
          (text) => {
            if (this.contentUrl === url) this.content = text
          },
          (e: unknown) => {
            if (this.contentUrl !== url) return
            // Residents still get a library: the last good pack, or the starter content. The page's
            // webmaster finds the cause in the console and in the event.
            const issues: PackIssue[] = [{ path: '', code: 'unreachable', params: { url, detail: e instanceof Error ? e.message : String(e) } }]
            console.error(`<wr-library>: the content pack at ${url} could not be loaded (${String(issues[0]!.params!['detail'])}); showing ${this.pack ? 'the last good pack' : 'the starter content'}`)
            this.emit<ContentErrorDetail>('wr-education-content-refused', { issues, keptPrevious: true })
            this.problems = issues
            if (!this.pack) this.useStarter()
          },
        ),
    )
  }

  /** Work that `updateComplete` waits for. */
  private track(run: Promise<void>): void {
    const pending: Promise<void> = run.finally(() => {
      if (this.pending === pending) this.pending = undefined
    })
    this.pending = pending
  }

  private loadContent(json: unknown): void {
    // The validator (zod) loads on first use: a county page pays for it only when content arrives.
    // zod builds and checks out of reach of a page's prototype extensions.
    // The problems' words come with it (problem-words.ts), for the pack a county got wrong.
    const run = withCleanPrototypesAsync(() => Promise.all([import('../load.js'), import('../problem-words.js')])).then(([{ loadContentPack }]) => {
      if (this.content !== json) return
      try {
        const pack = withCleanPrototypes(() => loadContentPack(json))
        this.pack = pack
        this.problems = []
        this.index = buildIndex(pack, this.l.lang)
      } catch (e) {
        if (!(e instanceof ContentPackError)) throw e
        this.problems = e.issues
        const kept = this.pack !== undefined
        console.error(
          `<wr-library>: the content pack has ${e.issues.length} problem(s); showing ${kept ? 'the last good pack' : 'the starter content'} (add debug to list them on the page):\n` +
            e.issues.map((i) => `  ${i.path || '(pack)'}: ${i.code}${i.params ? ` ${JSON.stringify(i.params)}` : ''}`).join('\n'),
        )
        this.emit<ContentErrorDetail>('wr-education-content-refused', { issues: e.issues, keptPrevious: kept })
        // Residents still get a library: the starter content when there was nothing before.
        if (!kept) this.useStarter()
      }
    })
    this.track(run)
  }

  /** Also waits for content being validated, so `await el.updateComplete` shows the pack. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete()
    while (this.pending) {
      await this.pending
      done = await super.getUpdateComplete()
    }
    if (this.views) await this.views
    return done
  }

  /** Loads the lesson, case story, quiz and video elements (once). */
  private loadViews(): Promise<unknown> {
    this.views ??= import('./views.js')
    return this.views
  }

  private readonly onLessonComplete = (e: CustomEvent<LessonCompleteDetail>): void => {
    void this.store?.markLesson(e.detail.lessonId).then((p) => (this.progress = p))
    if (this.view.name === 'lesson') {
      const back = this.view.back
      // "Done" returns to where the resident came from; "Quiz" opens the quiz next.
      queueMicrotask(() => {
        if (this.view.name === 'lesson') this.go(back)
      })
    }
  }

  private readonly onQuizComplete = (e: CustomEvent<QuizCompleteDetail>): void => {
    void this.store?.recordQuiz(e.detail.quizId, e.detail.score, e.detail.total).then((p) => (this.progress = p))
  }

  private readonly onOpenQuiz = (e: CustomEvent<{ quizId: string }>): void => {
    const back = this.view.name === 'lesson' ? this.view.back : this.view
    this.go({ name: 'quiz', id: e.detail.quizId, back })
  }

  private go(view: View): void {
    if (view.name !== 'home' && view.name !== 'topic') void this.loadViews()
    this.view = view
    this.focusView = true
    if (view.name === 'lesson' || view.name === 'case' || view.name === 'quiz') {
      this.emit<EducationOpenDetail>('wr-education-opened', { kind: view.name, id: view.id })
    }
  }

  /** Opens a lesson, case story or quiz by id (for hosts: the attract feed's "open"). */
  open(kind: 'lesson' | 'case' | 'quiz', id: string): void {
    this.go({ name: kind, id, back: this.view.name === 'topic' ? this.view : { name: 'home' } })
  }

  private toggleAudience(a: Audience): void {
    this.audiences = this.audiences.includes(a) ? this.audiences.filter((x) => x !== a) : [...this.audiences, a]
  }

  override render() {
    const lang = this.l.lang
    return html`<div class="box" lang=${lang} dir=${this.l.dir}>
      ${this.problems.length ? this.renderProblems() : nothing}
      ${this.pack ? this.renderView(this.pack) : this.problems.length ? nothing : html`<p>${this.l.t('library.loading')}</p>`}
    </div>`
  }

  /** A plain line for residents; the paths and codes only with `debug` (for whoever sets up the page). */
  private renderProblems() {
    const t = (key: string, params?: Record<string, unknown>) => this.l.t(key, params)
    return html`<div class="problems" role="status">
      <p>${this.l.t('library.problemsResident')}</p>
      ${this.debug
        ? html`<div part="debug">
            <h2>${this.l.t('library.problemsDebug')}</h2>
            <ul>${this.problems.map((i) => html`<li><code>${describeIssue(i, t)}</code></li>`)}</ul>
          </div>`
        : nothing}
    </div>`
  }

  private renderView(pack: ContentPack) {
    const view = this.view
    switch (view.name) {
      case 'home':
        return this.renderHome(pack)
      case 'topic':
        return this.renderTopic(pack, view.id)
      default:
        return this.renderItem(pack, view)
    }
  }

  private renderBack(to: View) {
    return html`<wr-button variant="quiet" class="back" @click=${() => this.go(to)}>
      <span slot="icon">${backIcon}</span>${to.name === 'home' ? this.l.t('library.backHome') : this.l.t('library.backTopic')}
    </wr-button>`
  }

  private renderItem(pack: ContentPack, view: Extract<View, { back: View }>) {
    void this.loadViews() // once; also covers a view set directly by the host
    const back = this.renderBack(view.back)
    if (view.name === 'lesson') {
      const lesson = pack.lessons.find((x) => x.id === view.id)
      return html`${back}<wr-lesson .lesson=${lesson} .quiz=${pack.quizzes.find((q) => q.id === lesson?.quiz)} .media=${pack.media} asset-base=${this.assetBase} hide-next=${this.hideNext}></wr-lesson>`
    }
    if (view.name === 'case') {
      const story = pack.cases.find((x) => x.id === view.id)
      return html`${back}<wr-case-story .story=${story} .media=${pack.media} asset-base=${this.assetBase} hide-next=${this.hideNext}></wr-case-story>`
    }
    const quiz = pack.quizzes.find((x) => x.id === view.id)
    return html`${back}<wr-quiz .quiz=${quiz}></wr-quiz>`
  }

  private renderHome(pack: ContentPack) {
    const lang = this.l.lang
    const searching = this.query.trim() !== '' || this.audiences.length > 0
    if (!this.index || this.index.lang !== lang) this.index = buildIndex(pack, lang)
    const hits = searching ? search(this.index, this.query, this.audiences, this.vocabulary?.matchConcepts(this.query) ?? []) : []
    return html`<h2 class="view-heading" tabindex="-1">${this.l.t('library.heading')}</h2>
      <p class="lead">${this.l.t('library.lead')}</p>
      <form class="search" role="search" part="search" @submit=${(e: Event) => e.preventDefault()}>
        <label for="q">${this.l.t('library.searchLabel')}</label>
        <p class="hint" id="q-hint">${this.l.t('library.searchHint')}</p>
        <input id="q" type="search" aria-describedby="q-hint" .value=${this.query} autocomplete="off"
          @focus=${() => this.loadVocabulary()}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </form>
      <fieldset class="audiences">
        <legend>${this.l.t('library.audienceLegend')}</legend>
        <div class="chips">
          ${AUDIENCES.map(
            (a) => html`<button type="button" class="chip" aria-pressed=${this.audiences.includes(a) ? 'true' : 'false'} @click=${() => this.toggleAudience(a)}>
              ${this.audiences.includes(a) ? html`<span class="chip-mark">${doneIcon}</span>` : nothing}${this.audienceLabel(a)}
            </button>`,
          )}
        </div>
      </fieldset>
      <p class="count" role="status">${searching ? this.l.t('library.results', { count: hits.length }) : ''}</p>
      ${searching
        ? html`<ul class="tiles" aria-label=${this.l.t('library.resultsLabel')}>
            ${hits.map((h) => {
              const item = h.kind === 'lesson' ? pack.lessons.find((x) => x.id === h.id) : pack.cases.find((x) => x.id === h.id)
              return item ? html`<li>${this.renderTile(h.kind, item)}</li>` : nothing
            })}
          </ul>
          ${hits.length === 0 ? html`<p>${this.l.t('library.noResults')}</p>` : nothing}`
        : html`<h3 class="section-heading">${this.l.t('library.topics')}</h3>
          <ul class="tiles topics">
            ${pack.topics.map(
              (t) => html`<li><button type="button" class="tile" part="tile" @click=${() => this.go({ name: 'topic', id: t.id })}>
                ${illustration(t.illustration)}<span class="tile-title">${pickHtml(t.title, lang)}</span>
                <span class="tile-meta">${this.l.t('library.topicCount', {
                  count: pack.lessons.filter((x) => x.topic === t.id).length + pack.cases.filter((x) => x.topic === t.id).length,
                })}</span>
              </button></li>`,
            )}
          </ul>`}
      <p class="meta">${this.renderMeta(pack)}</p>`
  }

  /**
   * Who wrote the content and when, in words a resident reads: a county pack names its publisher,
   * the starter content only its date. Version numbers are for staff (the kiosk's staff screen).
   */
  private renderMeta(pack: ContentPack): string {
    // Noon UTC is the same calendar day in Beijing.
    const date = formatShanghai(Date.parse(`${pack.authored}T12:00:00Z`), this.l.lang, { dateStyle: 'long' })
    return pack.id === 'starter' ? this.l.t('library.updated', { date }) : this.l.t('library.updatedBy', { date, publisher: pick(pack.publisher, this.l.lang) })
  }

  private renderTopic(pack: ContentPack, id: string) {
    const lang = this.l.lang
    const topic = pack.topics.find((t) => t.id === id)
    const lessons = pack.lessons.filter((x) => x.topic === id)
    const cases = pack.cases.filter((x) => x.topic === id)
    const quizzes = pack.quizzes.filter((x) => x.topic === id)
    return html`${this.renderBack({ name: 'home' })}
      <h2 class="view-heading" tabindex="-1">${topic ? pickHtml(topic.title, lang) : ''}</h2>
      ${topic?.track && lessons.length ? this.renderTrack(lessons) : nothing}
      ${lessons.length
        ? html`<h3 class="section-heading">${this.l.t('library.lessons')}</h3>
            <ul class="tiles">${lessons.map((x, i) => html`<li>${this.renderTile('lesson', x, topic?.track ? i + 1 : 0)}</li>`)}</ul>`
        : nothing}
      ${cases.length
        ? html`<h3 class="section-heading">${this.l.t('library.cases')}</h3>
            <ul class="tiles">${cases.map((x) => html`<li>${this.renderTile('case', x)}</li>`)}</ul>`
        : nothing}
      ${quizzes.length
        ? html`<h3 class="section-heading">${this.l.t('library.quizzes')}</h3>
            <ul class="tiles">${quizzes.map((q) => {
              const best = this.progress.quizzes[q.id]
              return html`<li><button type="button" class="tile small" part="tile" @click=${() => this.go({ name: 'quiz', id: q.id, back: { name: 'topic', id } })}>
                ${illustration('book')}<span class="tile-title">${pickHtml(q.title, lang)}</span>
                ${best ? html`<span class="tile-meta">${this.l.t('library.best', { score: best.score, total: best.total })}</span>` : nothing}
              </button></li>`
            })}</ul>`
        : nothing}`
  }

  /**
   * A course (the 法律明白人 track): how far this device has got and "continue" to the next lesson
   * not yet finished. Progress is ids and scores only, kept where `keep-progress` says.
   */
  private renderTrack(lessons: Lesson[]) {
    const done = lessons.filter((x) => this.progress.lessons.includes(x.id)).length
    const nextIndex = lessons.findIndex((x) => !this.progress.lessons.includes(x.id))
    const next = lessons[nextIndex]
    const back: View = this.view.name === 'topic' ? this.view : { name: 'home' }
    return html`<section class="track" aria-labelledby="track-heading">
      <h3 id="track-heading" class="section-heading">${this.l.t('library.trackHeading')}</h3>
      <p class="track-count" id="track-count">${this.l.t('library.trackCount', { done, count: lessons.length })}</p>
      <progress max=${lessons.length} .value=${done} aria-labelledby="track-count"></progress>
      ${next
        ? html`<wr-button class="continue" @click=${() => this.go({ name: 'lesson', id: next.id, back })}
            >${done ? this.l.t('library.trackContinue', { n: nextIndex + 1 }) : this.l.t('library.trackStart')}</wr-button
          >`
        : html`<p class="track-done">${doneIcon}${this.l.t('library.trackAllDone')}</p>`}
      <p class="hint">${this.keepProgress ? this.l.t('library.trackKept') : isKiosk(this) ? this.l.t('library.trackSession') : this.l.t('library.trackDevice')}</p>
    </section>`
  }

  private renderTile(kind: 'lesson' | 'case', item: Lesson | CaseStory, number = 0) {
    const lang = this.l.lang
    const done = kind === 'lesson' && this.progress.lessons.includes(item.id)
    const back: View = this.view.name === 'topic' ? this.view : { name: 'home' }
    return html`<button type="button" class="tile" part="tile" @click=${() => this.go({ name: kind, id: item.id, back })}>
      ${illustration(item.illustration)}
      <span class="tile-kind">${number ? this.l.t('library.trackLesson', { n: number }) : kind === 'lesson' ? this.l.t('library.kindLesson') : this.l.t('library.kindCase')}</span>
      <span class="tile-title">${pickHtml(item.title, lang)}</span>
      <span class="tile-summary">${pickHtml(item.summary, lang)}</span>
      ${done ? html`<span class="tile-done">${doneIcon}${this.l.t('library.done')}</span>` : nothing}
    </button>`
  }

  private audienceLabel(a: Audience): string {
    switch (a) {
      case 'elderly':
        return this.l.t('audience.elderly')
      case 'farmers':
        return this.l.t('audience.farmers')
      case 'migrant-workers':
        return this.l.t('audience.migrantWorkers')
      case 'women':
        return this.l.t('audience.women')
      case 'youth':
        return this.l.t('audience.youth')
    }
  }
}
