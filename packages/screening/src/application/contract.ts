import * as z from 'zod/mini'
import { guardModuleEvaluation } from '@workroom/core/prototype-guard'
import { isValidIdNumber } from '@workroom/core/id-number'
import { AGE_BANDS, GROUPS, OUTCOMES, PROBLEMS, URGENT_NEEDS } from '@workroom/rules/engine'

// Schemas are built as this module loads: out of reach of a page's extended prototypes.
guardModuleEvaluation()

// The legal-aid application contract (LAL 38–49): what a resident's application carries from the
// screener to the county service, what the service answers, and how a kiosk sends the ones it took
// offline. No elements, no DOM: the county service and the console import this subpath alone.
// Every route is POST with JSON in and out, relative to an office's base URL
// (`<service>/api/booking/offices/<office>`, the same base a booking uses). Personal data travels
// only in bodies, never in a URL.

/** The i18n namespace every message key below lives in. */
export const APPLICATION_NS = 'screening'
const msg = (code: ApplicationErrorCode) => `screening:application.errors.${code}`

export const APPLICATION_ERROR_CODES = [
  'invalid',
  'name',
  'mobile',
  'address',
  'id-number',
  'relationship',
  'consent-required',
  'pledge-required',
  'reasons-required',
  'materials-required',
  'not-found',
  'conflict',
  'rate-limited',
  'locked',
  'forbidden',
  'unavailable',
  'timeout',
] as const
export type ApplicationErrorCode = (typeof APPLICATION_ERROR_CODES)[number]

/** A refusal a resident or a member of staff can act on; `key` is its i18n key. */
export class ApplicationError extends Error {
  constructor(
    readonly code: ApplicationErrorCode,
    message: string = code,
    /** When a lock-out ends (code `locked`) or when to try again (code `rate-limited`). */
    readonly retryAt?: string,
  ) {
    super(message)
    this.name = 'ApplicationError'
  }
  get key(): string {
    return msg(this.code)
  }
}

/** An error code's i18n key: `screening:application.errors.<code>`. */
export const applicationErrorKey = (code: ApplicationErrorCode): string => msg(code)

// ── codes, ID numbers ──

/**
 * An application code: eight digits, read out as two groups of four ("8264 1937") and typed on
 * any keypad, like a booking code. The screener may not import booking, so the generator lives here.
 */
export const APPLICATION_CODE_PATTERN = /^\d{8}$/

export function newApplicationCode(): string {
  const out: number[] = []
  // Rejection sampling: a byte below 250 gives an unbiased digit.
  while (out.length < 8) for (const b of crypto.getRandomValues(new Uint8Array(12))) if (b < 250 && out.length < 8) out.push(b % 10)
  return out.join('')
}

/** 8264 1937 */
export function formatApplicationCode(code: string): string {
  return APPLICATION_CODE_PATTERN.test(code) ? `${code.slice(0, 4)} ${code.slice(4)}` : code
}

/** True for an 18-character citizen identity number (GB 11643-1999) with a real birth date and the right check character (ISO 7064 MOD 11-2). */
export { isValidIdNumber }

// ── building blocks ──

const instant = z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, msg('invalid')))
const isoDate = z.string().check(z.regex(/^\d{4}-\d\d-\d\d$/, msg('invalid')))
const key = z.string().check(z.minLength(8), z.maxLength(100))
/** Ids of ours: kebab-case, short. */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, msg('invalid')))
const yuan = z.number().check(z.gte(0), z.lte(10_000_000))

export const ApplicationCode = z.string().check(z.regex(APPLICATION_CODE_PATTERN, msg('invalid')))
export const ApplicationMobile = z.string().check(z.regex(/^1[3-9]\d{9}$/, msg('mobile')))
export const IdNumber = z.string().check(z.refine(isValidIdNumber, msg('id-number')))

export const CHANNELS = ['kiosk', 'web'] as const
export type Channel = (typeof CHANNELS)[number]

/** Who may apply for someone else (LAL 40): a legal representative, or for a detained person a close relative. */
export const RELATIONSHIPS = ['legal-representative', 'guardian', 'spouse', 'parent', 'child', 'sibling', 'other-close-relative'] as const
export type Relationship = (typeof RELATIONSHIPS)[number]

export const SEXES = ['female', 'male'] as const

