import { html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { HeadingFocus, LocalizeController, WrElement, loadLanguage, resolveLanguage, type Language, type ResetReason } from '@workroom/core'
import type { HardshipParams, RulePack, Screening } from '@workroom/rules/engine'
import { engine, engineLoaded, loadEngine, questionPages } from './engine.js'
import '../translations.js'
import { screenerStyles } from './aid-screener.styles.js'
import { ScreeningSession, UNKNOWN, type Answer, type LaterView } from './screening-session.js'
import { questionParams } from './questions.js'
import { recommendedService, type ScreeningBookDetail, type ScreeningCompleteDetail, type ScreeningPlaceRequestDetail, type ScreeningStepDetail } from './events.js'
import { PackLoader } from './pack-loader.js'
import { renderDebug, renderStart, type StartViewHost } from './start-view.js'
import type { QuestionViewHost } from './question-view.js'
import type { ResultViewHost } from './result-view.js'
import type { ApplicationOptions } from '../application/screener-view.js'
import type { Directory } from '@workroom/core/directory/schema'

/**
 * Guides a resident through a legal-aid self-screening: one question at a time, only the
 * questions that can still change the answer, and a result that says why, citing the law.
 * Asks no name, ID number or phone; keeps answers in memory only.
 * @summary One question at a time; explains every result with the law.
 * @event wr-screening-step-change - A question is shown; detail: ScreeningStepDetail.
 * @event wr-screening-step - Deprecated: the same event under its old name (sent too, after wr-screening-step-change).
 * @event wr-screening-completed - The result is shown; detail: ScreeningCompleteDetail.
 * @event wr-screening-complete - Deprecated: the same event under its old name (sent too, after wr-screening-completed).
 * @event wr-screening-book-request - The resident chose to book; detail: ScreeningBookDetail (only what they agreed to share). Cancel it to handle booking yourself; otherwise the screener goes to booking-href, else to the page's <wr-booking>, else shows how to book by phone or in person.
 * @event wr-screening-book - Deprecated: the same event under its old name (sent too, after wr-screening-book-request).
 * @event wr-screening-exited - Quick exit was used; everything was cleared.
 * @event wr-screening-exit - Deprecated: the same event under its old name (sent too, after wr-screening-exited).
 * @event wr-screening-place-request - "Map and opening hours" on a place the result names (with `directory-href`); detail: ScreeningPlaceRequestDetail. Cancel it to show the place yourself.
 * @csspart base - The outer box.
 * @csspart question - The current question's heading.
 * @csspart result - The result panel.
 * @csspart debug - The list of configuration problems, shown only with the `debug` attribute.
 * @cssprop --wr-screener-max-width - Maximum width when embedded (default 768px).
 */
export class WrAidScreener extends WrElement {
  static override styles = [...WrElement.styles, screenerStyles]

  /**
   * Resolves once the elements the question pages use are defined (`define.ts` loads them after
   * the start page); a host registering the element itself defines them first.
   */
  static questionElements: Promise<void> = Promise.resolve()

  /** Region overlay: 'CN-NX' Ningxia, 'CN-GD-ZS' Zhongshan, 'CN-JS' Jiangsu; empty = national rules only. */
  @property() region = ''
  /** Ningxia (CN-NX): the local 低保 standard, yuan per person per month; the line is 2 × this. */
  @property({ type: Number, attribute: 'dibao-monthly' }) dibaoMonthly?: number
  /** Jiangsu (CN-JS): the monthly minimum wage of the area's tier (一类/二类/三类), yuan; the line is this. */
  @property({ type: Number, attribute: 'minimum-wage-monthly' }) minimumWageMonthly?: number
  /** Zhongshan (CN-GD-ZS), optional: a newer previous-year urban disposable income per head per month, yuan; the line is 50 % of it. */
  @property({ type: Number, attribute: 'disposable-income-monthly' }) disposableIncomeMonthly?: number
  /** The same figures as one object (JavaScript only); an attribute wins over it. */
  @property({ attribute: false }) hardshipParams: HardshipParams = {}
  /** The workroom or judicial office the resident should go to. */
  @property({ attribute: 'office-name' }) officeName = ''
  @property({ attribute: 'office-address' }) officeAddress = ''
  /** The office's phone: how to book when the page has no online booking. */
  @property({ attribute: 'office-phone' }) officePhone = ''
  /**
   * The county's service directory (a workroom config's `directory`): the result then names this
   * workroom first, then the judicial office and the county legal-aid centre, and under each route
   * its place, with the directory's addresses and phones.
   */
  @property({ attribute: false }) directory?: Directory
  /** This workroom's id in `directory`. */
  @property() here = ''
  /** What the host knows of this workroom today (who is on duty, the mediator), shown under its name. */
  @property({ attribute: false }) hereToday: string[] = []
  /**
   * With it, each place has a "map and opening hours" button: it sends `wr-screening-place-request`
   * (cancelable; the kiosk opens its directory screen) and otherwise goes to `<directory-href>#<id>`.
   */
  @property({ attribute: 'directory-href' }) directoryHref = ''
  /**
   * Where "book a consultation" leads. Without it: the page's `<wr-booking>` if it has one,
   * else a page with the office's phone and address (and the 12348 hotline).
   */
  @property({ attribute: 'booking-href' }) bookingHref = ''
  /**
   * Shows the webmaster, on the page, what is missing or wrong in the embed (it is always written
   * to the console). Leave off on a live page: residents never see these notes.
   */
  @property({ type: Boolean, reflect: true }) debug = false
  /** Where quick exit goes after clearing (a harmless page). */
  @property({ attribute: 'exit-href' }) exitHref = ''

  /**
   * Answers to start from (resume, or a host that already knows some facts). Setting it shows
   * the next question, or the result.
   */
  @property({ attribute: false }) answers?: Answer[]

  /**
   * Offer "save and continue later": the answers only, encrypted under a short resume code,
   * kept on this device for `resume-days`. Leave off on shared kiosks.
   */
  @property({ type: Boolean, attribute: 'save-resume' }) saveResume = false
  @property({ type: Number, attribute: 'resume-days' }) resumeDays = 7
  /** The county service's office URL (as booking's `service-url`): "申请法律援助" sends applications there. */
  @property({ attribute: 'application-url' }) applicationUrl = ''
  /** A kiosk's outbox, villages and ids for applications. */
  @property({ attribute: false }) application: ApplicationOptions = {}

  /**
   * The resident's answers and where they are in the flow: all they typed or tapped, in one object,
   * so a reset is one assignment. Changed by the intents below, each followed by a render.
   */
  @state() private session = new ScreeningSession()
  @state() private announcement = ''
  @state() private problems: string[] = []

  private readonly l = new LocalizeController(this, 'screening')
  /** Each new page's heading takes focus and the top of the page is in view. */
  private readonly headingFocus = new HeadingFocus(this, { selector: 'h2', scroll: true })
  /** The rules in use; until the engine has loaded only the start page shows. */
  private pack?: RulePack
  /** `answers` arrived before the engine: applied when it does. */
  private answersPending = false
  /** Configuration problems already written to the console. */
  private readonly reported = new Set<string>()
  private readonly packs = new PackLoader({ use: (pack) => this.usePack(pack), report: (problem, log) => this.report(problem, log) })
  /** The language of the pack's words: English loads only for a resident who reads it. */
  private packLang: Language = 'zh-Hans'
  /** Whether the pack's words are wanted yet: not for the questions, only for the result pages. */
  private wantsText = false
  /** The result, consent and saved pages: their own chunk, loaded while the resident answers. */
  private views?: typeof import('./result-view.js')
  private viewsLoad?: Promise<void>

  /**
   * Resolves after rendering in the element's language (strings loaded), after a region's
   * overlay is applied, and once a result page can show.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete()
    if (!engineLoaded()) {
      await loadEngine()
      // `answers` that came before the engine are applied in the update its arrival requested.
      await super.getUpdateComplete()
    }
    if (this.session.view !== 'start' || this.saveResume) await WrAidScreener.questionElements
    await loadLanguage(this.packLang)
    await this.packs.current
    if (this.session.later) await this.loadViews()
    return super.getUpdateComplete()
  }

  /** Loads the result pages and the pack's words for them (once). */
  private async loadViews(): Promise<void> {
    this.viewsLoad ??= import('./result-view.js').then((m) => {
      this.views = m
      this.requestUpdate()
    })
    if (!this.wantsText) {
      this.wantsText = true
      this.loadPack()
    }
    await Promise.all([this.viewsLoad, this.packs.current])
  }

  /** Fetches the result pages once a question is on screen, when the browser is idle. */
  private prefetchViews(): void {
    if (this.viewsLoad) return
    const load = () => void this.loadViews()
    if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 })
    else setTimeout(load, 200)
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed as never)
    if (this.session.view === 'question') this.prefetchViews()
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if ((changed.has('answers') && this.answers) || this.answersPending) {
      if (engineLoaded() && this.answers) {
        this.answersPending = false
        this.session.startFrom(this.answers)
      } else if (!this.answersPending) {
        this.answersPending = true
        void loadEngine().then(() => this.requestUpdate())
      }
    }
    const lang = resolveLanguage(this)
    const figures = ['dibaoMonthly', 'minimumWageMonthly', 'disposableIncomeMonthly'] as const
    if (changed.has('region') || changed.has('hardshipParams') || figures.some((k) => changed.has(k)) || lang !== this.packLang) {
      this.packLang = lang
      this.loadPack()
    }
  }

  /** The local figures: the attributes, over the `hardshipParams` property. */
  private params(): HardshipParams {
    const out: HardshipParams = { ...this.hardshipParams }
    for (const k of ['dibaoMonthly', 'minimumWageMonthly', 'disposableIncomeMonthly'] as const) {
      const v = this[k]
      if (typeof v === 'number' && Number.isFinite(v)) out[k] = v
    }
    return out
  }

  private loadPack(): void {
    void this.packs.load({ region: this.region, params: this.params(), lang: this.packLang, wantsText: this.wantsText })
  }

  private usePack(pack: RulePack): void {
    if (pack === this.pack) return
    this.pack = pack
    this.session.usePack(pack)
    this.requestUpdate()
  }

  private get result(): Screening {
    return this.session.result
  }

  /** The question's words; the income tap names the household's size and its line. */
  private questionTitle(fact: string): string {
    return this.l.t(`questions.${fact}.title`, questionParams(fact, this.pack ?? engine().nationalRules, this.session.facts, (n) => this.l.number(n)))
  }

  /** A change of page in the session: render it and focus its heading. */
  private act(change: () => void): void {
    change()
    void this.show()
  }

  /** Renders the session's new state, then focuses the new page's heading. */
  private show(): Promise<void> {
    return this.headingFocus.after()
  }

  private get startHost(): StartViewHost {
    return {
      l: this.l,
      session: this.session,
      saveResume: this.saveResume,
      begin: () => void this.begin(),
      resume: () => void this.resume(),
      changed: () => this.requestUpdate(),
    }
  }

  private get questionHost(): QuestionViewHost {
    return {
      l: this.l,
      session: this.session,
      host: this,
      kiosk: this.kiosk,
      exitHref: this.exitHref,
      saveResume: this.saveResume,
      questionTitle: (fact) => this.questionTitle(fact),
      changed: () => this.requestUpdate(),
      announce: (text) => (this.announcement = text),
      submit: () => this.submitCurrent(),
      commit: (fact, value) => this.commit(fact, value),
      back: () => void this.goBack(),
      save: () => void this.save(),
      toggleAutoRead: () => this.toggleAutoRead(),
      switchTyping: () => void this.switchTyping(),
      quickExit: () => this.onQuickExit(),
    }
  }

  /** What the lazily loaded pages see of this element, and the intents they send back. */
  private get viewHost(): ResultViewHost {
    const s = this.session
    return {
      l: this.l,
      pack: this.pack ?? engine().nationalRules,
      result: this.result,
      answers: s.answers,
      facts: s.facts,
      officeName: this.officeName,
      officeAddress: this.officeAddress,
      officePhone: this.officePhone,
      host: this,
      directory: this.directory,
      here: this.here,
      hereToday: this.hereToday,
      directoryHref: this.directoryHref,
      openPlace: (entry, route) => this.openPlace(entry, route),
      exitHref: this.exitHref,
      shareChoices: s.shareChoices,
      resumeCode: s.resumeCode,
      resumeExpires: s.resumeExpires,
      questionTitle: (fact) => this.questionTitle(fact),
      otherProblems: () => this.act(() => s.otherProblems()),
      otherResult: () => {
        if (s.otherResult()) this.emitComplete(this.result)
        void this.show()
      },
      quickExit: () => this.onQuickExit(),
      openConsent: () => this.act(() => s.openConsent()),
      print: () => this.print(),
      startOver: () => this.act(() => s.startOver()),
      change: (fact) => this.act(() => s.change(fact)),
      book: () => this.book(),
      apply: () => this.act(() => (s.view = 'apply')),
      application: { ...this.application, url: this.applicationUrl, kiosk: this.kiosk, elder: this.elder },
      back: () => void this.goBack(),
      keepGoing: () => void this.advance(),
      share: (choices) => {
        s.shareChoices = choices
        this.requestUpdate()
      },
    }
  }

  /** A place the result names, in the directory: the host may show it (the kiosk does), else the page at directory-href. */
  private openPlace(entry: string, route?: string): void {
    const detail: ScreeningPlaceRequestDetail = { entry, ...(route ? { route } : {}) }
    if (!this.emit('wr-screening-place-request', detail, { cancelable: true })) return
    if (this.directoryHref) location.assign(`${this.directoryHref}#${encodeURIComponent(entry)}`)
  }

  /** Writes a configuration problem to the console (once, unless already written) and keeps it for the debug notice. */
  private report(problem: string, log = true): void {
    if (this.reported.has(problem)) return
    this.reported.add(problem)
    this.problems = [...this.problems, problem]
    if (log) console.error(`<wr-aid-screener>: ${problem}`)
  }

  /** What the embed lacks, checked once the page around it has been parsed. */
  private checkEmbed(): void {
    void import('./embed-check.js').then((m) => {
      for (const problem of m.embedProblems(this, document)) this.report(problem)
    })
  }

  override firstUpdated(): void {
    // After the rest of the page is parsed: a <wr-booking> further down counts.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.checkEmbed(), { once: true })
    else setTimeout(() => this.checkEmbed())
  }

  override render() {
    const view = this.session.view
    return html`<div class="base" part="base" lang=${this.l.lang} dir=${this.l.dir}>
      ${renderDebug(this.l, this.debug, this.problems)}
      ${view === 'start' ? renderStart(this.startHost) : !engineLoaded() ? nothing : view === 'question' ? questionPages().renderQuestion(this.questionHost) : this.renderLater(view)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`
  }

  /** The "other", result, consent, saved or contact page; nothing for the moment it takes its chunk to arrive. */
  private renderLater(view: LaterView) {
    if (!this.views) {
      void this.loadViews()
      return nothing
    }
    const h = this.viewHost
    if (view === 'other') return html`${questionPages().renderTop(this.questionHost, this.session.answers.length + 1)}${this.views.renderOther(h)}`
    const { renderResult, renderConsent, renderSaved, renderContact, renderApply } = this.views
    return (view === 'result' ? renderResult : view === 'consent' ? renderConsent : view === 'saved' ? renderSaved : view === 'apply' ? renderApply : renderContact)(h)
  }

  private submitCurrent(): void {
    const s = this.session
    const fact = s.answering
    if (!fact) return
    const parsed = questionPages().parseAnswer(fact, s.draft, s.typing, (key, options) => this.l.t(key, options))
    if (!parsed.ok) {
      s.fieldError = parsed.error
      this.announcement = parsed.error
      this.requestUpdate()
      void this.updateComplete.then(() => this.focusAnswer())
      return
    }
    this.commit(fact, parsed.value)
  }

  private commit(fact: string, value: unknown): void {
    this.session.commit(fact, value)
    void this.advance()
  }

  private async begin(): Promise<void> {
    this.session.clear()
    this.session.draft = undefined
    await loadEngine()
    await this.advance()
  }

  /** Shows the next question or the result, and moves focus to its heading. */
  private async advance(): Promise<void> {
    const step = this.session.advance()
    if (step.view === 'question') this.emit<ScreeningStepDetail>('wr-screening-step-change', { step: step.step, fact: step.fact })
    else this.announcement = ''
    if (step.view === 'result' && step.complete) this.emitComplete(this.result)
    await this.show()
    if (this.session.view === 'question') questionPages().readQuestion(this.questionHost)
  }

  private toggleAutoRead(): void {
    this.session.autoRead = !this.session.autoRead
    this.requestUpdate()
    if (this.session.autoRead) questionPages().readQuestion(this.questionHost)
  }

  private emitComplete(r: Screening): void {
    const chosen = this.session.facts.problem
    const problem = typeof chosen === 'string' && chosen !== UNKNOWN ? chosen : undefined
    this.emit<ScreeningCompleteDetail>('wr-screening-completed', {
      outcome: r.outcome!,
      urgent: r.urgent,
      reasons: r.reasons,
      routes: r.routes,
      materials: r.materials,
      ...(r.means ? { means: r.means } : {}),
      region: this.region || 'CN',
      questions: this.session.answers.length,
      ...(problem ? { problem } : {}),
      disputeCategory: engine().disputeCategory(problem ?? 'other'),
    })
  }

  private async goBack(): Promise<void> {
    this.session.goBack()
    await this.show()
  }

  private book(): void {
    const r = this.result
    const share = new Set(this.session.shareChoices)
    const problem = this.session.facts.problem
    const detail: ScreeningBookDetail = {
      recommends: recommendedService(r),
      outcome: r.outcome!,
      routes: share.has('outcome') ? r.routes : [],
      ...(share.has('urgent') ? { urgent: r.urgent } : {}),
      ...(share.has('problem') && typeof problem === 'string' ? { problem } : {}),
    }
    const proceed = this.emit<ScreeningBookDetail>('wr-screening-book-request', detail, { cancelable: true })
    if (!proceed) return
    if (this.bookingHref) return window.location.assign(this.bookingHref)
    const booking = document.querySelector<HTMLElement>('wr-booking')
    if (booking) {
      booking.scrollIntoView({ block: 'start' })
      booking.focus()
      return
    }
    // No online booking on this page: how to book by phone or in person.
    this.session.view = 'contact'
    void this.show()
  }

  private print(): void {
    // Closed <details> do not print: open every reason first.
    for (const d of this.renderRoot.querySelectorAll('details')) d.open = true
    window.print()
  }

  private onQuickExit(): void {
    this.emit('wr-screening-exited', {})
  }

  /** Session reset (idle, clear and exit, quick exit): forget every answer, in one assignment. */
  protected override resetState(_reason: ResetReason): void {
    this.session = new ScreeningSession(this.pack)
    this.announcement = ''
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.saveResume) void this.resumeStore().then((store) => store.purgeExpired())
  }

  /** The resume store (and idb, WebCrypto code) loads only for hosts that enable it. */
  private resumeStore(): Promise<typeof import('./resume-store.js')> {
    return import('./resume-store.js')
  }

  private async resume(): Promise<void> {
    const s = this.session
    const { loadAnswers } = await this.resumeStore()
    const r = await loadAnswers(s.resumeInput)
    if (!r.ok) {
      s.resumeError = this.l.t(`resume.errors.${r.reason}`)
      this.announcement = s.resumeError
      this.requestUpdate()
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('wr-text-field')?.focus()
      return
    }
    s.resumeError = ''
    s.resumeInput = ''
    s.restore(r.answers)
    await loadEngine()
    await this.advance()
  }

  private async save(): Promise<void> {
    const s = this.session
    const { newResumeCode, saveAnswers } = await this.resumeStore()
    s.resumeCode ||= newResumeCode()
    s.resumeExpires = await saveAnswers(s.resumeCode, s.answers, this.resumeDays)
    // The saved page is in the lazily loaded chunk: have it before switching, so the code never shows as a blank page.
    await this.loadViews()
    s.view = 'saved'
    await this.show()
  }

  private async switchTyping(): Promise<void> {
    this.session.switchTyping()
    this.requestUpdate()
    await this.updateComplete
    this.focusAnswer()
  }

  private focusAnswer(): void {
    this.renderRoot.querySelector<HTMLElement>('wr-choice-list, wr-text-field, wr-keypad')?.focus()
  }

  /** Focuses the current heading (the kiosk calls this when the screen opens). */
  override focus(): void {
    this.headingFocus.focus()
  }
}
