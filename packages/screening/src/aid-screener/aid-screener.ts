import { html, nothing, svg, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, normalizeNumber, type ChoiceOption, type ResetReason } from '@workroom/core'
import { FACTS, nationalPack, loadRegion, text as packText, type RulePack, type Screening } from '@workroom/rules/engine'
import '../translations.js'
import { screenerStyles } from './aid-screener.styles.js'
import { ScreeningSession, type Answer } from './screening-session.js'
import { COMMON_PROBLEMS, OTHER_PROBLEMS, PROBLEM_ICONS } from './problems.js'
import { formatCitation } from './citation.js'

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
}

export interface ScreeningStepDetail {
  /** 1-based number of the question now shown. */
  step: number
  fact: string
}

/** What the resident agreed to hand to booking. Only ticked items are present. */
export interface ScreeningBookDetail {
  outcome: NonNullable<Screening['outcome']>
  urgent?: boolean
  problem?: string
  routes: string[]
}

type View = 'start' | 'question' | 'result' | 'consent' | 'saved'
const UNKNOWN = 'unknown'
const YES = 'yes'
const NO = 'no'

const icon = (body: TemplateResult | ReturnType<typeof svg> | undefined): TemplateResult | undefined =>
  body ? html`<svg viewBox="0 0 24 24">${body}</svg>` : undefined

/**
 * Guides a resident through a legal-aid self-screening: one question at a time, only the
 * questions that can still change the answer, and a result that says why, citing the law.
 * Asks no name, ID number or phone; keeps answers in memory only.
 * @summary One question at a time; explains every result with the law.
 * @event wr-screening-step - A question is shown; detail: ScreeningStepDetail.
 * @event wr-screening-complete - The result is shown; detail: ScreeningCompleteDetail.
 * @event wr-screening-book - The resident chose to book; detail: ScreeningBookDetail (only what they agreed to share). Cancel it to stop navigation to booking-href.
 * @event wr-screening-exit - Quick exit was used; everything was cleared.
 * @csspart base - The outer box.
 * @csspart question - The current question's heading.
 * @csspart result - The result panel.
 * @cssprop --wr-screener-max-width - Maximum width when embedded (default 48rem).
 */
export class WrAidScreener extends WrElement {
  static override styles = [...WrElement.styles, screenerStyles]

  /** Region overlay: 'CN-NX' Ningxia, 'CN-GD-ZS' Zhongshan, 'CN-JS' Jiangsu; empty = national rules only. */
  @property() region = ''
  /** Local figures a region's hardship test needs (yuan per head per month), e.g. { dibaoMonthly: 800 }. */
  @property({ attribute: false }) hardshipParams: Record<string, number> = {}
  /** The workroom or judicial office the resident should go to. */
  @property({ attribute: 'office-name' }) officeName = ''
  @property({ attribute: 'office-address' }) officeAddress = ''
  /** Where "book a consultation" leads. Without it, only the event is fired. */
  @property({ attribute: 'booking-href' }) bookingHref = ''
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
  @state() private packProblem = ''
  @state() private shareChoices: string[] = []
  @state() private announcement = ''

  private readonly l = new LocalizeController(this, 'screening')
  private pack: RulePack = nationalPack
  private readonly session = new ScreeningSession(nationalPack)
  private completedKey = ''

  private regionLoad: Promise<void> = Promise.resolve()

