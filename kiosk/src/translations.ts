import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

registerTranslations('kiosk', {
  'zh-Hans': zhHans,
  en: () => import('./locales/en.json', { with: { type: 'json' } }),
  bo: () => import('./locales/bo.json', { with: { type: 'json' } }),
  ug: () => import('./locales/ug.json', { with: { type: 'json' } }),
})
