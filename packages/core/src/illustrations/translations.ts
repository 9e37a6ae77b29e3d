import { registerTranslations } from '../i18n.js'
import zhHans from '../locales/pictures/zh-Hans.json' with { type: 'json' }

/** The pictures' text alternatives: their own namespace, so pages without pictures never load them. */
registerTranslations('pictures', {
  'zh-Hans': zhHans,
  en: () => import('../locales/pictures/en.json', { with: { type: 'json' } }),
  bo: () => import('../locales/pictures/bo.json', { with: { type: 'json' } }),
  ug: () => import('../locales/pictures/ug.json', { with: { type: 'json' } }),
})
