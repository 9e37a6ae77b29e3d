// The staff PIN check shared by the kiosk's staff screen and <wr-booking-desk>: PBKDF2-SHA-256
// with a salt and many iterations (a short PIN under a bare hash is found offline at once), a
// constant-time comparison, and a lockout after repeated wrong PINs. WebCrypto: browser and Node.

/** A stored PIN: what `npm run pin-hash` prints. The PIN itself is never stored. */
export interface PinHash {
  algorithm: 'PBKDF2-SHA-256'
  iterations: number
  /** Base64. */
  salt: string
  /** Base64 of the 32-byte result. */
  hash: string
}

/** Iterations for new hashes (OWASP's figure for PBKDF2-SHA-256 in 2023 was 600 000; a kiosk's slow CPU is why not more). */
export const PIN_ITERATIONS = 210_000

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes))

/** Compares every byte whatever the first difference, so timing says nothing about the hash. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256))
}

/** A new hash of `pin` with a random salt. */
export async function makePinHash(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)) }
}

/**
 * Checks a PIN against its hash: the hash's salt and iterations, a 32-byte result, compared in
 * constant time. A malformed hash is a wrong PIN, never a throw.
 */
export async function verifyPin(pin: string, hash: PinHash): Promise<boolean> {
  try {
    if (hash.algorithm !== 'PBKDF2-SHA-256' || !Number.isInteger(hash.iterations) || hash.iterations < 10_000) return false
    return sameBytes(await derive(pin, fromBase64(hash.salt), hash.iterations), fromBase64(hash.hash))
  } catch {
    return false
  }
}

/** The one-line form for an HTML attribute: `pbkdf2-sha256$<iterations>$<salt>$<hash>`. */
export function formatPinHash(h: PinHash): string {
  return `pbkdf2-sha256$${h.iterations}$${h.salt}$${h.hash}`
}

/**
 * Reads the one-line form. 'legacy-sha256' for a bare SHA-256 (64 hex digits), which older
 * versions used and which is refused: it can be reversed offline in moments.
 */
export function parsePinHash(text: string): PinHash | 'legacy-sha256' | undefined {
  const t = text.trim()
  if (/^[0-9a-f]{64}$/i.test(t)) return 'legacy-sha256'
  const m = /^pbkdf2-sha256\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(t)
  if (!m) return undefined
  return { algorithm: 'PBKDF2-SHA-256', iterations: Number(m[1]), salt: m[2]!, hash: m[3]! }
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
 * attempts. Keep one for the page, so leaving a PIN screen and coming back does not reset the count.
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

  /**
   * Checks a PIN under the lockout: 'locked' without checking while locked, else the result,
   * counted.
   */
  async check(pin: string, hash: PinHash | undefined): Promise<'ok' | 'wrong' | 'locked'> {
    if (this.locked) return 'locked'
    const ok = hash ? await verifyPin(pin, hash) : false
    if (ok) this.succeed()
    else this.fail()
    return ok ? 'ok' : this.locked ? 'locked' : 'wrong'
  }
}
