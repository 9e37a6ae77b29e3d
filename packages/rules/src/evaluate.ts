// The screening engine. Pure and synchronous; imports no validator at runtime, so a host
// holding a pre-validated pack can ship this module alone.
import { F, firstMissing, M, MISSING, read, T, test, U, UNKNOWN, type Truth } from './condition.js'
import type { Rule, RulePack } from './schema.js'
import type { Citation, FactKey, Facts, Means, Outcome, Problem, Reason, Screening } from './types.js'

type MeansCondition = NonNullable<NonNullable<RulePack['meansTest']>['conditions']>[number]

/** Outcomes for which the agency may act first when time is short (LAL 44). */
const URGENT_OUTCOMES: readonly Outcome[] = ['eligible-no-means-test', 'eligible-means-waived', 'likely-eligible']

interface Index {
  inScope: Rule[]
  mandatory: Rule[]
  noMeans: Rule[]
  waived: Rule[]
  urgent: Rule[]
}

// Packs are immutable data, so their rule index is built once per pack object.
const indexes = new WeakMap<RulePack, Index>()

function indexOf(pack: RulePack): Index {
  let ix = indexes.get(pack)
  if (ix === undefined) {
    const of = (...kinds: Rule['kind'][]) => pack.rules.filter((r) => kinds.includes(r.kind))
    ix = {
      inScope: of('scope', 'no-means-test', 'mandatory'),
      mandatory: of('mandatory'),
      noMeans: of('no-means-test'),
      waived: of('means-waived'),
      urgent: of('urgent'),
    }
    indexes.set(pack, ix)
  }
  return ix
}

interface Decision {
  truth: Truth
  fired: Rule[]
  ask: FactKey | undefined
  unknown: Rule[]
}

/** Whether any of the rules holds: True if one does, else Missing if one still may, else Unknown/False. */
function decide(rules: readonly Rule[], facts: Facts): Decision {
  const fired: Rule[] = []
  const unknown: Rule[] = []
  let ask: FactKey | undefined
  for (const r of rules) {
    const t = test(r.when, facts)
    if (t === T) fired.push(r)
    else if (t === U) unknown.push(r)
    else if (t === M && ask === undefined) ask = firstMissing(r.when, facts)
  }
  const truth: Truth = fired.length > 0 ? T : ask !== undefined ? M : unknown.length > 0 ? U : F
  return { truth, fired, ask, unknown }
}

function needs(next: FactKey): Screening {
  return { status: 'needs-facts', next, urgent: false, reasons: [], routes: [], materials: [], notes: [] }
}

// Helpers below are plain loops at module level: evaluate() runs on every tap, on phones.

function copyCitations(into: Citation[], from: readonly Citation[] | undefined): Citation[] {
  if (from !== undefined) for (const c of from) into.push(c.item === undefined ? { law: c.law, article: c.article } : { law: c.law, article: c.article, item: c.item })
  return into
}

function pushReasons(into: Reason[], rules: readonly Rule[], kind?: Rule['kind']): void {
  for (const r of rules) {
    if (kind === undefined || r.kind === kind) into.push({ code: r.reason ?? r.id, citations: copyCitations([], r.citations) })
  }
}

function pushUnique(into: string[], codes: readonly (string | undefined)[] | undefined): void {
  if (codes === undefined) return
  for (const c of codes) if (c !== undefined && !into.includes(c)) into.push(c)
}

function pushMaterials(into: string[], rules: readonly Rule[]): void {
  for (const r of rules) pushUnique(into, r.materials)
}

interface Draft {
  reasons: Reason[]
  notes: string[]
  /** When the problem itself is unknown every rule is, and the outcome's own note says what to do. */
  quiet: boolean
}

type Standing = RulePack['standing'][keyof RulePack['standing']]

function addStanding(d: Draft, s: Standing, extra?: readonly Citation[]): void {
  d.reasons.push({ code: s.reason, citations: copyCitations(copyCitations([], s.citations), extra) })
  pushUnique(d.notes, s.notes)
}

function noteUnknown(d: Draft, rules: readonly Rule[]): void {
  if (d.quiet) return
  for (const r of rules) if (r.ifUnknown !== undefined && !d.notes.includes(r.ifUnknown)) d.notes.push(r.ifUnknown)
}

const TIERS = [
  ['mandatory-appointment', 'mandatory'],
  ['eligible-no-means-test', 'noMeans'],
  ['eligible-means-waived', 'waived'],
] as const satisfies readonly (readonly [Outcome, keyof Index])[]

/**
 * Screens a resident's facts against a pack: either the one question to ask next, or the
 * preliminary outcome with its reasons, routes and materials. The legal-aid agency decides.
 */
