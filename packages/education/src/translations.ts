import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

type Tree = { [key: string]: string | Tree }
type Part = { default: Tree }

// Tibetan and Uyghur come as one chunk each: the elements' words with the content-pack problems'
// (the Chinese and English problem words load with the validator: problem-words.ts).
const withProblems = (words: Promise<Part>, problems: Promise<Part>) => Promise.all([words, problems]).then(([w, p]) => ({ ...w.default, ...p.default }))

/** Education strings: zh-Hans ships in the bundle, the other languages load when first needed. */
registerTranslations('education', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  bo: () => withProblems(import('./locales/bo.json', { with: { type: 'json' } }), import('./locales/problems/bo.json', { with: { type: 'json' } })),
  ug: () => withProblems(import('./locales/ug.json', { with: { type: 'json' } }), import('./locales/problems/ug.json', { with: { type: 'json' } })),
})
