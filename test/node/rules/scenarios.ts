// The scenario table shared by the rule tests and the benchmark. Each case is a resident:
// the answers they would give, and what the screener must conclude and how many questions
// it may take to get there (driving `next` from an empty start).
import {
  evaluate,
  nationalPack,
  overlay,
  regions,
  type FactKey,
  type Facts,
  type HardshipParams,
  type Means,
  type Outcome,
  type RulePack,
  type Screening,
} from '../../../packages/rules/src/index.ts'

/** Example local figures for the overlays that take theirs as a parameter (not official values). */
export const EXAMPLE_PARAMS = {
  'CN-NX': { dibaoMonthly: 700 }, // line 2 × 700 = 1,400 yuan per head per month
  'CN-JS': { minimumWageMonthly: 2490 }, // line 2,490
  'CN-GD-ZS': {}, // published line 2,592
} as const satisfies Record<string, HardshipParams>

export type Region = keyof typeof EXAMPLE_PARAMS

export interface Scenario {
  name: string
  region?: Region
  /** Facts the host already knows before any question (not counted). */
  given?: Facts
  /** The resident's answer to every question the screener may ask. */
  answers: Facts
  expect: {
    outcome: Outcome
    urgent: boolean
    /** Every article cited in the reasons, as 'LAW article', sorted. */
    articles: string[]
    /** Questions asked by `next` until complete. */
    questions: number
    /** The exact questions, in order, where the order itself is the point. */
    asked?: FactKey[]
    means?: Means
    notes?: string[]
    /** Routes that must come first, in this order. */
    routesStart?: string[]
    materials?: string[]
    /** Reason codes that must be given / must not be. */
    reasons?: string[]
    notReasons?: string[]
  }
}

const packs = new Map<string, RulePack>()

export function packFor(region?: Region): RulePack {
  const key = region ?? 'CN'
  let pack = packs.get(key)
  if (pack === undefined) {
    pack = region === undefined ? nationalPack : overlay(nationalPack, regions[region], EXAMPLE_PARAMS[region])
    packs.set(key, pack)
  }
  return pack
}

export interface Drive {
  result: Screening
  /** The questions asked (`next`), in order. */
  asked: FactKey[]
  /** What answered each: the fact asked, or the typed form a resident may use instead (an amount for the income tap). */
  answered: [FactKey, unknown][]
}

/**
 * The typed form a resident may give instead of the tap question (the screener offers "type the
 * amount" beside "is it over X yuan?"); a case answers with it by giving that fact instead.
 */
export const TYPED_FORM: Partial<Record<FactKey, FactKey>> = {
  'household.incomeWithinLine': 'household.monthlyIncome',
  'applicant.ageBand': 'applicant.age',
}

/** Starts from the given facts and answers each `next` from `answers` until complete. */
export function drive(pack: RulePack, answers: Facts, given: Facts = {}): Drive {
  let facts: Facts = { ...given }
  const asked: FactKey[] = []
  const answered: [FactKey, unknown][] = []
  for (;;) {
    const result = evaluate(pack, facts)
    if (result.status === 'complete') return { result, asked, answered }
    const key = result.next!
    const typed = TYPED_FORM[key]
    const fact = key in answers ? key : typed !== undefined && typed in answers ? typed : undefined
    if (asked.length > 40 || fact === undefined) {
      throw new Error(`the screener asked "${key}", which this case does not answer (asked so far: ${asked.join(', ')})`)
    }
    asked.push(key)
    answered.push([fact, answers[fact]])
    facts = { ...facts, [fact]: answers[fact] }
  }
}

export function citedArticles(s: Screening): string[] {
  const all = new Set(s.reasons.flatMap((r) => r.citations.map((c) => `${c.law} ${c.article}`)))
  return [...all].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

const A = (...n: (number | string)[]) =>
  n.map((x) => (typeof x === 'number' ? `LAL ${x}` : x)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))

const NONE_URGENT: Facts = { 'urgent.needs': [] }

