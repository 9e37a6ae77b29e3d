// Staff accounts, their sessions, and kiosk devices. Passwords: argon2id. Sessions and device
// tokens: random secrets the client holds, stored only as SHA-256 hashes, compared in constant time.
import { randomBytes } from 'node:crypto'
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2'
import type { Db, Queryable } from './db.ts'
import { safeEqual, sha256 } from './crypto.ts'
import { audit, type Actor } from './audit.ts'

export const ROLES = ['county-admin', 'office-staff', 'workroom-adviser'] as const
export type Role = (typeof ROLES)[number]

export interface StaffUser {
  id: string
  username: string
  displayName: string
  role: Role
  officeId?: string | undefined
  placeId?: string | undefined
}

export interface SessionPolicy {
  /** Signed out after this long with no request. */
  idleMinutes: number
  /** Signed out this long after signing in, whatever happens. */
  absoluteHours: number
  /** Failed sign-ins in a row before the account locks. */
  maxFailures: number
  lockMinutes: number
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12, maxFailures: 5, lockMinutes: 15 }

export const MIN_PASSWORD_LENGTH = 10

export class AuthError extends Error {
  constructor(
    readonly code: 'bad-credentials' | 'locked' | 'signed-out' | 'forbidden' | 'invalid',
    message: string,
    readonly lockedUntil?: Date,
  ) {
    super(message)
    this.name = 'AuthError'
  }
}

