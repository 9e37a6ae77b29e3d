// Puts the county service together: database, migrations, data keys, ledger, staff, devices,
// the HTTP server and the retention job. `main.ts` is the command line over this.
import type { Server } from 'node:http'
import { demoConfig } from '@workroom/booking/demo-config'
import { migrate, openDatabase, type Db } from './db.ts'
import { loadKeyring, type Keyring } from './crypto.ts'
import { CountyLedger, DEFAULT_HOLD_LIMITS, type HoldLimits } from './ledger.ts'
import { Devices, StaffAuth, DEFAULT_SESSION_POLICY } from './auth.ts'
import { createCountyServer } from './http.ts'
import type { RateLimits } from './rate-limit.ts'
import { LogSender, Outbox, WebhookSender } from './notify.ts'
import { Applications } from './applications.ts'

export interface ServiceOptions {
  /** PostgreSQL connection string; absent = PGlite in `dataDir`. */
  databaseUrl?: string | undefined
  dataDir: string
  /** The data keys' JSON (`WORKROOM_DATA_KEYS`), else `keyFile`. */
  keysJson?: string | undefined
  keyFile?: string | undefined
  demo?: boolean
  now?: () => number
  corsOrigins?: string[]
  trustProxy?: boolean
  secureCookies?: boolean
  allowFaults?: boolean
  rateLimits?: RateLimits
  holdLimits?: HoldLimits
  retentionEveryMinutes?: number
  log?: (line: Record<string, unknown>) => void
  /** The built county console (default: dist/console). */
  consoleDir?: string
  /** Notifications to residents are POSTed here as JSON (the county's SMS gateway); default: the log, without personal data. */
  notifyWebhook?: string | undefined
}

export interface Service {
  server: Server
  db: Db
  ledger: CountyLedger
  auth: StaffAuth
  devices: Devices
  outbox: Outbox
  applications: Applications
  keyring: Keyring
  notices: string[]
  close(): Promise<void>
}

export const DEMO_OFFICE = {
  id: 'qingshi',
  name: { 'zh-Hans': '临河县司法局青石司法所', en: 'Qingshi Judicial Office, Linhe County Justice Bureau' },
  phone: '0000-0000000',
  address: { 'zh-Hans': '青石镇人民路 18 号', en: '18 Renmin Road, Qingshi Town' },
}
export const DEMO_ADMIN = { username: 'demo-admin', password: 'demo-password-246810', displayName: '演示管理员' }

export class StartupError extends Error {
  override name = 'StartupError'
}

/** Opens and migrates the database and loads the keys: what the service and the admin commands share. */
export async function openStore(options: Pick<ServiceOptions, 'databaseUrl' | 'dataDir' | 'keysJson' | 'keyFile' | 'now'>): Promise<{ db: Db; keyring: Keyring; notices: string[]; applied: number[] }> {
  const notices: string[] = []
  let keyring: Keyring
  try {
    // Beside the data directory, not in it: a copy of the data alone does not carry its key.
    const r = loadKeyring({ env: options.keysJson, file: options.keyFile, createIfMissing: !options.databaseUrl })
    keyring = r.keyring
    if (r.created) notices.push(`Created a data key in ${r.created}. Back it up apart from the data: without it, personal data cannot be read.`)
  } catch (err) {
    throw new StartupError(`Cannot load the data key: ${(err as Error).message}. With DATABASE_URL, give --key-file or WORKROOM_DATA_KEYS (create one with: npm run booking-admin -- new-key --key-file <file>).`)
  }
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir })
  try {
    const applied = await migrate(db)
    if (applied.length) notices.push(`Applied migrations ${applied.join(', ')}.`)
    return { db, keyring, notices, applied }
  } catch (err) {
    await db.close()
    throw err
  }
}

export async function startService(options: ServiceOptions): Promise<Service> {
  const { db, keyring, notices } = await openStore(options)
  try {
    const now = options.now ?? Date.now
    const ledger = new CountyLedger({ db, keyring, now, holdLimits: options.holdLimits ?? DEFAULT_HOLD_LIMITS })
    const auth = new StaffAuth(db, now, DEFAULT_SESSION_POLICY)
    const devices = new Devices(db, now)
    if (options.demo) {
      const [office] = await db.query('select 1 from offices where id = $1', [DEMO_OFFICE.id])
      if (!office) await ledger.saveOffice({ ...DEMO_OFFICE, config: demoConfig }, { kind: 'system' })
      const [admin] = await db.query('select 1 from staff_accounts where username = $1', [DEMO_ADMIN.username])
      if (!admin) await auth.createAccount({ ...DEMO_ADMIN, role: 'county-admin' }, 'demo')
      notices.push(
        `DEMO MODE: office "${DEMO_OFFICE.id}" and the account ${DEMO_ADMIN.username} / ${DEMO_ADMIN.password} exist for trying things out. Never use demo mode with real residents' data.`,
      )
    } else if (!(await auth.hasAccounts())) {
      throw new StartupError(
        'No staff account yet, so nobody could sign in to see bookings. Create the first administrator (npm run booking-admin -- add-staff --username <name> --role county-admin), or start with --demo to try the service.',
      )
    }
    const log = options.log ?? (() => undefined)
    const outbox = new Outbox(db, keyring, options.notifyWebhook ? new WebhookSender(options.notifyWebhook) : new LogSender(log), now)
    const applications = new Applications(ledger)
    const server = createCountyServer({
      outbox, applications,
      ledger, auth, devices,
      corsOrigins: options.corsOrigins ?? [],
      trustProxy: options.trustProxy ?? false,
      secureCookies: options.secureCookies ?? false,
      allowFaults: options.allowFaults ?? false,
      ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
      ...(options.log ? { log: options.log } : {}),
      ...(options.consoleDir ? { consoleDir: options.consoleDir } : {}),
    })
    const purge = () =>
      Promise.all([ledger.purgeExpired(), applications.purgeExpired()]).then(
        ([c, a]) => (c.bookings || c.waitlist || a ? options.log?.({ t: new Date().toISOString(), level: 'info', msg: 'retention', ...c, applications: a }) : undefined),
        () => options.log?.({ t: new Date().toISOString(), level: 'error', msg: 'retention job failed' }),
      )
    await purge()
    const timer = setInterval(purge, (options.retentionEveryMinutes ?? 60) * 60_000)
    timer.unref()
    // What a sender refused is tried again each minute, up to five times.
    const sending = setInterval(() => void outbox.dispatch().catch(() => undefined), 60_000)
    sending.unref()
    return {
      server, db, ledger, auth, devices, outbox, applications, keyring, notices,
      async close() {
        clearInterval(timer)
        clearInterval(sending)
        await new Promise<void>((r) => server.close(() => r()))
        await db.close()
      },
    }
  } catch (err) {
    await db.close()
    throw err
  }
}
