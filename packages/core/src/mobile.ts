// Mainland China mobile numbers, as every form takes them (booking's details, the legal-aid
// application, the status look-ups by code and mobile).
import { normalizeDigits } from './numbers.js'

/** 11 digits starting 13–19. Spaces, dashes, +86 and full-width digits are forgiven. */
export function normalizeMobile(input: string): string {
  return normalizeDigits(input).replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
}

export function isMainlandMobile(input: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(input))
}

/** 138****5678 */
export function maskMobile(input: string): string {
  const v = normalizeMobile(input)
  return v.length === 11 ? `${v.slice(0, 3)}****${v.slice(7)}` : v
}
