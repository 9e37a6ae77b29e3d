import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

/** Statement page strings (the statement itself is in statement.json, in both languages). */
registerTranslations('kiosk-accessibility', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  bo: () => import('./locales/bo.json', { with: { type: 'json' } }),
  ug: () => import('./locales/ug.json', { with: { type: 'json' } }),
})
