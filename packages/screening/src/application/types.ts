// The resident side's words for the application contract: the provider the flow sends through
// (the county service's client, or a kiosk's outbox), and the chips of the short account.
import type { ApplicationReceipt, ApplicationStatus, ApplicationSubmission, StatusRequest } from './contract.js'

export { RELATIONSHIPS, type Relationship } from './contract.js'

/** Who the application is for (LAL 40: a representative or close relative may apply). */
export type ForWhom = 'self' | 'someone'

/** What the resident tells about the matter, by chips (ids sent as `matter.account.chips`). */
export const ACCOUNT_TOPICS = ['unpaid', 'injured', 'no-contract', 'dismissed', 'beaten', 'threatened', 'no-support', 'property', 'children', 'sued', 'evidence', 'other'] as const
export type AccountTopic = (typeof ACCOUNT_TOPICS)[number]

/** The version of the consent and pledge words shown (changes when their text does). */
export const CONSENT_VERSION = 'application-2026-1'

/**
 * How an application reaches the county service: `ApplicationClient` over HTTP, or a kiosk's
 * sealed outbox (`queues`: the receipt is this device's, sent when the network is back).
 */
export interface ApplicationProvider {
  submit(submission: ApplicationSubmission): Promise<ApplicationReceipt>
  status(req: StatusRequest): Promise<ApplicationStatus>
  readonly queues?: boolean
}

/** A village or community of the workroom's config, to tap for the address. */
export interface Village {
  id: string
  name: string
}
