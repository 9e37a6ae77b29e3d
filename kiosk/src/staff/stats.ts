import { onSessionReset, workroomDb, type ResetReason } from '@workroom/core'
import type { UsageCsvLabels } from './stats-csv.js'
import {
  CATEGORY_IDS,
  OUTCOME_IDS,
  RESET_CAUSES,
  USAGE_KEY,
  USAGE_KINDS,
  isUsageKind,
  type UsageCounts,
  type UsageKind,
  type UsageRow,
} from './stats-model.js'

export { USAGE_KINDS, OUTCOME_IDS, CATEGORY_IDS, RESET_CAUSES, type UsageKind, type UsageCounts, type UsageRow } from './stats-model.js'
export type { UsageCsvLabels } from './stats-csv.js'

/**
 * Anonymous usage counts for the staff screen (PIPL: analytics are counts only, no free text).
 * One record per day in the `workroom` database (never wiped by a session reset; the
 * `workroom-session` one is), under `stats:YYYY-MM-DD` (Beijing date), holding only
 * kind → identifier → count. Nothing a person typed and nothing that identifies anyone is ever
 * recorded: keys must be identifiers (USAGE_KEY) and anything else is dropped.
 * Days older than KEEP_DAYS are pruned.
 */

// RESET_CAUSES lists core's reasons (stats-model.ts has no imports); this line fails to compile if they drift apart.
const _causes: readonly ResetReason[] = RESET_CAUSES
const _reasons: readonly (typeof RESET_CAUSES)[number][] = [] as ResetReason[]

const PREFIX = 'stats:'
export const KEEP_DAYS = 400
const BEIJING_MS = 8 * 60 * 60 * 1000

/** The Beijing (UTC+8, no DST) calendar date of an instant, YYYY-MM-DD. */
export function usageDay(now: number = Date.now()): string {
  return new Date(now + BEIJING_MS).toISOString().slice(0, 10)
}

/** `date` plus `days` (may be negative), YYYY-MM-DD. */
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The storage key of a day's record. */
export function usageKey(date: string): string {
  return PREFIX + date
}

/** Only known kinds and identifier keys with whole, non-negative counts survive (what is read back is data from outside too). */
function clean(raw: unknown): UsageCounts {
  const out: UsageCounts = {}
  if (!raw || typeof raw !== 'object') return out
  for (const [kind, items] of Object.entries(raw as Record<string, unknown>)) {
    if (!isUsageKind(kind) || !items || typeof items !== 'object') continue
    for (const [key, n] of Object.entries(items as Record<string, unknown>)) {
      if (!USAGE_KEY.test(key) || typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) continue
      ;(out[kind] ??= {})[key] = n
    }
  }
  return out
}

// Writes go one after another, so tests (and the staff screen) can wait for them with flushUsage().
let queue: Promise<unknown> = Promise.resolve()
let prunedOn = ''

/**
 * Adds one to `kind`/`key` for today. Returns false (and records nothing) for an unknown kind or a
 * key that is not an identifier. Storage trouble is swallowed: counting must never break the kiosk.
 */
export function recordUsage(kind: UsageKind, key: string, now: number = Date.now()): Promise<boolean> {
  if (!isUsageKind(kind) || typeof key !== 'string' || !USAGE_KEY.test(key)) return Promise.resolve(false)
  const day = usageDay(now)
  const write = queue.then(async () => {
    try {
      const db = await workroomDb.open()
      const tx = db.transaction('kv', 'readwrite')
      const counts = clean(await tx.store.get(usageKey(day)))
      const items = (counts[kind] ??= {})
      items[key] = (items[key] ?? 0) + 1
      await tx.store.put(counts, usageKey(day))
      await tx.done
      if (prunedOn !== day) {
        prunedOn = day
        await pruneUsage(now)
      }
      return true
    } catch {
      return false
    }
  })
  queue = write
  return write
}

/** Resolves when every count recorded so far is stored. */
export async function flushUsage(): Promise<void> {
  await queue
}

/** Deletes the days older than `keepDays` before today. */
export async function pruneUsage(now: number = Date.now(), keepDays = KEEP_DAYS): Promise<void> {
  try {
    const oldest = shiftDay(usageDay(now), -keepDays)
    const db = await workroomDb.open()
    await db.delete('kv', IDBKeyRange.bound(PREFIX, usageKey(oldest), false, true))
  } catch {
    // Nothing to prune or storage unavailable: try again another day.
  }
}

export interface UsageDay {
  date: string
  counts: UsageCounts
}

export interface UsageReport {
  from: string
  to: string
  /** Every kind, each item's total over the period. */
  totals: Record<UsageKind, Record<string, number>>
  /** The days that have counts, oldest first. */
  days: UsageDay[]
}

