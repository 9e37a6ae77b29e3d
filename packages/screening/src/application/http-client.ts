import { withCleanPrototypes } from '@workroom/core/prototype-guard'
import {
  APPLICATION_ERROR_CODES, APPLICATION_ROUTES, ApplicationError, ApplicationErrorResponse, type ApplicationErrorCode, type ApplicationOperation, type ApplicationReceipt,
  type ApplicationStatus, type ApplicationSubmission, type ApplicationSyncRequest, type ApplicationSyncResponse, type StatusRequest,
} from './contract.js'

export interface ApplicationClientOptions {
  /** An office's base URL on the county service, e.g. `https://fw.example.gov.cn/api/booking/offices/xx-sfs`. */
  baseUrl: string
  /** Per attempt. */
  timeoutMs?: number
  /** Extra attempts after the first, on network errors, timeouts, 429 and 5xx. */
  retries?: number
  /** First back-off delay; doubles each retry, with jitter. */
  backoffMs?: number
  /** The kiosk's device token, sent on the sync route as `Authorization: Bearer …`. */
  deviceToken?: string
  /** Sent on sync as `x-workroom-version` (the kiosk's build). */
  version?: string
  headers?: Record<string, string>
  fetch?: typeof fetch
}

const STATUS_CODES: Record<number, ApplicationErrorCode> = { 400: 'invalid', 401: 'forbidden', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 413: 'invalid', 415: 'invalid', 422: 'invalid', 423: 'locked' }

/**
 * Talks to the county service's application routes. A submit carries its `Idempotency-Key` (the
 * same on each retry), so a retry after a lost reply never files twice. Replies are checked with
 * the contract's schemas; every failure is an ApplicationError whose `key` a view can translate.
 */
export class ApplicationClient {
  private readonly o: Required<Omit<ApplicationClientOptions, 'deviceToken' | 'version' | 'headers'>> & Pick<ApplicationClientOptions, 'deviceToken' | 'version' | 'headers'>

  constructor(options: ApplicationClientOptions) {
    this.o = { timeoutMs: 10_000, retries: 3, backoffMs: 300, fetch: globalThis.fetch.bind(globalThis), ...options, baseUrl: options.baseUrl.replace(/\/$/, '') }
  }

  submit(submission: ApplicationSubmission): Promise<ApplicationReceipt> {
    return this.call('submit', submission)
  }

  /** The state of an application by code and mobile (both in the body, never the URL). */
  status(req: StatusRequest): Promise<ApplicationStatus> {
    return this.call('status', req)
  }

  /** Sends applications a kiosk took offline; `pending` is how many wait in its outbox (x-workroom-pending). Retried as a whole: each entry carries its key. */
  sync(req: ApplicationSyncRequest, pending?: number): Promise<ApplicationSyncResponse> {
    return this.call('sync', req, pending)
  }

  private async call<T>(op: ApplicationOperation, body: object, pending?: number): Promise<T> {
    const route = APPLICATION_ROUTES[op]
    const key = (body as { idempotencyKey?: string }).idempotencyKey
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', ...this.o.headers }
    if (key) headers['idempotency-key'] = key
    if (op === 'sync') {
      if (this.o.deviceToken) headers['authorization'] = `Bearer ${this.o.deviceToken}`
      if (this.o.version) headers['x-workroom-version'] = this.o.version
      if (pending !== undefined) headers['x-workroom-pending'] = String(pending)
    }
    const text = JSON.stringify(body)
    let last = new ApplicationError('unavailable', 'the county service cannot be reached')
    for (let attempt = 0; attempt <= this.o.retries; attempt++) {
      if (attempt > 0) await delay(this.o.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5))
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), this.o.timeoutMs)
      let res: Response
      try {
        res = await this.o.fetch(this.o.baseUrl + route.path, { method: 'POST', headers, body: text, signal: controller.signal })
      } catch {
        last = controller.signal.aborted ? new ApplicationError('timeout', 'the county service did not answer in time') : new ApplicationError('unavailable', 'the county service cannot be reached')
        clearTimeout(timer)
        continue
      }
      try {
        const raw = await res.text()
        if (res.status >= 500 || res.status === 429) {
          const retryAfter = Number(res.headers.get('retry-after'))
          last = res.status === 429
            ? new ApplicationError('rate-limited', 'too many requests', Number.isFinite(retryAfter) && retryAfter > 0 ? new Date(Date.now() + retryAfter * 1000).toISOString() : undefined)
            : new ApplicationError('unavailable', `the county service failed (${res.status})`)
          // A status lookup refused for its rate is not retried at once: the resident is told to wait.
          if (res.status === 429 && op === 'status') throw last
          continue
        }
        const json: unknown = raw ? JSON.parse(raw) : {}
        if (!res.ok) {
          const err = withCleanPrototypes(() => ApplicationErrorResponse.safeParse(json))
          if (err.success) throw new ApplicationError(err.data.error.code, err.data.error.message, err.data.error.retryAt)
          const code = (json as { error?: { code?: unknown } } | null)?.error?.code
          throw new ApplicationError((APPLICATION_ERROR_CODES as readonly unknown[]).includes(code) ? (code as ApplicationErrorCode) : (STATUS_CODES[res.status] ?? 'invalid'), `HTTP ${res.status}`)
        }
        const parsed = withCleanPrototypes(() => route.response.safeParse(json))
        if (!parsed.success) throw new ApplicationError('invalid', `the county service replied in an unexpected form (${op})`)
        return parsed.data as T
      } catch (e) {
        if (e instanceof ApplicationError) throw e
        last = controller.signal.aborted ? new ApplicationError('timeout', 'the reply was cut off') : new ApplicationError('unavailable', 'the reply was cut off')
      } finally {
        clearTimeout(timer)
      }
    }
    throw last
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}
