import { defineDatabase, kvGet, kvSet, sessionDb, type Database } from '@workroom/core'

/** Anonymous learning progress: which lessons were finished and the best quiz scores. No person. */
export interface Progress {
  lessons: string[]
  quizzes: Record<string, { score: number; total: number }>
}

const KEY = 'education-progress'

/**
 * Where progress lives when a personal device keeps it between visits. Its own small database,
 * so it is not wiped with the kiosk session and holds nothing but ids and scores.
 */
export const educationDb = defineDatabase('workroom-education', [(db) => db.createObjectStore('kv')])

export function emptyProgress(): Progress {
  return { lessons: [], quizzes: {} }
}

/**
 * Progress on this device only. On a kiosk (the default) it lives in the session database, which
 * core deletes on every session reset; with `keep` it lives in `workroom-education`.
 */
export class ProgressStore {
  private cache: Progress = emptyProgress()

  constructor(readonly keep: boolean) {}

  private get where(): { db: Database; store: string } {
    return this.keep ? { db: educationDb, store: 'kv' } : { db: sessionDb, store: 'drafts' }
  }

  get current(): Progress {
    return this.cache
  }

  async load(): Promise<Progress> {
    try {
      const saved = await kvGet<Progress>(this.where.db, KEY, this.where.store)
      this.cache = saved && Array.isArray(saved.lessons) && typeof saved.quizzes === 'object' ? saved : emptyProgress()
    } catch {
      // Private browsing or no IndexedDB: progress stays in memory for this visit.
      this.cache = emptyProgress()
    }
    return this.cache
  }

  private async save(next: Progress): Promise<Progress> {
    this.cache = next
    try {
      await kvSet(this.where.db, KEY, next, this.where.store)
    } catch {
      /* memory only */
    }
    return next
  }

  markLesson(id: string): Promise<Progress> {
    if (this.cache.lessons.includes(id)) return Promise.resolve(this.cache)
    return this.save({ ...this.cache, lessons: [...this.cache.lessons, id] })
  }

  /** Keeps the best score for a quiz. */
  recordQuiz(id: string, score: number, total: number): Promise<Progress> {
    const prev = this.cache.quizzes[id]
    if (prev && prev.score >= score) return Promise.resolve(this.cache)
    return this.save({ ...this.cache, quizzes: { ...this.cache.quizzes, [id]: { score, total } } })
  }

  /** Forgets everything (a "clear my progress" button, or the session reset). */
  async clear(): Promise<void> {
    this.cache = emptyProgress()
    try {
      await kvSet(this.where.db, KEY, this.cache, this.where.store)
    } catch {
      /* nothing stored */
    }
  }
}
