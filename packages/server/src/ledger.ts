// The booking ledger on PostgreSQL (or PGlite): the booking contract for many offices, with the
// database deciding who gets the last place. Every check-and-take is one SQL statement under the
// slot row's lock; every change and its idempotency key commit together.
import { HolidayCalendar } from '@workroom/booking/holidays'
import { calendarFor, checkDetailsForService, requireSlot } from '@workroom/booking/ledger'
import { parseBookingConfig, type BookingConfig, type Localized } from '@workroom/booking/config'
import { findSlot, type Slot } from '@workroom/booking/slots'
import { toShanghaiIso, instantOf, addDays } from '@workroom/booking/time'
import { normalizeMobile } from '@workroom/booking/validate'
import {
  BookingError, CancelRequest, ConfirmRequest, HoldRequest, ListSlotsRequest, LookupRequest, ReleaseHoldRequest, RescheduleRequest,
  SetStatusRequest, StaffListRequest, SYNC_BODIES, SYNC_OPERATIONS, SyncBatch, WaitlistRequest, newBookingCode, newKey, parseOrThrow,
  type Booking, type BookingProvider, type Hold, type ListSlotsResponse, type ResidentDetails, type StaffListResponse, type SyncOperation,
  type SyncRequest, type SyncResponse, type SyncResult, type WaitlistEntry,
} from '@workroom/booking/contract'
import { generateSlots, placesLeft } from '@workroom/booking/slots'
import type { Db, Queryable } from './db.ts'
import { sha256, type Keyring } from './crypto.ts'
import { audit, type Actor } from './audit.ts'

/** Who is asking, as far as limits and the audit log need to know. */
export interface RequestContext {
  actor: Actor
  /** The client's network address (only ever stored as a keyed hash). */
  address: string
  /** An anonymous id the client sends (`x-workroom-client`), if any. */
  clientId?: string | undefined
  /** What a kiosk says of itself when it syncs (`x-workroom-version`, `x-workroom-pending`). */
  kiosk?: { version?: string | undefined; pending?: number | undefined } | undefined
}

export interface HoldLimits {
  /** Live holds one address may have at once (a village NAT can hide several residents). */
  perAddress: number
  /** Live holds one anonymous client may have at once. */
  perClient: number
  /** Total minutes one client may hold the same slot within a day, across repeated holds. */
  maxMinutesPerSlot: number
}

export const DEFAULT_HOLD_LIMITS: HoldLimits = { perAddress: 10, perClient: 3, maxMinutesPerSlot: 15 }

/** Refused because of a limit, not a bad request: the HTTP layer answers 429 with Retry-After. */
export class LimitError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message)
    this.name = 'LimitError'
  }
}

export interface Office {
  id: string
  name: Localized
  phone?: string | undefined
  address?: Localized | undefined
  config: BookingConfig
  calendar: HolidayCalendar
  version: number
}

export interface LedgerOptions {
  db: Db
  keyring: Keyring
  now?: () => number
  holdLimits?: HoldLimits
  /** How long an office's config is cached before it is read again (ms). */
  configTtlMs?: number
}

type PrivateBooking = { details: ResidentDetails; cancelReason?: string }

interface BookingRow {
  code: string
  office_id: string
  service_id: string
  place_id: string
  staff_id: string | null
  slot_id: string
  starts_at: Date
  ends_at: Date
  status: Booking['status']
  priority: boolean
  private_enc: Uint8Array | null
  key_id: string | null
  created_at: Date
  updated_at: Date
}

/** Each slot's JSON up to its `remaining`, made once per generated slot. */
const slotJson = new WeakMap<Slot, string>()

const BOOKING_COLUMNS = 'code, office_id, service_id, place_id, staff_id, slot_id, starts_at, ends_at, status, priority, private_enc, key_id, created_at, updated_at'
const DAY_MS = 86_400_000

/**
 * Places taken in a slot ($1 office, $2 slot, $3 now), leaving out one hold ($4) and one booking
 * ($5), and the places left for a resident ($6 priority) given the slot row `s`: the green channel
 * rule of `placesLeft` in SQL.
 */
const TAKEN = `taken as (
  select count(*) filter (where not o.priority)::int as general, count(*) filter (where o.priority)::int as prio from (
    select priority from holds where office_id = $1 and slot_id = $2 and ended_at is null and expires_at > $3 and id is distinct from $4::text
    union all
    select priority from bookings where office_id = $1 and slot_id = $2 and status <> 'cancelled' and code is distinct from $5::text
  ) o
)`
const FREE = `(s.capacity - t.general - t.prio - (case when $6::boolean then 0 else greatest(0, s.reserved - t.prio) end))`

export class CountyLedger {
  readonly db: Db
  readonly keyring: Keyring
  readonly now: () => number
  readonly holdLimits: HoldLimits
  private readonly configTtlMs: number
  private readonly offices = new Map<string, { office: Office; loadedAt: number }>()
  private readonly slotCache = new Map<string, Slot[]>()

  constructor(options: LedgerOptions) {
    this.db = options.db
    this.keyring = options.keyring
    this.now = options.now ?? Date.now
    this.holdLimits = options.holdLimits ?? DEFAULT_HOLD_LIMITS
    this.configTtlMs = options.configTtlMs ?? 5_000
  }

  // ── offices ────────────────────────────────────────────────────────────────────────────────

