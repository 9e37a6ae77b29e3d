// GB 11643-1999 citizen identity numbers: the application's ID step uses core's one check.
export { checkIdNumber, idCheckCharacter, maskIdNumber, normalizeIdNumber, type IdNumberProblem } from '@workroom/core/id-number'
export { isMainlandMobile, maskMobile, normalizeMobile } from '@workroom/core/mobile'