/** Where the applicant lives: a village or community from the workroom's config, or words. */
export const ApplicantAddress = z.object({
  /** A place id of the workroom's config (its villages and communities). */
  villageId: z.optional(id),
  /** The rest of the address, or all of it when no village fits. */
  text: z.optional(z.string().check(z.trim(), z.maxLength(200, msg('address')))),
}).check(z.refine((a) => !!a.villageId || !!a.text, { message: msg('address') }))
export type ApplicantAddress = z.infer<typeof ApplicantAddress>

export const Applicant = z.object({
  /** Applying for oneself, or for someone else (LAL 40). */
  for: z.enum(['self', 'someone']),
  /** How the person applying is related to the person the aid is for; required when `for` is `someone`. */
  relationship: z.optional(z.enum(RELATIONSHIPS)),
  /** The name of the person applying on someone's behalf (when `for` is `someone`). */
  representativeName: z.optional(z.string().check(z.trim(), z.minLength(1, msg('name')), z.maxLength(40, msg('name')))),
  /** The person the aid is for. */
  name: z.string().check(z.trim(), z.minLength(1, msg('name')), z.maxLength(40, msg('name'))),
  /** Where to reach the applicant; the status is checked with the code and this number. */
  mobile: ApplicationMobile,
  address: ApplicantAddress,
  /** Only when the resident chose to type it (sensitive: needs `consent.sensitive`). */
  idNumber: z.optional(IdNumber),
  sex: z.optional(z.enum(SEXES)),
  birthYear: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
}).check(z.refine((a) => a.for === 'self' || !!a.relationship, { message: msg('relationship'), path: ['relationship'] }))
export type Applicant = z.infer<typeof Applicant>

/** 案由 of the national form. */
export const CASE_CAUSES = ['marriage-family', 'support', 'work-injury', 'labour', 'damages', 'survivor-pension', 'other'] as const
export type CaseCause = (typeof CASE_CAUSES)[number]

/** 法律地位: civil, administrative and arbitration sides; criminal roles. */
export const LEGAL_POSITIONS = [
  'plaintiff', 'defendant', 'third-party', 'applicant', 'respondent',
  'private-prosecutor', 'criminal-suspect', 'criminal-defendant', 'victim', 'victim-relative',
] as const
export type LegalPosition = (typeof LEGAL_POSITIONS)[number]

/** 申请法律援助方式. */
export const AID_KINDS = ['criminal-defence', 'victim-representation', 'civil-litigation', 'administrative-litigation', 'arbitration', 'notarisation', 'non-litigation-mediation'] as const
export type AidKind = (typeof AID_KINDS)[number]

/** 法律状态: where the matter stands (litigation split into its stages). */
export const MATTER_STAGES = [
  'not-started', 'mediation', 'arbitration', 'administrative-handling', 'administrative-reconsideration',
  'litigation-investigation', 'litigation-prosecution', 'litigation-first-instance', 'litigation-second-instance', 'litigation-remanded', 'litigation-retrial',
] as const
export type MatterStage = (typeof MATTER_STAGES)[number]

export const Matter = z.object({
  /** The screener's problem fact (rules vocabulary), so staff see the matter as the resident chose it. */
  problem: z.enum(PROBLEMS),
  /** 案由 of the form (the county's statistics also count by the rules' dispute category of `problem`). */
  cause: z.enum(CASE_CAUSES),
  position: z.optional(z.enum(LEGAL_POSITIONS)),
  aidKind: z.optional(z.enum(AID_KINDS)),
  stage: z.enum(MATTER_STAGES),
  /** The short account: chip ids chosen (in the order tapped), and optional words. */
  account: z.object({
    chips: z.array(id).check(z.maxLength(20)),
    text: z.optional(z.string().check(z.trim(), z.maxLength(500, msg('invalid')))),
  }),
  /** LAL 44: needs doing within days. */
  urgency: z.object({
    urgent: z.boolean(),
    needs: z._default(z.array(z.enum(URGENT_NEEDS)), []),
    /** Days left before a deadline, when the resident said. */
    daysLeft: z.optional(z.int().check(z.gte(0), z.lte(3650))),
  }),
})
export type Matter = z.infer<typeof Matter>

export const CitationRef = z.object({ law: z.string().check(z.minLength(1), z.maxLength(40)), article: z.int().check(z.gte(1)), item: z.optional(z.int().check(z.gte(1))) })
export type CitationRef = z.infer<typeof CitationRef>

