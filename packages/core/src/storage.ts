import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction } from 'idb'
import { onSessionReset } from './session.js'

/** One step of a database's schema history. Index i upgrades version i to i + 1. */
export type Migration = (db: IDBPDatabase, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void

export interface Database {
  readonly name: string
  readonly version: number
  open(): Promise<IDBPDatabase>
  close(): void
  /** Closes and deletes the whole database. */
  destroy(): Promise<void>
}

/**
 * A versioned IndexedDB database whose version is the number of migrations, so adding a store
 * is appending a migration — never editing an old one. Connections close themselves when
 * another tab upgrades or deletes the database.
 */
export function defineDatabase(name: string, migrations: readonly Migration[]): Database {
  let connection: Promise<IDBPDatabase> | undefined
  const db: Database = {
    name,
    version: migrations.length,
    open() {
      connection ??= openDB(name, migrations.length, {
        upgrade(database, oldVersion, _newVersion, tx) {
          for (let v = oldVersion; v < migrations.length; v++) migrations[v]!(database, tx as never)
        },
        blocking(_current, _blocked, event) {
          ;(event.target as IDBDatabase).close()
          connection = undefined
        },
        terminated() {
          connection = undefined
        },
      })
      return connection
    },
    close() {
      const c = connection
      connection = undefined
      void c?.then((d) => d.close()).catch(() => undefined)
    },
    async destroy() {
      const c = connection
      connection = undefined
      if (c) (await c.catch(() => undefined))?.close()
      await deleteDB(name)
    },
  }
  return db
}

/** Non-personal data that outlives a session: last good config and content, anonymous counts. */
export const workroomDb = defineDatabase('workroom', [(db) => db.createObjectStore('kv')])

/**
 * Everything of the current resident (drafts, resume data). Deleted whole on every session
 * reset: one place to wipe, nothing left to forget.
 */
export const sessionDb = defineDatabase('workroom-session', [(db) => db.createObjectStore('drafts')])

onSessionReset(() => sessionDb.destroy())

/** Small typed key-value access over a database with a 'kv'-like store. */
export async function kvGet<T>(db: Database, key: string, store = 'kv'): Promise<T | undefined> {
  return (await (await db.open()).get(store, key)) as T | undefined
}

export async function kvSet(db: Database, key: string, value: unknown, store = 'kv'): Promise<void> {
  await (await db.open()).put(store, value, key)
}
