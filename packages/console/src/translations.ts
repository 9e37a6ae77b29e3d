import { registerTranslations } from '@workroom/core'
import zhHans from './locales/zh-Hans.json' with { type: 'json' }

/** The console's words: zh-Hans in the bundle, English when first needed. */
registerTranslations('console', { 'zh-Hans': zhHans, en: () => import('./locales/en.json', { with: { type: 'json' } }) })
