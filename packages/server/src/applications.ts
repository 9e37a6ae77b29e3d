// Legal-aid applications on the county service (LAL 38–49): a resident's application as the
// application contract describes it, sealed at rest like a booking, with the LAL 43 clock; the
// resident's status by code and mobile; a kiosk's offline applications by sync; and what staff do
// with one (ask for the missing materials once, forward, record the agency's decision), audited.
import {
  ApplicationError, ApplicationSubmission, ApplicationSyncEntry, ApplicationSyncRequest, LAWYER_DAYS, StatusRequest, addDays, decisionClock,
  newApplicationCode, objectionRoute, parseApplicationOrThrow, shanghaiDate,
  type ApplicationReceipt, type ApplicationState, type ApplicationStatus, type ApplicationSyncResponse, type ApplicationSyncResult, type MissingMaterial,
  type ParsedApplicationSubmission,
} from '@workroom/screening/application-contract'
import { BookingError } from '@workroom/booking/contract'
import { toShanghaiIso } from '@workroom/booking/time'
import type { Queryable } from './db.ts'
import type { CountyLedger, RequestContext } from './ledger.ts'
import { audit, type Actor } from './audit.ts'
import { maskMobile, maskName } from './crypto.ts'

const DAY_MS = 86_400_000
/** States in which the LAL 43 clock runs. */
export const OPEN_STATES: readonly ApplicationState[] = ['received', 'materials-requested', 'forwarded']

/** What staff wrote about an application, sealed beside it. */
export interface StatusDetail {
  materials?: MissingMaterial[]
  supplyBy?: string
  requestedAt?: string
  agency?: string
  forwardedAt?: string
  reasons?: string
  bureau?: string
  lawyerAssignedBy?: string
  why?: 'resident' | 'materials-not-supplied'
  at?: string
}

export interface ApplicationRow {
  code: string
  office_id: string
  workroom_id: string | null
  channel: 'kiosk' | 'web'
  state: ApplicationState
  problem: string
  cause: string
  screening_outcome: string
  urgent: boolean
  received_at: Date
  decision_due: Date | string
  decided_at: Date | null
  private_enc: Uint8Array | null
  status_enc: Uint8Array | null
  key_id: string | null
  updated_at: Date
}

export const APPLICATION_COLUMNS = 'a.code, a.office_id, a.workroom_id, a.channel, a.state, a.problem, a.cause, a.screening_outcome, a.urgent, a.received_at, a.decision_due::text as decision_due, a.decided_at, a.private_enc, a.status_enc, a.key_id, a.updated_at'

export interface LookupLimits {
  /** Wrong mobiles for one code before the code is locked. */
  misses: number
  /** How long the lock lasts (ms). */
  lockMs: number
}
export const DEFAULT_LOOKUP_LIMITS: LookupLimits = { misses: 5, lockMs: 15 * 60_000 }

/** Applications for every office of the county service, over the booking ledger's database and keys. */
export class Applications {
  private readonly misses = new Map<string, { count: number; until: number; at: number }>()

  constructor(
    readonly ledger: CountyLedger,
    private readonly limits: LookupLimits = DEFAULT_LOOKUP_LIMITS,
  ) {}

  private get db() {
    return this.ledger.db
  }

  // ── the resident's side ──

  /** Files an application (idempotent by its key): the code, the time received and the decision date. */
  async submit(officeId: string, input: unknown, ctx: RequestContext): Promise<ApplicationReceipt> {
    const s = parseApplicationOrThrow(ApplicationSubmission, input)
    await this.checkOffice(officeId, s)
    try {
      return await this.db.tx((q) =>
        this.ledger.once(q, `${officeId}:application`, s.idempotencyKey, s, async () => {
          const now = this.ledger.now()
          const code = await this.freeCode(q)
          await this.insert(q, officeId, code, s, now, ctx, 'submitted')
          return this.receipt(await this.row(q, officeId, code))
        }),
      )
    } catch (err) {
      if (err instanceof BookingError) throw new ApplicationError(err.code === 'conflict' ? 'conflict' : 'invalid', err.message)
      throw err
    }
  }

