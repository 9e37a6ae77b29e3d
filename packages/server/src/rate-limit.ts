// Requests per minute per client address, as token buckets in memory (one service process; a
// county running several behind a balancer gets a limit per process, which is still a limit).
import { LimitError } from './ledger.ts'

export interface RateLimits {
  /** Slot searches, configs, office lists. */
  read: number
  /** Holds, bookings, cancellations, the waitlist. */
  write: number
  /** Looking a booking up by code and mobile (guessing is what this stops). */
  lookup: number
  signin: number
  staff: number
}

/** Per minute, per address. A village NAT puts a few residents behind one address: these leave them room. */
export const DEFAULT_RATE_LIMITS: RateLimits = { read: 240, write: 60, lookup: 20, signin: 30, staff: 600 }

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()
  private sweptAt = Date.now()

  constructor(private readonly limits: RateLimits) {}

  /** Takes one request from the bucket, or throws LimitError with the seconds until one is free. */
  take(key: string, kind: keyof RateLimits): void {
    const perMinute = this.limits[kind]
    if (!Number.isFinite(perMinute)) return
    const now = Date.now()
    if (now - this.sweptAt > 60_000) this.sweep(now)
    const b = this.buckets.get(key) ?? { tokens: perMinute, at: now }
    b.tokens = Math.min(perMinute, b.tokens + ((now - b.at) / 60_000) * perMinute)
    b.at = now
    if (b.tokens < 1) {
      this.buckets.set(key, b)
      throw new LimitError('too many requests: wait a moment and try again', Math.max(1, Math.ceil(((1 - b.tokens) * 60) / perMinute)))
    }
    b.tokens -= 1
    this.buckets.set(key, b)
  }

  /** Forgets full buckets, so memory stays bounded by the clients of the last minute. */
  private sweep(now: number): void {
    this.sweptAt = now
    for (const [key, b] of this.buckets) if (now - b.at > 60_000) this.buckets.delete(key)
  }
}
