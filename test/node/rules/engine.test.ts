import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import {
  DISPUTE_CATEGORIES,
  disputeCategory,
  evaluate,
  FACT_KEYS,
  FACTS,
  nationalPack,
  PROBLEMS,
  text,
  type FactKey,
  type Facts,
  type RulePack,
  type Screening,
} from '../../../packages/rules/src/index.ts'
import { drive, packFor, scenarios } from './scenarios.ts'

const SRC = new URL('../../../packages/rules/src/', import.meta.url)

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o)) deepFreeze(v)
  }
  return o
}

/** A few answers per fact, enough to reach every branch of the shipped packs. */
function samples(key: FactKey): unknown[] {
  const spec = FACTS[key]
  switch (spec.kind) {
    case 'boolean':
      return [true, false, 'unknown']
    case 'enum':
      return [...spec.values!, 'unknown']
    case 'set':
      return [[], ...spec.values!.map((v) => [v]), 'unknown']
    case 'integer':
      return key === 'applicant.age' ? [16, 30, 65, 72, 'unknown'] : [1, 3, 'unknown']
    default:
      return [0, 100000, 'unknown']
  }
}

/** An answer that triggers nothing on its own: no, none, nobody special, a modest income. */
function neutral(key: FactKey): unknown {
  const spec = FACTS[key]
  if (spec.kind === 'boolean') return false
  if (spec.kind === 'set') return []
  if (spec.kind === 'enum') return spec.values!.includes('none') ? 'none' : spec.values![0]
  return key === 'applicant.age' ? 30 : key === 'household.size' ? 3 : 1000
}

/** The result of answering every remaining question from a complete world of answers. */
function finish(pack: RulePack, facts: Facts, world: Facts): string {
  for (let f = facts; ; ) {
    const s = evaluate(pack, f)
    // The result a resident sees: the outcome, its urgency and the reasons (the basis it rests on).
    if (s.status === 'complete') return `${s.outcome}/${s.urgent}/${s.reasons.map((r) => r.code).join(',')}`
    f = { ...f, [s.next!]: world[s.next!] }
  }
}

/**
 * Whether some world of answers makes the result depend on `key`: the scenario's own
 * answers, and each of them varied one fact at a time.
 */
function matters(pack: RulePack, facts: Facts, key: FactKey, answers: Facts): boolean {
  const base: Facts = { ...answers }
  for (const k of FACT_KEYS) if (FACTS[k].askable && !(k in base)) (base as Record<string, unknown>)[k] = neutral(k)
  const worlds = [base, ...FACT_KEYS.filter((k) => k !== key && FACTS[k].askable).flatMap((k) => samples(k).map((v) => ({ ...base, [k]: v })))]
  for (const world of worlds) {
    const results = new Set(samples(key).map((v) => finish(pack, { ...facts, [key]: v }, world)))
    if (results.size > 1) return true
  }
  return false
}

describe('evaluate', () => {
  it('asks what the problem is first', () => {
    const s = evaluate(nationalPack, {})
    assert.deepEqual(s, { status: 'needs-facts', next: 'problem', urgent: false, reasons: [], routes: [], materials: [], notes: [] })
  })

  it('is pure and deterministic: frozen inputs, equal results, no shared state', () => {
    const pack = deepFreeze(structuredClone(packFor('CN-GD-ZS')))
    for (const sc of scenarios.filter((x) => x.region === 'CN-GD-ZS')) {
      const facts = deepFreeze({ ...sc.given, ...sc.answers })
      const a = evaluate(pack, facts)
      a.reasons.push({ code: 'tampered', citations: [] })
      a.routes.length = 0
      const b = evaluate(pack, facts)
      const c = evaluate(pack, facts)
      assert.deepEqual(b, c)
      assert.ok(!b.reasons.some((r) => r.code === 'tampered') && b.routes.length > 0)
    }
  })

  it('only asks askable facts, each at most once', () => {
    for (const sc of scenarios) {
      const { asked } = drive(packFor(sc.region), sc.answers, sc.given)
      assert.equal(new Set(asked).size, asked.length, sc.name)
      for (const k of asked) assert.ok(FACTS[k].askable, `${sc.name}: ${k}`)
    }
  })

  it('only asks a question whose answer can still change the result', () => {
    for (const region of [undefined, 'CN-NX', 'CN-GD-ZS', 'CN-JS'] as const) {
      const pack = packFor(region)
      for (const sc of scenarios.filter((x) => x.region === region)) {
        let facts: Facts = { ...sc.given }
        for (const [k, v] of drive(pack, sc.answers, sc.given).answered) {
          assert.ok(matters(pack, facts, k, sc.answers), `${sc.name}: asking ${k} cannot change the result`)
          facts = { ...facts, [k]: v }
        }
      }
    }
  })

  it('treats an impossible answer as unknown', () => {
    const { result } = drive(
      packFor('CN-JS'),
      { problem: 'wages', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'household.size': 0, 'urgent.needs': [] },
    )
    assert.equal(result.outcome, 'likely-eligible')
    assert.ok(result.notes.includes('bring-income-proof'))
  })

  it('names every code in a result in Chinese and English', () => {
    for (const sc of scenarios) {
      const pack = packFor(sc.region)
      const s: Screening = drive(pack, sc.answers, sc.given).result
      const codes = [...s.reasons.map((r) => r.code), ...s.routes, ...s.materials, ...s.notes]
      for (const code of codes) {
        assert.notEqual(text(pack, code, 'en'), code, `${sc.name}: ${code}`)
        assert.match(text(pack, code, 'zh-Hans'), /[\u4e00-\u9fff]/, `${sc.name}: ${code}`)
      }
      for (const r of s.reasons) for (const c of r.citations) assert.ok(pack.laws[c.law], `${c.law} is named in the pack`)
    }
  })
})

