import type { BookingConfig } from './config.js'
import { HolidayCalendar, CN_HOLIDAYS_2026 } from './holidays.js'
import { findSlot, generateSlots, placesLeft, type Slot, type Taken } from './slots.js'
import { toShanghaiIso } from './time.js'
import { checkIdNumber, normalizeMobile } from './validate.js'
import {
  Booking, BookingError, CancelRequest, ConfirmRequest, HoldRequest, ListSlotsRequest, LookupRequest, ReleaseHoldRequest,
  RescheduleRequest, SetStatusRequest, type ResidentDetails, StaffListRequest, SYNC_BODIES, SYNC_OPERATIONS, SyncBatch, WaitlistRequest,
  newBookingCode, newKey, parseOrThrow, type BookingProvider, type Hold, type ListSlotsResponse, type StaffListResponse, type SyncOperation,
  type SyncRequest, type SyncResponse, type SyncResult, type WaitlistEntry,
} from './contract.js'

/** A place held or taken in a slot, as the capacity check sees it. */
export interface Occupancy {
  slotId: string
  priority: boolean
  /** Holds only: ms since epoch. */
  expiresAt?: number
  status?: Booking['status']
  /** Holds only. */
  id?: string
}

/** Counts places taken in a slot: live holds and bookings that are not cancelled. */
export function takenIn(slotId: string, entries: Iterable<Occupancy>, now: number, excludeHoldId?: string): Taken {
  const t: Taken = { general: 0, priority: 0 }
  for (const e of entries) {
    if (e.slotId !== slotId) continue
    if (e.expiresAt !== undefined && (e.expiresAt <= now || e.id === excludeHoldId)) continue
    if (e.status === 'cancelled') continue
    if (e.priority) t.priority++
    else t.general++
  }
  return t
}

export interface LedgerOptions {
  config: BookingConfig
  calendar?: HolidayCalendar
  /** Injected clock (ms). */
  now?: () => number
}

export function calendarFor(config: BookingConfig, calendar?: HolidayCalendar): HolidayCalendar {
  return calendar ?? new HolidayCalendar([CN_HOLIDAYS_2026], config.closures)
}

export function requireSlot(config: BookingConfig, calendar: HolidayCalendar, slotId: string, now: number): Slot {
  const slot = findSlot(config, calendar, slotId, now)
  if (!slot) throw new BookingError('not-found', 'slot not offered')
  return slot
}

/** What the service itself requires of the details (ID number with a valid check digit, description, eligibility). */
export function checkDetailsForService(config: BookingConfig, serviceId: string, details: ResidentDetails, priority: boolean): void {
  const service = config.services.find((s) => s.id === serviceId)
  if (!service) throw new BookingError('not-found', 'unknown service')
  if (service.needsIdNumber && (!details.idNumber || checkIdNumber(details.idNumber) !== 'ok'))
    throw new BookingError('invalid', 'details.idNumber: this service needs a valid ID number')
  if (details.idNumber && !service.needsIdNumber) throw new BookingError('invalid', 'details.idNumber: not asked for this service')
  if (service.needsDescription && !details.description?.trim()) throw new BookingError('invalid', 'details.description: required for this service')
  if (details.priorityGroup && !priority && isPriority(config, details.priorityGroup)) throw new BookingError('invalid', 'priorityGroup given without a priority hold')
  if (service.eligibleGroups && !(details.priorityGroup && service.eligibleGroups.includes(details.priorityGroup)))
    throw new BookingError('invalid', 'details.priorityGroup: this service is only for some groups')
}

export function isPriority(config: BookingConfig, group: string | undefined): boolean {
  return !!group && (config.greenChannel.groups as string[]).includes(group)
}

/**
 * The whole contract in memory: the reference behaviour. Used by the reference server, stories
 * and tests. Every check-and-take runs without awaiting, so two callers can never both get the
 * last place.
 */
