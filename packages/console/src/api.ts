// The county console's staff API: every request and response between the console and the county
// service, as zod/mini schemas (browser-safe, small). The service validates requests with these;
// the console builds them and reads the answers through the same types.
import * as z from 'zod/mini'
import { BOOKING_CODE_PATTERN } from '@workroom/booking/contract'
import {
  APPLICATION_CODE_PATTERN, APPLICATION_STATES, Applicant, ApplicationStatus, CASE_CAUSES, CHANNELS as APPLICATION_CHANNELS, Finances, MissingMaterial, ScreeningRecord, Matter,
} from '@workroom/screening/application-contract'

/** The mediation statistics' dispute categories (婚姻家庭, 邻里, 房屋宅基地, …), in their order. */
export const DISPUTE_CATEGORIES = [
  'marriage-family', 'neighbour', 'housing-homestead', 'contract', 'business', 'damages', 'forest-land', 'land-acquisition',
  'environment', 'labour', 'consumer', 'medical', 'traffic', 'property-management', 'village-affairs', 'other',
] as const
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number]

/** How a consultation ended, as a judicial office's ledger records it. */
export const OUTCOMES = ['advice-given', 'mediated', 'mediation-failed', 'referred-legal-aid', 'referred-elsewhere', 'follow-up'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** How the resident came: a workroom kiosk, the county website, by phone, or walking in. */
export const CHANNELS = ['kiosk', 'website', 'phone', 'walk-in'] as const
export type Channel = (typeof CHANNELS)[number]

export const ROLES = ['county-admin', 'office-staff', 'workroom-adviser'] as const
export type Role = (typeof ROLES)[number]

const isoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'console:errors.date'))
const isoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'console:errors.month'))
const officeId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'console:errors.office'))
const code = z.string().check(z.regex(BOOKING_CODE_PATTERN, 'console:errors.code'))
const id = z.string().check(z.minLength(1), z.maxLength(100))

// ── session ──
export const StaffUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  officeId: z.optional(z.string()),
  placeId: z.optional(z.string()),
})
export type StaffUser = z.infer<typeof StaffUser>
export const SessionResponse = z.object({
  user: StaffUser,
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
  /** Seconds until the idle and the absolute sign-out, by the service's clock (the browser's may differ). */
  idleSeconds: z.optional(z.int()),
  absoluteSeconds: z.optional(z.int()),
})
export type SessionResponse = z.infer<typeof SessionResponse>
export const SignInRequest = z.object({ username: z.string().check(z.minLength(1), z.maxLength(60)), password: z.string().check(z.minLength(1), z.maxLength(200)) })
export type SignInRequest = z.infer<typeof SignInRequest>

// ── what the user may see ──
const Localized = z.record(z.string(), z.string())
export const PlaceInfo = z.object({ id: z.string(), name: Localized })
/** A service has the same shape as a place: its id and its name. */
export const ServiceInfo = PlaceInfo
export const OfficeInfo = z.object({ id: z.string(), name: Localized, places: z.array(PlaceInfo), services: z.array(ServiceInfo) })
export type OfficeInfo = z.infer<typeof OfficeInfo>
export const ScopeResponse = z.object({ offices: z.array(OfficeInfo) })
export type ScopeResponse = z.infer<typeof ScopeResponse>

// ── today ──
export const TodayRequest = z.object({ date: isoDate, officeId: z.optional(officeId) })
export type TodayRequest = z.infer<typeof TodayRequest>
export const ConsoleBooking = z.object({
  code: z.string(),
  officeId: z.string(),
  serviceId: z.string(),
  placeId: z.string(),
  staffId: z.optional(z.string()),
  start: z.string(),
  end: z.string(),
  status: z.enum(['booked', 'cancelled', 'attended', 'no-show']),
  arrived: z.boolean(),
  priority: z.boolean(),
  channel: z.enum(CHANNELS),
  disputeCategory: z.optional(z.enum(DISPUTE_CATEGORIES)),
  outcome: z.optional(z.enum(OUTCOMES)),
  /** Masked (张*英, 138****8000) until a member of staff opens the booking. */
  name: z.string(),
  mobile: z.string(),
  needs: z.array(z.string()),
})
export type ConsoleBooking = z.infer<typeof ConsoleBooking>
export const TodayResponse = z.object({ date: z.string(), bookings: z.array(ConsoleBooking) })
export type TodayResponse = z.infer<typeof TodayResponse>

