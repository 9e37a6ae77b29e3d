// Notifications to residents through an outbox: the change that causes one (a freed place offered
// to the first on the waitlist) inserts it in its own transaction, sealed; a dispatcher hands it to
// the configured sender and marks it sent, retrying a failure a few times. Senders are pluggable:
// the default writes one line to the service log without any personal data (no SMS provider is
// configured); WebhookSender posts JSON to the county's SMS gateway.
import type { Db, Queryable } from './db.ts'
import type { Keyring } from './crypto.ts'

export interface Notification {
  kind: 'waitlist-offer'
  officeId: string
  officeName: string
  serviceId: string
  serviceName: string
  date: string
  /** The freed place's start (ISO, Beijing time). */
  start?: string | undefined
  /** Where it goes: the resident's name and mobile (only ever sealed at rest). */
  to: { name: string; mobile: string }
}

export interface NotificationSender {
  readonly name: string
  send(n: Notification, id: number): Promise<void>
}

/** Writes that a notification was due, and nothing about whom it was for. */
export class LogSender implements NotificationSender {
  readonly name = 'log'
  constructor(private readonly log: (line: Record<string, unknown>) => void) {}
  async send(n: Notification, id: number): Promise<void> {
    this.log({ t: new Date().toISOString(), level: 'info', msg: 'notification (no sender configured: not delivered)', id, kind: n.kind, office: n.officeId, service: n.serviceId, date: n.date })
  }
}

/** POSTs the notification as JSON; anything but a 2xx answer is a failure to retry. */
export class WebhookSender implements NotificationSender {
  readonly name = 'webhook'
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 5_000,
    private readonly fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
  ) {}
  async send(n: Notification, id: number): Promise<void> {
    const res = await this.fetcher(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `workroom-notification-${id}` },
      body: JSON.stringify({ id, ...n }),
      signal: AbortSignal.timeout(this.timeoutMs),
    })
    if (!res.ok) throw new Error(`webhook answered ${res.status}`)
  }
}

export const MAX_ATTEMPTS = 5

export class Outbox {
  private running?: Promise<{ sent: number; failed: number }>

  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    readonly sender: NotificationSender,
    private readonly now: () => number = Date.now,
  ) {}

  /** Adds a notification inside the caller's transaction (it is sent only if that commits). */
  async enqueue(q: Queryable, n: Notification, recordId: string): Promise<number> {
    const [row] = await q.query<{ id: string | number }>('select nextval(pg_get_serial_sequence(\'notification_outbox\', \'id\')) as id')
    const id = Number(row!.id)
    const sealed = this.keyring.seal(n, `notification:${id}`)
    await q.query('insert into notification_outbox (id, office_id, kind, record_id, payload_enc, key_id, created_at) values ($1, $2, $3, $4, $5, $6, $7)', [
      id, n.officeId, n.kind, recordId, sealed.data, sealed.keyId, new Date(this.now()),
    ])
    return id
  }

  /** Sends what is pending, oldest first; one run at a time. */
  dispatch(): Promise<{ sent: number; failed: number }> {
    this.running ??= this.run().finally(() => (this.running = undefined))
    return this.running
  }

  private async run(): Promise<{ sent: number; failed: number }> {
    let sent = 0
    let failed = 0
    const rows = await this.db.query<{ id: string | number; payload_enc: Uint8Array; key_id: string; attempts: number }>(
      `select id, payload_enc, key_id, attempts from notification_outbox where status = 'pending' order by id limit 50`,
    )
    for (const r of rows) {
      const id = Number(r.id)
      try {
        await this.sender.send(this.keyring.open<Notification>(r.payload_enc, r.key_id, `notification:${id}`), id)
        await this.db.query(`update notification_outbox set status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = null where id = $1`, [id, new Date(this.now())])
        sent++
      } catch (err) {
        failed++
        await this.db.query(`update notification_outbox set attempts = attempts + 1, status = case when attempts + 1 >= $3 then 'failed' else 'pending' end, last_error = $2 where id = $1`, [
          id, String((err as Error)?.message ?? err).slice(0, 200), MAX_ATTEMPTS,
        ])
      }
    }
    return { sent, failed }
  }
}
