// The booking flow as a plain class: which step, what was chosen, the held place, what was typed,
// and every call to the provider. <wr-booking> renders it and keeps properties, events, focus and
// the countdown; Node tests drive it without a DOM.
import { BookingError, newKey, type Need, type PriorityGroup } from '../constants.js'
import type { BookingConfig, Service } from '../config.js'
import type { Booking, BookingProvider, Hold, ResidentDetails, SlotAvailability } from '../contract.js'
import { toIsoDate, type IsoDate } from '../time.js'
import { normalizeMobile } from '../validate.js'

export type BookingStep = 'prefill' | 'manage' | 'service' | 'group' | 'day' | 'time' | 'details' | 'consent' | 'done'

/** What a screening result may carry over, only if the resident agrees. */
export interface BookingPrefill {
  serviceId?: string
  notes?: string
  /** The resident already agreed to carry this over (the screener asked): booking does not ask again. */
  agreed?: boolean
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
  /** What a mediation is about, tapped as chips (ids of DESCRIPTION_TOPICS); the description is made of them and `descriptionExtra`. */
  topics: string[]
  descriptionExtra: string
}

export const emptyDraft = (): BookingDraft => ({ name: '', mobile: '', idNumber: '', description: '', otherPartyName: '', otherPartyContact: '', notes: '', needs: [], topics: [], descriptionExtra: '' })

/** A field's problem as shown in the error summary and at the field (already in the resident's language). */
export interface FieldProblem {
  field: string
  message: string
}

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
  errors?: FieldProblem[]
  /** A `booking` message key (`errors.network`) or text to show as the step's alert. */
  alert?: string
}

export const CONSENT_VERSION = '2026-1'

/** The message key (booking namespace) a failed provider call shows the resident. */
export function alertFor(e: unknown): string {
  if (e instanceof BookingError) {
    if (e.code === 'slot-full') return 'errors.slotFull'
    if (e.code === 'not-found') return 'errors.notFound'
    if (e.code === 'hold-expired') return 'errors.holdExpired'
  }
  return 'errors.network'
}

export interface BookingFlowOptions {
  /** Read at each call: the host may set or replace its provider and config at any time. */
  provider: () => BookingProvider | undefined
  config: () => BookingConfig | undefined
  /** The clock (ms): a fixed `now` in demos and tests. */
  now: () => number
  /** Called after every change, so a view can render again. */
  changed?: () => void
}

/**
 * One resident's way through booking. Reset is a new instance: nothing of the last resident
 * survives in it (the host releases the old flow's hold first, with `release()`).
 */
export class BookingFlow {
  step: BookingStep = 'service'
  serviceId = ''
  group: PriorityGroup | 'none' | '' = ''
  slots: SlotAvailability[] = []
  date: IsoDate = ''
  hold?: Hold
  /** The held place lapsed while the resident was typing: they must pick a time again (their details stay). */
  holdExpired = false
  draft: BookingDraft = emptyDraft()
  errors: FieldProblem[] = []
  /** A `booking` message key (or text) for the step's alert; '' for none. */
  alert = ''
  busy = false
  booking?: Booking
  /** Place on the waiting list once joined (0: not on it). */
  waitlisted = 0
  /** The details and consent steps lead to the waiting list, not to a booking. */
  waitlistMode = false
  /** Set while a resident moves an existing booking to a new time. */
  rescheduling?: { code: string; mobile: string }
  /** The booking found on the "change or cancel" step. */
  found?: Booking
  /** A `booking` message key said after a change on the manage step. */
  manageMessage = ''
  /** The resident answered the "use your screening result?" question (or a snapshot skipped it). */
  prefillDecided = false
  /** One key per booking, cancellation or waiting-list entry: a retried call never makes two. */
  private confirmKey = newKey()

  constructor(private readonly options: BookingFlowOptions) {}

  private get provider(): BookingProvider | undefined {
    return this.options.provider()
  }

  private changed(): void {
    this.options.changed?.()
  }

  get config(): BookingConfig | undefined {
    return this.options.config()
  }

  get service(): Service | undefined {
    return this.config?.services.find((s) => s.id === this.serviceId)
  }

  /** The resident belongs to a green-channel group this workroom serves first. */
  get priority(): boolean {
    return !!this.group && this.group !== 'none' && !!this.config?.greenChannel.groups.includes(this.group)
  }

  get today(): IsoDate {
    return toIsoDate(this.options.now())
  }

