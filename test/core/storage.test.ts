import { expect } from '../helpers/index.js'
import { defineDatabase, resetSession, sessionDb, kvGet, kvSet } from '@workroom/core'

describe('storage (real IndexedDB)', () => {
  const name = `wr-test-${Math.random().toString(36).slice(2)}`

  it('upgrades a database by appending a migration and keeps the data', async () => {
    const v1 = defineDatabase(name, [(db) => db.createObjectStore('kv')])
    await kvSet(v1, 'config', { version: 1 })
    v1.close()

    const v2 = defineDatabase(name, [(db) => db.createObjectStore('kv'), (db) => db.createObjectStore('outbox', { autoIncrement: true })])
    const db = await v2.open()
    expect(db.version).to.equal(2)
    expect([...db.objectStoreNames]).to.have.members(['kv', 'outbox'])
    expect(await kvGet(v2, 'config')).to.deep.equal({ version: 1 })
    await v2.destroy()
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names).not.to.include(name)
  })

  it('deletes the resident session database on reset', async () => {
    await kvSet(sessionDb, 'draft', { facts: { problem: 'wages' } }, 'drafts')
    expect((await indexedDB.databases()).map((d) => d.name)).to.include('workroom-session')
    await resetSession('idle')
    expect((await indexedDB.databases()).map((d) => d.name)).not.to.include('workroom-session')
    expect(await kvGet(sessionDb, 'draft', 'drafts')).to.equal(undefined)
  })
})
