// What the application form asks that the screening already answered: 案由, 法律地位, 申请方式,
// 人群类别, the household's finances and the urgency. Worked out here once, so no question is
// asked twice (WCAG 3.3.7) and the printed sheet ticks what the resident already told us.
import type { Facts, Screening } from '@workroom/rules/engine'

import { AID_KINDS, CASE_CAUSES, LEGAL_POSITIONS, MATTER_STAGES, type AidKind, type CaseCause, type LegalPosition, type MatterStage } from './contract.js'

export { AID_KINDS, CASE_CAUSES, LEGAL_POSITIONS, MATTER_STAGES, type AidKind, type CaseCause, type LegalPosition, type MatterStage }

/** 人群类别 of the form (several may apply): ticked on the sheet from what the resident said. */
export const FORM_GROUPS = ['disabled', 'elderly', 'minor', 'women', 'poor', 'migrant-worker', 'military', 'other'] as const
export type FormGroup = (typeof FORM_GROUPS)[number]

const CRIMINAL = new Set(['criminal-defence', 'criminal-victim', 'compulsory-medical'])

/** The stages a resident taps: the criminal procedure's for a criminal matter, else the civil and administrative ones. */
export function stagesFor(problem: string | undefined): MatterStage[] {
  const criminal = !!problem && CRIMINAL.has(problem)
  return MATTER_STAGES.filter((s) =>
    criminal ? s.startsWith('litigation-') || s === 'not-started' : s !== 'litigation-investigation' && s !== 'litigation-prosecution',
  )
}

/** What the screening knew of the household's money, only as the resident gave it. */
export interface Finances {
  householdSize?: number
  /** Whole household, yuan per month, after tax. */
  monthlyIncome?: number
  /** The tap answer: at or under the line for the household's size. */
  incomeWithinLine?: boolean
  valuableAssets?: boolean
  /** The line it was compared with (yuan per head per month), when a regional test ran. */
  line?: number
}

export interface FromScreening {
  problem?: string
  caseType: CaseCause
  /** 法律地位 before the stage is known (in arbitration the sides are 申请人/被申请人: see `position`). */
  legalStatus?: LegalPosition
  groups: FormGroup[]
  finances: Finances
  urgent: boolean
  /** The finances decide nothing here: no means test (LAL 32, 42) or none asked. */
  meansTested: boolean
}

const CASE_OF: Partial<Record<string, CaseCause>> = {
  wages: 'labour',
  'labour-relationship': 'labour',
  'social-insurance': 'labour',
  'work-injury': 'work-injury',
  'traffic-injury': 'damages',
  'medical-injury': 'damages',
  'food-drug-injury': 'damages',
  'environment-damage': 'damages',
  'good-samaritan': 'damages',
  'criminal-victim': 'damages',
  'support-payment': 'support',
  'survivor-pension': 'survivor-pension',
  'domestic-violence': 'marriage-family',
  divorce: 'marriage-family',
  inheritance: 'marriage-family',
}

const ADMINISTRATIVE = new Set(['social-assistance', 'land-acquisition', 'state-compensation'])

const MEANS_TESTED = new Set(['likely-eligible', 'likely-ineligible-means'])

/** 法律地位 from the problem and the side the resident is on (default: the one claiming). */
function legalStatus(facts: Facts): LegalPosition | undefined {
  const p = facts.problem
  if (p === 'criminal-defence') return 'criminal-suspect'
  if (p === 'criminal-victim') return 'victim'
  if (p === 'compulsory-medical') return undefined
  if (typeof p !== 'string' || p === 'other') return undefined
  return facts.side === 'respondent' ? 'defendant' : 'plaintiff'
}

