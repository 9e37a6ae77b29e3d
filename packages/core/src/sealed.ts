// Personal data kept on a device is sealed: AES-GCM under a key the browser will not export, kept
// in the database's own store, so a copy of the files is not a copy of the data. Booking's local
// provider and the legal-aid application's outbox both keep theirs this way.
import type { Database } from './storage.js'

/** AES-GCM ciphertext of personal fields. */
export interface Sealed {
  iv: Uint8Array
  data: ArrayBuffer
}

export class Sealer {
  private key?: Promise<CryptoKey>

  /** `store` is an object store of `database` that holds the key under `id`. */
  constructor(
    private readonly database: Database,
    private readonly store = 'keys',
    private readonly id = 'personal',
  ) {}

  private cryptoKey(): Promise<CryptoKey> {
    this.key ??= (async () => {
      const db = await this.database.open()
      const existing = (await db.get(this.store, this.id)) as CryptoKey | undefined
      if (existing) return existing
      const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
      // add() fails if another tab stored a key first; then use that one.
      try {
        await db.add(this.store, fresh, this.id)
        return fresh
      } catch {
        return (await db.get(this.store, this.id)) as CryptoKey
      }
    })()
    return this.key
  }

  async seal(value: unknown): Promise<Sealed> {
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await this.cryptoKey(), new TextEncoder().encode(JSON.stringify(value)))
    return { iv, data }
  }

  async open<T>(sealed: Sealed): Promise<T> {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer> }, await this.cryptoKey(), sealed.data)
    return JSON.parse(new TextDecoder().decode(plain)) as T
  }
}
