// The rule engine, the national rules and the questions' words, loaded just after the screener is
// defined rather than with it: the start page needs none of them, so a county page shows it sooner
// and downloads less up front. The questions wait for it (getUpdateComplete does), by then long loaded.
// The problem search's words (core's vocabulary, shared with the library's search) come with them,
// and so do the question pages (question-view.ts: the answer controls, the problem pictures).
import type * as Rules from '@workroom/rules/engine'
import type * as Vocabulary from '@workroom/core/vocabulary'
import { i18n } from '@workroom/core'

export type Engine = typeof Rules & Pick<typeof Vocabulary, 'problemsFor'>

type QuestionPages = typeof import('./question-view.js')

let loaded: Engine | undefined
let loading: Promise<Engine> | undefined
let pages: QuestionPages | undefined

/** Starts loading the engine (once) and resolves with it. */
export function loadEngine(): Promise<Engine> {
  loading ??= Promise.all([
    import('@workroom/rules/engine'),
    import('@workroom/core/vocabulary'),
    import('../locales/questions/zh-Hans.json', { with: { type: 'json' } }),
    import('../locales/questions/en.json', { with: { type: 'json' } }),
    import('./question-view.js'),
  ]).then(([m, v, zh, en, q]) => {
    pages = q
    // Same namespace as the start page's words, merged in (as the result pages' words are).
    i18n.addResourceBundle('zh-Hans', 'screening', zh.default, true, true)
    i18n.addResourceBundle('en', 'screening', en.default, true, true)
    return (loaded = { ...m, problemsFor: v.problemsFor })
  })
  return loading
}

/** Whether the engine has arrived. */
export function engineLoaded(): boolean {
  return loaded !== undefined
}

/** The engine, for code that runs only once it has arrived (the questions and the result). */
export function engine(): Engine {
  if (!loaded) throw new Error('the rule engine is used before it has loaded (await loadEngine())')
  return loaded
}

/** The question pages, which arrive with the engine. */
export function questionPages(): QuestionPages {
  if (!pages) throw new Error('the question pages are used before they have loaded (await loadEngine())')
  return pages
}
