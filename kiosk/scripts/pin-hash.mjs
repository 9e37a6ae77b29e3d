#!/usr/bin/env node
// Prints the `staff.pin` block of a workroom config for a PIN: `npm run pin-hash -- 246810`.
// Only the hash goes into the config; the PIN itself is never stored anywhere.
import { pbkdf2Sync, randomBytes } from 'node:crypto'

const pin = process.argv[2] ?? ''
if (!/^\d{6,12}$/.test(pin)) {
  console.error('Usage: npm run pin-hash -- <PIN of 6 to 12 digits>')
  process.exit(2)
}
const iterations = 210_000
const salt = randomBytes(16)
const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256')
console.log(JSON.stringify({ pin: { algorithm: 'PBKDF2-SHA-256', iterations, salt: salt.toString('base64'), hash: hash.toString('base64') } }, null, 2))
// The same hash in the one-line form <wr-booking-desk pin-hash="…"> takes.
console.log(`\n<wr-booking-desk> pin-hash="pbkdf2-sha256$${iterations}$${salt.toString('base64')}$${hash.toString('base64')}"`)
