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
  route: Rule[]
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
      route: of('route'),
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

type Standing = NonNullable<RulePack['standing'][keyof RulePack['standing']]>

function addStanding(d: Draft, s: Standing, extra?: readonly Citation[], materials?: string[]): void {
  const citations = copyCitations(copyCitations([], s.citations), extra)
  // One citation once: rules of one article (31(5) and 31(7)) may be cited together.
  const seen = new Set<string>()
  d.reasons.push({ code: s.reason, citations: citations.filter((c) => !seen.has(JSON.stringify(c)) && !!seen.add(JSON.stringify(c))) })
  pushUnique(d.notes, s.notes)
  if (materials !== undefined) pushUnique(materials, s.materials)
}

function citationsOf(rules: readonly Rule[]): Citation[] {
  const out: Citation[] = []
  for (const r of rules) copyCitations(out, r.citations)
  return out
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

  // Is this a legal-aid matter at all? "Other" and "I don't know" say nothing yet: ask staff.
  const scope = decide(ix.inScope, facts)
  if (scope.truth === M) return needs(scope.ask!)
  const unclear = problem === UNKNOWN || problem === 'other'
  // A test that needed an answer the resident did not know may still hold: go on, and say so.
  const unconfirmed = scope.truth === U && !unclear
  if (scope.truth !== T && !unconfirmed) {
    noteUnknown(d, scope.unknown)
    addStanding(d, (unclear ? pack.standing.unclear : undefined) ?? pack.standing.outOfScope)
    outcome = 'out-of-scope'
  } else {
    if (unconfirmed) {
      if (pack.standing.unconfirmed !== undefined) addStanding(d, pack.standing.unconfirmed, citationsOf(scope.unknown))
      noteUnknown(d, scope.unknown)
    }
    const lawyer = read(facts, 'hasLawyer')
    if (lawyer === MISSING) return needs('hasLawyer')
    if (lawyer === true) {
      // Aid is for a party "without an agent/defender": cite that element of the article that applies.
      addStanding(d, pack.standing.represented, citationsOf(unconfirmed ? scope.unknown : scope.fired))
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
      // No line loaded: nothing was compared, so say who checks (LAL 34, 41), never "within the line".
      addStanding(d, pack.standing.meansUnset, undefined, proof)
      outcome = 'likely-eligible'
    } else {
      pushUnique(proof, mt.materials)
      const size = read(facts, 'household.size')
      if (size === MISSING) return needs('household.size')
      // Within the line: true or false when the resident said, UNKNOWN when they could not.
      let within: boolean | typeof UNKNOWN = UNKNOWN
      if (typeof size === 'number') {
        const income = read(facts, 'household.monthlyIncome')
        if (typeof income === 'number') {
          means = { basis: mt.basis, line: mt.line, perHead: Math.round((income / size) * 100) / 100 }
          // Compare totals, not a rounded quotient, so "exactly at the line" is exact.
          within = income <= mt.line * size
        } else if (income !== UNKNOWN) {
          const tap = read(facts, 'household.incomeWithinLine')
          if (tap === MISSING) return needs('household.incomeWithinLine')
          if (typeof tap === 'boolean') {
            within = tap
            means = { basis: mt.basis, line: mt.line }
          }
        }
      }
      if (within === UNKNOWN) {
        // LAL 41: the agency checks, or the resident signs an integrity pledge. Not knowing is no evidence of being over the line.
        addStanding(d, pack.standing.meansUnknown, mt.citations, proof)
        outcome = 'likely-eligible'
      } else if (!within) {
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
          addStanding(d, pack.standing.meansUnknown, mt.citations, proof)
          outcome = 'likely-eligible'
        } else {
          addStanding(d, pack.standing.meansMet, mt.citations)
          outcome = 'likely-eligible'
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

  // Routes some people have besides (LAL 70: military personnel and families). Never asked for.
  const extraRoutes: string[] = []
  if (outcome !== 'already-represented') {
    for (const r of ix.route) {
      if (test(r.when, facts) !== T) continue
      pushReasons(d.reasons, [r])
      pushUnique(extraRoutes, r.routes)
      pushMaterials(proof, [r])
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
  // Second place: after where to apply (or whom to tell), before everything else.
  if (extraRoutes.length > 0) routes.splice(Math.min(1, routes.length), 0, ...extraRoutes.filter((x) => !routes.includes(x)))
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
