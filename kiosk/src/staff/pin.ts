// The staff PIN check lives in @workroom/core (the booking desk uses the same one).
import { PinLockout } from '@workroom/core/pin'

export { verifyPin, PinLockout, type PinLockoutOptions, type PinHash } from '@workroom/core/pin'

/** The page's one lockout for the staff PIN. */
export const staffLockout = new PinLockout()
