import { withCleanPrototypes } from '@workroom/core/prototype-guard'
import { parseBookingConfig } from './config.js'
import {
  BookingError, CONFIG_ROUTE, ErrorResponse, ROUTES, type ConfigResponse, type Booking, type BookingProvider, type CancelRequest, type ConfirmRequest, type Hold, type HoldRequest,
  type ListSlotsRequest, type ListSlotsResponse, type LookupRequest, type Operation, type ReleaseHoldRequest, type RescheduleRequest,
  type SetStatusRequest, type StaffListRequest, type StaffListResponse, type SyncRequest, type SyncResponse, type WaitlistEntry, type WaitlistRequest,
} from './contract.js'

export interface HttpProviderOptions {
  /** Base URL of a service implementing the booking contract, e.g. `https://yuyue.example.gov.cn/api/booking`. */
  baseUrl: string
  /** Per attempt. */
  timeoutMs?: number
  /** Extra attempts after the first, on network errors, timeouts, 429 and 5xx. */
  retries?: number
  /** First back-off delay; doubles each retry, with jitter. */
  backoffMs?: number
  /** Sent on /staff/ calls as `Authorization: Bearer …`. */
  staffToken?: string
  /** Extra headers on every request (e.g. a county gateway's). */
  headers?: Record<string, string>
  /**
   * Sent on POST requests as `x-workroom-client`, so the service can limit holds per visitor: a
   * random id made for this provider (one page visit), never stored, naming nobody.
   */
  clientId?: string
  fetch?: typeof fetch
}

const STATUS_CODES: Record<number, BookingError['code']> = { 400: 'invalid', 404: 'not-found', 409: 'conflict', 410: 'hold-expired', 422: 'invalid' }

/**
 * Talks to a county booking service over HTTP. Every change carries an `Idempotency-Key`
 * (the same on each retry), so a retry after a lost reply never books twice.
 */
export class HttpProvider implements BookingProvider {
  private readonly o: Required<Omit<HttpProviderOptions, 'staffToken' | 'headers' | 'clientId'>> & Pick<HttpProviderOptions, 'staffToken' | 'headers'>
  private readonly clientId: string

  constructor(options: HttpProviderOptions) {
    this.clientId = options.clientId ?? crypto.randomUUID()
    this.o = { timeoutMs: 10_000, retries: 3, backoffMs: 300, fetch: globalThis.fetch.bind(globalThis), ...options, baseUrl: options.baseUrl.replace(/\/$/, '') }
  }

  private call<T>(op: Operation, body: object): Promise<T> {
    const route = ROUTES[op]
    return this.request<T>('POST', route.path, body, route.response, op)
  }

  /**
   * One request with retries. Replies are checked with the contract's schemas inside the
   * prototype guard, so a page that extends Object.prototype cannot break the check.
   */
  private async request<T>(method: 'GET' | 'POST', path: string, body: object | undefined, schema: { safeParse(d: unknown): { success: boolean; data?: unknown } }, op: string): Promise<T> {
    const key = (body as { idempotencyKey?: string } | undefined)?.idempotencyKey
    const headers: Record<string, string> = { accept: 'application/json', ...this.o.headers }
    // GET stays a simple request (no preflight); POSTs are preflighted anyway, for their JSON.
    if (body) Object.assign(headers, { 'content-type': 'application/json', 'x-workroom-client': this.clientId })
    if (key) headers['idempotency-key'] = key
    if (path.startsWith('/staff/') && this.o.staffToken) headers['authorization'] = `Bearer ${this.o.staffToken}`
    let last: BookingError = new BookingError('unavailable')
    for (let attempt = 0; attempt <= this.o.retries; attempt++) {
      if (attempt > 0) await delay(this.o.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5))
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), this.o.timeoutMs)
      let res: Response
      try {
        res = await this.o.fetch(this.o.baseUrl + path, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}), signal: controller.signal })
      } catch {
        last = new BookingError(controller.signal.aborted ? 'timeout' : 'unavailable', controller.signal.aborted ? 'the booking service did not answer in time' : 'the booking service cannot be reached')
        clearTimeout(timer)
        continue
      }
      try {
        const text = await res.text()
        if (res.status >= 500 || res.status === 429) {
          last = new BookingError('unavailable', `the booking service failed (${res.status})`)
          continue
        }
        const json: unknown = text ? JSON.parse(text) : {}
        if (!res.ok) {
          const err = withCleanPrototypes(() => ErrorResponse.safeParse(json))
          throw err.success ? new BookingError(err.data.error.code, err.data.error.message) : new BookingError(STATUS_CODES[res.status] ?? 'invalid', `HTTP ${res.status}`)
        }
        const parsed = withCleanPrototypes(() => schema.safeParse(json))
        if (!parsed.success) throw new BookingError('invalid', `the booking service replied in an unexpected form (${op})`)
        return parsed.data as T
      } catch (e) {
        if (e instanceof BookingError) throw e
        last = new BookingError(controller.signal.aborted ? 'timeout' : 'unavailable', 'the reply was cut off')
      } finally {
        clearTimeout(timer)
      }
    }
    throw last
  }

  /**
   * The office's booking config and contact details (`GET <baseUrl>/config`), checked like a
   * host's own config (ids, places and staff that resolve).
   */
  async getConfig(): Promise<ConfigResponse> {
    const reply = await this.request<ConfigResponse>('GET', CONFIG_ROUTE.path, undefined, CONFIG_ROUTE.response, 'getConfig')
    const checked = withCleanPrototypes(() => parseBookingConfig(reply.config))
    if (!checked.ok) throw new BookingError('invalid', `the booking service's config has problems: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
    return { ...reply, config: checked.config }
  }

  listSlots(req: ListSlotsRequest): Promise<ListSlotsResponse> {
    return this.call('listSlots', req)
  }
  hold(req: HoldRequest): Promise<Hold> {
    return this.call('hold', req)
  }
  async releaseHold(req: ReleaseHoldRequest): Promise<void> {
    await this.call('releaseHold', req)
  }
  confirm(req: ConfirmRequest): Promise<Booking> {
    return this.call('confirm', req)
  }
  lookup(req: LookupRequest): Promise<Booking> {
    return this.call('lookup', req)
  }
  cancel(req: CancelRequest): Promise<Booking> {
    return this.call('cancel', req)
  }
  reschedule(req: RescheduleRequest): Promise<Booking> {
    return this.call('reschedule', req)
  }
  joinWaitlist(req: WaitlistRequest): Promise<WaitlistEntry> {
    return this.call('joinWaitlist', req)
  }
  listBookings(req: StaffListRequest): Promise<StaffListResponse> {
    return this.call('listBookings', req)
  }
  setStatus(req: SetStatusRequest): Promise<Booking> {
    return this.call('setStatus', req)
  }
  /** Sends a kiosk's offline changes (see `syncOutbox`, which calls this). Retried as a whole: each entry carries its own key. */
  sync(req: SyncRequest): Promise<SyncResponse> {
    return this.call('sync', req)
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}