  /** Starts from a given point (stories, a kiosk resuming). */
  restore(snapshot: BookingSnapshot): void {
    const { draft, ...rest } = snapshot
    Object.assign(this, rest)
    if (draft) this.draft = { ...emptyDraft(), ...draft }
    this.prefillDecided = true
    this.changed()
    if ((this.step === 'day' || this.step === 'time') && !snapshot.slots) void this.loadSlots()
  }

  go(step: BookingStep): void {
    this.alert = ''
    this.errors = []
    this.step = step
    this.changed()
  }

  showErrors(errors: FieldProblem[]): void {
    this.errors = errors
    this.changed()
  }

  /**
   * Runs a provider call: busy while it runs (a second tap does nothing), the resident told
   * plainly when it fails (`onError` may say something else first and return true to keep it).
   */
  async run(task: (provider: BookingProvider) => Promise<void>, onError?: (e: unknown) => boolean | Promise<boolean>): Promise<void> {
    const provider = this.provider
    if (!provider || this.busy) return
    this.busy = true
    this.changed()
    try {
      await task(provider)
    } catch (e) {
      if (!(await onError?.(e))) this.alert = alertFor(e)
    } finally {
      this.busy = false
      this.changed()
    }
  }

  /** Gives the held place back (going back, a lapse, the next resident). Never fails. */
  async release(): Promise<void> {
    const hold = this.hold
    if (!hold) return
    this.hold = undefined
    this.changed()
    await this.provider?.releaseHold({ holdId: hold.holdId }).catch(() => undefined)
  }

  private async fetchSlots(provider: BookingProvider): Promise<void> {
    this.slots = (await provider.listSlots({ serviceId: this.serviceId, priority: this.priority })).slots
  }

  /** The service's times for this resident (a network problem said as the step's alert). */
  loadSlots(): Promise<void> {
    return this.run(async (p) => {
      await this.fetchSlots(p)
      this.alert = ''
    })
  }

  /** Offers a screening result's service and notes before the first step. */
  offerPrefill(prefill: BookingPrefill | undefined): void {
    if (prefill?.agreed && !this.prefillDecided && this.step === 'service') return this.decidePrefill(true, prefill)
    if (prefill && !this.prefillDecided && this.step === 'service') {
      this.step = 'prefill'
      this.changed()
    }
  }

  decidePrefill(use: boolean, prefill: BookingPrefill | undefined): void {
    this.prefillDecided = true
    if (use && prefill) {
      if (prefill.serviceId && this.config?.services.some((s) => s.id === prefill.serviceId)) this.serviceId = prefill.serviceId
      if (prefill.notes) this.draft = { ...this.draft, notes: prefill.notes }
    }
    this.go('service')
  }

  chooseServiceId(id: string): void {
    this.serviceId = id
    this.changed()
  }

  /** On from the service step; false when none is chosen. */
  chooseService(): boolean {
    if (!this.service) return false
    this.go('group')
    return true
  }

  chooseGroupValue(group: PriorityGroup | 'none'): void {
    this.group = group
    this.changed()
  }

  /** On from the group step; 'not-eligible' when the service is only for some groups and this is not one. */
  async chooseGroup(): Promise<'ok' | 'not-eligible'> {
    if (!this.group) this.group = 'none'
    const eligible = this.service?.eligibleGroups
    if (eligible && (this.group === 'none' || !eligible.includes(this.group))) return 'not-eligible'
    this.go('day')
    await this.loadSlots()
    return 'ok'
  }

  /** Free places per date for this resident. */
  placesByDate(): Map<IsoDate, number> {
    const m = new Map<IsoDate, number>()
    for (const s of this.slots) m.set(s.date, (m.get(s.date) ?? 0) + s.remaining)
    return m
  }

  chooseDay(date: IsoDate): void {
    if (!this.placesByDate().has(date)) return
    this.date = date
    this.go('time')
  }

  /** Holds a time for the resident (or, when rescheduling, moves their booking to it). */
  takeSlot(slot: SlotAvailability): Promise<void> {
    return this.run(
      async (provider) => {
        await this.release()
        this.hold = await provider.hold({ slotId: slot.id, priority: this.priority, idempotencyKey: newKey() })
        this.holdExpired = false
        this.date = slot.date
        this.waitlistMode = false
        if (this.rescheduling) {
          this.booking = await provider.reschedule({ ...this.rescheduling, holdId: this.hold.holdId, idempotencyKey: this.confirmKey })
          this.hold = undefined
          this.rescheduling = undefined
          this.confirmKey = newKey()
          this.go('done')
          return
        }
        this.go('details')
      },
      async (e) => {
        if (!(e instanceof BookingError && e.code === 'slot-full')) return false
        this.alert = 'errors.slotFull'
        await this.fetchSlots(this.provider!).catch(() => undefined)
        return true
      },
    )
  }