/** 人群类别 from what the resident said about themselves. */
function groups(facts: Facts, r: Screening): FormGroup[] {
  const out = new Set<FormGroup>()
  const age = facts['applicant.age']
  const groups = Array.isArray(facts['applicant.groups']) ? (facts['applicant.groups'] as string[]) : []
  if (facts['applicant.disabled'] === true) out.add('disabled')
  const band = facts['applicant.ageBand']
  if ((typeof age === 'number' && age >= 60) || band === '60-69' || band === '70-plus') out.add('elderly')
  if ((typeof age === 'number' && age < 18) || band === 'under-18') out.add('minor')
  if (facts['applicant.gender'] === 'female') out.add('women')
  if (groups.includes('dibao') || groups.includes('tekun') || facts['household.incomeWithinLine'] === true || r.reasons.some((x) => x.code === 'means-within-line')) out.add('poor')
  if (groups.includes('migrant-worker')) out.add('migrant-worker')
  if (groups.includes('military')) out.add('military')
  return FORM_GROUPS.filter((g) => out.has(g))
}

function finances(facts: Facts, r: Screening): Finances {
  const f: Finances = {}
  const size = facts['household.size']
  const income = facts['household.monthlyIncome']
  const within = facts['household.incomeWithinLine']
  const assets = facts['household.valuableAssets']
  if (typeof size === 'number') f.householdSize = size
  if (typeof income === 'number') f.monthlyIncome = income
  if (typeof within === 'boolean') f.incomeWithinLine = within
  if (typeof assets === 'boolean') f.valuableAssets = assets
  if (r.means?.line !== undefined && Object.keys(f).length) f.line = r.means.line
  return f
}

/** Everything the form asks that the screening answered. `unknown` answers stay blank. */
export function fromScreening(facts: Facts, r: Screening): FromScreening {
  const problem = typeof facts.problem === 'string' ? facts.problem : undefined
  const status = legalStatus(facts)
  return {
    ...(problem ? { problem } : {}),
    caseType: (problem && CASE_OF[problem]) || 'other',
    ...(status ? { legalStatus: status } : {}),
    groups: groups(facts, r),
    finances: finances(facts, r),
    urgent: r.urgent,
    meansTested: !!r.outcome && MEANS_TESTED.has(r.outcome),
  }
}

/**
 * 法律地位 once the stage is known: in arbitration (or on the way to it) the sides are 申请人/被申请人; a criminal suspect
 * is 被告人 once the case is in court; someone applying for a victim is 被害人近亲属.
 */
export function position(known: Pick<FromScreening, 'legalStatus' | 'problem' | 'caseType'>, stage: MatterStage | '', forSomeone = false): LegalPosition | undefined {
  const p = known.legalStatus
  const arbitration = aidMode(known, stage) === 'arbitration'
  if (!p) return undefined
  if (p === 'victim' && forSomeone) return 'victim-relative'
  if (p === 'criminal-suspect' && stage.startsWith('litigation-') && stage !== 'litigation-investigation' && stage !== 'litigation-prosecution') return 'criminal-defendant'
  if (arbitration && p === 'plaintiff') return 'applicant'
  if (arbitration && p === 'defendant') return 'respondent'
  return p
}

/**
 * 申请方式 from the problem and the stage the resident tapped: a labour dispute goes to
 * arbitration before court; mediation is asked for as 非诉讼调解; an administrative matter in
 * court is 行政诉讼代理.
 */
export function aidMode(known: Pick<FromScreening, 'problem' | 'caseType'>, stage: MatterStage | ''): AidKind {
  const p = known.problem
  const court = stage.startsWith('litigation-')
  if (p === 'criminal-defence' || p === 'compulsory-medical') return 'criminal-defence'
  if (p === 'criminal-victim') return 'victim-representation'
  if (stage === 'mediation') return 'non-litigation-mediation'
  if (stage === 'arbitration') return 'arbitration'
  if (p && ADMINISTRATIVE.has(p)) return 'administrative-litigation'
  if (!court && (known.caseType === 'labour' || known.caseType === 'work-injury') && p !== 'social-insurance') return 'arbitration'
  return 'civil-litigation'
}
