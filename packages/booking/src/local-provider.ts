import { defineDatabase, type Database } from '@workroom/core'
import { Sealer, type Sealed } from '@workroom/core/sealed'
import type { IDBPDatabase } from 'idb'
import type { BookingConfig } from './config.js'
import type { HolidayCalendar } from './holidays.js'
import { calendarFor, checkDetailsForService, requireSlot, takenIn, type Occupancy } from './ledger.js'
import { generateSlots, placesLeft } from './slots.js'
import { toShanghaiIso } from './time.js'
import { normalizeMobile } from './validate.js'
import {
  BookingError, CancelRequest, ConfirmRequest, HoldRequest, ListSlotsRequest, LookupRequest, ReleaseHoldRequest, RescheduleRequest,
  ResidentDetails, SetStatusRequest, StaffListRequest, WaitlistRequest, newBookingCode, newKey, parseOrThrow,
  type Booking, type BookingProvider, type Hold, type ListSlotsResponse, type Operation, type StaffListResponse, type WaitlistEntry,
} from './contract.js'

export type { Sealed } from '@workroom/core/sealed'

/** A booking as stored: everything personal sealed. */
type StoredBooking = Omit<Booking, 'details'> & { sealed: Sealed }
type StoredHold = Occupancy & { id: string; slotId: string; expiresAt: number }
type StoredWaitlist = Omit<WaitlistEntry, 'position'> & { sealed: Sealed }

/** A change waiting to go upstream; sent with its idempotency key so a resend is harmless. */
export interface OutboxEntry {
  idempotencyKey: string
  operation: Operation
  createdAt: string
  /**
   * Order of writing: real-clock milliseconds × 1000 plus a counter, so two changes in the same
   * millisecond (confirm, then cancel) are still sent in the order they happened.
   */
  seq?: number
  /** The request body, sealed (it holds personal data). */
  sealed: Sealed
  /** What the kiosk decided, which the request alone does not say: the code and slot a confirm gave, the slot a reschedule moved to. Not personal. */
  code?: string
  slotId?: string
  priority?: boolean
}

/** An outbox entry as sent upstream: the request body opened, with what the kiosk decided merged in. */
export interface PendingChange {
  idempotencyKey: string
  operation: Operation
  createdAt: string
  body: unknown
}

const migrations = [
  (db: IDBPDatabase) => {
    db.createObjectStore('keys')
    const bookings = db.createObjectStore('bookings', { keyPath: 'code' })
    bookings.createIndex('slotId', 'slotId')
    bookings.createIndex('start', 'start')
    db.createObjectStore('holds', { keyPath: 'id' }).createIndex('slotId', 'slotId')
    db.createObjectStore('outbox', { keyPath: 'idempotencyKey' })
    db.createObjectStore('waitlist', { keyPath: 'id' })
    db.createObjectStore('replies')
  },
]

export interface LocalProviderOptions {
  config: BookingConfig
  calendar?: HolidayCalendar
  /** IndexedDB database name (one per workroom device). */
  databaseName?: string
  now?: () => number
}

/**
 * The embedded provider the kiosk uses: IndexedDB, personal fields encrypted at rest with a
 * non-extractable AES-GCM key, holds with expiry, and an outbox of changes to send upstream.
 * Each check-and-take is one readwrite transaction, so two tabs or two residents can never both
 * get the last place, and a page killed mid-write leaves either the whole change or none of it.
 */
export class LocalProvider implements BookingProvider {
  readonly config: BookingConfig
  readonly calendar: HolidayCalendar
  readonly database: Database
  private readonly now: () => number
  private readonly sealer: Sealer

  constructor(options: LocalProviderOptions) {
    this.config = options.config
    this.calendar = calendarFor(options.config, options.calendar)
    this.database = defineDatabase(options.databaseName ?? 'workroom-booking', migrations)
    this.sealer = new Sealer(this.database)
    this.now = options.now ?? Date.now
  }

  private async unseal(b: StoredBooking): Promise<Booking> {
    const { sealed, ...rest } = b
    return { ...rest, details: await this.sealer.open<ResidentDetails>(sealed) }
  }

  private outboxCounter = 0

  private async outboxEntry(operation: Operation, idempotencyKey: string, body: unknown): Promise<OutboxEntry> {
    const seq = Date.now() * 1000 + (this.outboxCounter++ % 1000)
    return { idempotencyKey, operation, createdAt: toShanghaiIso(this.now()), seq, sealed: await this.sealer.seal(body) }
  }