export const BookingRef = z.object({ officeId, code })
export type BookingRef = z.infer<typeof BookingRef>
export const OpenResponse = z.object({ code: z.string(), name: z.string(), mobile: z.string(), idNumber: z.optional(z.string()), cancelReason: z.optional(z.string()) })
export type OpenResponse = z.infer<typeof OpenResponse>

export const MarkRequest = z.object({
  officeId,
  code,
  action: z.enum(['arrived', 'attended', 'no-show', 'cancelled']),
  reason: z.optional(z.string().check(z.maxLength(200))),
  disputeCategory: z.optional(z.enum(DISPUTE_CATEGORIES)),
  outcome: z.optional(z.enum(OUTCOMES)),
  channel: z.optional(z.enum(CHANNELS)),
})
export type MarkRequest = z.infer<typeof MarkRequest>

export const FreeSlotsRequest = z.object({ officeId, code, date: isoDate })
export type FreeSlotsRequest = z.infer<typeof FreeSlotsRequest>
export const FreeSlot = z.object({ id: z.string(), start: z.string(), end: z.string(), placeId: z.string(), remaining: z.int() })
export const FreeSlotsResponse = z.object({ slots: z.array(FreeSlot) })
export type FreeSlotsResponse = z.infer<typeof FreeSlotsResponse>
export const RescheduleRequest = z.object({ officeId, code, slotId: z.string().check(z.minLength(1), z.maxLength(200)) })
export type RescheduleRequest = z.infer<typeof RescheduleRequest>

// ── kiosks ──
export const DeviceInfo = z.object({
  id: z.string(),
  officeId: z.string(),
  placeId: z.optional(z.string()),
  name: z.string(),
  createdAt: z.string(),
  lastSyncAt: z.optional(z.string()),
  lastSeenAt: z.optional(z.string()),
  /** Changes the kiosk reported still waiting in its outbox at its last sync. */
  pending: z.optional(z.int()),
  version: z.optional(z.string()),
  revoked: z.boolean(),
})
export type DeviceInfo = z.infer<typeof DeviceInfo>
export const DevicesRequest = z.object({ officeId: z.optional(officeId) })
export const DevicesResponse = z.object({ devices: z.array(DeviceInfo) })
export type DevicesResponse = z.infer<typeof DevicesResponse>
export const AddDeviceRequest = z.object({ officeId, placeId: z.optional(id), name: z.string().check(z.minLength(1), z.maxLength(100)) })
export type AddDeviceRequest = z.infer<typeof AddDeviceRequest>
export const AddDeviceResponse = z.object({ device: DeviceInfo, token: z.string(), syncUrl: z.string() })
export type AddDeviceResponse = z.infer<typeof AddDeviceResponse>
export const RevokeDeviceRequest = z.object({ id })

// ── users ──
export const UserInfo = z.object({ ...StaffUser.shape, disabled: z.boolean(), locked: z.boolean(), createdAt: z.string() })
export type UserInfo = z.infer<typeof UserInfo>
export const UsersResponse = z.object({ users: z.array(UserInfo) })
export type UsersResponse = z.infer<typeof UsersResponse>
export const CreateUserRequest = z.object({
  username: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'console:errors.username')),
  displayName: z.string().check(z.minLength(1), z.maxLength(60)),
  password: z.string().check(z.minLength(10, 'console:errors.password'), z.maxLength(200)),
  role: z.enum(ROLES),
  officeId: z.optional(officeId),
  placeId: z.optional(id),
})
export type CreateUserRequest = z.infer<typeof CreateUserRequest>
export const UserRef = z.object({ id })
export const ResetPasswordRequest = z.object({ id, password: z.string().check(z.minLength(10, 'console:errors.password'), z.maxLength(200)) })

