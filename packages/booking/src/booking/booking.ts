import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { errorSummaryStyles, focusErrorSummary, HeadingFocus, LocalizeController, markChinese, WrElement, withCleanPrototypesAsync, type WrTextField } from '@workroom/core'
import '../translations.js'
import { localize } from '../constants.js'
import type { BookingConfig } from '../config.js'
import type { BookingProvider, Hold, Office } from '../contract.js'
import { bookingStyles } from './booking.styles.js'
import { BookingFlow, type BookingPrefill, type BookingSnapshot, type BookingStep, type FieldProblem } from './booking-flow.js'
import { HoldCountdown } from './hold-countdown.controller.js'
import type { TicketContact } from './ticket-contact.js'
import type { BookingViewHost } from './views/host.js'
import { prefillView } from './views/prefill.js'
import { serviceView } from './views/service.js'
import { groupView } from './views/group.js'
import { dayView } from './views/day.js'
import { timeView } from './views/time.js'

export { CONSENT_VERSION, type BookingStep, type BookingPrefill, type BookingDraft, type BookingSnapshot } from './booking-flow.js'

/** Sent when a booking is made. No personal data: the code, service and time only. */
export interface BookingConfirmedDetail {
  code: string
  serviceId: string
  placeId: string
  start: string
  end: string
}

export interface BookingStepDetail {
  step: BookingStep
}

const VIEWS: Partial<Record<BookingStep, (h: BookingViewHost) => TemplateResult>> = {
  prefill: prefillView,
  service: serviceView,
  group: groupView,
  day: dayView,
  time: timeView,
}
let later: Promise<void> | undefined
/** Details, consent, the confirmation and change-or-cancel: they load while the first steps show (views/later.ts). */
const loadLaterViews = (): Promise<void> => (later ??= import('./views/later.js').then((m) => void Object.assign(VIEWS, m.LATER_VIEWS)))

/**
 * Books an appointment with the workroom, the judicial office or the county centre.
 * @summary One step per screen: service, day, time, details, consent, confirmation with code, QR and printable ticket.
 * @event wr-booking-confirmed - A booking was made; detail: BookingConfirmedDetail (no personal data).
 * @event wr-booking-step-change - The resident moved to another step; detail: BookingStepDetail.
 * @csspart heading - Each step's heading.
 * @csspart read-aloud - The read-aloud button next to each heading (reads the heading and the step's main text).
 * @csspart hold - How long the chosen time is still held (details and consent steps).
 * @csspart hold-expired - The notice, with "pick a time again", shown when the hold ran out.
 * @csspart ticket - The printable confirmation.
 * @csspart contact - On the ticket: who to call or visit about the booking (name, address, phone).
 * @csspart calendar - The day grid.
 * @csspart unavailable - The notice shown when online booking is not set up or cannot be reached (with the office's phone).
 * @cssprop --wr-booking-max-width - Maximum width when embedded.
 */
export class WrBooking extends WrElement {
  static override styles = [...WrElement.styles, errorSummaryStyles, bookingStyles]

  /** Where bookings go: a LocalProvider on the kiosk, an HttpProvider on a county site. */
  @property({ attribute: false }) provider?: BookingProvider
  /** Services, places, staff (validated BookingConfig). */
  @property({ attribute: false }) config?: BookingConfig
  /** A screening result to carry over, offered only with the resident's consent. */
  @property({ attribute: false }) prefill?: BookingPrefill
  /** Prefix of the QR code's text; the code is appended. Never put personal data here. */
  @property({ attribute: 'qr-prefix' }) qrPrefix = ''
  /** Start from this point of the flow instead of the first step. */
  @property({ attribute: false }) snapshot?: BookingSnapshot
  /**
   * A county booking service for one office, e.g. `https://yuyue.example.gov.cn/api/booking/offices/xx-sfs`:
   * the element fetches the office's config from `<service-url>/config` and books through it
   * (HttpProvider). Ignored when the host sets `provider` and `config` itself.
   */
  @property({ attribute: 'service-url' }) serviceUrl = ''
  /** The office's phone, shown when online booking is not set up or cannot be reached. */
  @property({ attribute: 'office-phone' }) officePhone = ''
  /** The office's name and address, shown with the phone. */
  @property({ attribute: 'office-name' }) officeName = ''
  @property({ attribute: 'office-address' }) officeAddress = ''

  /** Clock (ms) for demos and tests; the real time when unset. The hold countdown reads it too (it stands still while `now` does). */
  @property({ type: Number }) now?: number

