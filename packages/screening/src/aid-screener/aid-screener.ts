import { html, nothing, type TemplateResult } from 'lit'
import { keyed } from 'lit/directives/keyed.js'
import { property, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, isElder, isKiosk, loadLanguage, showStep, speak, voiceListed, withCleanPrototypes, withCleanPrototypesAsync, normalizeNumber, resolveLanguage, type ChoiceOption, type Language, type ResetReason } from '@workroom/core'
import type { DisputeCategory, HardshipParams, RulePack, Screening } from '@workroom/rules/engine'
import { engine, engineLoaded, loadEngine } from './engine.js'
import '../translations.js'
import { screenerStyles } from './aid-screener.styles.js'
import { ScreeningSession, type Answer } from './screening-session.js'
import { COMMON_PROBLEMS, OTHER_PROBLEMS, PROBLEM_PICTURES } from './problems.js'
import { picture } from '@workroom/core/illustrations'
import { HOUSEHOLD_SIZE_TAPS, TYPED_FORM, questionParams } from './questions.js'
import type { ResultViewHost } from './result-view.js'
import type { Directory } from '@workroom/core/directory/schema'

/** What `wr-screening-complete` carries: the result, never who the resident is. */
export interface ScreeningCompleteDetail {
  outcome: NonNullable<Screening['outcome']>
  urgent: boolean
  reasons: Screening['reasons']
  routes: string[]
  materials: string[]
  means?: Screening['means']
  region: string
  /** How many questions it took. */
  questions: number
  /** The problem the resident chose (a `PROBLEMS` id); absent when they answered "I don't know". */
  problem?: string
  /**
   * The mediation statistics category of that problem (`disputeCategory(problem)` of
   * @workroom/rules: 'labour', 'marriage-family', …), 'other' without a problem: for anonymous
   * counts by category.
   */
  disputeCategory: DisputeCategory
}

export interface ScreeningStepDetail {
  /** 1-based number of the question now shown. */
  step: number
  fact: string
}

/**
 * Which kind of booking the result recommends, in the booking services' own vocabulary (a
 * county's config names its services as it likes; their `kind` says what they are).
 */
export type RecommendedService = 'legal-aid' | 'mediation' | 'legal-consultation'

/** What the resident agreed to hand to booking. Only ticked items are present. */
/** A place the result names, to show in the service directory: its entry id, and the route that named it. */
export interface ScreeningPlaceRequestDetail {
  entry: string
  route?: string
}

export interface ScreeningBookDetail {
  /** The kind of service to offer first (not personal: it only opens the right booking). */
  recommends: RecommendedService
  outcome: NonNullable<Screening['outcome']>
  urgent?: boolean
  problem?: string
  routes: string[]
}

type View = 'start' | 'question' | 'other' | 'result' | 'consent' | 'saved' | 'contact'
const UNKNOWN = 'unknown'
const YES = 'yes'
const NO = 'no'

const AID_OUTCOMES = new Set(['mandatory-appointment', 'eligible-no-means-test', 'eligible-means-waived', 'likely-eligible', 'likely-ineligible-means'])

/** Legal aid when the result says it can be applied for; mediation when that is the first way on; else a consultation. */
export function recommendedService(r: Pick<Screening, 'outcome' | 'routes'>): RecommendedService {
  if (r.outcome && AID_OUTCOMES.has(r.outcome)) return 'legal-aid'
  if (r.routes.slice(0, 2).some((x) => x.endsWith('mediation'))) return 'mediation'
  return 'legal-consultation'
}

/** Regions already reported as due for checking on this page: once is enough for the webmaster. */
const reportedDue = new Set<string>()


