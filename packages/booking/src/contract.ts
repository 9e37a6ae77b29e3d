import * as z from 'zod/mini'
import { NEEDS, PRIORITY_GROUPS, BOOKING_CODE_PATTERN, BookingError, type BookingErrorCode } from './constants.js'

export { BOOKING_CODE_PATTERN, BookingError, formatBookingCode, newBookingCode, newKey, type BookingErrorCode } from './constants.js'
import { ISO_DATE } from './time.js'
import { BookingConfig, Localized } from './config.js'
import { guardModuleEvaluation } from '@workroom/core/prototype-guard'

// Schemas are built as this module loads: out of reach of a page's extended prototypes.
guardModuleEvaluation()

// The booking contract: every request and response a provider exchanges, as zod schemas.
// `npm run openapi` turns these into the OpenAPI document county back ends implement.

const isoDate = z.string().check(z.regex(ISO_DATE, 'booking:errors.date'))
const instant = z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/))
const key = z.string().check(z.minLength(8), z.maxLength(100))

export const BookingCode = z.string().check(z.regex(BOOKING_CODE_PATTERN, 'booking:errors.code'))
export const Mobile = z.string().check(z.regex(/^1[3-9]\d{9}$/, 'booking:errors.mobile'))

export const ResidentDetails = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'booking:errors.name'), z.maxLength(40, 'booking:errors.nameLong')),
  mobile: Mobile,
  idNumber: z.optional(z.string().check(z.regex(/^\d{17}[\dX]$/, 'booking:errors.idNumber'))),
  needs: z._default(z.array(z.enum(NEEDS)), []),
  priorityGroup: z.optional(z.enum(PRIORITY_GROUPS)),
  /** What the matter is about (required for mediation). */
  description: z.optional(z.string().check(z.maxLength(500))),
  otherPartyName: z.optional(z.string().check(z.maxLength(40))),
  otherPartyContact: z.optional(z.string().check(z.maxLength(40))),
  notes: z.optional(z.string().check(z.maxLength(500))),
})
export type ResidentDetails = z.infer<typeof ResidentDetails>

export const Consent = z.object({
  /** Version of the consent text shown. */
  version: z.string().check(z.minLength(1)),
  given: z.literal(true),
  at: instant,
})
export type Consent = z.infer<typeof Consent>

export const SlotAvailability = z.object({
  id: z.string(),
  serviceId: z.string(),
  placeId: z.string(),
  staffId: z.optional(z.string()),
  date: isoDate,
  start: instant,
  end: instant,
  capacity: z.int(),
  reserved: z.int(),
  /** Places this resident could still take (counts the green channel if priority). */
  remaining: z.int(),
})
export type SlotAvailability = z.infer<typeof SlotAvailability>

export const ListSlotsRequest = z.object({
  serviceId: z.string(),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  priority: z._default(z.boolean(), false),
})
export type ListSlotsRequest = z.input<typeof ListSlotsRequest>
export const ListSlotsResponse = z.object({ slots: z.array(SlotAvailability) })
export type ListSlotsResponse = z.infer<typeof ListSlotsResponse>

export const HoldRequest = z.object({ slotId: z.string(), priority: z._default(z.boolean(), false), idempotencyKey: key })
export type HoldRequest = z.input<typeof HoldRequest>
export const Hold = z.object({ holdId: z.string(), slotId: z.string(), priority: z.boolean(), expiresAt: instant })
export type Hold = z.infer<typeof Hold>

export const ReleaseHoldRequest = z.object({ holdId: z.string() })
export type ReleaseHoldRequest = z.infer<typeof ReleaseHoldRequest>

export const ConfirmRequest = z.object({ holdId: z.string(), details: ResidentDetails, consent: Consent, idempotencyKey: key })
export type ConfirmRequest = z.input<typeof ConfirmRequest>