  async listSlots(input: ListSlotsRequest): Promise<ListSlotsResponse> {
    const req = parseOrThrow(ListSlotsRequest, input)
    const now = this.now()
    const slots = generateSlots(this.config, this.calendar, { now, serviceId: req.serviceId, ...(req.from ? { from: req.from } : {}), ...(req.to ? { to: req.to } : {}) })
    const db = await this.database.open()
    const tx = db.transaction(['holds', 'bookings'])
    const occ: Occupancy[] = [...(await tx.objectStore('holds').getAll()), ...(await tx.objectStore('bookings').getAll())]
    return { slots: slots.map((s) => ({ ...s, remaining: placesLeft(s, takenIn(s.id, occ, now), req.priority) })) }
  }

  async hold(input: HoldRequest): Promise<Hold> {
    const req = parseOrThrow(HoldRequest, input)
    const now = this.now()
    const slot = requireSlot(this.config, this.calendar, req.slotId, now)
    const db = await this.database.open()
    // One readwrite transaction over holds and bookings: IndexedDB runs overlapping ones in order.
    const tx = db.transaction(['holds', 'bookings', 'replies'], 'readwrite')
    const replies = tx.objectStore('replies')
    const earlier = (await replies.get(`hold:${req.idempotencyKey}`)) as Hold | undefined
    if (earlier) return earlier
    const occ: Occupancy[] = [
      ...(await tx.objectStore('holds').index('slotId').getAll(slot.id)),
      ...(await tx.objectStore('bookings').index('slotId').getAll(slot.id)),
    ]
    if (placesLeft(slot, takenIn(slot.id, occ, now), req.priority) < 1) {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw new BookingError('slot-full', 'no place left')
    }
    const expiresAt = now + this.config.holdMinutes * 60_000
    const stored: StoredHold = { id: newKey(), slotId: slot.id, priority: req.priority, expiresAt }
    const hold: Hold = { holdId: stored.id, slotId: slot.id, priority: req.priority, expiresAt: toShanghaiIso(expiresAt) }
    void tx.objectStore('holds').put(stored)
    void replies.put(hold, `hold:${req.idempotencyKey}`)
    await tx.done
    return hold
  }

  async releaseHold(input: ReleaseHoldRequest): Promise<void> {
    await (await this.database.open()).delete('holds', parseOrThrow(ReleaseHoldRequest, input).holdId)
  }

  async confirm(input: ConfirmRequest): Promise<Booking> {
    const req = parseOrThrow(ConfirmRequest, input)
    const now = this.now()
    // Encrypt first: awaiting WebCrypto inside a transaction would let it commit early.
    const sealed = await this.sealer.seal(req.details)
    const outbox = await this.outboxEntry('confirm', req.idempotencyKey, req)
    const db = await this.database.open()
    const tx = db.transaction(['holds', 'bookings', 'outbox', 'replies'], 'readwrite')
    const earlier = (await tx.objectStore('replies').get(`confirm:${req.idempotencyKey}`)) as string | undefined
    if (earlier) {
      await tx.done
      return this.unseal((await db.get('bookings', earlier)) as StoredBooking)
    }
    const hold = (await tx.objectStore('holds').get(req.holdId)) as StoredHold | undefined
    const fail = async (code: 'hold-expired' | 'not-found', msg: string): Promise<never> => {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw new BookingError(code, msg)
    }
    if (!hold) return fail('hold-expired', 'hold not found or expired')
    try {
      checkDetailsForService(this.config, hold.slotId.split('~')[0]!, req.details, hold.priority)
    } catch (e) {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw e
    }
    const slot = requireSlot(this.config, this.calendar, hold.slotId, now - this.config.holdMinutes * 60_000)
    if (hold.expiresAt <= now) {
      const occ: Occupancy[] = [
        ...(await tx.objectStore('holds').index('slotId').getAll(slot.id)),
        ...(await tx.objectStore('bookings').index('slotId').getAll(slot.id)),
      ]
      if (placesLeft(slot, takenIn(slot.id, occ, now, hold.id), hold.priority) < 1) return fail('hold-expired', 'hold expired and the slot is full')
    }
    let code = newBookingCode()
    while (await tx.objectStore('bookings').getKey(code)) code = newBookingCode()
    const at = toShanghaiIso(now)
    const stored: StoredBooking = {
      code, serviceId: slot.serviceId, placeId: slot.placeId, ...(slot.staffId ? { staffId: slot.staffId } : {}),
      slotId: slot.id, start: slot.start, end: slot.end, status: 'booked', priority: hold.priority, createdAt: at, updatedAt: at, sealed,
    }
    void tx.objectStore('holds').delete(hold.id)
    void tx.objectStore('bookings').put(stored)
    void tx.objectStore('outbox').put({ ...outbox, code, slotId: slot.id, priority: hold.priority })
    void tx.objectStore('replies').put(code, `confirm:${req.idempotencyKey}`)
    await tx.done
    const { sealed: _sealed, ...plain } = stored
    return { ...plain, details: req.details }
  }

