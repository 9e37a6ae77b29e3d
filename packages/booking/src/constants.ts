// Plain values and helpers with no zod, so the resident element does not pull in the schemas.

export const SERVICE_KINDS = [
  'legal-consultation',
  'mediation',
  'legal-aid',
  'notarisation',
  'arbitration',
  'administrative-reconsideration',
  'video-consultation',
  'home-visit',
] as const
export type ServiceKind = (typeof SERVICE_KINDS)[number]

export const PRIORITY_GROUPS = ['elderly', 'disabled', 'migrant-wage-claim', 'military-family'] as const
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number]

export const NEEDS = ['interpreter', 'sign-language', 'wheelchair', 'large-print'] as const
export type Need = (typeof NEEDS)[number]

export const PLACE_KINDS = ['workroom', 'judicial-office', 'county-centre', 'remote', 'home'] as const

// One rule for every package: the resident's language when written and not blank, else Chinese.
export { localize, type LocalizedText } from '@workroom/core/localized'

export type BookingErrorCode = 'invalid' | 'not-found' | 'slot-full' | 'hold-expired' | 'conflict' | 'unavailable' | 'timeout'

/** A refusal a resident can act on (`code`), not a crash. */
export class BookingError extends Error {
  constructor(
    readonly code: BookingErrorCode,
    message: string = code,
  ) {
    super(message)
    this.name = 'BookingError'
  }
}

/**
 * A booking code: eight digits, read out on the phone as two groups of four ("8264 1937") in any
 * dialect, typed on any keypad. The one generator for every provider (local, in-memory, the county
 * service). 10⁸ codes keep a county's kiosks, which make codes offline, clear of each other.
 */
export function newBookingCode(): string {
  const out: number[] = []
  // Rejection sampling: a byte below 250 gives an unbiased digit.
  while (out.length < 8) for (const b of crypto.getRandomValues(new Uint8Array(12))) if (b < 250 && out.length < 8) out.push(b % 10)
  return out.join('')
}

/** A booking code as a resident sees it: 8264 1937 (codes made before digits, six letters and digits, unchanged). */
export function formatBookingCode(code: string): string {
  return /^\d{8}$/.test(code) ? `${code.slice(0, 4)} ${code.slice(4)}` : code
}

/** Every booking code the service accepts: eight digits, or six letters and digits from before. */
export const BOOKING_CODE_PATTERN = /^(?:\d{8}|[A-Z0-9]{6})$/

export function newKey(): string {
  return crypto.randomUUID()
}
