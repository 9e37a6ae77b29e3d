import { registerTranslations } from './i18n.js'
import zhHans from './locales/zh-Hans.json'

/** Core strings: zh-Hans ships in the bundle, English loads when first needed. */
registerTranslations('core', { 'zh-Hans': zhHans, en: () => import('./locales/en.json') })