export const scenarios: Scenario[] = [
  // ---- LAL 42: means review waived ------------------------------------------------------
  {
    name: 'skips money questions for a 低保 recipient with unpaid wages',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: {
      outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4,
      asked: ['problem', 'hasLawyer', 'applicant.groups', 'urgent.needs'],
      routesStart: ['legal-aid-desk', 'labour-arbitration'], materials: ['id-card', 'assistance-card', 'wage-evidence'],
    },
  },
  {
    name: 'waives the money check for a migrant worker claiming wages (42-3)',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4, materials: ['migrant-worker-proof'] },
  },
  {
    name: 'waives the money check for a migrant worker hurt at work (42-3)',
    answers: { problem: 'work-injury', hasLawyer: false, 'applicant.groups': ['migrant-worker'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4 },
  },
  {
    name: 'does not waive the money check for a migrant worker only seeking to prove employment',
    answers: { problem: 'labour-relationship', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 5 },
  },
  {
    name: 'waives the money check for a 特困 person claiming social assistance (31-2, 42-2)',
    answers: { problem: 'social-assistance', hasLawyer: false, 'applicant.groups': ['tekun'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4 },
  },
  {
    name: 'waives the money check for a judicial-assistance recipient claiming social insurance',
    answers: { problem: 'social-insurance', hasLawyer: false, 'applicant.groups': ['judicial-assistance'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4, materials: ['judicial-assistance-proof'] },
  },
  {
    name: 'waives the money check for a special-care family claiming state compensation (31-1)',
    answers: { problem: 'state-compensation', hasLawyer: false, 'applicant.groups': ['special-care'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4 },
  },
  {
    name: 'waives the money check for an older person with no fixed income claiming a survivor pension (31-3, 42-1)',
    answers: { problem: 'survivor-pension', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 66, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 6, materials: ['no-fixed-income-proof'] },
  },
  {
    name: 'waives the money check at exactly 60 with no fixed income',
    region: 'CN-JS',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 60, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 6 },
  },
  {
    name: 'waives the money check for a 16-year-old with no income claiming support (31-4, 42-1)',
    answers: { problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 16, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 7, materials: ['family-evidence'] },
  },
  {
    name: 'waives the money check at 17 but not at 18',
    region: 'CN-JS',
    answers: { problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 17, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 7 },
  },
  {
    name: 'runs the money check for an 18-year-old with no fixed income and no disability',
    region: 'CN-JS',
    answers: {
      problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 18,
      'applicant.disabled': false, 'household.size': 3, 'household.monthlyIncome': 3000, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 10, means: { basis: 'minimum-wage', line: 2490, perHead: 1000 } },
  },
  {
    name: 'waives the money check for a disabled person with no fixed income seeking a capacity ruling (31-6, 42-1)',
    answers: { problem: 'civil-capacity', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 40, 'applicant.disabled': true, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 7, materials: ['disability-card'] },
  },
  {
    name: 'does not count military family status as a waiver by itself, but routes to the military legal-aid station (70)',
    answers: { problem: 'environment-damage', hasLawyer: false, 'applicant.groups': ['military'], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41, 70), questions: 5,
      routesStart: ['legal-aid-desk', 'military-legal-aid'], materials: ['military-proof'],
    },
  },
  {
    name: 'waives the money check for a crime victim on 低保 (29, 42-2)',
    answers: { problem: 'criminal-victim', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 29, 42), questions: 4 },
  },

  // ---- LAL 32: no means test -------------------------------------------------------------
  {
    name: 'gives domestic-violence victims aid with no money check and a protection-order route (32-4)',
    answers: { problem: 'domestic-violence', hasLawyer: false, ...NONE_URGENT },
    expect: {
      outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3,
      routesStart: ['legal-aid-desk', 'protection-order'], materials: ['violence-evidence'],
    },
  },
  {
    name: 'never asks about money or status for a Good Samaritan (32-2)',
    answers: { problem: 'good-samaritan', hasLawyer: false, ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3, asked: ['problem', 'hasLawyer', 'urgent.needs'], materials: ['good-samaritan-proof'] },
  },
  {
    name: "gives a martyr's close relative aid with no money check (32-1)",
    answers: { problem: 'martyr-rights', hasLawyer: false, ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3, materials: ['martyr-relation-proof'] },
  },
  {
    name: 'gives a person acquitted on retrial aid with no money check for state compensation (32-3)',
    answers: { problem: 'retrial-acquittal-compensation', hasLawyer: false, ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3, materials: ['retrial-judgment'] },
  },
  {
    name: 'puts the no-means-test rule before a 低保 waiver (32 before 42)',
    answers: { problem: 'domestic-violence', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3, asked: ['problem', 'hasLawyer', 'urgent.needs'] },
  },

  // ---- LAL 25, 28: mandatory appointment ------------------------------------------------
  {
    name: 'tells a minor suspect without a lawyer that one must be appointed (25-1)',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': true },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 3, routesStart: ['tell-case-authority'], materials: ['case-papers'] },
  },
  {
    name: 'appoints a lawyer for a blind defendant (25-2)',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'visual' },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 4 },
  },
  {
    name: 'appoints a lawyer for a deaf defendant (25-2)',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'hearing' },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 4 },
  },
  {
    name: 'appoints a lawyer for a defendant who cannot speak (25-2)',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'speech' },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 4 },
  },
  {
    name: 'appoints a lawyer for an adult who cannot fully control their conduct (25-3)',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'mental' },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 4 },
  },
  {
    name: 'appoints an experienced lawyer when life imprisonment or death is possible (25-4, 26)',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'none', 'criminal.lifeOrDeath': true },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25, 26), questions: 5 },
  },
  {
    name: 'appoints a lawyer in a death-penalty review (25-5, 26)',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'none', 'criminal.lifeOrDeath': false, 'criminal.deathReview': true },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25, 26), questions: 6 },
  },
  {
    name: 'appoints a lawyer for a defendant tried in absentia (25-6)',
    answers: {
      problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'none',
      'criminal.lifeOrDeath': false, 'criminal.deathReview': false, 'criminal.absentia': true,
    },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 7 },
  },
  {
    name: 'appoints a lawyer in compulsory medical treatment without asking anything else (28)',
    answers: { problem: 'compulsory-medical', hasLawyer: false },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 28), questions: 2 },
  },
  {
    name: 'puts mandatory appointment before any waiver: a minor on 低保 is never asked about groups',
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': true, 'applicant.groups': ['dibao'] },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 3, asked: ['problem', 'hasLawyer', 'criminal.minor'] },
  },
  {
    name: 'ignores urgency for a mandatory appointment even when a deadline is near',
    given: { 'deadline.daysLeft': 2 },
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': true },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25), questions: 3 },
  },
  {
    name: 'lets an adult suspect with no special status apply, means-tested (24)',
    answers: {
      problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'none', 'criminal.lifeOrDeath': false,
      'criminal.deathReview': false, 'criminal.absentia': false, 'applicant.groups': [], 'applicant.fixedIncome': true,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 24, 34, 41), questions: 9, routesStart: ['legal-aid-desk', 'duty-lawyer'] },
  },
  {
    name: 'runs the regional money check for an adult suspect in Jiangsu (24, 34)',
    region: 'CN-JS',
    answers: {
      problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'none', 'criminal.lifeOrDeath': false,
      'criminal.deathReview': false, 'criminal.absentia': false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 1, 'household.monthlyIncome': 2000,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 24, 34, 41), questions: 11 },
  },

  // ---- already represented --------------------------------------------------------------
  {
    name: 'tells someone who already has a lawyer that aid is not needed, citing the "without an agent" element of 31, not 48',
    answers: { problem: 'traffic-injury', side: 'claimant', hasLawyer: true },
    expect: { outcome: 'already-represented', urgent: false, articles: A(23, 31), questions: 3, routesStart: ['free-consultation'] },
  },
  {
    name: 'puts an existing defence lawyer before mandatory appointment, citing the "without a defender" element of 24',
    answers: { problem: 'criminal-defence', hasLawyer: true, 'criminal.minor': true },
    expect: { outcome: 'already-represented', urgent: false, articles: A(23, 24), questions: 2 },
  },
  {
    name: 'does not ask about a lawyer when the matter is out of scope anyway',
    answers: { problem: 'neighbour', hasLawyer: true },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, asked: ['problem'] },
  },

  // ---- out of scope, with routes ------------------------------------------------------
  {
    name: 'sends a neighbour dispute to people’s mediation',
    answers: { problem: 'neighbour' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation', 'court', 'free-consultation', 'hotline-12348'] },
  },
  {
    name: 'sends a homestead dispute to people’s mediation',
    answers: { problem: 'homestead' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation'], materials: ['land-evidence'] },
  },
  {
    name: 'sends land acquisition to administrative reconsideration, then litigation',
    answers: { problem: 'land-acquisition' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['administrative-reconsideration', 'administrative-litigation'] },
  },
  {
    name: 'sends a land-contract dispute to mediation, then land-contract arbitration',
    answers: { problem: 'land-contract' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation', 'land-contract-arbitration'] },
  },
  {
    name: 'sends a contract debt to mediation or court, arbitration only by agreement',
    answers: { problem: 'contract-debt' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation', 'court-money-claim', 'agreed-arbitration'] },
  },
  {
    name: 'sends a consumer dispute to mediation or court',
    answers: { problem: 'consumer' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation', 'court-money-claim'] },
  },
  {
    name: 'sends a property-management dispute to mediation or court',
    answers: { problem: 'property-management' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation'] },
  },
  {
    name: 'sends an inheritance matter to mediation and the notary office',
    answers: { problem: 'inheritance' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation', 'notary-office', 'court'] },
  },
  {
    name: 'treats an ordinary divorce as out of scope nationally, with mediation and no commercial arbitration',
    answers: { problem: 'divorce', 'applicant.abused': false },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 2, routesStart: ['peoples-mediation', 'court', 'free-consultation'] },
  },
  {
    name: 'treats a petition as out of scope nationally, with the letters-and-visits route first',
    answers: { problem: 'petition' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['letters-and-visits', 'free-consultation', 'hotline-12348'] },
  },
  {
    name: 'offers free consultation, mediation and the staff for any other problem, without calling it out of legal aid',
    answers: { problem: 'other' },
    expect: {
      outcome: 'out-of-scope', urgent: false, articles: A(23), questions: 1, reasons: ['scope-unclear'],
      routesStart: ['free-consultation', 'peoples-mediation', 'tell-staff', 'hotline-12348'],
    },
  },
  {
    name: 'treats the defendant in a traffic accident as out of scope nationally',
    given: { side: 'respondent' },
    answers: { problem: 'traffic-injury' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1 },
  },

  // ---- unknown answers ----------------------------------------------------------------
  {
    name: 'handles an unknown problem with consultation and a note to come and ask',
    answers: { problem: 'unknown' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23), questions: 1, notes: ['not-sure-ask'], reasons: ['scope-unclear'] },
  },
  {
    name: 'goes on as without a lawyer when that is unknown',
    answers: { problem: 'domestic-violence', hasLawyer: 'unknown', ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3 },
  },
  {
    name: 'asks to bring status proof when groups are unknown, and does not waive',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': 'unknown', 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 5, notes: ['bring-status-proof'] },
  },
  {
    name: 'does not ask age when fixed income is unknown, and notes the proof to bring',
    answers: { problem: 'medical-injury', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': 'unknown', ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 5, notes: ['bring-no-income-proof'] },
  },
  {
    name: 'falls back to the means-tested route when the suspect’s age is unknown',
    answers: {
      problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': 'unknown', 'criminal.disability': 'none', 'criminal.lifeOrDeath': false,
      'criminal.deathReview': false, 'criminal.absentia': false, 'applicant.groups': [], 'applicant.fixedIncome': true,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 24, 34, 41), questions: 9, notes: ['tell-authority-if-eligible'] },
  },
  {
    name: 'is not urgent when urgency is unknown, and says to speak up if it is',
    answers: { problem: 'martyr-rights', hasLawyer: false, 'urgent.needs': 'unknown' },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3, notes: ['say-if-urgent'] },
  },
  {
    name: 'counts an unknown income as likely eligible, citing 41, with the integrity pledge to bring (tap form)',
    region: 'CN-NX',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '18-59',
      'household.size': 3, 'household.incomeWithinLine': 'unknown', ...NONE_URGENT,
    },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 8, notes: ['bring-income-proof'],
      materials: ['integrity-pledge'], reasons: ['means-not-known'],
    },
  },
  {
    name: 'counts an unknown typed income as likely eligible too',
    region: 'CN-JS',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 2, 'household.monthlyIncome': 'unknown', ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 7, materials: ['integrity-pledge'], reasons: ['means-not-known'] },
  },
  {
    name: 'does not ask income when household size is unknown, and counts it likely eligible (41)',
    region: 'CN-NX',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '18-59', 'household.size': 'unknown', ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 7, notes: ['bring-income-proof'], materials: ['integrity-pledge'] },
  },

  // ---- LAL 33: petitions and retrials (means-tested; 42 waivers apply) --------------------
  {
    name: 'covers a retrial the court has ordered, means-tested (33)',
    answers: { problem: 'retrial', 'retrial.ordered': true, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 33, 34, 41), questions: 6, reasons: ['scope-retrial'],
      routesStart: ['legal-aid-desk', 'retrial-petition'], materials: ['retrial-papers'],
    },
  },
  {
    name: 'waives the money check for a 低保 recipient whose case the procuratorate protested (33, 42-2)',
    answers: { problem: 'retrial', 'retrial.ordered': true, hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 33, 42), questions: 5, materials: ['retrial-papers', 'assistance-card'] },
  },
  {
    name: 'runs the regional money check on a retrial in Jiangsu (33, 34)',
    region: 'CN-JS',
    answers: {
      problem: 'retrial', 'retrial.ordered': true, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 2, 'household.incomeWithinLine': false,
    },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 33, 34), questions: 7, means: { basis: 'minimum-wage', line: 2490 } },
  },
  {
    name: 'sends a petition not yet taken up to the court or procuratorate, out of scope (33)',
    answers: { problem: 'retrial', 'retrial.ordered': false },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 2, routesStart: ['retrial-petition', 'free-consultation'] },
  },
  {
    name: 'does not call a petition out of scope when the resident does not know whether a retrial was ordered',
    answers: { problem: 'retrial', 'retrial.ordered': 'unknown', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 33, 34, 41), questions: 6, notes: ['retrial-ordered-proof'], reasons: ['scope-unconfirmed'] },
  },

  // ---- LAL 32 for either side; side asked only where it changes the outcome ----------------
  {
    name: 'gives a domestic-violence victim sued by the abuser aid with no money check (32-4, either side)',
    given: { side: 'respondent' },
    answers: { problem: 'domestic-violence', hasLawyer: false, ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3, asked: ['problem', 'hasLawyer', 'urgent.needs'] },
  },
  {
    name: 'never asks the side for unpaid wages: the problem says it',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4, asked: ['problem', 'hasLawyer', 'applicant.groups', 'urgent.needs'] },
  },
  {
    name: 'asks the side in a traffic accident and covers the injured party claiming compensation (31-7)',
    answers: { problem: 'traffic-injury', side: 'claimant', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 6,
      asked: ['problem', 'side', 'hasLawyer', 'applicant.groups', 'applicant.fixedIncome', 'urgent.needs'], routesStart: ['legal-aid-desk', 'traffic-police-mediation'],
    },
  },
  {
    name: 'asks the side in a traffic accident: a defendant is out of scope nationally, with traffic-police mediation',
    answers: { problem: 'traffic-injury', side: 'respondent' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 2, asked: ['problem', 'side'], routesStart: ['traffic-police-mediation'] },
  },
  {
    name: 'does not call a traffic accident out of scope when the side is unknown; notes who is covered',
    answers: { problem: 'traffic-injury', side: 'unknown', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 5, notes: ['traffic-side-proof'], reasons: ['scope-unconfirmed'] },
  },

  // ---- routes of their own --------------------------------------------------------------
  {
    name: 'sends a state-compensation claim to the authority that caused the harm (31-1)',
    answers: { problem: 'state-compensation', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4, routesStart: ['legal-aid-desk', 'state-compensation-claim'] },
  },
  {
    name: 'gives a person acquitted on retrial the state-compensation route (32-3)',
    answers: { problem: 'retrial-acquittal-compensation', hasLawyer: false, ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3, routesStart: ['legal-aid-desk', 'state-compensation-claim'] },
  },
  {
    name: 'gives a crime victim the police report and the attached civil claim (29)',
    answers: { problem: 'criminal-victim', hasLawyer: false, 'applicant.groups': ['tekun'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 29, 42), questions: 4, routesStart: ['legal-aid-desk', 'report-crime', 'criminal-civil-claim'] },
  },
  {
    name: 'tells the family in compulsory medical treatment to speak to the court, no duty lawyer (28)',
    answers: { problem: 'compulsory-medical', hasLawyer: false },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 28), questions: 2, routesStart: ['tell-case-authority', 'compulsory-medical-court'] },
  },
  {
    name: 'routes a serving soldier’s family to the military legal-aid station after a mandatory appointment (25, 70)',
    given: { 'applicant.groups': ['military'] },
    answers: { problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': true },
    expect: { outcome: 'mandatory-appointment', urgent: false, articles: A(23, 25, 70), questions: 3, routesStart: ['tell-case-authority', 'military-legal-aid', 'duty-lawyer'] },
  },
  {
    name: 'routes a military family to its legal-aid station when the money check is waived (42, 70)',
    region: 'CN-JS',
    answers: { problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': ['military', 'special-care'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42, 70), questions: 5, routesStart: ['legal-aid-desk', 'military-legal-aid'] },
  },

  // ---- "I don't know" on every fact at least once --------------------------------------------
  {
    name: 'falls back to the means-tested route when the disability is unknown, and says to tell the authority',
    answers: {
      problem: 'criminal-defence', hasLawyer: false, 'criminal.minor': false, 'criminal.disability': 'unknown', 'criminal.lifeOrDeath': 'unknown',
      'criminal.deathReview': 'unknown', 'criminal.absentia': 'unknown', 'applicant.groups': [], 'applicant.fixedIncome': true,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 24, 34, 41), questions: 9, notes: ['tell-authority-if-eligible'] },
  },
  {
    name: 'does not waive on an unknown age band, and notes the proof to bring',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.ageBand': 'unknown', 'applicant.disabled': 'unknown', ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 7, notes: ['bring-no-income-proof'] },
  },
  {
    name: 'does not apply the Ningxia 70+ exemption when the illness is unknown, and notes it',
    region: 'CN-NX',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '70-plus', 'applicant.seriousIllness': 'unknown',
      'household.size': 1, 'household.incomeWithinLine': true, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 9, notes: ['nx-aged-ill-proof'], means: { basis: 'dibao', line: 1400 } },
  },

  // ---- age bands at their boundaries ----------------------------------------------------------
  {
    name: 'waives the money check for the under-18 band with no fixed income (42-1)',
    answers: { problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.ageBand': 'under-18', ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 7, reasons: ['waived-minor-no-income'] },
  },
  {
    name: 'runs the money check for the 18–59 band with no fixed income and no disability',
    region: 'CN-JS',
    answers: {
      problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.ageBand': '18-59',
      'applicant.disabled': false, 'household.size': 3, 'household.incomeWithinLine': true, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 10, means: { basis: 'minimum-wage', line: 2490 }, reasons: ['means-within-line'] },
  },
  {
    name: 'waives the money check for the 60–69 band with no fixed income (42-1)',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.ageBand': '60-69', ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 6, reasons: ['waived-elderly-no-income'] },
  },
  {
    name: 'asks about serious illness in Ningxia for the 70+ band, and waives (42-4)',
    region: 'CN-NX',
    answers: { problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '70-plus', 'applicant.seriousIllness': true, ...NONE_URGENT },
    expect: {
      outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 8, reasons: ['nx-waived-aged-ill'],
      asked: ['problem', 'hasLawyer', 'applicant.abused', 'applicant.groups', 'applicant.fixedIncome', 'applicant.ageBand', 'applicant.seriousIllness', 'urgent.needs'],
    },
  },
  {
    name: 'does not ask about serious illness in Ningxia for the 60–69 band',
    region: 'CN-NX',
    answers: {
      problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '60-69',
      'household.size': 2, 'household.incomeWithinLine': false,
    },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34), questions: 8, means: { basis: 'dibao', line: 1400 }, reasons: ['means-above-line'] },
  },
  {
    name: 'uses an exact age from the host: 59 gets no waiver for age',
    given: { 'applicant.age': 59 },
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.disabled': false, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 6, asked: ['problem', 'hasLawyer', 'applicant.groups', 'applicant.fixedIncome', 'applicant.disabled', 'urgent.needs'] },
  },

  // ---- income as a tap: "您家 N 口人，每月总收入有没有超过 X 元？" -----------------------------
  {
    name: 'finds a Zhongshan household within the line by the tap answer, then asks about assets',
    region: 'CN-GD-ZS',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 3, 'household.incomeWithinLine': true, 'household.valuableAssets': false, ...NONE_URGENT,
    },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41, 'GD-268 3'), questions: 8, means: { basis: 'disposable-income', line: 2592 },
      asked: ['problem', 'hasLawyer', 'applicant.groups', 'applicant.fixedIncome', 'household.size', 'household.incomeWithinLine', 'household.valuableAssets', 'urgent.needs'],
    },
  },
  {
    name: 'finds a household over the Zhongshan line by the tap answer likely ineligible, without asking about assets',
    region: 'CN-GD-ZS',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 3, 'household.incomeWithinLine': false },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 'GD-268 3'), questions: 6, means: { basis: 'disposable-income', line: 2592 } },
  },
  {
    name: 'never says the income was checked with no regional line loaded (national pack)',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 5, reasons: ['means-checked-locally'], notReasons: ['means-within-line'] },
  },

  // ---- LAL 44: urgency ------------------------------------------------------------------
  {
    name: 'flags a deadline within 7 days as urgent for a waived applicant',
    answers: { problem: 'food-drug-injury', hasLawyer: false, 'applicant.groups': ['dibao'], 'urgent.needs': ['deadline'] },
    expect: { outcome: 'eligible-means-waived', urgent: true, articles: A(23, 31, 42, 44), questions: 4, materials: ['deadline-papers'] },
  },
  {
    name: 'flags urgent evidence preservation for a domestic-violence victim',
    answers: { problem: 'domestic-violence', hasLawyer: false, 'urgent.needs': ['preservation'] },
    expect: { outcome: 'eligible-no-means-test', urgent: true, articles: A(23, 32, 44), questions: 3, materials: ['preservation-evidence'] },
  },
  {
    name: 'uses an exact deadline from the host: 6 days left is urgent without asking',
    given: { 'deadline.daysLeft': 6 },
    answers: { problem: 'good-samaritan', hasLawyer: false },
    expect: { outcome: 'eligible-no-means-test', urgent: true, articles: A(23, 32, 44), questions: 2 },
  },
  {
    name: 'uses exact urgency facts from the host: 7 days left is not urgent',
    given: { 'deadline.daysLeft': 7, 'urgent.preservation': false },
    answers: { problem: 'good-samaritan', hasLawyer: false },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 2 },
  },
  {
    name: 'flags urgency on a means-tested likely-eligible crime victim',
    region: 'CN-JS',
    answers: {
      problem: 'criminal-victim', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 2, 'household.monthlyIncome': 3000, 'urgent.needs': ['deadline', 'preservation'],
    },
    expect: { outcome: 'likely-eligible', urgent: true, articles: A(23, 29, 34, 41, 44), questions: 7 },
  },
  {
    name: 'does not ask about urgency when the money check fails',
    region: 'CN-JS',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 1, 'household.monthlyIncome': 3000 },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34), questions: 6, routesStart: ['labour-arbitration', 'legal-aid-desk'] },
  },

  // ---- national pack without a regional line ---------------------------------------------
  {
    name: 'leaves the money check to the agency when no regional line is loaded',
    answers: { problem: 'medical-injury', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 5, materials: ['income-statement-or-pledge'], notes: ['tell-the-truth'] },
  },

  // ---- Ningxia (CN-NX): 2 × 低保, extra matters, 70+ with serious illness ---------------------
  {
    name: 'covers a divorce for a man on 低保 in Ningxia and waives the money check',
    region: 'CN-NX',
    answers: { problem: 'divorce', 'applicant.abused': false, 'applicant.gender': 'male', 'applicant.groups': ['dibao'], hasLawyer: false, ...NONE_URGENT },
    expect: {
      outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 6,
      asked: ['problem', 'applicant.abused', 'applicant.gender', 'applicant.groups', 'hasLawyer', 'urgent.needs'],
    },
  },
  {
    name: 'does not cover a woman’s divorce in Ningxia',
    region: 'CN-NX',
    answers: { problem: 'divorce', 'applicant.abused': false, 'applicant.gender': 'female' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 3 },
  },
  {
    name: 'does not cover a divorce for a man not on 低保 in Ningxia',
    region: 'CN-NX',
    answers: { problem: 'divorce', 'applicant.abused': false, 'applicant.gender': 'male', 'applicant.groups': [] },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 4 },
  },
  {
    name: 'does not call a Ningxia divorce out of scope when gender is unknown: a 低保 recipient goes on, waived, with the rule noted',
    region: 'CN-NX',
    answers: { problem: 'divorce', 'applicant.abused': false, 'applicant.gender': 'unknown', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 6, notes: ['nx-divorce-proof'], reasons: ['scope-unconfirmed'] },
  },
  {
    name: 'does not call a Ningxia divorce out of scope when 低保 status is unknown: likely eligible, the agency checks',
    region: 'CN-NX',
    answers: {
      problem: 'divorce', 'applicant.abused': false, 'applicant.gender': 'male', 'applicant.groups': 'unknown', hasLawyer: false, 'applicant.fixedIncome': true,
      'applicant.ageBand': '18-59', 'household.size': 2, 'household.incomeWithinLine': true, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 10, notes: ['nx-divorce-proof'], reasons: ['scope-unconfirmed'] },
  },
  {
    name: 'asks the side in a Ningxia traffic accident and covers the defendant, means-tested at 2 × 低保 (31(9))',
    region: 'CN-NX',
    answers: {
      problem: 'traffic-injury', side: 'respondent', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '18-59',
      'household.size': 3, 'household.monthlyIncome': 3000, ...NONE_URGENT,
    },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 9, means: { basis: 'dibao', line: 1400, perHead: 1000 },
      reasons: ['nx-scope-traffic-respondent'],
    },
  },
  {
    name: 'covers the injured side in a Ningxia traffic accident under 31(7), not the defendant rule',
    region: 'CN-NX',
    answers: {
      problem: 'traffic-injury', side: 'claimant', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT,
    },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 5, reasons: ['scope-injury'], notReasons: ['nx-scope-traffic-respondent'] },
  },
  {
    name: 'covers a petition matter in Ningxia',
    region: 'CN-NX',
    answers: { problem: 'petition', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4 },
  },
  {
    name: 'waives the money check in Ningxia for someone over 70 with a serious illness despite a pension',
    region: 'CN-NX',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 72, 'applicant.seriousIllness': true, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 7, materials: ['serious-illness-proof'] },
  },
  {
    name: 'applies the Ningxia 70+ exemption at exactly 70',
    region: 'CN-NX',
    answers: { problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 70, 'applicant.seriousIllness': true, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 8 },
  },
  {
    name: 'does not apply the Ningxia 70+ exemption at 69, and counts income exactly at the line as hardship',
    region: 'CN-NX',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 69, 'applicant.seriousIllness': true,
      'household.size': 2, 'household.monthlyIncome': 2800, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 8, means: { basis: 'dibao', line: 1400, perHead: 1400 } },
  },
  {
    name: 'finds income one yuan over the Ningxia line not in hardship',
    region: 'CN-NX',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 50, 'household.size': 2, 'household.monthlyIncome': 2801 },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34), questions: 7, means: { basis: 'dibao', line: 1400, perHead: 1400.5 } },
  },
  {
    name: 'asks about serious illness in Ningxia only from age 70',
    region: 'CN-NX',
    answers: { problem: 'social-insurance', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 30, 'household.size': 4, 'household.monthlyIncome': 4000, ...NONE_URGENT },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 8,
      asked: ['problem', 'hasLawyer', 'applicant.groups', 'applicant.fixedIncome', 'applicant.ageBand', 'household.size', 'household.incomeWithinLine', 'urgent.needs'],
    },
  },

  // ---- Zhongshan (CN-GD-ZS): 50 % of disposable income = 2,592, no valuable assets ---------
  {
    name: 'counts income exactly at the Zhongshan line of 2,592 as hardship when there are no valuable assets',
    region: 'CN-GD-ZS',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 3, 'household.monthlyIncome': 7776, 'household.valuableAssets': false, ...NONE_URGENT,
    },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41, 'GD-268 3'), questions: 8,
      means: { basis: 'disposable-income', line: 2592, perHead: 2592 }, materials: ['assets-statement'],
    },
  },
  {
    name: 'does not ask about assets when income is over the Zhongshan line',
    region: 'CN-GD-ZS',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 3, 'household.monthlyIncome': 7777 },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 'GD-268 3'), questions: 6, means: { basis: 'disposable-income', line: 2592, perHead: 2592.33 } },
  },
  {
    name: 'finds a low-income household with valuable assets not in hardship in Zhongshan',
    region: 'CN-GD-ZS',
    answers: {
      problem: 'traffic-injury', side: 'claimant', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 2, 'household.monthlyIncome': 3000, 'household.valuableAssets': true,
    },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 'GD-268 3'), questions: 8, routesStart: ['traffic-police-mediation', 'court-money-claim', 'legal-aid-desk'] },
  },
  {
    name: 'counts unknown assets in Zhongshan as likely eligible (41), and says what to bring',
    region: 'CN-GD-ZS',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 2, 'household.incomeWithinLine': true, 'household.valuableAssets': 'unknown', ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41, 'GD-268 3'), questions: 8, notes: ['gd-assets-proof'], materials: ['integrity-pledge', 'assets-statement'] },
  },
  {
    name: 'skips every money question in Zhongshan for a 低保 recipient',
    region: 'CN-GD-ZS',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': ['dibao'], ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4 },
  },
  {
    name: 'skips every money question in Zhongshan for a domestic-violence victim',
    region: 'CN-GD-ZS',
    answers: { problem: 'domestic-violence', hasLawyer: false, ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 3 },
  },
  {
    name: 'flags a near deadline as urgent for a likely-eligible Zhongshan resident',
    region: 'CN-GD-ZS',
    answers: {
      problem: 'work-injury', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 4, 'household.monthlyIncome': 6000, 'household.valuableAssets': false, 'urgent.needs': ['deadline'],
    },
    expect: { outcome: 'likely-eligible', urgent: true, articles: A(23, 31, 34, 41, 44, 'GD-268 3'), questions: 8 },
  },

  // ---- Jiangsu (CN-JS): local minimum wage ------------------------------------------------
  {
    name: 'finds a household below the Jiangsu minimum wage per head in hardship',
    region: 'CN-JS',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 4, 'household.monthlyIncome': 8000, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 7, means: { basis: 'minimum-wage', line: 2490, perHead: 2000 } },
  },
  {
    name: 'counts income exactly at the Jiangsu line as hardship',
    region: 'CN-JS',
    answers: { problem: 'support-payment', 'applicant.abused': false, hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 2, 'household.monthlyIncome': 4980, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 8, means: { basis: 'minimum-wage', line: 2490, perHead: 2490 } },
  },
  {
    name: 'puts a 低保 waiver before the Jiangsu money check (42 before 34)',
    region: 'CN-JS',
    answers: { problem: 'work-injury', hasLawyer: false, 'applicant.groups': ['dibao'], 'household.size': 1, 'household.monthlyIncome': 9000, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 4, asked: ['problem', 'hasLawyer', 'applicant.groups', 'urgent.needs'] },
  },
  {
    name: 'does not widen national scope in Jiangsu: a neighbour dispute stays out of scope',
    region: 'CN-JS',
    answers: { problem: 'neighbour' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1 },
  },
  // ---- LAL 32(4) beyond the "violence at home" problem: a victim in a divorce or a support claim ---
  {
    name: 'gives a domestic-violence victim sued for divorce by the abuser aid with no money check (32-4)',
    answers: { problem: 'divorce', 'applicant.abused': true, hasLawyer: false, ...NONE_URGENT },
    expect: {
      outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 32), questions: 4, reasons: ['no-means-abuse-victim'],
      asked: ['problem', 'applicant.abused', 'hasLawyer', 'urgent.needs'], routesStart: ['legal-aid-desk', 'peoples-mediation'],
    },
  },
  {
    name: 'gives an abandoned parent claiming support aid with no money check (31-4, 32-4)',
    answers: { problem: 'support-payment', hasLawyer: false, 'applicant.abused': true, ...NONE_URGENT },
    expect: { outcome: 'eligible-no-means-test', urgent: false, articles: A(23, 31, 32), questions: 4, reasons: ['no-means-abuse-victim'] },
  },
  {
    name: 'does not call a divorce out of scope when the resident does not say whether there was violence',
    answers: { problem: 'divorce', 'applicant.abused': 'unknown', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 32, 34, 41), questions: 6, notes: ['abuse-victim-proof'], reasons: ['scope-unconfirmed'] },
  },
]

