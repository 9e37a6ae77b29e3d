import { addDays, daysBetween, type IsoDate } from './time.js'
import type { HolidayFile, LocalClosure } from './holidays.js'

export type DayKind =
  | { kind: 'normal' }
  | { kind: 'holiday'; name: string; label: string }
  | { kind: 'make-up-workday'; for: string }
  | { kind: 'closure'; reason: string }

const NORMAL: DayKind = { kind: 'normal' }

/** Looks up what kind of day a date is, from the official files plus local closures. */
export class HolidayCalendar {
  private readonly holidays = new Map<IsoDate, { name: string; label: string }>()
  private readonly makeUp = new Map<IsoDate, string>()
  readonly years: number[]

  constructor(
    files: readonly HolidayFile[],
    private readonly closures: readonly LocalClosure[] = [],
  ) {
    this.years = files.map((f) => f.year)
    for (const f of files) {
      for (const h of f.holidays) {
        const n = daysBetween(h.from, h.to)
        for (let i = 0; i <= n; i++) this.holidays.set(addDays(h.from, i), { name: h.name, label: h.label })
      }
      for (const m of f.makeUpWorkdays) this.makeUp.set(m.date, m.for)
    }
  }

  dayKind(date: IsoDate, placeId?: string): DayKind {
    const closure = this.closures.length === 0 ? undefined : this.closures.find((c) => c.date === date && (!c.placeIds || !placeId || c.placeIds.includes(placeId)))
    if (closure) return { kind: 'closure', reason: closure.reason }
    const h = this.holidays.get(date)
    if (h) return { kind: 'holiday', ...h }
    const m = this.makeUp.get(date)
    if (m) return { kind: 'make-up-workday', for: m }
    return NORMAL
  }

  /** Whether official data covers the date's year (outside it, holidays are unknown). */
  covers(date: IsoDate): boolean {
    return this.years.includes(+date.slice(0, 4))
  }
}