  /** Adds an office or replaces its config (validated with the same zod `BookingConfig` kiosks use). */
  async saveOffice(input: { id: string; name: Localized; phone?: string | undefined; address?: Localized | undefined; config: unknown }, actor: Actor, address = 'local'): Promise<Office> {
    const parsed = parseBookingConfig(input.config)
    if (!parsed.ok) throw new BookingError('invalid', parsed.problems.map((p) => `config.${p.path}: ${p.message}`).join('; '))
    if (!/^[a-z0-9][a-z0-9-]*$/.test(input.id) || input.id.length > 60) throw new BookingError('invalid', 'id: lower-case letters, digits and dashes')
    if (!input.name?.['zh-Hans']) throw new BookingError('invalid', 'name: zh-Hans is required')
    const at = new Date(this.now())
    const version = await this.db.tx(async (q) => {
      const [row] = await q.query<{ config_version: number }>(
        `insert into offices (id, name, phone, address, config, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $6)
         on conflict (id) do update set name = excluded.name, phone = excluded.phone, address = excluded.address, config = excluded.config,
           config_version = offices.config_version + 1, updated_at = excluded.updated_at
         returning config_version`,
        [input.id, JSON.stringify(input.name), input.phone ?? null, input.address ? JSON.stringify(input.address) : null, JSON.stringify(parsed.config), at],
      )
      const v = row!.config_version
      await q.query('insert into office_configs (office_id, version, config, created_at, created_by) values ($1, $2, $3, $4, $5)', [input.id, v, JSON.stringify(parsed.config), at, actorLabel(actor)])
      await audit(q, { at, actor, action: v === 1 ? 'office.create' : 'office.config', officeId: input.id, recordKind: 'office', recordId: input.id, address, detail: { version: v } })
      return v
    })
    this.offices.delete(input.id)
    const office = await this.office(input.id)
    return { ...office, version }
  }

  /**
   * Replaces an office's booking config with a new version, only if `baseVersion` is still the
   * current one (the editor's starting point): otherwise `conflict`. Validated with the same zod
   * `BookingConfig`; a bad config is refused with every problem. Bookings already made are kept.
   */
  async saveConfig(officeId: string, config: unknown, baseVersion: number, actor: Actor, address = 'local'): Promise<{ ok: true; version: number } | { ok: false; problems: Array<{ path: string; message: string }> } | { ok: false; conflict: number }> {
    const parsed = parseBookingConfig(config)
    if (!parsed.ok) return { ok: false, problems: parsed.problems }
    const at = new Date(this.now())
    const result = await this.db.tx(async (q) => {
      const [row] = await q.query<{ config_version: number }>('select config_version from offices where id = $1 for update', [officeId])
      if (!row) throw new BookingError('not-found', 'no such office')
      if (row.config_version !== baseVersion) return { ok: false as const, conflict: row.config_version }
      const v = baseVersion + 1
      await q.query('update offices set config = $2, config_version = $3, updated_at = $4 where id = $1', [officeId, JSON.stringify(parsed.config), v, at])
      await q.query('insert into office_configs (office_id, version, config, created_at, created_by) values ($1, $2, $3, $4, $5)', [officeId, v, JSON.stringify(parsed.config), at, actorLabel(actor)])
      await audit(q, { at, actor, action: 'office.config', officeId, recordKind: 'office', recordId: officeId, address, detail: { version: v, from: baseVersion } })
      return { ok: true as const, version: v }
    })
    this.offices.delete(officeId)
    return result
  }

  async listOffices(): Promise<Array<Pick<Office, 'id' | 'name' | 'phone' | 'address'>>> {
    const rows = await this.db.query<{ id: string; name: Localized; phone: string | null; address: Localized | null }>('select id, name, phone, address from offices order by id')
    return rows.map((r) => ({ id: r.id, name: r.name, ...(r.phone ? { phone: r.phone } : {}), ...(r.address ? { address: r.address } : {}) }))
  }

  /** An office with its parsed config and holiday calendar, cached briefly. Unknown: not-found. */
  async office(id: string): Promise<Office> {
    const cached = this.offices.get(id)
    if (cached && Date.now() - cached.loadedAt < this.configTtlMs) return cached.office
    const [row] = await this.db.query<{ id: string; name: Localized; phone: string | null; address: Localized | null; config: unknown; config_version: number }>(
      'select id, name, phone, address, config, config_version from offices where id = $1',
      [id],
    )
    if (!row) throw new BookingError('not-found', 'no such office')
    if (cached && cached.office.version === row.config_version) {
      cached.loadedAt = Date.now()
      return cached.office
    }
    const parsed = parseBookingConfig(row.config)
    if (!parsed.ok) throw new BookingError('unavailable', 'this office’s stored config no longer validates')
    const office: Office = {
      id: row.id, name: row.name, phone: row.phone ?? undefined, address: row.address ?? undefined,
      config: parsed.config, calendar: calendarFor(parsed.config), version: row.config_version,
    }
    this.offices.set(id, { office, loadedAt: Date.now() })
    return office
  }

