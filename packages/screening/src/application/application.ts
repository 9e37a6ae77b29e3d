import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { errorSummaryStyles, focusErrorSummary, i18n, LocalizeController, showStep, speak, voiceListed, WrElement, withCleanPrototypesAsync } from '@workroom/core'
import type { Facts, RulePack, Screening } from '@workroom/rules/engine'
import zhWords from '../locales/application/zh-Hans.json' with { type: 'json' }
import enWords from '../locales/application/en.json' with { type: 'json' }
import { applicationStyles } from './application.styles.js'
import { ApplicationFlow, type ApplicationSnapshot, type ApplicationStep } from './application-flow.js'
import type { ApplicationProvider, Village } from './types.js'
import type { ApplicationViewHost } from './views/host.js'
import { accountView, addressView, introView, mobileView, nameView, stageView, whoView } from './views/steps.js'
import { consentView, idView, pledgeSpeech, pledgeView } from './views/consent.js'
import { doneView, reviewView, statusView } from './views/review.js'
import { sheetView } from './views/sheet.js'

// The words of the application travel with it, not with the screener's first page.
i18n.addResourceBundle('zh-Hans', 'screening', zhWords, true, true)
i18n.addResourceBundle('en', 'screening', enWords, true, true)

export type { ApplicationStep, ApplicationSnapshot } from './application-flow.js'

/** Sent when an application was sent or queued: the code only, no personal data. */
export interface ApplicationSubmittedDetail {
  code: string
  /** Waiting in this kiosk's outbox for the network. */
  queued: boolean
  outcome: string
}

export interface ApplicationStepDetail {
  step: ApplicationStep
}

/** Why the host should take the resident away: back to the result, or finished. */
export interface ApplicationCloseDetail {
  reason: 'back' | 'finished'
}

const VIEWS: Record<ApplicationStep, (h: ApplicationViewHost) => TemplateResult> = {
  intro: introView,
  who: whoView,
  name: nameView,
  mobile: mobileView,
  address: addressView,
  stage: stageView,
  account: accountView,
  consent: consentView,
  id: idView,
  pledge: pledgeView,
  review: reviewView,
  done: doneView,
  status: statusView,
}

/**
 * A legal-aid application from a screening result: asks only what the screening does not know,
 * separate consent for sensitive data, the integrity pledge, a review, then sends it to the county
 * service (or a kiosk's outbox) and gives an 8-digit code; or prints the A4 pre-filled sheet.
 * @summary From "you can apply" to an application sent, or a sheet printed.
 * @event wr-application-step-change - The resident moved to another step; detail: ApplicationStepDetail.
 * @event wr-application-submitted - Sent or queued; detail: ApplicationSubmittedDetail (the code, never personal data).
 * @event wr-application-close-request - The resident chose to leave (back to the result, or done); detail: ApplicationCloseDetail.
 * @csspart heading - Each step's heading.
 * @csspart pledge - The integrity pledge's words.
 * @csspart receipt - The code, its QR code and what happens next.
 * @csspart status - The application's state on the status step.
 * @csspart sheet - The printed A4 pre-filled information sheet.
 * @cssprop --wr-application-max-width - Maximum width when embedded (default 768px).
 */
export class WrAidApplication extends WrElement {
  static override styles = [...WrElement.styles, errorSummaryStyles, applicationStyles]

  /** The screening's result (what it decided, why, what to bring). */
  @property({ attribute: false }) result?: Screening
  /** The screening's answers (memory only). */
  @property({ attribute: false }) facts: Facts = {}
  /** The rules in use: their words for the materials, the region's commitment papers. */
  @property({ attribute: false }) pack?: RulePack
  /** Where applications go: the county service's client, or a kiosk's outbox. */
  @property({ attribute: false }) provider?: ApplicationProvider
  /**
   * The county service's office, e.g. `https://fw.example.gov.cn/api/booking/offices/xx-sfs` (the
   * same base a booking uses): applications are sent there. Ignored when `provider` is set.
   */
  @property({ attribute: 'service-url' }) serviceUrl = ''
  /** The office id on the county service; by default the last part of `service-url`. */
  @property({ attribute: 'office-id' }) officeId = ''
  /** The workroom the application is taken at (a place id of the office), on a kiosk. */
  @property({ attribute: 'workroom-id' }) workroomId = ''
  @property({ attribute: 'office-name' }) officeName = ''
  /** The workroom's villages and communities, to tap for the address. */
  @property({ attribute: false }) villages: Village[] = []
  /** Shows the printed sheet on screen instead of the steps (stories, a staff preview). */
  @property({ type: Boolean, reflect: true, attribute: 'sheet-preview' }) sheetPreview = false
  /** Start from this point (stories, tests). */
  @property({ attribute: false }) snapshot?: ApplicationSnapshot
  /** Clock (ms) for demos and tests. */
  @property({ type: Number }) now?: number

  @state() flow = this.newFlow()
  /** Which sheet prints: the filled one, or the one without personal details. */
  @state() private blank = false
  @state() private connected?: ApplicationProvider
  private shownStep?: ApplicationStep
  private serviceRequest = 0