  /**
   * The state of an application by code and mobile. A wrong mobile counts against the code: after
   * `misses` of them it is locked for a while (so a code seen over a shoulder cannot be tried
   * against every mobile), and the answer is the same not-found for a wrong code and a wrong mobile.
   */
  async status(officeId: string, input: unknown): Promise<ApplicationStatus> {
    const req = parseApplicationOrThrow(StatusRequest, input)
    const now = this.ledger.now()
    const lockKey = `${officeId}:${req.code}`
    const miss = this.misses.get(lockKey)
    if (miss && miss.until > now) throw new ApplicationError('locked', 'too many wrong tries for this code: wait, or ask the workroom', new Date(miss.until).toISOString())
    const [row] = await this.db.query<ApplicationRow>(`select ${APPLICATION_COLUMNS} from applications a where a.office_id = $1 and a.code = $2 and a.purged_at is null`, [officeId, req.code])
    const submission = row ? this.submission(row) : undefined
    if (!row || !submission || submission.applicant.mobile !== req.mobile) {
      this.countMiss(lockKey, now)
      throw new ApplicationError('not-found', 'no application with this code and mobile')
    }
    this.misses.delete(lockKey)
    return this.statusOf(row)
  }

  private countMiss(key: string, now: number): void {
    if (this.misses.size > 10_000) for (const [k, v] of this.misses) if (v.until < now && now - v.at > this.limits.lockMs) this.misses.delete(k)
    const m = this.misses.get(key)
    const count = m && now - m.at < this.limits.lockMs ? m.count + 1 : 1
    this.misses.set(key, { count, at: now, until: count >= this.limits.misses ? now + this.limits.lockMs : 0 })
  }