/** A fact's value as the screener holds it: a choice, a number, yes/no, several choices, or 'unknown'. */
const FactValue = z.union([z.string().check(z.maxLength(60)), z.number(), z.boolean(), z.array(z.string().check(z.maxLength(60))).check(z.maxLength(20))])

export const ScreeningRecord = z.object({
  /** The rule pack (region id, e.g. `national` or `CN-NX`) and its version. */
  packId: z.string().check(z.minLength(1), z.maxLength(40)),
  packVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  outcome: z.enum(OUTCOMES),
  /** The answers the screener used, keyed by fact name (rules vocabulary). */
  facts: z.record(z.string().check(z.regex(/^[a-z][A-Za-z.]{0,40}$/)), FactValue),
  /** Why, as reason codes with their citations; the console names them from the pack. */
  reasons: z.array(z.object({ code: z.string().check(z.minLength(1), z.maxLength(80)), citations: z.array(CitationRef).check(z.maxLength(10)) })).check(z.maxLength(40)),
  /** Material codes the screener listed (what to bring). */
  materials: z._default(z.array(z.string().check(z.maxLength(80))).check(z.maxLength(40)), []),
  /** Exempt groups the resident named (LAL 42), for 人群类别. */
  groups: z._default(z.array(z.enum(GROUPS)), []),
  ageBand: z.optional(z.enum(AGE_BANDS)),
})
export type ScreeningRecord = z.infer<typeof ScreeningRecord>

/** Household finances, only when given (sensitive: needs `consent.sensitive`). Yuan per month. */
export const Finances = z.object({
  householdSize: z.int().check(z.gte(1), z.lte(30)),
  monthlyIncome: z.object({
    /** 工资/离退休金 */
    wagesOrPension: z.optional(yuan),
    /** 救济金 */
    relief: z.optional(yuan),
    other: z.optional(yuan),
  }),
  property: z._default(
    z.array(z.object({ address: z.optional(z.string().check(z.maxLength(200))), areaM2: z.optional(z.number().check(z.gt(0), z.lte(100_000))), use: z.enum(['own-use', 'rented-out']) })).check(z.maxLength(10)),
    [],
  ),
})
export type Finances = z.infer<typeof Finances>

export const ApplicationConsent = z.object({
  /** Personal data for this application (PIPL 13–14): always needed to apply. */
  given: z.literal(true, msg('consent-required')),
  /** The separate consent for sensitive data (ID number, finances; PIPL 28–29): needed when either is sent. */
  sensitive: z.boolean(),
  /** Version of the consent text shown. */
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  at: instant,
})
export type ApplicationConsent = z.infer<typeof ApplicationConsent>

/** The integrity pledge (LAL 41), read in plain words; the LAL 64 warning said once. */
export const Pledge = z.object({
  accepted: z.literal(true, msg('pledge-required')),
  /** Who read it aloud: staff (who note it), the device's voice, or nobody (the resident read it). */
  readAloud: z.enum(['staff', 'device', 'none']),
  /** The LAL 64 warning was shown. */
  warningShown: z.literal(true, msg('pledge-required')),
  version: z.string().check(z.minLength(1), z.maxLength(40)),
})
export type Pledge = z.infer<typeof Pledge>

export const ApplicationSubmission = z.object({
  /** The same on every retry, so a retry after a lost reply never applies twice. */
  idempotencyKey: key,
  /** The office the application goes to (the county service's office id). */
  officeId: id,
  /** The workroom it was taken at (a place id of the office), when from a kiosk. */
  workroomId: z.optional(id),
  channel: z.enum(CHANNELS),
  applicant: Applicant,
  matter: Matter,
  screening: ScreeningRecord,
  finances: z.optional(Finances),
  consent: ApplicationConsent,
  pledge: Pledge,
}).check(
  z.refine((s) => s.consent.sensitive || (!s.finances && !s.applicant.idNumber), { message: msg('consent-required'), path: ['consent', 'sensitive'] }),
)
export type ApplicationSubmission = z.input<typeof ApplicationSubmission>
export type ParsedApplicationSubmission = z.output<typeof ApplicationSubmission>

// ── what the resident sees ──

export const APPLICATION_STATES = ['received', 'materials-requested', 'forwarded', 'granted', 'refused', 'withdrawn'] as const
export type ApplicationState = (typeof APPLICATION_STATES)[number]

