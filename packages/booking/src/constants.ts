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

const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'
/** Six characters a resident can read out on the phone: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
export function newBookingCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')
}

export function newKey(): string {
  return crypto.randomUUID()
}
