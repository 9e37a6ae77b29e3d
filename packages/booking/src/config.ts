import * as z from 'zod/mini'
import { HH_MM, ISO_DATE, minutesOf } from './time.js'
import { LocalClosure } from './holidays.js'
import { PLACE_KINDS, PRIORITY_GROUPS, SERVICE_KINDS } from './constants.js'
import { guardModuleEvaluation } from '@workroom/core/prototype-guard'

// Schemas are built as this module loads: out of reach of a page's extended prototypes.
guardModuleEvaluation()

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'booking:errors.configId'))
const isoDate = z.string().check(z.regex(ISO_DATE, 'booking:errors.date'))
const hhmm = z.string().check(z.regex(HH_MM, 'booking:errors.time'))

/** Text the host writes in each language; zh-Hans required. */
export const Localized = z.object({ 'zh-Hans': z.string().check(z.minLength(1)), en: z.optional(z.string()), bo: z.optional(z.string()), ug: z.optional(z.string()) })
export type Localized = z.infer<typeof Localized>

export { SERVICE_KINDS, PRIORITY_GROUPS, NEEDS, PLACE_KINDS, localize, type ServiceKind, type PriorityGroup, type Need } from './constants.js'

const session = z.object({
  start: hhmm,
  end: hhmm,
  slotMinutes: z.int().check(z.gte(5), z.lte(480)),
  capacity: z.int().check(z.gte(1), z.lte(100)),
  staffId: z.optional(id),
})

/** A repeating session: every `weekday` (1 = Monday), from start to end, cut into slots. */
export const WeeklyRule = z.object({ ...session.shape, weekday: z.int().check(z.gte(1), z.lte(7)) })
export type WeeklyRule = z.infer<typeof WeeklyRule>

/** One date that differs: closed (whole service or one staff member) or an extra session. */
export const ScheduleException = z.union([
  z.object({ date: isoDate, kind: z.literal('closed'), staffId: z.optional(id), reason: z.optional(z.string()) }),
  z.object({ ...session.shape, date: isoDate, kind: z.literal('extra') }),
])
export type ScheduleException = z.infer<typeof ScheduleException>

export const Service = z.object({
  id,
  kind: z.enum(SERVICE_KINDS),
  name: Localized,
  description: z.optional(Localized),
  placeId: id,
  /** The ID number is asked only when the service cannot be done without it. */
  needsIdNumber: z._default(z.boolean(), false),
  /** A short description of the matter is required (mediation). */
  needsDescription: z._default(z.boolean(), false),
  /** Asks for the other party's name and contact, both optional (mediation). */
  asksOtherParty: z._default(z.boolean(), false),
  /** Remote video: how the resident joins (shown on the confirmation). */
  joinMethod: z.optional(z.object({ kind: z.enum(['phone-call', 'video-app', 'kiosk-terminal', 'link']), instructions: Localized })),
  /** Home visits: only for these groups. */
  eligibleGroups: z.optional(z.array(z.enum(PRIORITY_GROUPS))),
  minNoticeMinutes: z._default(z.int().check(z.gte(0)), 120),
  horizonDays: z._default(z.int().check(z.gte(1), z.lte(365)), 30),
  rules: z.array(WeeklyRule),
  exceptions: z._default(z.array(ScheduleException), []),
})
export type Service = z.infer<typeof Service>

export const Place = z.object({
  id,
  kind: z.enum(PLACE_KINDS),
  name: Localized,
  address: z.optional(Localized),
  phone: z.optional(z.string()),
})
export type Place = z.infer<typeof Place>

export const Staff = z.object({ id, name: z.string().check(z.minLength(1)), role: Localized, placeId: z.optional(id) })
export type Staff = z.infer<typeof Staff>

export const BookingConfig = z.object({
  version: z.literal(1),
  timeZone: z._default(z.literal('Asia/Shanghai'), 'Asia/Shanghai'),
  places: z.array(Place).check(z.minLength(1)),
  staff: z._default(z.array(Staff), []),
  services: z.array(Service).check(z.minLength(1)),
  /** 绿色通道: share of each slot's capacity kept for priority groups (rounded down). */
  greenChannel: z._default(
    z.object({ reservedShare: z.number().check(z.gte(0), z.lte(1)), groups: z.array(z.enum(PRIORITY_GROUPS)) }),
    { reservedShare: 0, groups: [...PRIORITY_GROUPS] },
  ),
  closures: z._default(z.array(LocalClosure), []),
  /** On an official make-up workday (调休上班), services open with this weekday's rules (1 = Monday); 0 = only the day's own weekday rules. */
  makeUpDayRulesFrom: z._default(z.int().check(z.gte(0), z.lte(5)), 0),
  holdMinutes: z._default(z.int().check(z.gte(1), z.lte(30)), 5),
  /** How long personal details are kept after the appointment (said in the consent text). */
  retentionDays: z._default(z.int().check(z.gte(1), z.lte(3650)), 180),
  /** Who sees the details (said in the consent text). */
  dataController: Localized,
})
export type BookingConfig = z.infer<typeof BookingConfig>
export type BookingConfigInput = z.input<typeof BookingConfig>

export interface ConfigProblem {
  path: string
  message: string
}

/** Validates a host config: either the config or every problem with its path. */
export function parseBookingConfig(data: unknown): { ok: true; config: BookingConfig } | { ok: false; problems: ConfigProblem[] } {
  const r = BookingConfig.safeParse(data)
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }
  const problems: ConfigProblem[] = []
  const places = new Set(r.data.places.map((p) => p.id))
  const staff = new Set(r.data.staff.map((s) => s.id))
  r.data.services.forEach((s, i) => {
    if (!places.has(s.placeId)) problems.push({ path: `services.${i}.placeId`, message: `unknown place ${s.placeId}` })
    const sessions = [...s.rules, ...s.exceptions.filter((e) => e.kind === 'extra')]
    for (const [j, rule] of sessions.entries()) {
      if (rule.staffId && !staff.has(rule.staffId)) problems.push({ path: `services.${i}.rules.${j}.staffId`, message: `unknown staff ${rule.staffId}` })
      if (minutesOf(rule.end) - minutesOf(rule.start) < rule.slotMinutes)
        problems.push({ path: `services.${i}.rules.${j}`, message: 'session shorter than one slot' })
    }
  })
  if (new Set(r.data.services.map((s) => s.id)).size !== r.data.services.length) problems.push({ path: 'services', message: 'duplicate service id' })
  return problems.length ? { ok: false, problems } : { ok: true, config: r.data }
}
