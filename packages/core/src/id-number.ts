// GB 11643-1999 citizen identity numbers: one check for every form that takes one (booking's
// details, the legal-aid application, the application contract the county service checks).
import { normalizeDigits } from './numbers.js'

/** Why an ID number was refused, or 'ok'. */
export type IdNumberProblem = 'ok' | 'length' | 'characters' | 'birth-date' | 'check-digit'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The check character (0–9 or X) for the first 17 digits, ISO 7064 MOD 11-2. */
export function idCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += +first17[i]! * WEIGHTS[i]!
  return CHECK[sum % 11]!
}

/** Spaces dropped, full-width digits and a lower-case x accepted. */
export function normalizeIdNumber(input: string): string {
  return normalizeDigits(input).replace(/\s/g, '').toUpperCase()
}

/** Checks an 18-character ID number: length, digits, a real birth date and the check digit. */
export function checkIdNumber(input: string): IdNumberProblem {
  const v = normalizeIdNumber(input)
  if (v.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(v)) return 'characters'
  const y = +v.slice(6, 10)
  const m = +v.slice(10, 12)
  const d = +v.slice(12, 14)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'birth-date'
  return idCheckCharacter(v) === v[17] ? 'ok' : 'check-digit'
}

/** 110105********123X — for screens, tickets and the printed sheet; never the whole number. */
export function maskIdNumber(input: string): string {
  const v = normalizeIdNumber(input)
  return v.length < 10 ? '*'.repeat(v.length) : v.slice(0, 6) + '*'.repeat(v.length - 10) + v.slice(-4)
}

/** True for a number already in its stored form (18 characters, no spaces) that passes every check. */
export function isValidIdNumber(input: string): boolean {
  const v = input.toUpperCase()
  return /^\d{17}[\dX]$/.test(v) && checkIdNumber(v) === 'ok'
}
