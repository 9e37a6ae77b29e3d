import { defineDatabase } from '@workroom/core'
import { FACTS } from '@workroom/rules/engine'
import type { Answer } from './screening-session.js'

/**
 * Save-and-resume, only when the host enables it. Only the answers are kept, encrypted with a
 * key derived from a short resume code that is never stored: without the code the record is
 * unreadable, and it expires. Records are found by a hash of the code.
 */
const db = defineDatabase('workroom-screening-resume', [(d) => d.createObjectStore('resume')])

// No 0/O, 1/I/L or U: easy to read aloud and type on a phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'
const PBKDF2_ROUNDS = 100_000

interface Sealed {
  salt: Uint8Array
  iv: Uint8Array
  data: ArrayBuffer
  expiresAt: number
}

export type ResumeResult = { ok: true; answers: Answer[] } | { ok: false; reason: 'format' | 'not-found' | 'expired' }

/** A new code like "K7QP-3MXA" (8 symbols, about 39 bits). */
export function newResumeCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')
  return `${chars.slice(0, 4)}-${chars.slice(4)}`
}

/** Accepts what people type: lower case, spaces, missing or extra dashes. */
export function normalizeResumeCode(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s\-—_]/g, '')
  if (s.length !== 8 || [...s].some((c) => !ALPHABET.includes(c))) return undefined
  return `${s.slice(0, 4)}-${s.slice(4)}`
}

async function lookupKey(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`workroom-resume:${code}`))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function cryptoKey(code: string, salt: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: salt as BufferSource, iterations: PBKDF2_ROUNDS, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** Saves the answers under `code` for `days` days; returns when they expire. */
export async function saveAnswers(code: string, answers: readonly Answer[], days: number, now = Date.now()): Promise<number> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await cryptoKey(code, salt)
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(JSON.stringify(answers)))
  const expiresAt = now + days * 86_400_000
  const sealed: Sealed = { salt, iv, data, expiresAt }
  await (await db.open()).put('resume', sealed, await lookupKey(code))
  return expiresAt
}

/** The answers saved under `code`, checked against the fact vocabulary; expired records are deleted. */
export async function loadAnswers(input: string, now = Date.now()): Promise<ResumeResult> {
  const code = normalizeResumeCode(input)
  if (!code) return { ok: false, reason: 'format' }
  const conn = await db.open()
  const id = await lookupKey(code)
  const sealed = (await conn.get('resume', id)) as Sealed | undefined
  if (!sealed) return { ok: false, reason: 'not-found' }
  if (sealed.expiresAt <= now) {
    await conn.delete('resume', id)
    return { ok: false, reason: 'expired' }
  }
  try {
    const key = await cryptoKey(code, sealed.salt)
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key, sealed.data)
    const parsed: unknown = JSON.parse(new TextDecoder().decode(plain))
    // Bad data never reaches the engine: only known facts, in the shape answers have.
    if (!Array.isArray(parsed) || !parsed.every((a) => a && typeof a === 'object' && Object.hasOwn(FACTS, (a as Answer).fact))) {
      return { ok: false, reason: 'not-found' }
    }
    return { ok: true, answers: parsed as Answer[] }
  } catch {
    return { ok: false, reason: 'not-found' }
  }
}

/** Deletes every expired record (run when the element starts). */
export async function purgeExpired(now = Date.now()): Promise<void> {
  const tx = (await db.open()).transaction('resume', 'readwrite')
  for await (const cursor of tx.store) if ((cursor.value as Sealed).expiresAt <= now) await cursor.delete()
  await tx.done
}

/** For tests and for a host that wants to forget everything. */
export async function forgetAllResumes(): Promise<void> {
  await db.destroy()
}
