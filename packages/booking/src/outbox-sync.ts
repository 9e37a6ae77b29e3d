import { BookingError, type BookingErrorCode, type SyncEntry } from './contract.js'
import { HttpProvider, type HttpProviderOptions } from './http-provider.js'
import type { PendingChange } from './local-provider.js'

/** Where the changes come from: a LocalProvider, or anything keeping an outbox the same way. */
export interface OutboxSource {
  pendingOutbox(): Promise<PendingChange[]>
  removeFromOutbox(keys: readonly string[]): Promise<void>
  pendingCount(): Promise<number>
}

export interface SyncOutboxOptions extends Omit<HttpProviderOptions, 'baseUrl'> {
  /** Entries per request (default 25; the route takes at most 100). */
  batchSize?: number
  /**
   * The kiosk's software version, sent as `x-workroom-version` with each batch (with
   * `x-workroom-pending`, the changes still waiting after it), so county staff see which kiosks
   * are behind. Neither names a resident.
   */
  version?: string
}

/** A change the upstream service refused; it stays in the outbox for staff to look at. */
export interface RejectedChange {
  idempotencyKey: string
  operation: string
  reason: { code: BookingErrorCode; message: string }
}

export interface SyncOutboxResult {
  /** Taken upstream in this run (applied now, or found already applied by an earlier attempt). */
  sent: number
  /** Not taken in this run: refused (see `rejected`) or not delivered. Kept in the outbox. */
  failed: number
  /** Changes still waiting in the outbox afterwards (including any written while syncing). */
  pending: number
  rejected: RejectedChange[]
  /** Why delivery stopped early: the service could not be reached after the retries, or refused the batch. */
  error?: BookingError
}

const running = new WeakMap<OutboxSource, Promise<SyncOutboxResult>>()

/**
 * Sends a kiosk's offline changes to `POST {baseUrl}/staff/sync`, oldest first, and removes each
 * one the service applied (or had already applied). Network failures, timeouts and 5xx replies
 * are retried with back-off (HttpProvider's `retries`, default 4, and `backoffMs`, default 500,
 * doubling); whatever still fails stays in the outbox for the next run. Calls made while a run is
 * under way share it, so a flapping connection cannot send the same batch twice at once.
 *
 * ```ts
 * addEventListener('online', async () => showPending((await syncOutbox(provider, url, { staffToken })).pending))
 * ```
 */
export function syncOutbox(source: OutboxSource, baseUrl: string, options: SyncOutboxOptions = {}): Promise<SyncOutboxResult> {
  const current = running.get(source)
  if (current) return current
  const run = send(source, baseUrl, options).finally(() => running.delete(source))
  running.set(source, run)
  return run
}

async function send(source: OutboxSource, baseUrl: string, { batchSize = 25, version, ...http }: SyncOutboxOptions): Promise<SyncOutboxResult> {
  const pending = await source.pendingOutbox()
  const size = Math.min(100, Math.max(1, batchSize))
  const rejected: RejectedChange[] = []
  let sent = 0
  let error: BookingError | undefined
  for (let i = 0; i < pending.length; i += size) {
    const batch = pending.slice(i, i + size)
    const about = { 'x-workroom-pending': String(pending.length - i - batch.length), ...(version ? { 'x-workroom-version': version } : {}) }
    const client = new HttpProvider({ retries: 4, backoffMs: 500, ...http, headers: { ...http.headers, ...about }, baseUrl })
    let results
    try {
      results = (await client.sync({ entries: batch as unknown as SyncEntry[] })).results
    } catch (e) {
      error = e instanceof BookingError ? e : new BookingError('unavailable', String(e))
      break
    }
    const taken = results.filter((r) => r.status !== 'rejected').map((r) => r.idempotencyKey)
    await source.removeFromOutbox(taken)
    sent += taken.length
    for (const r of results)
      if (r.status === 'rejected')
        rejected.push({ idempotencyKey: r.idempotencyKey, operation: batch.find((b) => b.idempotencyKey === r.idempotencyKey)?.operation ?? '', reason: r.reason ?? { code: 'invalid', message: 'rejected' } })
  }
  return { sent, failed: pending.length - sent, pending: await source.pendingCount(), rejected, ...(error ? { error } : {}) }
}
