// The county console's staff API (/api/console/*). Every request is validated with the console's
// zod schemas (@workroom/console/api), every query is scoped in SQL to what the user may see (a
// county admin: every office; office staff: their office; a workroom adviser: their workroom), and
// every action, reads of personal data included, is written to the audit log.
import { CONSOLE_ROUTES, CHANNELS, DISPUTE_CATEGORIES, OUTCOMES, type Channel, type ConsoleBooking, type ConsoleRoute, type DeviceInfo, type LedgerRow } from '@workroom/console/api'
import { BookingError, newKey, parseOrThrow, type ResidentDetails } from '@workroom/booking/contract'
import { addDays, instantOf, toShanghaiIso } from '@workroom/booking/time'
import { findSlot } from '@workroom/booking/slots'
import type { CountyLedger, RequestContext } from './ledger.ts'
import { AuthError, MIN_PASSWORD_LENGTH, hashPassword, mayAccess, type Devices, type StaffAuth, type StaffUser } from './auth.ts'
import { audit, type Actor } from './audit.ts'
import { maskMobile, maskName } from './crypto.ts'
import type { Outbox } from './notify.ts'
import { APPLICATION_COLUMNS, OPEN_STATES, type Applications, type ApplicationRow } from './applications.ts'
import { ApplicationError, type ApplicationState, type MissingMaterial } from '@workroom/screening/application-contract'
import type { ApplicationDetail, ApplicationFilter, DecideRequest, ForwardRequest, RequestMaterialsRequest } from '@workroom/console/api'

/** A refusal with its HTTP status (400 bad input, 403 not yours, 404 no such record). */
export class ConsoleError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly code: string,
    message: string,
    /** A refused booking config: every problem with its path. */
    readonly problems?: Array<{ path: string; message: string }>,
  ) {
    super(message)
    this.name = 'ConsoleError'
  }
}

export interface ConsoleContext {
  address: string
  /** The service's own origin as the browser sees it (for the kiosk's sync address). */
  origin: string
}

interface Scope {
  office: string | null
  place: string | null
}

const scopeOf = (u: StaffUser): Scope => ({
  office: u.role === 'county-admin' ? null : (u.officeId ?? '~none~'),
  place: u.role === 'workroom-adviser' ? (u.placeId ?? '~none~') : null,
})

const SOURCE_CHANNEL: Record<string, Channel> = { web: 'website', kiosk: 'kiosk', staff: 'walk-in' }
const PATHS = new Map<string, ConsoleRoute>(Object.entries(CONSOLE_ROUTES).map(([k, r]) => [r.path, k as ConsoleRoute]))

interface Row {
  code: string
  office_id: string
  service_id: string
  place_id: string
  staff_id: string | null
  starts_at: Date
  ends_at: Date
  status: ConsoleBooking['status']
  priority: boolean
  private_enc: Uint8Array | null
  key_id: string | null
  source: string
  arrived_at: Date | null
  channel: Channel | null
  dispute_category: string | null
  outcome: string | null
  handled_by_name?: string | null
}

const BOOKING_SELECT = `select b.code, b.office_id, b.service_id, b.place_id, b.staff_id, b.starts_at, b.ends_at, b.status, b.priority, b.private_enc, b.key_id, b.source,
  r.arrived_at, r.channel, r.dispute_category, r.outcome, a.display_name as handled_by_name
  from bookings b left join booking_records r on r.code = b.code left join staff_accounts a on a.id = r.handled_by`
/** The scope as SQL on bookings `b`: $1 the office (null: all), $2 the workroom (null: all). */
const IN_SCOPE = `($1::text is null or b.office_id = $1) and ($2::text is null or b.place_id = $2)`

const pick = <T extends string>(list: readonly T[], v: string | null): T | undefined => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined)

export class ConsoleApi {
  constructor(
    private readonly ledger: CountyLedger,
    private readonly auth: StaffAuth,
    private readonly devices: Devices,
    private readonly outbox?: Outbox,
    private readonly applications?: Applications,
  ) {}

  /** Whether `path` (under /api/console) is a console route. */
  static has(path: string): boolean {
    return PATHS.has(path)
  }

  async handle(path: string, body: unknown, user: StaffUser, ctx: ConsoleContext): Promise<unknown> {
    const route = PATHS.get(path)
    if (!route) throw new ConsoleError(404, 'not-found', 'no such route')
    const req: unknown = parse<unknown>(CONSOLE_ROUTES[route].request as never, body)
    const actor: Actor = { kind: 'staff', id: user.id }
    switch (route) {
      case 'scope': return this.scope(user)
      case 'today': return this.today(req as never, user, actor, ctx)
      case 'open': return this.open(req as never, user, actor, ctx)
      case 'mark': return this.mark(req as never, user, actor, ctx)
      case 'freeSlots': return this.freeSlots(req as never, user)
      case 'reschedule': return this.reschedule(req as never, user, actor, ctx)
      case 'devices': return this.listDevices(req as never, user)
      case 'addDevice': return this.addDevice(req as never, user, actor, ctx)
      case 'revokeDevice': return this.revokeDevice(req as never, user, actor, ctx)
      case 'users': return this.users(user)
      case 'createUser': return this.createUser(req as never, user, actor, ctx)
      case 'resetPassword': return this.resetPassword(req as never, user, actor, ctx)
      case 'disableUser': return this.disableUser(req as never, user, actor, ctx)
      case 'audit': return this.searchAudit(req as never, user, actor, ctx)
      case 'ledger': return this.ledgerRows(req as never, user, actor, ctx)
      case 'stats': return this.stats(req as never, user)
      case 'waitlist': return this.waitlist(req as never, user)
      case 'offer': return this.offer(req as never, user, actor, ctx)
      case 'schedule': return this.schedule(req as never, user)
      case 'saveSchedule': return this.saveSchedule(req as never, user, actor, ctx)
      case 'applications': return this.listApplications(req as never, user, actor, ctx)
      case 'application': return this.applicationDetail(req as never, user, actor, ctx)
      case 'openApplication': return this.openApplication(req as never, user, actor, ctx)
      case 'requestMaterials': return this.applicationAction(req as RequestMaterialsRequest & { materials: MissingMaterial[] }, user, actor, ctx, (a, r) => a.requestMaterials(r.officeId, r.code, r.materials, r.supplyBy, actor, ctx.address))
      case 'forwardApplication': return this.applicationAction(req as ForwardRequest, user, actor, ctx, (a, r) => a.forward(r.officeId, r.code, r.agency, actor, ctx.address))
      case 'decideApplication': return this.applicationAction(req as DecideRequest, user, actor, ctx, (a, r) => a.decide(r.officeId, r.code, r, actor, ctx.address))
      case 'applicationStats': return this.applicationStats(req as never, user)
    }
  }

