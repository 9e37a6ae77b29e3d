// Shared by the county service's tests: a ledger on a fresh database with the demo office, and
// a service process on loopback.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { demoConfig } from '../../../packages/booking/src/demo-config.ts'
import { loadMigrations, migrate, openPglite, openPostgres, type Db } from '../../../packages/server/src/db.ts'
import { Keyring, newKeyFile } from '../../../packages/server/src/crypto.ts'
import { CountyLedger, type HoldLimits } from '../../../packages/server/src/ledger.ts'
import { DEMO_OFFICE } from '../../../packages/server/src/service.ts'

export const root = fileURLToPath(new URL('../../../', import.meta.url))
export const TEST_KEYS = newKeyFile('test1')
export const NO_HOLD_LIMITS: HoldLimits = { perAddress: 10_000, perClient: 10_000, maxMinutesPerSlot: 10_000 }

/**
 * Makes `dir` a migrated, empty PGlite data directory by copying a template made once per schema
 * (creating a PGlite directory from nothing takes seconds; opening a copy, half a second).
 */
export async function freshDataDir(dir: string): Promise<void> {
  if (existsSync(dir)) return
  const version = createHash('sha256').update(loadMigrations().map((m) => m.sql).join('\n')).digest('hex').slice(0, 12)
  const template = join(tmpdir(), `workroom-pglite-template-${version}`)
  if (!existsSync(template)) {
    const building = mkdtempSync(join(tmpdir(), 'workroom-pglite-building-'))
    const db = await openPglite(building)
    await migrate(db)
    await db.close()
    try {
      renameSync(building, template)
    } catch {
      rmSync(building, { recursive: true, force: true }) // another test file made it first
    }
  }
  cpSync(template, dir, { recursive: true })
}

/** `memory://`, a PGlite directory, or a postgres:// URL; migrated, with the demo office. */
export async function openLedger(where: string, clock: { now: number }, holdLimits = NO_HOLD_LIMITS): Promise<{ ledger: CountyLedger; db: Db }> {
  if (!where.startsWith('postgres://') && !where.startsWith('memory://')) await freshDataDir(where)
  const db = where.startsWith('postgres://') ? await openPostgres(where, { max: 50 }) : await openPglite(where)
  await migrate(db)
  const ledger = new CountyLedger({ db, keyring: new Keyring(TEST_KEYS), now: () => clock.now, holdLimits })
  const [has] = await db.query('select 1 from offices where id = $1', [DEMO_OFFICE.id])
  if (!has) await ledger.saveOffice({ ...DEMO_OFFICE, config: demoConfig }, { kind: 'system' })
  return { ledger, db }
}

export interface ServiceProcess {
  child: ChildProcess
  url: string
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string
  stop(): Promise<void>
  kill(): Promise<void>
}

/** Starts `packages/server/src/main.ts` with these arguments; resolves once it listens (or rejects with what it printed). */
export function startService(args: string[], env: Record<string, string> = {}): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--conditions', 'source', '--import', 'tsx', 'packages/server/src/main.ts', '--port', '0', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WORKROOM_DATA_KEYS: JSON.stringify(TEST_KEYS), ...env },
  })
  let out = ''
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      out += line + '\n'
      if (line.startsWith('{"listening"')) {
        const { port } = (JSON.parse(line) as { listening: { port: number } }).listening
        resolve({
          child, url: `http://127.0.0.1:${port}`, output: () => out,
          stop: async () => void (child.kill('SIGTERM'), await exited),
          kill: async () => void (child.kill('SIGKILL'), await exited),
        })
      }
    })
    child.once('exit', (code) => reject(Object.assign(new Error(`service exited ${code}: ${out}`), { code, output: out })))
  })
}

export const PASSWORD = 'correct-horse-battery'
export interface PreparedData {
  dir: string
  deviceToken: string
  otherOfficeDeviceToken: string
}

/**
 * A PGlite data directory with the demo office (qingshi) and a second office (hexi), a kiosk
 * device for each, and staff: `admin` (county), `clerk` (qingshi office staff), `adviser`
 * (qingshi, Dongping workroom), `hexi-clerk`; every password PASSWORD.
 */
