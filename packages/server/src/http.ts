// The county service over HTTP (node:http; the contract's ROUTES table is the router and its zod
// schemas the validation, so there is one description of every route). Public routes for county
// websites, device-token sync for kiosks, cookie sessions for staff.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { BOOKING_CODE_PATTERN, BookingError, ROUTES, type BookingErrorCode, type Operation } from '@workroom/booking/contract'
import type { Booking, StaffBooking } from '@workroom/booking/contract'
import type { CountyLedger, RequestContext } from './ledger.ts'
import { LimitError } from './ledger.ts'
import { AuthError, mayAccess, type Devices, type StaffAuth, type StaffUser } from './auth.ts'
import { maskMobile, maskName } from './crypto.ts'
import { audit, type Actor } from './audit.ts'
import { schemaState } from './db.ts'
import { RateLimiter, type RateLimits, DEFAULT_RATE_LIMITS } from './rate-limit.ts'
import { serviceOpenApi } from './openapi.ts'
import { ConsoleApi, ConsoleError } from './console.ts'
import type { Outbox } from './notify.ts'
import { consoleFile, CONSOLE_HEADERS } from './console-static.ts'
import { APPLICATION_HTTP_STATUS, APPLICATION_ROUTES, ApplicationError, type ApplicationOperation } from '@workroom/screening/application-contract'
import { Applications } from './applications.ts'

export interface CountyServerOptions {
  ledger: CountyLedger
  auth: StaffAuth
  devices: Devices
  /** Origins of county pages allowed to call the public routes (echoed back only when listed). */
  corsOrigins?: readonly string[]
  /** Take the client address from the last `X-Forwarded-For` hop (behind the county's reverse proxy). */
  trustProxy?: boolean
  /** `Secure` on the session cookie and HSTS: on unless the service only listens on loopback. */
  secureCookies?: boolean
  rateLimits?: RateLimits
  /** Lets requests ask for failures with `x-workroom-fault` (tests only). */
  allowFaults?: boolean
  /** One structured line per request; never bodies or query strings. */
  log?: (line: Record<string, unknown>) => void
  /** The built county console (`npm run build` → dist/console), served at /console/. */
  consoleDir?: string
  /** Where notifications to residents wait for their sender (waitlist offers). */
  outbox?: Outbox
  /** Legal-aid applications (default: over the ledger's database and keys). */
  applications?: Applications
}

export const API = '/api/booking'
export const SESSION_COOKIE = 'wr_staff'

const STATUS: Record<BookingErrorCode, number> = { invalid: 400, 'not-found': 404, 'slot-full': 409, conflict: 409, 'hold-expired': 410, unavailable: 503, timeout: 504 }
const AUTH_STATUS: Record<AuthError['code'], number> = { 'bad-credentials': 401, locked: 423, 'signed-out': 401, forbidden: 403, invalid: 400 }

/** Which limiter bucket each contract operation counts against. */
const BUCKET: Record<Operation, keyof RateLimits> = {
  listSlots: 'read', lookup: 'lookup', hold: 'write', releaseHold: 'write', confirm: 'write', cancel: 'write', reschedule: 'write', joinWaitlist: 'write',
  listBookings: 'staff', setStatus: 'staff', sync: 'staff',
}

/** A reply already written as JSON. */
class RawJson {
  constructor(readonly json: string) {}
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
}

function parseFault(header: string | undefined, counts: Map<string, number>): { kind: '500' | '500-after' | 'delay' | 'drop'; ms: number } | undefined {
  if (!header) return undefined
  const parts = header.split(';').map((p) => p.trim())
  const [kindRaw = ''] = parts
  const opts = Object.fromEntries(parts.slice(1).map((p) => p.split('=') as [string, string]))
  const id = opts['id'] ?? header
  const used = counts.get(id) ?? 0
  if (used >= Number(opts['times'] ?? 1)) return undefined
  counts.set(id, used + 1)
  if (kindRaw.startsWith('delay=')) return { kind: 'delay', ms: Math.min(30_000, Number(kindRaw.slice(6)) || 0) }
  if (kindRaw === '500' || kindRaw === '500-after' || kindRaw === 'drop') return { kind: kindRaw, ms: 0 }
  return undefined
}