export const BOOKING_STATUSES = ['booked', 'cancelled', 'attended', 'no-show'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export const Booking = z.object({
  code: BookingCode,
  serviceId: z.string(),
  placeId: z.string(),
  staffId: z.optional(z.string()),
  slotId: z.string(),
  start: instant,
  end: instant,
  status: z.enum(BOOKING_STATUSES),
  priority: z.boolean(),
  details: ResidentDetails,
  createdAt: instant,
  updatedAt: instant,
  cancelReason: z.optional(z.string()),
})
export type Booking = z.infer<typeof Booking>

export const LookupRequest = z.object({ code: BookingCode, mobile: Mobile })
export type LookupRequest = z.infer<typeof LookupRequest>

export const CancelRequest = z.object({ code: BookingCode, mobile: Mobile, reason: z.optional(z.string().check(z.maxLength(200))), idempotencyKey: key })
export type CancelRequest = z.infer<typeof CancelRequest>

export const RescheduleRequest = z.object({ code: BookingCode, mobile: Mobile, holdId: z.string(), idempotencyKey: key })
export type RescheduleRequest = z.infer<typeof RescheduleRequest>

export const WaitlistRequest = z.object({ serviceId: z.string(), date: isoDate, details: ResidentDetails, consent: Consent, idempotencyKey: key })
export type WaitlistRequest = z.input<typeof WaitlistRequest>
export const WaitlistEntry = z.object({ id: z.string(), serviceId: z.string(), date: isoDate, position: z.int(), createdAt: instant })
export type WaitlistEntry = z.infer<typeof WaitlistEntry>

export const StaffListRequest = z.object({ placeId: z.optional(z.string()), from: isoDate, to: isoDate })
export type StaffListRequest = z.infer<typeof StaffListRequest>
/**
 * Details as a county service lists them to staff: name and mobile masked (张*英, 138****8000)
 * until a member of staff opens the booking. An on-device ledger lists them whole.
 */
export const MaskedDetails = z.object({
  masked: z.literal(true),
  name: z.string(),
  mobile: z.string(),
  idNumber: z.optional(z.string()),
  needs: z._default(z.array(z.enum(NEEDS)), []),
  priorityGroup: z.optional(z.enum(PRIORITY_GROUPS)),
})
export type MaskedDetails = z.infer<typeof MaskedDetails>
export const StaffBooking = z.object({ ...Booking.shape, details: z.union([ResidentDetails, MaskedDetails]) })
export type StaffBooking = z.infer<typeof StaffBooking>
export const StaffListResponse = z.object({ bookings: z.array(StaffBooking) })
export type StaffListResponse = z.infer<typeof StaffListResponse>

export const SetStatusRequest = z.object({
  code: BookingCode,
  status: z.enum(['attended', 'no-show', 'cancelled']),
  reason: z.optional(z.string().check(z.maxLength(200))),
  idempotencyKey: key,
})
export type SetStatusRequest = z.infer<typeof SetStatusRequest>

export const ERROR_CODES = ['invalid', 'not-found', 'slot-full', 'hold-expired', 'conflict', 'unavailable', 'timeout'] as const
/** The error codes on the wire are exactly BookingErrorCode. */
export const _errorCodesMatch: BookingErrorCode extends (typeof ERROR_CODES)[number] ? ((typeof ERROR_CODES)[number] extends BookingErrorCode ? true : false) : false = true
export const ErrorResponse = z.object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) })
export type ErrorResponse = z.infer<typeof ErrorResponse>

/** Changes a kiosk makes while offline and later sends upstream through `/staff/sync`. */
export const SYNC_OPERATIONS = ['confirm', 'cancel', 'reschedule', 'joinWaitlist', 'setStatus'] as const
export type SyncOperation = (typeof SYNC_OPERATIONS)[number]

/**
 * What each synced change carries. The kiosk already decided: a confirm brings the code and the
 * slot it gave (its hold is meaningless upstream), a reschedule the slot it moved to. The others
 * are the operation's own request.
 */
export const SYNC_BODIES = {
  confirm: z.object({ code: BookingCode, slotId: z.string(), priority: z._default(z.boolean(), false), details: ResidentDetails, consent: Consent }),
  cancel: CancelRequest,
  reschedule: z.object({ code: BookingCode, mobile: Mobile, slotId: z.string() }),
  joinWaitlist: WaitlistRequest,
  setStatus: SetStatusRequest,
} as const

const syncEntry = <O extends SyncOperation>(operation: O) =>
  z.object({ idempotencyKey: key, operation: z.literal(operation), createdAt: instant, body: SYNC_BODIES[operation] })

/** One outbox entry: the key the kiosk gave the change, when it happened there, and what it was. */
export const SyncEntry = z.discriminatedUnion('operation', [
  syncEntry('confirm'), syncEntry('cancel'), syncEntry('reschedule'), syncEntry('joinWaitlist'), syncEntry('setStatus'),
])
export type SyncEntry = z.input<typeof SyncEntry>

