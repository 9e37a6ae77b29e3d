import { z } from 'zod/mini'
import { LANGUAGES, problemFromZod, type Problem, type ZodIssueLike } from '@workroom/core'
import { BookingConfig, parseBookingConfig } from '@workroom/booking/config'
import { Directory, parseDirectory } from '@workroom/core/directory'
import { isFetchUrl } from './urls.js'

/**
 * The workroom's configuration: one JSON file next to the app (`workroom.json`), validated here,
 * with a JSON Schema generated from this file for editors (`workroom.schema.json`). A config that
 * fails is never used: the kiosk keeps the last good one and shows every problem on the staff screen.
 */

const own = (key: string) => `kiosk:problems.${key}`
/** Lengths text may have: a name fits the top bar, a paragraph the board; nothing runs to megabytes. */
export const TEXT_LIMITS = { name: 60, text: 1000, config: 512 * 1024 } as const
const text = z.string().check(z.trim(), z.minLength(1, own('empty')), z.maxLength(TEXT_LIMITS.text))
const name = z.string().check(z.trim(), z.minLength(1, own('empty')), z.maxLength(TEXT_LIMITS.name))
/** Text in each language; zh-Hans is required, others fall back to it. */
export const Localized = z.object({ 'zh-Hans': text, en: z.optional(text), bo: z.optional(text), ug: z.optional(text) })
export type Localized = z.infer<typeof Localized>
/** A name in each language (workroom, office, role): short enough for a heading. */
const LocalizedName = z.object({ 'zh-Hans': name, en: z.optional(name), bo: z.optional(name), ug: z.optional(name) })

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, own('id')))
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, own('time')))
const isoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, own('date')))
const weekday = z.int().check(z.gte(1), z.lte(7))
const phone = z.string().check(z.regex(/^[0-9+][0-9 -]{2,19}$/, own('phone')))
const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/, own('base64')))
/** A URL the kiosk may fetch: https, or a path on the kiosk's own origin (see isFetchUrl). */
const fetchUrl = z.string().check(z.refine(isFetchUrl, own('url')))

export const REGIONS = ['CN-NX', 'CN-GD-ZS', 'CN-JS'] as const
export { LANGUAGES }

/**
 * A local figure a region's hardship line is built from (LAL 34), yuan per person per month, with
 * where it comes from, the date it took effect and when to check it again (the staff screen shows
 * it as due once that date has passed; results still use it).
 */
export const HardshipFigure = z.object({
  amount: z.number().check(z.positive()),
  source: text,
  effectiveFrom: isoDate,
  reviewBy: isoDate,
})
export type HardshipFigure = z.infer<typeof HardshipFigure>

/** Which figure each shipped region needs (or, for Zhongshan, may take to replace its published one). */
export const REGION_FIGURE = { 'CN-NX': 'dibaoMonthly', 'CN-JS': 'minimumWageMonthly', 'CN-GD-ZS': 'disposableIncomeMonthly' } as const

export const OpeningHours = z.object({ weekdays: z.array(weekday).check(z.minLength(1)), open: hhmm, close: hhmm })

/** Someone who works in or for the workroom (shown on the workroom board). */
export const Person = z.object({
  id,
  name,
  role: LocalizedName,
  /** A work phone the workroom may publish (never a private number). */
  phone: z.optional(phone),
  /** Weekdays this person is on duty at the workroom (1 = Monday). */
  dutyWeekdays: z._default(z.array(weekday), []),
})
export type Person = z.infer<typeof Person>

/** Where someone is on a given day (每日去向): in the workroom, visiting a village, at a training… */
export const Whereabouts = z.object({
  date: isoDate,
  personId: id,
  where: Localized,
  from: z.optional(hhmm),
  to: z.optional(hhmm),
})
export type Whereabouts = z.infer<typeof Whereabouts>

export const Procedure = z.object({ title: Localized, steps: z.array(Localized).check(z.minLength(1)) })