export class MemoryProvider implements BookingProvider {
  readonly config: BookingConfig
  readonly calendar: HolidayCalendar
  private readonly now: () => number
  private readonly holds = new Map<string, Occupancy & { id: string; expiresAt: number; slotId: string }>()
  readonly bookings = new Map<string, Booking>()
  private readonly waitlist: WaitlistEntry[] = []
  private readonly replies = new Map<string, unknown>()
  /** Sync batches run one after another, so a repeated batch sent twice at once still applies each change once. */
  private syncQueue: Promise<unknown> = Promise.resolve()

  constructor(options: LedgerOptions) {
    this.config = options.config
    this.calendar = calendarFor(options.config, options.calendar)
    this.now = options.now ?? Date.now
  }

  private occupancy(): Iterable<Occupancy> {
    return [...this.holds.values(), ...this.bookings.values()]
  }

  private once<T>(key: string, run: () => T): T {
    if (this.replies.has(key)) return this.replies.get(key) as T
    const r = run()
    this.replies.set(key, r)
    return r
  }

  async listSlots(input: ListSlotsRequest): Promise<ListSlotsResponse> {
    const req = parseOrThrow(ListSlotsRequest, input)
    const now = this.now()
    const occ = [...this.occupancy()]
    const slots = generateSlots(this.config, this.calendar, { now, serviceId: req.serviceId, ...(req.from ? { from: req.from } : {}), ...(req.to ? { to: req.to } : {}) })
    return { slots: slots.map((s) => ({ ...s, remaining: placesLeft(s, takenIn(s.id, occ, now), req.priority) })) }
  }

  async hold(input: HoldRequest): Promise<Hold> {
    const req = parseOrThrow(HoldRequest, input)
    return this.once(`hold:${req.idempotencyKey}`, () => {
      const now = this.now()
      const slot = requireSlot(this.config, this.calendar, req.slotId, now)
      if (placesLeft(slot, takenIn(slot.id, this.occupancy(), now), req.priority) < 1) throw new BookingError('slot-full', 'no place left')
      const id = newKey()
      const expiresAt = now + this.config.holdMinutes * 60_000
      this.holds.set(id, { id, slotId: slot.id, priority: req.priority, expiresAt })
      return { holdId: id, slotId: slot.id, priority: req.priority, expiresAt: toShanghaiIso(expiresAt) }
    })
  }

  async releaseHold(input: ReleaseHoldRequest): Promise<void> {
    this.holds.delete(parseOrThrow(ReleaseHoldRequest, input).holdId)
  }

  /** Takes the hold's place (or, if it lapsed, a place still free) for a booking. */
  private take(holdId: string, now: number): { slot: Slot; priority: boolean } {
    const hold = this.holds.get(holdId)
    if (!hold) throw new BookingError('hold-expired', 'hold not found or expired')
    const slot = requireSlot(this.config, this.calendar, hold.slotId, now - this.config.holdMinutes * 60_000)
    if (hold.expiresAt <= now && placesLeft(slot, takenIn(slot.id, this.occupancy(), now, holdId), hold.priority) < 1) {
      this.holds.delete(holdId)
      throw new BookingError('hold-expired', 'hold expired and the slot is full')
    }
    this.holds.delete(holdId)
    return { slot, priority: hold.priority }
  }

  async confirm(input: ConfirmRequest): Promise<Booking> {
    const req = parseOrThrow(ConfirmRequest, input)
    return this.once(`confirm:${req.idempotencyKey}`, () => {
      const now = this.now()
      const held = this.holds.get(req.holdId)
      if (held) checkDetailsForService(this.config, held.slotId.split('~')[0]!, req.details, held.priority)
      const { slot, priority } = this.take(req.holdId, now)
      let code = newBookingCode()
      while (this.bookings.has(code)) code = newBookingCode()
      const at = toShanghaiIso(now)
      const booking: Booking = {
        code, serviceId: slot.serviceId, placeId: slot.placeId, ...(slot.staffId ? { staffId: slot.staffId } : {}),
        slotId: slot.id, start: slot.start, end: slot.end, status: 'booked', priority, details: req.details, createdAt: at, updatedAt: at,
      }
      this.bookings.set(code, booking)
      return structuredClone(booking)
    })
  }