  /** The contract for one office, as a `BookingProvider` (plus `sync`), for one caller. */
  provider(officeId: string, ctx: RequestContext): BookingProvider & { sync(req: SyncRequest): Promise<SyncResponse> } {
    return {
      listSlots: (r) => this.listSlots(officeId, r),
      hold: (r) => this.hold(officeId, r, ctx),
      releaseHold: (r) => this.releaseHold(officeId, r),
      confirm: (r) => this.confirm(officeId, r, ctx),
      lookup: (r) => this.lookup(officeId, r),
      cancel: (r) => this.cancel(officeId, r, ctx),
      reschedule: (r) => this.reschedule(officeId, r, ctx),
      joinWaitlist: (r) => this.joinWaitlist(officeId, r, ctx),
      listBookings: (r) => this.listBookings(officeId, r),
      setStatus: (r) => this.setStatus(officeId, r, ctx),
      sync: (r) => this.sync(officeId, r, ctx),
    }
  }

  /**
   * The slots a config offers, worked out once a minute per office version, service and range:
   * the schedule does not change between requests, only the minimum-notice cut-off moves.
   */
  private slotsFor(office: Office, serviceId: string, from: string | undefined, to: string | undefined, now: number): Slot[] {
    const minute = Math.floor(now / 60_000)
    const cacheKey = `${office.id}|${office.version}|${serviceId}|${from ?? ''}|${to ?? ''}|${minute}`
    let slots = this.slotCache.get(cacheKey)
    if (!slots) {
      slots = generateSlots(office.config, office.calendar, { now: minute * 60_000, serviceId, ...(from ? { from } : {}), ...(to ? { to } : {}) })
      if (this.slotCache.size >= 256) this.slotCache.clear()
      this.slotCache.set(cacheKey, slots)
    }
    // Places whose notice ran out within this minute are not offered.
    const earliest = now + (office.config.services.find((x) => x.id === serviceId)?.minNoticeMinutes ?? 0) * 60_000
    return slots.filter((s) => Date.parse(s.start) >= earliest)
  }

  // ── the contract ───────────────────────────────────────────────────────────────────────────

  async listSlots(officeId: string, input: unknown): Promise<ListSlotsResponse> {
    const { slots, left } = await this.availability(officeId, input)
    return { slots: slots.map((s) => ({ ...s, remaining: left(s) })) }
  }

