// The console page's entry: the language the staff member chose last time on this computer is not
// stored (nothing is kept in the browser); it follows the browser's language, zh-Hans by default.
import { normalizeLanguage, setLanguage } from '@workroom/core'
import './elements.js'

const lang = normalizeLanguage(navigator.language) ?? 'zh-Hans'
document.documentElement.lang = lang
await setLanguage(lang)
