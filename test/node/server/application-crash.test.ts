// A crash never loses an acknowledged application: the service (PGlite in its data directory) is
// killed with SIGKILL while residents file applications concurrently; after each restart every
// application that got a 200 answers its status by code and mobile, and none is stored twice.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPglite } from '../../../packages/server/src/db.ts'
import { lookupAs as call, prepareDataDir, startService } from './fixtures.ts'
import { APPLICANT_MOBILE, sampleSubmission } from '../../helpers/application.ts'

const KILLS = 8
const WORKERS = 4
const work = mkdtempSync(join(tmpdir(), 'wr-app-crash-'))
after(() => rmSync(work, { recursive: true, force: true }))
const OFFICE = '/api/booking/offices/qingshi'

/** Files applications as fast as it can until the process dies under it; the codes that got a 200, and each key sent. */
async function resident(url: string, worker: number, stop: { dead: boolean; firstAck: () => void }, keys: Map<string, string>): Promise<void> {
  while (!stop.dead) {
    const s = sampleSubmission()
    try {
      const r = await call(url, `${OFFICE}/applications`, s, worker)
      if (r.status === 200) {
        keys.set(s.idempotencyKey, r.json.code)
        stop.firstAck()
      }
    } catch {
      // killed mid-request: never acknowledged
    }
  }
}

describe('SIGKILL while residents file applications', () => {
  it(`loses no acknowledged application across ${KILLS} kills and stores none twice`, { timeout: 240_000 }, async () => {
    const dir = join(work, 'data')
    await prepareDataDir(dir)
    const args = ['--data', dir, '--trust-proxy', '--no-rate-limit']
    const acknowledged = new Map<string, string>()
    for (let round = 0; round < KILLS; round++) {
      const service = await startService(args)
      let acked!: () => void
      const firstAck = new Promise<void>((r) => (acked = r))
      const stop = { dead: false, firstAck: () => acked() }
      const load = Array.from({ length: WORKERS }, (_, w) => resident(service.url, w, stop, acknowledged))
      await Promise.race([firstAck, new Promise((r) => setTimeout(r, 20_000))])
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 400))
      await service.kill()
      stop.dead = true
      await Promise.all(load)
    }
    const service = await startService(args)
    try {
      const missing: string[] = []
      for (const code of acknowledged.values()) if ((await call(service.url, `${OFFICE}/applications/status`, { code, mobile: APPLICANT_MOBILE }, 0)).status !== 200) missing.push(code)
      assert.ok(acknowledged.size >= KILLS, `only ${acknowledged.size} applications were acknowledged: the load did not run`)
      assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.size} acknowledged applications lost`)
      process.stdout.write(`# application crash: ${KILLS} kills, ${acknowledged.size} acknowledged applications, 0 lost\n`)
    } finally {
      await service.stop()
    }
    const db = await openPglite(dir)
    try {
      const [n] = await db.query<{ n: number }>(`select count(*)::int as n from idempotency_keys where scope = 'qingshi:application' and response_enc is not null`)
      const [rows] = await db.query<{ n: number }>('select count(*)::int as n from applications')
      // Every filed application has exactly one key with its reply (a key whose reply never committed left no row).
      assert.equal(rows!.n, n!.n)
    } finally {
      await db.close()
    }
  })
})