  readonly l = new LocalizeController(this, 'screening')

  private newFlow(): ApplicationFlow {
    return new ApplicationFlow({
      provider: () => this.provider ?? this.connected,
      facts: () => this.facts,
      result: () => this.result,
      pack: () => this.pack,
      officeId: () => this.officeId || this.serviceUrl.replace(/\/+$/, '').split('/').pop() || '',
      workroomId: () => this.workroomId,
      channel: () => (this.kiosk ? 'kiosk' : 'web'),
      now: () => this.now ?? Date.now(),
      changed: () => this.requestUpdate(),
    })
  }

  get step(): ApplicationStep {
    return this.flow.step
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('kiosk') && this.kiosk) void import('@workroom/core/define/keypad')
    if (changed.has('snapshot') && this.snapshot) this.flow.restore(this.snapshot)
    if (changed.has('serviceUrl')) void this.connect()
  }

  /** The county service's client for `service-url` (loaded on first use: it brings the contract's schemas). */
  private async connect(): Promise<void> {
    const request = ++this.serviceRequest
    const url = this.serviceUrl.trim()
    if (!url) {
      this.connected = undefined
      return
    }
    const { ApplicationClient } = await withCleanPrototypesAsync(() => import('./http-client.js'))
    if (request !== this.serviceRequest) return
    this.connected = new ApplicationClient({ baseUrl: new URL(url, document.baseURI).href, retries: 1 })
  }

  protected override firstUpdated(): void {
    // Opened from the screener's result: the first step's heading takes focus.
    if (this.autofocus) this.focus()
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (this.shownStep !== this.flow.step) {
      const first = this.shownStep === undefined
      this.shownStep = this.flow.step
      if (!first) {
        this.emit<ApplicationStepDetail>('wr-application-step-change', { step: this.flow.step })
        showStep(this.renderRoot.querySelector<HTMLElement>('h2'), this)
        // On a kiosk with a voice, the pledge is read out as it appears (LAL 41: read to anyone who cannot read it).
        if (this.flow.step === 'pledge' && this.kiosk && voiceListed(this.l.lang)) {
          if (speak(pledgeSpeech(this.viewHost()), { lang: this.l.lang })) this.flow.keep('pledgeHeard', true)
        }
      }
    }
  }

  /** Focuses the current step's heading (the screener calls it when the application opens). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
  }

  protected override resetState(): void {
    this.blank = false
    this.flow = this.newFlow()
    this.shownStep = undefined
  }

  override render() {
    const h = this.viewHost()
    const body = VIEWS[this.flow.step](h)
    // The filled sheet only once there is something to fill; the blank one from the first step.
    const sheet = this.blank || this.flow.step === 'intro' ? sheetView(h, true, this.now ?? Date.now()) : sheetView(h, false, this.now ?? Date.now())
    return html`<div class="box" lang=${this.l.lang} dir=${this.l.dir}>
      <div class="screen">${body}</div>
      ${this.result?.outcome ? sheet : nothing}
    </div>`
  }

  private viewHost(): ApplicationViewHost {
    return {
      l: this.l,
      flow: this.flow,
      ...(this.pack ? { pack: this.pack } : {}),
      ...(this.result ? { result: this.result } : {}),
      kiosk: this.kiosk,
      villages: this.villages,
      canSubmit: !!(this.provider ?? this.connected),
      blank: this.blank,
      officeName: this.officeName,
      root: this.renderRoot,
      next: () => void this.next(),
      back: () => (this.flow.step === 'intro' ? this.close('back') : this.flow.back()),
      submit: () => void this.submit(),
      print: (blank) => void this.print(blank),
      close: () => this.close('back'),
      finish: () => this.close('finished'),
      checkStatus: () => void this.checkStatus(),
    }
  }

  private async next(): Promise<void> {
    if (this.flow.next()) return
    await this.updateComplete
    focusErrorSummary(this.renderRoot)
  }

  private async submit(): Promise<void> {
    const receipt = await this.flow.submit()
    await this.updateComplete
    if (receipt) this.emit<ApplicationSubmittedDetail>('wr-application-submitted', { code: receipt.code, queued: this.flow.queued, outcome: this.result?.outcome ?? '' })
    else if (this.flow.errors.length) focusErrorSummary(this.renderRoot)
    else this.renderRoot.querySelector<HTMLElement>('.alert')?.focus()
  }

  private async checkStatus(): Promise<void> {
    await this.flow.checkStatus()
    await this.updateComplete
    if (this.flow.errors.length) focusErrorSummary(this.renderRoot)
    else this.renderRoot.querySelector<HTMLElement>('#status-state')?.focus()
  }

  private async print(blank: boolean): Promise<void> {
    this.blank = blank
    await this.updateComplete
    window.print()
    this.blank = false
  }

  private close(reason: ApplicationCloseDetail['reason']): void {
    this.emit<ApplicationCloseDetail>('wr-application-close-request', { reason })
    if (reason === 'finished') this.resetState()
  }
}
