import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { BookingError, ROUTES, type BookingErrorCode, type Operation } from '@workroom/booking/contract'
import { MemoryProvider } from '@workroom/booking/ledger'
import type { BookingConfig } from '@workroom/booking/config'

export interface BookingServerOptions {
  config: BookingConfig
  /** Clock (ms since epoch). */
  now?: () => number
  /** Bearer token required on /staff/ routes; none = open (tests only). */
  staffToken?: string
  /** Lets requests ask for failures with the `x-workroom-fault` header. Never on in production. */
  allowFaults?: boolean
  /** Path prefix, e.g. `/api/booking`. */
  basePath?: string
  /** Value of Access-Control-Allow-Origin, for a county page on another origin. */
  corsOrigin?: string
}

const STATUS: Record<BookingErrorCode, number> = { invalid: 400, 'not-found': 404, 'slot-full': 409, conflict: 409, 'hold-expired': 410, unavailable: 503, timeout: 504 }

/**
 * Fault injection for tests: `x-workroom-fault: <kind>; times=<n>; id=<tag>`. Kinds: `500` (fail
 * before doing anything), `500-after` (do it, then fail: the reply is lost), `delay=<ms>` (do it,
 * answer late), `drop` (do it, then cut the connection). `times` faults the first n requests
 * with that id (default 1).
 */
interface Fault {
  kind: '500' | '500-after' | 'delay' | 'drop'
  ms: number
}

function parseFault(header: string | undefined, counts: Map<string, number>): Fault | undefined {
  if (!header) return undefined
  const parts = header.split(';').map((p) => p.trim())
  const [kindRaw = ''] = parts
  const opts = Object.fromEntries(parts.slice(1).map((p) => p.split('=') as [string, string]))
  const id = opts['id'] ?? header
  const used = counts.get(id) ?? 0
  if (used >= Number(opts['times'] ?? 1)) return undefined
  counts.set(id, used + 1)
  if (kindRaw.startsWith('delay=')) return { kind: 'delay', ms: Number(kindRaw.slice(6)) }
  if (kindRaw === '500' || kindRaw === '500-after' || kindRaw === 'drop') return { kind: kindRaw, ms: 0 }
  return undefined
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra })
  res.end(text)
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of req) {
    size += (c as Buffer).length
    if (size > limit) throw new BookingError('invalid', 'request too large')
    chunks.push(c as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw new BookingError('invalid', 'body is not JSON')
  }
}

/**
 * An HTTP server implementing the booking contract over an in-memory ledger, including
 * `/staff/sync`, where a kiosk sends the changes it made offline (same staff token).
 */
export function createBookingServer(options: BookingServerOptions): { server: Server; provider: MemoryProvider } {
  const provider = new MemoryProvider({ config: options.config, ...(options.now ? { now: options.now } : {}) })
  const base = (options.basePath ?? '').replace(/\/$/, '')
  const byPath = new Map(Object.entries(ROUTES).map(([op, r]) => [base + r.path, op as Operation]))
  const faultCounts = new Map<string, number>()
  const cors: Record<string, string> = options.corsOrigin
    ? { 'access-control-allow-origin': options.corsOrigin, 'access-control-allow-headers': `content-type, idempotency-key, authorization${options.allowFaults ? ', x-workroom-fault' : ''}`, vary: 'origin' }
    : {}

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0]!
    if (req.method === 'OPTIONS') return void res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST' }).end()
    if (req.method === 'GET' && path === `${base}/health`) return send(res, 200, { ok: true }, cors)
    const op = byPath.get(path)
    if (!op) return send(res, 404, { error: { code: 'not-found', message: 'no such route' } }, cors)
    if (req.method !== 'POST') return send(res, 405, { error: { code: 'invalid', message: 'use POST' } }, { ...cors, allow: 'POST' })
    if (ROUTES[op].path.startsWith('/staff/') && options.staffToken && req.headers.authorization !== `Bearer ${options.staffToken}`)
      return send(res, 401, { error: { code: 'invalid', message: 'staff token required' } }, cors)
    const fault = options.allowFaults ? parseFault(req.headers['x-workroom-fault'] as string | undefined, faultCounts) : undefined
    if (fault?.kind === '500') return send(res, 500, { error: { code: 'unavailable', message: 'injected failure' } }, cors)
    try {
      // A sync batch carries up to 100 changes; every other body is one small request.
      const body = (await readJson(req, op === 'sync' ? 1024 * 1024 : 64 * 1024)) as Record<string, unknown>
      // The body's key is the one that counts; the header must agree when both are sent.
      const headerKey = req.headers['idempotency-key']
      if (headerKey && body['idempotencyKey'] && headerKey !== body['idempotencyKey']) throw new BookingError('invalid', 'Idempotency-Key header and body differ')
      const result = await (provider[op] as (b: unknown) => Promise<unknown>)(body)
      if (fault?.kind === '500-after') return send(res, 500, { error: { code: 'unavailable', message: 'injected failure after commit' } }, cors)
      if (fault?.kind === 'drop') return void res.socket?.destroy()
      if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms))
      send(res, 200, result ?? {}, cors)
    } catch (e) {
      if (e instanceof BookingError) return send(res, STATUS[e.code], { error: { code: e.code, message: e.message } }, cors)
      send(res, 500, { error: { code: 'unavailable', message: 'internal error' } }, cors)
    }
  })
  return { server, provider }
}
