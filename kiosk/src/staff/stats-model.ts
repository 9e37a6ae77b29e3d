import { DISPUTE_CATEGORIES, OUTCOMES } from '@workroom/rules/engine'

// The vocabulary of the anonymous usage counts: what is counted and under which keys. Plain data,
// shared by the store (stats.ts), the CSV writer (stats-csv.ts) and the staff screen.

/**
 * What is counted:
 * - `outcome`: screenings by result (the rule engine's outcome ids)
 * - `category`: screenings by dispute category (the mediation statistics categories)
 * - `lesson`, `case`, `quiz`: education items opened, by content id
 * - `booking`: bookings made, by service id
 * - `session`: sessions started (key `started`)
 * - `reset`: session resets by cause (idle, exit, quick-exit…)
 */
export const USAGE_KINDS = ['outcome', 'category', 'lesson', 'case', 'quiz', 'booking', 'session', 'reset'] as const
export type UsageKind = (typeof USAGE_KINDS)[number]

/** The rule engine's outcomes. */
export const OUTCOME_IDS = OUTCOMES

/** The mediation statistics dispute categories. */
export const CATEGORY_IDS = DISPUTE_CATEGORIES

/** Session reset causes (core's ResetReason). */
export const RESET_CAUSES = ['idle', 'exit', 'quick-exit', 'finished', 'staff'] as const

/** Counts of one day (or a period): kind → key → count. */
export type UsageCounts = { [K in UsageKind]?: Record<string, number> }

/** One line of the export: a day, what was counted, under which key, how many. */
export interface UsageRow {
  date: string
  kind: UsageKind
  key: string
  count: number
}

/**
 * Keys are identifiers (content, service, outcome ids), never text someone typed: lower-case
 * letters, digits and hyphens, at most 64 characters.
 */
export const USAGE_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/

export function isUsageKind(kind: unknown): kind is UsageKind {
  return typeof kind === 'string' && (USAGE_KINDS as readonly string[]).includes(kind)
}
