import type { QuizQuestion } from '../schema.js'

/** Whether a selection is exactly the correct set (order does not matter). */
export function isCorrect(question: QuizQuestion, selected: readonly string[]): boolean {
  const want = new Set(question.correct)
  return selected.length === want.size && selected.every((s) => want.has(s))
}

/** A small deterministic generator (mulberry32): the same seed gives the same order, so tests can pin it. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes a seed with a question id, so each question of one attempt gets its own order. */
function mix(seed: number, id: string): number {
  let h = seed ^ 0x9e3779b9
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * The options of a question in this attempt's order (Fisher–Yates over a seeded generator).
 * Options that only make sense in place ("以上都对" and the like) are not the author's concern
 * here: a pack keeps them out of shuffled questions by writing them as their own question.
 */
export function shuffledOptions<T extends QuizQuestion>(question: T, seed: number): T['options'] {
  const out = [...question.options]
  const random = seededRandom(mix(seed, question.id))
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
