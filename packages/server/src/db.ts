// One small interface over the two engines the county service runs on: PGlite (PostgreSQL in
// WASM, in a data directory: the one-machine default) and PostgreSQL (`DATABASE_URL`, production).
// Plain SQL on both: the same statements, the same migrations, one code path above this file.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { acquireDirectoryLock, type DirectoryLock } from './lockfile.ts'

export interface Queryable {
  /** Rows of one parameterised statement ($1, $2, …). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres'
  /** Runs `fn` in one transaction (read committed), retried on serialization failures and deadlocks. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>
  /** Several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>
  close(): Promise<void>
}

const RETRYABLE = new Set(['40001', '40P01'])

/** PGlite in `dataDir`, held with a lock file; `memory://` for a throwaway database (tests). */
export async function openPglite(dataDir: string): Promise<Db> {
  const lock: DirectoryLock = dataDir.startsWith('memory://') ? { path: '', release: () => undefined } : acquireDirectoryLock(dataDir)
  try {
    const { PGlite } = await import('@electric-sql/pglite')
    const pg = await PGlite.create(dataDir)
    const wrap = (q: { query: (s: string, p?: unknown[]) => Promise<{ rows: unknown[] }> }): Queryable => ({
      async query<T>(sql: string, params: readonly unknown[] = []) {
        return (await q.query(sql, [...params])).rows as T[]
      },
    })
    const top = wrap(pg as never)
    return {
      engine: 'pglite',
      query: top.query,
      // PGlite has one connection and runs one transaction at a time: nothing to retry.
      tx: (fn) => pg.transaction((t) => fn(wrap(t as never))),
      exec: async (sql) => void (await pg.exec(sql)),
      async close() {
        await pg.close()
        lock.release()
      },
    }
  } catch (err) {
    lock.release()
    throw err
  }
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Db> {
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 })
  // An idle client's network error must not bring the process down; the next query reconnects.
  pool.on('error', () => undefined)
  await pool.query('select 1')
  return {
    engine: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as T[]
    },
    async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      for (let attempt = 0; ; attempt++) {
        const client = await pool.connect()
        try {
          await client.query('begin')
          const result = await fn({ query: async <R>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as R[] })
          await client.query('commit')
          return result
        } catch (err) {
          await client.query('rollback').catch(() => undefined)
          const code = (err as { code?: string }).code
          if (code && RETRYABLE.has(code) && attempt < 5) continue
          throw err
        } finally {
          client.release()
        }
      }
    },
    exec: async (sql) => void (await pool.query(sql)),
    close: () => pool.end(),
  }
}

/** `DATABASE_URL` wins; otherwise PGlite in the data directory. */
export function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir)
}

export interface Migration {
  version: number
  name: string
  sql: string
}

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url))

/** The versioned files in `migrations/`, `NNN_name.sql`, in order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.slice(4, -4), sql: readFileSync(dir + f, 'utf8') }))
}

export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly knownVersion: number,
  ) {
    super(`The database schema is at version ${databaseVersion}, newer than this service knows (${knownVersion}). Run the newer service, or restore a backup taken before the upgrade.`)
    this.name = 'SchemaTooNewError'
  }
}

/**
 * Applies the migrations the database lacks, all in one transaction (a failure leaves the schema
 * as it was). Refuses a database whose schema is newer than the code. Returns the versions applied.
 */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<number[]> {
  const known = migrations.at(-1)?.version ?? 0
  return db.tx(async (q) => {
    // Two services starting at once on one PostgreSQL: the second waits, then finds nothing to do.
    await q.query('select pg_advisory_xact_lock(7261001)')
    await q.query('create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())')
    const applied = new Set((await q.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version))
    const newest = Math.max(0, ...applied)
    if (newest > known) throw new SchemaTooNewError(newest, known)
    const done: number[] = []
    for (const m of migrations) {
      if (applied.has(m.version)) continue
      for (const statement of splitStatements(m.sql)) await q.query(statement)
      await q.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name])
      done.push(m.version)
    }
    return done
  })
}

/** The schema version the database is at and the one the code knows (for /ready). */
export async function schemaState(db: Queryable, migrations = loadMigrations()): Promise<{ current: number; known: number }> {
  const rows = await db.query<{ v: number | null }>('select max(version)::int as v from schema_migrations')
  return { current: rows[0]?.v ?? 0, known: migrations.at(-1)?.version ?? 0 }
}

/**
 * Statements of a migration file, split on semicolons at the end of a line. Dollar-quoted bodies
 * (`$$ … $$`, for functions) are kept whole.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = []
  let current = ''
  let inDollar = false
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line) && !inDollar) continue
    current += line + '\n'
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inDollar = !inDollar
    if (!inDollar && /;\s*$/.test(line)) {
      out.push(current.trim())
      current = ''
    }
  }
  if (current.trim()) out.push(current.trim())
  return out
}