// ── audit ──
export const AuditRequest = z.object({
  actor: z.optional(z.string().check(z.maxLength(60))),
  record: z.optional(z.string().check(z.maxLength(100))),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
})
export type AuditRequest = z.infer<typeof AuditRequest>
export const AuditEntry = z.object({
  id: z.int(),
  at: z.string(),
  actorKind: z.string(),
  actor: z.optional(z.string()),
  action: z.string(),
  officeId: z.optional(z.string()),
  recordKind: z.optional(z.string()),
  recordId: z.optional(z.string()),
})
export type AuditEntry = z.infer<typeof AuditEntry>
export const AuditResponse = z.object({ entries: z.array(AuditEntry), truncated: z.boolean() })
export type AuditResponse = z.infer<typeof AuditResponse>

// ── ledger (台账) and statistics ──
export const LedgerRequest = z.object({ officeId, month: isoMonth, personal: z._default(z.boolean(), false) })
export type LedgerRequest = z.infer<typeof LedgerRequest>
export const LedgerRow = z.object({
  code: z.string(),
  date: z.string(),
  time: z.string(),
  serviceId: z.string(),
  placeId: z.string(),
  status: z.string(),
  disputeCategory: z.optional(z.enum(DISPUTE_CATEGORIES)),
  outcome: z.optional(z.enum(OUTCOMES)),
  /** Who handled it (the staff account's display name), if recorded. */
  staff: z.optional(z.string()),
  channel: z.enum(CHANNELS),
  name: z.optional(z.string()),
  mobile: z.optional(z.string()),
})
export type LedgerRow = z.infer<typeof LedgerRow>
export const LedgerResponse = z.object({ officeId: z.string(), month: z.string(), personal: z.boolean(), rows: z.array(LedgerRow) })
export type LedgerResponse = z.infer<typeof LedgerResponse>

export const StatsRequest = z.object({ from: isoMonth, to: isoMonth, officeId: z.optional(officeId) })
export type StatsRequest = z.infer<typeof StatsRequest>
const Count = z.object({ key: z.string(), count: z.int() })
export const StatsResponse = z.object({
  total: z.int(),
  byCategory: z.array(Count),
  byService: z.array(Count),
  byOutcome: z.array(Count),
  byOffice: z.array(Count),
  byMonth: z.array(Count),
})
export type StatsResponse = z.infer<typeof StatsResponse>

/** One problem of a refused booking config: its path in the config (`services.0.rules.1.capacity`) and the schema's message. */
/** A booking config problem: a core problem code (with its values) for the staff's words, and the English message. */
export const ConfigProblem = z.object({ path: z.string(), message: z.string(), code: z.optional(z.string()), params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) })
export type ConfigProblem = z.infer<typeof ConfigProblem>
export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), lockedUntil: z.optional(z.string()), problems: z.optional(z.array(ConfigProblem)) }) })

// ── waitlist ──
/** A day and, optionally, one office: the same request as today's bookings. */
export const WaitlistRequest = TodayRequest
export type WaitlistRequest = z.infer<typeof WaitlistRequest>
export const WaitlistItem = z.object({
  id: z.string(),
  officeId: z.string(),
  serviceId: z.string(),
  date: z.string(),
  status: z.enum(['waiting', 'offered', 'booked', 'removed']),
  /** Place in the queue among those still waiting (1 = first); absent once offered. */
  position: z.optional(z.int()),
  name: z.string(),
  mobile: z.string(),
  /** Free places of the service on that day now. */
  free: z.int(),
})
export type WaitlistItem = z.infer<typeof WaitlistItem>
export const WaitlistResponse = z.object({ entries: z.array(WaitlistItem) })
export type WaitlistResponse = z.infer<typeof WaitlistResponse>
export const OfferRequest = z.object({ officeId, id })
export type OfferRequest = z.infer<typeof OfferRequest>
export const OfferResponse = z.object({ entry: WaitlistItem, start: z.string(), notification: z.int() })
export type OfferResponse = z.infer<typeof OfferResponse>

