// The booking contract suite on each back end: the in-memory reference ledger, the county
// service's ledger on PGlite, and the same ledger on a real PostgreSQL 15.
import { after, before } from 'node:test'
import { MemoryProvider } from '../../../packages/booking/src/ledger.ts'
import { demoConfig } from '../../../packages/booking/src/demo-config.ts'
import { contractSuite } from './contract-suite.ts'
import { openLedger } from './fixtures.ts'
import { startPgCluster, type PgCluster } from './pg-cluster.ts'

contractSuite('the in-memory ledger', async (clock) => {
  const m = new MemoryProvider({ config: demoConfig, now: () => clock.now })
  return { provider: m, close: async () => undefined }
})

contractSuite('PGlite', async (clock) => {
  const { ledger, db } = await openLedger('memory://', clock)
  return { provider: ledger.provider('qingshi', { actor: { kind: 'resident' }, address: '192.0.2.1' }), close: () => db.close() }
})

let cluster: PgCluster | undefined
before(async () => {
  cluster = await startPgCluster()
})
after(() => cluster?.stop())

contractSuite('PostgreSQL', async (clock) => {
  const { ledger, db } = await openLedger(await cluster!.database('contract'), clock)
  return { provider: ledger.provider('qingshi', { actor: { kind: 'resident' }, address: '192.0.2.1' }), close: () => db.close() }
})

