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
  asked: FactKey[]
}

/** Starts from the given facts and answers each `next` from `answers` until complete. */
export function drive(pack: RulePack, answers: Facts, given: Facts = {}): Drive {
  let facts: Facts = { ...given }
  const asked: FactKey[] = []
  for (;;) {
    const result = evaluate(pack, facts)
    if (result.status === 'complete') return { result, asked }
    const key = result.next!
    if (asked.length > 40 || !(key in answers)) {
      throw new Error(`the screener asked "${key}", which this case does not answer (asked so far: ${asked.join(', ')})`)
    }
    asked.push(key)
    facts = { ...facts, [key]: answers[key] }
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
    answers: { problem: 'support-payment', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 16, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 6, materials: ['family-evidence'] },
  },
  {
    name: 'waives the money check at 17 but not at 18',
    region: 'CN-JS',
    answers: { problem: 'support-payment', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 17, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 6 },
  },
  {
    name: 'runs the money check for an 18-year-old with no fixed income and no disability',
    region: 'CN-JS',
    answers: {
      problem: 'support-payment', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 18,
      'applicant.disabled': false, 'household.size': 3, 'household.monthlyIncome': 3000, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 9, means: { basis: 'minimum-wage', line: 2490, perHead: 1000 } },
  },
  {
    name: 'waives the money check for a disabled person with no fixed income seeking a capacity ruling (31-6, 42-1)',
    answers: { problem: 'civil-capacity', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': false, 'applicant.age': 40, 'applicant.disabled': true, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 7, materials: ['disability-card'] },
  },
  {
    name: 'does not count military family status as a waiver by itself',
    answers: { problem: 'environment-damage', hasLawyer: false, 'applicant.groups': ['military'], 'applicant.fixedIncome': true, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 5 },
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
    name: 'tells someone who already has a lawyer that aid is not needed for this matter',
    answers: { problem: 'traffic-injury', hasLawyer: true },
    expect: { outcome: 'already-represented', urgent: false, articles: A(23, 48), questions: 2, routesStart: ['free-consultation'] },
  },
  {
    name: 'puts an existing defence lawyer before mandatory appointment',
    answers: { problem: 'criminal-defence', hasLawyer: true, 'criminal.minor': true },
    expect: { outcome: 'already-represented', urgent: false, articles: A(23, 48), questions: 2 },
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
    answers: { problem: 'divorce' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['peoples-mediation', 'court', 'free-consultation'] },
  },
  {
    name: 'treats a petition as out of scope nationally',
    answers: { problem: 'petition' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['free-consultation', 'hotline-12348'] },
  },
  {
    name: 'offers free consultation and 12348 for any other problem',
    answers: { problem: 'other' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, routesStart: ['free-consultation', 'hotline-12348'] },
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
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 1, notes: ['not-sure-ask'] },
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
    name: 'does not pass the money check when household income is unknown',
    region: 'CN-NX',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 40,
      'household.size': 3, 'household.monthlyIncome': 'unknown',
    },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 41, 'NX-LAR 9'), questions: 7, notes: ['bring-income-proof'] },
  },
  {
    name: 'does not ask income when household size is unknown',
    region: 'CN-NX',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 40, 'household.size': 'unknown' },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 41, 'NX-LAR 9'), questions: 6, notes: ['bring-income-proof'] },
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
    answers: { problem: 'divorce', 'applicant.gender': 'male', 'applicant.groups': ['dibao'], hasLawyer: false, ...NONE_URGENT },
    expect: {
      outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 5,
      asked: ['problem', 'applicant.gender', 'applicant.groups', 'hasLawyer', 'urgent.needs'],
    },
  },
  {
    name: 'does not cover a woman’s divorce in Ningxia',
    region: 'CN-NX',
    answers: { problem: 'divorce', 'applicant.gender': 'female' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 2 },
  },
  {
    name: 'does not cover a divorce for a man not on 低保 in Ningxia',
    region: 'CN-NX',
    answers: { problem: 'divorce', 'applicant.gender': 'male', 'applicant.groups': [] },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 3 },
  },
  {
    name: 'notes the Ningxia divorce rule when gender is unknown',
    region: 'CN-NX',
    answers: { problem: 'divorce', 'applicant.gender': 'unknown' },
    expect: { outcome: 'out-of-scope', urgent: false, articles: A(23, 31, 32), questions: 2, notes: ['nx-divorce-proof'] },
  },
  {
    name: 'covers the defendant in a traffic accident in Ningxia, means-tested at 2 × 低保',
    region: 'CN-NX',
    given: { side: 'respondent' },
    answers: {
      problem: 'traffic-injury', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 45,
      'household.size': 3, 'household.monthlyIncome': 3000, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41, 'NX-LAR 9'), questions: 8, means: { basis: 'dibao', line: 1400, perHead: 1000 } },
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
    answers: { problem: 'support-payment', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 70, 'applicant.seriousIllness': true, ...NONE_URGENT },
    expect: { outcome: 'eligible-means-waived', urgent: false, articles: A(23, 31, 42), questions: 7 },
  },
  {
    name: 'does not apply the Ningxia 70+ exemption at 69, and counts income exactly at the line as hardship',
    region: 'CN-NX',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 69, 'applicant.seriousIllness': true,
      'household.size': 2, 'household.monthlyIncome': 2800, ...NONE_URGENT,
    },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41, 'NX-LAR 9'), questions: 8, means: { basis: 'dibao', line: 1400, perHead: 1400 } },
  },
  {
    name: 'finds income one yuan over the Ningxia line not in hardship',
    region: 'CN-NX',
    answers: { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 50, 'household.size': 2, 'household.monthlyIncome': 2801 },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 'NX-LAR 9'), questions: 7, means: { basis: 'dibao', line: 1400, perHead: 1400.5 } },
  },
  {
    name: 'asks about serious illness in Ningxia only from age 70',
    region: 'CN-NX',
    answers: { problem: 'social-insurance', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.age': 30, 'household.size': 4, 'household.monthlyIncome': 4000, ...NONE_URGENT },
    expect: {
      outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41, 'NX-LAR 9'), questions: 8,
      asked: ['problem', 'hasLawyer', 'applicant.groups', 'applicant.fixedIncome', 'applicant.age', 'household.size', 'household.monthlyIncome', 'urgent.needs'],
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
      problem: 'traffic-injury', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 2, 'household.monthlyIncome': 3000, 'household.valuableAssets': true,
    },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 'GD-268 3'), questions: 7, routesStart: ['traffic-police-mediation', 'court-money-claim', 'legal-aid-desk'] },
  },
  {
    name: 'does not pass the Zhongshan check when assets are unknown, and says what to bring',
    region: 'CN-GD-ZS',
    answers: {
      problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true,
      'household.size': 2, 'household.monthlyIncome': 3000, 'household.valuableAssets': 'unknown',
    },
    expect: { outcome: 'likely-ineligible-means', urgent: false, articles: A(23, 31, 34, 41, 'GD-268 3'), questions: 7, notes: ['gd-assets-proof'] },
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
    answers: { problem: 'support-payment', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 2, 'household.monthlyIncome': 4980, ...NONE_URGENT },
    expect: { outcome: 'likely-eligible', urgent: false, articles: A(23, 31, 34, 41), questions: 7, means: { basis: 'minimum-wage', line: 2490, perHead: 2490 } },
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