/** A hash to verify against when the username is unknown, so a wrong name takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined

export async function hashPassword(password: string): Promise<string> {
  return argonHash(password)
}

interface AccountRow {
  id: string
  username: string
  display_name: string
  password_hash: string
  role: Role
  office_id: string | null
  place_id: string | null
  failed_count: number
  locked_until: Date | null
  disabled_at: Date | null
}

const toUser = (r: AccountRow): StaffUser => ({
  id: r.id, username: r.username, displayName: r.display_name, role: r.role,
  ...(r.office_id ? { officeId: r.office_id } : {}), ...(r.place_id ? { placeId: r.place_id } : {}),
})

export class StaffAuth {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {}

  async hasAccounts(): Promise<boolean> {
    const [r] = await this.db.query<{ n: number }>('select count(*)::int as n from staff_accounts where disabled_at is null')
    return (r?.n ?? 0) > 0
  }

  async createAccount(input: { username: string; displayName: string; password: string; role: Role; officeId?: string | undefined; placeId?: string | undefined }, by: string | Actor = 'cli', address?: string): Promise<StaffUser> {
    const username = input.username.trim().toLowerCase()
    if (!/^[a-z0-9][a-z0-9._-]{2,39}$/.test(username)) throw new AuthError('invalid', 'username: 3–40 lower-case letters, digits, dots, dashes or underscores')
    if ([...input.password].length < MIN_PASSWORD_LENGTH) throw new AuthError('invalid', `password: at least ${MIN_PASSWORD_LENGTH} characters`)
    if (!ROLES.includes(input.role)) throw new AuthError('invalid', `role: one of ${ROLES.join(', ')}`)
    if (input.role !== 'county-admin' && !input.officeId) throw new AuthError('invalid', 'office: required for this role')
    if (input.role === 'workroom-adviser' && !input.placeId) throw new AuthError('invalid', 'place: the workroom this adviser works in')
    const id = `s_${randomBytes(9).toString('base64url')}`
    const at = new Date(this.now())
    const passwordHash = await hashPassword(input.password)
    await this.db.tx(async (q) => {
      const [dup] = await q.query('select 1 from staff_accounts where username = $1', [username])
      if (dup) throw new AuthError('invalid', 'username: already taken')
      if (input.officeId) await requirePlace(q, input.officeId, input.role === 'workroom-adviser' ? input.placeId : undefined)
      await q.query(
        `insert into staff_accounts (id, username, display_name, password_hash, role, office_id, place_id, created_at, password_changed_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
        [id, username, input.displayName.trim() || username, passwordHash, input.role, input.role === 'county-admin' ? null : input.officeId, input.role === 'workroom-adviser' ? input.placeId : null, at],
      )
      await audit(q, { at, actor: typeof by === 'string' ? { kind: 'system' } : by, action: 'staff.create', officeId: input.officeId, recordKind: 'staff', recordId: id, address, detail: { role: input.role, ...(typeof by === 'string' ? { by } : {}) } })
    })
    return { id, username, displayName: input.displayName.trim() || username, role: input.role, ...(input.officeId && input.role !== 'county-admin' ? { officeId: input.officeId } : {}), ...(input.placeId && input.role === 'workroom-adviser' ? { placeId: input.placeId } : {}) }
  }

  /** Checks a password; after `maxFailures` wrong ones in a row the account locks for `lockMinutes`. Returns a new session token. */
  async signIn(username: string, password: string, address: string): Promise<{ token: string; user: StaffUser; idleExpiresAt: Date; absoluteExpiresAt: Date }> {
    const name = String(username).trim().toLowerCase().slice(0, 60)
    const [row] = await this.db.query<AccountRow>('select * from staff_accounts where username = $1', [name])
    const now = this.now()
    if (!row || row.disabled_at) {
      await argonVerify(await (dummyHash ??= hashPassword(randomBytes(16).toString('hex'))), String(password)).catch(() => false)
      throw new AuthError('bad-credentials', 'wrong username or password')
    }
    if (row.locked_until && row.locked_until.getTime() > now) throw new AuthError('locked', 'too many wrong passwords: the account is locked for now', row.locked_until)
    const ok = await argonVerify(row.password_hash, String(password)).catch(() => false)
    if (!ok) {
      const [after] = await this.db.query<{ failed_count: number; locked_until: Date | null }>(
        `update staff_accounts set failed_count = case when locked_until is not null and locked_until <= $2 then 1 else failed_count + 1 end,
           locked_until = case when (case when locked_until is not null and locked_until <= $2 then 1 else failed_count + 1 end) >= $3 then $4::timestamptz else null end
         where id = $1 returning failed_count, locked_until`,
        [row.id, new Date(now), this.policy.maxFailures, new Date(now + this.policy.lockMinutes * 60_000)],
      )
      await this.db.tx((q) => audit(q, { at: new Date(now), actor: { kind: 'staff', id: row.id }, action: after?.locked_until ? 'staff.locked' : 'staff.sign-in-failed', officeId: row.office_id ?? undefined, recordKind: 'staff', recordId: row.id, address }))
      if (after?.locked_until) throw new AuthError('locked', 'too many wrong passwords: the account is locked for now', after.locked_until)
      throw new AuthError('bad-credentials', 'wrong username or password')
    }
    const token = randomBytes(32).toString('base64url')
    const idleExpiresAt = new Date(now + this.policy.idleMinutes * 60_000)
    const absoluteExpiresAt = new Date(now + this.policy.absoluteHours * 3_600_000)
    await this.db.tx(async (q) => {
      await q.query('update staff_accounts set failed_count = 0, locked_until = null where id = $1', [row.id])
      await q.query('insert into staff_sessions (token_hash, staff_id, created_at, last_seen_at, absolute_expires_at) values ($1, $2, $3, $3, $4)', [sha256(token), row.id, new Date(now), absoluteExpiresAt])
      await audit(q, { at: new Date(now), actor: { kind: 'staff', id: row.id }, action: 'staff.sign-in', officeId: row.office_id ?? undefined, recordKind: 'staff', recordId: row.id, address })
    })
    return { token, user: toUser(row), idleExpiresAt, absoluteExpiresAt }
  }

  /** The signed-in user for a session token, touching its idle timer; undefined when signed out or expired. */
  async session(token: string | undefined, touch = true): Promise<{ user: StaffUser; idleExpiresAt: Date; absoluteExpiresAt: Date } | undefined> {
    if (!token || token.length > 100) return undefined
    const now = this.now()
    const [row] = await this.db.query<AccountRow & { last_seen_at: Date; absolute_expires_at: Date; revoked_at: Date | null }>(
      `select a.*, s.last_seen_at, s.absolute_expires_at, s.revoked_at from staff_sessions s join staff_accounts a on a.id = s.staff_id where s.token_hash = $1`,
      [sha256(token)],
    )
    if (!row || row.revoked_at || row.disabled_at) return undefined
    if (row.absolute_expires_at.getTime() <= now || row.last_seen_at.getTime() + this.policy.idleMinutes * 60_000 <= now) return undefined
    if (touch) await this.db.query('update staff_sessions set last_seen_at = $2 where token_hash = $1', [sha256(token), new Date(now)])
    const seen = touch ? now : row.last_seen_at.getTime()
    const idle = Math.min(seen + this.policy.idleMinutes * 60_000, row.absolute_expires_at.getTime())
    return { user: toUser(row), idleExpiresAt: new Date(idle), absoluteExpiresAt: row.absolute_expires_at }
  }

  async signOut(token: string, address: string): Promise<void> {
    const [row] = await this.db.query<{ staff_id: string }>('update staff_sessions set revoked_at = $2 where token_hash = $1 and revoked_at is null returning staff_id', [sha256(token), new Date(this.now())])
    if (row) await this.db.tx((q) => audit(q, { at: new Date(this.now()), actor: { kind: 'staff', id: row.staff_id }, action: 'staff.sign-out', recordKind: 'staff', recordId: row.staff_id, address }))
  }

  /** Ends every session of this user (a lost phone, a shared password). */
  async signOutEverywhere(staffId: string, address: string): Promise<number> {
    const rows = await this.db.query('update staff_sessions set revoked_at = $2 where staff_id = $1 and revoked_at is null returning token_hash', [staffId, new Date(this.now())])
    await this.db.tx((q) => audit(q, { at: new Date(this.now()), actor: { kind: 'staff', id: staffId }, action: 'staff.sign-out-everywhere', recordKind: 'staff', recordId: staffId, address, detail: { sessions: rows.length } }))
    return rows.length
  }
}