// ---- bad packs: each must be refused with every bad path named --------------------------

export interface BadPack {
  name: string
  /** Which document is broken: a copy of the national pack, or of an overlay. */
  base: 'national' | Region
  break: (doc: any) => void
  params?: HardshipParams
  /** Every path the error must list. */
  paths: string[]
}

export const badPacks: BadPack[] = [
  { name: 'refuses an unknown format version', base: 'national', break: (d) => (d.format = 2), paths: ['format'] },
  { name: 'refuses a pack with no standing reasons', base: 'national', break: (d) => delete d.standing, paths: ['standing'] },
  {
    name: 'refuses a rule on a fact that does not exist',
    base: 'national',
    break: (d) => (d.rules[0].when = { fact: 'applicant.income', lt: 1000 }),
    paths: ['rules[0].when.fact'],
  },
  {
    name: 'refuses a value the fact cannot take',
    base: 'national',
    break: (d) => (d.rules[0].when = { fact: 'problem', eq: 'wagez' }),
    paths: ['rules[0].when.eq'],
  },
  {
    name: 'refuses a set test on a yes/no fact',
    base: 'national',
    break: (d) => (d.rules[10].when.all[1] = { fact: 'criminal.minor', has: 'yes' }),
    paths: ['rules[10].when.all[1].has'],
  },
  {
    name: 'refuses a condition written two ways at once',
    base: 'national',
    break: (d) => (d.rules[1].when = { fact: 'problem', eq: 'wages', any: [] }),
    paths: ['rules[1].when'],
  },
  {
    name: 'refuses a rule without citations, with a bad date and a misspelt field — all listed at once',
    base: 'national',
    break: (d) => {
      d.rules[2].citations = []
      d.rules[3].effectiveFrom = '2022/01/01'
      d.rules[4].sourse = d.rules[4].source
      delete d.rules[4].source
      d.reasons['scope-injury'].en = ''
    },
    paths: ['rules[2].citations', 'rules[3].effectiveFrom', 'rules[4].sourse', 'rules[4].source', 'reasons["scope-injury"].en'],
  },
  {
    name: 'refuses codes, laws and rule ids that are not defined or are repeated',
    base: 'national',
    break: (d) => {
      d.rules[1].reason = 'no-such-reason'
      d.rules[2].citations[0].law = 'XYZ'
      d.rules[3].citations[0].article = 99
      d.rules[5].id = d.rules[4].id
      d.problemRoutes.wages = ['no-such-route']
      d.outcomes['out-of-scope'].materials = ['$evidence', 'no-such-material']
    },
    paths: ['rules[1].reason', 'rules[2].citations[0].law', 'rules[3].citations[0].article', 'rules[5].id', 'problemRoutes.wages[0]', 'outcomes["out-of-scope"].materials[1]'],
  },
  {
    name: 'refuses an overlay with a bad region id and an unknown hardship basis',
    base: 'CN-NX',
    break: (d) => {
      d.region = 'Ningxia'
      d.meansTest.basis = 'median-income'
      d.meansTest.factor = -2
    },
    paths: ['region', 'meansTest.basis', 'meansTest.factor'],
  },
  {
    name: 'refuses an overlay rule that cites an undefined reason',
    base: 'CN-NX',
    break: (d) => (d.rules[0].reason = 'nx-nothing'),
    params: EXAMPLE_PARAMS['CN-NX'],
    paths: ['rules[0].reason'],
  },
  { name: 'names the missing 低保 figure for Ningxia', base: 'CN-NX', break: () => {}, params: {}, paths: ['params.dibaoMonthly'] },
  { name: 'names the missing minimum wage for Jiangsu', base: 'CN-JS', break: () => {}, params: {}, paths: ['params.minimumWageMonthly'] },
  {
    name: 'refuses a negative or unknown parameter',
    base: 'CN-JS',
    break: () => {},
    params: { minimumWageMonthly: -1, dibao: 700 } as HardshipParams,
    paths: ['params.minimumWageMonthly', 'params.dibao'],
  },
]