  /** One resident's way through the booking: a session reset replaces it whole. */
  @state() flow = this.newFlow()
  /** The county service named by `service-url`: connecting, connected, or not reachable. */
  /** The resident asked a staff member to type their name (kiosk): the name field shows. */
  @state() private staffTyping = false
  @state() private connection: 'none' | 'loading' | 'ready' | 'failed' = 'none'
  /** The office as the county service describes it. */
  @state() private office?: Office
  private serviceRequest = 0
  /** The hold the countdown counts, and the step last announced (to notice changes made inside the flow). */
  private counted?: Hold
  private shownStep?: BookingStep

  readonly l = new LocalizeController(this, 'booking')
  readonly countdown = new HoldCountdown(this, () => this.now ?? Date.now(), () => void this.flow.lapse())

  private newFlow(): BookingFlow {
    return new BookingFlow({ provider: () => this.provider, config: () => this.config, now: () => this.now ?? Date.now(), changed: () => this.requestUpdate() })
  }

  /** The step on screen. */
  /** Who to call about the booking (the office-* attributes, else the county service's office). */
  get contact(): TicketContact {
    return {
      name: this.officeName || localize(this.office?.name, this.l.lang),
      address: this.officeAddress || localize(this.office?.address, this.l.lang),
      phone: this.officePhone || this.office?.phone || '',
    }
  }

  get step(): BookingStep {
    return this.flow.step
  }

  // Read by tests and the read-aloud of other hosts; the flow owns them.
  private get hold(): Hold | undefined {
    return this.flow.hold
  }
  private get draft() {
    return this.flow.draft
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // The on-screen keypad is for kiosks only: an embed never loads it.
    if (changed.has('kiosk') && this.kiosk) void import('@workroom/core/define/keypad')
    if (changed.has('snapshot') && this.snapshot) this.flow.restore(this.snapshot)
    if (changed.has('prefill')) this.flow.offerPrefill(this.prefill)
    if (this.flow.hold !== this.counted) {
      this.counted = this.flow.hold
      if (this.counted) this.countdown.start(Date.parse(this.counted.expiresAt))
      else this.countdown.stop()
    }
    if (changed.has('now')) this.countdown.tick()
    if (changed.has('serviceUrl')) void this.connect()
  }

  /** Fetches the office's config from `service-url` and books through it from then on. */
  private async connect(): Promise<void> {
    const request = ++this.serviceRequest
    const url = this.serviceUrl.trim()
    if (!url || (this.provider && this.config && this.connection === 'none')) return
    this.connection = 'loading'
    try {
      // The contract's schemas (zod) are built as the module loads: out of reach of a page's prototype extensions.
      const { HttpProvider } = await withCleanPrototypesAsync(() => import('../http-provider.js'))
      const provider = new HttpProvider({ baseUrl: new URL(url, document.baseURI).href, retries: 1 })
      const { config, office } = await provider.getConfig()
      if (request !== this.serviceRequest) return
      Object.assign(this, { provider, config, office, connection: 'ready' })
    } catch (e) {
      if (request !== this.serviceRequest) return
      this.connection = 'failed'
      console.error(`<wr-booking>: no booking config from ${url}/config (${e instanceof Error ? e.message : String(e)}). Residents are shown the office's phone${this.officePhone ? '' : ', but office-phone is not set'}.`)
    }
  }