async function readBody(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') throw new HttpError(415, 'invalid', 'send JSON with content-type: application/json')
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new HttpError(413, 'invalid', `request too large (at most ${limit} bytes)`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of req) {
    size += (c as Buffer).length
    if (size > limit) throw new HttpError(413, 'invalid', `request too large (at most ${limit} bytes)`)
    chunks.push(c as Buffer)
  }
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw new HttpError(400, 'invalid', 'body is not JSON')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'invalid', 'body must be a JSON object')
  return body as Record<string, unknown>
}

function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=')
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim()
  }
  return out
}

/** A booking for a staff list: name and mobile masked until a member of staff opens it. */
export function maskBooking(b: Booking): StaffBooking {
  const { name, mobile, idNumber, needs, priorityGroup } = b.details
  return {
    ...b,
    details: {
      masked: true, name: maskName(name), mobile: maskMobile(mobile), needs,
      ...(idNumber ? { idNumber: `${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}` } : {}),
      ...(priorityGroup ? { priorityGroup } : {}),
    },
  }
}

export function createCountyServer(options: CountyServerOptions): Server {
  const { ledger, auth, devices } = options
  const allowed = new Set(options.corsOrigins ?? [])
  const limiter = new RateLimiter(options.rateLimits ?? DEFAULT_RATE_LIMITS)
  const faultCounts = new Map<string, number>()
  const log = options.log ?? (() => undefined)
  const contract = new Map<string, Operation>(Object.entries(ROUTES).map(([op, r]) => [r.path, op as Operation]))
  let openapi: string | undefined
  const applications = options.applications ?? new Applications(ledger)
  const consoleApi = new ConsoleApi(ledger, auth, devices, options.outbox, applications)
  const applicationPaths = new Map<string, ApplicationOperation>(Object.entries(APPLICATION_ROUTES).map(([op, r]) => [r.path, op as ApplicationOperation]))

  const addressOf = (req: IncomingMessage): string => {
    if (options.trustProxy) {
      const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((h) => h.trim()).filter(Boolean)
      if (hops.length) return hops.at(-1)!.slice(0, 64)
    }
    return req.socket.remoteAddress ?? 'unknown'
  }

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin
    if (!origin || !allowed.has(origin)) return allowed.size ? { vary: 'origin' } : {}
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-headers': `content-type, idempotency-key, authorization, x-workroom-client, x-workroom-version, x-workroom-pending${options.allowFaults ? ', x-workroom-fault' : ''}`,
      'access-control-allow-methods': 'GET, POST',
      'access-control-max-age': '600',
      vary: 'origin',
    }
  }

  /** Cookie-authenticated requests must come from the service's own pages (or a listed origin). */
  const sameOrigin = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin
    if (!origin) return true
    if (allowed.has(origin)) return true
    try {
      return new URL(origin).host === req.headers.host
    } catch {
      return false
    }
  }

  const staffSession = async (req: IncomingMessage): Promise<{ user: StaffUser; idleExpiresAt: Date; absoluteExpiresAt: Date; token: string }> => {
    if (!sameOrigin(req)) throw new HttpError(403, 'forbidden', 'staff requests must come from the county console')
    const token = cookies(req)[SESSION_COOKIE]
    const s = await auth.session(token)
    if (!s || !token) throw new HttpError(401, 'signed-out', 'sign in first')
    return { ...s, token }
  }

  /** The session's user and when it ends; the seconds left are what a client with another clock can trust. */
  const sessionBody = (s: { user: StaffUser; idleExpiresAt: Date; absoluteExpiresAt: Date }) => ({
    user: s.user, idleExpiresAt: s.idleExpiresAt.toISOString(), absoluteExpiresAt: s.absoluteExpiresAt.toISOString(),
    idleSeconds: Math.max(0, Math.round((s.idleExpiresAt.getTime() - ledger.now()) / 1000)),
    absoluteSeconds: Math.max(0, Math.round((s.absoluteExpiresAt.getTime() - ledger.now()) / 1000)),
  })

  const sessionCookie = (value: string, maxAgeSeconds: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${options.secureCookies ? '; Secure' : ''}`

  /** A kiosk by its device token (of this office), or a member of staff of this office by session. */
  const syncCaller = async (req: IncomingMessage, officeId: string, address: string): Promise<{ actor: Actor; kiosk: RequestContext['kiosk']; user: StaffUser | undefined }> => {
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1]
    const device = await devices.authenticate(bearer, address)
    if (device) {
      if (device.officeId !== officeId) throw new HttpError(403, 'forbidden', 'this device belongs to another office')
      const pending = Number(req.headers['x-workroom-pending'])
      return {
        actor: { kind: 'device', id: device.id }, user: undefined,
        kiosk: {
          version: String(req.headers['x-workroom-version'] ?? '').replace(/[^\w.+-]/g, '').slice(0, 40) || undefined,
          pending: Number.isInteger(pending) && pending >= 0 && pending < 1_000_000 ? pending : undefined,
        },
      }
    }
    if (bearer) throw new HttpError(401, 'signed-out', 'device token not recognised (revoked?)')
    const user = (await staffSession(req)).user
    if (user.role !== 'county-admin' && !mayAccess(user, officeId)) throw new HttpError(403, 'forbidden', 'not your office')
    return { actor: { kind: 'staff', id: user.id }, kiosk: undefined, user }
  }

  /** The application routes under an office: submit and status for residents, sync for kiosks. */
  async function handleApplication(req: IncomingMessage, op: ApplicationOperation, officeId: string, address: string): Promise<unknown> {
    if (req.method !== 'POST') throw new HttpError(405, 'invalid', 'use POST', { allow: 'POST' })
    let actor: Actor = { kind: 'resident' }
    let kiosk: RequestContext['kiosk']
    try {
      if (op === 'sync') {
        limiter.take(`staff:${address}`, 'staff')
        ;({ actor, kiosk } = await syncCaller(req, officeId, address))
      } else {
        limiter.take(`${op === 'status' ? 'lookup' : 'write'}:${address}`, op === 'status' ? 'lookup' : 'write')
      }
    } catch (err) {
      if (err instanceof LimitError) throw new ApplicationError('rate-limited', err.message, new Date(ledger.now() + err.retryAfterSeconds * 1000).toISOString())
      throw err
    }
    const body = await readBody(req, op === 'sync' ? 4 * 1024 * 1024 : 64 * 1024)
    const headerKey = req.headers['idempotency-key']
    if (headerKey && body['idempotencyKey'] !== undefined && headerKey !== body['idempotencyKey']) throw new ApplicationError('invalid', 'Idempotency-Key header and body differ')
    const ctx: RequestContext = { actor, address, kiosk }
    if (op === 'submit') return applications.submit(officeId, body, ctx)
    if (op === 'status') return applications.status(officeId, body)
    return applications.sync(officeId, body, ctx)
  }

  async function handle(req: IncomingMessage, res: ServerResponse, meta: { route: string; office?: string }): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', 'http://service')
    const path = url.pathname.replace(/\/+$/, '') || '/'
    const method = req.method ?? 'GET'
    const address = addressOf(req)

    if (method === 'GET' && path === '/health') return (meta.route = '/health'), { status: 200, body: { ok: true } }
    if (method === 'GET' && path === '/ready') {
      meta.route = '/ready'
      try {
        const s = await schemaState(ledger.db)
        const ready = s.current === s.known
        return { status: ready ? 200 : 503, body: { ready, database: 'reachable', engine: ledger.db.engine, schema: s } }
      } catch {
        return { status: 503, body: { ready: false, database: 'unreachable' } }
      }
    }
    if (method === 'GET' && path === '/openapi.json') return (meta.route = '/openapi.json'), { status: 200, body: JSON.parse((openapi ??= JSON.stringify(serviceOpenApi()))) }

    // ── staff sign-in ──
    if (path.startsWith('/api/auth/')) {
      meta.route = path
      if (path === '/api/auth/session' && method === 'GET') {
        if (!sameOrigin(req)) throw new HttpError(403, 'forbidden', 'staff requests must come from the county console')
        const s = await auth.session(cookies(req)[SESSION_COOKIE], false)
        if (!s) throw new HttpError(401, 'signed-out', 'sign in first')
        return { status: 200, body: sessionBody(s) }
      }
      if (method !== 'POST') throw new HttpError(405, 'invalid', 'use POST', { allow: 'POST' })
      if (path === '/api/auth/sign-in') {
        limiter.take(`signin:${address}`, 'signin')
        if (!sameOrigin(req)) throw new HttpError(403, 'forbidden', 'sign in from the county console')
        const body = await readBody(req, 4096)
        if (typeof body['username'] !== 'string' || typeof body['password'] !== 'string') throw new HttpError(400, 'invalid', 'username and password are required')
        const s = await auth.signIn(body['username'], body['password'], address)
        const maxAge = Math.floor((s.absoluteExpiresAt.getTime() - ledger.now()) / 1000)
        return { status: 200, body: sessionBody(s), headers: { 'set-cookie': sessionCookie(s.token, maxAge) } }
      }
      const s = await staffSession(req)
      await readBody(req, 4096)
      if (path === '/api/auth/sign-out') {
        await auth.signOut(s.token, address)
        return { status: 200, body: {}, headers: { 'set-cookie': sessionCookie('', 0) } }
      }
      if (path === '/api/auth/sign-out-everywhere') {
        const sessions = await auth.signOutEverywhere(s.user.id, address)
        return { status: 200, body: { sessions }, headers: { 'set-cookie': sessionCookie('', 0) } }
      }
      throw new HttpError(404, 'not-found', 'no such route')
    }

    // ── the county console: its staff API and its built files ──
    if (path.startsWith('/api/console/')) {
      meta.route = path
      if (!ConsoleApi.has(path.slice('/api/console'.length))) throw new HttpError(404, 'not-found', 'no such route')
      if (method !== 'POST') throw new HttpError(405, 'invalid', 'use POST', { allow: 'POST' })
      limiter.take(`staff:${address}`, 'staff')
      const s = await staffSession(req)
      const body = await readBody(req, 64 * 1024)
      const origin = `${options.secureCookies ? 'https' : 'http'}://${String(req.headers.host ?? 'localhost').slice(0, 200)}`
      return { status: 200, body: await consoleApi.handle(path.slice('/api/console'.length), body, s.user, { address, origin }) }
    }
    if (path === '/console' || path.startsWith('/console/')) {
      meta.route = '/console/'
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'invalid', 'use GET', { allow: 'GET' })
      if (path === '/console' && !url.pathname.endsWith('/')) return { status: 308, body: {}, headers: { location: '/console/' } }
      const file = consoleFile(options.consoleDir, url.pathname.slice('/console/'.length))
      res.writeHead(file.status, { ...SECURITY_HEADERS, ...CONSOLE_HEADERS, ...(options.secureCookies ? { 'strict-transport-security': 'max-age=31536000' } : {}), ...file.headers })
      res.end(method === 'HEAD' ? undefined : file.body)
      log({ t: new Date().toISOString(), level: 'info', method, route: '/console/', status: file.status, ms: 0 })
      return { status: 0, body: undefined }
    }

    // ── offices ──
    if (!path.startsWith(`${API}/offices`)) throw new HttpError(404, 'not-found', 'no such route')
    if (path === `${API}/offices`) {
      meta.route = `${API}/offices`
      if (method !== 'GET') throw new HttpError(405, 'invalid', 'use GET', { allow: 'GET' })
      limiter.take(`read:${address}`, 'read')
      return { status: 200, body: { offices: await ledger.listOffices() } }
    }
    const m = /^\/api\/booking\/offices\/([a-z0-9][a-z0-9-]{0,59})(\/.*)$/.exec(path)
    if (!m) throw new HttpError(404, 'not-found', 'no such office')
    const officeId = m[1]!
    const sub = m[2]!
    meta.office = officeId
    meta.route = `${API}/offices/:office${sub}`

    if (sub === '/config') {
      if (method !== 'GET') throw new HttpError(405, 'invalid', 'use GET', { allow: 'GET' })
      limiter.take(`read:${address}`, 'read')
      const office = await ledger.office(officeId)
      return {
        status: 200,
        body: { office: { id: office.id, name: office.name, ...(office.phone ? { phone: office.phone } : {}), ...(office.address ? { address: office.address } : {}) }, config: office.config },
      }
    }

    const appOp = applicationPaths.get(sub)
    if (appOp) return { status: 200, body: await handleApplication(req, appOp, officeId, address) }

    const op = contract.get(sub)
    const staffOpen = sub === '/staff/bookings/open'
    if (!op && !staffOpen) throw new HttpError(404, 'not-found', 'no such route')
    if (method !== 'POST') throw new HttpError(405, 'invalid', 'use POST', { allow: 'POST' })

    let actor: Actor = { kind: 'resident' }
    let user: StaffUser | undefined
    let kiosk: RequestContext['kiosk']
    if (op === 'sync') {
      limiter.take(`staff:${address}`, 'staff')
      ;({ actor, kiosk, user } = await syncCaller(req, officeId, address))
    } else if (staffOpen || ROUTES[op!].path.startsWith('/staff/')) {
      limiter.take(`staff:${address}`, 'staff')
      user = (await staffSession(req)).user
      if (!mayAccess(user, officeId)) throw new HttpError(403, 'forbidden', 'not your office')
      actor = { kind: 'staff', id: user.id }
    } else {
      limiter.take(`${BUCKET[op!]}:${address}`, BUCKET[op!])
    }

    const fault = options.allowFaults ? parseFault(req.headers['x-workroom-fault'] as string | undefined, faultCounts) : undefined
    if (fault?.kind === '500') return { status: 500, body: { error: { code: 'unavailable', message: 'injected failure' } } }

    const body = await readBody(req, op === 'sync' ? 1024 * 1024 : 64 * 1024)
    // The body's key is the one that counts; the header must agree when both are sent.
    const headerKey = req.headers['idempotency-key']
    if (headerKey && body['idempotencyKey'] !== undefined && headerKey !== body['idempotencyKey']) throw new BookingError('invalid', 'Idempotency-Key header and body differ')
    const clientId = String(req.headers['x-workroom-client'] ?? '').slice(0, 64) || undefined
    const ctx: RequestContext = { actor, address, clientId, kiosk }
    const provider = ledger.provider(officeId, ctx)

    let result: unknown
    if (staffOpen) {
      const code = body['code']
      if (typeof code !== 'string' || !BOOKING_CODE_PATTERN.test(code)) throw new BookingError('invalid', 'code: eight digits (or six letters and digits)')
      const booking = await ledger.openBooking(officeId, code)
      if (!mayAccess(user!, officeId, booking.placeId)) throw new HttpError(403, 'forbidden', 'not your workroom')
      await ledger.db.tx((q) => audit(q, { at: new Date(ledger.now()), actor, action: 'booking.open', officeId, recordKind: 'booking', recordId: code, address }))
      result = booking
    } else if (op === 'listBookings') {
      const scoped = user?.role === 'workroom-adviser' ? { ...body, placeId: user.placeId } : body
      const list = await provider.listBookings(scoped as never)
      await ledger.db.tx((q) =>
        audit(q, { at: new Date(ledger.now()), actor, action: 'booking.list', officeId, recordKind: 'booking', address, detail: { from: String(body['from']), to: String(body['to']), rows: list.bookings.length } }),
      )
      result = { bookings: list.bookings.map(maskBooking) }
    } else if (op === 'setStatus') {
      const code = typeof body['code'] === 'string' ? body['code'] : ''
      if (user?.role === 'workroom-adviser' && BOOKING_CODE_PATTERN.test(code)) {
        const booking = await ledger.openBooking(officeId, code)
        if (!mayAccess(user, officeId, booking.placeId)) throw new HttpError(403, 'forbidden', 'not your workroom')
      }
      result = await provider.setStatus(body as never)
    } else if (op === 'listSlots') {
      result = new RawJson(await ledger.listSlotsJson(officeId, body))
    } else {
      result = await (provider[op!] as (b: unknown) => Promise<unknown>)(body)
    }
    if (fault?.kind === '500-after') return { status: 500, body: { error: { code: 'unavailable', message: 'injected failure after commit' } } }
    if (fault?.kind === 'drop') {
      res.socket?.destroy()
      return { status: 0, body: undefined }
    }
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms))
    return { status: 200, body: result ?? {} }
  }

  return createServer((req, res) => {
    const started = performance.now()
    const meta: { route: string; office?: string } = { route: 'unknown' }
    const reply = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      if (res.headersSent || res.destroyed) return
      const text = body instanceof RawJson ? body.json : JSON.stringify(body)
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        ...SECURITY_HEADERS,
        ...(options.secureCookies ? { 'strict-transport-security': 'max-age=31536000' } : {}),
        ...corsHeaders(req),
        ...extra,
      })
      res.end(text)
      log({ t: new Date().toISOString(), level: status >= 500 ? 'error' : 'info', method: req.method, route: meta.route, ...(meta.office ? { office: meta.office } : {}), status, ms: Math.round((performance.now() - started) * 10) / 10 })
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...SECURITY_HEADERS, ...corsHeaders(req) })
      return void res.end()
    }
    handle(req, res, meta).then(
      (r) => (r.status ? reply(r.status, r.body, r.headers) : undefined),
      (err: unknown) => {
        if (err instanceof HttpError) return reply(err.status, { error: { code: err.code, message: err.message } }, err.headers)
        if (err instanceof ConsoleError) return reply(err.status, { error: { code: err.code, message: err.message, ...(err.problems ? { problems: err.problems } : {}) } })
        if (err instanceof ApplicationError)
          return reply(APPLICATION_HTTP_STATUS[err.code], { error: { code: err.code, message: err.message, ...(err.retryAt ? { retryAt: err.retryAt } : {}) } }, err.retryAt ? { 'retry-after': String(Math.max(1, Math.ceil((Date.parse(err.retryAt) - ledger.now()) / 1000))) } : {})
        if (err instanceof BookingError) return reply(STATUS[err.code], { error: { code: err.code, message: err.message } })
        if (err instanceof LimitError) return reply(429, { error: { code: 'unavailable', message: err.message } }, { 'retry-after': String(err.retryAfterSeconds) })
        if (err instanceof AuthError)
          return reply(AUTH_STATUS[err.code], { error: { code: err.code, message: err.message, ...(err.lockedUntil ? { lockedUntil: err.lockedUntil.toISOString() } : {}) } }, err.lockedUntil ? { 'retry-after': String(Math.max(1, Math.ceil((err.lockedUntil.getTime() - ledger.now()) / 1000))) } : {})
        // Never the message: a database error can quote a value from the request.
        log({ t: new Date().toISOString(), level: 'error', msg: 'unexpected error', route: meta.route, error: (err as Error)?.name ?? 'unknown', code: (err as { code?: string })?.code })
        reply(500, { error: { code: 'unavailable', message: 'internal error' } })
      },
    )
  })
}
