import { AGE_BANDS, DISABILITIES, GROUPS, PROBLEMS, URGENT_NEEDS, type FactKey, type Problem } from './types.js'

export interface FactSpec {
  kind: 'enum' | 'set' | 'boolean' | 'integer' | 'number'
  /** Allowed values for 'enum' and 'set'. */
  values?: readonly string[]
  /** Whether the answer may be 'unknown' ("I don't know"). */
  unknown: boolean
  min?: number
  max?: number
  /** Taken when the fact is absent; such a fact is never asked. */
  default?: string
  /**
   * Whether `next` may name it. Facts that are not asked are still used when a host
   * supplies them (e.g. an exact `deadline.daysLeft` from a court notice).
   */
  askable: boolean
  /**
   * For a fact that is not asked itself but through a tap-friendly one: the fact `next` names
   * instead while neither is answered (`applicant.age` is asked as `applicant.ageBand`).
   */
  askedAs?: FactKey
  /** For a band fact: the range [min, max] of the number fact (`bandOf`) each value stands for. */
  bands?: { readonly [value: string]: readonly [number, number] }
  bandOf?: FactKey
}

/** Every fact the engine knows, for the UI (question widgets, input checks). */
export const FACTS: { readonly [K in FactKey]-?: FactSpec } = {
  problem: { kind: 'enum', values: PROBLEMS, unknown: true, askable: true },
  // Problem values are phrased as claims, so most rules need no side. Asked only where a rule tests it, i.e. where the answer changes the outcome (a traffic accident).
  side: { kind: 'enum', values: ['claimant', 'respondent'], unknown: true, askable: true },
  hasLawyer: { kind: 'boolean', unknown: true, askable: true },
  'criminal.minor': { kind: 'boolean', unknown: true, askable: true },
  'criminal.disability': { kind: 'enum', values: DISABILITIES, unknown: true, askable: true },
  'criminal.lifeOrDeath': { kind: 'boolean', unknown: true, askable: true },
  'criminal.deathReview': { kind: 'boolean', unknown: true, askable: true },
  'criminal.absentia': { kind: 'boolean', unknown: true, askable: true },
  // Rules compare exact ages; residents tap a band (a host may pass the exact age).
  'applicant.age': { kind: 'integer', min: 0, max: 130, unknown: true, askable: false, askedAs: 'applicant.ageBand' },
  'applicant.ageBand': {
    kind: 'enum',
    values: AGE_BANDS,
    unknown: true,
    askable: true,
    bandOf: 'applicant.age',
    bands: { 'under-18': [0, 17], '18-59': [18, 59], '60-69': [60, 69], '70-plus': [70, 130] },
  },
  'applicant.gender': { kind: 'enum', values: ['female', 'male', 'unspecified'], unknown: true, askable: true },
  'applicant.disabled': { kind: 'boolean', unknown: true, askable: true },
  'applicant.abused': { kind: 'boolean', unknown: true, askable: true },
  'applicant.fixedIncome': { kind: 'boolean', unknown: true, askable: true },
  'applicant.seriousIllness': { kind: 'boolean', unknown: true, askable: true },
  'applicant.groups': { kind: 'set', values: GROUPS, unknown: true, askable: true },
  'household.size': { kind: 'integer', min: 1, max: 100, unknown: true, askable: true },
  // Typing the amount stays possible, but the question asked is the tap form below.
  'household.monthlyIncome': { kind: 'number', min: 0, unknown: true, askable: false, askedAs: 'household.incomeWithinLine' },
  'household.valuableAssets': { kind: 'boolean', unknown: true, askable: true },
  'household.incomeWithinLine': { kind: 'boolean', unknown: true, askable: true },
  'retrial.ordered': { kind: 'boolean', unknown: true, askable: true },
  'deadline.daysLeft': { kind: 'integer', min: 0, unknown: true, askable: false },
  'urgent.preservation': { kind: 'boolean', unknown: true, askable: false },
  'urgent.needs': { kind: 'set', values: URGENT_NEEDS, unknown: true, askable: true },
}

export const FACT_KEYS = Object.keys(FACTS) as FactKey[]

/** Mediation statistics categories (婚姻家庭, 邻里, 房屋宅基地, … 其他), in their usual order. */
export const DISPUTE_CATEGORIES = [
  'marriage-family',
  'neighbour',
  'housing-homestead',
  'contract',
  'production-business',
  'damages',
  'forest-land',
  'land-acquisition-demolition',
  'environment',
  'labour',
  'consumer',
  'medical',
  'traffic',
  'property-management',
  'village-affairs',
  'other',
] as const
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number]

const CATEGORY: { readonly [P in Problem]: DisputeCategory } = {
  wages: 'labour',
  'labour-relationship': 'labour',
  'work-injury': 'labour',
  'traffic-injury': 'traffic',
  'medical-injury': 'medical',
  'food-drug-injury': 'damages',
  'environment-damage': 'environment',
  'support-payment': 'marriage-family',
  'social-insurance': 'labour',
  'social-assistance': 'other',
  'survivor-pension': 'other',
  'state-compensation': 'other',
  'civil-capacity': 'marriage-family',
  'domestic-violence': 'marriage-family',
  'good-samaritan': 'damages',
  'martyr-rights': 'other',
  'retrial-acquittal-compensation': 'other',
  'criminal-defence': 'other',
  'criminal-victim': 'damages',
  'compulsory-medical': 'other',
  retrial: 'other',
  divorce: 'marriage-family',
  neighbour: 'neighbour',
  homestead: 'housing-homestead',
  'land-contract': 'forest-land',
  'land-acquisition': 'land-acquisition-demolition',
  'contract-debt': 'contract',
  consumer: 'consumer',
  'property-management': 'property-management',
  inheritance: 'marriage-family',
  petition: 'other',
  other: 'other',
}

/** The mediation statistics category of a problem, for anonymous counts; 'other' when not a known problem. */
export function disputeCategory(problem: string): DisputeCategory {
  return Object.hasOwn(CATEGORY, problem) ? CATEGORY[problem as Problem] : 'other'
}
