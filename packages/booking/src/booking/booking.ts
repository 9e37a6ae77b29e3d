import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, withCleanPrototypesAsync, type ChoiceChangeDetail, type FieldSchema, type WrTextField } from '@workroom/core'
import '../translations.js'
import { BookingError, localize, newKey, NEEDS, PRIORITY_GROUPS, type Need, type PriorityGroup } from '../constants.js'
import type { BookingConfig, Service } from '../config.js'
import type { Booking, BookingProvider, Hold, Office, ResidentDetails, SlotAvailability } from '../contract.js'
import { clockFromIso, formatDay, formatFullDay, formatMonth } from '../format.js'
import { earliestAvailable } from '../slots.js'
import { addDays, toIsoDate, weekdayOf, type IsoDate } from '../time.js'
import { checkIdNumber, isMainlandMobile, normalizeMobile } from '../validate.js'
import { bookingStyles } from './booking.styles.js'
import { HoldCountdown } from './hold-countdown.controller.js'
import { renderTicketContact, type TicketContact } from './ticket-contact.js'

export type BookingStep = 'prefill' | 'manage' | 'service' | 'group' | 'day' | 'time' | 'details' | 'consent' | 'done'

/** What a screening result may carry over, only if the resident agrees. */
export interface BookingPrefill {
  serviceId?: string
  notes?: string
}

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

/** The details form as typed, kept across errors and failed network calls. */
export interface BookingDraft {
  /** Booking code, when changing or cancelling. */
  code?: string
  name: string
  mobile: string
  idNumber: string
  description: string
  otherPartyName: string
  otherPartyContact: string
  notes: string
  needs: Need[]
}

const emptyDraft = (): BookingDraft => ({ name: '', mobile: '', idNumber: '', description: '', otherPartyName: '', otherPartyContact: '', notes: '', needs: [] })

export const CONSENT_VERSION = '2026-1'

/** A point in the flow to start from (stories, or a kiosk resuming after a reload). */
export interface BookingSnapshot {
  step: BookingStep
  serviceId?: string
  group?: PriorityGroup | 'none'
  date?: IsoDate
  slots?: SlotAvailability[]
  hold?: Hold
  draft?: Partial<BookingDraft>
  booking?: Booking
  errors?: { field: string; message: string }[]
  alert?: string
}