export const WorkroomConfig = z.object({
  $schema: z.optional(z.string()),
  /** Changes with every edit (e.g. the date: "2026-11-01"); a kiosk applies an update only when it differs. */
  version: name,
  workroom: z.object({
    name: LocalizedName,
    /** May be left out when `directoryId` names the workroom's entry in `directory` (then that entry's is used). */
    address: z.optional(Localized),
    phone: z.optional(phone),
    /** This workroom's entry in `directory`: its address and phone are then the workroom's, everywhere. */
    directoryId: z.optional(id),
    openingHours: z.array(OpeningHours).check(z.minLength(1)),
    /** The rooms (the "3111" model: mediation room, legal service room, reception window…). */
    rooms: z._default(z.array(Localized), []),
  }),
  judicialOffice: z.object({
    /** The official form: "XX县(区)司法局XX司法所". */
    name: z.object({
      'zh-Hans': z.string().check(z.maxLength(TEXT_LIMITS.name), z.regex(/^\S+[县区市旗]司法局\S+司法所$/, own('officeName'))),
      en: z.optional(name),
    }),
    address: z.optional(Localized),
    phone: z.optional(phone),
    /** The office's entry in `directory`: its address and phone are then the office's, everywhere. */
    directoryId: z.optional(id),
  }),
  /**
   * The county's legal service institutions (the service directory's data, `npm run config-schema`
   * documents it): the directory screen, the screener's routes, the booking confirmation and the
   * ticket all take addresses and phones from here. A booking place whose id is an entry's id takes
   * that entry's address and phone.
   */
  directory: z.optional(Directory),
  /** Region overlay for the screener; absent = national rules only. */
  region: z.optional(z.enum(REGIONS)),
  /**
   * The local figures the region's hardship line needs, passed to the screener as attributes:
   * `dibaoMonthly` (CN-NX: 2 × 低保), `minimumWageMonthly` (CN-JS: the area tier's minimum wage),
   * `disposableIncomeMonthly` (CN-GD-ZS, optional: a newer figure than the published 2,592 line).
   */
  hardshipFigures: z.optional(
    z.object({
      dibaoMonthly: z.optional(HardshipFigure),
      minimumWageMonthly: z.optional(HardshipFigure),
      disposableIncomeMonthly: z.optional(HardshipFigure),
    }),
  ),
  /** Languages offered on the language switch; the first is the default. */
  languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1)),
  idle: z.object({
    idleSeconds: z.int().check(z.gte(20), z.lte(600)),
    warningSeconds: z.int().check(z.gte(20), z.lte(120)),
  }),
  staff: z.object({
    /** PBKDF2-SHA-256 of the staff PIN (`npm run pin-hash -- 123456` prints one). */
    pin: z.object({
      algorithm: z.literal('PBKDF2-SHA-256'),
      iterations: z.int().check(z.gte(10_000), z.lte(5_000_000)),
      salt: base64,
      hash: base64,
    }),
  }),
  printer: z._default(z.object({ enabled: z.boolean(), paper: z.enum(['80mm', 'A4']) }), { enabled: false, paper: 'A4' }),
  /** Content packs shown in the library: "starter" (shipped) or the URL of a pack JSON. */
  content: z._default(z.object({ packs: z.array(fetchUrl).check(z.minLength(1)) }), { packs: ['starter'] }),
  /** Where to look for a newer config; absent = only the file next to the app. */
  updates: z.optional(z.object({ configUrl: fetchUrl, checkMinutes: z._default(z.int().check(z.gte(5), z.lte(1440)), 60) })),
  /** The county booking service that bookings made offline are sent to (the booking contract's sync route); absent = bookings stay on this kiosk. */
  sync: z.optional(
    z.object({
      bookingServiceUrl: fetchUrl,
      /** This kiosk's device token from the county service (`npm run booking-admin -- add-device`), sent as `Authorization: Bearer …`. */
      token: z.optional(text),
      everyMinutes: z._default(z.int().check(z.gte(1), z.lte(1440)), 15),
    }),
  ),
  attract: z._default(z.object({ enabled: z.boolean(), rotateSeconds: z.int().check(z.gte(4), z.lte(60)) }), { enabled: true, rotateSeconds: 8 }),
  /** 所务公开: what the workroom makes public. */
  board: z.object({
    duties: z.array(Localized).check(z.minLength(1)),
    procedures: z._default(z.array(Procedure), []),
    people: z.array(Person).check(z.minLength(1)),
    whereabouts: z._default(z.array(Whereabouts), []),
    /** Complaints and supervision phone (监督电话). */
    supervisionPhone: z.optional(phone),
  }),
  /** Services, places, staff and schedules for booking. */
  booking: BookingConfig,
})
export type WorkroomConfig = z.infer<typeof WorkroomConfig>
export type WorkroomConfigInput = z.input<typeof WorkroomConfig>

export type ConfigResult = { ok: true; config: WorkroomConfig } | { ok: false; problems: Problem[] }

/** Checks that hold across the config: references resolve, times are in order. */
function crossCheck(c: WorkroomConfig): Problem[] {
  const problems: Problem[] = []
  const people = new Set(c.board.people.map((p) => p.id))
  if (people.size !== c.board.people.length) problems.push({ path: 'board.people', code: 'duplicateId' })
  c.board.whereabouts.forEach((w, i) => {
    if (!people.has(w.personId)) problems.push({ path: `board.whereabouts[${i}].personId`, code: 'unknownPerson', params: { id: w.personId } })
    if (w.from && w.to && w.from >= w.to) problems.push({ path: `board.whereabouts[${i}].to`, code: 'timeOrder' })
  })
  c.workroom.openingHours.forEach((h, i) => {
    if (h.open >= h.close) problems.push({ path: `workroom.openingHours[${i}].close`, code: 'timeOrder' })
  })
  if (!c.languages.includes('zh-Hans')) problems.push({ path: 'languages', code: 'needsChinese' })
  // A figure the region does not use would be silently ignored: say so instead.
  for (const key of Object.keys(c.hardshipFigures ?? {})) {
    if (!c.region || REGION_FIGURE[c.region] !== key) problems.push({ path: `hardshipFigures.${key}`, code: 'figureNotUsed', params: { region: c.region ?? 'CN' } })
  }
  problems.push(...directoryProblems(c))
  const booking = parseBookingConfig(c.booking)
  if (!booking.ok) for (const p of booking.problems) problems.push({ path: `booking.${p.path}`, code: 'booking', params: { detail: p.message } })
  return problems
}

