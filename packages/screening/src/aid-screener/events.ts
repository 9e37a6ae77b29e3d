// What <wr-aid-screener> reports to its page: the event details, plain data and never who the
// resident is, and which kind of booking a result recommends.
import type { DisputeCategory, Screening } from '@workroom/rules/engine'

/** What `wr-screening-complete` carries: the result, never who the resident is. */
export interface ScreeningCompleteDetail {
  outcome: NonNullable<Screening['outcome']>
  urgent: boolean
  reasons: Screening['reasons']
  routes: string[]
  materials: string[]
  means?: Screening['means']
  region: string
  /** How many questions it took. */
  questions: number
  /** The problem the resident chose (a `PROBLEMS` id); absent when they answered "I don't know". */
  problem?: string
  /**
   * The mediation statistics category of that problem (`disputeCategory(problem)` of
   * @workroom/rules: 'labour', 'marriage-family', …), 'other' without a problem: for anonymous
   * counts by category.
   */
  disputeCategory: DisputeCategory
}

export interface ScreeningStepDetail {
  /** 1-based number of the question now shown. */
  step: number
  fact: string
}

/**
 * Which kind of booking the result recommends, in the booking services' own vocabulary (a
 * county's config names its services as it likes; their `kind` says what they are).
 */
export type RecommendedService = 'legal-aid' | 'mediation' | 'legal-consultation'

/** A place the result names, to show in the service directory: its entry id, and the route that named it. */
export interface ScreeningPlaceRequestDetail {
  entry: string
  route?: string
}

/** What the resident agreed to hand to booking. Only ticked items are present. */
export interface ScreeningBookDetail {
  /** The kind of service to offer first (not personal: it only opens the right booking). */
  recommends: RecommendedService
  outcome: NonNullable<Screening['outcome']>
  urgent?: boolean
  problem?: string
  routes: string[]
}

const AID_OUTCOMES = new Set(['mandatory-appointment', 'eligible-no-means-test', 'eligible-means-waived', 'likely-eligible', 'likely-ineligible-means'])

/** Legal aid when the result says it can be applied for; mediation when that is the first way on; else a consultation. */
export function recommendedService(r: Pick<Screening, 'outcome' | 'routes'>): RecommendedService {
  if (r.outcome && AID_OUTCOMES.has(r.outcome)) return 'legal-aid'
  if (r.routes.slice(0, 2).some((x) => x.endsWith('mediation'))) return 'mediation'
  return 'legal-consultation'
}
