// The words for what is wrong with a content pack (education:problems.*), in Chinese and English:
// loaded with the validator, never with the library's first screen (Tibetan and Uyghur come with
// their languages' chunk, translations.ts). A resident only meets them when a county's pack is refused.
import { i18n } from '@workroom/core'
import zhHans from './locales/problems/zh-Hans.json' with { type: 'json' }
import en from './locales/problems/en.json' with { type: 'json' }

i18n.addResourceBundle('zh-Hans', 'education', zhHans, true, true)
i18n.addResourceBundle('en', 'education', en, true, true)
