// A throwaway PostgreSQL cluster on loopback for race tests (PGlite runs one transaction at a
// time, so only a real server can show two takers racing). Fails loudly, never skips, when the
// server binaries are missing or the cluster does not start.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PgCluster {
  /** Connection string for a database of its own, created on first use. */
  database(name: string): Promise<string>
  stop(): void
}

function binDir(): string {
  const fromEnv = process.env['PG_BIN']
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : []
  if (versions.length) return join(root, versions[0]!, 'bin')
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' })
  if (which.status === 0) return which.stdout.trim().replace(/\/initdb$/, '')
  throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install them (Debian: apt-get install -y postgresql) or set PG_BIN. Race tests need a real PostgreSQL and do not skip.')
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = binDir()
  const dir = mkdtempSync(join(tmpdir(), 'workroom-pg-'))
  const data = join(dir, 'data')
  const port = await freePort()
  // initdb refuses to run as root: run the server as the postgres user then.
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: string[]) => {
    if (asRoot) {
      const line = [join(bin, cmd), ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ')
      return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', line], { stdio: 'pipe', encoding: 'utf8' })
    }
    return execFileSync(join(bin, cmd), args, { stdio: 'pipe', encoding: 'utf8' })
  }
  if (asRoot) {
    chmodSync(dir, 0o777)
  }
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C'])
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off -c max_connections=300`, '-w', 'start'])
  } catch (err) {
    const e = err as { stderr?: string; message: string }
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`could not start a PostgreSQL test cluster: ${e.stderr || e.message}`)
  }
  const base = `postgres://postgres@127.0.0.1:${port}`
  const made = new Set<string>()
  const { default: pg } = await import('pg')
  return {
    async database(name: string) {
      if (!made.has(name)) {
        const c = new pg.Client({ connectionString: `${base}/postgres` })
        await c.connect()
        await c.query(`create database "${name}"`)
        await c.end()
        made.add(name)
      }
      return `${base}/${name}`
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // already down
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