  private find(code: string, mobile: string): Booking {
    const b = this.bookings.get(code)
    if (!b || normalizeMobile(b.details.mobile) !== normalizeMobile(mobile)) throw new BookingError('not-found', 'no booking with this code and mobile')
    return b
  }

  async lookup(input: LookupRequest): Promise<Booking> {
    const req = parseOrThrow(LookupRequest, input)
    return structuredClone(this.find(req.code, req.mobile))
  }

  async cancel(input: CancelRequest): Promise<Booking> {
    const req = parseOrThrow(CancelRequest, input)
    return this.once(`cancel:${req.idempotencyKey}`, () => {
      const b = this.find(req.code, req.mobile)
      if (b.status !== 'booked') throw new BookingError('conflict', `booking is ${b.status}`)
      Object.assign(b, { status: 'cancelled', updatedAt: toShanghaiIso(this.now()), ...(req.reason ? { cancelReason: req.reason } : {}) })
      return structuredClone(b)
    })
  }

  async reschedule(input: RescheduleRequest): Promise<Booking> {
    const req = parseOrThrow(RescheduleRequest, input)
    return this.once(`reschedule:${req.idempotencyKey}`, () => {
      const b = this.find(req.code, req.mobile)
      if (b.status !== 'booked') throw new BookingError('conflict', `booking is ${b.status}`)
      const now = this.now()
      const { slot } = this.take(req.holdId, now)
      Object.assign(b, { slotId: slot.id, start: slot.start, end: slot.end, serviceId: slot.serviceId, placeId: slot.placeId, updatedAt: toShanghaiIso(now) })
      if (slot.staffId) b.staffId = slot.staffId
      return structuredClone(b)
    })
  }

  async joinWaitlist(input: WaitlistRequest): Promise<WaitlistEntry> {
    const req = parseOrThrow(WaitlistRequest, input)
    return this.once(`waitlist:${req.idempotencyKey}`, () => {
      if (!this.config.services.some((s) => s.id === req.serviceId)) throw new BookingError('not-found', 'unknown service')
      const entry: WaitlistEntry = {
        id: newKey(), serviceId: req.serviceId, date: req.date,
        position: this.waitlist.filter((w) => w.serviceId === req.serviceId && w.date === req.date).length + 1,
        createdAt: toShanghaiIso(this.now()),
      }
      this.waitlist.push(entry)
      return entry
    })
  }

  async listBookings(input: StaffListRequest): Promise<StaffListResponse> {
    const req = parseOrThrow(StaffListRequest, input)
    const bookings = [...this.bookings.values()]
      .filter((b) => (!req.placeId || b.placeId === req.placeId) && b.start.slice(0, 10) >= req.from && b.start.slice(0, 10) <= req.to)
      .sort((a, b) => (a.start < b.start ? -1 : 1))
    return { bookings: structuredClone(bookings) }
  }

  async setStatus(input: SetStatusRequest): Promise<Booking> {
    const req = parseOrThrow(SetStatusRequest, input)
    return this.once(`status:${req.idempotencyKey}`, () => {
      const b = this.bookings.get(req.code)
      if (!b) throw new BookingError('not-found', 'no booking with this code')
      Object.assign(b, { status: req.status, updatedAt: toShanghaiIso(this.now()), ...(req.reason ? { cancelReason: req.reason } : {}) })
      return structuredClone(b)
    })
  }

