import type { PictureId } from '@workroom/core/illustrations'
import { PROBLEMS } from '@workroom/rules/engine'

/**
 * The problem question in everyday categories. `common` ones are shown first with a picture;
 * the rest appear under "more". Keywords (in the locale files) feed the type-to-search box.
 */
export const COMMON_PROBLEMS = [
  'wages',
  'work-injury',
  'traffic-injury',
  'support-payment',
  'divorce',
  'domestic-violence',
  'neighbour',
  'homestead',
  'land-contract',
  'land-acquisition',
  'contract-debt',
  'criminal-defence',
  // Always in sight: a resident who cannot place the problem needs a way on, not "more".
  'other',
] as const

/** Every other problem the engine knows, in its order: one list, kept by the rule engine. */
export const OTHER_PROBLEMS: readonly string[] = PROBLEMS.filter((p) => !(COMMON_PROBLEMS as readonly string[]).includes(p))

/**
 * A picture from the shared set for each common problem, recognisable at a glance (decorative:
 * the label carries the meaning). Problems without one show their words alone.
 */
export const PROBLEM_PICTURES: Partial<Record<string, PictureId>> = {
  wages: 'unpaid-wages',
  'work-injury': 'work-injury',
  'traffic-injury': 'traffic',
  'support-payment': 'elder-care',
  divorce: 'divorce',
  'domestic-violence': 'protection',
  neighbour: 'neighbours',
  homestead: 'homestead',
  'land-contract': 'farmland',
  'land-acquisition': 'demolition',
  'contract-debt': 'contract',
  'criminal-defence': 'courtroom',
  other: 'think-again',
}
