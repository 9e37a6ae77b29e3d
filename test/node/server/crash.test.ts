// A crash never loses an acknowledged booking: the service (PGlite in its data directory) is
// killed with SIGKILL 20 times while residents book concurrently; after each restart every booking
// that got a 200 is there, and no slot holds more bookings than it has places.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPglite } from '../../../packages/server/src/db.ts'
import { crashLoop, CRASH_DETAILS as details, lookupAs as call, prepareDataDir, startService } from './fixtures.ts'

const KILLS = 20
const WORKERS = 6
const work = mkdtempSync(join(tmpdir(), 'wr-crash-'))
after(() => rmSync(work, { recursive: true, force: true }))
const OFFICE = '/api/booking/offices/qingshi'

describe('SIGKILL under concurrent booking load', () => {
  it(`loses no acknowledged booking across ${KILLS} kills and never counts a place twice`, { timeout: 300_000 }, async () => {
    const dir = join(work, 'data')
    await prepareDataDir(dir)
    const args = ['--data', dir, '--trust-proxy', '--no-rate-limit']
    const acknowledged = await crashLoop(args, KILLS, WORKERS)
    const service = await startService(args)
    try {
      const missing: string[] = []
      for (const code of acknowledged) {
        const r = await call(service.url, `${OFFICE}/bookings/lookup`, { code, mobile: details.mobile }, 0)
        if (r.status !== 200) missing.push(code)
      }
      assert.ok(acknowledged.length >= KILLS, `only ${acknowledged.length} bookings were acknowledged: the load did not run`)
      assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.length} acknowledged bookings lost`)
      process.stdout.write(`# crash: ${KILLS} kills, ${acknowledged.length} acknowledged bookings, 0 lost\n`)
    } finally {
      await service.stop()
    }
    const db = await openPglite(dir)
    try {
      const over = await db.query<{ slot_id: string; n: number; capacity: number }>(
        `select b.slot_id, count(*)::int as n, s.capacity from bookings b join slots s using (office_id, slot_id) where b.status <> 'cancelled' group by b.slot_id, s.capacity having count(*) > s.capacity`,
      )
      assert.deepEqual(over, [])
      const [dups] = await db.query<{ n: number }>('select count(*)::int as n from (select code from bookings group by code having count(*) > 1) d')
      assert.equal(dups!.n, 0)
    } finally {
      await db.close()
    }
  })
})