/** The office exists, and the place (a workroom, a room) is one its booking config names. */
async function requirePlace(q: Queryable, officeId: string, placeId: string | undefined): Promise<void> {
  const [office] = await q.query<{ config: { places: Array<{ id: string }> } }>('select config from offices where id = $1', [officeId])
  if (!office) throw new AuthError('invalid', `office: no office ${officeId}`)
  if (placeId && !office.config.places.some((p) => p.id === placeId))
    throw new AuthError('invalid', `place: ${placeId} is not a place of office ${officeId} (${office.config.places.map((p) => p.id).join(', ')})`)
}

/** What a staff member may see: a county admin every office; office staff their office; an adviser their workroom. */
export function mayAccess(user: StaffUser, officeId: string, placeId?: string): boolean {
  if (user.role === 'county-admin') return true
  if (user.officeId !== officeId) return false
  return user.role === 'office-staff' || placeId === undefined || placeId === user.placeId
}

// ── kiosk devices ──────────────────────────────────────────────────────────────────────────────

export interface Device {
  id: string
  officeId: string
  placeId?: string | undefined
  name: string
}

const DEVICE_TOKEN = /^wrd_([A-Za-z0-9_-]{8,20})_([A-Za-z0-9_-]{43})$/

export class Devices {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** Registers a kiosk; the token is returned once and only its hash is kept. */
  async add(input: { officeId: string; placeId?: string | undefined; name: string }, q: Queryable = this.db, actor: Actor = { kind: 'system' }, address?: string): Promise<{ device: Device; token: string }> {
    await requirePlace(q, input.officeId, input.placeId)
    if (!input.name.trim() || input.name.length > 100) throw new AuthError('invalid', 'name: 1–100 characters')
    const id = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x')
    const secret = randomBytes(32).toString('base64url')
    const at = new Date(this.now())
    await q.query('insert into devices (id, office_id, place_id, name, token_hash, created_at) values ($1, $2, $3, $4, $5, $6)', [id, input.officeId, input.placeId ?? null, input.name.trim(), sha256(secret), at])
    await audit(q, { at, actor, action: 'device.add', officeId: input.officeId, recordKind: 'device', recordId: id, address })
    return { device: { id, officeId: input.officeId, placeId: input.placeId, name: input.name.trim() }, token: `wrd_${id}_${secret}` }
  }

  async revoke(id: string, actor: Actor = { kind: 'system' }, address?: string): Promise<boolean> {
    return this.db.tx(async (q) => {
      const rows = await q.query<{ office_id: string }>('update devices set revoked_at = $2 where id = $1 and revoked_at is null returning office_id', [id, new Date(this.now())])
      if (rows.length) await audit(q, { at: new Date(this.now()), actor, action: 'device.revoke', officeId: rows[0]!.office_id, recordKind: 'device', recordId: id, address })
      return rows.length > 0
    })
  }

  async list(): Promise<Array<Device & { createdAt: Date; lastSeenAt?: Date | undefined; revoked: boolean }>> {
    const rows = await this.db.query<{ id: string; office_id: string; place_id: string | null; name: string; created_at: Date; last_seen_at: Date | null; revoked_at: Date | null }>('select * from devices order by office_id, name')
    return rows.map((r) => ({ id: r.id, officeId: r.office_id, placeId: r.place_id ?? undefined, name: r.name, createdAt: r.created_at, lastSeenAt: r.last_seen_at ?? undefined, revoked: !!r.revoked_at }))
  }

  /** The device a bearer token belongs to (recording when and where it was last seen), or undefined. */
  async authenticate(token: string | undefined, address: string): Promise<Device | undefined> {
    const m = token ? DEVICE_TOKEN.exec(token) : null
    if (!m) return undefined
    const [row] = await this.db.query<{ id: string; office_id: string; place_id: string | null; name: string; token_hash: string; revoked_at: Date | null }>('select * from devices where id = $1', [m[1]])
    if (!row || row.revoked_at || !safeEqual(row.token_hash, sha256(m[2]!))) return undefined
    await this.db.query('update devices set last_seen_at = $2, last_seen_address = $3 where id = $1', [row.id, new Date(this.now()), address])
    return { id: row.id, officeId: row.office_id, placeId: row.place_id ?? undefined, name: row.name }
  }
}
