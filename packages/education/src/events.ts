import type { EntryKind } from './search.js'
import type { NextStep } from './schema.js'

/** Where an education element sends the resident next: the host maps it to the screener or booking. */
export interface EducationNavigateDetail {
  /** What the resident was reading. */
  from: { kind: EntryKind | 'quiz'; id: string; topic: string }
  step?: NextStep
}

/** A lesson, case story or quiz the resident asked to open. */
export interface EducationOpenDetail {
  kind: EntryKind | 'quiz'
  id: string
}

export interface LessonPageChangeDetail {
  lessonId: string
  /** 0-based; equals `total` on the summary page. */
  page: number
  total: number
}

export interface LessonCompleteDetail {
  lessonId: string
}

/** Anonymous: which quiz and how many right. No answers, no person. */
export interface QuizCompleteDetail {
  quizId: string
  score: number
  total: number
}
