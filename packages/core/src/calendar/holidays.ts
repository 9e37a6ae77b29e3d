import * as z from 'zod/mini'
import { ISO_DATE } from './time.js'
import cn2026 from './data/cn-holidays-2026.json' with { type: 'json' }
import { guardModuleEvaluation } from '../prototype-guard.js'

// The calendar itself needs no validator: pages that only read the bundled data import holiday-calendar.ts.
export * from './holiday-calendar.js'

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

/** Parses a holiday file; throws with the failing paths if it is not valid. */
export function parseHolidayFile(data: unknown): HolidayFile {
  const r = HolidayFile.safeParse(data)
  if (!r.success) throw new Error(`Invalid holiday file: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return r.data
}

/** The bundled, validated 2026 data (State Council arrangement). */
export const CN_HOLIDAYS_2026: HolidayFile = parseHolidayFile(cn2026)