  startWaitlist(): void {
    this.waitlistMode = true
    this.go('details')
  }

  /** The countdown reached zero: the place goes back, everything typed stays. */
  lapse(): Promise<void> {
    if (!this.hold || (this.step !== 'details' && this.step !== 'consent')) return Promise.resolve()
    this.holdExpired = true
    return this.release()
  }

  /** After a lapse: pick a time again. */
  async repick(): Promise<void> {
    this.holdExpired = false
    this.go('time')
    await this.loadSlots()
  }

  /** Going back to choose another time gives the held place back (the typed details stay). */
  async backToTimes(): Promise<void> {
    if (this.holdExpired) return this.repick()
    const held = !!this.hold
    const release = this.release()
    this.go('time')
    if (held) {
      await release
      await this.loadSlots()
    }
  }

  /** Keeps what was typed. A field being removed (step change, session reset) can still fire a change: ignore it then. */
  keep(name: keyof BookingDraft, value: string): void {
    if (this.step !== 'details' && this.step !== 'manage') return
    this.draft = { ...this.draft, [name]: value }
    this.changed()
  }

  setNeeds(needs: Need[]): void {
    this.draft = { ...this.draft, needs }
    this.changed()
  }

  /** Several fields at once (a tapped 称呼, the mediation's chips and the description made of them). */
  keepAll(values: Partial<BookingDraft>): void {
    if (this.step !== 'details' && this.step !== 'manage') return
    this.draft = { ...this.draft, ...values }
    this.changed()
  }

  /** The details were checked: on to consent. */
  toConsent(): void {
    if (this.holdExpired) return
    this.go('consent')
  }

  /** What is sent to the provider: trimmed, the mobile normalised, empty optional fields left out. */
  details(): ResidentDetails {
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

  /**
   * The resident agreed: book the held time, or join the waiting list. Resolves to the booking
   * when one was made. A lapsed or taken place sends the resident back to the times, details kept.
   */
  async confirm(): Promise<Booking | undefined> {
    if (this.holdExpired) return undefined
    let made: Booking | undefined
    const consent = { version: CONSENT_VERSION, given: true as const, at: new Date(this.options.now()).toISOString() }
    await this.run(
      async (provider) => {
        if (this.waitlistMode || !this.hold) {
          const entry = await provider.joinWaitlist({ serviceId: this.serviceId, date: this.date, details: this.details(), consent, idempotencyKey: this.confirmKey })
          this.waitlisted = entry.position
          this.confirmKey = newKey()
          this.go('time')
          return
        }
        made = await provider.confirm({ holdId: this.hold.holdId, details: this.details(), consent, idempotencyKey: this.confirmKey })
        this.booking = made
        this.hold = undefined
        this.confirmKey = newKey()
        this.go('done')
      },
      async (e) => {
        if (!(e instanceof BookingError && (e.code === 'hold-expired' || e.code === 'slot-full'))) return false
        this.hold = undefined
        this.confirmKey = newKey()
        await this.fetchSlots(this.provider!).catch(() => undefined)
        this.go('time')
        this.alert = 'errors.holdExpired'
        return true
      },
    )
    return made
  }

  /** Finds a booking by its code and the mobile it was made with (fields already checked). */
  find(): Promise<void> {
    this.errors = []
    return this.run(async (provider) => {
      const code = (this.draft.code ?? '').replace(/\s/g, '').toUpperCase()
      this.found = await provider.lookup({ code, mobile: normalizeMobile(this.draft.mobile) })
      this.alert = ''
    })
  }

  cancelFound(): Promise<void> {
    const b = this.found
    if (!b) return Promise.resolve()
    return this.run(async (provider) => {
      this.found = await provider.cancel({ code: b.code, mobile: b.details.mobile, idempotencyKey: this.confirmKey })
      this.confirmKey = newKey()
      this.manageMessage = 'manage.cancelled'
      this.alert = ''
    })
  }

  async startReschedule(): Promise<void> {
    const b = this.found
    if (!b) return
    this.rescheduling = { code: b.code, mobile: b.details.mobile }
    this.serviceId = b.serviceId
    this.group = b.details.priorityGroup ?? 'none'
    this.go('day')
    await this.loadSlots()
  }
}