/** Counts from `from` to `to` (YYYY-MM-DD, both included): totals per kind and per day. */
export async function readUsage(from: string, to: string): Promise<UsageReport> {
  const totals = Object.fromEntries(USAGE_KINDS.map((k) => [k, {}])) as UsageReport['totals']
  const days: UsageDay[] = []
  // Counts recorded before this call are included.
  await queue
  if (from <= to) {
    const db = await workroomDb.open()
    const range = IDBKeyRange.bound(usageKey(from), usageKey(to))
    const tx = db.transaction('kv')
    const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)])
    keys.forEach((k, i) => {
      const counts = clean(values[i])
      days.push({ date: String(k).slice(PREFIX.length), counts })
      for (const kind of USAGE_KINDS) for (const [key, n] of Object.entries(counts[kind] ?? {})) totals[kind][key] = (totals[kind][key] ?? 0) + n
    })
  }
  return { from, to, totals, days }
}

/** The report as export rows: one per day, kind and item. */
export function usageRows(report: UsageReport): UsageRow[] {
  return report.days.flatMap((d) =>
    USAGE_KINDS.flatMap((kind) =>
      Object.entries(d.counts[kind] ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, count]) => ({ date: d.date, kind, key, count })),
    ),
  )
}

/**
 * The rows as CSV for Excel (UTF-8 BOM, CRLF, formula-escaped). The CSV library is loaded only
 * when staff export.
 */
export async function usageCsv(rows: readonly UsageRow[], labels: UsageCsvLabels): Promise<string> {
  const { usageCsvText } = await import('./stats-csv.js')
  return usageCsvText(rows, labels)
}

interface ScreeningCompleteLike {
  outcome?: unknown
  disputeCategory?: unknown
}
interface EducationOpenLike {
  kind?: unknown
  id?: unknown
}
interface BookingConfirmedLike {
  serviceId?: unknown
}

/** Screens that are not a resident's session: the attract loop, home, the staff screen. */
const AT_REST = new Set(['attract', 'home', 'staff'])

/**
 * Counts what residents do, from the events the features already send: pass the kiosk app
 * element or `document` (events are read in the capture phase, so a host that stops one still has
 * it counted; a shadow root would miss the app's own `wr-kiosk-screen`). Only identifiers are
 * taken from each event's detail — never a person's answers, names or numbers.
 * - `wr-screening-complete` → outcome, and dispute category (`disputeCategory`, else `other`)
 * - `wr-education-open` → lesson/case/quiz by id (the same item again within 2 s counts once:
 *   the attract loop's card and the library it opens both announce it)
 * - `wr-booking-confirmed` → service id
 * - `wr-kiosk-screen` → a session started (the first resident screen after a reset)
 * - core's session reset → reset by cause
 * Returns a function that stops watching.
 */
export function watchUsage(target: EventTarget): () => void {
  let inSession = false
  let lastOpen = { key: '', at: 0 }
  const listeners: Record<string, (e: Event) => void> = {
    'wr-screening-completed': (e) => {
      const d = ((e as CustomEvent).detail ?? {}) as ScreeningCompleteLike
      if (typeof d.outcome === 'string' && (OUTCOME_IDS as readonly string[]).includes(d.outcome)) void recordUsage('outcome', d.outcome)
      const category = typeof d.disputeCategory === 'string' && (CATEGORY_IDS as readonly string[]).includes(d.disputeCategory) ? d.disputeCategory : 'other'
      void recordUsage('category', category)
    },
    'wr-education-opened': (e) => {
      const d = ((e as CustomEvent).detail ?? {}) as EducationOpenLike
      if ((d.kind !== 'lesson' && d.kind !== 'case' && d.kind !== 'quiz') || typeof d.id !== 'string') return
      const key = `${d.kind}:${d.id}`
      const now = Date.now()
      const repeat = lastOpen.key === key && now - lastOpen.at < 2000
      lastOpen = { key, at: now }
      if (!repeat) void recordUsage(d.kind, d.id)
    },
    'wr-booking-confirmed': (e) => {
      const d = ((e as CustomEvent).detail ?? {}) as BookingConfirmedLike
      if (typeof d.serviceId === 'string') void recordUsage('booking', d.serviceId)
    },
    'wr-kiosk-screen-change': (e) => {
      const screen = ((e as CustomEvent).detail as { screen?: unknown } | undefined)?.screen
      if (typeof screen !== 'string' || AT_REST.has(screen) || inSession) return
      inSession = true
      void recordUsage('session', 'started')
    },
  }
  for (const [type, fn] of Object.entries(listeners)) target.addEventListener(type, fn, { capture: true })
  const stopReset = onSessionReset((reason: ResetReason) => {
    inSession = false
    if ((RESET_CAUSES as readonly string[]).includes(reason)) void recordUsage('reset', reason)
  })
  void pruneUsage()
  return () => {
    for (const [type, fn] of Object.entries(listeners)) target.removeEventListener(type, fn, { capture: true })
    stopReset()
  }
}
