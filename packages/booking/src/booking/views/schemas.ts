// Plain checks shaped like zod's safeParse, so the element ships without the schemas.
import type { FieldSchema } from '@workroom/core'
import { checkIdNumber, isMainlandMobile } from '../../validate.js'
import { BOOKING_CODE_PATTERN } from '../../constants.js'

const check = (ok: boolean, message: string) => (ok ? { success: true as const, data: undefined } : { success: false as const, error: { issues: [{ message }] } })

export const idSchema: FieldSchema = {
  safeParse(value) {
    const problem = checkIdNumber(String(value))
    return problem === 'ok' ? { success: true, data: value } : { success: false, error: { issues: [{ message: `booking:errors.id.${problem}` }] } }
  },
}
export const mobileSchema: FieldSchema = { safeParse: (v) => check(isMainlandMobile(String(v)), 'booking:errors.mobile') }
export const codeSchema: FieldSchema = { safeParse: (v) => check(BOOKING_CODE_PATTERN.test(String(v).replace(/\s/g, '').toUpperCase()), 'booking:errors.code') }
export const nameSchema: FieldSchema = {
  safeParse: (v) => (String(v).trim().length > 40 ? check(false, 'booking:errors.nameLong') : check(String(v).trim() !== '', 'booking:errors.name')),
}