  /** Said instead of the flow when there is no booking service: plainly, with how to book by phone. */
  private renderUnavailable() {
    if (this.connection === 'loading') return html`<p role="status">${this.l.t('connection.loading')}</p>`
    if (this.kiosk) return html`<p role="alert">${this.l.t('errors.noProvider')}</p>`
    const name = this.officeName || localize(this.office?.name, this.l.lang)
    const phone = this.officePhone || this.office?.phone
    const address = this.officeAddress || localize(this.office?.address, this.l.lang)
    const failed = this.connection === 'failed'
    return html`<div part="unavailable" class="unavailable">
      <h2 part="heading" tabindex="-1">${this.l.t(failed ? 'connection.failed' : 'connection.notSetUp')}</h2>
      <p>${this.l.t(phone ? 'connection.byPhone' : 'connection.inPerson')}</p>
      ${name ? html`<p class="office">${markChinese(name, this.l.lang)}</p>` : nothing}
      ${phone ? html`<p class="phone"><a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}><bdi dir="ltr">${phone}</bdi></a></p>` : nothing}
      ${address ? html`<p>${markChinese(address, this.l.lang)}</p>` : nothing}
      ${failed ? html`<div class="actions"><wr-button variant="secondary" @click=${() => void this.connect()}>${this.l.t('connection.retry')}</wr-button></div>` : nothing}
    </div>`
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (this.shownStep !== this.flow.step) {
      const first = this.shownStep === undefined
      this.shownStep = this.flow.step
      if (!first) {
        this.emit<BookingStepDetail>('wr-booking-step-change', { step: this.flow.step })
        this.headingFocus.focus()
      }
    }
  }

  /** Each step's heading takes focus as the step opens. */
  private readonly headingFocus = new HeadingFocus(this, { selector: 'h2' })

  /** Focuses the current step's heading (a screener on the same page sends residents here). */
  override focus(): void {
    this.headingFocus.focus()
  }

  protected override resetState(): void {
    this.staffTyping = false
    void this.flow.release()
    this.flow = this.newFlow()
  }

  /** Back to the first step for the next resident. */
  reset(): void {
    this.resetState()
  }

  protected override firstUpdated(): void {
    void loadLaterViews().then(() => this.requestUpdate())
  }

  /** Also waits for the later steps' views when the step on screen is one of them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete()
    if (VIEWS[this.flow.step]) return done
    await loadLaterViews()
    return super.getUpdateComplete()
  }

  override render() {
    const view = VIEWS[this.flow.step]
    const body =
      !this.config || !this.provider
        ? this.renderUnavailable()
        : view
          ? view(this.viewHost(this.config))
          : html`<p role="status">${this.l.t('connection.loading')}</p>`
    return html`<div class="box" lang=${this.l.lang} dir=${this.l.dir}>${body}
      <p class="visually-hidden no-print" role="status">${this.holdAnnouncement()}</p>
    </div>`
  }

  /** What the step views read, and the intents they send back. */
  private viewHost(config: BookingConfig): BookingViewHost {
    return {
      l: this.l,
      flow: this.flow,
      config,
      countdown: this.countdown,
      prefill: this.prefill,
      qrPrefix: this.qrPrefix,
      contact: this.contact,
      kiosk: this.kiosk,
      staffTyping: this.staffTyping,
      askStaff: () => {
        this.staffTyping = true
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('wr-text-field[name="name"]')?.focus())
      },
      submitDetails: () => this.submitDetails(),
      findBooking: () => this.findBooking(),
      showErrors: (errors) => void this.showErrors(errors),
      root: this.renderRoot,
      confirm: () => void this.confirm(),
      reset: () => this.reset(),
    }
  }

  /** Said to screen readers twice per hold: when it starts and at one minute left. */
  private holdAnnouncement(): string {
    if (!this.flow.hold || (this.flow.step !== 'details' && this.flow.step !== 'consent')) return ''
    if (this.countdown.announcement === 'start') return this.l.t('hold.announceStart', { count: this.countdown.announcedMinutes })
    if (this.countdown.announcement === 'last-minute') return this.l.t('hold.announceLastMinute')
    return ''
  }

  private checkFields(): FieldProblem[] {
    return [...this.renderRoot.querySelectorAll<WrTextField>('wr-text-field, wr-keypad')].flatMap((f) => {
      const message = f.validate()
      return message ? [{ field: f.name, message }] : []
    })
  }

  private async showErrors(errors: FieldProblem[]): Promise<void> {
    this.flow.showErrors(errors)
    await this.updateComplete
    focusErrorSummary(this.renderRoot)
  }

  private submitDetails(): void {
    if (this.flow.holdExpired) return
    // On a kiosk the name is optional: staff find the resident by the mobile number.
    if (this.kiosk && !this.flow.draft.name.trim()) this.flow.keepAll({ name: this.l.t('details.noName') })
    const errors = this.checkFields()
    // A mediation's matter is tapped: at least one chip (or a few words).
    if (this.flow.service?.needsDescription && !this.flow.draft.description.trim()) errors.push({ field: 'description', message: this.l.t('errors.description') })
    if (errors.length) void this.showErrors(errors)
    else this.flow.toConsent()
  }

  private findBooking(): void {
    const errors = this.checkFields()
    if (errors.length) void this.showErrors(errors)
    else void this.flow.find()
  }

  private async confirm(): Promise<void> {
    const booking = await this.flow.confirm()
    if (booking) this.emit<BookingConfirmedDetail>('wr-booking-confirmed', { code: booking.code, serviceId: booking.serviceId, placeId: booking.placeId, start: booking.start, end: booking.end })
  }
}
