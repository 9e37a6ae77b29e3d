// Three-valued tests over partly known facts. A test is True or False when the facts settle
// it, Unknown when an answer it needs was 'unknown' (so it cannot be shown to hold), and
// Missing when a question still open could settle it.
import { FACTS } from './facts.js'
import type { Condition, FactKey, Facts } from './types.js'

export const F = 0
export const T = 1
export const U = 2
export const M = 3
export type Truth = typeof F | typeof T | typeof U | typeof M

const NONE: readonly string[] = []

/** Sentinels returned by `read`; symbols so they never collide with an answer. */
export const MISSING: unique symbol = Symbol('missing')
export const UNKNOWN: unique symbol = Symbol('unknown')
export const NOT_GIVEN: unique symbol = Symbol('not-given')

/**
 * The usable value of a fact: the answer; UNKNOWN for 'unknown' or an invalid answer;
 * MISSING for an absent fact that can still be asked; NOT_GIVEN for an absent fact that is
 * never asked (tests on it are simply not met, and need no "bring proof" note).
 */
export function read(facts: Facts, key: FactKey): unknown {
  const v: unknown = facts[key]
  if (v === undefined) {
    const spec = FACTS[key]
    if (spec.default !== undefined) return spec.default
    // Asked through another fact: absent until that one is answered; a band stands for a range.
    if (spec.askedAs !== undefined) {
      const alt: unknown = facts[spec.askedAs]
      if (alt === undefined) return MISSING
      if (alt === 'unknown') return UNKNOWN
      const range = FACTS[spec.askedAs].bands?.[String(alt)]
      if (FACTS[spec.askedAs].bandOf === key) return range !== undefined ? new Range(range[0], range[1]) : UNKNOWN
      return NOT_GIVEN
    }
    // Hosts that know both urgency facts exactly need not be asked the combined question.
    if (key === 'urgent.needs' && facts['deadline.daysLeft'] !== undefined && facts['urgent.preservation'] !== undefined) {
      return NONE
    }
    return spec.askable ? MISSING : NOT_GIVEN
  }
  if (v === 'unknown') return UNKNOWN
  const spec = FACTS[key]
  switch (spec.kind) {
    case 'integer':
      return Number.isInteger(v) && inRange(v as number, spec.min, spec.max) ? v : UNKNOWN
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && inRange(v, spec.min, spec.max) ? v : UNKNOWN
    case 'boolean':
      return typeof v === 'boolean' ? v : UNKNOWN
    case 'set':
      return Array.isArray(v) ? v : UNKNOWN
    default:
      return typeof v === 'string' ? v : UNKNOWN
  }
}

/** What a band answer says of a number fact: somewhere in [min, max]. */
export class Range {
  constructor(
    readonly min: number,
    readonly max: number,
  ) {}
}

function inRange(v: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || v >= min) && (max === undefined || v <= max)
}

function leaf(c: Condition, v: unknown): Truth {
  if (c.eq !== undefined) return v === c.eq ? T : F
  if (c.in !== undefined) return c.in.includes(v as string | number) ? T : F
  if (c.has !== undefined) return (v as unknown[]).includes(c.has) ? T : F
  if (c.hasAny !== undefined) {
    for (const x of c.hasAny) if ((v as unknown[]).includes(x)) return T
    return F
  }
  const n = v as number
  if (c.lt !== undefined) return n < c.lt ? T : F
  if (c.lte !== undefined) return n <= c.lte ? T : F
  if (c.gt !== undefined) return n > c.gt ? T : F
  if (c.gte !== undefined) return n >= c.gte ? T : F
  return F
}

export function test(c: Condition, facts: Facts): Truth {
  if (c.fact !== undefined) {
    const v = read(facts, c.fact)
    if (v instanceof Range) {
      // Comparisons are monotonic, so the ends of the band decide: both hold, neither, or it depends.
      const lo = leaf(c, v.min)
      const hi = leaf(c, v.max)
      return lo === hi ? lo : U
    }
    return v === MISSING ? M : v === UNKNOWN ? U : v === NOT_GIVEN ? F : leaf(c, v)
  }
  if (c.all !== undefined) {
    // False wins; then Unknown (the whole can no longer hold); then Missing.
    let r: Truth = T
    for (const x of c.all) {
      const t = test(x, facts)
      if (t === F) return F
      if (t === U) r = U
      else if (t === M && r === T) r = M
    }
    return r
  }
  if (c.any !== undefined) {
    // True wins; then Missing (it may still hold); then Unknown.
    let r: Truth = F
    for (const x of c.any) {
      const t = test(x, facts)
      if (t === T) return T
      if (t === M) r = M
      else if (t === U && r === F) r = U
    }
    return r
  }
  if (c.not !== undefined) {
    const t = test(c.not, facts)
    return t === T ? F : t === F ? T : t
  }
  return F
}

/**
 * The first open question that could settle a Missing condition, in the order the pack
 * author wrote it: so the pack decides which question comes first.
 */
export function firstMissing(c: Condition, facts: Facts): FactKey | undefined {
  if (c.fact !== undefined) return read(facts, c.fact) === MISSING ? (FACTS[c.fact].askedAs ?? c.fact) : undefined
  const list = c.all ?? c.any
  if (list !== undefined) {
    for (const x of list) {
      if (test(x, facts) === M) return firstMissing(x, facts)
    }
    return undefined
  }
  return c.not !== undefined ? firstMissing(c.not, facts) : undefined
}
