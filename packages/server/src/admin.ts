// Administers the county service's database: `npm run booking-admin -- <command> [options]`.
// With PGlite, stop the service first (it holds the data directory); with PostgreSQL it can run.
//
//   add-office --id <id> --name <中文名> [--name-en <name>] [--phone <p>] [--address <地址>] --config <booking-config.json>
//   add-staff --username <u> --role county-admin|office-staff|workroom-adviser [--office <id>] [--place <id>] [--name <显示名>]
//             the password is asked for (hidden) on a terminal, else read from WORKROOM_PASSWORD or one line of stdin
//   add-device --office <id> [--place <id>] --name <name>    prints the kiosk's token once
//   revoke-device <id>
//   list                                                      offices, staff and devices
//   purge                                                     runs the retention job now
//   new-key                                                   adds a new current data key to the key file
//   rotate-keys                                               re-encrypts every row under the current key
// Common: --data <dir> (default ./data/booking), --key-file <file>, DATABASE_URL, WORKROOM_DATA_KEYS.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createInterface } from 'node:readline'
import { addKey, readKeyFile, writeKeyFile, newKeyFile } from './crypto.ts'
import { existsSync } from 'node:fs'
import { openStore } from './service.ts'
import { CountyLedger } from './ledger.ts'
import { Devices, StaffAuth, ROLES, type Role } from './auth.ts'
import { reencryptAll } from './rotate.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: './data/booking' },
    'key-file': { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    'name-en': { type: 'string' },
    phone: { type: 'string' },
    address: { type: 'string' },
    config: { type: 'string' },
    username: { type: 'string' },
    role: { type: 'string' },
    office: { type: 'string' },
    place: { type: 'string' },
  },
})

const fail = (message: string): never => {
  process.stderr.write(`booking-admin: ${message}\n`)
  process.exit(2)
}
const need = (name: keyof typeof values): string => (values[name] as string | undefined) ?? fail(`--${name} is required`)

const [command, ...rest] = positionals
const dataDir = resolve(values.data!)
const keyFile = resolve(values['key-file'] ?? `${dataDir}-key.json`)

async function password(): Promise<string> {
  if (process.env['WORKROOM_PASSWORD']) return process.env['WORKROOM_PASSWORD']
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin })
    for await (const line of rl) return line
    return fail('no password on stdin')
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolveAnswer) => {
      process.stdout.write(prompt)
      let answer = ''
      process.stdin.setRawMode(true)
      process.stdin.resume()
      const onData = (buf: Buffer) => {
        for (const ch of buf.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            process.stdin.setRawMode(false)
            process.stdin.pause()
            process.stdin.off('data', onData)
            process.stdout.write('\n')
            return resolveAnswer(answer)
          }
          if (ch === '\u0003') process.exit(130)
          if (ch === '\u007f') answer = answer.slice(0, -1)
          else answer += ch
        }
      }
      process.stdin.on('data', onData)
    })
  const first = await ask('Password (at least 10 characters): ')
  const again = await ask('Again: ')
  if (first !== again) fail('the two passwords differ')
  return first
}

if (command === 'new-key') {
  const file = existsSync(keyFile) ? addKey(readKeyFile(keyFile)) : newKeyFile()
  writeKeyFile(keyFile, file)
  process.stdout.write(`${keyFile}: current key is now ${file.current} (${Object.keys(file.keys).length} in all). Run rotate-keys to re-encrypt older rows, and back the file up.\n`)
  process.exit(0)
}

const store = await openStore({ databaseUrl: process.env['DATABASE_URL'] || undefined, dataDir, keysJson: process.env['WORKROOM_DATA_KEYS'] || undefined, keyFile }).catch((err: Error) => fail(err.message))
const ledger = new CountyLedger({ db: store.db, keyring: store.keyring })
const auth = new StaffAuth(store.db)
const devices = new Devices(store.db)
try {
  for (const n of store.notices) process.stderr.write(`booking-admin: ${n}\n`)
  switch (command) {
    case 'add-office': {
      let config: unknown
      try {
        config = JSON.parse(readFileSync(need('config'), 'utf8'))
      } catch (err) {
        fail(`--config: ${(err as Error).message}`)
      }
      const office = await ledger.saveOffice(
        {
          id: need('id'),
          name: { 'zh-Hans': need('name'), ...(values['name-en'] ? { en: values['name-en'] } : {}) },
          phone: values.phone,
          address: values.address ? { 'zh-Hans': values.address } : undefined,
          config,
        },
        { kind: 'system' },
      ).catch((err: Error) => fail(err.message))
      process.stdout.write(`office ${office.id}: config version ${office.version}, ${office.config.services.length} services\n`)
      break
    }
    case 'add-staff': {
      const role = need('role') as Role
      if (!ROLES.includes(role)) fail(`--role: one of ${ROLES.join(', ')}`)
      const user = await auth
        .createAccount({ username: need('username'), displayName: values.name ?? need('username'), password: await password(), role, officeId: values.office, placeId: values.place })
        .catch((err: Error) => fail(err.message))
      process.stdout.write(`staff ${user.username} (${user.role}${user.officeId ? `, ${user.officeId}` : ''}${user.placeId ? `/${user.placeId}` : ''}) created\n`)
      break
    }
    case 'add-device': {
      const { device, token } = await devices.add({ officeId: need('office'), placeId: values.place, name: need('name') }).catch((err: Error) => fail(err.message))
      process.stdout.write(`device ${device.id} (${device.name}) for office ${device.officeId}\n`)
      process.stdout.write(`token (shown once; put it in the kiosk's workroom.json sync.token): ${token}\n`)
      break
    }
    case 'revoke-device': {
      const id = rest[0] ?? fail('revoke-device <id>')
      process.stdout.write((await devices.revoke(id)) ? `device ${id} revoked\n` : `no active device ${id}\n`)
      break
    }
    case 'list': {
      for (const o of await ledger.listOffices()) process.stdout.write(`office  ${o.id}  ${o.name['zh-Hans']}\n`)
      for (const s of await store.db.query<{ username: string; role: string; office_id: string | null; place_id: string | null; locked_until: Date | null }>('select username, role, office_id, place_id, locked_until from staff_accounts order by username'))
        process.stdout.write(`staff   ${s.username}  ${s.role}${s.office_id ? `  ${s.office_id}` : ''}${s.place_id ? `/${s.place_id}` : ''}${s.locked_until && s.locked_until > new Date() ? '  (locked)' : ''}\n`)
      for (const d of await devices.list())
        process.stdout.write(`device  ${d.id}  ${d.officeId}${d.placeId ? `/${d.placeId}` : ''}  ${d.name}${d.revoked ? '  (revoked)' : ''}  last seen ${d.lastSeenAt?.toISOString() ?? 'never'}\n`)
      break
    }
    case 'purge': {
      const { Applications } = await import('./applications.ts')
      const counts = { ...(await ledger.purgeExpired()), applications: await new Applications(ledger).purgeExpired() }
      process.stdout.write(`purged: ${JSON.stringify(counts)}\n`)
      break
    }
    case 'rotate-keys': {
      const n = await reencryptAll(store.db, store.keyring)
      process.stdout.write(`re-encrypted ${n} rows under key ${store.keyring.currentId}\n`)
      break
    }
    default:
      fail(`unknown command ${command ?? '(none)'}: add-office, add-staff, add-device, revoke-device, list, purge, new-key, rotate-keys`)
  }
} finally {
  await store.db.close()
}