describe('fact catalogue and categories', () => {
  it('describes every fact with its kind, values and whether "unknown" is allowed', () => {
    const contract: FactKey[] = [
      'problem', 'side', 'hasLawyer', 'criminal.minor', 'criminal.disability', 'criminal.lifeOrDeath', 'criminal.deathReview',
      'criminal.absentia', 'applicant.age', 'applicant.gender', 'applicant.disabled', 'applicant.fixedIncome',
      'applicant.seriousIllness', 'applicant.groups', 'household.size', 'household.monthlyIncome', 'household.valuableAssets',
      'deadline.daysLeft', 'urgent.preservation',
    ]
    for (const k of contract) assert.ok(FACT_KEYS.includes(k), k)
    for (const k of FACT_KEYS) {
      const f = FACTS[k]
      assert.ok(['enum', 'set', 'boolean', 'integer', 'number'].includes(f.kind), k)
      if (f.kind === 'enum' || f.kind === 'set') assert.ok(f.values && f.values.length > 0, k)
      assert.equal(typeof f.unknown, 'boolean')
    }
    assert.deepEqual(FACTS['applicant.groups'].values, ['dibao', 'tekun', 'judicial-assistance', 'special-care', 'migrant-worker', 'military'])
    assert.equal(FACTS['household.size'].min, 1)
    // Asked only where a rule tests it; no rule assumes it.
    assert.equal(FACTS.side.default, undefined)
    assert.equal(FACTS['applicant.ageBand'].bandOf, 'applicant.age')
    assert.equal(FACTS['household.incomeWithinLine'].kind, 'boolean')
  })

  it('maps every problem to a mediation statistics category', () => {
    for (const p of PROBLEMS) assert.ok((DISPUTE_CATEGORIES as readonly string[]).includes(disputeCategory(p)), p)
    assert.equal(disputeCategory('wages'), 'labour')
    assert.equal(disputeCategory('homestead'), 'housing-homestead')
    assert.equal(disputeCategory('land-acquisition'), 'land-acquisition-demolition')
    assert.equal(disputeCategory('something-new'), 'other')
  })
})

describe('package boundaries', () => {
  const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'))
  const source = (f: string) => readFileSync(new URL(f, SRC), 'utf8')
  // Runtime imports only: `import type` / `export type` vanish when compiled.
  const runtimeImports = (code: string) =>
    [...code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!)

  it('keeps the validator out of the evaluate entry point', () => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const spec of runtimeImports(source(file))) {
        assert.ok(!/^zod/.test(spec), `${file} imports ${spec} at run time`)
        if (spec.startsWith('./') && spec.endsWith('.js')) visit(spec.slice(2, -3) + '.ts')
      }
    }
    visit('engine.ts')
    assert.ok(seen.has('evaluate.ts') && !seen.has('schema.ts') && !seen.has('load.ts'))
  })

  it('uses Node APIs only in the CLI', () => {
    for (const f of files.filter((x) => x !== 'cli.ts')) {
      for (const spec of runtimeImports(source(f))) assert.ok(!spec.startsWith('node:'), `${f} imports ${spec}`)
    }
  })
})