/** At most 100 entries a batch, applied in the order given. */
export const SyncRequest = z.object({ entries: z.array(SyncEntry).check(z.maxLength(100)) })
export type SyncRequest = z.input<typeof SyncRequest>
/** The batch's shape before each entry is checked on its own (one bad entry must not refuse the rest). */
export const SyncBatch = z.object({
  entries: z.array(z.object({ idempotencyKey: z.string(), operation: z.string(), createdAt: z.string(), body: z.unknown() })).check(z.maxLength(100)),
})

export const SyncResult = z.object({
  idempotencyKey: z.string(),
  /** applied: done now; duplicate: this key was applied before, nothing changed; rejected: not applied (see reason). */
  status: z.enum(['applied', 'duplicate', 'rejected']),
  reason: z.optional(z.object({ code: z.enum(ERROR_CODES), message: z.string() })),
})
export type SyncResult = z.infer<typeof SyncResult>
export const SyncResponse = z.object({ results: z.array(SyncResult) })
export type SyncResponse = z.infer<typeof SyncResponse>

/** What every provider implements: the embedded LocalProvider, HttpProvider, or a test double. */
export interface BookingProvider {
  listSlots(req: ListSlotsRequest): Promise<ListSlotsResponse>
  hold(req: HoldRequest): Promise<Hold>
  releaseHold(req: ReleaseHoldRequest): Promise<void>
  confirm(req: ConfirmRequest): Promise<Booking>
  lookup(req: LookupRequest): Promise<Booking>
  cancel(req: CancelRequest): Promise<Booking>
  reschedule(req: RescheduleRequest): Promise<Booking>
  joinWaitlist(req: WaitlistRequest): Promise<WaitlistEntry>
  listBookings(req: StaffListRequest): Promise<StaffListResponse>
  setStatus(req: SetStatusRequest): Promise<Booking>
}

/** The HTTP routes (all POST, JSON in and out) and their schemas. */
export const ROUTES = {
  listSlots: { path: '/slots/search', request: ListSlotsRequest, response: ListSlotsResponse, summary: 'Free slots for a service' },
  hold: { path: '/holds', request: HoldRequest, response: Hold, summary: 'Hold a place for a few minutes' },
  releaseHold: { path: '/holds/release', request: ReleaseHoldRequest, response: z.object({}), summary: 'Give a held place back' },
  confirm: { path: '/bookings', request: ConfirmRequest, response: Booking, summary: 'Turn a hold into a booking' },
  lookup: { path: '/bookings/lookup', request: LookupRequest, response: Booking, summary: 'Find a booking by code and mobile' },
  cancel: { path: '/bookings/cancel', request: CancelRequest, response: Booking, summary: 'Resident cancels by code and mobile' },
  reschedule: { path: '/bookings/reschedule', request: RescheduleRequest, response: Booking, summary: 'Move a booking to a held slot' },
  joinWaitlist: { path: '/waitlist', request: WaitlistRequest, response: WaitlistEntry, summary: 'Join the waitlist for a full day' },
  listBookings: { path: '/staff/bookings/search', request: StaffListRequest, response: StaffListResponse, summary: 'Staff: appointments in a date range' },
  setStatus: { path: '/staff/bookings/status', request: SetStatusRequest, response: Booking, summary: 'Staff: attended, no-show or cancel with a reason' },
  sync: { path: '/staff/sync', request: SyncRequest, response: SyncResponse, summary: 'Kiosk: send changes made offline, in order; a reply per entry (applied, duplicate or rejected)' },
} as const
export type Operation = keyof typeof ROUTES

/** The office a county service books for, as a website shows it (name, phone, address). */
export const Office = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: Localized,
  phone: z.optional(z.string().check(z.maxLength(40))),
  address: z.optional(Localized),
})
export type Office = z.infer<typeof Office>

/** What `GET <service-url>/config` answers: the office's booking config and how to reach it. */
export const ConfigResponse = z.object({ config: BookingConfig, office: Office })
export type ConfigResponse = z.infer<typeof ConfigResponse>

/**
 * The one GET route, relative to the same base as ROUTES (`<service-url>/config`): what
 * `<wr-booking service-url=…>` fetches first. Served with CORS for the county's websites.
 */
export const CONFIG_ROUTE = {
  path: '/config',
  method: 'GET',
  response: ConfigResponse,
  summary: "The office's booking config (services, places, schedules) and its name, phone and address",
} as const

/** Parses with a schema or throws an `invalid` BookingError naming each path. */
export function parseOrThrow<T>(schema: { safeParse(d: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): T {
  const r = schema.safeParse(data)
  if (r.success) return r.data
  throw new BookingError('invalid', r.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; '))
}
