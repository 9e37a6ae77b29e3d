// The resident side's view of the application contract: what it sends and what it reads back.
// The county service's own schemas (application contract) are the source of truth on the wire;
// this module is what the flow and the views need, so they do not load zod.
import type { AidMode, CaseType, Finances, Group, LegalStatus, Stage } from './from-screening.js'

/** Who the application is for (LAL 40: a representative or close relative may apply). */
export type ForWhom = 'self' | 'other'
export const RELATIONSHIPS = ['parent', 'child', 'spouse', 'sibling', 'guardian', 'other-relative'] as const
export type Relationship = (typeof RELATIONSHIPS)[number]

/** What the resident tells about the matter, by chips (the words are the chips' and theirs). */
export const ACCOUNT_TOPICS = ['unpaid', 'injured', 'no-contract', 'dismissed', 'beaten', 'threatened', 'no-support', 'property', 'children', 'sued', 'evidence', 'other'] as const
export type AccountTopic = (typeof ACCOUNT_TOPICS)[number]

export const CONSENT_VERSION = 'application-2026-1'

export interface ApplicationRequest {
  /** The same key for every retry of one application: the service stores it once. */
  idempotencyKey: string
  /** 8 digits, given on the kiosk when it queues the application offline; else the service gives it. */
  code?: string
  region: string
  applicant: {
    name: string
    mobile: string
    address: string
    village?: string
    /** Only when the resident chose to give it and agreed to its use. */
    idNumber?: string
  }
  /** Present when someone applies for another person. */
  representative?: { name: string; relationship: Relationship }
  matter: {
    problem?: string
    caseType: CaseType
    legalStatus?: LegalStatus
    aidMode: AidMode
    stage: Stage
    topics: AccountTopic[]
    account: string
  }
  groups: Group[]
  /** Only when the resident agreed to pass them on. */
  finances?: Finances
  screening: { outcome: string; urgent: boolean; reasons: string[]; materials: string[] }
  consent: { version: string; at: string; sensitive: { finances: boolean; idNumber: boolean } }
  /** The integrity pledge (LAL 41), when the finances will be checked. */
  pledge?: { version: string; at: string }
}

export interface ApplicationReceipt {
  /** 8 digits: what the resident keeps, shows staff and checks the status with. */
  code: string
  receivedAt: string
  /** Queued on this kiosk, to be sent when the network is back. */
  queued?: boolean
}

export type ApplicationState = 'received' | 'missing-materials' | 'forwarded' | 'granted' | 'refused'

export interface ApplicationStatus {
  code: string
  state: ApplicationState
  receivedAt: string
  /** LAL 43: the materials still needed, listed once, all together. */
  missing?: string[]
  /** The written reasons of a refusal. */
  reasons?: string
  /** Granted: the lawyer or firm assigned, when known. */
  assigned?: string
  /** When the agency must decide by (7 days from receipt, LAL 43). */
  decideBy?: string
  decidedAt?: string
}

/** How an application reaches the county service: over HTTP, or into a kiosk's outbox. */
export interface ApplicationProvider {
  submit(request: ApplicationRequest): Promise<ApplicationReceipt>
  status(query: { code: string; mobile: string }): Promise<ApplicationStatus>
}

export type ApplicationErrorCode = 'not-found' | 'invalid' | 'unavailable' | 'offline'

export class ApplicationError extends Error {
  constructor(
    readonly code: ApplicationErrorCode,
    message = code,
  ) {
    super(message)
    this.name = 'ApplicationError'
  }
}

/** 8 digits for an application made offline. */
export function newApplicationCode(): string {
  const bytes = crypto.getRandomValues(new Uint32Array(2))
  return String((bytes[0]! % 90_000_000) + 10_000_000)
}

export const APPLICATION_CODE = /^\d{8}$/

export function newKey(): string {
  return crypto.randomUUID()
}
