import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

type Part = { default: Record<string, unknown> }

registerTranslations('screening', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  // Tibetan comes as one chunk: the start page's words with the questions' and the results' (the
  // Chinese and English parts travel with the engine and the result pages).
  bo: () =>
    Promise.all<Part>([
      import('./locales/bo.json', { with: { type: 'json' } }),
      import('./locales/questions/bo.json', { with: { type: 'json' } }),
      import('./locales/results/bo.json', { with: { type: 'json' } }),
    ]).then((parts) => Object.assign({}, ...parts.map((p) => p.default))),
  // Uyghur comes as one chunk: the start page's words with the questions' and the results' (the
  // Chinese and English parts travel with the engine and the result pages).
  ug: () =>
    Promise.all<Part>([
      import('./locales/ug.json', { with: { type: 'json' } }),
      import('./locales/questions/ug.json', { with: { type: 'json' } }),
      import('./locales/results/ug.json', { with: { type: 'json' } }),
    ]).then((parts) => Object.assign({}, ...parts.map((p) => p.default))),
})