  /** Resolves after rendering and after a region's overlay has loaded and been applied. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete()
    await this.regionLoad
    return super.getUpdateComplete()
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if (changed.has('answers') && this.answers) {
      this.session.restore(this.answers)
      const r = this.result
      this.view = r.status === 'complete' ? 'result' : 'question'
      this.draft = r.next ? this.session.previous(r.next) : undefined
    }
    if (changed.has('region') || changed.has('hardshipParams')) this.regionLoad = this.applyRegion()
  }

  private async applyRegion(): Promise<void> {
    this.packProblem = ''
    if (!this.region) {
      this.usePack(nationalPack)
      return
    }
    try {
      // The validator (zod) and the overlay load only when a region is asked for.
      const [raw, { overlay }] = await Promise.all([loadRegion(this.region), import('@workroom/rules')])
      this.usePack(overlay(nationalPack, raw, this.hardshipParams))
    } catch (e) {
      // Keep working on the national rules and say so: the resident still gets an answer.
      this.usePack(nationalPack)
      this.packProblem = (e as Error).message
    }
  }

  private usePack(pack: RulePack): void {
    if (pack === this.pack) return
    this.pack = pack
    this.session.setPack(pack)
    // Other rules may need other questions: show what this pack makes of the answers so far.
    if (this.view === 'question' || this.view === 'result') {
      const r = this.result
      this.view = r.status === 'complete' ? 'result' : 'question'
      this.draft = r.next ? this.session.previous(r.next) : undefined
    }
    this.requestUpdate()
  }

  private get result(): Screening {
    return this.session.result
  }

  override render() {
    return html`<div class="base" part="base" lang=${this.l.lang} dir=${this.l.dir}>
      ${this.packProblem ? html`<p class="note" role="alert">${this.l.t('errors.region', { region: this.region })}</p>` : nothing}
      ${this.view === 'start'
        ? this.renderStart()
        : this.view === 'question'
          ? this.renderQuestion()
          : this.view === 'consent'
            ? this.renderConsent()
            : this.view === 'saved'
              ? this.renderSaved()
              : this.renderResult()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`
  }

  private renderStart() {
    return html`<h2 tabindex="-1" part="question">${this.l.t('start.title')}</h2>
      <p class="lead">${this.l.t('start.lead')}</p>
      <p>${this.l.t('start.privacy')}</p>
      <p class="muted">${this.l.t('start.disclaimer')}</p>
      <div class="actions">
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
    await this.advance()
  }

  private async save(): Promise<void> {
    const { newResumeCode, saveAnswers } = await this.resumeStore()
    this.resumeCode ||= newResumeCode()
    this.resumeExpires = await saveAnswers(this.resumeCode, this.session.answers, this.resumeDays)
    this.view = 'saved'
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
  }

  private renderSaved() {
    const expires = new Intl.DateTimeFormat(this.l.lang, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(this.resumeExpires)
    const spelled = [...this.resumeCode.replace('-', '')].join(' ')
    return html`<h2 tabindex="-1">${this.l.t('resume.savedTitle')}</h2>
      <p class="resume-code" aria-label=${spelled}>${this.resumeCode}</p>
      <p>${this.l.t('resume.savedBody', { date: expires })}</p>
      <p class="muted">${this.l.t('resume.savedPrivacy')}</p>
      <div class="actions">
        <wr-button size="large" @click=${() => void this.advance()}>${this.l.t('resume.keepGoing')}</wr-button>
        <wr-read-aloud subject=${this.l.t('resume.codeLabel')} .text=${`${this.l.t('resume.codeLabel')}：${spelled}`}></wr-read-aloud>
      </div>`
  }

  private renderTop(step: number) {
    const remaining = this.session.estimateRemaining()
    const dv = this.session.facts.problem === 'domestic-violence'
    return html`<div class="top">
        <wr-step-progress current=${step} remaining=${remaining}></wr-step-progress>
        <wr-quick-exit ?prominent=${dv} href=${this.exitHref} @wr-quick-exit=${this.onQuickExit}></wr-quick-exit>
      </div>`
  }

  private renderQuestion() {
    const fact = this.result.next
    if (!fact) return nothing
    const step = this.session.answers.length + 1
    const title = this.l.t(`questions.${fact}.title`)
    const hint = this.l.t(`questions.${fact}.hint`, { defaultValue: '' })
    return html`${this.renderTop(step)}
      <h2 id="q" tabindex="-1" part="question">${title}</h2>
      ${hint ? html`<p class="muted">${hint}</p>` : nothing}
      <wr-read-aloud subject=${title} .text=${`${title}${hint ? `。${hint}` : ''}`}></wr-read-aloud>
      <form @submit=${this.onSubmit} novalidate>
        ${this.renderInput(fact, title)}
        <div class="actions submit">
          <wr-button size="large" @click=${this.submitCurrent}>${this.l.t('nav.next')}</wr-button>
          <wr-button variant="secondary" @click=${this.goBack}>${this.l.t('nav.back')}</wr-button>
          ${this.saveResume && this.session.answers.length
            ? html`<wr-button variant="quiet" @click=${this.save}>${this.l.t('resume.save')}</wr-button>`
            : nothing}
        </div>
      </form>`
  }

  private renderInput(fact: string, title: string) {
    const spec = FACTS[fact as keyof typeof FACTS]
    const kind = spec?.kind ?? 'boolean'
    const allowUnknown = spec?.unknown !== false
    if (fact === 'problem') return this.renderProblem(title)
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

  private renderProblem(title: string) {
    const q = this.problemFilter.trim().toLowerCase()
    const all = [...COMMON_PROBLEMS, ...OTHER_PROBLEMS] as string[]
    const matches = (v: string): boolean =>
      !q || `${this.l.t(`options.problem.${v}`)} ${this.l.t(`keywords.${v}`, { defaultValue: '' })} ${v}`.toLowerCase().includes(q)
    const shown = q ? all.filter(matches) : this.showAllProblems ? all : [...COMMON_PROBLEMS]
    const options: ChoiceOption[] = shown.map((v) => ({
      value: v,
      label: this.l.t(`options.problem.${v}`),
      ...(PROBLEM_ICONS[v] ? { icon: icon(PROBLEM_ICONS[v]) } : {}),
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
            const n = (this.problemFilter ? all.filter(matches) : COMMON_PROBLEMS).length
            this.announcement = this.l.t('problem.count', { count: n })
          }}
        />
        <p id="problem-count" class="visually-hidden">${this.l.t('problem.count', { count: shown.length })}</p>
      </div>
      ${shown.length
        ? html`<wr-choice-list
            class="problems"
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
          ></wr-choice-list>`
        : html`<p class="note">${this.l.t('problem.noMatch')}</p>`}
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
    const spec = FACTS[fact as keyof typeof FACTS]
    const kind = spec?.kind ?? 'boolean'
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
    const fact = this.result.next
    if (!fact) return
    const parsed = this.fromChoice(fact, this.draft)
    if (!parsed.ok) {
      this.fieldError = parsed.error
      this.announcement = parsed.error
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('wr-choice-list, wr-text-field')?.focus())
      return
    }
    this.commit(fact, parsed.value)
  }

  private commit(fact: string, value: unknown): void {
    this.session.answer(fact, value)
    this.fieldError = ''
    this.problemFilter = ''
    this.showAllProblems = false
    this.draft = undefined
    void this.advance()
  }

  private begin(): void {
    this.session.clear()
    this.draft = undefined
    void this.advance()
  }

  /** Shows the next question or the result, and moves focus to its heading. */
  private async advance(): Promise<void> {
    const r = this.result
    if (r.status === 'complete') {
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
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
  }

  private emitComplete(r: Screening): void {
    const key = JSON.stringify(this.session.answers)
    if (key === this.completedKey) return
    this.completedKey = key
    this.emit<ScreeningCompleteDetail>('wr-screening-complete', {
      outcome: r.outcome!,
      urgent: r.urgent,
      reasons: r.reasons,
      routes: r.routes,
      materials: r.materials,
      ...(r.means ? { means: r.means } : {}),
      region: this.region || 'CN',
      questions: this.session.answers.length,
    })
  }

  private async goBack(): Promise<void> {
    if (this.view === 'consent') {
      this.view = 'result'
    } else if (this.session.answers.length === 0) {
      this.view = 'start'
    } else {
      const last = this.session.back()
      this.view = 'question'
      this.draft = last?.value
      this.fieldError = ''
    }
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
  }

  private async change(fact: string): Promise<void> {
    const value = this.session.rewindTo(fact)
    this.view = 'question'
    this.draft = value
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
  }

  private t(code: string): string {
    return packText(this.pack, code, this.l.lang)
  }

  private renderResult() {
    const r = this.result
    const outcome = r.outcome!
    const tone = ['mandatory-appointment', 'eligible-no-means-test', 'eligible-means-waived'].includes(outcome)
      ? 'good'
      : outcome === 'likely-eligible'
        ? 'maybe'
        : 'other'
    const title = this.l.t(`outcomes.${outcome}.title`)
    const summary = this.l.t(`outcomes.${outcome}.summary`)
    const dv = this.session.facts.problem === 'domestic-violence'
    const lawName = (law: string): string => this.lawName(law)
    const speech = [title, summary, ...r.reasons.map((x) => this.t(x.code)), this.l.t('result.bring'), ...r.materials.map((m) => this.t(m))].join('。')
    return html`<div class="top no-print">
        <span></span>
        <wr-quick-exit ?prominent=${dv} href=${this.exitHref} @wr-quick-exit=${this.onQuickExit}></wr-quick-exit>
      </div>
      <section class="panel outcome ${tone}" part="result" aria-labelledby="result-title">
        <p class="muted">${this.l.t('result.kicker')}</p>
        <h2 id="result-title" tabindex="-1">${title}</h2>
        <p class="lead">${summary}</p>
        ${r.means
          ? html`<p>${this.l.t('result.means', { perHead: this.l.number(Math.round(r.means.perHead)), line: this.l.number(r.means.line) })}</p>`
          : nothing}
      </section>
      ${r.urgent ? html`<p class="urgent" role="alert">${this.l.t('result.urgent')}</p>` : nothing}
      <wr-read-aloud subject=${this.l.t('result.kicker')} .text=${speech}></wr-read-aloud>
      <section aria-labelledby="why">
        <h3 id="why">${this.l.t('result.why')}</h3>
        ${r.reasons.map(
          (reason) => html`<details>
            <summary>${this.t(reason.code)}</summary>
            <div>${reason.citations.map((c) => html`<p><cite>${formatCitation(c, lawName(c.law), this.l.lang)}</cite></p>`)}</div>
          </details>`,
        )}
      </section>
      <section aria-labelledby="bring">
        <h3 id="bring">${this.l.t('result.bring')}</h3>
        <ul class="check">${r.materials.map((m) => html`<li>${this.t(m)}</li>`)}</ul>
      </section>
      <section aria-labelledby="where">
        <h3 id="where">${this.l.t('result.where')}</h3>
        ${this.officeName
          ? html`<p class="office">${this.officeName}</p>${this.officeAddress ? html`<p>${this.officeAddress}</p>` : nothing}`
          : nothing}
        <ol class="routes">${r.routes.map((route) => this.renderRoute(route))}</ol>
      </section>
      <div class="actions no-print">
        <wr-button size="large" @click=${() => this.openConsent()}>${this.l.t('result.book')}</wr-button>
        <wr-button variant="secondary" @click=${this.print}>${this.l.t('result.print')}</wr-button>
        <wr-button variant="secondary" @click=${this.startOver}>${this.l.t('result.startOver')}</wr-button>
      </div>
      <section class="no-print" aria-labelledby="phone">
        <h3 id="phone">${this.l.t('result.phone')}</h3>
        <wr-qr-code value=${this.qrSummary(r)} label=${this.l.t('result.qrLabel')}>${this.l.t('result.qrCaption')}</wr-qr-code>
      </section>
      <section class="no-print" aria-labelledby="answers">
        <h3 id="answers">${this.l.t('result.answers')}</h3>
        <dl class="answers">${this.session.answers.map((a) => this.renderAnswer(a))}</dl>
      </section>
      <p class="muted disclaimer">${this.l.t('start.disclaimer')}</p>`
  }

  /** Short law name for citations: 《法律援助法》 rather than the full official title. */
  private lawName(law: string): string {
    const title = this.pack.laws[law]?.title
    const name = title ? (title[this.l.lang] ?? title['zh-Hans']) : law
    return name.replace(/^中华人民共和国/, '').replace(/ of the People's Republic of China$/, '')
  }

  private renderRoute(code: string) {
    const route = this.pack.routes[code]
    const limit = route?.timeLimit?.[this.l.lang]
    const basis = route?.basis ?? []
    return html`<li>
      ${this.t(code)}${limit ? html`<br /><span class="muted">${this.l.t('result.timeLimit', { limit })}</span>` : nothing}
      ${basis.length
        ? html`<br /><span class="muted">${this.l.t('result.basis')}${basis.map((c) => formatCitation(c, this.lawName(c.law), this.l.lang)).join(this.l.lang === 'en' ? '; ' : '、')}</span>`
        : nothing}
    </li>`
  }

  private renderAnswer(a: Answer) {
    const label = this.l.t(`questions.${a.fact}.title`)
    return html`<div>
      <dt>${label}</dt>
      <dd>
        <span>${this.describe(a)}</span>
        <wr-button variant="quiet" @click=${() => this.change(a.fact)}>${this.l.t('result.change')}<span class="visually-hidden">：${label}</span></wr-button>
      </dd>
    </div>`
  }

  private describe(a: Answer): string {
    if (a.value === UNKNOWN) return this.l.t('answers.unknown')
    if (a.value === true) return this.l.t('answers.yes')
    if (a.value === false) return this.l.t('answers.no')
    if (Array.isArray(a.value)) return a.value.length ? a.value.map((v) => this.l.t(`options.${a.fact}.${v}`)).join('、') : this.l.t('answers.none')
    if (typeof a.value === 'number') return `${this.l.number(a.value)}${this.l.t(`questions.${a.fact}.unit`, { defaultValue: '' })}`
    return this.l.t(`options.${a.fact}.${String(a.value)}`)
  }

  /**
   * A non-personal summary to carry to a phone: the outcome, what to bring, 12348. Kept short
   * so the code stays coarse enough to scan from a kiosk screen.
   */
  private qrSummary(r: Screening): string {
    return [
      this.l.t(`outcomes.${r.outcome}.title`),
      r.urgent ? this.l.t('result.urgentShort') : '',
      `${this.l.t('result.bring')}：${r.materials.map((m) => this.t(m)).join('；')}`,
      '12348',
    ]
      .filter(Boolean)
      .join('\n')
  }

  private openConsent(): void {
    this.shareChoices = []
    this.view = 'consent'
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus())
  }

  private renderConsent() {
    const r = this.result
    const problem = this.session.facts.problem
    const items: ChoiceOption[] = [
      ...(typeof problem === 'string' ? [{ value: 'problem', label: this.l.t('consent.problem', { problem: this.l.t(`options.problem.${problem}`) }) }] : []),
      { value: 'outcome', label: this.l.t('consent.outcome', { outcome: this.l.t(`outcomes.${r.outcome}.title`) }) },
      ...(r.urgent ? [{ value: 'urgent', label: this.l.t('consent.urgent') }] : []),
    ]
    return html`<h2 tabindex="-1">${this.l.t('consent.title')}</h2>
      <p>${this.l.t('consent.lead')}</p>
      <wr-choice-list
        multiple
        legend=${this.l.t('consent.legend')}
        .options=${items}
        .value=${this.shareChoices}
        @wr-choice-change=${(e: CustomEvent<{ value: string[] }>) => (this.shareChoices = e.detail.value)}
      ></wr-choice-list>
      <p class="muted">${this.l.t('consent.noPersonal')}</p>
      <div class="actions">
        <wr-button size="large" @click=${this.book}>${this.shareChoices.length ? this.l.t('consent.continueWith') : this.l.t('consent.continueWithout')}</wr-button>
        <wr-button variant="secondary" @click=${this.goBack}>${this.l.t('nav.back')}</wr-button>
      </div>`
  }

  private book(): void {
    const r = this.result
    const share = new Set(this.shareChoices)
    const problem = this.session.facts.problem
    const detail: ScreeningBookDetail = {
      outcome: r.outcome!,
      routes: share.has('outcome') ? r.routes : [],
      ...(share.has('urgent') ? { urgent: r.urgent } : {}),
      ...(share.has('problem') && typeof problem === 'string' ? { problem } : {}),
    }
    const proceed = this.emit<ScreeningBookDetail>('wr-screening-book', detail, { cancelable: true })
    if (proceed && this.bookingHref) window.location.assign(this.bookingHref)
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
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
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
}