// ── schedules (an office's booking config) ──
export const ScheduleRequest = z.object({ officeId })
export type ScheduleRequest = z.infer<typeof ScheduleRequest>
/** A booking still to come, without anything about the resident: enough to tell whether its slot survives an edit. */
export const UpcomingBooking = z.object({ slotId: z.string(), serviceId: z.string(), start: z.string() })
export type UpcomingBooking = z.infer<typeof UpcomingBooking>
export const ScheduleResponse = z.object({
  officeId: z.string(),
  /** The config version now current: a save must name it. */
  version: z.int(),
  /** The office's `BookingConfig` (validated by the service with @workroom/booking's schema). */
  config: z.unknown(),
  upcoming: z.array(UpcomingBooking),
})
export type ScheduleResponse = z.infer<typeof ScheduleResponse>
export const SaveScheduleRequest = z.object({
  officeId,
  /** The version the editor started from; the save is refused (409) if another has been saved since. */
  baseVersion: z.int().check(z.gte(1)),
  config: z.unknown(),
})
export type SaveScheduleRequest = z.infer<typeof SaveScheduleRequest>
export const SaveScheduleResponse = z.object({ officeId: z.string(), version: z.int() })
export type SaveScheduleResponse = z.infer<typeof SaveScheduleResponse>

// ── legal-aid applications (LAL 38–49) ──
const applicationCode = z.string().check(z.regex(APPLICATION_CODE_PATTERN, 'console:errors.code'))
/** The queue's filter: one state, or `open` (received, materials requested, forwarded: the clock runs). */
export const APPLICATION_FILTERS = ['open', ...APPLICATION_STATES, 'all'] as const
export type ApplicationFilter = (typeof APPLICATION_FILTERS)[number]
export const ApplicationsRequest = z.object({ officeId: z.optional(officeId), state: z._default(z.enum(APPLICATION_FILTERS), 'open') })
export type ApplicationsRequest = z.input<typeof ApplicationsRequest>
/** A row of the queue: name and mobile masked (张*英, 138****8000) until a member of staff opens it. */
export const ConsoleApplication = z.object({
  code: z.string(),
  officeId: z.string(),
  workroomId: z.optional(z.string()),
  channel: z.enum(APPLICATION_CHANNELS),
  state: z.enum(APPLICATION_STATES),
  problem: z.string(),
  cause: z.enum(CASE_CAUSES),
  screeningOutcome: z.string(),
  urgent: z.boolean(),
  receivedAt: z.string(),
  /** LAL 43: receipt + 7 days. */
  decisionDue: z.string(),
  /** Days left to decide (negative: overdue); absent once decided or withdrawn. */
  daysLeft: z.optional(z.int()),
  name: z.string(),
  mobile: z.string(),
})
export type ConsoleApplication = z.infer<typeof ConsoleApplication>
export const ApplicationsResponse = z.object({ applications: z.array(ConsoleApplication) })
export type ApplicationsResponse = z.infer<typeof ApplicationsResponse>
export const ApplicationRef = z.object({ officeId, code: applicationCode })
export type ApplicationRef = z.infer<typeof ApplicationRef>
export const ApplicationEvent = z.object({ at: z.string(), state: z.enum(APPLICATION_STATES), event: z.string() })
/**
 * One application for review: the matter, the screening's answers with its reasons and citations,
 * the consent and pledge. The applicant masked and the finances left out until it is opened.
 */