  // ── scope ──

  private async scope(user: StaffUser) {
    const s = scopeOf(user)
    const rows = await this.ledger.db.query<{ id: string }>('select id from offices where ($1::text is null or id = $1) order by id', [s.office])
    const offices = []
    for (const r of rows) {
      const o = await this.ledger.office(r.id)
      offices.push({
        id: o.id, name: o.name,
        places: o.config.places.filter((p) => s.place === null || p.id === s.place).map((p) => ({ id: p.id, name: p.name })),
        services: o.config.services.map((x) => ({ id: x.id, name: x.name })),
      })
    }
    return { offices }
  }

  private requireOffice(user: StaffUser, officeId: string, placeId?: string): void {
    if (!mayAccess(user, officeId, placeId)) throw new ConsoleError(403, 'forbidden', placeId ? 'not your workroom' : 'not your office')
  }

  // ── today ──

  private async today(req: { date: string; officeId?: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    if (req.officeId) this.requireOffice(user, req.officeId)
    const s = scopeOf(user)
    const rows = await this.ledger.db.query<Row>(
      `${BOOKING_SELECT} where ${IN_SCOPE} and ($3::text is null or b.office_id = $3) and b.starts_at >= $4 and b.starts_at < $5 and b.purged_at is null
       order by b.office_id, b.place_id, b.starts_at, b.code`,
      [s.office, s.place, req.officeId ?? null, new Date(instantOf(req.date, 0)), new Date(instantOf(addDays(req.date, 1), 0))],
    )
    await this.ledger.db.tx((q) => audit(q, { at: new Date(this.ledger.now()), actor, action: 'console.today', officeId: req.officeId, recordKind: 'booking', address: ctx.address, detail: { date: req.date, rows: rows.length } }))
    return { date: req.date, bookings: rows.map((r) => this.toConsoleBooking(r)) }
  }

  private details(r: Pick<Row, 'code' | 'private_enc' | 'key_id'>): { details: ResidentDetails; cancelReason?: string } | undefined {
    if (!r.private_enc || !r.key_id) return undefined
    return this.ledger.keyring.open<{ details: ResidentDetails; cancelReason?: string }>(r.private_enc, r.key_id, `booking:${r.code}`)
  }

  private toConsoleBooking(r: Row): ConsoleBooking {
    const p = this.details(r)
    return {
      code: r.code, officeId: r.office_id, serviceId: r.service_id, placeId: r.place_id, ...(r.staff_id ? { staffId: r.staff_id } : {}),
      start: toShanghaiIso(r.starts_at.getTime()), end: toShanghaiIso(r.ends_at.getTime()), status: r.status, arrived: !!r.arrived_at, priority: r.priority,
      channel: r.channel ?? SOURCE_CHANNEL[r.source] ?? 'walk-in',
      ...(pick(DISPUTE_CATEGORIES, r.dispute_category) ? { disputeCategory: pick(DISPUTE_CATEGORIES, r.dispute_category)! } : {}),
      ...(pick(OUTCOMES, r.outcome) ? { outcome: pick(OUTCOMES, r.outcome)! } : {}),
      name: p ? maskName(p.details.name) : '', mobile: p ? maskMobile(p.details.mobile) : '', needs: p?.details.needs ?? [],
    }
  }

  /** The booking if this user may see it (else 404: a code of another office is not confirmed to exist). */
  private async booking(user: StaffUser, officeId: string, code: string): Promise<Row> {
    const s = scopeOf(user)
    const [row] = await this.ledger.db.query<Row>(`${BOOKING_SELECT} where ${IN_SCOPE} and b.office_id = $3 and b.code = $4 and b.purged_at is null`, [s.office, s.place, officeId, code])
    if (!row) {
      if (!mayAccess(user, officeId)) throw new ConsoleError(403, 'forbidden', 'not your office')
      throw new ConsoleError(404, 'not-found', 'no booking with this code')
    }
    return row
  }

  private async open(req: { officeId: string; code: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    const row = await this.booking(user, req.officeId, req.code)
    const p = this.details(row)
    if (!p) throw new ConsoleError(404, 'not-found', 'personal data already deleted (retention)')
    await this.ledger.db.tx((q) => audit(q, { at: new Date(this.ledger.now()), actor, action: 'booking.open', officeId: req.officeId, recordKind: 'booking', recordId: req.code, address: ctx.address }))
    return { code: row.code, name: p.details.name, mobile: p.details.mobile, ...(p.details.idNumber ? { idNumber: p.details.idNumber } : {}), ...(p.cancelReason ? { cancelReason: p.cancelReason } : {}) }
  }

  private rctx(actor: Actor, ctx: ConsoleContext): RequestContext {
    return { actor, address: ctx.address }
  }

  private async mark(req: { officeId: string; code: string; action: 'arrived' | 'attended' | 'no-show' | 'cancelled'; reason?: string; disputeCategory?: string; outcome?: string; channel?: Channel }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    const row = await this.booking(user, req.officeId, req.code)
    if (req.action === 'cancelled' && !req.reason?.trim()) throw new ConsoleError(400, 'invalid', 'reason: say why the booking is cancelled')
    const now = new Date(this.ledger.now())
    if (req.action === 'arrived') {
      if (row.status !== 'booked') throw new ConsoleError(409, 'conflict', `booking is ${row.status}`)
      await this.ledger.db.tx(async (q) => {
        await q.query(
          `insert into booking_records (code, arrived_at, updated_at) values ($1, $2, $2) on conflict (code) do update set arrived_at = excluded.arrived_at, updated_at = excluded.updated_at`,
          [req.code, now],
        )
        await audit(q, { at: now, actor, action: 'booking.arrived', officeId: req.officeId, recordKind: 'booking', recordId: req.code, address: ctx.address })
      })
    } else {
      if (row.status !== 'booked' && !(req.action === 'attended' && row.status === 'attended')) throw new ConsoleError(409, 'conflict', `booking is ${row.status}`)
      if (row.status === 'booked') await this.ledger.setStatus(req.officeId, { code: req.code, status: req.action, ...(req.reason ? { reason: req.reason.trim() } : {}), idempotencyKey: newKey() }, this.rctx(actor, ctx))
      if (req.action === 'attended') {
        await this.ledger.db.tx(async (q) => {
          await q.query(
            `insert into booking_records (code, channel, dispute_category, outcome, handled_by, updated_at) values ($1, $2, $3, $4, $5, $6)
             on conflict (code) do update set channel = coalesce(excluded.channel, booking_records.channel), dispute_category = coalesce(excluded.dispute_category, booking_records.dispute_category),
               outcome = coalesce(excluded.outcome, booking_records.outcome), handled_by = excluded.handled_by, updated_at = excluded.updated_at`,
            [req.code, req.channel ?? null, req.disputeCategory ?? null, req.outcome ?? null, user.id, now],
          )
          if (row.status === 'attended') await audit(q, { at: now, actor, action: 'booking.record', officeId: req.officeId, recordKind: 'booking', recordId: req.code, address: ctx.address })
        })
      }
    }
    return this.toConsoleBooking(await this.booking(user, req.officeId, req.code))
  }

  private async freeSlots(req: { officeId: string; code: string; date: string }, user: StaffUser) {
    const row = await this.booking(user, req.officeId, req.code)
    const { slots } = await this.ledger.listSlots(req.officeId, { serviceId: row.service_id, from: req.date, to: req.date, priority: row.priority })
    const s = scopeOf(user)
    return {
      slots: slots
        .filter((x) => x.remaining > 0 && x.start !== toShanghaiIso(row.starts_at.getTime()) && (s.place === null || x.placeId === s.place))
        .map((x) => ({ id: x.id, start: x.start, end: x.end, placeId: x.placeId, remaining: x.remaining })),
    }
  }

  private async reschedule(req: { officeId: string; code: string; slotId: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    const row = await this.booking(user, req.officeId, req.code)
    if (row.status !== 'booked') throw new ConsoleError(409, 'conflict', `booking is ${row.status}`)
    const p = this.details(row)
    if (!p) throw new ConsoleError(409, 'conflict', 'personal data already deleted (retention)')
    if (!req.slotId.startsWith(`${row.service_id}~`)) throw new ConsoleError(400, 'invalid', 'slotId: a time of the same service')
    const scope = scopeOf(user)
    if (scope.place) {
      const o = await this.ledger.office(req.officeId)
      const slot = findSlot(o.config, o.calendar, req.slotId, this.ledger.now())
      if (slot && slot.placeId !== scope.place) throw new ConsoleError(403, 'forbidden', 'not your workroom')
    }
    // The same path a resident's change takes: hold the new place, then move into it under the slot's lock.
    const rctx = this.rctx(actor, ctx)
    const hold = await this.ledger.hold(req.officeId, { slotId: req.slotId, priority: row.priority, idempotencyKey: newKey() }, rctx)
    try {
      await this.ledger.reschedule(req.officeId, { code: req.code, mobile: p.details.mobile, holdId: hold.holdId, idempotencyKey: newKey() }, rctx)
    } catch (err) {
      await this.ledger.releaseHold(req.officeId, { holdId: hold.holdId }).catch(() => undefined)
      throw err
    }
    return this.toConsoleBooking(await this.booking(user, req.officeId, req.code))
  }

  // ── kiosks ──

  private async listDevices(req: { officeId?: string }, user: StaffUser): Promise<{ devices: DeviceInfo[] }> {
    if (req.officeId) this.requireOffice(user, req.officeId)
    const s = scopeOf(user)
    const rows = await this.ledger.db.query<{ id: string; office_id: string; place_id: string | null; name: string; created_at: Date; last_seen_at: Date | null; revoked_at: Date | null; received_at: Date | null; pending: number | null; client_version: string | null }>(
      `select d.id, d.office_id, d.place_id, d.name, d.created_at, d.last_seen_at, d.revoked_at, s.received_at, s.pending, s.client_version
       from devices d left join lateral (select received_at, pending, client_version from sync_batches where device_id = d.id order by id desc limit 1) s on true
       where ($1::text is null or d.office_id = $1) and ($2::text is null or d.place_id = $2) and ($3::text is null or d.office_id = $3)
       order by d.office_id, d.revoked_at nulls first, d.name`,
      [s.office, s.place, req.officeId ?? null],
    )
    return { devices: rows.map((r) => ({
      id: r.id, officeId: r.office_id, ...(r.place_id ? { placeId: r.place_id } : {}), name: r.name, createdAt: toShanghaiIso(r.created_at.getTime()),
      ...(r.received_at ? { lastSyncAt: toShanghaiIso(r.received_at.getTime()) } : {}),
      ...(r.last_seen_at ? { lastSeenAt: toShanghaiIso(r.last_seen_at.getTime()) } : {}),
      ...(r.pending !== null ? { pending: r.pending } : {}), ...(r.client_version ? { version: r.client_version } : {}),
      revoked: !!r.revoked_at,
    })) }
  }

  private async addDevice(req: { officeId: string; placeId?: string; name: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    if (user.role === 'workroom-adviser') throw new ConsoleError(403, 'forbidden', 'only office staff or a county administrator registers kiosks')
    this.requireOffice(user, req.officeId)
    try {
      const { device, token } = await this.ledger.db.tx((q) => this.devices.add(req, q, actor, ctx.address))
      return {
        device: { id: device.id, officeId: device.officeId, ...(device.placeId ? { placeId: device.placeId } : {}), name: device.name, createdAt: toShanghaiIso(this.ledger.now()), revoked: false },
        token,
        syncUrl: `${ctx.origin}/api/booking/offices/${device.officeId}`,
      }
    } catch (err) {
      if (err instanceof AuthError) throw new ConsoleError(400, 'invalid', err.message)
      throw err
    }
  }

  private async revokeDevice(req: { id: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    if (user.role === 'workroom-adviser') throw new ConsoleError(403, 'forbidden', 'only office staff or a county administrator revokes kiosks')
    const [d] = await this.ledger.db.query<{ office_id: string; revoked_at: Date | null }>('select office_id, revoked_at from devices where id = $1', [req.id])
    if (!d) throw new ConsoleError(404, 'not-found', 'no such kiosk')
    this.requireOffice(user, d.office_id)
    if (d.revoked_at) throw new ConsoleError(409, 'conflict', 'this kiosk is already revoked')
    await this.devices.revoke(req.id, actor, ctx.address)
    return { revoked: true }
  }

  // ── users (county administrators) ──

  private requireAdmin(user: StaffUser): void {
    if (user.role !== 'county-admin') throw new ConsoleError(403, 'forbidden', 'only a county administrator manages staff accounts')
  }

  private async users(user: StaffUser) {
    this.requireAdmin(user)
    const rows = await this.ledger.db.query<{ id: string; username: string; display_name: string; role: StaffUser['role']; office_id: string | null; place_id: string | null; disabled_at: Date | null; locked_until: Date | null; created_at: Date }>(
      'select id, username, display_name, role, office_id, place_id, disabled_at, locked_until, created_at from staff_accounts order by username',
    )
    const now = this.ledger.now()
    return { users: rows.map((r) => ({
      id: r.id, username: r.username, displayName: r.display_name, role: r.role, ...(r.office_id ? { officeId: r.office_id } : {}), ...(r.place_id ? { placeId: r.place_id } : {}),
      disabled: !!r.disabled_at, locked: !!r.locked_until && r.locked_until.getTime() > now, createdAt: toShanghaiIso(r.created_at.getTime()),
    })) }
  }

  private async createUser(req: { username: string; displayName: string; password: string; role: StaffUser['role']; officeId?: string; placeId?: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    this.requireAdmin(user)
    try {
      const created = await this.auth.createAccount(req, actor, ctx.address)
      return { user: created }
    } catch (err) {
      if (err instanceof AuthError) throw new ConsoleError(400, 'invalid', err.message)
      throw err
    }
  }

  private async resetPassword(req: { id: string; password: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    this.requireAdmin(user)
    if ([...req.password].length < MIN_PASSWORD_LENGTH) throw new ConsoleError(400, 'invalid', `password: at least ${MIN_PASSWORD_LENGTH} characters`)
    const hash = await hashPassword(req.password)
    const now = new Date(this.ledger.now())
    await this.ledger.db.tx(async (q) => {
      const rows = await q.query<{ office_id: string | null }>('update staff_accounts set password_hash = $2, password_changed_at = $3, failed_count = 0, locked_until = null where id = $1 returning office_id', [req.id, hash, now])
      if (!rows.length) throw new ConsoleError(404, 'not-found', 'no such account')
      // The old password's sessions end with it.
      await q.query('update staff_sessions set revoked_at = $2 where staff_id = $1 and revoked_at is null', [req.id, now])
      await audit(q, { at: now, actor, action: 'staff.reset-password', officeId: rows[0]!.office_id ?? undefined, recordKind: 'staff', recordId: req.id, address: ctx.address })
    })
    return { reset: true }
  }

  private async disableUser(req: { id: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    this.requireAdmin(user)
    if (req.id === user.id) throw new ConsoleError(400, 'invalid', 'you cannot disable your own account')
    const now = new Date(this.ledger.now())
    await this.ledger.db.tx(async (q) => {
      const rows = await q.query<{ office_id: string | null }>('update staff_accounts set disabled_at = $2 where id = $1 and disabled_at is null returning office_id', [req.id, now])
      if (!rows.length) throw new ConsoleError(404, 'not-found', 'no such account, or already disabled')
      await q.query('update staff_sessions set revoked_at = $2 where staff_id = $1 and revoked_at is null', [req.id, now])
      await audit(q, { at: now, actor, action: 'staff.disable', officeId: rows[0]!.office_id ?? undefined, recordKind: 'staff', recordId: req.id, address: ctx.address })
    })
    return { disabled: true }
  }

  // ── audit ──

  private async searchAudit(req: { actor?: string; record?: string; from?: string; to?: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    if (user.role === 'workroom-adviser') throw new ConsoleError(403, 'forbidden', 'the audit log is for office staff and administrators')
    const s = scopeOf(user)
    const who = req.actor?.trim().toLowerCase() || null
    const LIMIT = 500
    const rows = await this.ledger.db.query<{ id: number | string; at: Date; actor_kind: string; actor_id: string | null; username: string | null; action: string; office_id: string | null; record_kind: string | null; record_id: string | null }>(
      `select l.id, l.at, l.actor_kind, l.actor_id, a.username, l.action, l.office_id, l.record_kind, l.record_id
       from audit_log l left join staff_accounts a on a.id = l.actor_id
       where ($1::text is null or l.office_id = $1)
         and ($2::text is null or l.actor_id = $2 or a.username = $2)
         and ($3::text is null or l.record_id = $3)
         and ($4::timestamptz is null or l.at >= $4) and ($5::timestamptz is null or l.at < $5)
       order by l.id desc limit ${LIMIT + 1}`,
      [s.office, who, req.record?.trim() || null, req.from ? new Date(instantOf(req.from, 0)) : null, req.to ? new Date(instantOf(addDays(req.to, 1), 0)) : null],
    )
    await this.ledger.db.tx((q) => audit(q, { at: new Date(this.ledger.now()), actor, action: 'audit.search', address: ctx.address, detail: { rows: Math.min(rows.length, LIMIT) } }))
    return {
      truncated: rows.length > LIMIT,
      entries: rows.slice(0, LIMIT).map((r) => ({
        id: Number(r.id), at: toShanghaiIso(r.at.getTime()), actorKind: r.actor_kind, ...(r.username ?? r.actor_id ? { actor: (r.username ?? r.actor_id)! } : {}), action: r.action,
        ...(r.office_id ? { officeId: r.office_id } : {}), ...(r.record_kind ? { recordKind: r.record_kind } : {}), ...(r.record_id ? { recordId: r.record_id } : {}),
      })),
    }
  }

  // ── ledger (台账) and statistics ──

  private async ledgerRows(req: { officeId: string; month: string; personal: boolean }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    this.requireOffice(user, req.officeId)
    if (req.personal && user.role === 'workroom-adviser') throw new ConsoleError(403, 'forbidden', 'personal data in the ledger is for office staff and administrators')
    const s = scopeOf(user)
    const from = `${req.month}-01`
    const to = nextMonth(req.month)
    const rows = await this.ledger.db.query<Row>(
      `${BOOKING_SELECT} where ${IN_SCOPE} and b.office_id = $3 and b.starts_at >= $4 and b.starts_at < $5 and b.status <> 'cancelled' order by b.starts_at, b.code`,
      [s.office, s.place, req.officeId, new Date(instantOf(from, 0)), new Date(instantOf(to, 0))],
    )
    await this.ledger.db.tx((q) =>
      audit(q, { at: new Date(this.ledger.now()), actor, action: req.personal ? 'ledger.personal' : 'ledger.view', officeId: req.officeId, recordKind: 'ledger', recordId: `${req.officeId}:${req.month}`, address: ctx.address, detail: { rows: rows.length } }),
    )
    const out: LedgerRow[] = rows.map((r) => {
      const iso = toShanghaiIso(r.starts_at.getTime())
      const p = req.personal ? this.details(r) : undefined
      return {
        code: r.code, date: iso.slice(0, 10), time: iso.slice(11, 16), serviceId: r.service_id, placeId: r.place_id, status: r.status,
        ...(pick(DISPUTE_CATEGORIES, r.dispute_category) ? { disputeCategory: pick(DISPUTE_CATEGORIES, r.dispute_category)! } : {}),
        ...(pick(OUTCOMES, r.outcome) ? { outcome: pick(OUTCOMES, r.outcome)! } : {}),
        ...(r.handled_by_name ? { staff: r.handled_by_name } : {}),
        channel: pick(CHANNELS, r.channel) ?? SOURCE_CHANNEL[r.source] ?? 'walk-in',
        ...(p ? { name: p.details.name, mobile: p.details.mobile } : {}),
      }
    })
    return { officeId: req.officeId, month: req.month, personal: req.personal, rows: out }
  }

  // ── waitlist ──

  /** Services whose queue this user may see: an adviser's only where their workroom holds them. */
  private async visibleServices(user: StaffUser, officeId: string): Promise<string[]> {
    const o = await this.ledger.office(officeId)
    const place = scopeOf(user).place
    return o.config.services.filter((s) => place === null || s.placeId === place).map((s) => s.id)
  }

  private async freeOn(officeId: string, serviceId: string, date: string): Promise<Array<{ start: string }>> {
    const { slots } = await this.ledger.listSlots(officeId, { serviceId, from: date, to: date })
    return slots.filter((s) => s.remaining > 0)
  }

  private async waitlist(req: { date: string; officeId?: string }, user: StaffUser) {
    if (req.officeId) this.requireOffice(user, req.officeId)
    const s = scopeOf(user)
    const rows = await this.ledger.db.query<WaitlistRow>(
      `select w.id, w.office_id, w.service_id, w.date::text as date, w.status, w.private_enc, w.key_id,
         case when w.status = 'waiting' then (select count(*)::int from waitlist x where x.office_id = w.office_id and x.service_id = w.service_id and x.date = w.date and x.status = 'waiting' and x.seq <= w.seq) end as position
       from waitlist w where ($1::text is null or w.office_id = $1) and ($2::text is null or w.office_id = $2) and w.date = $3 and w.purged_at is null and w.status in ('waiting', 'offered')
       order by w.office_id, w.service_id, w.seq`,
      [s.office, req.officeId ?? null, req.date],
    )
    const allowed = new Map<string, string[]>()
    const free = new Map<string, number>()
    const entries = []
    for (const r of rows) {
      if (!allowed.has(r.office_id)) allowed.set(r.office_id, await this.visibleServices(user, r.office_id))
      if (!allowed.get(r.office_id)!.includes(r.service_id)) continue
      const k = `${r.office_id}|${r.service_id}`
      if (!free.has(k)) free.set(k, (await this.freeOn(r.office_id, r.service_id, req.date).catch(() => [])).length)
      entries.push(this.toWaitlistItem(r, free.get(k)!))
    }
    return { entries }
  }

  private toWaitlistItem(r: WaitlistRow, free: number) {
    const p = r.private_enc && r.key_id ? this.ledger.keyring.open<{ details: ResidentDetails }>(r.private_enc, r.key_id, `waitlist:${r.id}`) : undefined
    return {
      id: r.id, officeId: r.office_id, serviceId: r.service_id, date: String(r.date).slice(0, 10), status: r.status, ...(r.position ? { position: r.position } : {}),
      name: p ? maskName(p.details.name) : '', mobile: p ? maskMobile(p.details.mobile) : '', free,
    }
  }

  /** Offers the first free place of the day to a waiting resident: the message goes to the outbox. */
  private async offer(req: { officeId: string; id: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    this.requireOffice(user, req.officeId)
    if (!this.outbox) throw new ConsoleError(409, 'conflict', 'no notification outbox on this service')
    const [row] = await this.ledger.db.query<WaitlistRow>(
      `select id, office_id, service_id, date::text as date, status, private_enc, key_id, null::int as position from waitlist where id = $1 and office_id = $2 and purged_at is null`,
      [req.id, req.officeId],
    )
    if (!row || !(await this.visibleServices(user, req.officeId)).includes(row.service_id)) throw new ConsoleError(404, 'not-found', 'no such waitlist entry')
    if (row.status !== 'waiting') throw new ConsoleError(409, 'conflict', `this entry is ${row.status}`)
    const date = String(row.date).slice(0, 10)
    const free = await this.freeOn(req.officeId, row.service_id, date)
    if (!free.length) throw new ConsoleError(409, 'conflict', 'no place is free on that day yet')
    const p = this.ledger.keyring.open<{ details: ResidentDetails }>(row.private_enc!, row.key_id!, `waitlist:${row.id}`)
    const office = await this.ledger.office(req.officeId)
    const service = office.config.services.find((x) => x.id === row.service_id)
    const now = new Date(this.ledger.now())
    const outbox = this.outbox
    const notification = await this.ledger.db.tx(async (q) => {
      const changed = await q.query(`update waitlist set status = 'offered' where id = $1 and status = 'waiting' returning id`, [row.id])
      if (!changed.length) throw new ConsoleError(409, 'conflict', 'this entry was offered a place already')
      const id = await outbox.enqueue(q, {
        kind: 'waitlist-offer', officeId: req.officeId, officeName: office.name['zh-Hans'] ?? req.officeId, serviceId: row.service_id,
        serviceName: service?.name['zh-Hans'] ?? row.service_id, date, start: free[0]!.start, to: { name: p.details.name, mobile: p.details.mobile },
      }, row.id)
      await audit(q, { at: now, actor, action: 'waitlist.offer', officeId: req.officeId, recordKind: 'waitlist', recordId: row.id, address: ctx.address, detail: { notification: id } })
      return id
    })
    // Sent now if the sender answers; a failure stays in the outbox for the next run.
    await outbox.dispatch().catch(() => undefined)
    return { entry: this.toWaitlistItem({ ...row, status: 'offered', position: null }, free.length), start: free[0]!.start, notification }
  }

  // ── schedules ──

  /** Office staff (their office) and county administrators edit schedules; advisers do not. */
  private requireScheduler(user: StaffUser, officeId: string): void {
    if (user.role === 'workroom-adviser') throw new ConsoleError(403, 'forbidden', 'schedules are edited by office staff or a county administrator')
    this.requireOffice(user, officeId)
  }

  private async schedule(req: { officeId: string }, user: StaffUser) {
    this.requireScheduler(user, req.officeId)
    const o = await this.ledger.office(req.officeId).catch(() => {
      throw new ConsoleError(404, 'not-found', 'no such office')
    })
    const now = this.ledger.now()
    const rows = await this.ledger.db.query<{ slot_id: string; service_id: string; starts_at: Date }>(
      `select slot_id, service_id, starts_at from bookings where office_id = $1 and status = 'booked' and starts_at >= $2 order by starts_at`,
      [req.officeId, new Date(now)],
    )
    return {
      officeId: o.id, version: o.version, config: o.config,
      upcoming: rows.map((r) => ({ slotId: r.slot_id, serviceId: r.service_id, start: toShanghaiIso(r.starts_at.getTime()) })),
    }
  }

  private async saveSchedule(req: { officeId: string; baseVersion: number; config: unknown }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    this.requireScheduler(user, req.officeId)
    const r = await this.ledger.saveConfig(req.officeId, req.config, req.baseVersion, actor, ctx.address).catch((err: unknown) => {
      if (err instanceof BookingError && err.code === 'not-found') throw new ConsoleError(404, 'not-found', 'no such office')
      throw err
    })
    if ('problems' in r) throw new ConsoleError(400, 'invalid', r.problems.map((p) => `config.${p.path}: ${p.message}`).join('; '), r.problems)
    if ('conflict' in r) throw new ConsoleError(409, 'conflict', `this schedule was changed by someone else (now version ${r.conflict}, you started from ${req.baseVersion}): reload it and make your change again`)
    return { officeId: req.officeId, version: r.version }
  }

  private apps(): Applications {
    if (!this.applications) throw new ConsoleError(409, 'conflict', 'applications are not enabled on this service')
    return this.applications
  }

  /** The queue, scoped in SQL; the open ones first by the LAL 43 clock (least time left first). */
  private async listApplications(req: { officeId?: string; state: ApplicationFilter }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    const apps = this.apps()
    if (req.officeId) this.requireOffice(user, req.officeId)
    const s = scopeOf(user)
    const states = FILTER_STATES[req.state]
    const rows = await this.ledger.db.query<ApplicationRow>(
      `select ${APPLICATION_COLUMNS} from applications a where ${APPLICATION_IN_SCOPE} and ($3::text is null or a.office_id = $3) and ($4::text[] is null or a.state = any($4::text[])) and a.purged_at is null
       order by (a.state in ('received', 'materials-requested', 'forwarded')) desc, a.decision_due, a.received_at, a.code limit 500`,
      [s.office, s.place, req.officeId ?? null, states ? [...states] : null],
    )
    await this.ledger.db.tx((q) => audit(q, { at: new Date(this.ledger.now()), actor, action: 'application.list', officeId: req.officeId, recordKind: 'application', address: ctx.address, detail: { state: req.state, rows: rows.length } }))
    return { applications: rows.map((r) => apps.listItem(r)) }
  }

  /** The application if this user may see it (else 404: a code of another office is not confirmed to exist). */
  private async applicationRow(user: StaffUser, officeId: string, code: string): Promise<ApplicationRow> {
    const s = scopeOf(user)
    const [row] = await this.ledger.db.query<ApplicationRow>(`select ${APPLICATION_COLUMNS} from applications a where ${APPLICATION_IN_SCOPE} and a.office_id = $3 and a.code = $4 and a.purged_at is null`, [s.office, s.place, officeId, code])
    if (!row) {
      if (!mayAccess(user, officeId)) throw new ConsoleError(403, 'forbidden', 'not your office')
      throw new ConsoleError(404, 'not-found', 'no application with this code')
    }
    return row
  }

  private async toDetail(row: ApplicationRow): Promise<ApplicationDetail> {
    const apps = this.apps()
    const sub = apps.submission(row)
    if (!sub) throw new ConsoleError(404, 'not-found', 'personal data already deleted (retention)')
    const a = sub.applicant
    return {
      application: apps.listItem(row),
      applicant: {
        for: a.for, ...(a.relationship ? { relationship: a.relationship } : {}), ...(a.address.villageId ? { villageId: a.address.villageId } : {}),
        ...(a.sex ? { sex: a.sex } : {}), ...(a.birthYear ? { birthYear: a.birthYear } : {}), hasIdNumber: !!a.idNumber,
      },
      matter: sub.matter, screening: sub.screening, hasFinances: !!sub.finances,
      consent: { sensitive: sub.consent.sensitive, version: sub.consent.version, at: sub.consent.at },
      pledge: { readAloud: sub.pledge.readAloud, version: sub.pledge.version },
      status: apps.statusOf(row),
      events: await apps.events(row.code),
    }
  }

  private async applicationDetail(req: { officeId: string; code: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    const row = await this.applicationRow(user, req.officeId, req.code)
    const detail = await this.toDetail(row)
    await this.ledger.db.tx((q) => audit(q, { at: new Date(this.ledger.now()), actor, action: 'application.view', officeId: req.officeId, recordKind: 'application', recordId: req.code, address: ctx.address }))
    return detail
  }

  /** The personal data (name, mobile, address, ID number, finances), for a member of staff who chose to see it: audited. */
  private async openApplication(req: { officeId: string; code: string }, user: StaffUser, actor: Actor, ctx: ConsoleContext) {
    const row = await this.applicationRow(user, req.officeId, req.code)
    const sub = this.apps().submission(row)
    if (!sub) throw new ConsoleError(404, 'not-found', 'personal data already deleted (retention)')
    await this.ledger.db.tx((q) => audit(q, { at: new Date(this.ledger.now()), actor, action: 'application.open', officeId: req.officeId, recordKind: 'application', recordId: req.code, address: ctx.address }))
    return { code: row.code, applicant: sub.applicant, ...(sub.finances ? { finances: sub.finances } : {}) }
  }

  /** An action on an application: office staff and county administrators (an adviser sees, the office acts). */
  private async applicationAction<R extends { officeId: string; code: string }>(req: R, user: StaffUser, _actor: Actor, _ctx: ConsoleContext, fn: (a: Applications, r: R) => Promise<ApplicationRow>) {
    if (user.role === 'workroom-adviser') throw new ConsoleError(403, 'forbidden', 'the judicial office acts on applications; a workroom adviser sees them')
    await this.applicationRow(user, req.officeId, req.code)
    try {
      return await this.toDetail(await fn(this.apps(), req))
    } catch (err) {
      if (err instanceof ApplicationError) throw new ConsoleError(err.code === 'conflict' ? 409 : err.code === 'not-found' ? 404 : 400, err.code, err.message)
      throw err
    }
  }

  /** Anonymous counts of applications received in the months: by state and by 案由; how many are overdue now. */
  private async applicationStats(req: { from: string; to: string; officeId?: string }, user: StaffUser) {
    if (req.officeId) this.requireOffice(user, req.officeId)
    if (req.to < req.from) throw new ConsoleError(400, 'invalid', 'to: not before from')
    const s = scopeOf(user)
    const rows = await this.ledger.db.query<{ state: string; cause: string; overdue: number; n: number }>(
      `select a.state, a.cause, count(*) filter (where a.state in ('received', 'materials-requested', 'forwarded') and a.decision_due < $6::date)::int as overdue, count(*)::int as n
       from applications a where ${APPLICATION_IN_SCOPE} and ($3::text is null or a.office_id = $3) and a.received_at >= $4 and a.received_at < $5
       group by 1, 2`,
      [s.office, s.place, req.officeId ?? null, new Date(instantOf(`${req.from}-01`, 0)), new Date(instantOf(nextMonth(req.to), 0)), shanghaiToday(this.ledger.now())],
    )
    const count = (key: (r: (typeof rows)[number]) => string) => {
      const m = new Map<string, number>()
      for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n)
      return [...m].map(([k, c]) => ({ key: k, count: c })).sort((a, b) => b.count - a.count)
    }
    return { total: rows.reduce((a, r) => a + r.n, 0), overdue: rows.reduce((a, r) => a + r.overdue, 0), byState: count((r) => r.state), byCause: count((r) => r.cause) }
  }

  /** Counts of attended consultations: never a name, a code or anything that points to a resident. */
  private async stats(req: { from: string; to: string; officeId?: string }, user: StaffUser) {
    if (req.officeId) this.requireOffice(user, req.officeId)
    if (req.to < req.from) throw new ConsoleError(400, 'invalid', 'to: not before from')
    const s = scopeOf(user)
    const rows = await this.ledger.db.query<{ office_id: string; service_id: string; month: string; category: string | null; outcome: string | null; n: number }>(
      `select b.office_id, b.service_id, to_char(b.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, r.dispute_category as category, r.outcome, count(*)::int as n
       from bookings b left join booking_records r on r.code = b.code
       where ${IN_SCOPE} and ($3::text is null or b.office_id = $3) and b.status = 'attended' and b.starts_at >= $4 and b.starts_at < $5
       group by 1, 2, 3, 4, 5`,
      [s.office, s.place, req.officeId ?? null, new Date(instantOf(`${req.from}-01`, 0)), new Date(instantOf(nextMonth(req.to), 0))],
    )
    const count = (key: (r: (typeof rows)[number]) => string, order?: readonly string[]) => {
      const m = new Map<string, number>()
      for (const k of order ?? []) m.set(k, 0)
      for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n)
      return [...m].map(([k, c]) => ({ key: k, count: c }))
    }
    const months: string[] = []
    for (let m = req.from; m <= req.to && months.length < 120; m = nextMonth(m).slice(0, 7)) months.push(m)
    return {
      total: rows.reduce((a, r) => a + r.n, 0),
      byCategory: count((r) => pick(DISPUTE_CATEGORIES, r.category) ?? 'unrecorded', [...DISPUTE_CATEGORIES]).filter((c) => c.count || c.key !== 'unrecorded'),
      byService: count((r) => r.service_id).sort((a, b) => b.count - a.count),
      byOutcome: count((r) => pick(OUTCOMES, r.outcome) ?? 'unrecorded', [...OUTCOMES]).filter((c) => c.count || c.key !== 'unrecorded'),
      byOffice: count((r) => r.office_id).sort((a, b) => b.count - a.count),
      byMonth: count((r) => r.month, months).sort((a, b) => (a.key < b.key ? -1 : 1)),
    }
  }
}

// ── legal-aid applications ──

/** Applications `a` in scope: $1 the office (null: all), $2 the workroom (null: all). */
const APPLICATION_IN_SCOPE = `($1::text is null or a.office_id = $1) and ($2::text is null or a.workroom_id = $2)`

const FILTER_STATES: Record<ApplicationFilter, readonly ApplicationState[] | null> = {
  open: OPEN_STATES, all: null, received: ['received'], 'materials-requested': ['materials-requested'], forwarded: ['forwarded'], granted: ['granted'], refused: ['refused'], withdrawn: ['withdrawn'],
}

export interface WaitlistRow {
  id: string
  office_id: string
  service_id: string
  date: string | Date
  status: 'waiting' | 'offered' | 'booked' | 'removed'
  private_enc: Uint8Array | null
  key_id: string | null
  position: number | null
}

function shanghaiToday(now: number): string {
  return toShanghaiIso(now).slice(0, 10)
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

function parse<T>(schema: Parameters<typeof parseOrThrow<T>>[0], body: unknown): T {
  try {
    return parseOrThrow(schema, body)
  } catch (err) {
    if (err instanceof BookingError) throw new ConsoleError(400, 'invalid', err.message)
    throw err
  }
}