export async function prepareDataDir(dir: string): Promise<PreparedData> {
  const { Devices, StaffAuth } = await import('../../../packages/server/src/auth.ts')
  const { ledger, db } = await openLedger(dir, { now: Date.now() })
  try {
    await ledger.saveOffice({ id: 'hexi', name: { 'zh-Hans': '临河县司法局河西司法所' }, config: demoConfig }, { kind: 'system' })
    const auth = new StaffAuth(db)
    await auth.createAccount({ username: 'admin', displayName: '县局管理员', password: PASSWORD, role: 'county-admin' })
    await auth.createAccount({ username: 'clerk', displayName: '青石所工作人员', password: PASSWORD, role: 'office-staff', officeId: 'qingshi' })
    await auth.createAccount({ username: 'adviser', displayName: '王律师', password: PASSWORD, role: 'workroom-adviser', officeId: 'qingshi', placeId: 'dongping-workroom' })
    await auth.createAccount({ username: 'hexi-clerk', displayName: '河西所工作人员', password: PASSWORD, role: 'office-staff', officeId: 'hexi' })
    const devices = new Devices(db)
    const { token } = await devices.add({ officeId: 'qingshi', placeId: 'dongping-workroom', name: '东坪村一体机' })
    const other = await devices.add({ officeId: 'hexi', name: '河西一体机' })
    return { dir, deviceToken: token, otherOfficeDeviceToken: other.token }
  } finally {
    await db.close()
  }
}

/** Signs in and returns the Cookie header value. */
export async function signIn(url: string, username: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })
  if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

const OFFICE_PATH = '/api/booking/offices/qingshi'
export const CRASH_DETAILS = { name: '张秀英', mobile: '13800138000', idNumber: '11010519491231002X', needs: [], priorityGroup: 'elderly' }
const crashConsent = { version: '1', given: true as const, at: new Date().toISOString().slice(0, 19) + 'Z' }

/** POSTs as one of many residents (each request from its own address, behind --trust-proxy). */
export async function lookupAs(url: string, path: string, body: unknown, worker: number): Promise<{ status: number; json: any }> {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${worker}.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify(body),
  })
  return { status: res.status, json: await res.json() }
}

/** Books as fast as it can until the process dies under it; returns the codes that got a 200. */
async function crashResident(url: string, worker: number, stop: { dead: boolean; firstAck: () => void }): Promise<string[]> {
  const codes: string[] = []
  while (!stop.dead) {
    try {
      const { json } = await lookupAs(url, `${OFFICE_PATH}/slots/search`, { serviceId: 'legal-aid', priority: true }, worker)
      const free = (json.slots as Array<{ id: string; remaining: number }>).filter((s) => s.remaining > 0)
      if (!free.length) return codes
      const slot = free[Math.floor(Math.random() * Math.min(free.length, 8))]!
      const hold = await lookupAs(url, `${OFFICE_PATH}/holds`, { slotId: slot.id, priority: true, idempotencyKey: crypto.randomUUID() }, worker)
      if (hold.status !== 200) continue
      const booked = await lookupAs(url, `${OFFICE_PATH}/bookings`, { holdId: hold.json.holdId, details: CRASH_DETAILS, consent: crashConsent, idempotencyKey: crypto.randomUUID() }, worker)
      if (booked.status === 200) {
        codes.push(booked.json.code)
        stop.firstAck()
      }
    } catch {
      // the process was killed mid-request: that request was never acknowledged
    }
  }
  return codes
}

/**
 * Starts the service `kills` times with `args`, lets `workers` residents book concurrently, and
 * kills it with SIGKILL at a random moment once bookings are being acknowledged (so the kill lands
 * mid-write). Returns every booking code that got a 200.
 */
export async function crashLoop(args: string[], kills: number, workers: number): Promise<string[]> {
  const acknowledged: string[] = []
  for (let round = 0; round < kills; round++) {
    const service = await startService(args)
    let acked!: () => void
    const firstAck = new Promise<void>((r) => (acked = r))
    const stop = { dead: false, firstAck: () => acked() }
    const load = Array.from({ length: workers }, (_, w) => crashResident(service.url, w, stop))
    await Promise.race([firstAck, new Promise((r) => setTimeout(r, 20_000))])
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 400))
    await service.kill()
    stop.dead = true
    for (const codes of await Promise.all(load)) acknowledged.push(...codes)
  }
  return acknowledged
}