export const ApplicationDetail = z.object({
  application: ConsoleApplication,
  applicant: z.object({
    for: z.enum(['self', 'someone']),
    relationship: z.optional(z.string()),
    villageId: z.optional(z.string()),
    sex: z.optional(z.string()),
    birthYear: z.optional(z.int()),
    hasIdNumber: z.boolean(),
  }),
  matter: Matter,
  screening: ScreeningRecord,
  hasFinances: z.boolean(),
  consent: z.object({ sensitive: z.boolean(), version: z.string(), at: z.string() }),
  pledge: z.object({ readAloud: z.string(), version: z.string() }),
  status: ApplicationStatus,
  events: z.array(ApplicationEvent),
})
export type ApplicationDetail = z.infer<typeof ApplicationDetail>
/** The personal data, for a member of staff who chose to see it (audited). */
export const ApplicationOpenResponse = z.object({ code: z.string(), applicant: Applicant, finances: z.optional(Finances) })
export type ApplicationOpenResponse = z.infer<typeof ApplicationOpenResponse>
export const RequestMaterialsRequest = z.object({
  officeId,
  code: applicationCode,
  /** The one list, all at once (LAL 43). */
  materials: z.array(MissingMaterial).check(z.minLength(1, 'console:applications.errors.materials'), z.maxLength(30)),
  supplyBy: z.optional(isoDate),
})
export type RequestMaterialsRequest = z.input<typeof RequestMaterialsRequest>
export const ForwardRequest = z.object({ officeId, code: applicationCode, agency: z.string().check(z.trim(), z.minLength(1, 'console:applications.errors.agency'), z.maxLength(100)) })
export type ForwardRequest = z.infer<typeof ForwardRequest>
export const DecideRequest = z.object({
  officeId,
  code: applicationCode,
  decision: z.enum(['granted', 'refused', 'withdrawn']),
  /** Written reasons: required for a refusal (LAL 43). */
  reasons: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  /** The justice bureau a refused applicant may object to (LAL 49), as it is called locally. */
  bureau: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  why: z.optional(z.enum(['resident', 'materials-not-supplied'])),
})
export type DecideRequest = z.infer<typeof DecideRequest>
export const ApplicationStatsResponse = z.object({
  total: z.int(),
  overdue: z.int(),
  byState: z.array(z.object({ key: z.string(), count: z.int() })),
  byCause: z.array(z.object({ key: z.string(), count: z.int() })),
})
export type ApplicationStatsResponse = z.infer<typeof ApplicationStatsResponse>

/** Every console route: its path under /api/console and its request schema. */
export const CONSOLE_ROUTES = {
  scope: { path: '/scope', request: z.object({}) },
  today: { path: '/today', request: TodayRequest },
  open: { path: '/bookings/open', request: BookingRef },
  mark: { path: '/bookings/mark', request: MarkRequest },
  freeSlots: { path: '/bookings/free-slots', request: FreeSlotsRequest },
  reschedule: { path: '/bookings/reschedule', request: RescheduleRequest },
  devices: { path: '/devices', request: DevicesRequest },
  addDevice: { path: '/devices/add', request: AddDeviceRequest },
  revokeDevice: { path: '/devices/revoke', request: RevokeDeviceRequest },
  users: { path: '/users', request: z.object({}) },
  createUser: { path: '/users/create', request: CreateUserRequest },
  resetPassword: { path: '/users/reset-password', request: ResetPasswordRequest },
  disableUser: { path: '/users/disable', request: UserRef },
  audit: { path: '/audit', request: AuditRequest },
  ledger: { path: '/ledger', request: LedgerRequest },
  stats: { path: '/stats', request: StatsRequest },
  waitlist: { path: '/waitlist', request: WaitlistRequest },
  offer: { path: '/waitlist/offer', request: OfferRequest },
  schedule: { path: '/schedule', request: ScheduleRequest },
  saveSchedule: { path: '/schedule/save', request: SaveScheduleRequest },
  applications: { path: '/applications', request: ApplicationsRequest },
  application: { path: '/applications/detail', request: ApplicationRef },
  openApplication: { path: '/applications/open', request: ApplicationRef },
  requestMaterials: { path: '/applications/request-materials', request: RequestMaterialsRequest },
  forwardApplication: { path: '/applications/forward', request: ForwardRequest },
  decideApplication: { path: '/applications/decide', request: DecideRequest },
  applicationStats: { path: '/applications/stats', request: StatsRequest },
} as const
export type ConsoleRoute = keyof typeof CONSOLE_ROUTES
export const CONSOLE_API = '/api/console'