  /**
   * Records changes a kiosk made offline, in the order given. Each entry is checked on its own:
   * a key already applied is a `duplicate` (nothing changes); a change the ledger cannot take (the
   * slot filled up meanwhile, an unknown code) is `rejected` with the reason and not remembered, so
   * sending it again after staff sort it out is harmless.
   */
  sync(input: SyncRequest): Promise<SyncResponse> {
    const batch = parseOrThrow(SyncBatch, input)
    const run = async (): Promise<SyncResponse> => {
      const results: SyncResult[] = []
      for (const e of batch.entries) results.push(await this.applySynced(e))
      return { results }
    }
    const done = this.syncQueue.then(run)
    this.syncQueue = done.catch(() => undefined)
    return done
  }

  private async applySynced(e: { idempotencyKey: string; operation: string; createdAt: string; body: unknown }): Promise<SyncResult> {
    const key = e.idempotencyKey
    if (this.replies.has(`sync:${key}`)) return { idempotencyKey: key, status: 'duplicate' }
    try {
      if (!(SYNC_OPERATIONS as readonly string[]).includes(e.operation)) throw new BookingError('invalid', `operation: not one that syncs (${e.operation})`)
      const op = e.operation as SyncOperation
      const at = Date.parse(e.createdAt)
      if (Number.isNaN(at)) throw new BookingError('invalid', 'createdAt: not a time')
      const body = parseOrThrow(SYNC_BODIES[op] as { safeParse(d: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, e.body)
      if (op === 'confirm') this.recordConfirm(body as never, at)
      else if (op === 'reschedule') this.recordReschedule(body as never, at)
      else await (this[op] as (b: unknown) => Promise<unknown>).call(this, body)
      this.replies.set(`sync:${key}`, true)
      return { idempotencyKey: key, status: 'applied' }
    } catch (err) {
      const reason = err instanceof BookingError ? { code: err.code, message: err.message } : { code: 'invalid' as const, message: 'could not apply' }
      return { idempotencyKey: key, status: 'rejected', reason }
    }
  }

  /** A slot the config offers (checked as of when the kiosk made the change), with a place left. */
  private syncedSlot(slotId: string, at: number, priority: boolean, ignoreCode?: string): Slot {
    const slot = findSlot(this.config, this.calendar, slotId, at - this.config.holdMinutes * 60_000)
    if (!slot) throw new BookingError('not-found', 'slot not offered')
    const others = [...this.occupancy()].filter((o) => !('code' in o && o.code === ignoreCode))
    if (placesLeft(slot, takenIn(slot.id, others, this.now()), priority) < 1) throw new BookingError('slot-full', 'the slot filled up before this change arrived')
    return slot
  }

  private recordConfirm(b: { code: string; slotId: string; priority: boolean; details: ResidentDetails }, at: number): void {
    if (this.bookings.has(b.code)) throw new BookingError('conflict', 'this booking code is already in use')
    const slot = this.syncedSlot(b.slotId, at, b.priority)
    checkDetailsForService(this.config, slot.serviceId, b.details, b.priority)
    const when = toShanghaiIso(at)
    this.bookings.set(b.code, {
      code: b.code, serviceId: slot.serviceId, placeId: slot.placeId, ...(slot.staffId ? { staffId: slot.staffId } : {}),
      slotId: slot.id, start: slot.start, end: slot.end, status: 'booked', priority: b.priority, details: b.details, createdAt: when, updatedAt: when,
    })
  }

  private recordReschedule(r: { code: string; mobile: string; slotId: string }, at: number): void {
    const b = this.find(r.code, r.mobile)
    if (b.status !== 'booked') throw new BookingError('conflict', `booking is ${b.status}`)
    const slot = this.syncedSlot(r.slotId, at, b.priority, b.code)
    Object.assign(b, { slotId: slot.id, start: slot.start, end: slot.end, serviceId: slot.serviceId, placeId: slot.placeId, updatedAt: toShanghaiIso(at) })
    if (slot.staffId) b.staffId = slot.staffId
    else delete b.staffId
  }
}
