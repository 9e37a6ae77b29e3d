// Personal data at rest: AES-256-GCM per row, the key id stored beside the ciphertext so keys can
// rotate (new rows use the current key; old rows stay readable until re-encrypted). Each row's
// identity is bound in as associated data, so a ciphertext copied onto another row fails to open.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface KeyFile {
  current: string
  keys: Record<string, string>
}

const KEY_ID = /^[A-Za-z0-9._-]{1,40}$/

export class Keyring {
  private readonly keys: Map<string, Buffer>
  readonly currentId: string
  private readonly hmacKey: Buffer

  constructor(file: KeyFile) {
    this.keys = new Map()
    for (const [id, b64] of Object.entries(file.keys ?? {})) {
      if (!KEY_ID.test(id)) throw new Error(`key id ${JSON.stringify(id)}: letters, digits, . _ - only`)
      const key = Buffer.from(b64, 'base64')
      if (key.length !== 32) throw new Error(`key ${id}: must be 32 bytes, base64 (it is ${key.length})`)
      this.keys.set(id, key)
    }
    if (!this.keys.has(file.current)) throw new Error(`current key ${JSON.stringify(file.current)} is not among the keys`)
    this.currentId = file.current
    // Pseudonyms (hashed addresses) use a key of their own, derived from the current key.
    this.hmacKey = createHmac('sha256', this.keys.get(file.current)!).update('workroom pseudonyms').digest()
  }

  get ids(): string[] {
    return [...this.keys.keys()]
  }

  /** JSON → IV ‖ ciphertext ‖ tag, under the current key. */
  seal(value: unknown, aad: string): { data: Buffer; keyId: string } {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId)!, iv)
    cipher.setAAD(Buffer.from(aad))
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
    return { data: Buffer.concat([iv, body, cipher.getAuthTag()]), keyId: this.currentId }
  }

  open<T>(data: Uint8Array, keyId: string, aad: string): T {
    const key = this.keys.get(keyId)
    if (!key) throw new Error(`no key ${keyId} in the keyring: add it back to open older rows`)
    const buf = Buffer.from(data)
    const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12))
    decipher.setAAD(Buffer.from(aad))
    decipher.setAuthTag(buf.subarray(buf.length - 16))
    return JSON.parse(Buffer.concat([decipher.update(buf.subarray(12, buf.length - 16)), decipher.final()]).toString('utf8')) as T
  }

  /** A stable keyed hash (for client addresses in holds and limits): the value itself is never stored. */
  pseudonym(value: string): string {
    return createHmac('sha256', this.hmacKey).update(value).digest('base64url').slice(0, 22)
  }
}

export function newKeyFile(id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`): KeyFile {
  return { current: id, keys: { [id]: randomBytes(32).toString('base64') } }
}

/** Adds a new current key, keeping the old ones so older rows still open. */
export function addKey(file: KeyFile, id?: string): KeyFile {
  let next = newKeyFile(id)
  if (file.keys[next.current]) next = newKeyFile(`${next.current}-${randomBytes(2).toString('hex')}`)
  return { current: next.current, keys: { ...file.keys, ...next.keys } }
}

export function readKeyFile(path: string): KeyFile {
  return JSON.parse(readFileSync(path, 'utf8')) as KeyFile
}

export function writeKeyFile(path: string, file: KeyFile): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n', { mode: 0o600 })
  chmodSync(path, 0o600)
}

/**
 * The keyring from `WORKROOM_DATA_KEYS` (the key file's JSON) or a key file. With `createIfMissing`
 * a missing file is made (the one-machine default); the caller says so in the log.
 */
export function loadKeyring(options: { env?: string | undefined; file?: string | undefined; createIfMissing?: boolean }): { keyring: Keyring; created?: string } {
  if (options.env) return { keyring: new Keyring(JSON.parse(options.env) as KeyFile) }
  if (!options.file) throw new Error('no data key: set WORKROOM_DATA_KEYS or --key-file')
  if (!existsSync(options.file)) {
    if (!options.createIfMissing) throw new Error(`no key file at ${options.file}`)
    writeKeyFile(options.file, newKeyFile())
    return { keyring: new Keyring(readKeyFile(options.file)), created: options.file }
  }
  return { keyring: new Keyring(readKeyFile(options.file)) }
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url')
}

/** Constant-time equality of two strings (lengths are not secret). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** 张秀英 → 张*英, 王五 → 王*: enough for staff to tell two residents apart in a list. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`
}

/** 13800138000 → 138****8000. */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****'
}