/** LAL 43: days from receipt to a decision; after a grant, days to assign a lawyer. LAL 49: days the bureau has to answer an objection. */
export const DECISION_DAYS = 7
export const LAWYER_DAYS = 3
export const OBJECTION_ANSWER_DAYS = 5

/** LAL 49: where a refused applicant may object (the justice bureau that set up the agency), shown with every refusal. */
export const ObjectionRoute = z.object({
  to: z.literal('justice-bureau'),
  /** The bureau's name as the office configures it, when known. */
  bureau: z.optional(z.string().check(z.maxLength(100))),
  answerWithinDays: z.literal(OBJECTION_ANSWER_DAYS),
  citation: CitationRef,
})
export type ObjectionRoute = z.infer<typeof ObjectionRoute>

/** One missing material: a code from the pack's materials, or words staff wrote. */
export const MissingMaterial = z.object({
  code: z.optional(z.string().check(z.maxLength(80))),
  text: z.optional(z.string().check(z.trim(), z.maxLength(200))),
}).check(z.refine((m) => !!m.code || !!m.text, { message: msg('materials-required') }))
export type MissingMaterial = z.infer<typeof MissingMaterial>

const common = {
  code: ApplicationCode,
  receivedAt: instant,
  /** LAL 43: the date a decision is due (receipt + 7 days, Asia/Shanghai). */
  decisionDue: isoDate,
  /** Days left to the decision, counted in Asia/Shanghai days; negative when overdue; absent once decided or withdrawn. */
  daysLeft: z.optional(z.int()),
  updatedAt: instant,
}

export const ApplicationStatus = z.discriminatedUnion('state', [
  z.object({ ...common, state: z.literal('received') }),
  z.object({
    ...common,
    state: z.literal('materials-requested'),
    /** The one list (LAL 43: all at once); not supplying them counts as withdrawing. */
    materials: z.array(MissingMaterial).check(z.minLength(1), z.maxLength(30)),
    requestedAt: instant,
    /** When staff need them by, if they set a date. */
    supplyBy: z.optional(isoDate),
  }),
  z.object({
    ...common,
    state: z.literal('forwarded'),
    /** The county legal-aid agency it went to. */
    agency: z.string().check(z.maxLength(100)),
    forwardedAt: instant,
  }),
  z.object({
    ...common,
    state: z.literal('granted'),
    decidedAt: instant,
    /** LAL 43: a lawyer assigned within 3 days of the grant. */
    lawyerAssignedBy: isoDate,
  }),
  z.object({
    ...common,
    state: z.literal('refused'),
    decidedAt: instant,
    /** The written reasons (LAL 43). */
    reasons: z.string().check(z.minLength(1), z.maxLength(2000)),
    objection: ObjectionRoute,
  }),
  z.object({
    ...common,
    state: z.literal('withdrawn'),
    at: instant,
    why: z.enum(['resident', 'materials-not-supplied']),
  }),
])
export type ApplicationStatus = z.infer<typeof ApplicationStatus>

/** What a submit answers: the code to keep, when it was received, when a decision is due. */
export const ApplicationReceipt = z.object({
  code: ApplicationCode,
  receivedAt: instant,
  decisionDue: isoDate,
  status: ApplicationStatus,
})
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>

export const StatusRequest = z.object({ code: ApplicationCode, mobile: ApplicationMobile })
export type StatusRequest = z.infer<typeof StatusRequest>

// ── the kiosk's offline applications ──