/**
 * Guides a resident through a legal-aid self-screening: one question at a time, only the
 * questions that can still change the answer, and a result that says why, citing the law.
 * Asks no name, ID number or phone; keeps answers in memory only.
 * @summary One question at a time; explains every result with the law.
 * @event wr-screening-step - A question is shown; detail: ScreeningStepDetail.
 * @event wr-screening-complete - The result is shown; detail: ScreeningCompleteDetail.
 * @event wr-screening-book - The resident chose to book; detail: ScreeningBookDetail (only what they agreed to share). Cancel it to handle booking yourself; otherwise the screener goes to booking-href, else to the page's <wr-booking>, else shows how to book by phone or in person.
 * @event wr-screening-exit - Quick exit was used; everything was cleared.
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

  @state() private view: View = 'start'
  @state() private resumeCode = ''
  @state() private resumeExpires = 0
  @state() private resumeInput = ''
  @state() private resumeError = ''
  @state() private problemFilter = ''
  @state() private showAllProblems = false
  @state() private draft: unknown = undefined
  @state() private fieldError = ''
  /** The resident chose to type a number instead of tapping (an income amount, a large household). */
  @state() private typing = false
  @state() private shareChoices: string[] = []
  @state() private announcement = ''
  /** The resident asked for each question to be read out as it appears (kiosk, where there is a voice). */
  @state() private autoRead = false

  private readonly l = new LocalizeController(this, 'screening')
  /** The rules in use; their words (for the result pages) arrive with those pages. */
  /** Set once the engine has loaded; until then only the start page shows. */
  private pack?: RulePack
  private readonly session = new ScreeningSession()
  /** `answers` arrived before the engine: applied when it does. */
  private answersPending = false
  private completedKey = ''
  /** Configuration problems already written to the console. */
  private readonly reported = new Set<string>()
  @state() private problems: string[] = []

  /** The pack being loaded for the current region, parameters and language. */
  private packLoad: Promise<void> = Promise.resolve()
  private packRequest = 0
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
    if (this.view !== 'start' || this.saveResume) await WrAidScreener.questionElements
    await loadLanguage(this.packLang)
    await this.packLoad
    if (this.needsViews()) await this.loadViews()
    return super.getUpdateComplete()
  }

  private needsViews(): boolean {
    return this.view === 'other' || this.view === 'result' || this.view === 'consent' || this.view === 'saved' || this.view === 'contact'
  }

  /** Loads the result pages and the pack's words for them (once). */
  private async loadViews(): Promise<void> {
    this.viewsLoad ??= import('./result-view.js').then((m) => {
      this.views = m
      this.requestUpdate()
    })
    if (!this.wantsText) {
      this.wantsText = true
      this.packLoad = this.loadPack()
    }
    await Promise.all([this.viewsLoad, this.packLoad])
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
    if (this.view === 'question') this.prefetchViews()
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if ((changed.has('answers') && this.answers) || this.answersPending) {
      if (engineLoaded() && this.answers) {
        this.answersPending = false
        this.session.restore(this.answers)
        const r = this.result
        this.view = r.status === 'complete' ? 'result' : 'question'
        this.draft = r.next ? this.session.previous(r.next) : undefined
      } else if (!this.answersPending) {
        this.answersPending = true
        void loadEngine().then(() => this.requestUpdate())
      }
    }
    const lang = resolveLanguage(this)
    const figures = ['dibaoMonthly', 'minimumWageMonthly', 'disposableIncomeMonthly'] as const
    if (changed.has('region') || changed.has('hardshipParams') || figures.some((k) => changed.has(k)) || lang !== this.packLang) {
      this.packLang = lang
      this.packLoad = this.loadPack()
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

  private async loadPack(): Promise<void> {
    const request = ++this.packRequest
    const current = () => request === this.packRequest
    const { loadRegion, nationalPackIn, nationalRules } = await loadEngine()
    if (!current()) return
    // The national rules need no more: their words load only for the result pages.
    if (!this.region && !this.wantsText) {
      this.usePack(nationalRules)
      return
    }
    const base = await nationalPackIn(this.packLang)
    if (!current()) return
    if (!this.region) {
      this.usePack(base)
      return
    }
    const tag = `<wr-aid-screener region="${this.region}">`
    try {
      // The validator (zod) and the overlay load only when a region is asked for, out of reach
      // of a page's prototype extensions (zod builds its schemas as the module loads).
      const [raw, { overlay, figureDiagnostics }] = await withCleanPrototypesAsync(() => Promise.all([loadRegion(this.region, this.packLang), import('@workroom/rules/load')]))
      if (!current()) return
      const params = this.params()
      // The webmaster or staff must fix a missing figure, not the resident: the screen goes on with the
      // region's extra matters and exemptions, and leaves the money check to the agency (LAL 41), as nationally.
      const d = withCleanPrototypes(() => figureDiagnostics(base, raw, params))
      if (d.missing) {
        console.error(`${tag}: ${d.missing}`)
        this.report(`${tag}: ${d.missing}`, false)
      }
      if (d.due && !reportedDue.has(this.region)) {
        reportedDue.add(this.region)
        console.warn(`${tag}: ${d.due}`)
      }
      this.usePack(withCleanPrototypes(() => overlay(base, raw, params, { withoutMissingFigure: true })))
    } catch (e) {
      if (!current()) return
      // A region that is not shipped, or a figure that is not a positive amount: the national rules
      // still give a true result (overlays only add), and the page's author is told what to fix.
      console.error(`${tag}: ${(e as Error).message} — screening with the national rules.`)
      this.usePack(base)
      const [region, message] = [this.region, (e as Error).message]
      void import('./embed-check.js').then((m) => this.report(m.regionProblem(region, message), false))
    }
  }

  private usePack(pack: RulePack): void {
    if (pack === this.pack) return
    const asked = this.view === 'question' ? this.result.next : undefined
    this.pack = pack
    this.session.setPack(pack)
    // Other rules may need other questions: show what this pack makes of the answers so far.
    if (this.view === 'question' || this.view === 'result') {
      const r = this.result
      this.view = r.status === 'complete' ? 'result' : 'question'
      // Still the same question: keep what the resident has chosen so far.
      if (r.next !== asked) this.draft = r.next ? this.session.previous(r.next) : undefined
    }
    this.requestUpdate()
  }

  private get result(): Screening {
    return this.session.result
  }

  /** What the lazily loaded pages see of this element, and the intents they send back. */
  private get viewHost(): ResultViewHost {
    return {
      l: this.l,
      pack: this.pack ?? engine().nationalRules,
      result: this.result,
      answers: this.session.answers,
      facts: this.session.facts,
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
      shareChoices: this.shareChoices,
      resumeCode: this.resumeCode,
      resumeExpires: this.resumeExpires,
      questionTitle: (fact) => this.questionTitle(fact),
      otherProblems: () => void this.otherProblems(),
      otherResult: () => void this.otherResult(),
      quickExit: () => this.onQuickExit(),
      openConsent: () => this.openConsent(),
      print: () => this.print(),
      startOver: () => void this.startOver(),
      change: (fact) => void this.change(fact),
      book: () => this.book(),
      back: () => void this.goBack(),
      keepGoing: () => void this.advance(),
      share: (choices) => (this.shareChoices = choices),
    }
  }

  /** A place the result names, in the directory: the host may show it (the kiosk does), else the page at directory-href. */
  private openPlace(entry: string, route?: string): void {
    const detail: ScreeningPlaceRequestDetail = { entry, ...(route ? { route } : {}) }
    if (!this.emit('wr-screening-place-request', detail, { cancelable: true })) return
    if (this.directoryHref) location.assign(`${this.directoryHref}#${encodeURIComponent(entry)}`)
  }

  /** The "other", result, consent, saved or contact page; nothing for the moment it takes its chunk to arrive. */
  private renderLater(view: 'other' | 'result' | 'consent' | 'saved' | 'contact') {
    if (!this.views) {
      void this.loadViews()
      return nothing
    }
    const h = this.viewHost
    if (view === 'other') return html`${this.renderTop(this.session.answers.length + 1)}${this.views.renderOther(h)}`
    const { renderResult, renderConsent, renderSaved, renderContact } = this.views
    return (view === 'result' ? renderResult : view === 'consent' ? renderConsent : view === 'saved' ? renderSaved : renderContact)(h)
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

  private renderDebug() {
    if (!this.debug || !this.problems.length) return nothing
    // The problems name attributes and values as written in HTML: English, left to right.
    return html`<div class="debug" part="debug" role="note">
      <p><strong>${this.l.t('debug.title')}</strong></p>
      <ul lang="en" dir="ltr">${this.problems.map((p) => html`<li><code>${p}</code></li>`)}</ul>
    </div>`
  }

  override render() {
    return html`<div class="base" part="base" lang=${this.l.lang} dir=${this.l.dir}>
      ${this.renderDebug()}
      ${this.view === 'start' ? this.renderStart() : !engineLoaded() ? nothing : this.view === 'question' ? this.renderQuestion() : this.renderLater(this.view)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`
  }

  private renderStart() {
    return html`<h2 tabindex="-1" part="question">${this.l.t('start.title')}</h2>
      <p class="lead">${this.l.t('start.lead')}</p>
      <p>${this.l.t('start.privacy')}</p>
      <p class="muted">${this.l.t('start.disclaimer')}</p>
      <div class="actions bar">
        <wr-button size="large" @click=${this.begin}>${this.l.t('start.begin')}</wr-button>
        <wr-read-aloud .text=${`${this.l.t('start.title')}。${this.l.t('start.lead')}${this.l.t('start.privacy')}`}></wr-read-aloud>
      </div>
      ${this.saveResume
        ? html`<section class="panel" aria-labelledby="resume-heading">
            <h3 id="resume-heading">${this.l.t('resume.haveCode')}</h3>
            <wr-text-field
              label=${this.l.t('resume.codeLabel')}
              hint=${this.l.t('resume.codeHint')}
              autocomplete="off"
              .value=${this.resumeInput}
              error=${this.resumeError}
              @input=${(e: Event) => {
                this.resumeInput = (e.target as HTMLInputElement & { value: string }).value
              }}
            ></wr-text-field>
            <div class="actions submit"><wr-button variant="secondary" @click=${this.resume}>${this.l.t('resume.continue')}</wr-button></div>
          </section>`
        : nothing}`
  }

  /** The resume store (and idb, WebCrypto code) loads only for hosts that enable it. */
  private resumeStore(): Promise<typeof import('./resume-store.js')> {
    return import('./resume-store.js')
  }

  private async resume(): Promise<void> {
    const { loadAnswers } = await this.resumeStore()
    const r = await loadAnswers(this.resumeInput)
    if (!r.ok) {
      this.resumeError = this.l.t(`resume.errors.${r.reason}`)
      this.announcement = this.resumeError
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('wr-text-field')?.focus()
      return
    }
    this.resumeError = ''
    this.resumeInput = ''
    this.session.restore(r.answers)
    await loadEngine()
    await this.advance()
  }

  private async save(): Promise<void> {
    const { newResumeCode, saveAnswers } = await this.resumeStore()
    this.resumeCode ||= newResumeCode()
    this.resumeExpires = await saveAnswers(this.resumeCode, this.session.answers, this.resumeDays)
    // The saved page is in the lazily loaded chunk: have it before switching, so the code never shows as a blank page.
    await this.loadViews()
    this.view = 'saved'
    await this.updateComplete
    this.focusStep()
  }

  private renderTop(step: number) {
    const remaining = this.session.estimateRemaining()
    // Violence at home: a quick exit in plain sight, whichever problem it came up under.
    const dv = this.session.facts.problem === 'domestic-violence' || this.session.facts['applicant.abused'] === true
    return html`<div class="top">
        <wr-step-progress current=${step} remaining=${remaining}></wr-step-progress>
        <wr-quick-exit ?prominent=${dv} href=${this.exitHref} @wr-quick-exit=${this.onQuickExit}></wr-quick-exit>
      </div>`
  }

  /** The question's words; the income tap names the household's size and its line. */
  private questionTitle(fact: string): string {
    return this.l.t(`questions.${fact}.title`, questionParams(fact, this.pack ?? engine().nationalRules, this.session.facts, (n) => this.l.number(n)))
  }

  /** The fact the resident is answering now: the one asked, or the typed form they chose instead. */
  private get answering(): string | undefined {
    const next = this.result.next
    return next && this.typing ? (TYPED_FORM[next] ?? next) : next
  }

  private renderQuestion() {
    const asked = this.result.next
    const fact = this.answering
    if (!asked || !fact) return nothing
    const step = this.session.answers.length + 1
    // Typing an amount is its own question ("全家每个月一共收入多少钱？"); a tap names size and line.
    const title = this.questionTitle(fact)
    const hint = this.l.t(`questions.${fact}.hint`, { defaultValue: '' })
    // The answer control is keyed by question: an element reused from the last question would keep
    // the answer tapped there (its value changed inside it, unseen by this template's binding), so
    // 没有 after 没有 showed as already chosen and the tap did nothing.
    return html`${this.renderTop(step)}
      <h2 id="q" tabindex="-1" part="question">${title}</h2>
      ${hint ? html`<p class="muted">${hint}</p>` : nothing}
      <div class="actions">
        <wr-read-aloud subject=${title} .text=${`${title}${hint ? `。${hint}` : ''}`}></wr-read-aloud>
        ${this.kiosk && voiceListed(this.l.lang)
          ? html`<wr-button variant="secondary" pressed=${this.autoRead ? 'true' : 'false'} @click=${this.toggleAutoRead}>${this.l.t('nav.autoRead')}</wr-button>`
          : nothing}
      </div>
      <form @submit=${this.onSubmit} novalidate>
        ${keyed(`${fact}:${this.typing}`, this.renderInput(fact, title))}
        ${this.renderTypeInstead(asked)}
        <div class="actions submit bar">
          <wr-button size="large" class="primary" @click=${this.submitCurrent}>${this.l.t('nav.next')}</wr-button>
          <wr-button size="large" variant="secondary" @click=${this.goBack}>${this.l.t('nav.back')}</wr-button>
          ${this.saveResume && this.session.answers.length
            ? html`<wr-button variant="quiet" @click=${this.save}>${this.l.t('resume.save')}</wr-button>`
            : nothing}
        </div>
      </form>`
  }

  /** "Type the amount instead" beside a tap question that has a typed form, and back. */
  private renderTypeInstead(asked: string) {
    if (!(asked in TYPED_FORM) && asked !== 'household.size') return nothing
    const key = this.typing ? 'answers.tapInstead' : `questions.${asked}.typeInstead`
    return html`<div class="unknown">
      <wr-button variant="quiet" @click=${() => this.switchTyping()}>${this.l.t(key)}</wr-button>
    </div>`
  }

  private async switchTyping(): Promise<void> {
    this.typing = !this.typing
    this.draft = undefined
    this.fieldError = ''
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('wr-choice-list, wr-text-field, wr-keypad')?.focus()
  }

  private renderInput(fact: string, title: string) {
    const { FACTS } = engine()
    const spec = FACTS[fact as keyof typeof FACTS]
    const kind = spec?.kind ?? 'boolean'
    const allowUnknown = spec?.unknown !== false
    if (fact === 'problem') return this.renderProblem(title)
    // Household size as cards: most households are small, and a tap needs no keyboard.
    if (fact === 'household.size' && !this.typing) {
      const options: ChoiceOption[] = Array.from({ length: HOUSEHOLD_SIZE_TAPS }, (_, i) => ({
        value: String(i + 1),
        label: this.l.t('answers.people', { count: i + 1 }),
      }))
      options.push({ value: UNKNOWN, label: this.l.t('answers.unknown') })
      return this.renderChoices(fact, title, options, false, this.draft === undefined ? '' : String(this.draft))
    }
    if ((kind === 'integer' || kind === 'number') && this.kiosk) {
      // On a kiosk, numbers by taps: no system keyboard over half the screen.
      const unit = this.l.t(`questions.${fact}.unit`, { defaultValue: '' })
      return html`<wr-keypad
          label=${unit ? `${title}（${unit}）` : title}
          mode=${kind === 'integer' ? 'digits' : 'decimal'}
          maxlength="9"
          .value=${this.draft === undefined || this.draft === UNKNOWN ? '' : String(this.draft)}
          error=${this.fieldError}
          @wr-field-change=${(e: CustomEvent<{ value: string }>) => {
            this.draft = e.detail.value
          }}
        ></wr-keypad>
        ${allowUnknown
          ? html`<div class="unknown"><wr-button variant="secondary" @click=${() => this.commit(fact, UNKNOWN)}>${this.l.t('answers.unknown')}</wr-button></div>`
          : nothing}`
    }
    if (kind === 'integer' || kind === 'number') {
      return html`<wr-text-field
          type="number"
          label=${title}
          suffix=${this.l.t(`questions.${fact}.unit`, { defaultValue: '' })}
          .value=${this.draft === undefined || this.draft === UNKNOWN ? '' : String(this.draft)}
          error=${this.fieldError}
          @input=${(e: Event) => {
            this.draft = (e.target as HTMLInputElement & { value: string }).value
          }}
        ></wr-text-field>
        ${allowUnknown
          ? html`<div class="unknown"><wr-button variant="secondary" @click=${() => this.commit(fact, UNKNOWN)}>${this.l.t('answers.unknown')}</wr-button></div>`
          : nothing}`
    }
    let options: ChoiceOption[]
    if (kind === 'boolean') {
      options = [
        { value: YES, label: this.l.t(`questions.${fact}.yes`, { defaultValue: this.l.t('answers.yes') }) },
        { value: NO, label: this.l.t(`questions.${fact}.no`, { defaultValue: this.l.t('answers.no') }) },
      ]
    } else {
      options = (spec?.values ?? []).map((v: string) => ({ value: v, label: this.l.t(`options.${fact}.${v}`) }))
    }
    const multiple = kind === 'set'
    if (multiple && !options.some((o) => o.value === 'none')) options.push({ value: 'none', label: this.l.t('answers.none'), exclusive: true })
    if (allowUnknown) options.push({ value: UNKNOWN, label: this.l.t('answers.unknown'), exclusive: true })
    const value = this.draft === undefined ? (multiple ? [] : '') : this.toChoice(this.draft, kind)
    return this.renderChoices(fact, title, options, multiple, value)
  }

  private renderChoices(fact: string, title: string, options: ChoiceOption[], multiple: boolean, value: string | string[]) {
    return html`<wr-choice-list
      legend-hidden
      legend=${title}
      name=${fact}
      ?multiple=${multiple}
      hint=${multiple ? this.l.t('answers.multipleHint') : ''}
      .options=${options}
      .value=${value}
      error=${this.fieldError}
      @wr-choice-change=${(e: CustomEvent<{ value: string | string[] }>) => {
        this.draft = e.detail.value
        this.fieldError = ''
      }}
    ></wr-choice-list>`
  }

  /** Back to the problem question with every problem type shown. */
  private async otherProblems(): Promise<void> {
    this.session.rewindTo('problem')
    this.draft = undefined
    this.showAllProblems = true
    this.view = 'question'
    await this.updateComplete
    this.focusStep()
  }

  private async otherResult(): Promise<void> {
    this.view = 'result'
    this.emitComplete(this.result)
    await this.updateComplete
    this.focusStep()
  }

  private renderProblem(title: string) {
    const q = this.problemFilter.trim().toLowerCase()
    // "其他问题" comes last in every list.
    const all = [...COMMON_PROBLEMS.filter((p) => p !== 'other'), ...OTHER_PROBLEMS, 'other'] as string[]
    const found = (query: string): string[] => {
      if (!query) return []
      // The shared vocabulary ("老板不给钱" → wages) and the problem's own name.
      const said = engine().problemsFor(query)
      const hits = all.filter((v) => v !== 'other' && (said.has(v) || `${this.l.t(`options.problem.${v}`)} ${v}`.toLowerCase().includes(query)))
      // Never a dead end: "其他问题" (free advice, mediation, the staff) is always offered.
      return [...hits, 'other']
    }
    const shown = q ? found(q) : this.showAllProblems ? all : [...COMMON_PROBLEMS]
    const options: ChoiceOption[] = shown.map((v) => ({
      value: v,
      label: this.l.t(`options.problem.${v}`),
      ...(PROBLEM_PICTURES[v] ? { icon: picture(PROBLEM_PICTURES[v], '') as TemplateResult } : {}),
    }))
    return html`<div class="search">
        <label for="problem-search">${this.l.t('problem.searchLabel')}</label>
        <input
          id="problem-search"
          type="search"
          autocomplete="off"
          .value=${this.problemFilter}
          aria-describedby="problem-count"
          @input=${(e: Event) => {
            this.problemFilter = (e.target as HTMLInputElement).value
            const query = this.problemFilter.trim().toLowerCase()
            const n = query ? found(query).length - 1 : COMMON_PROBLEMS.length
            this.announcement = query && n === 0 ? this.l.t('problem.noMatch') : this.l.t('problem.count', { count: n })
          }}
        />
        <p id="problem-count" class="visually-hidden">${q && shown.length === 1 ? this.l.t('problem.noMatch') : this.l.t('problem.count', { count: q ? shown.length - 1 : shown.length })}</p>
      </div>
      ${q && shown.length === 1 ? html`<p class="note">${this.l.t('problem.noMatch')}</p>` : nothing}
      <wr-choice-list
        class="problems"
        pictures
        legend-hidden
        legend=${title}
        name="problem"
        .options=${options}
        .value=${typeof this.draft === 'string' ? this.draft : ''}
        error=${this.fieldError}
        @wr-choice-change=${(e: CustomEvent<{ value: string }>) => {
          this.draft = e.detail.value
          this.fieldError = ''
        }}
      ></wr-choice-list>
      ${q ? html`<p class="note search-help">${isKiosk(this) ? this.l.t('problem.askStaff') : this.l.t('problem.askHotline')}</p>` : nothing}
      ${!q && !this.showAllProblems
        ? html`<div class="unknown"><wr-button variant="quiet" @click=${() => (this.showAllProblems = true)}>${this.l.t('problem.more')}</wr-button></div>`
        : nothing}`
  }

  private toChoice(value: unknown, kind: string): string | string[] {
    if (kind === 'boolean') return value === true ? YES : value === false ? NO : value === UNKNOWN ? UNKNOWN : ''
    if (kind === 'set') return value === UNKNOWN ? [UNKNOWN] : Array.isArray(value) ? (value.length ? (value as string[]) : ['none']) : []
    return typeof value === 'string' ? value : ''
  }

  private fromChoice(fact: string, raw: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
    const { FACTS } = engine()
    const spec = FACTS[fact as keyof typeof FACTS]
    const kind = spec?.kind ?? 'boolean'
    if (fact === 'problem' && (raw === undefined || raw === '')) return { ok: false, error: this.l.t('errors.chooseProblem') }
    if (raw === UNKNOWN) return { ok: true, value: UNKNOWN }
    if (fact === 'household.size' && !this.typing) {
      if (raw === undefined || raw === '') return { ok: false, error: this.l.t('errors.choose') }
      return { ok: true, value: Number(raw) }
    }
    if (kind === 'integer' || kind === 'number') {
      const s = normalizeNumber(String(raw ?? '').trim()).replace(/[元人岁天]/g, '')
      if (s === '') return { ok: false, error: this.l.t('errors.enterNumber') }
      const n = Number(s)
      if (!Number.isFinite(n)) return { ok: false, error: this.l.t('errors.notNumber') }
      if (kind === 'integer' && !Number.isInteger(n)) return { ok: false, error: this.l.t('errors.wholeNumber') }
      const min = spec?.min ?? 0
      const max = spec?.max
      if (n < min) return { ok: false, error: this.l.t('errors.tooSmall', { min }) }
      if (max !== undefined && n > max) return { ok: false, error: this.l.t('errors.tooLarge', { max }) }
      return { ok: true, value: n }
    }
    if (raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) return { ok: false, error: this.l.t('errors.choose') }
    if (kind === 'boolean') return { ok: true, value: raw === YES ? true : raw === NO ? false : UNKNOWN }
    if (kind === 'set') {
      const chosen = raw as string[]
      return { ok: true, value: chosen.includes(UNKNOWN) ? UNKNOWN : chosen.filter((v) => v !== 'none') }
    }
    return { ok: true, value: raw }
  }

  private onSubmit(e: Event): void {
    e.preventDefault()
    this.submitCurrent()
  }

  private submitCurrent(): void {
    const fact = this.answering
    if (!fact) return
    const parsed = this.fromChoice(fact, this.draft)
    if (!parsed.ok) {
      this.fieldError = parsed.error
      this.announcement = parsed.error
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('wr-choice-list, wr-text-field, wr-keypad')?.focus())
      return
    }
    this.commit(fact, parsed.value)
  }

  private commit(fact: string, value: unknown): void {
    // A typed answer replaces the tap question it stands for (and back), so the history holds one of them.
    const asked = this.result.next
    if (asked && asked !== fact) this.session.rewindTo(asked)
    this.session.answer(fact, value)
    this.fieldError = ''
    this.problemFilter = ''
    this.showAllProblems = false
    this.draft = undefined
    this.typing = false
    void this.advance()
  }

  private async begin(): Promise<void> {
    this.session.clear()
    this.draft = undefined
    await loadEngine()
    await this.advance()
  }

  /** Shows the next question or the result, and moves focus to its heading. */
  private async advance(): Promise<void> {
    const r = this.result
    // The answers live in the session, not in reactive state: "不知道" on the same view must still re-render.
    this.requestUpdate()
    if (r.status === 'complete' && this.session.facts.problem === 'other' && this.view !== 'other') {
      // "Other" says nothing yet: offer the free ways to be helped before any result.
      this.view = 'other'
      this.announcement = ''
    } else if (r.status === 'complete') {
      this.view = 'result'
      this.announcement = ''
      this.emitComplete(r)
    } else {
      this.view = 'question'
      const next = r.next!
      this.draft = this.session.previous(next)
      this.emit<ScreeningStepDetail>('wr-screening-step', { step: this.session.answers.length + 1, fact: next })
    }
    await this.updateComplete
    this.focusStep()
    if (this.view === 'question') this.readQuestion()
  }

  private toggleAutoRead(): void {
    this.autoRead = !this.autoRead
    if (this.autoRead) this.readQuestion()
  }

  /** Reads the question on screen when the resident turned that on. */
  private readQuestion(): void {
    const fact = this.answering
    if (!this.autoRead || !fact) return
    const hint = this.l.t(`questions.${fact}.hint`, { defaultValue: '' })
    speak(`${this.questionTitle(fact)}${hint ? `。${hint}` : ''}`, { lang: this.l.lang, rate: isElder(this) ? 0.85 : 1 })
  }

  private emitComplete(r: Screening): void {
    const key = JSON.stringify(this.session.answers)
    if (key === this.completedKey) return
    this.completedKey = key
    const chosen = this.session.facts.problem
    const problem = typeof chosen === 'string' && chosen !== UNKNOWN ? chosen : undefined
    this.emit<ScreeningCompleteDetail>('wr-screening-complete', {
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

  /** Whether an earlier answer was typed (an amount for the income tap, a household of 9 or more), to show it as given. */
  private wasTyped(a: Answer | undefined): boolean {
    if (!a) return false
    if (a.fact !== this.result.next) return true
    return a.fact === 'household.size' && typeof a.value === 'number' && a.value > HOUSEHOLD_SIZE_TAPS
  }

  private async goBack(): Promise<void> {
    this.typing = false
    if (this.view === 'contact') {
      this.view = 'result'
    } else if (this.view === 'consent') {
      this.view = this.session.facts.problem === 'other' && this.consentFrom === 'other' ? 'other' : 'result'
    } else if (this.session.answers.length === 0) {
      this.view = 'start'
    } else {
      const last = this.session.back()
      this.view = 'question'
      this.draft = last?.value
      this.typing = this.wasTyped(last)
      this.fieldError = ''
    }
    await this.updateComplete
    this.focusStep()
  }

  private async change(fact: string): Promise<void> {
    const value = this.session.rewindTo(fact)
    this.typing = this.wasTyped({ fact, value })
    this.view = 'question'
    this.draft = value
    await this.updateComplete
    this.focusStep()
  }

  /** Which page the consent step was opened from, for Back. */
  private consentFrom: View = 'result'

  private openConsent(): void {
    this.shareChoices = []
    this.consentFrom = this.view
    this.view = 'consent'
    void this.updateComplete.then(() => this.focusStep())
  }

  private book(): void {
    const r = this.result
    const share = new Set(this.shareChoices)
    const problem = this.session.facts.problem
    const detail: ScreeningBookDetail = {
      recommends: recommendedService(r),
      outcome: r.outcome!,
      routes: share.has('outcome') ? r.routes : [],
      ...(share.has('urgent') ? { urgent: r.urgent } : {}),
      ...(share.has('problem') && typeof problem === 'string' ? { problem } : {}),
    }
    const proceed = this.emit<ScreeningBookDetail>('wr-screening-book', detail, { cancelable: true })
    if (!proceed) return
    if (this.bookingHref) return window.location.assign(this.bookingHref)
    const booking = document.querySelector<HTMLElement>('wr-booking')
    if (booking) {
      booking.scrollIntoView({ block: 'start' })
      booking.focus()
      return
    }
    // No online booking on this page: how to book by phone or in person.
    this.view = 'contact'
    void this.updateComplete.then(() => this.focusStep())
  }

  private print(): void {
    // Closed <details> do not print: open every reason first.
    for (const d of this.renderRoot.querySelectorAll('details')) d.open = true
    window.print()
  }

  private async startOver(): Promise<void> {
    this.session.clear()
    this.completedKey = ''
    this.view = 'start'
    await this.updateComplete
    this.focusStep()
  }

  private onQuickExit(): void {
    this.emit('wr-screening-exit', {})
  }

  /** Session reset (idle, clear and exit, quick exit): forget every answer. */
  protected override resetState(_reason: ResetReason): void {
    this.session.clear()
    this.completedKey = ''
    this.draft = undefined
    this.fieldError = ''
    this.problemFilter = ''
    this.shareChoices = []
    this.announcement = ''
    this.resumeCode = ''
    this.resumeInput = ''
    this.resumeError = ''
    this.typing = false
    this.autoRead = false
    this.view = 'start'
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.saveResume) void this.resumeStore().then((store) => store.purgeExpired())
  }

  /** Focuses the current heading (the kiosk calls this when the screen opens). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
  }

  /** A new step: its heading takes focus and the top of the step is in view. */
  private focusStep(): void {
    showStep(this.renderRoot.querySelector<HTMLElement>('h2'), this)
  }
}
