// The public vocabulary of the engine. Fact keys and values are a contract shared with the
// screener and with tests outside this package: extend, never rename.

/** Languages a pack's text may come in: Chinese and English always, Tibetan (bo) and Uyghur (ug) where translated. */
export type Lang = 'zh-Hans' | 'en' | 'bo' | 'ug'

/** Text in every language a pack must carry (zh-Hans and en), and in bo and ug where translated. */
export interface Localized {
  'zh-Hans': string
  en: string
  bo?: string | undefined
  ug?: string | undefined
}

export const PROBLEMS = [
  'wages',
  'labour-relationship',
  'work-injury',
  'traffic-injury',
  'medical-injury',
  'food-drug-injury',
  'environment-damage',
  'support-payment',
  'social-insurance',
  'social-assistance',
  'survivor-pension',
  'state-compensation',
  'civil-capacity',
  'domestic-violence',
  'good-samaritan',
  'martyr-rights',
  'retrial-acquittal-compensation',
  'criminal-defence',
  'criminal-victim',
  'compulsory-medical',
  'retrial',
  'divorce',
  'neighbour',
  'homestead',
  'land-contract',
  'land-acquisition',
  'contract-debt',
  'consumer',
  'property-management',
  'inheritance',
  'petition',
  'other',
] as const
export type Problem = (typeof PROBLEMS)[number]

export const GROUPS = ['dibao', 'tekun', 'judicial-assistance', 'special-care', 'migrant-worker', 'military'] as const
export type Group = (typeof GROUPS)[number]

export const DISABILITIES = ['visual', 'hearing', 'speech', 'mental', 'none'] as const
export type Disability = (typeof DISABILITIES)[number]

/** What needs doing within days (LAL 44): added to the vocabulary so one question covers both. */
export const URGENT_NEEDS = ['deadline', 'preservation'] as const
export type UrgentNeed = (typeof URGENT_NEEDS)[number]

/** Age bands for the tap form of the age question: only the thresholds of LAL 42(1) and regional exemptions (18, 60, 70) matter. */
export const AGE_BANDS = ['under-18', '18-59', '60-69', '70-plus'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

/** The answer a resident gives when they do not know. */
export type Unknown = 'unknown'

/**
 * What the engine reasons on: a flat object keyed by dotted names. A fact not yet asked is
 * absent; a fact the resident could not answer is the string 'unknown'.
 */
export interface Facts {
  problem?: Problem | Unknown
  side?: 'claimant' | 'respondent' | Unknown
  hasLawyer?: boolean | Unknown
  'criminal.minor'?: boolean | Unknown
  'criminal.disability'?: Disability | Unknown
  'criminal.lifeOrDeath'?: boolean | Unknown
  'criminal.deathReview'?: boolean | Unknown
  'criminal.absentia'?: boolean | Unknown
  'applicant.age'?: number | Unknown
  'applicant.ageBand'?: AgeBand | Unknown
  'applicant.gender'?: 'female' | 'male' | 'unspecified' | Unknown
  'applicant.disabled'?: boolean | Unknown
  'applicant.abused'?: boolean | Unknown
  'applicant.fixedIncome'?: boolean | Unknown
  'applicant.seriousIllness'?: boolean | Unknown
  'applicant.groups'?: readonly Group[] | Unknown
  'household.size'?: number | Unknown
  'household.monthlyIncome'?: number | Unknown
  'household.valuableAssets'?: boolean | Unknown
  'household.incomeWithinLine'?: boolean | Unknown
  'retrial.ordered'?: boolean | Unknown
  'deadline.daysLeft'?: number | Unknown
  'urgent.preservation'?: boolean | Unknown
  'urgent.needs'?: readonly UrgentNeed[] | Unknown
}

export type FactKey = keyof Facts

export type Outcome =
  | 'mandatory-appointment'
  | 'eligible-no-means-test'
  | 'eligible-means-waived'
  | 'likely-eligible'
  | 'likely-ineligible-means'
  | 'out-of-scope'
  | 'already-represented'

export const OUTCOMES = [
  'mandatory-appointment',
  'eligible-no-means-test',
  'eligible-means-waived',
  'likely-eligible',
  'likely-ineligible-means',
  'out-of-scope',
  'already-represented',
] as const satisfies readonly Outcome[]

export interface Citation {
  /** Law id, a key of the pack's `laws` (e.g. 'LAL' for the Legal Aid Law 2021). */
  law: string
  article: number
  item?: number | undefined
}

export interface Reason {
  code: string
  citations: Citation[]
}

export interface Means {
  /** 'dibao' | 'minimum-wage' | 'disposable-income': what the line is a share of. */
  basis: string
  /** Yuan per head per month. */
  line: number
  /**
   * Household monthly income divided by household size, rounded to the fen: only when an amount
   * was stated (`household.monthlyIncome`); absent when the resident answered the tap form
   * (`household.incomeWithinLine`).
   */
  perHead?: number
}

export interface Screening {
  status: 'needs-facts' | 'complete'
  /** The one fact to ask next; only a fact whose answer can still change the result. */
  next?: FactKey
  outcome?: Outcome
  urgent: boolean
  reasons: Reason[]
  means?: Means
  /** Route codes, best first; `text(pack, code, lang)` names them. */
  routes: string[]
  /** Material codes: what to bring. */
  materials: string[]
  /** Note codes: what to know, e.g. which proof to bring after an 'unknown' answer. */
  notes: string[]
}

/** Local figures an overlay's hardship basis needs when it does not carry them (yuan/head/month). */
export interface HardshipParams {
  dibaoMonthly?: number
  minimumWageMonthly?: number
  disposableIncomeMonthly?: number
}

/**
 * A test on facts. Written by hand rather than inferred from the schema because it is
 * recursive. Exactly one form is used (the schema checks it):
 * a leaf `{ fact, <one of eq | in | has | hasAny | lt | lte | gt | gte> }`,
 * or `{ all: [...] }`, `{ any: [...] }`, `{ not: {...} }`.
 */
export interface Condition {
  fact?: FactKey | undefined
  eq?: string | number | boolean | undefined
  in?: (string | number)[] | undefined
  has?: string | undefined
  hasAny?: string[] | undefined
  lt?: number | undefined
  lte?: number | undefined
  gt?: number | undefined
  gte?: number | undefined
  all?: Condition[] | undefined
  any?: Condition[] | undefined
  not?: Condition | undefined
}