/** A kiosk offline gives the code itself (with `newApplicationCode`); receipt is when the workroom took it. */
export const ApplicationSyncEntry = z.object({
  idempotencyKey: key,
  operation: z.literal('submit'),
  createdAt: instant,
  body: z.object({ code: ApplicationCode, submission: ApplicationSubmission }),
})
export type ApplicationSyncEntry = z.input<typeof ApplicationSyncEntry>
/** At most 50 a batch, applied in order; each entry checked on its own (one bad entry must not refuse the rest). */
export const ApplicationSyncRequest = z.object({
  entries: z.array(z.object({ idempotencyKey: z.string(), operation: z.string(), createdAt: z.string(), body: z.unknown() })).check(z.maxLength(50)),
})
export type ApplicationSyncRequest = { entries: ApplicationSyncEntry[] }
export const ApplicationSyncResult = z.object({
  idempotencyKey: z.string(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  reason: z.optional(z.object({ code: z.enum(APPLICATION_ERROR_CODES), message: z.string() })),
  /** The code the service holds the application under (the kiosk's, unless it clashed and was refused). */
  code: z.optional(ApplicationCode),
})
export type ApplicationSyncResult = z.infer<typeof ApplicationSyncResult>
export const ApplicationSyncResponse = z.object({ results: z.array(ApplicationSyncResult) })
export type ApplicationSyncResponse = z.infer<typeof ApplicationSyncResponse>

export const ApplicationErrorResponse = z.object({ error: z.object({ code: z.enum(APPLICATION_ERROR_CODES), message: z.string(), retryAt: z.optional(z.string()) }) })
export type ApplicationErrorResponse = z.infer<typeof ApplicationErrorResponse>

/**
 * The routes, relative to an office's base URL (all POST, JSON). `sync` needs the kiosk's device
 * token (`Authorization: Bearer …`) and sends `x-workroom-version` / `x-workroom-pending`, as a
 * booking sync does. Staff routes live in the console's API.
 */
export const APPLICATION_ROUTES = {
  submit: { path: '/applications', request: ApplicationSubmission, response: ApplicationReceipt, summary: 'Apply for legal aid (idempotent by key); answers the code and the decision date' },
  status: { path: '/applications/status', request: StatusRequest, response: ApplicationStatus, summary: 'Resident: the state of an application, by code and mobile (rate-limited, locked out after repeated misses)' },
  sync: { path: '/staff/applications/sync', request: ApplicationSyncRequest, response: ApplicationSyncResponse, summary: 'Kiosk: send applications taken offline, in order; a reply per entry (applied, duplicate or rejected)' },
} as const
export type ApplicationOperation = keyof typeof APPLICATION_ROUTES

/** HTTP status for each error code (the service answers 4xx for every bad input, never 5xx). */
export const APPLICATION_HTTP_STATUS: Record<ApplicationErrorCode, number> = {
  invalid: 400, name: 400, mobile: 400, address: 400, 'id-number': 400, relationship: 400, 'consent-required': 400, 'pledge-required': 400,
  'reasons-required': 400, 'materials-required': 400, 'not-found': 404, conflict: 409, 'rate-limited': 429, locked: 423, forbidden: 403, unavailable: 503, timeout: 504,
}

type Issue = { path: PropertyKey[]; message: string }
const KEY = /^screening:application\.errors\.([a-z-]+)$/

/** The error code a zod issue names (its message is an i18n key), else `invalid`. */
export function issueCode(issue: Issue): ApplicationErrorCode {
  const c = KEY.exec(issue.message)?.[1]
  return (APPLICATION_ERROR_CODES as readonly string[]).includes(c ?? '') ? (c as ApplicationErrorCode) : 'invalid'
}

/** Parses with a schema or throws an ApplicationError: the first issue's code, every path in the message. */
export function parseApplicationOrThrow<T>(schema: { safeParse(d: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } }, data: unknown): T {
  const r = schema.safeParse(data)
  if (r.success) return r.data
  throw new ApplicationError(issueCode(r.error.issues[0]!), r.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; '))
}

/** Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(at: Date | number): string {
  return new Date(+at + 8 * 3600_000).toISOString().slice(0, 10)
}

/** The date `days` calendar days after an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** LAL 43's clock: the decision date (receipt + 7 days) and the days left on `now` (negative when overdue). */
export function decisionClock(receivedAt: string | Date, now: Date | number): { decisionDue: string; daysLeft: number } {
  const decisionDue = addDays(shanghaiDate(typeof receivedAt === 'string' ? Date.parse(receivedAt) : receivedAt), DECISION_DAYS)
  const daysLeft = Math.round((Date.parse(`${decisionDue}T00:00:00Z`) - Date.parse(`${shanghaiDate(now)}T00:00:00Z`)) / 86_400_000)
  return { decisionDue, daysLeft }
}

/** The LAL 49 route for a refusal. */
export const objectionRoute = (bureau?: string): ObjectionRoute => ({ to: 'justice-bureau', ...(bureau ? { bureau } : {}), answerWithinDays: OBJECTION_ANSWER_DAYS, citation: { law: 'LAL', article: 49 } })
