// A kiosk's applications, kept on the device until the county service has them: one IndexedDB
// database of its own (a session reset does not touch it: nothing a resident sent may be lost),
// every application sealed with a non-extractable AES-GCM key, removed once the service took it.
import { defineDatabase, type Database } from '@workroom/core'
import { Sealer, type Sealed } from '@workroom/core/sealed'
import {
  ApplicationError,
  ApplicationSubmission,
  decisionClock,
  newApplicationCode,
  parseApplicationOrThrow,
  type ApplicationReceipt,
  type ApplicationStatus,
  type ApplicationSyncEntry,
  type StatusRequest,
} from './contract.js'
import type { ApplicationClient } from './http-client.js'
import type { ApplicationProvider } from './types.js'


/** What the outbox keeps: the key, the code it gave, when, and the sealed submission. */
interface Stored {
  idempotencyKey: string
  code: string
  createdAt: string
  sealed: Sealed
}

export interface ApplicationOutboxOptions {
  databaseName?: string
  now?: () => number
  /** For status checks while online (the outbox cannot answer them). */
  client?: () => ApplicationClient | undefined
}

export interface ApplicationSyncResult {
  sent: number
  /** Still waiting (not delivered, or refused and kept for staff to look at). */
  pending: number
  rejected: { idempotencyKey: string; code: string; reason: string }[]
  error?: ApplicationError
}

/**
 * The kiosk's application provider: `submit` seals the application into the outbox and gives
 * the resident a code at once (the county service keeps it: the sync route takes the kiosk's code);
 * `syncApplications` sends what waits.
 */
export class ApplicationOutbox implements ApplicationProvider {
  readonly queues = true
  readonly database: Database
  private readonly sealer: Sealer
  private readonly now: () => number

  constructor(private readonly options: ApplicationOutboxOptions = {}) {
    this.database = defineDatabase(options.databaseName ?? 'workroom-applications', [
      (db) => {
        db.createObjectStore('outbox', { keyPath: 'idempotencyKey' })
        db.createObjectStore('keys')
      },
    ])
    this.sealer = new Sealer(this.database)
    this.now = options.now ?? Date.now
  }

  private receipt(code: string, createdAt: string): ApplicationReceipt {
    const { decisionDue } = decisionClock(createdAt, this.now())
    return { code, receivedAt: createdAt, decisionDue, status: { state: 'received', code, receivedAt: createdAt, decisionDue, updatedAt: createdAt } }
  }

  /** Checked as the county service will check it, sealed, queued; the same key twice keeps one. */
  async submit(submission: ApplicationSubmission): Promise<ApplicationReceipt> {
    const parsed = parseApplicationOrThrow(ApplicationSubmission, submission)
    const db = await this.database.open()
    const seen = (await db.get('outbox', parsed.idempotencyKey)) as Stored | undefined
    if (seen) return this.receipt(seen.code, seen.createdAt)
    const createdAt = new Date(this.now()).toISOString()
    const stored: Stored = { idempotencyKey: parsed.idempotencyKey, code: newApplicationCode(), createdAt, sealed: await this.sealer.seal(submission) }
    await db.put('outbox', stored)
    return this.receipt(stored.code, createdAt)
  }

  async status(req: StatusRequest): Promise<ApplicationStatus> {
    const client = this.options.client?.()
    if (!client || (typeof navigator !== 'undefined' && !navigator.onLine)) throw new ApplicationError('unavailable', 'status checks need the county service')
    return client.status(req)
  }

  /** Applications waiting, oldest first, opened for sending. */
  async pending(): Promise<ApplicationSyncEntry[]> {
    const all = ((await (await this.database.open()).getAll('outbox')) as Stored[]).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return Promise.all(
      all.map(async (s) => ({ idempotencyKey: s.idempotencyKey, operation: 'submit' as const, createdAt: s.createdAt, body: { code: s.code, submission: await this.sealer.open<ApplicationSubmission>(s.sealed) } })),
    )
  }

  async count(): Promise<number> {
    return (await this.database.open()).count('outbox')
  }

  async remove(keys: readonly string[]): Promise<void> {
    const tx = (await this.database.open()).transaction('outbox', 'readwrite')
    await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done])
  }
}

const running = new WeakMap<ApplicationOutbox, Promise<ApplicationSyncResult>>()

/**
 * Sends the outbox to the county service (`POST …/staff/applications/sync`), 50 at a time, oldest
 * first; removes what it applied (or had already); keeps what it refused or could not reach.
 * Calls during a run share it.
 */
export function syncApplications(outbox: ApplicationOutbox, client: Pick<ApplicationClient, 'sync'>): Promise<ApplicationSyncResult> {
  const current = running.get(outbox)
  if (current) return current
  const run = send(outbox, client).finally(() => running.delete(outbox))
  running.set(outbox, run)
  return run
}

async function send(outbox: ApplicationOutbox, client: Pick<ApplicationClient, 'sync'>): Promise<ApplicationSyncResult> {
  const pending = await outbox.pending()
  const rejected: ApplicationSyncResult['rejected'] = []
  let sent = 0
  let error: ApplicationError | undefined
  for (let i = 0; i < pending.length; i += 50) {
    const batch = pending.slice(i, i + 50)
    let results
    try {
      results = (await client.sync({ entries: batch }, pending.length - i - batch.length)).results
    } catch (e) {
      error = e instanceof ApplicationError ? e : new ApplicationError('unavailable', String(e))
      break
    }
    const taken = results.filter((r) => r.status !== 'rejected').map((r) => r.idempotencyKey)
    await outbox.remove(taken)
    sent += taken.length
    for (const r of results)
      if (r.status === 'rejected') rejected.push({ idempotencyKey: r.idempotencyKey, code: batch.find((b) => b.idempotencyKey === r.idempotencyKey)?.body.code ?? '', reason: r.reason?.code ?? 'invalid' })
  }
  return { sent, pending: await outbox.count(), rejected, ...(error ? { error } : {}) }
}
