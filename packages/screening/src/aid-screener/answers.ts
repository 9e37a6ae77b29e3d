// Between the answer controls' values and the facts the rule engine reads: "yes"/"no" cards to
// booleans, typed amounts (full-width digits, 元) to numbers within the fact's bounds, sets with
// "none" and "I don't know". Each refusal is a message for the field.
import { normalizeNumber } from '@workroom/core'
import { engine } from './engine.js'
import { UNKNOWN } from './screening-session.js'

export const YES = 'yes'
export const NO = 'no'

/** What a parse gives: the fact's value, or the message to show at the field. */
export type ParsedAnswer = { ok: true; value: unknown } | { ok: false; error: string }

/** The translator the messages come from (the screener's namespace). */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** A fact's value as the answer control shows it. */
export function toChoice(value: unknown, kind: string): string | string[] {
  if (kind === 'boolean') return value === true ? YES : value === false ? NO : value === UNKNOWN ? UNKNOWN : ''
  if (kind === 'set') return value === UNKNOWN ? [UNKNOWN] : Array.isArray(value) ? (value.length ? (value as string[]) : ['none']) : []
  return typeof value === 'string' ? value : ''
}

/** The control's value as the fact's value, or why it cannot be one. `typing`: a number typed instead of tapped. */
export function parseAnswer(fact: string, raw: unknown, typing: boolean, t: Translate): ParsedAnswer {
  const { FACTS } = engine()
  const spec = FACTS[fact as keyof typeof FACTS]
  const kind = spec?.kind ?? 'boolean'
  if (fact === 'problem' && (raw === undefined || raw === '')) return { ok: false, error: t('errors.chooseProblem') }
  if (raw === UNKNOWN) return { ok: true, value: UNKNOWN }
  if (fact === 'household.size' && !typing) {
    if (raw === undefined || raw === '') return { ok: false, error: t('errors.choose') }
    return { ok: true, value: Number(raw) }
  }
  if (kind === 'integer' || kind === 'number') {
    const s = normalizeNumber(String(raw ?? '').trim()).replace(/[元人岁天]/g, '')
    if (s === '') return { ok: false, error: t('errors.enterNumber') }
    const n = Number(s)
    if (!Number.isFinite(n)) return { ok: false, error: t('errors.notNumber') }
    if (kind === 'integer' && !Number.isInteger(n)) return { ok: false, error: t('errors.wholeNumber') }
    const min = spec?.min ?? 0
    const max = spec?.max
    if (n < min) return { ok: false, error: t('errors.tooSmall', { min }) }
    if (max !== undefined && n > max) return { ok: false, error: t('errors.tooLarge', { max }) }
    return { ok: true, value: n }
  }
  if (raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) return { ok: false, error: t('errors.choose') }
  if (kind === 'boolean') return { ok: true, value: raw === YES ? true : raw === NO ? false : UNKNOWN }
  if (kind === 'set') {
    const chosen = raw as string[]
    return { ok: true, value: chosen.includes(UNKNOWN) ? UNKNOWN : chosen.filter((v) => v !== 'none') }
  }
  return { ok: true, value: raw }
}
