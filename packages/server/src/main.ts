// The county service: `npm run booking-server [-- options]`.
//   --data <dir>        PGlite data directory (default ./data/booking); DATABASE_URL=postgres://… uses PostgreSQL instead
//   --key-file <file>   data keys (default ./data/booking-key.json, created on first start with PGlite); or WORKROOM_DATA_KEYS
//   --port <n>          default 8787; 0 = any free port        --host <addr>  default 127.0.0.1
//   --cors-origin <o,…> county pages allowed to call it (or WORKROOM_CORS_ORIGINS)
//   --trust-proxy       client address from X-Forwarded-For (behind the county's reverse proxy)
//   --demo              seeds a demo office and account; warns on every start. Never with real data.
//   --now <ISO time>    fixed clock, tests only                 --faults  x-workroom-fault header, tests only
//   --no-rate-limit     benchmarks only
// Prints one JSON line `{"listening":{"host":…,"port":…}}` once ready; logs are JSON lines without personal data.
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { DirectoryInUseError } from './lockfile.ts'
import { SchemaTooNewError } from './db.ts'
import { startService, StartupError } from './service.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: './data/booking' },
    'key-file': { type: 'string' },
    'cors-origin': { type: 'string' },
    'trust-proxy': { type: 'boolean', default: false },
    demo: { type: 'boolean', default: false },
    now: { type: 'string' },
    faults: { type: 'boolean', default: false },
    'no-rate-limit': { type: 'boolean', default: false },
    'retention-every-minutes': { type: 'string', default: '60' },
    'console-dir': { type: 'string' },
    'notify-webhook': { type: 'string' },
  },
})

const write = (line: Record<string, unknown>) => process.stdout.write(JSON.stringify(line) + '\n')
// Request logs go out in batches, one write per turn of the event loop: a write per request was a
// third of the service's CPU under load. A crash can lose the last turn's log lines, never data.
let pending: string[] = []
const flush = () => {
  if (!pending.length) return
  process.stdout.write(pending.join(''))
  pending = []
}
const log = (line: Record<string, unknown>) => {
  if (!pending.length) setImmediate(flush)
  pending.push(JSON.stringify(line) + '\n')
}
process.on('exit', flush)
const fail = (message: string): never => {
  process.stderr.write(`workroom booking service: ${message}\n`)
  process.exit(1)
}

const dataDir = resolve(values.data)
const fixed = values.now ? Date.parse(values.now) : undefined
if (values.now && Number.isNaN(fixed)) fail(`--now ${values.now}: not a time`)
const loopback = ['127.0.0.1', '::1', 'localhost'].includes(values.host)
const origins = (values['cors-origin'] ?? process.env['WORKROOM_CORS_ORIGINS'] ?? '').split(',').map((o) => o.trim()).filter(Boolean)

const service = await startService({
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  dataDir,
  keysJson: process.env['WORKROOM_DATA_KEYS'] || undefined,
  keyFile: resolve(values['key-file'] ?? `${dataDir}-key.json`),
  demo: values.demo,
  ...(fixed !== undefined ? { now: () => fixed } : {}),
  corsOrigins: origins,
  trustProxy: values['trust-proxy'],
  // Behind the county's reverse proxy (which terminates HTTPS) the service listens on loopback but is not local.
  secureCookies: !loopback || values['trust-proxy'],
  allowFaults: values.faults,
  ...(values['no-rate-limit'] ? { rateLimits: { read: Infinity, write: Infinity, lookup: Infinity, signin: Infinity, staff: Infinity } } : {}),
  retentionEveryMinutes: Number(values['retention-every-minutes']) || 60,
  ...(values['console-dir'] ? { consoleDir: resolve(values['console-dir']) } : {}),
  notifyWebhook: values['notify-webhook'] ?? process.env['WORKROOM_NOTIFY_WEBHOOK'] ?? undefined,
  log,
}).catch((err: unknown) => {
  if (err instanceof StartupError || err instanceof DirectoryInUseError || err instanceof SchemaTooNewError) return fail(err.message)
  return fail(`could not start: ${(err as Error)?.message ?? err}`)
})

for (const n of service.notices) process.stderr.write(`workroom booking service: ${n}\n`)
if (values.faults) process.stderr.write('workroom booking service: --faults is on: requests may ask for failures. Tests only.\n')
service.server.listen(Number(values.port), values.host, () => {
  const addr = service.server.address()
  if (addr && typeof addr === 'object') write({ listening: { host: addr.address, port: addr.port, engine: service.db.engine } })
})
let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  service.close().then(() => process.exit(0), () => process.exit(1))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
