import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

type Part = { default: Record<string, unknown> }
const parts = (loads: Promise<Part>[]) => Promise.all(loads).then((all) => Object.assign({}, ...all.map((p) => p.default)))

registerTranslations('screening', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  // Tibetan and Uyghur each come as one chunk: the start page's words with the questions' and the
  // results' (the Chinese and English parts travel with the engine and the result pages).
  bo: () =>
    parts([
      import('./locales/bo.json', { with: { type: 'json' } }),
      import('./locales/questions/bo.json', { with: { type: 'json' } }),
      import('./locales/results/bo.json', { with: { type: 'json' } }),
    ]),
  ug: () =>
    parts([
      import('./locales/ug.json', { with: { type: 'json' } }),
      import('./locales/questions/ug.json', { with: { type: 'json' } }),
      import('./locales/results/ug.json', { with: { type: 'json' } }),
    ]),
})
