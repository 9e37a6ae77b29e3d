import * as z from 'zod/mini'
import { ISO_DATE, addDays, daysBetween, type IsoDate } from './time.js'
import cn2026 from './data/cn-holidays-2026.json' with { type: 'json' }
import { guardModuleEvaluation } from '@workroom/core/prototype-guard'

// Schemas are built as this module loads: out of reach of a page's extended prototypes.
guardModuleEvaluation()

const isoDate = z.string().check(z.regex(ISO_DATE, 'booking:errors.date'))

/** A year of official public holidays and make-up working days (调休), with its source. */
export const HolidayFile = z.object({
  schema: z.literal('workroom-cn-holidays/1'),
  year: z.int().check(z.gte(2020), z.lte(2100)),
  timeZone: z.literal('Asia/Shanghai'),
  version: z.string().check(z.minLength(1)),
  source: z.object({
    title: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    published: isoDate,
    url: z.string().check(z.minLength(1)),
    note: z.optional(z.string()),
  }),
  holidays: z.array(
    z.object({ name: z.string(), label: z.string(), from: isoDate, to: isoDate, uncertain: z.optional(z.boolean()) }),
  ),
  makeUpWorkdays: z.array(z.object({ date: isoDate, for: z.string(), uncertain: z.optional(z.boolean()) })),
})
export type HolidayFile = z.infer<typeof HolidayFile>

/** A closure the host adds (village event, office move, typhoon day). */
export const LocalClosure = z.object({
  date: isoDate,
  reason: z.string().check(z.minLength(1)),
  /** Only these places close; all when absent. */
  placeIds: z.optional(z.array(z.string())),
})
export type LocalClosure = z.infer<typeof LocalClosure>

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

/** Parses a holiday file; throws with the failing paths if it is not valid. */
export function parseHolidayFile(data: unknown): HolidayFile {
  const r = HolidayFile.safeParse(data)
  if (!r.success) throw new Error(`Invalid holiday file: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return r.data
}

/** The bundled, validated 2026 data (State Council arrangement). */
export const CN_HOLIDAYS_2026: HolidayFile = parseHolidayFile(cn2026)