  /**
   * The same answer as `listSlots`, already as JSON: a month of slots is some 60 KB, and writing
   * it from per-slot strings made once a minute costs a fraction of building and stringifying
   * 240 objects on every search.
   */
  async listSlotsJson(officeId: string, input: unknown): Promise<string> {
    const { slots, left } = await this.availability(officeId, input)
    let out = '{"slots":['
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!
      let head = slotJson.get(s)
      if (head === undefined) slotJson.set(s, (head = JSON.stringify(s).slice(0, -1) + ',"remaining":'))
      out += (i ? ',' : '') + head + left(s) + '}'
    }
    return out + ']}'
  }

  private async availability(officeId: string, input: unknown): Promise<{ slots: Slot[]; left: (s: Slot) => number }> {
    const req = parseOrThrow(ListSlotsRequest, input)
    const office = await this.office(officeId)
    const now = this.now()
    if (!office.config.services.some((s) => s.id === req.serviceId)) throw new BookingError('not-found', 'unknown service')
    const slots = this.slotsFor(office, req.serviceId, req.from, req.to, now)
    if (!slots.length) return { slots, left: () => 0 }
    // Only slots someone has held or booked have a row; the rest are wholly free.
    const rows = await this.db.query<{ slot_id: string; general: number; prio: number }>(
      `select s.slot_id, count(o.priority) filter (where not o.priority)::int as general, count(o.priority) filter (where o.priority)::int as prio
       from slots s
       join lateral (
         select h.priority from holds h where h.office_id = s.office_id and h.slot_id = s.slot_id and h.ended_at is null and h.expires_at > $4
         union all
         select b.priority from bookings b where b.office_id = s.office_id and b.slot_id = s.slot_id and b.status <> 'cancelled'
       ) o on true
       where s.office_id = $1 and s.starts_at >= $2 and s.starts_at <= $3 and s.slot_id like $5
       group by s.slot_id`,
      [officeId, new Date(slots[0]!.start), new Date(slots.at(-1)!.start), new Date(now), `${req.serviceId}~%`],
    )
    const taken = new Map(rows.map((r) => [r.slot_id, { general: r.general, priority: r.prio }]))
    const none = { general: 0, priority: 0 }
    return { slots, left: (s) => placesLeft(s, taken.get(s.id) ?? none, req.priority) }
  }

  async hold(officeId: string, input: unknown, ctx: RequestContext): Promise<Hold> {
    const req = parseOrThrow(HoldRequest, input)
    const office = await this.office(officeId)
    return this.db.tx((q) =>
      this.once(q, `${officeId}:hold`, req.idempotencyKey, req, async () => {
        const now = this.now()
        const slot = requireSlot(office.config, office.calendar, req.slotId, now)
        const client = this.clientKeys(ctx)
        await this.checkHoldLimits(q, client, slot.id, now)
        await lockSlot(q, officeId, slot)
        const id = newKey()
        const expiresAt = now + office.config.holdMinutes * 60_000
        const rows = await q.query(
          `with ${TAKEN}
           insert into holds (id, office_id, slot_id, priority, created_at, expires_at, client_address, client_id)
           select $7, $1, $2, $6, $3, $8, $9, $10 from slots s, taken t
           where s.office_id = $1 and s.slot_id = $2 and ${FREE} >= 1
           returning id`,
          [officeId, slot.id, new Date(now), null, null, req.priority, id, new Date(expiresAt), client.address, client.client ?? null],
        )
        if (!rows.length) throw new BookingError('slot-full', 'no place left')
        return { holdId: id, slotId: slot.id, priority: req.priority, expiresAt: toShanghaiIso(expiresAt) }
      }),
    )
  }

  async releaseHold(officeId: string, input: unknown): Promise<void> {
    const req = parseOrThrow(ReleaseHoldRequest, input)
    await this.db.query('update holds set ended_at = $3 where id = $1 and office_id = $2 and ended_at is null', [req.holdId, officeId, new Date(this.now())])
  }

  async confirm(officeId: string, input: unknown, ctx: RequestContext): Promise<Booking> {
    const req = parseOrThrow(ConfirmRequest, input)
    const office = await this.office(officeId)
    return this.db.tx((q) =>
      this.once(q, `${officeId}:confirm`, req.idempotencyKey, req, async () => {
        const now = this.now()
        const [held] = await q.query<{ slot_id: string; priority: boolean }>('select slot_id, priority from holds where id = $1 and office_id = $2 and ended_at is null for update', [req.holdId, officeId])
        if (held) checkDetailsForService(office.config, held.slot_id.split('~')[0]!, req.details, held.priority)
        const { slot, priority } = await this.takeHold(q, office, req.holdId, now)
        const code = await this.freeCode(q)
        await this.insertBooking(q, office, { code, slot, priority, details: req.details, at: now, source: ctx.actor.kind === 'device' ? 'kiosk' : 'web' }, now)
        await audit(q, { at: new Date(now), actor: ctx.actor, action: 'booking.create', officeId, recordKind: 'booking', recordId: code, address: ctx.address })
        return this.readBooking(q, code)
      }),
    )
  }

  async lookup(officeId: string, input: unknown): Promise<Booking> {
    const req = parseOrThrow(LookupRequest, input)
    return stripOffice(await this.findByMobile(this.db, officeId, req.code, req.mobile))
  }

  async cancel(officeId: string, input: unknown, ctx: RequestContext): Promise<Booking> {
    const req = parseOrThrow(CancelRequest, input)
    await this.office(officeId)
    return this.db.tx((q) => this.cancelIn(q, officeId, req, ctx))
  }

  private cancelIn(q: Queryable, officeId: string, req: CancelRequest, ctx: RequestContext): Promise<Booking> {
    return this.once(q, `${officeId}:cancel`, req.idempotencyKey, req, async () => {
      const b = await this.findByMobile(q, officeId, req.code, req.mobile, true)
      if (b.status !== 'booked') throw new BookingError('conflict', `booking is ${b.status}`)
      const now = this.now()
      await this.updateBooking(q, b, { status: 'cancelled', ...(req.reason ? { cancelReason: req.reason } : {}) }, now, 'cancelled', ctx)
      return this.readBooking(q, b.code)
    })
  }

  async reschedule(officeId: string, input: unknown, ctx: RequestContext): Promise<Booking> {
    const req = parseOrThrow(RescheduleRequest, input)
    const office = await this.office(officeId)
    return this.db.tx((q) =>
      this.once(q, `${officeId}:reschedule`, req.idempotencyKey, req, async () => {
        const b = await this.findByMobile(q, officeId, req.code, req.mobile, true)
        if (b.status !== 'booked') throw new BookingError('conflict', `booking is ${b.status}`)
        const now = this.now()
        const { slot } = await this.takeHold(q, office, req.holdId, now)
        await this.moveBooking(q, office, b.code, slot, b.priority, now, ctx)
        return this.readBooking(q, b.code)
      }),
    )
  }

  async joinWaitlist(officeId: string, input: unknown, ctx: RequestContext): Promise<WaitlistEntry> {
    const req = parseOrThrow(WaitlistRequest, input)
    const office = await this.office(officeId)
    return this.db.tx((q) => this.joinWaitlistIn(q, office, req, ctx))
  }

  private joinWaitlistIn(q: Queryable, office: Office, req: WaitlistRequest & { details: ResidentDetails }, ctx: RequestContext): Promise<WaitlistEntry> {
    return this.once(q, `${office.id}:waitlist`, req.idempotencyKey, req, async () => {
      if (!office.config.services.some((s) => s.id === req.serviceId)) throw new BookingError('not-found', 'unknown service')
      const now = this.now()
      // One queue at a time, so two residents joining together get positions 1 and 2, not 1 and 1.
      await q.query('select pg_advisory_xact_lock(hashtext($1))', [`waitlist|${office.id}|${req.serviceId}|${req.date}`])
      const id = newKey()
      const sealed = this.keyring.seal({ details: req.details }, `waitlist:${id}`)
      const purgeAfter = instantOf(addDays(req.date, office.config.retentionDays + 1), 0)
      await q.query(
        'insert into waitlist (id, office_id, service_id, date, private_enc, key_id, created_at, purge_after) values ($1, $2, $3, $4, $5, $6, $7, $8)',
        [id, office.id, req.serviceId, req.date, sealed.data, sealed.keyId, new Date(now), new Date(purgeAfter)],
      )
      const [pos] = await q.query<{ n: number }>(
        `select count(*)::int as n from waitlist where office_id = $1 and service_id = $2 and date = $3 and status = 'waiting'
           and seq <= (select seq from waitlist where id = $4)`,
        [office.id, req.serviceId, req.date, id],
      )
      await audit(q, { at: new Date(now), actor: ctx.actor, action: 'waitlist.join', officeId: office.id, recordKind: 'waitlist', recordId: id, address: ctx.address })
      return { id, serviceId: req.serviceId, date: req.date, position: pos!.n, createdAt: toShanghaiIso(now) }
    })
  }

  async listBookings(officeId: string, input: unknown): Promise<StaffListResponse> {
    const req = parseOrThrow(StaffListRequest, input)
    await this.office(officeId)
    const rows = await this.db.query<BookingRow>(
      `select ${BOOKING_COLUMNS} from bookings where office_id = $1 and starts_at >= $2 and starts_at < $3 and ($4::text is null or place_id = $4)
         and purged_at is null order by starts_at, code`,
      [officeId, new Date(instantOf(req.from, 0)), new Date(instantOf(addDays(req.to, 1), 0)), req.placeId ?? null],
    )
    return { bookings: rows.map((r) => stripOffice(this.toBooking(r))) }
  }

  async setStatus(officeId: string, input: unknown, ctx: RequestContext): Promise<Booking> {
    const req = parseOrThrow(SetStatusRequest, input)
    await this.office(officeId)
    return this.db.tx((q) => this.setStatusIn(q, officeId, req, ctx))
  }

  private setStatusIn(q: Queryable, officeId: string, req: SetStatusRequest, ctx: RequestContext): Promise<Booking> {
    return this.once(q, `${officeId}:status`, req.idempotencyKey, req, async () => {
      const [row] = await q.query<BookingRow>(`select ${BOOKING_COLUMNS} from bookings where code = $1 and office_id = $2 and purged_at is null for update`, [req.code, officeId])
      if (!row) throw new BookingError('not-found', 'no booking with this code')
      const b = this.toBooking(row)
      await this.updateBooking(q, b, { status: req.status, ...(req.reason ? { cancelReason: req.reason } : {}) }, this.now(), 'status', ctx)
      return this.readBooking(q, b.code)
    })
  }

  /**
   * A kiosk's offline changes, in order, each in its own transaction with its key: applied,
   * duplicate (applied before; nothing changes) or rejected with the reason (and not remembered,
   * so sending it again after staff sort it out is harmless).
   */
  async sync(officeId: string, input: unknown, ctx: RequestContext): Promise<SyncResponse> {
    const batch = parseOrThrow(SyncBatch, input)
    const office = await this.office(officeId)
    const results: SyncResult[] = []
    for (const e of batch.entries) results.push(await this.applySynced(office, e, ctx))
    const count = (s: SyncResult['status']) => results.filter((r) => r.status === s).length
    const at = new Date(this.now())
    await this.db.tx(async (q) => {
      if (ctx.actor.kind === 'device')
        await q.query('insert into sync_batches (device_id, office_id, received_at, entries, applied, duplicate, rejected, client_version, pending) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
          ctx.actor.id, officeId, at, results.length, count('applied'), count('duplicate'), count('rejected'),
          ctx.kiosk?.version ?? null,
          // The outbox held `pending` before this batch; what was applied or known has left it.
          ctx.kiosk?.pending === undefined ? null : Math.max(0, ctx.kiosk.pending - count('applied') - count('duplicate')),
        ])
      await audit(q, {
        at, actor: ctx.actor, action: 'sync.batch', officeId, recordKind: 'sync', address: ctx.address,
        detail: { entries: results.length, applied: count('applied'), duplicate: count('duplicate'), rejected: count('rejected'), rejectedKeys: results.filter((r) => r.status === 'rejected').map((r) => r.idempotencyKey) },
      })
    })
    return { results }
  }

  private async applySynced(office: Office, e: { idempotencyKey: string; operation: string; createdAt: string; body: unknown }, ctx: RequestContext): Promise<SyncResult> {
    const key = e.idempotencyKey
    try {
      if (key.length < 8 || key.length > 100) throw new BookingError('invalid', 'idempotencyKey: 8 to 100 characters')
      if (!(SYNC_OPERATIONS as readonly string[]).includes(e.operation)) throw new BookingError('invalid', `operation: not one that syncs (${e.operation.slice(0, 40)})`)
      const op = e.operation as SyncOperation
      const at = Date.parse(e.createdAt)
      if (Number.isNaN(at)) throw new BookingError('invalid', 'createdAt: not a time')
      const body = parseOrThrow(SYNC_BODIES[op] as unknown as Parameters<typeof parseOrThrow>[0], e.body) as never
      const applied = await this.db.tx(async (q) => {
        const fresh = await q.query('insert into idempotency_keys (scope, key, request_hash, created_at) values ($1, $2, $3, $4) on conflict do nothing returning key', [
          `${office.id}:sync`, key, 'sync', new Date(this.now()),
        ])
        if (!fresh.length) return false
        if (op === 'confirm') await this.recordConfirm(q, office, body, at, ctx)
        else if (op === 'reschedule') await this.recordReschedule(q, office, body, at, ctx)
        else if (op === 'cancel') await this.cancelIn(q, office.id, body, ctx)
        else if (op === 'setStatus') await this.setStatusIn(q, office.id, body, ctx)
        else await this.joinWaitlistIn(q, office, body, ctx)
        return true
      })
      return { idempotencyKey: key, status: applied ? 'applied' : 'duplicate' }
    } catch (err) {
      const reason = err instanceof BookingError ? { code: err.code, message: err.message } : { code: 'invalid' as const, message: 'could not apply' }
      return { idempotencyKey: key, status: 'rejected', reason }
    }
  }

  private async recordConfirm(q: Queryable, office: Office, b: { code: string; slotId: string; priority: boolean; details: ResidentDetails }, at: number, ctx: RequestContext): Promise<void> {
    const [exists] = await q.query('select 1 from bookings where code = $1', [b.code])
    if (exists) throw new BookingError('conflict', 'this booking code is already in use')
    const slot = findSlot(office.config, office.calendar, b.slotId, at - office.config.holdMinutes * 60_000)
    if (!slot) throw new BookingError('not-found', 'slot not offered')
    checkDetailsForService(office.config, slot.serviceId, b.details, b.priority)
    await lockSlot(q, office.id, slot)
    const inserted = await this.insertBooking(q, office, { code: b.code, slot, priority: b.priority, details: b.details, at, source: 'kiosk' }, this.now(), true)
    if (!inserted) throw new BookingError('slot-full', 'the slot filled up before this change arrived')
    await audit(q, { at: new Date(this.now()), actor: ctx.actor, action: 'booking.create', officeId: office.id, recordKind: 'booking', recordId: b.code, address: ctx.address, detail: { synced: true } })
  }

  private async recordReschedule(q: Queryable, office: Office, r: { code: string; mobile: string; slotId: string }, at: number, ctx: RequestContext): Promise<void> {
    const b = await this.findByMobile(q, office.id, r.code, r.mobile, true)
    if (b.status !== 'booked') throw new BookingError('conflict', `booking is ${b.status}`)
    const slot = findSlot(office.config, office.calendar, r.slotId, at - office.config.holdMinutes * 60_000)
    if (!slot) throw new BookingError('not-found', 'slot not offered')
    await lockSlot(q, office.id, slot)
    if (!(await this.moveBooking(q, office, b.code, slot, b.priority, at, ctx, true))) throw new BookingError('slot-full', 'the slot filled up before this change arrived')
  }

  // ── staff reads ────────────────────────────────────────────────────────────────────────────

  /** One booking with its details, for a member of staff who opened it (the caller audits). */
  async openBooking(officeId: string, code: string): Promise<Booking> {
    const [row] = await this.db.query<BookingRow>(`select ${BOOKING_COLUMNS} from bookings where code = $1 and office_id = $2 and purged_at is null`, [code, officeId])
    if (!row) throw new BookingError('not-found', 'no booking with this code')
    return stripOffice(this.toBooking(row))
  }

  // ── retention ──────────────────────────────────────────────────────────────────────────────

  /**
   * Deletes personal data whose retention has passed (bookings keep their anonymous row for the
   * counts), replies kept for idempotency after 2 days (sync keys after 400), holds after a day.
   */
  async purgeExpired(): Promise<{ bookings: number; waitlist: number; idempotency: number; holds: number; sessions: number }> {
    const now = new Date(this.now())
    return this.db.tx(async (q) => {
      const bookings = await q.query(`update bookings set private_enc = null, key_id = null, purged_at = $1 where purge_after <= $1 and purged_at is null returning code`, [now])
      const waitlist = await q.query(`update waitlist set private_enc = null, key_id = null, purged_at = $1, status = case when status = 'waiting' then 'removed' else status end where purge_after <= $1 and purged_at is null returning id`, [now])
      const idempotency = await q.query(
        `delete from idempotency_keys where (response_enc is not null and created_at < $1) or (response_enc is null and created_at < $2) returning key`,
        [new Date(now.getTime() - 2 * DAY_MS), new Date(now.getTime() - 400 * DAY_MS)],
      )
      const holds = await q.query('delete from holds where expires_at < $1 returning id', [new Date(now.getTime() - DAY_MS)])
      const sessions = await q.query('delete from staff_sessions where absolute_expires_at < $1 or revoked_at < $1 returning token_hash', [new Date(now.getTime() - DAY_MS)])
      const counts = { bookings: bookings.length, waitlist: waitlist.length, idempotency: idempotency.length, holds: holds.length, sessions: sessions.length }
      if (counts.bookings || counts.waitlist) await audit(q, { at: now, actor: { kind: 'system' }, action: 'retention.purge', detail: counts })
      return counts
    })
  }

  // ── inside ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Runs `fn` once per idempotency key: the key is inserted first, so a concurrent repeat waits
   * on it and then reads the reply this one stored. A failure rolls the key back with the change.
   */
  async once<T>(q: Queryable, scope: string, key: string, request: unknown, fn: () => Promise<T>): Promise<T> {
    const hash = sha256(stableJson(request))
    const fresh = await q.query('insert into idempotency_keys (scope, key, request_hash, created_at) values ($1, $2, $3, $4) on conflict do nothing returning key', [scope, key, hash, new Date(this.now())])
    const aad = `idempotency:${scope}:${key}`
    if (!fresh.length) {
      const [row] = await q.query<{ request_hash: string; response_enc: Uint8Array | null; key_id: string | null }>('select request_hash, response_enc, key_id from idempotency_keys where scope = $1 and key = $2', [scope, key])
      if (!row || row.request_hash !== hash || !row.response_enc || !row.key_id) throw new BookingError('conflict', 'this idempotency key was used for a different request')
      return this.keyring.open<T>(row.response_enc, row.key_id, aad)
    }
    const result = await fn()
    // Replies are sealed like the rows they describe (most carry personal data; one rule for all).
    const sealed = this.keyring.seal(result ?? null, aad)
    await q.query('update idempotency_keys set response_enc = $3, key_id = $4 where scope = $1 and key = $2', [scope, key, sealed.data, sealed.keyId])
    return result
  }

  private clientKeys(ctx: RequestContext): { address: string; client?: string } {
    return { address: this.keyring.pseudonym(`addr:${ctx.address}`), ...(ctx.clientId ? { client: this.keyring.pseudonym(`client:${ctx.clientId}`) } : {}) }
  }

  private async checkHoldLimits(q: Queryable, client: { address: string; client?: string }, slotId: string, now: number): Promise<void> {
    const at = new Date(now)
    const [row] = await q.query<{ by_address: number; by_client: number; on_slot_ms: number | string | null; next_free: Date | null }>(
      `select
         count(*) filter (where client_address = $1 and ended_at is null and expires_at > $3)::int as by_address,
         count(*) filter (where $2::text is not null and client_id = $2 and ended_at is null and expires_at > $3)::int as by_client,
         coalesce(sum(extract(epoch from (least(coalesce(ended_at, expires_at), $3) - created_at)) * 1000) filter (where slot_id = $4 and (client_address = $1 or ($2::text is not null and client_id = $2))), 0)::float8 as on_slot_ms,
         min(expires_at) filter (where client_address = $1 and ended_at is null and expires_at > $3) as next_free
       from holds where created_at > $5 and (client_address = $1 or ($2::text is not null and client_id = $2))`,
      [client.address, client.client ?? null, at, slotId, new Date(now - DAY_MS)],
    )
    const wait = row?.next_free ? Math.max(1, Math.ceil((row.next_free.getTime() - now) / 1000)) : 60
    if ((row?.by_address ?? 0) >= this.holdLimits.perAddress) throw new LimitError(`at most ${this.holdLimits.perAddress} places can be held at once from one address`, wait)
    if (client.client && (row?.by_client ?? 0) >= this.holdLimits.perClient) throw new LimitError(`at most ${this.holdLimits.perClient} places can be held at once`, wait)
    if (Number(row?.on_slot_ms ?? 0) >= this.holdLimits.maxMinutesPerSlot * 60_000) throw new LimitError('this place has been held for long enough: book it or choose another time', 3600)
  }

  /**
   * The hold's place for a booking: ends the hold and says which slot it was for. A lapsed hold
   * still works while its place is free (checked again when the booking is inserted).
   */
  private async takeHold(q: Queryable, office: Office, holdId: string, now: number): Promise<{ slot: Slot; priority: boolean }> {
    const [hold] = await q.query<{ slot_id: string; priority: boolean; expires_at: Date }>(
      'update holds set ended_at = $3 where id = $1 and office_id = $2 and ended_at is null returning slot_id, priority, expires_at',
      [holdId, office.id, new Date(now)],
    )
    if (!hold) throw new BookingError('hold-expired', 'hold not found or expired')
    const slot = requireSlot(office.config, office.calendar, hold.slot_id, now - office.config.holdMinutes * 60_000)
    await lockSlot(q, office.id, slot)
    return { slot, priority: hold.priority }
  }

  private async freeCode(q: Queryable): Promise<string> {
    for (;;) {
      const code = newBookingCode()
      const [taken] = await q.query('select 1 from bookings where code = $1', [code])
      if (!taken) return code
    }
  }

  /** Inserts a booking if its slot (locked by the caller) has a place: false when it has none. */
  private async insertBooking(
    q: Queryable, office: Office,
    b: { code: string; slot: Slot; priority: boolean; details: ResidentDetails; at: number; source: 'web' | 'kiosk' | 'staff' },
    now: number, quiet = false,
  ): Promise<boolean> {
    const sealed = this.keyring.seal({ details: b.details } satisfies PrivateBooking, `booking:${b.code}`)
    const created = new Date(b.at)
    const purgeAfter = new Date(Date.parse(b.slot.end) + office.config.retentionDays * DAY_MS)
    let rows: unknown[]
    try {
      rows = await q.query(
        `with ${TAKEN}
         insert into bookings (code, office_id, service_id, place_id, staff_id, slot_id, starts_at, ends_at, status, priority, private_enc, key_id, created_at, updated_at, purge_after, source)
         select $7, $1, $8, $9, $10, $2, $11, $12, 'booked', $6, $13, $14, $15, $15, $16, $17 from slots s, taken t
         where s.office_id = $1 and s.slot_id = $2 and ${FREE} >= 1
         returning code`,
        [
          office.id, b.slot.id, new Date(now), null, null, b.priority, b.code, b.slot.serviceId, b.slot.placeId, b.slot.staffId ?? null,
          new Date(b.slot.start), new Date(b.slot.end), sealed.data, sealed.keyId, created, purgeAfter, b.source,
        ],
      )
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new BookingError('conflict', 'this booking code is already in use')
      throw err
    }
    if (!rows.length) {
      if (quiet) return false
      throw new BookingError('hold-expired', 'hold expired and the slot is full')
    }
    await q.query(`insert into booking_events (code, at, status, actor, event) values ($1, $2, 'booked', $3, $4)`, [b.code, new Date(now), b.source, b.source === 'kiosk' ? 'synced' : 'created'])
    return true
  }

  /** Moves a booking into a slot the caller locked, if it has a place (not counting the booking itself). */
  private async moveBooking(q: Queryable, office: Office, code: string, slot: Slot, priority: boolean, at: number, ctx: RequestContext, quiet = false): Promise<boolean> {
    const now = this.now()
    const rows = await q.query(
      `with ${TAKEN}
       update bookings b set slot_id = $2, service_id = $7, place_id = $8, staff_id = $9, starts_at = $10, ends_at = $11, updated_at = $12, purge_after = $13
       from slots s, taken t
       where b.code = $5 and s.office_id = $1 and s.slot_id = $2 and ${FREE} >= 1
       returning b.code`,
      [
        office.id, slot.id, new Date(now), null, code, priority, slot.serviceId, slot.placeId, slot.staffId ?? null,
        new Date(slot.start), new Date(slot.end), new Date(at), new Date(Date.parse(slot.end) + office.config.retentionDays * DAY_MS),
      ],
    )
    if (!rows.length) {
      if (quiet) return false
      throw new BookingError('hold-expired', 'hold expired and the slot is full')
    }
    await q.query(`insert into booking_events (code, at, status, actor, event) values ($1, $2, 'booked', $3, 'rescheduled')`, [code, new Date(now), actorLabel(ctx.actor)])
    await audit(q, { at: new Date(now), actor: ctx.actor, action: 'booking.reschedule', officeId: office.id, recordKind: 'booking', recordId: code, address: ctx.address })
    return true
  }

  private async updateBooking(q: Queryable, b: Booking & { officeId: string }, change: { status: Booking['status']; cancelReason?: string }, now: number, event: 'cancelled' | 'status', ctx: RequestContext): Promise<void> {
    const reason = change.cancelReason ?? b.cancelReason
    const sealed = this.keyring.seal({ details: b.details, ...(reason ? { cancelReason: reason } : {}) } satisfies PrivateBooking, `booking:${b.code}`)
    await q.query('update bookings set status = $2, private_enc = $3, key_id = $4, updated_at = $5 where code = $1', [b.code, change.status, sealed.data, sealed.keyId, new Date(now)])
    await q.query('insert into booking_events (code, at, status, actor, event) values ($1, $2, $3, $4, $5)', [b.code, new Date(now), change.status, actorLabel(ctx.actor), event])
    await audit(q, { at: new Date(now), actor: ctx.actor, action: event === 'cancelled' ? 'booking.cancel' : `booking.${change.status}`, officeId: b.officeId, recordKind: 'booking', recordId: b.code, address: ctx.address })
  }

  private async findByMobile(q: Queryable, officeId: string, code: string, mobile: string, forUpdate = false): Promise<Booking & { officeId: string }> {
    const [row] = await q.query<BookingRow>(`select ${BOOKING_COLUMNS} from bookings where code = $1 and office_id = $2 and purged_at is null${forUpdate ? ' for update' : ''}`, [code, officeId])
    const b = row ? this.toBooking(row) : undefined
    if (!b || normalizeMobile(b.details.mobile) !== normalizeMobile(mobile)) throw new BookingError('not-found', 'no booking with this code and mobile')
    return b
  }

  private async readBooking(q: Queryable, code: string): Promise<Booking> {
    const [row] = await q.query<BookingRow>(`select ${BOOKING_COLUMNS} from bookings where code = $1`, [code])
    return stripOffice(this.toBooking(row!))
  }

  private toBooking(r: BookingRow): Booking & { officeId: string } {
    const p = this.keyring.open<PrivateBooking>(r.private_enc!, r.key_id!, `booking:${r.code}`)
    return {
      code: r.code, serviceId: r.service_id, placeId: r.place_id, ...(r.staff_id ? { staffId: r.staff_id } : {}), slotId: r.slot_id,
      start: toShanghaiIso(r.starts_at.getTime()), end: toShanghaiIso(r.ends_at.getTime()), status: r.status, priority: r.priority,
      details: p.details, createdAt: toShanghaiIso(r.created_at.getTime()), updatedAt: toShanghaiIso(r.updated_at.getTime()),
      ...(p.cancelReason ? { cancelReason: p.cancelReason } : {}),
      officeId: r.office_id,
    }
  }
}

/** Creates the slot's row if this is its first taker, and locks it: every taker of a slot waits here in turn. */
async function lockSlot(q: Queryable, officeId: string, slot: Slot): Promise<void> {
  await q.query(
    `insert into slots (office_id, slot_id, capacity, reserved, starts_at) values ($1, $2, $3, $4, $5)
     on conflict (office_id, slot_id) do update set capacity = excluded.capacity, reserved = excluded.reserved`,
    [officeId, slot.id, slot.capacity, slot.reserved, new Date(slot.start)],
  )
}

function stripOffice(b: Booking & { officeId?: string }): Booking {
  const { officeId: _drop, ...rest } = b
  return rest
}

function actorLabel(actor: Actor): string {
  return actor.kind === 'staff' || actor.kind === 'device' ? `${actor.kind}:${actor.id}` : actor.kind
}

/** JSON with keys sorted, so the same request always hashes the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  )
}