export function evaluate(pack: RulePack, facts: Facts): Screening {
  const problem = read(facts, 'problem')
  if (problem === MISSING) return needs('problem')
  const ix = indexOf(pack)
  const d: Draft = { reasons: [], notes: [], quiet: problem === UNKNOWN }
  const proof: string[] = []
  let means: Means | undefined
  let outcome: Outcome | undefined

  // Is this a legal-aid matter at all?
  const scope = decide(ix.inScope, facts)
  if (scope.truth === M) return needs(scope.ask!)
  if (scope.truth !== T) {
    noteUnknown(d, scope.unknown)
    addStanding(d, pack.standing.outOfScope)
    outcome = 'out-of-scope'
  } else {
    const lawyer = read(facts, 'hasLawyer')
    if (lawyer === MISSING) return needs('hasLawyer')
    if (lawyer === true) {
      addStanding(d, pack.standing.represented)
      outcome = 'already-represented'
    }
  }

  // Precedence: mandatory appointment, then no means test, then means review waived.
  if (outcome === undefined) {
    for (const [candidate, tier] of TIERS) {
      const t = decide(ix[tier], facts)
      if (t.truth === M) return needs(t.ask!)
      if (t.truth === U) noteUnknown(d, t.unknown)
      if (t.truth === T) {
        outcome = candidate
        if (candidate !== 'mandatory-appointment') pushReasons(d.reasons, scope.fired, 'scope')
        pushReasons(d.reasons, t.fired)
        pushMaterials(proof, t.fired)
        break
      }
    }
  }

  // Otherwise the regional hardship test.
  if (outcome === undefined) {
    pushReasons(d.reasons, scope.fired, 'scope')
    const mt = pack.meansTest
    if (mt === undefined) {
      addStanding(d, pack.standing.meansUnset)
      outcome = 'likely-eligible'
    } else {
      pushUnique(proof, mt.materials)
      const size = read(facts, 'household.size')
      if (size === MISSING) return needs('household.size')
      const income = typeof size === 'number' ? read(facts, 'household.monthlyIncome') : undefined
      if (income === MISSING) return needs('household.monthlyIncome')
      if (typeof size !== 'number' || typeof income !== 'number') {
        addStanding(d, pack.standing.meansUnknown, mt.citations)
        outcome = 'likely-ineligible-means'
      } else {
        means = { basis: mt.basis, line: mt.line, perHead: Math.round((income / size) * 100) / 100 }
        // Compare totals, not a rounded quotient, so "exactly at the line" is exact.
        if (income > mt.line * size) {
          addStanding(d, pack.standing.meansOverLine, mt.citations)
          outcome = 'likely-ineligible-means'
        } else {
          // Further conditions (e.g. no valuable assets): one failing settles it; then ask; then unknown.
          let failed: MeansCondition | undefined
          let open: MeansCondition | undefined
          const unknown: string[] = []
          for (const c of mt.conditions ?? []) {
            const t = test(c.when, facts)
            if (t === F) {
              failed = c
              break
            }
            if (t === M) open ??= c
            else if (t === U) unknown.push(c.ifUnknown ?? '')
          }
          if (failed !== undefined) {
            d.reasons.push({ code: failed.reason, citations: copyCitations(copyCitations([], pack.standing.meansOverLine.citations), mt.citations) })
            outcome = 'likely-ineligible-means'
          } else if (open !== undefined) {
            return needs(firstMissing(open.when, facts)!)
          } else if (unknown.length > 0) {
            pushUnique(d.notes, unknown.filter(Boolean))
            addStanding(d, pack.standing.meansUnknown, mt.citations)
            outcome = 'likely-ineligible-means'
          } else {
            addStanding(d, pack.standing.meansMet, mt.citations)
            outcome = 'likely-eligible'
          }
        }
      }
    }
  }

  // Urgency (LAL 44) on top of an outcome that leads to an application.
  let urgent = false
  const urgentProof: string[] = []
  if (URGENT_OUTCOMES.includes(outcome)) {
    const t = decide(ix.urgent, facts)
    if (t.truth === M) return needs(t.ask!)
    if (t.truth === U) noteUnknown(d, t.unknown)
    if (t.truth === T) {
      urgent = true
      pushReasons(d.reasons, t.fired)
      pushMaterials(urgentProof, t.fired)
    }
  }

  addStanding(d, pack.standing.consultation)

  const known = typeof problem === 'string' ? (problem as Problem) : undefined
  const content = pack.outcomes[outcome]
  const routes: string[] = []
  for (const r of content.routes) {
    if (r === '$problem') pushUnique(routes, known === undefined ? undefined : pack.problemRoutes[known])
    else pushUnique(routes, [r])
  }
  const materials: string[] = []
  for (const m of content.materials) {
    if (m === '$evidence') pushUnique(materials, [(known === undefined ? undefined : pack.evidence[known]) ?? 'dispute-evidence'])
    else if (m === '$proof') pushUnique(materials, proof)
    else pushUnique(materials, [m])
  }
  if (!content.materials.includes('$proof')) pushUnique(materials, proof)
  pushUnique(materials, urgentProof)
  pushUnique(d.notes, content.notes)

  const result: Screening = { status: 'complete', outcome, urgent, reasons: d.reasons, routes, materials, notes: d.notes }
  if (means !== undefined) result.means = means
  return result
}
