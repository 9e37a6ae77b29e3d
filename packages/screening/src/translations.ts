import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

type Tree = { [key: string]: string | Tree }
type Part = { default: Tree }

const isTree = (v: string | Tree | undefined): v is Tree => typeof v === 'object'
// The parts share top-level keys (application.errors, application.offer, application.steps):
// merged key by key, never one part's `application` replacing another's.
const merge = (into: Tree, from: Tree): Tree => {
  for (const [k, v] of Object.entries(from)) {
    const had = into[k]
    into[k] = isTree(had) && isTree(v) ? merge({ ...had }, v) : v
  }
  return into
}
const mergeParts = (parts: Part[]): Tree => parts.reduce<Tree>((all, p) => merge(all, p.default), {})

registerTranslations('screening', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  // Tibetan comes as one chunk: the start page's words with the questions', the results', the
  // offer's and the application's (the Chinese and English parts travel with the engine, the result
  // pages and the application).
  bo: () =>
    Promise.all<Part>([
      import('./locales/bo.json', { with: { type: 'json' } }),
      import('./locales/questions/bo.json', { with: { type: 'json' } }),
      import('./locales/results/bo.json', { with: { type: 'json' } }),
      import('./locales/application-offer/bo.json', { with: { type: 'json' } }),
      import('./locales/application/bo.json', { with: { type: 'json' } }),
    ]).then(mergeParts),
  // Uyghur comes as one chunk: the start page's words with the questions', the results', the
  // offer's and the application's (the Chinese and English parts travel with the engine, the result
  // pages and the application).
  ug: () =>
    Promise.all<Part>([
      import('./locales/ug.json', { with: { type: 'json' } }),
      import('./locales/questions/ug.json', { with: { type: 'json' } }),
      import('./locales/results/ug.json', { with: { type: 'json' } }),
      import('./locales/application-offer/ug.json', { with: { type: 'json' } }),
      import('./locales/application/ug.json', { with: { type: 'json' } }),
    ]).then(mergeParts),
})
