// The audit log: who did what to which record, when and from where, written in the same
// transaction as the change. Never personal data: actors and records by id, details as counts.
import type { Queryable } from './db.ts'

export type Actor =
  | { kind: 'resident' }
  | { kind: 'staff'; id: string }
  | { kind: 'device'; id: string }
  | { kind: 'system' }

export interface AuditEntry {
  at: Date
  actor: Actor
  action: string
  officeId?: string | undefined
  recordKind?: string | undefined
  recordId?: string | undefined
  /** Staff and devices: their address; residents: none is kept. */
  address?: string | undefined
  detail?: Record<string, unknown>
}

export async function audit(q: Queryable, e: AuditEntry): Promise<void> {
  const actorId = e.actor.kind === 'staff' || e.actor.kind === 'device' ? e.actor.id : null
  await q.query(
    'insert into audit_log (at, actor_kind, actor_id, action, office_id, record_kind, record_id, address, detail) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [e.at, e.actor.kind, actorId, e.action, e.officeId ?? null, e.recordKind ?? null, e.recordId ?? null, e.actor.kind === 'resident' ? null : (e.address ?? null), JSON.stringify(e.detail ?? {})],
  )
}

export interface AuditRow {
  id: number
  at: Date
  actor_kind: Actor['kind']
  actor_id: string | null
  action: string
  office_id: string | null
  record_kind: string | null
  record_id: string | null
  address: string | null
  detail: Record<string, unknown>
}