  /**
   * A kiosk's offline applications, in order, each in its own transaction with its key: applied,
   * duplicate (sent before; nothing changes) or rejected with the reason (not remembered, so it may
   * be sent again once staff sort it out). Receipt is when the workroom took it.
   */
  async sync(officeId: string, input: unknown, ctx: RequestContext): Promise<ApplicationSyncResponse> {
    const batch = parseApplicationOrThrow(ApplicationSyncRequest, input)
    await this.ledger.office(officeId).catch(() => {
      throw new ApplicationError('not-found', 'no such office')
    })
    const results: ApplicationSyncResult[] = []
    for (const e of batch.entries) results.push(await this.applySynced(officeId, e, ctx))
    const count = (s: ApplicationSyncResult['status']) => results.filter((r) => r.status === s).length
    const at = new Date(this.ledger.now())
    await this.db.tx(async (q) => {
      if (ctx.actor.kind === 'device')
        await q.query('insert into sync_batches (device_id, office_id, received_at, entries, applied, duplicate, rejected, client_version, pending) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
          ctx.actor.id, officeId, at, results.length, count('applied'), count('duplicate'), count('rejected'), ctx.kiosk?.version ?? null,
          ctx.kiosk?.pending === undefined ? null : Math.max(0, ctx.kiosk.pending - count('applied') - count('duplicate')),
        ])
      await audit(q, {
        at, actor: ctx.actor, action: 'application.sync', officeId, recordKind: 'sync', address: ctx.address,
        detail: { entries: results.length, applied: count('applied'), duplicate: count('duplicate'), rejected: count('rejected'), rejectedKeys: results.filter((r) => r.status === 'rejected').map((r) => r.idempotencyKey) },
      })
    })
    return { results }
  }

  private async applySynced(officeId: string, e: { idempotencyKey: string; operation: string; createdAt: string; body: unknown }, ctx: RequestContext): Promise<ApplicationSyncResult> {
    const key = e.idempotencyKey
    try {
      const entry = parseApplicationOrThrow(ApplicationSyncEntry, e)
      const s = entry.body.submission
      await this.checkOffice(officeId, s)
      const at = Date.parse(entry.createdAt)
      // A kiosk clock far in the future must not start the clock later than now.
      const receivedAt = Math.min(at, this.ledger.now())
      const applied = await this.db.tx(async (q) => {
        const fresh = await q.query('insert into idempotency_keys (scope, key, request_hash, created_at) values ($1, $2, $3, $4) on conflict do nothing returning key', [
          `${officeId}:application-sync`, key, 'sync', new Date(this.ledger.now()),
        ])
        if (!fresh.length) return false
        const [taken] = await q.query('select 1 from applications where code = $1', [entry.body.code])
        if (taken) throw new ApplicationError('conflict', 'this application code is already in use')
        await this.insert(q, officeId, entry.body.code, s, receivedAt, ctx, 'synced')
        return true
      })
      return { idempotencyKey: key, status: applied ? 'applied' : 'duplicate', code: entry.body.code }
    } catch (err) {
      const reason = err instanceof ApplicationError ? { code: err.code, message: err.message } : { code: 'invalid' as const, message: 'could not apply' }
      return { idempotencyKey: key, status: 'rejected', reason }
    }
  }

  private async checkOffice(officeId: string, s: ParsedApplicationSubmission): Promise<void> {
    if (s.officeId !== officeId) throw new ApplicationError('invalid', 'officeId: not the office this was sent to')
    // A workroom id the office's booking config does not know is kept, not refused: a kiosk's
    // directory may name its workroom differently, and office staff must still see the application.
    await this.ledger.office(officeId).catch(() => {
      throw new ApplicationError('not-found', 'no such office')
    })
  }

  private async freeCode(q: Queryable): Promise<string> {
    for (;;) {
      const code = newApplicationCode()
      const [taken] = await q.query('select 1 from applications where code = $1', [code])
      if (!taken) return code
    }
  }

  private async insert(q: Queryable, officeId: string, code: string, s: ParsedApplicationSubmission, receivedAt: number, ctx: RequestContext, event: 'submitted' | 'synced'): Promise<void> {
    const office = await this.ledger.office(officeId)
    const now = this.ledger.now()
    const { decisionDue } = decisionClock(new Date(receivedAt), receivedAt)
    const sealed = this.ledger.keyring.seal({ submission: s }, `application:${code}`)
    const status = this.ledger.keyring.seal({} satisfies StatusDetail, `application-status:${code}`)
    await q.query(
      `insert into applications (code, office_id, workroom_id, channel, state, problem, cause, screening_outcome, urgent, received_at, decision_due, private_enc, status_enc, key_id, created_at, updated_at, purge_after, source_device)
       values ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $16)`,
      [
        code, officeId, s.workroomId ?? null, s.channel, s.matter.problem, s.matter.cause, s.screening.outcome, s.matter.urgency.urgent, new Date(receivedAt), decisionDue,
        sealed.data, status.data, sealed.keyId, new Date(now), new Date(receivedAt + office.config.retentionDays * DAY_MS), ctx.actor.kind === 'device' ? ctx.actor.id : null,
      ],
    )
    await q.query(`insert into application_events (code, at, state, actor, event) values ($1, $2, 'received', $3, $4)`, [code, new Date(now), actorLabel(ctx.actor), event])
    await audit(q, { at: new Date(now), actor: ctx.actor, action: 'application.create', officeId, recordKind: 'application', recordId: code, address: ctx.address, detail: event === 'synced' ? { synced: true } : {} })
  }

  // ── reading ──

  async row(q: Queryable, officeId: string, code: string, forUpdate = false): Promise<ApplicationRow> {
    const [row] = await q.query<ApplicationRow>(`select ${APPLICATION_COLUMNS} from applications a where a.office_id = $1 and a.code = $2 and a.purged_at is null${forUpdate ? ' for update' : ''}`, [officeId, code])
    if (!row) throw new ApplicationError('not-found', 'no application with this code')
    return row
  }

  submission(row: Pick<ApplicationRow, 'code' | 'private_enc' | 'key_id'>): ParsedApplicationSubmission | undefined {
    if (!row.private_enc || !row.key_id) return undefined
    return this.ledger.keyring.open<{ submission: ParsedApplicationSubmission }>(row.private_enc, row.key_id, `application:${row.code}`).submission
  }

  detail(row: Pick<ApplicationRow, 'code' | 'status_enc' | 'key_id'>): StatusDetail {
    if (!row.status_enc || !row.key_id) return {}
    return this.ledger.keyring.open<StatusDetail>(row.status_enc, row.key_id, `application-status:${row.code}`)
  }

  /** What the resident sees. */
  statusOf(row: ApplicationRow): ApplicationStatus {
    const d = this.detail(row)
    const decisionDue = String(row.decision_due).slice(0, 10)
    const open = OPEN_STATES.includes(row.state)
    const common = {
      code: row.code, receivedAt: toShanghaiIso(row.received_at.getTime()), decisionDue,
      ...(open ? { daysLeft: daysBetween(shanghaiDate(this.ledger.now()), decisionDue) } : {}),
      updatedAt: toShanghaiIso(row.updated_at.getTime()),
    }
    switch (row.state) {
      case 'received': return { ...common, state: 'received' }
      case 'materials-requested': return { ...common, state: 'materials-requested', materials: d.materials ?? [], requestedAt: d.requestedAt ?? common.updatedAt, ...(d.supplyBy ? { supplyBy: d.supplyBy } : {}) }
      case 'forwarded': return { ...common, state: 'forwarded', agency: d.agency ?? '', forwardedAt: d.forwardedAt ?? common.updatedAt }
      case 'granted': return { ...common, state: 'granted', decidedAt: d.at ?? common.updatedAt, lawyerAssignedBy: d.lawyerAssignedBy ?? decisionDue }
      case 'refused': return { ...common, state: 'refused', decidedAt: d.at ?? common.updatedAt, reasons: d.reasons ?? '', objection: objectionRoute(d.bureau) }
      case 'withdrawn': return { ...common, state: 'withdrawn', at: d.at ?? common.updatedAt, why: d.why ?? 'resident' }
    }
  }

  receipt(row: ApplicationRow): ApplicationReceipt {
    const status = this.statusOf(row)
    return { code: row.code, receivedAt: status.receivedAt, decisionDue: status.decisionDue, status }
  }

  /** The queue's row, name and mobile masked. */
  listItem(row: ApplicationRow) {
    const s = this.submission(row)
    const st = this.statusOf(row)
    return {
      code: row.code, officeId: row.office_id, ...(row.workroom_id ? { workroomId: row.workroom_id } : {}), channel: row.channel, state: row.state,
      problem: row.problem, cause: row.cause as ParsedApplicationSubmission['matter']['cause'], screeningOutcome: row.screening_outcome, urgent: row.urgent,
      receivedAt: st.receivedAt, decisionDue: st.decisionDue, ...(st.daysLeft !== undefined ? { daysLeft: st.daysLeft } : {}),
      name: s ? maskName(s.applicant.name) : '', mobile: s ? maskMobile(s.applicant.mobile) : '',
    }
  }

  async events(code: string): Promise<Array<{ at: string; state: ApplicationState; event: string }>> {
    const rows = await this.db.query<{ at: Date; state: ApplicationState; event: string }>('select at, state, event from application_events where code = $1 order by id', [code])
    return rows.map((r) => ({ at: toShanghaiIso(r.at.getTime()), state: r.state, event: r.event }))
  }

  // ── staff actions (the console checks who may; these check what may happen) ──

  /** LAL 43: the missing materials, listed once and all together. */
  async requestMaterials(officeId: string, code: string, materials: MissingMaterial[], supplyBy: string | undefined, actor: Actor, address: string): Promise<ApplicationRow> {
    if (!materials.length) throw new ApplicationError('materials-required', 'materials: at least one')
    return this.change(officeId, code, actor, address, (row, d, now) => {
      if (row.state !== 'received' && row.state !== 'forwarded') throw new ApplicationError('conflict', row.state === 'materials-requested' ? 'the missing materials were already listed (LAL 43: once, all together)' : `application is ${row.state}`)
      if (d.materials?.length) throw new ApplicationError('conflict', 'the missing materials were already listed (LAL 43: once, all together)')
      return { state: 'materials-requested', detail: { ...d, materials, ...(supplyBy ? { supplyBy } : {}), requestedAt: toShanghaiIso(now) }, event: 'materials-requested' }
    })
  }

  async forward(officeId: string, code: string, agency: string, actor: Actor, address: string): Promise<ApplicationRow> {
    return this.change(officeId, code, actor, address, (row, d, now) => {
      if (row.state !== 'received' && row.state !== 'materials-requested') throw new ApplicationError('conflict', `application is ${row.state}`)
      return { state: 'forwarded', detail: { ...d, agency, forwardedAt: toShanghaiIso(now) }, event: 'forwarded' }
    })
  }

  async decide(officeId: string, code: string, r: { decision: 'granted' | 'refused' | 'withdrawn'; reasons?: string | undefined; bureau?: string | undefined; why?: 'resident' | 'materials-not-supplied' | undefined }, actor: Actor, address: string): Promise<ApplicationRow> {
    if (r.decision === 'refused' && !r.reasons?.trim()) throw new ApplicationError('reasons-required', 'reasons: a refusal is written, with reasons (LAL 43)')
    return this.change(officeId, code, actor, address, (row, d, now) => {
      if (!OPEN_STATES.includes(row.state)) throw new ApplicationError('conflict', `application is ${row.state}`)
      const at = toShanghaiIso(now)
      if (r.decision === 'granted') return { state: 'granted', detail: { ...d, at, lawyerAssignedBy: addDays(shanghaiDate(now), LAWYER_DAYS) }, event: 'granted', decided: true }
      if (r.decision === 'refused') return { state: 'refused', detail: { ...d, at, reasons: r.reasons!.trim(), ...(r.bureau ? { bureau: r.bureau } : {}) }, event: 'refused', decided: true }
      return { state: 'withdrawn', detail: { ...d, at, why: r.why ?? (row.state === 'materials-requested' ? 'materials-not-supplied' : 'resident') }, event: 'withdrawn', decided: true }
    })
  }

  private async change(
    officeId: string, code: string, actor: Actor, address: string,
    fn: (row: ApplicationRow, d: StatusDetail, now: number) => { state: ApplicationState; detail: StatusDetail; event: string; decided?: boolean },
  ): Promise<ApplicationRow> {
    const office = await this.ledger.office(officeId)
    return this.db.tx(async (q) => {
      const row = await this.row(q, officeId, code, true)
      const now = this.ledger.now()
      const next = fn(row, this.detail(row), now)
      const sealed = this.ledger.keyring.seal(next.detail, `application-status:${code}`)
      // The submission is re-sealed under the same key as the status, so one key id opens both.
      const sub = this.ledger.keyring.seal({ submission: this.submission(row) }, `application:${code}`)
      await q.query(
        `update applications set state = $3, status_enc = $4, private_enc = $5, key_id = $6, updated_at = $7, decided_at = coalesce($8, decided_at),
           purge_after = greatest(purge_after, $9) where office_id = $1 and code = $2`,
        [officeId, code, next.state, sealed.data, sub.data, sealed.keyId, new Date(now), next.decided ? new Date(now) : null, new Date(now + office.config.retentionDays * DAY_MS)],
      )
      await q.query('insert into application_events (code, at, state, actor, event) values ($1, $2, $3, $4, $5)', [code, new Date(now), next.state, actorLabel(actor), next.event])
      await audit(q, { at: new Date(now), actor, action: `application.${next.event}`, officeId, recordKind: 'application', recordId: code, address, detail: next.event === 'materials-requested' ? { materials: next.detail.materials?.length ?? 0 } : {} })
      return this.row(q, officeId, code)
    })
  }

  // ── retention ──

  /** Deletes the personal data of applications whose retention has passed; the anonymous row stays for the counts. */
  async purgeExpired(): Promise<number> {
    const now = new Date(this.ledger.now())
    return this.db.tx(async (q) => {
      const rows = await q.query(`update applications set private_enc = null, status_enc = null, key_id = null, purged_at = $1 where purge_after <= $1 and purged_at is null returning code`, [now])
      if (rows.length) await audit(q, { at: now, actor: { kind: 'system' }, action: 'retention.purge', recordKind: 'application', detail: { applications: rows.length } })
      return rows.length
    })
  }
}

/** Whole days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

function actorLabel(actor: Actor): string {
  return actor.kind === 'staff' || actor.kind === 'device' ? `${actor.kind}:${actor.id}` : actor.kind
}