  private async findOwn(code: string, mobile: string): Promise<Booking> {
    const stored = (await (await this.database.open()).get('bookings', code)) as StoredBooking | undefined
    if (stored) {
      const b = await this.unseal(stored)
      if (normalizeMobile(b.details.mobile) === normalizeMobile(mobile)) return b
    }
    throw new BookingError('not-found', 'no booking with this code and mobile')
  }

  async lookup(input: LookupRequest): Promise<Booking> {
    const req = parseOrThrow(LookupRequest, input)
    return this.findOwn(req.code, req.mobile)
  }

  /** Writes a changed booking and its outbox entry together, unless the key was seen before. */
  private async update(
    operation: Operation,
    idempotencyKey: string,
    body: unknown,
    code: string,
    change: (b: StoredBooking, tx: { holds: StoredHold | undefined }) => StoredBooking | string,
    holdId?: string,
  ): Promise<Booking> {
    const outbox = await this.outboxEntry(operation, idempotencyKey, body)
    const db = await this.database.open()
    const tx = db.transaction(['bookings', 'outbox', 'replies', 'holds'], 'readwrite')
    const seen = await tx.objectStore('replies').get(`${operation}:${idempotencyKey}`)
    const current = (await tx.objectStore('bookings').get(code)) as StoredBooking | undefined
    if (seen && current) {
      await tx.done
      return this.unseal(current)
    }
    const hold = holdId ? ((await tx.objectStore('holds').get(holdId)) as StoredHold | undefined) : undefined
    const next = current ? change(current, { holds: hold }) : 'not-found'
    if (typeof next === 'string') {
      tx.abort()
      await tx.done.catch(() => undefined)
      throw new BookingError(next === 'not-found' ? 'not-found' : next === 'hold-expired' ? 'hold-expired' : 'conflict', next)
    }
    if (hold) void tx.objectStore('holds').delete(hold.id)
    void tx.objectStore('bookings').put(next)
    void tx.objectStore('outbox').put(operation === 'reschedule' ? { ...outbox, slotId: next.slotId } : outbox)
    void tx.objectStore('replies').put(code, `${operation}:${idempotencyKey}`)
    await tx.done
    return this.unseal(next)
  }

  async cancel(input: CancelRequest): Promise<Booking> {
    const req = parseOrThrow(CancelRequest, input)
    await this.findOwn(req.code, req.mobile)
    const at = toShanghaiIso(this.now())
    return this.update('cancel', req.idempotencyKey, req, req.code, (b) =>
      b.status !== 'booked' ? `booking is ${b.status}` : { ...b, status: 'cancelled', updatedAt: at, ...(req.reason ? { cancelReason: req.reason } : {}) },
    )
  }

  async reschedule(input: RescheduleRequest): Promise<Booking> {
    const req = parseOrThrow(RescheduleRequest, input)
    await this.findOwn(req.code, req.mobile)
    const now = this.now()
    return this.update('reschedule', req.idempotencyKey, req, req.code, (b, { holds: hold }) => {
      if (b.status !== 'booked') return `booking is ${b.status}`
      if (!hold || hold.expiresAt <= now) return 'hold-expired'
      const slot = requireSlot(this.config, this.calendar, hold.slotId, now - this.config.holdMinutes * 60_000)
      return { ...b, slotId: slot.id, start: slot.start, end: slot.end, serviceId: slot.serviceId, placeId: slot.placeId, ...(slot.staffId ? { staffId: slot.staffId } : {}), updatedAt: toShanghaiIso(now) }
    }, req.holdId)
  }

