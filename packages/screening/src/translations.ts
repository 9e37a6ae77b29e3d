import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

const json = <T>(m: { default: T }): T => m.default

registerTranslations('screening', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  // Uyghur brings the questions' and results' words with the start page's (Chinese and English load
  // those parts with the engine and the result pages): a resident who chose it needs all of them.
  ug: () =>
    Promise.all([
      import('./locales/ug.json', { with: { type: 'json' } }).then(json),
      import('./locales/questions/ug.json', { with: { type: 'json' } }).then(json),
      import('./locales/results/ug.json', { with: { type: 'json' } }).then(json),
    ]).then(([start, questions, results]) => ({ ...start, ...questions, ...results })),
})
