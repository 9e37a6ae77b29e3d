import type { WorkroomConfig } from '../config.js'

export type PinHash = WorkroomConfig['staff']['pin']

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** Compares every byte whatever the first difference, so timing says nothing about the hash. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/**
 * Checks a staff PIN against the config's PBKDF2-SHA-256 hash (what `npm run pin-hash` prints):
 * the config's salt and iterations, a 32-byte result, compared in constant time. The PIN itself is
 * never stored or logged; a malformed hash is a wrong PIN, never a throw.
 */
export async function verifyPin(pin: string, hash: PinHash): Promise<boolean> {
  try {
    if (hash.algorithm !== 'PBKDF2-SHA-256') return false
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(hash.salt), iterations: hash.iterations }, key, 256)
    return sameBytes(new Uint8Array(bits), fromBase64(hash.hash))
  } catch {
    return false
  }
}

export interface PinLockoutOptions {
  /** Wrong PINs allowed before the lock (default 5). */
  maxAttempts?: number
  /** How long the lock lasts, in ms (default 60 s). */
  lockMs?: number
  /** Clock for tests. */
  now?: () => number
}

/**
 * After `maxAttempts` wrong PINs in a row, no PIN is checked for `lockMs`; then a fresh round of
 * attempts. One policy object lives for the page (see `staffLockout`), so leaving the staff screen
 * and coming back does not reset the count.
 */
export class PinLockout {
  private failures = 0
  private until = 0
  readonly maxAttempts: number
  readonly lockMs: number
  private readonly now: () => number

  constructor(options: PinLockoutOptions = {}) {
    this.maxAttempts = options.maxAttempts ?? 5
    this.lockMs = options.lockMs ?? 60_000
    this.now = options.now ?? Date.now
  }

  /** Milliseconds the lock still lasts; 0 when unlocked. */
  remainingMs(): number {
    const left = this.until - this.now()
    if (left > 0) return left
    if (this.until) {
      // The lock has run out: a fresh round.
      this.until = 0
      this.failures = 0
    }
    return 0
  }

  get locked(): boolean {
    return this.remainingMs() > 0
  }

  /** The time the lock ends (ms since the epoch), or undefined when unlocked. */
  get lockedUntil(): number | undefined {
    return this.locked ? this.until : undefined
  }

  get attemptsLeft(): number {
    this.remainingMs()
    return Math.max(0, this.maxAttempts - this.failures)
  }

  /** Records a wrong PIN; locks when the attempts are used up. */
  fail(): void {
    if (this.locked) return
    this.failures++
    if (this.failures >= this.maxAttempts) this.until = this.now() + this.lockMs
  }

  /** A right PIN clears the count. */
  succeed(): void {
    this.failures = 0
    this.until = 0
  }
}

/** The page's one lockout for the staff PIN. */
export const staffLockout = new PinLockout()
