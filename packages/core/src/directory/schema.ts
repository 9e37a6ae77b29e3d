import * as z from 'zod/mini'
import { LocalClosure } from '../calendar/holidays.js'
import { guardModuleEvaluation } from '../prototype-guard.js'
import { DIRECTORY_KINDS, DIRECTORY_NEEDS } from './kinds.js'

export * from './kinds.js'

// Schemas are built as this module loads: out of reach of a page's extended prototypes.
guardModuleEvaluation()

/**
 * The county's legal service institutions (机构名录): one validated list that the service
 * directory shows and that the screener's routes, the booking confirmation and the ticket take
 * their names, addresses and phones from, so they never disagree.
 */

const own = (key: string) => `core:directory.problems.${key}`
const text = z.string().check(z.trim(), z.minLength(1, own('empty')), z.maxLength(300))
const shortText = z.string().check(z.trim(), z.minLength(1, own('empty')), z.maxLength(60))
/** Text in each language; zh-Hans is required, others fall back to it. */
export const DirectoryText = z.object({ 'zh-Hans': text, en: z.optional(text), bo: z.optional(text), ug: z.optional(text) })
export type DirectoryText = z.infer<typeof DirectoryText>
const DirectoryName = z.object({ 'zh-Hans': shortText, en: z.optional(shortText), bo: z.optional(shortText), ug: z.optional(shortText) })

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, own('id')), z.maxLength(64))
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, own('time')))
/** A phone a resident can dial: digits, spaces and dashes ("0000-0000000", "12348"). */
const phone = z.string().check(z.regex(/^[0-9+][0-9 -]{2,19}$/, own('phone')))

/** One weekly opening period; several for a lunch break. 1 = Monday … 7 = Sunday. */
export const DirectoryHours = z.object({
  weekdays: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1)),
  open: hhmm,
  close: hhmm,
})
export type DirectoryHours = z.infer<typeof DirectoryHours>

export const DirectoryEntry = z.object({
  id,
  kind: z.enum(DIRECTORY_KINDS),
  name: DirectoryName,
  /** The township (乡镇) it is in; absent for county-level places, which serve every township. */
  township: z.optional(id),
  services: z.array(z.enum(DIRECTORY_NEEDS)).check(z.minLength(1)),
  /** Absent only for a phone line (12348). */
  address: z.optional(DirectoryText),
  phone: z.optional(phone),
  /** Weekly hours; empty with `always` for a 24-hour line. */
  hours: z._default(z.array(DirectoryHours), []),
  /** Open every hour of every day (the 12348 hotline). */
  always: z._default(z.boolean(), false),
  /** Closed on public holidays and open on make-up workdays (调休上班), like government offices. */
  followsHolidays: z._default(z.boolean(), true),
  /** A WGS-84 map position: on a kiosk it becomes a QR code of a map link for the resident's phone. */
  position: z.optional(z.object({ lat: z.number().check(z.gte(-90), z.lte(90)), lng: z.number().check(z.gte(-180), z.lte(180)) })),
  /** One more line a resident needs ("请从北门进", "只接法律援助指派案件"). */
  note: z.optional(DirectoryText),
})
export type DirectoryEntry = z.infer<typeof DirectoryEntry>
export type DirectoryEntryInput = z.input<typeof DirectoryEntry>

export const Directory = z.object({
  /** Changes with every edit, like the workroom config's version. */
  version: shortText,
  /** Marks invented data: the directory says so on screen. */
  demo: z._default(z.boolean(), false),
  county: DirectoryName,
  townships: z._default(z.array(z.object({ id, name: DirectoryName })), []),
  /** On an official make-up workday, places open with this weekday's hours (1 = Monday); 0 = that date's own weekday. */
  makeUpDayHoursFrom: z._default(z.int().check(z.gte(0), z.lte(5)), 1),
  /** Closures the county adds (an office moving, a typhoon day); `placeIds` are entry ids. */
  closures: z._default(z.array(LocalClosure), []),
  entries: z.array(DirectoryEntry).check(z.minLength(1), z.maxLength(2000)),
})
export type Directory = z.infer<typeof Directory>
export type DirectoryInput = z.input<typeof Directory>