type Contact = { address?: Localized | undefined; phone?: string | undefined }
const sameText = (a: Localized | undefined, b: Localized | undefined): boolean => a?.['zh-Hans'] === b?.['zh-Hans'] && (a?.en ?? '') === (b?.en ?? '')

/**
 * The directory is the one source of addresses and phones: what links to an entry (the workroom,
 * the judicial office, a booking place with an entry's id) may leave them out, and must not give
 * different ones.
 */
function directoryProblems(c: WorkroomConfig): Problem[] {
  const problems: Problem[] = []
  const d = c.directory
  if (d) {
    const r = parseDirectory(d)
    if (!r.ok) for (const p of r.problems) problems.push({ ...p, path: `directory.${p.path}` })
  }
  const entries = new Map((d?.entries ?? []).map((e) => [e.id, e]))
  const check = (path: string, own: Contact, entryId: string | undefined, required: boolean) => {
    const e = entryId ? entries.get(entryId) : undefined
    if (entryId && !e) problems.push({ path: `${path}.directoryId`, code: 'unknownEntry', params: { id: entryId } })
    if (!e) {
      if (required && !own.address) problems.push({ path: `${path}.address`, code: 'required' })
      return
    }
    if (own.address && !sameText(own.address, e.address)) problems.push({ path: `${path}.address`, code: 'differsFromDirectory', params: { id: e.id } })
    if (own.phone && own.phone !== e.phone) problems.push({ path: `${path}.phone`, code: 'differsFromDirectory', params: { id: e.id } })
  }
  check('workroom', c.workroom, c.workroom.directoryId, true)
  check('judicialOffice', c.judicialOffice, c.judicialOffice.directoryId, false)
  c.booking.places.forEach((p, i) => entries.has(p.id) && check(`booking.places[${i}]`, p, p.id, false))
  return problems
}

/** Fills the workroom's, the office's and booking places' addresses and phones in from their directory entries. */
function withDirectoryContacts(c: WorkroomConfig): WorkroomConfig {
  const entries = new Map((c.directory?.entries ?? []).map((e) => [e.id, e]))
  const fill = <T extends Contact>(own: T, entryId: string | undefined): T => {
    const e = entryId ? entries.get(entryId) : undefined
    if (!e) return own
    return { ...own, ...(e.address ? { address: e.address } : {}), ...(e.phone ? { phone: e.phone } : {}) }
  }
  if (!entries.size) return c
  return {
    ...c,
    workroom: fill(c.workroom, c.workroom.directoryId),
    judicialOffice: fill(c.judicialOffice, c.judicialOffice.directoryId),
    booking: { ...c.booking, places: c.booking.places.map((p) => fill(p, p.id)) },
  }
}

/** Validates a config (parsed JSON or JSON text), naming every bad path. */
export function parseConfig(json: unknown): ConfigResult {
  let input = json
  const size = typeof json === 'string' ? json.length : (JSON.stringify(json) ?? '').length
  if (size > TEXT_LIMITS.config) return { ok: false, problems: [{ path: '', code: 'tooLarge', params: { count: Math.round(TEXT_LIMITS.config / 1024) } }] }
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json)
    } catch (e) {
      return { ok: false, problems: [{ path: '', code: 'notJson', params: { detail: (e as Error).message } }] }
    }
  }
  const r = WorkroomConfig.safeParse(input, { reportInput: true })
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => problemFromZod(i as unknown as ZodIssueLike, own(''))) }
  const problems = crossCheck(r.data)
  return problems.length ? { ok: false, problems } : { ok: true, config: withDirectoryContacts(r.data) }
}

/** Fetches and validates a config; a network failure or HTTP error is a problem too, never a throw. */
export async function fetchConfig(url: string, init?: RequestInit): Promise<ConfigResult> {
  try {
    const res = await fetch(url, { cache: 'no-cache', credentials: 'omit', ...init })
    if (!res.ok) return { ok: false, problems: [{ path: '', code: 'http', params: { url, status: res.status } }] }
    return parseConfig(await res.text())
  } catch (e) {
    return { ok: false, problems: [{ path: '', code: 'network', params: { url, detail: (e as Error).message } }] }
  }
}
