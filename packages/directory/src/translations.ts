import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

/** Directory strings: zh-Hans ships in the bundle, English loads when first needed. */
registerTranslations('directory', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  bo: () => import('./locales/bo.json', { with: { type: 'json' } }),
  ug: () => import('./locales/ug.json', { with: { type: 'json' } }),
})