const idSchema: FieldSchema = {
  safeParse(value) {
    const problem = checkIdNumber(String(value))
    return problem === 'ok' ? { success: true, data: value } : { success: false, error: { issues: [{ message: `booking:errors.id.${problem}` }] } }
  },
}
// Plain checks shaped like zod's safeParse, so the element ships without the schemas.
const check = (ok: boolean, message: string) => (ok ? { success: true as const, data: undefined } : { success: false as const, error: { issues: [{ message }] } })
const mobileSchema: FieldSchema = { safeParse: (v) => check(isMainlandMobile(String(v)), 'booking:errors.mobile') }
const codeSchema: FieldSchema = { safeParse: (v) => check(/^[A-Z0-9]{6}$/i.test(String(v).trim()), 'booking:errors.code') }
const nameSchema: FieldSchema = {
  safeParse: (v) => (String(v).trim().length > 40 ? check(false, 'booking:errors.nameLong') : check(String(v).trim() !== '', 'booking:errors.name')),
}

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
  static override styles = [...WrElement.styles, bookingStyles]

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

  @state() step: BookingStep = 'service'
  @state() private serviceId = ''
  @state() private group: PriorityGroup | 'none' | '' = ''
  @state() private slots: SlotAvailability[] = []
  @state() private date: IsoDate = ''
  @state() private hold?: Hold
  @state() private draft: BookingDraft = emptyDraft()
  @state() private errors: { field: string; message: string }[] = []
  @state() private alert = ''
  @state() private busy = false
  @state() private booking?: Booking
  @state() private waitlisted = 0
  private prefillDecided = false
  /** Set while a resident moves an existing booking to a new time. */
  @state() private rescheduling?: { code: string; mobile: string }
  @state() private found?: Booking
  @state() private manageMessage = ''
  private confirmKey = newKey()
  /** The county service named by `service-url`: connecting, connected, or not reachable. */
  @state() private connection: 'none' | 'loading' | 'ready' | 'failed' = 'none'
  /** The office as the county service describes it. */
  @state() private office?: Office
  private serviceRequest = 0
  /** The held place lapsed while the resident was typing: they must pick a time again (their details stay). */
  @state() private holdExpired = false

  private readonly l = new LocalizeController(this, 'booking')
  private readonly countdown = new HoldCountdown(this, () => this.now ?? Date.now(), () => this.holdLapsed())

  private get service(): Service | undefined {
    return this.config?.services.find((s) => s.id === this.serviceId)
  }

  private get priority(): boolean {
    return !!this.group && this.group !== 'none' && !!this.config?.greenChannel.groups.includes(this.group)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('snapshot') && this.snapshot) {
      const { draft, ...rest } = this.snapshot
      Object.assign(this, rest)
      if (draft) this.draft = { ...emptyDraft(), ...draft }
      this.prefillDecided = true
      if ((this.step === 'day' || this.step === 'time') && !this.snapshot.slots) void this.loadSlots()
    }
    if (changed.has('prefill') && this.prefill && !this.prefillDecided && this.step === 'service') this.step = 'prefill'
    const own = changed as Map<PropertyKey, unknown>
    if (own.has('hold')) {
      if (this.hold) this.countdown.start(Date.parse(this.hold.expiresAt))
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

  /** Who to call about the booking (the office-* attributes, else the county service's office). */
  private get contact(): TicketContact {
    return {
      name: this.officeName || localize(this.office?.name, this.l.lang),
      address: this.officeAddress || localize(this.office?.address, this.l.lang),
      phone: this.officePhone || this.office?.phone || '',
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
      ${name ? html`<p class="office">${name}</p>` : nothing}
      ${phone ? html`<p class="phone"><a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}><bdi dir="ltr">${phone}</bdi></a></p>` : nothing}
      ${address ? html`<p>${address}</p>` : nothing}
      ${failed ? html`<div class="actions"><wr-button variant="secondary" @click=${() => void this.connect()}>${this.l.t('connection.retry')}</wr-button></div>` : nothing}
    </div>`
  }

  /** The hold ran out: say so plainly, keep every field, and offer to pick a time again. */
  private holdLapsed(): void {
    const hold = this.hold
    if (!hold || (this.step !== 'details' && this.step !== 'consent')) return
    this.hold = undefined
    this.holdExpired = true
    void this.provider?.releaseHold({ holdId: hold.holdId }).catch(() => undefined)
  }

  private repick = async (): Promise<void> => {
    this.holdExpired = false
    this.go('time')
    await this.loadSlots()
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('step') && changed.get('step') !== undefined) {
      this.emit<BookingStepDetail>('wr-booking-step-change', { step: this.step })
      this.focusHeading()
    }
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus()
  }

  /** Focuses the current step's heading (a screener on the same page sends residents here). */
  override focus(): void {
    this.focusHeading()
  }

  protected override resetState(): void {
    if (this.hold) void this.provider?.releaseHold({ holdId: this.hold.holdId }).catch(() => undefined)
    Object.assign(this, { step: 'service', serviceId: '', group: '', slots: [], date: '', hold: undefined, holdExpired: false, draft: emptyDraft(), errors: [], alert: '', booking: undefined, waitlisted: 0, rescheduling: undefined, found: undefined, manageMessage: '' })
    this.prefillDecided = false
    this.confirmKey = newKey()
  }

  /** Back to the first step for the next resident. */
  reset(): void {
    this.resetState()
  }

  private go(step: BookingStep): void {
    this.alert = ''
    this.errors = []
    this.step = step
  }

  private today(): IsoDate {
    return toIsoDate(this.now ?? Date.now())
  }

  private async loadSlots(): Promise<void> {
    if (!this.provider) return
    this.busy = true
    try {
      this.slots = (await this.provider.listSlots({ serviceId: this.serviceId, priority: this.priority })).slots
      this.alert = ''
    } catch {
      this.alert = this.l.t('errors.network')
    } finally {
      this.busy = false
    }
  }

  override render() {
    const body = !this.config || !this.provider ? this.renderUnavailable() : this.renderStep()
    return html`<div class="box" lang=${this.l.lang} dir=${this.l.dir}>${body}
      <p class="visually-hidden no-print" role="status">${this.holdAnnouncement()}</p>
    </div>`
  }

  /**
   * The step's heading, with a read-aloud button that reads it and the step's main text.
   * @param say What else to read after the heading (the hint, the choices, the result).
   */
  private heading(key: string, ...say: (string | undefined)[]): TemplateResult {
    const title = this.l.t(key)
    const en = this.l.lang === 'en'
    // A pause between parts: the part's own punctuation, or a full stop when it has none.
    const text = [title, ...say]
      .map((p) => p?.trim() ?? '')
      .filter(Boolean)
      .map((p) => (/[。.！？!?：:；;]$/.test(p) ? p : `${p}${en ? '.' : '。'}`))
      .join(en ? ' ' : '')
    return html`<div class="head">
      <h2 part="heading" tabindex="-1">${title}</h2>
      <wr-read-aloud class="no-print" part="read-aloud" subject=${title} .text=${text}></wr-read-aloud>
    </div>`
  }

  /** Said to screen readers twice per hold: when it starts and at one minute left. */
  private holdAnnouncement(): string {
    if (!this.hold || (this.step !== 'details' && this.step !== 'consent')) return ''
    if (this.countdown.announcement === 'start') return this.l.t('hold.announceStart', { count: this.countdown.announcedMinutes })
    if (this.countdown.announcement === 'last-minute') return this.l.t('hold.announceLastMinute')
    return ''
  }

  /** The hold as read aloud: until when (a clock time does not go stale while being read). */
  private holdSpeech(): string {
    if (this.holdExpired) return this.l.t('hold.expired')
    return this.hold ? this.l.t('hold.until', { time: `${clockFromIso(this.hold.expiresAt)}（${this.l.t('beijingTime')}）` }) : ''
  }

  /** What the resident reads while a place is held: minutes, then seconds in the last minute. */
  private holdText(): string {
    const c = this.countdown
    return c.msLeft > 60_000 ? this.l.t('hold.minutesLeft', { count: c.minutesLeft }) : this.l.t('hold.secondsLeft', { count: Math.ceil(c.msLeft / 1000) })
  }

  private renderHold() {
    if (this.holdExpired)
      return html`<div class="alert expired" part="hold-expired" role="alert">
        <p>${this.l.t('hold.expired')}</p>
        <wr-button variant="primary" size="large" @click=${this.repick}>${this.l.t('hold.repick')}</wr-button>
      </div>`
    if (!this.hold) return nothing
    return html`<p class="held ${this.countdown.phase === 'last-minute' ? 'soon' : ''}" part="hold">${this.holdText()}</p>`
  }

  private renderAlert() {
    return this.alert ? html`<p class="alert" role="alert">${this.alert}</p>` : nothing
  }

  private renderStep(): TemplateResult {
    switch (this.step) {
      case 'prefill':
        return this.renderPrefill()
      case 'manage':
        return this.renderManage()
      case 'service':
        return this.renderService()
      case 'group':
        return this.renderGroup()
      case 'day':
        return this.renderDay()
      case 'time':
        return this.renderTime()
      case 'details':
        return this.renderDetails()
      case 'consent':
        return this.renderConsent()
      case 'done':
        return this.renderDone()
    }
  }

  private renderPrefill() {
    return html`${this.heading('steps.prefill', this.l.t('prefill.hint'))}
      <p class="hint">${this.l.t('prefill.hint')}</p>
      <div class="actions">
        <wr-button variant="primary" size="large" @click=${() => this.decidePrefill(true)}>${this.l.t('prefill.yes')}</wr-button>
        <wr-button variant="secondary" size="large" @click=${() => this.decidePrefill(false)}>${this.l.t('prefill.no')}</wr-button>
      </div>`
  }

  private decidePrefill(use: boolean): void {
    this.prefillDecided = true
    if (use && this.prefill) {
      if (this.prefill.serviceId && this.config?.services.some((s) => s.id === this.prefill!.serviceId)) this.serviceId = this.prefill.serviceId
      if (this.prefill.notes) this.draft = { ...this.draft, notes: this.prefill.notes }
    }
    this.go('service')
  }

  private renderService() {
    const options = this.config!.services.map((s) => ({ value: s.id, label: localize(s.name, this.l.lang), ...(s.description ? { hint: localize(s.description, this.l.lang) } : {}) }))
    const error = this.errors.find((e) => e.field === 'service')?.message ?? ''
    return html`${this.heading('steps.service', ...options.map((o) => o.label))} ${this.renderSummary()}
      <wr-choice-list id="field-service" name="service" legend=${this.l.t('steps.service')} legend-hidden .options=${options} .value=${this.serviceId} error=${error}
        @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => (this.serviceId = String(e.detail.value))}></wr-choice-list>
      <div class="actions">
        <wr-button variant="primary" size="large" @click=${this.chooseService}>${this.l.t('continue')}</wr-button>
        <wr-button variant="quiet" @click=${() => this.go('manage')}>${this.l.t('manage.open')}</wr-button>
      </div>`
  }

  private renderManage() {
    const b = this.found
    const found = b
      ? this.l.t('manage.found', {
          service: localize(this.config!.services.find((s) => s.id === b.serviceId)?.name, this.l.lang),
          time: `${formatFullDay(b.start.slice(0, 10), this.l.lang)} ${clockFromIso(b.start)}（${this.l.t('beijingTime')}）`,
        })
      : ''
    return html`${this.heading('steps.manage', this.manageMessage, found || this.l.t('manage.codeHint'))} ${this.renderSummary()} ${this.renderAlert()}
      ${this.manageMessage ? html`<p class="ok" role="status">${this.manageMessage}</p>` : nothing}
      ${b
        ? html`<p>${found}</p>
            ${b.status === 'booked'
              ? html`<div class="actions">
                  <wr-button variant="primary" @click=${this.startReschedule}>${this.l.t('manage.reschedule')}</wr-button>
                  <wr-button variant="danger" ?disabled=${this.busy} @click=${this.cancelFound}>${this.l.t('manage.cancel')}</wr-button>
                </div>`
              : nothing}`
        : html`${this.field('code', this.l.t('manage.code'), { hint: this.l.t('manage.codeHint'), required: true, schema: codeSchema, maxlength: 6 })}
            ${this.field('mobile', this.l.t('manage.mobile'), { type: 'tel', required: true, schema: mobileSchema, autocomplete: 'tel', maxlength: 20 })}
            <div class="actions"><wr-button variant="primary" ?disabled=${this.busy} @click=${this.findBooking}>${this.l.t('manage.find')}</wr-button></div>`}
      <div class="actions"><wr-button variant="quiet" @click=${() => this.reset()}>${this.l.t('back')}</wr-button></div>`
  }

  private findBooking = async (): Promise<void> => {
    const fields = [...this.renderRoot.querySelectorAll<WrTextField>('wr-text-field')]
    const errors = fields.flatMap((f) => (f.validate() ? [{ field: f.name, message: f.error }] : []))
    if (errors.length) return this.showErrors(errors)
    this.errors = []
    this.busy = true
    try {
      const code = (this.draft.code ?? '').trim().toUpperCase()
      this.found = await this.provider!.lookup({ code, mobile: normalizeMobile(this.draft.mobile) })
      this.alert = ''
    } catch (e) {
      this.alert = e instanceof BookingError && e.code === 'not-found' ? this.l.t('errors.notFound') : this.l.t('errors.network')
    } finally {
      this.busy = false
    }
  }

  private cancelFound = async (): Promise<void> => {
    const b = this.found
    if (!b || this.busy) return
    this.busy = true
    try {
      this.found = await this.provider!.cancel({ code: b.code, mobile: b.details.mobile, idempotencyKey: this.confirmKey })
      this.confirmKey = newKey()
      this.manageMessage = this.l.t('manage.cancelled')
      this.alert = ''
    } catch {
      this.alert = this.l.t('errors.network')
    } finally {
      this.busy = false
    }
  }

  private startReschedule = async (): Promise<void> => {
    const b = this.found
    if (!b) return
    this.rescheduling = { code: b.code, mobile: b.details.mobile }
    this.serviceId = b.serviceId
    this.group = b.details.priorityGroup ?? 'none'
    this.go('day')
    await this.loadSlots()
  }

  private chooseService = (): void => {
    if (!this.service) {
      void this.showErrors([{ field: 'service', message: this.l.t('steps.service') }])
      return
    }
    this.go('group')
  }

  private renderGroup() {
    const allowed = this.config!.greenChannel.groups
    const options = [
      ...PRIORITY_GROUPS.filter((g) => allowed.includes(g)).map((g) => ({ value: g, label: this.l.t(`group.${g}`) })),
      { value: 'none', label: this.l.t('group.none') },
    ]
    const error = this.errors.find((e) => e.field === 'group')?.message ?? ''
    return html`${this.heading('steps.group', this.l.t('group.hint'), ...options.map((o) => o.label))} ${this.renderSummary()}
      <p class="hint">${this.l.t('group.hint')}</p>
      <wr-choice-list id="field-group" name="group" legend=${this.l.t('steps.group')} legend-hidden .options=${options} .value=${this.group} error=${error}
        @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => (this.group = String(e.detail.value) as PriorityGroup | 'none')}></wr-choice-list>
      <div class="actions">
        <wr-button variant="primary" size="large" @click=${this.chooseGroup}>${this.l.t('continue')}</wr-button>
        <wr-button variant="quiet" @click=${() => this.go('service')}>${this.l.t('back')}</wr-button>
      </div>`
  }

  private chooseGroup = async (): Promise<void> => {
    if (!this.group) this.group = 'none'
    const eligible = this.service?.eligibleGroups
    if (eligible && (this.group === 'none' || !eligible.includes(this.group))) {
      void this.showErrors([{ field: 'group', message: this.l.t('group.notEligible') }])
      return
    }
    this.go('day')
    await this.loadSlots()
  }

  /** Free places per date for this resident. */
  private placesByDate(): Map<IsoDate, number> {
    const m = new Map<IsoDate, number>()
    for (const s of this.slots) m.set(s.date, (m.get(s.date) ?? 0) + s.remaining)
    return m
  }

  private renderDay() {
    const today = this.today()
    const byDate = this.placesByDate()
    const horizon = this.service?.horizonDays ?? 30
    const first = addDays(today, 1 - weekdayOf(today))
    const last = addDays(today, horizon)
    const weeks: IsoDate[][] = []
    for (let d = first; d <= last; d = addDays(d, 7)) weeks.push([0, 1, 2, 3, 4, 5, 6].map((i) => addDays(d, i)))
    const focusDate = this.date && byDate.get(this.date) ? this.date : ([...byDate].find(([, n]) => n > 0)?.[0] ?? today)
    const earliest = this.priority ? earliestAvailable(this.slots) : undefined
    const earliestText = earliest ? this.l.t('day.earliest', { time: `${formatDay(earliest.date, this.l.lang)} ${clockFromIso(earliest.start)}（${this.l.t('beijingTime')}）` }) : ''
    const freeDays = [...byDate].filter(([, n]) => n > 0).slice(0, 5).map(([d]) => formatDay(d, this.l.lang))
    const say = [earliestText, this.l.t('day.hint'), freeDays.length ? this.l.t('day.freeDays', { days: freeDays.join(this.l.lang === 'en' ? ', ' : '、') }) : this.l.t('day.none')]
    return html`${this.heading('steps.day', ...say)} ${this.renderAlert()}
      ${earliest
        ? html`<div class="ok">
            <p>${earliestText}</p>
            <wr-button variant="primary" @click=${() => this.takeSlot(earliest)}>${this.l.t('day.takeEarliest')}</wr-button>
          </div>`
        : nothing}
      <p class="hint" id="day-hint">${this.l.t('day.hint')}</p>
      ${this.slots.length === 0 && !this.busy ? html`<p class="note">${this.l.t('day.none')}</p>` : nothing}
      <p class="month" id="month">${formatMonth(today, this.l.lang)}</p>
      <table part="calendar" role="grid" aria-labelledby="month" aria-describedby="day-hint" @keydown=${this.onGridKey}>
        <thead><tr>${([1, 2, 3, 4, 5, 6, 7] as const).map((w) => html`<th scope="col">${this.l.t(`day.weekdays.${w}`)}</th>`)}</tr></thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((d) => {
                if (d < today || d > last) return html`<td></td>`
                const free = byDate.get(d) ?? 0
                const offered = byDate.has(d)
                const mark = free > 0 ? 'available' : offered ? 'full' : 'closed'
                return html`<td>
                  <button type="button" class="day ${free > 0 ? 'free' : ''}" data-date=${d} tabindex=${d === focusDate ? 0 : -1}
                    aria-disabled=${offered ? 'false' : 'true'} aria-pressed=${d === this.date ? 'true' : 'false'}
                    aria-label=${`${formatDay(d, this.l.lang)}，${this.l.t(`day.${mark}`)}`}
                    @click=${() => this.chooseDay(d)}>
                    <span aria-hidden="true">${+d.slice(8)}</span><span class="mark" aria-hidden="true">${free > 0 ? '●' : ''}</span>
                  </button>
                </td>`
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="actions"><wr-button variant="quiet" @click=${() => this.go('group')}>${this.l.t('back')}</wr-button></div>`
  }

  private onGridKey = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as HTMLElement
    const date = target.dataset?.date
    if (!date) return
    const delta = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key]
    if (delta === undefined) return
    e.preventDefault()
    const next = this.renderRoot.querySelector<HTMLButtonElement>(`button[data-date="${addDays(date, delta)}"]`)
    if (!next) return
    target.tabIndex = -1
    next.tabIndex = 0
    next.focus()
  }

  private chooseDay(date: IsoDate): void {
    if (!this.placesByDate().has(date)) return
    this.date = date
    this.go('time')
  }

  private renderTime() {
    const day = this.slots.filter((s) => s.date === this.date)
    const open = day.filter((s) => s.remaining > 0)
    const next = open.length ? undefined : earliestAvailable(this.slots.filter((s) => s.start > (day.at(-1)?.start ?? '')))
    const nextText = next ? this.l.t('time.nextFree', { time: `${formatDay(next.date, this.l.lang)} ${clockFromIso(next.start)}（${this.l.t('beijingTime')}）` }) : ''
    const say = [formatFullDay(this.date, this.l.lang), this.l.t('time.hint'), ...(open.length ? open.map((s) => `${clockFromIso(s.start)}–${clockFromIso(s.end)}`) : [this.l.t('time.dayFull'), nextText])]
    return html`${this.heading('steps.time', ...say)} ${this.renderAlert()}
      <p><strong>${formatFullDay(this.date, this.l.lang)}</strong></p>
      <p class="hint">${this.l.t('time.hint')}</p>
      ${open.length
        ? html`<ul class="times">
            ${open.map(
              (s) => html`<li>
                <wr-button variant="secondary" size="large" full-width ?disabled=${this.busy} @click=${() => this.takeSlot(s)}>
                  ${clockFromIso(s.start)}–${clockFromIso(s.end)}（${this.l.t('beijingTime')}） · ${this.l.t('time.places', { count: s.remaining })}
                </wr-button>
              </li>`,
            )}
          </ul>`
        : html`<p class="note">${this.l.t('time.dayFull')}</p>
            ${next
              ? html`<p>${nextText}</p>
                  <wr-button variant="primary" @click=${() => this.takeSlot(next)}>${this.l.t('time.takeNext')}</wr-button>`
              : nothing}
            ${this.waitlisted
              ? html`<p class="ok" role="status">${this.l.t('time.waitlisted', { position: this.waitlisted })}</p>`
              : html`<wr-button variant="secondary" @click=${this.startWaitlist}>${this.l.t('time.waitlist')}</wr-button>`}`}
      <div class="actions"><wr-button variant="quiet" @click=${() => this.go('day')}>${this.l.t('back')}</wr-button></div>`
  }

  private waitlistMode = false

  private startWaitlist = (): void => {
    this.waitlistMode = true
    this.go('details')
  }

  private async takeSlot(slot: SlotAvailability): Promise<void> {
    if (!this.provider || this.busy) return
    this.busy = true
    try {
      if (this.hold) await this.provider.releaseHold({ holdId: this.hold.holdId }).catch(() => undefined)
      this.hold = await this.provider.hold({ slotId: slot.id, priority: this.priority, idempotencyKey: newKey() })
      this.holdExpired = false
      this.date = slot.date
      this.waitlistMode = false
      if (this.rescheduling) {
        this.booking = await this.provider.reschedule({ ...this.rescheduling, holdId: this.hold.holdId, idempotencyKey: this.confirmKey })
        this.hold = undefined
        this.rescheduling = undefined
        this.confirmKey = newKey()
        this.go('done')
        return
      }
      this.go('details')
    } catch (e) {
      this.alert = e instanceof BookingError && e.code === 'slot-full' ? this.l.t('errors.slotFull') : this.l.t('errors.network')
      if (e instanceof BookingError && e.code === 'slot-full') void this.loadSlots()
    } finally {
      this.busy = false
    }
  }

  private field(name: keyof BookingDraft, label: string, opts: { hint?: string; type?: 'text' | 'tel'; required?: boolean; schema?: FieldSchema; autocomplete?: string; maxlength?: number } = {}) {
    const error = this.errors.find((e) => e.field === name)?.message ?? ''
    return html`<wr-text-field id=${`field-${name}`} name=${name} label=${label} hint=${opts.hint ?? ''} type=${opts.type ?? 'text'}
      ?required=${!!opts.required} .schema=${opts.schema} .value=${String(this.draft[name] ?? '')} error=${error}
      autocomplete=${opts.autocomplete ?? 'off'} maxlength=${opts.maxlength ?? 500}
      @input=${(e: Event) => this.keep(name, (e.currentTarget as WrTextField).value)}
      @wr-field-change=${(e: CustomEvent<{ value: string }>) => this.keep(name, e.detail.value)}></wr-text-field>`
  }

  /** Keeps what was typed. A field being removed (step change, session reset) can still fire a change: ignore it then. */
  private keep(name: keyof BookingDraft, value: string): void {
    if (this.step !== 'details' && this.step !== 'manage') return
    this.draft = { ...this.draft, [name]: value }
  }

  private renderDetails() {
    const s = this.service!
    const needs = NEEDS.map((n) => ({ value: n, label: this.l.t(`details.need.${n}`) }))
    const ask = [this.l.t('details.name'), this.l.t('details.mobile'), ...(s.needsIdNumber ? [this.l.t('details.idNumber')] : []), ...(s.needsDescription ? [this.l.t('details.description')] : [])]
    return html`${this.heading('steps.details', this.holdSpeech(), ask.join(this.l.lang === 'en' ? ', ' : '、'))} ${this.renderSummary()} ${this.renderAlert()}
      ${this.renderHold()}
      ${this.field('name', this.l.t('details.name'), { required: true, schema: nameSchema, autocomplete: 'name', maxlength: 40 })}
      ${this.field('mobile', this.l.t('details.mobile'), { hint: this.l.t('details.mobileHint'), type: 'tel', required: true, schema: mobileSchema, autocomplete: 'tel', maxlength: 20 })}
      ${s.needsIdNumber ? this.field('idNumber', this.l.t('details.idNumber'), { hint: this.l.t('details.idNumberHint'), required: true, schema: idSchema, maxlength: 18 }) : nothing}
      ${s.kind === 'mediation' ? html`<p class="note">${this.l.t('details.voluntary')}</p>` : nothing}
      ${s.needsDescription ? this.field('description', this.l.t('details.description'), { hint: this.l.t('details.descriptionHint'), required: true }) : nothing}
      ${s.asksOtherParty
        ? html`${this.field('otherPartyName', this.l.t('details.otherPartyName'), { maxlength: 40 })}
          ${this.field('otherPartyContact', this.l.t('details.otherPartyContact'), { maxlength: 40 })}`
        : nothing}
      <wr-choice-list name="needs" multiple legend=${this.l.t('details.needs')} .options=${needs} .value=${this.draft.needs}
        @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => (this.draft = { ...this.draft, needs: e.detail.value as Need[] })}></wr-choice-list>
      ${this.field('notes', this.l.t('details.notes'))}
      <div class="actions">
        ${this.holdExpired ? nothing : html`<wr-button variant="primary" size="large" @click=${this.submitDetails}>${this.l.t('continue')}</wr-button>`}
        <wr-button variant="quiet" @click=${this.backToTimes}>${this.l.t('back')}</wr-button>
      </div>`
  }

  /** Going back to choose another time gives the held place back (the typed details stay). */
  private backToTimes = async (): Promise<void> => {
    const hold = this.hold
    if (this.holdExpired) return this.repick()
    this.hold = undefined
    this.go('time')
    if (hold) {
      await this.provider?.releaseHold({ holdId: hold.holdId }).catch(() => undefined)
      await this.loadSlots()
    }
  }

  private renderSummary() {
    if (!this.errors.length) return nothing
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 id="summary-title">${this.l.t('errors.summary', { count: this.errors.length })}</h3>
      <ul>
        ${this.errors.map(
          (e) => html`<li><a href=${`#field-${e.field}`} @click=${(ev: Event) => this.focusField(ev, e.field)}>${e.message}</a></li>`,
        )}
      </ul>
    </div>`
  }

  private focusField(ev: Event, field: string): void {
    ev.preventDefault()
    ;(this.renderRoot.querySelector(`#field-${field}`) as HTMLElement | null)?.focus()
  }

  private async showErrors(errors: { field: string; message: string }[]): Promise<void> {
    this.errors = errors
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus()
  }

  private submitDetails = async (): Promise<void> => {
    if (this.holdExpired) return
    const fields = [...this.renderRoot.querySelectorAll<WrTextField>('wr-text-field')]
    const errors = fields.flatMap((f) => {
      const message = f.validate()
      return message ? [{ field: f.name, message }] : []
    })
    if (errors.length) return this.showErrors(errors)
    this.errors = []
    this.go('consent')
  }

  private details(): ResidentDetails {
    const d = this.draft
    const opt = (v: string) => (v.trim() ? v.trim() : undefined)
    const raw = {
      name: d.name.trim(),
      mobile: normalizeMobile(d.mobile),
      needs: d.needs,
      idNumber: this.service?.needsIdNumber ? opt(d.idNumber.toUpperCase().replace(/\s/g, '')) : undefined,
      priorityGroup: this.priority ? this.group : undefined,
      description: opt(d.description),
      otherPartyName: opt(d.otherPartyName),
      otherPartyContact: opt(d.otherPartyContact),
      notes: opt(d.notes),
    }
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as ResidentDetails
  }

  private renderConsent() {
    const s = this.service!
    const extra = (s.needsIdNumber ? this.l.t('consent.extraId') : '') + (s.needsDescription || s.asksOtherParty ? this.l.t('consent.extraDescription') : '')
    const points = [
      this.l.t('consent.what', { extra }),
      this.l.t('consent.why'),
      this.l.t('consent.who', { controller: localize(this.config!.dataController, this.l.lang) }),
      this.l.t('consent.howLong', { days: this.config!.retentionDays }),
      this.l.t('consent.withdraw'),
    ]
    return html`${this.heading('steps.consent', this.holdSpeech(), ...points)} ${this.renderAlert()} ${this.renderHold()}
      <ul>
        ${points.map((p) => html`<li>${p}</li>`)}
      </ul>
      <div class="actions">
        ${this.holdExpired ? nothing : html`<wr-button variant="primary" size="large" ?disabled=${this.busy} @click=${this.confirm}>${this.l.t('consent.agree')}</wr-button>`}
        <wr-button variant="secondary" @click=${() => this.go('details')}>${this.l.t('consent.disagree')}</wr-button>
      </div>`
  }

  private confirm = async (): Promise<void> => {
    if (!this.provider || this.busy || this.holdExpired) return
    this.busy = true
    const consent = { version: CONSENT_VERSION, given: true as const, at: new Date(this.now ?? Date.now()).toISOString() }
    try {
      if (this.waitlistMode || !this.hold) {
        const entry = await this.provider.joinWaitlist({ serviceId: this.serviceId, date: this.date, details: this.details(), consent, idempotencyKey: this.confirmKey })
        this.waitlisted = entry.position
        this.confirmKey = newKey()
        this.go('time')
        return
      }
      const booking = await this.provider.confirm({ holdId: this.hold.holdId, details: this.details(), consent, idempotencyKey: this.confirmKey })
      this.booking = booking
      this.hold = undefined
      this.confirmKey = newKey()
      this.go('done')
      this.emit<BookingConfirmedDetail>('wr-booking-confirmed', { code: booking.code, serviceId: booking.serviceId, placeId: booking.placeId, start: booking.start, end: booking.end })
    } catch (e) {
      if (e instanceof BookingError && (e.code === 'hold-expired' || e.code === 'slot-full')) {
        this.hold = undefined
        this.confirmKey = newKey()
        await this.loadSlots()
        this.go('time')
        this.alert = this.l.t('errors.holdExpired')
      } else this.alert = this.l.t('errors.network')
    } finally {
      this.busy = false
    }
  }

  private renderDone() {
    const b = this.booking!
    const s = this.service
    const place = this.config!.places.find((p) => p.id === b.placeId)
    const when = `${formatFullDay(b.start.slice(0, 10), this.l.lang)} ${clockFromIso(b.start)}–${clockFromIso(b.end)}（${this.l.t('beijingTime')}）`
    const where = `${localize(place?.name, this.l.lang)} ${localize(place?.address, this.l.lang)}`
    return html`${this.heading('steps.done', `${this.l.t('done.code')} ${b.code.split('').join(' ')}`, when, where, this.l.t('done.codeHint'))}
      <div class="ticket" part="ticket">
        <p>${this.l.t('done.code')}</p>
        <p class="code" aria-label=${b.code.split('').join(' ')}>${b.code}</p>
        <dl>
          <dt>${this.l.t('done.service')}</dt><dd>${localize(s?.name, this.l.lang)}</dd>
          <dt>${this.l.t('done.when')}</dt><dd>${when}</dd>
          <dt>${this.l.t('done.where')}</dt><dd>${where}</dd>
          ${s?.joinMethod ? html`<dt>${this.l.t('done.join')}</dt><dd>${localize(s.joinMethod.instructions, this.l.lang)}</dd>` : nothing}
        </dl>
        <wr-qr-code value=${this.qrPrefix + b.code} label=${this.l.t('done.qr')}>${this.l.t('done.qr')}</wr-qr-code>
        <p>${this.l.t('done.codeHint')}</p>
        <p>${this.l.t(this.contact.phone ? 'done.manageCall' : 'done.manage')}</p>
        ${renderTicketContact(this.l, this.contact)}
      </div>
      <div class="actions no-print">
        <wr-button variant="secondary" @click=${() => window.print()}>${this.l.t('done.print')}</wr-button>
        <wr-button variant="primary" @click=${() => this.reset()}>${this.l.t('done.again')}</wr-button>
      </div>`
  }
}
