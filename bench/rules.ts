// Rule engine figures: evaluate() cost, pack load + validation cost, and how many questions
// the adaptive screener needs on the scenario table compared with a static form.
// Run: node --import tsx bench/rules.ts
import { evaluate, FACTS, FACT_KEYS, loadPack, nationalPack, overlay, regions, type Facts } from '../packages/rules/src/index.ts'
import { drive, EXAMPLE_PARAMS, packFor, scenarios, type Region } from '../test/node/rules/scenarios.ts'
import { HOUSEHOLD_SIZE_TAPS } from '../packages/screening/src/aid-screener/questions.ts'

/** Milliseconds per call: the best of a few runs, so a busy machine does not inflate it. */
function time(iterations: number, fn: () => void, runs = 5): number {
  let best = Infinity
  for (let r = 0; r < runs; r++) {
    const start = performance.now()
    for (let i = 0; i < iterations; i++) fn()
    best = Math.min(best, (performance.now() - start) / iterations)
  }
  return best
}

const us = (ms: number) => `${(ms * 1000).toFixed(2)} µs`
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

// Every state a screening passes through: the empty start, each partial answer set, the end.
const states: { pack: ReturnType<typeof packFor>; facts: Facts }[] = []
for (const s of scenarios) {
  const pack = packFor(s.region)
  const { asked } = drive(pack, s.answers, s.given)
  let facts: Facts = { ...s.given }
  states.push({ pack, facts })
  for (const key of asked) {
    facts = { ...facts, [key]: s.answers[key] }
    states.push({ pack, facts })
  }
}
const finals = scenarios.map((s) => {
  const pack = packFor(s.region)
  const { asked } = drive(pack, s.answers, s.given)
  return { pack, facts: Object.fromEntries([...Object.entries(s.given ?? {}), ...asked.map((k) => [k, s.answers[k]])]) as Facts }
})

// Warm up the JIT before measuring.
for (let i = 0; i < 200; i++) for (const st of states) evaluate(st.pack, st.facts)

const rounds = 400
const perState = time(rounds, () => {
  for (const st of states) evaluate(st.pack, st.facts)
}) / states.length
const perFinal = time(rounds, () => {
  for (const st of finals) evaluate(st.pack, st.facts)
}) / finals.length
let worst = 0
for (const st of finals) worst = Math.max(worst, time(500, () => evaluate(st.pack, st.facts)))

const coldStart = performance.now()
loadPack(structuredClone(nationalPack))
const loadCold = performance.now() - coldStart
const loadWarm = time(50, () => loadPack(nationalPack))
const overlays = (Object.keys(EXAMPLE_PARAMS) as Region[]).map((r) => [r, time(50, () => overlay(nationalPack, regions[r], EXAMPLE_PARAMS[r]))] as const)

const drives = scenarios.map((s) => drive(packFor(s.region), s.answers, s.given))
const counts = drives.map((d) => d.asked.length)
// A question needs typing only if its fact is a number with no tap form on screen: the screener
// offers cards for household sizes 1–8 and asks income and age as taps (`askedAs`).
const tappable = (key: string, value: unknown): boolean => {
  const spec = FACTS[key as keyof typeof FACTS]
  if (spec.kind !== 'integer' && spec.kind !== 'number') return true
  return key === 'household.size' && (value === 'unknown' || (typeof value === 'number' && value <= HOUSEHOLD_SIZE_TAPS))
}
// With the tap forms accepted: every question asked (`next`) is answered by a tap.
const noTypingOffered = drives.filter((d) => d.asked.every((k, i) => tappable(k, d.answered[i]![1]))).length
// As the table answers (some cases type an amount instead of the income tap).
const noTypingAsAnswered = drives.filter((d) => d.answered.every(([k, v]) => tappable(k, v))).length
const pct = (n: number) => `${((n / drives.length) * 100).toFixed(1)} %`
const staticForm = FACT_KEYS.filter((k) => FACTS[k].askable).length
const histogram = new Map<number, number>()
for (const c of counts) histogram.set(c, (histogram.get(c) ?? 0) + 1)

const lines = [
  `@workroom/rules benchmark (Node ${process.version}, ${scenarios.length} scenarios)`,
  '',
  'evaluate()',
  `  per call, every screening state (${states.length} states): ${us(perState)}   (target ≤ 50 µs)`,
  `  per call, completed screenings (${finals.length}):        ${us(perFinal)}`,
  `  slowest completed screening:                      ${us(worst)}`,
  '',
  'pack load + validate (zod/mini)',
  `  loadPack(national), first call:  ${loadCold.toFixed(2)} ms`,
  `  loadPack(national), warm:        ${loadWarm.toFixed(2)} ms`,
  ...overlays.map(([r, ms]) => `  overlay(national, ${r.padEnd(8)}):  ${ms.toFixed(2)} ms`),
  '',
  'questions to a result (scenario table)',
  `  adaptive next:  median ${median(counts)}, max ${Math.max(...counts)}, mean ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)}   (target median ≤ 4)`,
  `  static form:    median ${staticForm}, max ${staticForm}   (every askable fact asked)`,
  `  distribution:   ${[...histogram].sort((a, b) => a[0] - b[0]).map(([q, n]) => `${q}q×${n}`).join('  ')}`,
  '',
  'results reached with no typing at all',
  `  accepting the tap forms:  ${noTypingOffered}/${drives.length} = ${pct(noTypingOffered)}   (target 100 %)`,
  `  as the table answers:     ${noTypingAsAnswered}/${drives.length} = ${pct(noTypingAsAnswered)}   (some cases type an income on purpose)`,
]
console.log(lines.join('\n'))
