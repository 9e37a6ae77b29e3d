// Key rotation: after `new-key`, rows sealed under older keys are opened and sealed again under
// the current one, a batch per transaction. Once it reports 0, old keys can leave the key file.
import type { Db } from './db.ts'
import type { Keyring } from './crypto.ts'

const TABLES = [
  { table: 'bookings', id: 'code', aad: (r: Record<string, string>) => `booking:${r['code']}`, select: 'code', data: 'private_enc' },
  { table: 'waitlist', id: 'id', aad: (r: Record<string, string>) => `waitlist:${r['id']}`, select: 'id', data: 'private_enc' },
  { table: 'idempotency_keys', id: 'scope, key', aad: (r: Record<string, string>) => `idempotency:${r['scope']}:${r['key']}`, select: 'scope, key', data: 'response_enc' },
] as const

export async function reencryptAll(db: Db, keyring: Keyring, batch = 200): Promise<number> {
  let total = 0
  for (const t of TABLES) {
    for (;;) {
      const n = await db.tx(async (q) => {
        const rows = await q.query<Record<string, string> & { data: Uint8Array; key_id: string }>(
          `select ${t.select}, ${t.data} as data, key_id from ${t.table} where key_id is not null and key_id <> $1 limit ${batch} for update`,
          [keyring.currentId],
        )
        for (const r of rows) {
          const sealed = keyring.seal(keyring.open(r.data, r.key_id, t.aad(r)), t.aad(r))
          const where = t.table === 'idempotency_keys' ? 'scope = $3 and key = $4' : `${t.id} = $3`
          const ids = t.table === 'idempotency_keys' ? [r['scope'], r['key']] : [r[t.id]]
          await q.query(`update ${t.table} set ${t.data} = $1, key_id = $2 where ${where}`, [sealed.data, sealed.keyId, ...ids])
        }
        return rows.length
      })
      total += n
      if (n < batch) break
    }
  }
  // Applications seal two columns (the submission, what staff wrote) under one key id.
  for (;;) {
    const n = await db.tx(async (q) => {
      const rows = await q.query<{ code: string; private_enc: Uint8Array; status_enc: Uint8Array | null; key_id: string }>(
        `select code, private_enc, status_enc, key_id from applications where key_id is not null and key_id <> $1 limit ${batch} for update`,
        [keyring.currentId],
      )
      for (const r of rows) {
        const sub = keyring.seal(keyring.open(r.private_enc, r.key_id, `application:${r.code}`), `application:${r.code}`)
        const st = r.status_enc ? keyring.seal(keyring.open(r.status_enc, r.key_id, `application-status:${r.code}`), `application-status:${r.code}`).data : null
        await q.query('update applications set private_enc = $1, status_enc = $2, key_id = $3 where code = $4', [sub.data, st, sub.keyId, r.code])
      }
      return rows.length
    })
    total += n
    if (n < batch) break
  }
  return total
}
