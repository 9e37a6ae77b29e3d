/** Mainland China mobile numbers: core's one rule (spaces, dashes, +86 and full-width digits forgiven). */
export { isMainlandMobile, maskMobile, normalizeMobile } from '@workroom/core/mobile'

/** GB 11643-1999 citizen identity numbers: core's one check (full-width digits accepted). */
export { checkIdNumber, idCheckCharacter, maskIdNumber, type IdNumberProblem } from '@workroom/core/id-number'

