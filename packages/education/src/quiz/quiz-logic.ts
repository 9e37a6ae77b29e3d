import type { QuizQuestion } from '../schema.js'

/** Whether a selection is exactly the correct set (order does not matter). */
export function isCorrect(question: QuizQuestion, selected: readonly string[]): boolean {
  const want = new Set(question.correct)
  return selected.length === want.size && selected.every((s) => want.has(s))
}