  async joinWaitlist(input: WaitlistRequest): Promise<WaitlistEntry> {
    const req = parseOrThrow(WaitlistRequest, input)
    if (!this.config.services.some((s) => s.id === req.serviceId)) throw new BookingError('not-found', 'unknown service')
    const sealed = await this.sealer.seal(req.details)
    const outbox = await this.outboxEntry('joinWaitlist', req.idempotencyKey, req)
    const db = await this.database.open()
    const tx = db.transaction(['waitlist', 'outbox', 'replies'], 'readwrite')
    const all = (await tx.objectStore('waitlist').getAll()) as StoredWaitlist[]
    const same = all.filter((w) => w.serviceId === req.serviceId && w.date === req.date)
    const seenId = (await tx.objectStore('replies').get(`joinWaitlist:${req.idempotencyKey}`)) as string | undefined
    if (seenId) {
      await tx.done
      const i = same.findIndex((w) => w.id === seenId)
      const { sealed: _s, ...w } = same[i]!
      return { ...w, position: i + 1 }
    }
    const entry: StoredWaitlist = { id: newKey(), serviceId: req.serviceId, date: req.date, createdAt: toShanghaiIso(this.now()), sealed }
    void tx.objectStore('waitlist').put(entry)
    void tx.objectStore('outbox').put(outbox)
    void tx.objectStore('replies').put(entry.id, `joinWaitlist:${req.idempotencyKey}`)
    await tx.done
    return { id: entry.id, serviceId: entry.serviceId, date: entry.date, createdAt: entry.createdAt, position: same.length + 1 }
  }

  async listBookings(input: StaffListRequest): Promise<StaffListResponse> {
    const req = parseOrThrow(StaffListRequest, input)
    const db = await this.database.open()
    const stored = (await db.getAllFromIndex('bookings', 'start', IDBKeyRange.bound(req.from, `${req.to}\uffff`))) as StoredBooking[]
    const mine = stored.filter((b) => !req.placeId || b.placeId === req.placeId)
    return { bookings: await Promise.all(mine.map((b) => this.unseal(b))) }
  }

  async setStatus(input: SetStatusRequest): Promise<Booking> {
    const req = parseOrThrow(SetStatusRequest, input)
    const at = toShanghaiIso(this.now())
    return this.update('setStatus', req.idempotencyKey, req, req.code, (b) => ({ ...b, status: req.status, updatedAt: at, ...(req.reason ? { cancelReason: req.reason } : {}) }))
  }

  /** Changes not yet sent upstream, oldest first, decrypted for sending. */
  async pendingOutbox(): Promise<PendingChange[]> {
    const entries = (await (await this.database.open()).getAll('outbox')) as OutboxEntry[]
    entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.createdAt.localeCompare(b.createdAt))
    return Promise.all(
      entries.map(async (e) => {
        const decided = { ...(e.code ? { code: e.code } : {}), ...(e.slotId ? { slotId: e.slotId } : {}), ...(e.priority !== undefined ? { priority: e.priority } : {}) }
        return { idempotencyKey: e.idempotencyKey, operation: e.operation, createdAt: e.createdAt, body: { ...(await this.sealer.open<object>(e.sealed)), ...decided } }
      }),
    )
  }

  /** How many changes wait to go upstream: a count, nothing decrypted (cheap enough for a staff screen to poll). */
  async pendingCount(): Promise<number> {
    return (await this.database.open()).count('outbox')
  }

  /** Removes entries the upstream service has taken (by idempotency key), in one transaction. */
  async removeFromOutbox(keys: readonly string[]): Promise<void> {
    if (!keys.length) return
    const tx = (await this.database.open()).transaction('outbox', 'readwrite')
    for (const k of keys) void tx.store.delete(k)
    await tx.done
  }

  /** Sends each pending change (the sender reuses the key); removes those that went through. */
  async flushOutbox(send: (operation: Operation, body: unknown, idempotencyKey: string) => Promise<void>): Promise<{ sent: number; failed: number }> {
    let sent = 0
    let failed = 0
    for (const e of await this.pendingOutbox()) {
      try {
        await send(e.operation, e.body, e.idempotencyKey)
        await this.removeFromOutbox([e.idempotencyKey])
        sent++
      } catch {
        failed++
      }
    }
    return { sent, failed }
  }

  /** The raw stored record (tests check nothing personal is readable at rest). */
  async rawBooking(code: string): Promise<unknown> {
    return (await this.database.open()).get('bookings', code)
  }

  close(): void {
    this.database.close()
  }
}
